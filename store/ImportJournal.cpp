#include "store/ImportJournal.h"

#include "store/StoreSql.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ContactDesk::Store {

using namespace Sql;

ImportJournal::ImportJournal(ContactStore *store)
    : m_store(store)
{}

QList<Schema::Step> ImportJournal::schemaSteps()
{
    // Each import, and each of its rows with what it sends and what it
    // replaced, so an upload resumes after a crash and can be undone whole.
    return {
        {5,
         QStringLiteral("imports"),
         {
             QStringLiteral(
                 "CREATE TABLE imports (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                 " file TEXT NOT NULL, started INTEGER NOT NULL,"
                 " state INTEGER NOT NULL DEFAULT 0, options TEXT NOT NULL DEFAULT '{}')"),
             QStringLiteral("CREATE TABLE import_rows (import_id INTEGER NOT NULL,"
                            " line INTEGER NOT NULL, kind INTEGER NOT NULL, body TEXT NOT NULL,"
                            " before TEXT NOT NULL DEFAULT '{}', state INTEGER NOT NULL DEFAULT 0,"
                            " contact_id INTEGER NOT NULL DEFAULT 0, uuid TEXT NOT NULL DEFAULT '',"
                            " error TEXT NOT NULL DEFAULT '', PRIMARY KEY (import_id, line))"),
             QStringLiteral(
                 "CREATE INDEX import_rows_by_state ON import_rows(import_id, state, line)"),
         },
         {}},
        // What the file was when it was checked (size, modification time,
        // SHA-256 of its bytes): a file changed before the upload or its
        // resume is refused. Imports from before are not known (-1, '').
        {9,
         QStringLiteral("imports"),
         {
             QStringLiteral("ALTER TABLE imports ADD COLUMN file_size INTEGER NOT NULL DEFAULT -1"),
             QStringLiteral("ALTER TABLE imports ADD COLUMN file_modified INTEGER NOT NULL "
                            "DEFAULT 0"),
             QStringLiteral("ALTER TABLE imports ADD COLUMN file_sha256 TEXT NOT NULL DEFAULT ''"),
         },
         {}}};
}

std::optional<ImportRecord> ImportJournal::lastUndoable() const
{
    for (const ImportRecord &record : imports()) {
        switch (record.state) {
        case ImportRecord::State::Undoing:
            return record; // an undo a crash or Ctrl+C stopped: finish it
        case ImportRecord::State::Done:
        case ImportRecord::State::Cancelled:
            // The newest finished import is the last one; an older one is
            // never undone past it.
            if (record.done > 0)
                return record;
            return std::nullopt;
        case ImportRecord::State::Undone:
        case ImportRecord::State::Staged:
        case ImportRecord::State::Uploading:
            break; // taken back already, or nothing of it went yet
        }
    }
    return std::nullopt;
}

