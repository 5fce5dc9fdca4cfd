#include "store/StoreRescue.h"

#include "core/ContactFields.h"
#include "store/StoreSql.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <algorithm>

namespace ContactDesk::Store {

Q_DECLARE_LOGGING_CATEGORY(lcRescue)
Q_LOGGING_CATEGORY(lcRescue, "contactdesk.store.rescue", QtInfoMsg)

namespace {

// The files SQLite and the store keep beside one store file, and the
// names they get beside a moved one (SQLite finds `<name>-wal` itself).
QStringList companionSuffixes()
{
    return {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};
}

// The lists of edits kept beside a store file (ContactStore: one per
// program, `<file>.unsaved.<token>`, and `<file>.unsaved` from before), as
// suffixes of the file's name; their lock files are not lists.
QStringList unsavedSuffixes(const QString &path)
{
    const QFileInfo file(path);
    const QString prefix = file.fileName() + QStringLiteral(".unsaved");
    QStringList suffixes;
    const QStringList names =
        QDir(file.absolutePath()).entryList({prefix, prefix + QStringLiteral(".*")}, QDir::Files);
    for (const QString &name : names) {
        if (name.endsWith(QLatin1String(".lock")) || name.endsWith(QLatin1String(".rmlock")))
            continue;
        suffixes.append(name.mid(file.fileName().size()));
    }
    suffixes.sort();
    return suffixes;
}

QString checkMark(const QString &path)
{
    return path + QStringLiteral(".check");
}

// The keys a query lists, as far as it can be read; false when it stopped
// on an error before its end.
bool listKeys(const QSqlDatabase &db, const QString &sql, QSet<qint64> &keys)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return false;
    while (q.next())
        keys.insert(q.value(0).toLongLong());
    // A step that fails ends next() with the error set.
    return !q.lastError().isValid();
}

// One row by its key, or nothing when it cannot be read.
std::optional<QSqlRecord> readRow(const QSqlDatabase &db, const QString &table,
                                  const QString &keyColumn, qint64 key)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(table, keyColumn)))
        return std::nullopt;
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.record();
}

// Inserts a row read from the damaged file into the same table of the
// fresh one: the columns both have (an older file has fewer). Throws
// Sql::Failure.
void insertRow(const QSqlDatabase &fresh, const QString &table, const QSqlRecord &row)
{
    const QSqlRecord columns = fresh.record(table);
    QStringList names;
    QVariantList values;
    for (int i = 0; i < row.count(); ++i) {
        if (columns.indexOf(row.fieldName(i)) < 0)
            continue;
        names.append(row.fieldName(i));
        values.append(row.value(i));
    }
    if (names.isEmpty())
        return;
    QStringList marks(names.size(), QStringLiteral("?"));
    QSqlQuery insert = Sql::prepared(
        fresh, QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
                   .arg(table, names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    for (const QVariant &value : std::as_const(values))
        insert.addBindValue(value);
    Sql::run(insert);
}

bool hasTable(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    return q.exec() && q.next();
}

} // namespace

QString RescueReport::describe() const
{
    if (!happened())
        return {};
    const QString aside = QDir::toNativeSeparators(damagedPath);
    QString carried = tr("The local copy of your contacts was damaged: it is kept as %1, and a new "
                         "copy is being filled from the server; %2 unsent changes and %3 unsent "
                         "messages were carried over")
                          .arg(aside)
                          .arg(editsCarried)
                          .arg(messagesCarried);
    if (incomplete)
        return tr("%1, %2 could not be read, and the file may hold more that could not be "
                  "read.")
            .arg(carried)
            .arg(unreadable);
    return tr("%1, and %2 could not be read.").arg(carried).arg(unreadable);
}

bool StoreRescue::shouldCheck(const QString &path)
{
    const QFileInfo file(path);
    if (!file.exists() || file.size() == 0)
        return false; // a new file
    if (QFile::exists(checkMark(path)))
        return true;
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        return true; // not closed (a crash, a power loss), or another program has it open
    return file.size() < alwaysCheckBelowBytes;
}

void StoreRescue::markForCheck(const QString &path)
{
    if (path.isEmpty() || QFile::exists(checkMark(path)))
        return;
    QFile mark(checkMark(path));
    if (mark.open(QIODevice::WriteOnly))
        mark.write(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8());
}

void StoreRescue::clearCheckMark(const QString &path)
{
    QFile::remove(checkMark(path));
}

StoreError StoreRescue::quickCheck(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA quick_check(1)"))) {
        StoreError error = StoreError::fromSql(q.lastError(), db.databaseName());
        return error;
    }
    const QString verdict = q.next() ? q.value(0).toString() : QString();
    if (q.lastError().isValid())
        return StoreError::fromSql(q.lastError(), db.databaseName());
    if (verdict == QLatin1String("ok"))
        return {};
    return StoreError::of(StoreError::Kind::Corrupt, db.databaseName(),
                          QStringLiteral("quick_check: ") + verdict);
}