qint64 ImportJournal::begin(const QString &file, const QJsonObject &options,
                            const QList<ImportRow> &rows, const FileCheck &checked)
{
    return guard(*m_store, qint64(0), [&]() -> qint64 {
        const QSqlDatabase db = m_store->database();
        Transaction transaction(*m_store);
        QSqlQuery insert = prepared(
            db, QStringLiteral("INSERT INTO imports (file, started, state, options, file_size, "
                               "file_modified, file_sha256) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(file);
        insert.addBindValue(QDateTime::currentMSecsSinceEpoch());
        insert.addBindValue(int(ImportRecord::State::Staged));
        insert.addBindValue(compact(options));
        insert.addBindValue(checked.size);
        insert.addBindValue(checked.modified);
        insert.addBindValue(QString::fromLatin1(checked.sha256));
        run(insert);
        const qint64 id = insert.lastInsertId().toLongLong();
        QSqlQuery row =
            prepared(db, QStringLiteral("INSERT INTO import_rows (import_id, line, kind, "
                                        "body, before, state) VALUES (?, ?, ?, ?, ?, 0)"));
        for (const ImportRow &r : rows) {
            row.bindValue(0, id);
            row.bindValue(1, r.line);
            row.bindValue(2, int(r.kind));
            row.bindValue(3, compact(r.body));
            row.bindValue(4, compact(r.before));
            run(row);
        }
        transaction.commit();
        return id;
    });
}

QList<ImportRecord> ImportJournal::imports() const
{
    return guard(*m_store, QList<ImportRecord>(), [&]() -> QList<ImportRecord> {
        QList<ImportRecord> list;
        QSqlQuery query = prepared(m_store->database(),
                                   QStringLiteral("SELECT id FROM imports ORDER BY id DESC"));
        run(query);
        QList<qint64> ids;
        while (query.next())
            ids.append(query.value(0).toLongLong());
        for (qint64 id : std::as_const(ids))
            if (const auto record = import(id))
                list.append(*record);
        return list;
    });
}

std::optional<ImportRecord> ImportJournal::import(qint64 id) const
{
    return guard(*m_store, std::optional<ImportRecord>(), [&]() -> std::optional<ImportRecord> {
        const QSqlDatabase db = m_store->database();
        QSqlQuery query = prepared(
            db, QStringLiteral("SELECT file, started, state, options, file_size, file_modified, "
                               "file_sha256 FROM imports WHERE id = ?"));
        query.addBindValue(id);
        run(query);
        if (!query.next())
            return std::nullopt;
        ImportRecord record;
        record.id = id;
        record.file = query.value(0).toString();
        record.started = query.value(1).toLongLong();
        record.state = ImportRecord::State(query.value(2).toInt());
        record.options = objectFrom(query.value(3).toString());
        record.checked.size = query.value(4).toLongLong();
        record.checked.modified = query.value(5).toLongLong();
        record.checked.sha256 = query.value(6).toString().toLatin1();
        QSqlQuery counts =
            prepared(db, QStringLiteral("SELECT state, kind, count(*) FROM import_rows "
                                        "WHERE import_id = ? GROUP BY state, kind"));
        counts.addBindValue(id);
        run(counts);
        while (counts.next()) {
            const auto state = ImportRow::State(counts.value(0).toInt());
            const auto kind = ImportRow::Kind(counts.value(1).toInt());
            const int n = counts.value(2).toInt();
            record.total += n;
            switch (state) {
            case ImportRow::State::Pending:
            case ImportRow::State::Sent:
            case ImportRow::State::Unknown:
                record.pending += n;
                break;
            case ImportRow::State::Done:
                record.done += n;
                (kind == ImportRow::Kind::Create ? record.created : record.updated) += n;
                break;
            case ImportRow::State::Failed:
                record.failed += n;
                break;
            case ImportRow::State::UndoPending:
            case ImportRow::State::UndoSent:
                record.undoPending += n;
                break;
            case ImportRow::State::Undone:
                record.undone += n;
                break;
            case ImportRow::State::UndoFailed:
                record.undoFailed += n;
                break;
            }
        }
        return record;
    });
}

qint64 ImportJournal::unfinished() const
{
    return guard(*m_store, qint64(0), [&]() -> qint64 {
        QSqlQuery query = prepared(
            m_store->database(),
            QStringLiteral(
                "SELECT id FROM imports WHERE state IN (0, 1, 4) ORDER BY id DESC LIMIT 1"));
        run(query);
        return query.next() ? query.value(0).toLongLong() : 0;
    });
}

qint64 ImportJournal::stopped() const
{
    const QList<ImportRecord> all = imports();
    if (all.isEmpty())
        return 0;
    const ImportRecord &newest = all.first();
    return newest.state == ImportRecord::State::Cancelled && newest.pending > 0 ? newest.id : 0;
}

ImportRow ImportJournal::rowFrom(const QSqlQuery &query) const
{
    ImportRow row;
    row.importId = query.value(0).toLongLong();
    row.line = query.value(1).toLongLong();
    row.kind = ImportRow::Kind(query.value(2).toInt());
    row.body = objectFrom(query.value(3).toString());
    row.before = objectFrom(query.value(4).toString());
    row.state = ImportRow::State(query.value(5).toInt());
    row.contactId = query.value(6).toLongLong();
    row.uuid = query.value(7).toString();
    row.error = query.value(8).toString();
    return row;
}

bool ImportJournal::beginRun(qint64 importId)
{
    return guardVoid(*m_store, [&] {
        const QSqlDatabase db = m_store->database();
        Transaction transaction(*m_store);
        const auto change = [&](int from, int kind, int to) {
            QSqlQuery query = prepared(
                db,
                QStringLiteral("UPDATE import_rows SET state = ? WHERE import_id = ? AND state = ?"
                               " AND (? = 0 OR kind = ?)"));
            query.addBindValue(to);
            query.addBindValue(importId);
            query.addBindValue(from);
            query.addBindValue(kind);
            query.addBindValue(kind);
            run(query);
        };
        change(int(ImportRow::State::Sent), int(ImportRow::Kind::Create),
               int(ImportRow::State::Unknown));
        change(int(ImportRow::State::Sent), int(ImportRow::Kind::Update),
               int(ImportRow::State::Pending));
        change(int(ImportRow::State::UndoSent), 0, int(ImportRow::State::UndoPending));
        transaction.commit();
    });
}

QList<ImportRow> ImportJournal::nextBatch(qint64 importId, int max, bool undo) const
{
    return guard(*m_store, QList<ImportRow>(), [&]() -> QList<ImportRow> {
        const QSqlDatabase db = m_store->database();
        const int first = int(undo ? ImportRow::State::UndoPending : ImportRow::State::Unknown);
        const int pending = int(undo ? ImportRow::State::UndoPending : ImportRow::State::Pending);
        // The kind and state of the first row waiting (Unknown ones first), then
        // up to max rows of that kind and state in line order.
        QSqlQuery head =
            prepared(db, QStringLiteral(
                             "SELECT kind, state FROM import_rows WHERE import_id = ? AND state IN "
                             "(?, ?) ORDER BY state = ? DESC, line LIMIT 1"));
        head.addBindValue(importId);
        head.addBindValue(first);
        head.addBindValue(pending);
        head.addBindValue(first);
        run(head);
        if (!head.next())
            return {};
        const int kind = head.value(0).toInt();
        const int state = head.value(1).toInt();
        QSqlQuery query = prepared(
            db,
            QStringLiteral("SELECT import_id, line, kind, body, before, state, contact_id, uuid, "
                           "error FROM import_rows WHERE import_id = ? AND kind = ? AND state = ? "
                           "ORDER BY line LIMIT ?"));
        query.addBindValue(importId);
        query.addBindValue(kind);
        query.addBindValue(state);
        query.addBindValue(max);
        run(query);
        QList<ImportRow> rows;
        while (query.next())
            rows.append(rowFrom(query));
        return rows;
    });
}

bool ImportJournal::setState(qint64 importId, ImportRecord::State state)
{
    return guardVoid(*m_store, [&] {
        QSqlQuery query = prepared(m_store->database(),
                                   QStringLiteral("UPDATE imports SET state = ? WHERE id = ?"));
        query.addBindValue(int(state));
        query.addBindValue(importId);
        run(query);
    });
}

void ImportJournal::setRowState(qint64 importId, const QList<qint64> &lines, ImportRow::State state)
{
    const QSqlDatabase db = m_store->database();
    Transaction transaction(*m_store);
    QSqlQuery query = prepared(
        db, QStringLiteral("UPDATE import_rows SET state = ? WHERE import_id = ? AND line = ?"));
    for (qint64 line : lines) {
        query.bindValue(0, int(state));
        query.bindValue(1, importId);
        query.bindValue(2, line);
        run(query);
    }
    transaction.commit();
}

bool ImportJournal::markSent(qint64 importId, const QList<qint64> &lines, bool undo)
{
    return guardVoid(*m_store, [&] {
        const Durable durable(*m_store); // marked before the batch goes
        setRowState(importId, lines, undo ? ImportRow::State::UndoSent : ImportRow::State::Sent);
    });
}

bool ImportJournal::markPending(qint64 importId, const QList<qint64> &lines, bool undo)
{
    return guardVoid(*m_store, [&] {
        setRowState(importId, lines,
                    undo ? ImportRow::State::UndoPending : ImportRow::State::Pending);
    });
}

bool ImportJournal::markUnknown(qint64 importId, const QList<qint64> &lines)
{
    return guardVoid(*m_store, [&] { setRowState(importId, lines, ImportRow::State::Unknown); });
}

bool ImportJournal::record(qint64 importId, const QList<Answer> &answers, bool undo)
{
    return guardVoid(*m_store, [&] {
        if (answers.isEmpty())
            return;
        const QSqlDatabase db = m_store->database();
        Transaction transaction(*m_store);
        QSqlQuery done = prepared(
            db,
            QStringLiteral("UPDATE import_rows SET state = ?, contact_id = ?, uuid = ?, error = '' "
                           "WHERE import_id = ? AND line = ?"));
        QSqlQuery undone = prepared(
            db,
            QStringLiteral(
                "UPDATE import_rows SET state = ?, error = '' WHERE import_id = ? AND line = ?"));
        QSqlQuery failed = prepared(
            db,
            QStringLiteral(
                "UPDATE import_rows SET state = ?, error = ? WHERE import_id = ? AND line = ?"));
        for (const Answer &answer : answers) {
            if (answer.done && !undo) {
                done.bindValue(0, int(ImportRow::State::Done));
                done.bindValue(1, answer.contactId);
                done.bindValue(2, answer.uuid);
                done.bindValue(3, importId);
                done.bindValue(4, answer.line);
                run(done);
            } else if (answer.done) {
                undone.bindValue(0, int(ImportRow::State::Undone));
                undone.bindValue(1, importId);
                undone.bindValue(2, answer.line);
                run(undone);
            } else {
                failed.bindValue(
                    0, int(undo ? ImportRow::State::UndoFailed : ImportRow::State::Failed));
                failed.bindValue(1, answer.error);
                failed.bindValue(2, importId);
                failed.bindValue(3, answer.line);
                run(failed);
            }
        }
        transaction.commit();
    });
}

int ImportJournal::startUndo(qint64 importId)
{
    return guard(*m_store, -1, [&]() -> int {
        const QSqlDatabase db = m_store->database();
        Transaction transaction(*m_store);
        QSqlQuery query = prepared(
            db, QStringLiteral(
                    "UPDATE import_rows SET state = ? WHERE import_id = ? AND state IN (?, ?)"));
        query.addBindValue(int(ImportRow::State::UndoPending));
        query.addBindValue(importId);
        query.addBindValue(int(ImportRow::State::Done));
        query.addBindValue(int(ImportRow::State::UndoFailed));
        run(query);
        const int count = query.numRowsAffected();
        QSqlQuery state = prepared(db, QStringLiteral("UPDATE imports SET state = ? WHERE id = ?"));
        state.addBindValue(int(ImportRecord::State::Undoing));
        state.addBindValue(importId);
        run(state);
        transaction.commit();
        return count;
    });
}

QList<ImportRow> ImportJournal::rows(qint64 importId, const QList<ImportRow::State> &states) const
{
    return guard(*m_store, QList<ImportRow>(), [&]() -> QList<ImportRow> {
        QStringList marks;
        for (qsizetype i = 0; i < states.size(); ++i)
            marks.append(QStringLiteral("?"));
        QSqlQuery query = prepared(
            m_store->database(),
            QStringLiteral(
                "SELECT import_id, line, kind, body, before, state, contact_id, uuid, error "
                "FROM import_rows WHERE import_id = ? AND state IN (%1) ORDER BY line")
                .arg(marks.join(QLatin1Char(','))));
        query.addBindValue(importId);
        for (ImportRow::State state : states)
            query.addBindValue(int(state));
        run(query);
        QList<ImportRow> list;
        while (query.next())
            list.append(rowFrom(query));
        return list;
    });
}

} // namespace ContactDesk::Store