StoreError StoreRescue::checkFile(const QString &path)
{
    const QString connection =
        QStringLiteral("check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    StoreError error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        error = db.open() ? quickCheck(db) : StoreError::fromSql(db.lastError(), path);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    error.path = path;
    return error;
}

QString StoreRescue::moveAside(const QString &path)
{
    QString aside = path + QStringLiteral(".damaged-") +
                    QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (int n = 2; QFile::exists(aside); ++n) // two rescues within a second
        aside = path + QStringLiteral(".damaged-") +
                QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
                QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(path, aside)) {
        qCWarning(lcRescue).noquote() << "could not move" << path << "aside";
        return {};
    }
    for (const QString &suffix : companionSuffixes() + unsavedSuffixes(path))
        if (!suffix.isEmpty() && QFile::exists(path + suffix) &&
            !QFile::rename(path + suffix, aside + suffix))
            qCWarning(lcRescue).noquote() << "could not move" << path + suffix << "aside";
    clearCheckMark(path);
    qCWarning(lcRescue).noquote() << "damaged store file" << path << "moved aside as" << aside;
    return aside;
}

RescueReport StoreRescue::carry(const QString &damagedPath, const QSqlDatabase &fresh,
                                const QString &freshPath)
{
    RescueReport report;
    report.damagedPath = damagedPath;
    const QString connection =
        QStringLiteral("rescue-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QList<QSqlRecord> edits;
    QList<QSqlRecord> messages;
    QList<QSqlRecord> contacts;
    QList<QSqlRecord> binding;
    QList<qint64> rebuiltCreates; // a create whose contact row could not be read
    QHash<qint64, QSqlRecord> createEntries;
    QList<QJsonObject> unsaved;
    const QStringList unsavedLists = unsavedSuffixes(damagedPath);
    {
        QSqlDatabase damaged = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        damaged.setDatabaseName(damagedPath);
        // Read-only: nothing in the damaged file changes (no recovery of its
        // WAL, no checkpoint when the connection closes).
        damaged.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!damaged.open()) {
            report.incomplete = true;
        } else {
            // ---- the local edits, in their order, with their base
            if (hasTable(damaged, QStringLiteral("outbox"))) {
                QSet<qint64> keys;
                // From both ends and from the index (another b-tree), so a
                // damaged page in the middle hides as few keys as it can.
                bool whole =
                    listKeys(damaged, QStringLiteral("SELECT seq FROM outbox ORDER BY seq"), keys);
                if (!whole) {
                    listKeys(damaged, QStringLiteral("SELECT seq FROM outbox ORDER BY seq DESC"),
                             keys);
                    whole = listKeys(damaged,
                                     QStringLiteral("SELECT seq FROM outbox INDEXED BY "
                                                    "outbox_by_contact ORDER BY contact_id"),
                                     keys);
                }
                report.incomplete = report.incomplete || !whole;
                QList<qint64> ordered(keys.begin(), keys.end());
                std::sort(ordered.begin(), ordered.end());
                for (qint64 seq : std::as_const(ordered)) {
                    const auto row =
                        readRow(damaged, QStringLiteral("outbox"), QStringLiteral("seq"), seq);
                    if (!row) {
                        ++report.unreadable;
                        continue;
                    }
                    edits.append(*row);
                    const qint64 contact = row->value(QStringLiteral("contact_id")).toLongLong();
                    if (!report.contacts.contains(contact))
                        report.contacts.append(contact);
                    if (row->value(QStringLiteral("kind")).toString() == QLatin1String("create"))
                        createEntries.insert(contact, *row);
                }
            } else {
                report.incomplete = true;
            }
            // ---- the edits that were kept beside the file, not yet in it
            for (const QString &suffix : unsavedLists) {
                QFile kept(damagedPath + suffix);
                if (!kept.open(QIODevice::ReadOnly))
                    continue;
                const QJsonArray list = QJsonDocument::fromJson(kept.readAll()).array();
                for (const QJsonValue &value : list) {
                    unsaved.append(value.toObject());
                    const qint64 contact =
                        value.toObject().value(QStringLiteral("contact")).toInteger();
                    if (contact != 0 && !report.contacts.contains(contact))
                        report.contacts.append(contact);
                }
            }
            // ---- the rows of the contacts those edits change: their
            // server values are the edits' base until the first pull
            for (qint64 id : std::as_const(report.contacts)) {
                if (const auto row =
                        readRow(damaged, QStringLiteral("contacts"), QStringLiteral("id"), id))
                    contacts.append(*row);
                else if (createEntries.contains(id))
                    rebuiltCreates.append(id);
            }
            // ---- the messages not yet sent (2: sent)
            if (hasTable(damaged, QStringLiteral("message_out"))) {
                QSet<qint64> keys;
                bool whole = listKeys(
                    damaged, QStringLiteral("SELECT id FROM message_out ORDER BY id"), keys);
                if (!whole) {
                    listKeys(damaged, QStringLiteral("SELECT id FROM message_out ORDER BY id DESC"),
                             keys);
                    // The index has the state: sent ones need not be read.
                    QSet<qint64> unsent;
                    whole = listKeys(damaged,
                                     QStringLiteral("SELECT id FROM message_out INDEXED BY "
                                                    "message_out_by_batch WHERE state <> 2"),
                                     unsent);
                    QSet<qint64> sent;
                    if (listKeys(damaged,
                                 QStringLiteral("SELECT id FROM message_out INDEXED BY "
                                                "message_out_by_batch WHERE state = 2"),
                                 sent))
                        keys.subtract(sent);
                    keys.unite(unsent);
                }
                report.incomplete = report.incomplete || !whole;
                QList<qint64> ordered(keys.begin(), keys.end());
                std::sort(ordered.begin(), ordered.end());
                for (qint64 id : std::as_const(ordered)) {
                    const auto row =
                        readRow(damaged, QStringLiteral("message_out"), QStringLiteral("id"), id);
                    if (!row) {
                        ++report.unreadable;
                        continue;
                    }
                    if (row->value(QStringLiteral("state")).toInt() == 2)
                        continue; // sent: nothing to carry
                    messages.append(*row);
                }
            }
            // ---- the team the file was filled for: the new file is bound
            // to it, so the carried edits go to that team only
            if (hasTable(damaged, QStringLiteral("binding"))) {
                QSqlQuery q(damaged);
                if (q.exec(QStringLiteral("SELECT * FROM binding")))
                    while (q.next())
                        binding.append(q.record());
            }
            if (!hasTable(damaged, QStringLiteral("outbox")) &&
                !hasTable(damaged, QStringLiteral("contacts")))
                report.incomplete = true; // not a database, or its schema cannot be read
        }
        damaged.close();
    }
    QSqlDatabase::removeDatabase(connection);

    // ---- into the fresh file, in one transaction
    try {
        Sql::execute(fresh, QStringLiteral("BEGIN IMMEDIATE"));
        try {
            for (const QSqlRecord &row : std::as_const(binding))
                insertRow(fresh, QStringLiteral("binding"), row);
            for (const QSqlRecord &row : std::as_const(contacts))
                insertRow(fresh, QStringLiteral("contacts"), row);
            for (qint64 id : std::as_const(rebuiltCreates)) {
                // Its row is lost, its create is not: the contact as the
                // user made it, with the create's client id.
                QJsonObject fields = Sql::objectFrom(
                    createEntries.value(id).value(QStringLiteral("patch")).toString());
                const QString localId = fields.value(Field::localId).toString();
                fields.remove(Field::localId);
                QSqlQuery insert = Sql::prepared(
                    fresh, QStringLiteral("INSERT OR REPLACE INTO contacts (id, local_id, fields, "
                                          "server, state) VALUES (?, ?, ?, '{}', 1)"));
                insert.addBindValue(id);
                insert.addBindValue(localId);
                insert.addBindValue(Sql::compact(fields));
                Sql::run(insert);
            }
            for (const QSqlRecord &row : std::as_const(edits))
                insertRow(fresh, QStringLiteral("outbox"), row);
            for (const QSqlRecord &row : std::as_const(messages))
                insertRow(fresh, QStringLiteral("message_out"), row);
            Sql::execute(fresh, QStringLiteral("COMMIT"));
        } catch (const Sql::Failure &) {
            QSqlQuery(fresh).exec(QStringLiteral("ROLLBACK"));
            throw;
        }
        report.editsCarried = int(edits.size());
        report.messagesCarried = int(messages.size());
    } catch (const Sql::Failure &failure) {
        // The damaged file still has them: counted as not read.
        qCWarning(lcRescue).noquote()
            << "could not carry the outbox into" << freshPath << ":" << failure.error.detail;
        report.unreadable += int(edits.size() + messages.size());
        report.contacts.clear();
    }
    // The kept edits go back beside the fresh file (a copy: the damaged
    // set stays whole); its open writes them.
    bool copied = !unsaved.isEmpty();
    for (const QString &suffix : unsavedLists)
        copied = QFile::copy(damagedPath + suffix, freshPath + suffix) && copied;
    if (copied) {
        // An edit of a contact whose row could not be read has nothing to
        // change in the new file (ContactStore drops it): not carried.
        QSet<qint64> known;
        for (const QSqlRecord &row : std::as_const(contacts))
            known.insert(row.value(QStringLiteral("id")).toLongLong());
        for (const QJsonObject &edit : std::as_const(unsaved)) {
            const qint64 contact = edit.value(QStringLiteral("contact")).toInteger();
            if (edit.value(QStringLiteral("kind")).toString() == QLatin1String("create"))
                known.insert(contact);
            if (known.contains(contact) || rebuiltCreates.contains(contact))
                ++report.editsCarried;
            else
                ++report.unreadable;
        }
    }
    qCWarning(lcRescue).noquote() << "carried" << report.editsCarried << "edits and"
                                  << report.messagesCarried << "messages from" << damagedPath
                                  << "into" << freshPath << ";" << report.unreadable
                                  << "rows could not be read"
                                  << (report.incomplete ? "(listing incomplete)" : "");
    return report;
}

} // namespace ContactDesk::Store
