#include "store/ContactStore.h"

#include "core/ApiJson.h"
#include "core/ContactFields.h"
#include "core/SearchText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QUuid>

#include <atomic>

namespace ContactDesk::Store {

namespace {

using StoreError = ContactStore::Failure;

QString uniqueConnection()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("contactdesk-store-%1").arg(++counter);
}

void exec(QSqlQuery &query)
{
    if (!query.exec())
        throw StoreError{query.lastError().text()};
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QString text(const QString &value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}

QString kindName(OutboxEntry::Kind kind)
{
    switch (kind) {
    case OutboxEntry::Kind::Create:
        return QStringLiteral("create");
    case OutboxEntry::Kind::Update:
        return QStringLiteral("update");
    case OutboxEntry::Kind::Delete:
        return QStringLiteral("delete");
    case OutboxEntry::Kind::Status:
        return QStringLiteral("status");
    case OutboxEntry::Kind::ChannelAdd:
        return QStringLiteral("channel_add");
    case OutboxEntry::Kind::ChannelRemove:
        return QStringLiteral("channel_remove");
    }
    return QStringLiteral("update");
}

OutboxEntry::Kind kindFrom(const QString &name)
{
    static const QHash<QString, OutboxEntry::Kind> kinds = {
        {QStringLiteral("create"), OutboxEntry::Kind::Create},
        {QStringLiteral("update"), OutboxEntry::Kind::Update},
        {QStringLiteral("delete"), OutboxEntry::Kind::Delete},
        {QStringLiteral("status"), OutboxEntry::Kind::Status},
        {QStringLiteral("channel_add"), OutboxEntry::Kind::ChannelAdd},
        {QStringLiteral("channel_remove"), OutboxEntry::Kind::ChannelRemove}};
    return kinds.value(name, OutboxEntry::Kind::Update);
}

const QString contactColumns =
    QStringLiteral("id, uuid, local_id, fields, server, rev, updated, state, error");
const QString outboxColumns = QStringLiteral(
    "seq, contact_id, kind, patch, base, base_rev, state, attempts, error, conflicts, not_before");

StoredContact contactFrom(const QSqlQuery &q)
{
    StoredContact c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.localId = q.value(2).toString();
    c.fields = object(q.value(3));
    c.server = object(q.value(4));
    c.rev = q.value(5).toLongLong();
    c.updated = q.value(6).toLongLong();
    c.state = static_cast<StoredContact::State>(q.value(7).toInt());
    c.error = q.value(8).toString();
    return c;
}

OutboxEntry entryFrom(const QSqlQuery &q)
{
    OutboxEntry e;
    e.seq = q.value(0).toLongLong();
    e.contactId = q.value(1).toLongLong();
    e.kind = kindFrom(q.value(2).toString());
    e.patch = object(q.value(3));
    e.base = object(q.value(4));
    e.baseRev = q.value(5).toLongLong();
    e.state = static_cast<OutboxEntry::State>(q.value(6).toInt());
    e.attempts = q.value(7).toInt();
    e.error = q.value(8).toString();
    e.conflicts = object(q.value(9));
    e.notBefore = q.value(10).toLongLong();
    return e;
}

QJsonArray channelsWith(QJsonArray channels, const QString &type, const QString &value, bool add)
{
    for (qsizetype i = channels.size() - 1; i >= 0; --i) {
        const QJsonObject c = channels.at(i).toObject();
        if (c.value(Field::channelType).toString() == type &&
            c.value(Field::channelValue).toString().compare(value, Qt::CaseInsensitive) == 0)
            channels.removeAt(i);
    }
    if (add)
        channels.append(QJsonObject{{Field::channelType, type}, {Field::channelValue, value}});
    return channels;
}

// The user's view: the server's values with the outbox laid over them.
QJsonObject overlay(QJsonObject fields, const OutboxEntry &entry)
{
    switch (entry.kind) {
    case OutboxEntry::Kind::Create:
    case OutboxEntry::Kind::Update:
        for (auto it = entry.patch.begin(); it != entry.patch.end(); ++it)
            fields.insert(it.key(), it.value());
        break;
    case OutboxEntry::Kind::Status: {
        const QString status = entry.patch.value(Field::status).toString();
        if (status == QLatin1String("active")) {
            fields.insert(Field::optedOut, false);
            fields.insert(Field::blocked, false);
        } else if (status == QLatin1String("blocked")) {
            fields.insert(Field::blocked, true);
        } else if (status == QLatin1String("unblocked")) {
            fields.insert(Field::blocked, false);
        } else if (status == QLatin1String("subscribed")) {
            fields.insert(Field::optedOut, false);
        } else if (status == QLatin1String("unsubscribed")) {
            fields.insert(Field::optedOut, true);
        }
        break;
    }
    case OutboxEntry::Kind::ChannelAdd:
    case OutboxEntry::Kind::ChannelRemove:
        fields.insert(Field::channels,
                      channelsWith(fields.value(Field::channels).toArray(),
                                   entry.patch.value(Field::channelType).toString(),
                                   entry.patch.value(Field::channelValue).toString(),
                                   entry.kind == OutboxEntry::Kind::ChannelAdd));
        break;
    case OutboxEntry::Kind::Delete:
        break;
    }
    return fields;
}

} // namespace

// ---------------------------------------------------------------- store

ContactStore::Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{
    if (!m_db.transaction())
        throw StoreError{m_db.lastError().text()};
}

ContactStore::Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

void ContactStore::Transaction::commit()
{
    if (!m_db.commit())
        throw StoreError{m_db.lastError().text()};
    m_done = true;
}

QSqlDatabase ContactStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

ContactStore::ContactStore(QObject *parent)
    : QObject(parent)
    , m_connection(uniqueConnection())
{}

ContactStore::~ContactStore()
{
    qDeleteAll(m_statements);
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlQuery &ContactStore::cached(const QString &sql) const
{
    QSqlQuery *&query = m_statements[sql];
    if (!query) {
        query = new QSqlQuery(QSqlDatabase::database(m_connection, false));
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            const QString error = query->lastError().text();
            delete query;
            m_statements.remove(sql);
            throw StoreError{error};
        }
    }
    query->finish();
    return *query;
}

QString ContactStore::open(const QString &path)
{
    m_path = path;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open())
        return tr("cannot open %1: %2").arg(path, db.lastError().text());
    return migrate();
}

QString ContactStore::migrate()
{
    // Each step takes the schema from version N to N + 1.
    static const QList<QStringList> steps = {
        {
            QStringLiteral(
                "CREATE TABLE contacts (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL DEFAULT '',"
                " local_id TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,"
                " fields TEXT NOT NULL, server TEXT NOT NULL, rev INTEGER NOT NULL DEFAULT 0,"
                " updated INTEGER NOT NULL DEFAULT 0, display_name TEXT NOT NULL DEFAULT '',"
                " phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',"
                " state INTEGER NOT NULL DEFAULT 0, error TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, contact_id "
                           "INTEGER NOT NULL,"
                           " kind TEXT NOT NULL, patch TEXT NOT NULL, base TEXT NOT NULL, base_rev "
                           "INTEGER NOT NULL,"
                           " state INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0,"
                           " error TEXT NOT NULL DEFAULT '', conflicts TEXT NOT NULL DEFAULT '{}',"
                           " not_before INTEGER NOT NULL DEFAULT 0, created INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX outbox_by_contact ON outbox(contact_id, seq)"),
            QStringLiteral("CREATE TABLE sync (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE tags (id INTEGER PRIMARY KEY, json TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE fields (id INTEGER PRIMARY KEY, json TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE members (id INTEGER PRIMARY KEY, json TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE inboxes (id INTEGER PRIMARY KEY, json TEXT NOT NULL)"),
        },
        {
            // Version 2: lookups by phone, and a folded text column for search.
            QStringLiteral("ALTER TABLE contacts ADD COLUMN search TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "UPDATE contacts SET search = lower(display_name || ' ' || phone || ' ' || email)"),
            QStringLiteral("CREATE INDEX contacts_by_phone ON contacts(phone)"),
        },
        {
            // Version 3: plain columns for loading a million rows without
            // decoding JSON; `search` becomes folded UTF-8 (filled below).
            QStringLiteral("ALTER TABLE contacts ADD COLUMN first TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE contacts ADD COLUMN last TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE contacts ADD COLUMN owner INTEGER"),
            QStringLiteral("ALTER TABLE contacts ADD COLUMN tags TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE contacts ADD COLUMN opted_out INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE contacts ADD COLUMN blocked INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE contacts ADD COLUMN custom_flat TEXT NOT NULL DEFAULT ''"),
        },
        {
            // Version 4: a covering index for the fast reader, so loading a
            // million rows reads these columns only, not the JSON beside them.
            QStringLiteral("CREATE INDEX contacts_load ON contacts(deleted, id, display_name, "
                           "first, last, phone,"
                           " email, tags, custom_flat, search, error, owner, opted_out, blocked, "
                           "state, updated)"),
        },
        {
            // Version 5: imports (the import issue): each import, and each
            // of its rows with what it sends and what it replaced, so an
            // upload resumes after a crash and can be undone as a whole.
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
        {
            // Version 6: the message outbox (the compose issue): every
            // message to every recipient with its local_id and its fate.
            QStringLiteral("CREATE TABLE message_out (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " batch INTEGER NOT NULL, body TEXT NOT NULL, local_id TEXT NOT NULL,"
                           " state INTEGER NOT NULL DEFAULT 0, error TEXT NOT NULL DEFAULT '',"
                           " message_id INTEGER NOT NULL DEFAULT 0, created INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX message_out_by_batch ON message_out(batch, state)"),
        },
    };
    static_assert(schemaVersion == 6, "add a migration step");
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    try {
        QSqlQuery q(db);
        for (const char *pragma :
             {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
            if (!q.exec(QLatin1String(pragma)))
                throw StoreError{q.lastError().text()};
        }
        if (!q.exec(QStringLiteral(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")))
            throw StoreError{q.lastError().text()};
        if (!q.exec(QStringLiteral("SELECT version FROM schema_version")))
            throw StoreError{q.lastError().text()};
        int version = q.next() ? q.value(0).toInt() : 0;
        q.finish();
        const int target = qEnvironmentVariableIsSet("CONTACTDESK_STORE_SCHEMA_FOR_TESTS")
                               ? qEnvironmentVariableIntValue("CONTACTDESK_STORE_SCHEMA_FOR_TESTS")
                               : schemaVersion;
        if (version > schemaVersion)
            return tr("%1 was written by a newer ContactDesk (schema %2; this one reads up to %3)")
                .arg(m_path)
                .arg(version)
                .arg(schemaVersion);
        while (version < target) {
            Transaction transaction(db);
            const QStringList statements = steps.at(version);
            for (const QString &statement : statements) {
                if (!q.exec(statement))
                    throw StoreError{tr("migration to schema %1 failed: %2")
                                         .arg(version + 1)
                                         .arg(q.lastError().text())};
            }
            if (version + 1 == 3)
                fillLoadColumns();
            q.exec(QStringLiteral("DELETE FROM schema_version"));
            q.prepare(QStringLiteral("INSERT INTO schema_version(version) VALUES (?)"));
            q.addBindValue(version + 1);
            if (!q.exec())
                throw StoreError{q.lastError().text()};
            transaction.commit();
            ++version;
        }
    } catch (const StoreError &error) {
        return tr("cannot prepare %1: %2").arg(m_path, error.message);
    }
    return {};
}

// ---------------------------------------------------------------- reading

qint64 ContactStore::contactCount() const
{
    QSqlQuery &q = cached(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted = 0"));
    exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<StoredContact> ContactStore::contact(qint64 id) const
{
    QSqlQuery &q =
        cached(QStringLiteral("SELECT %1 FROM contacts WHERE id = ?").arg(contactColumns));
    q.addBindValue(id);
    exec(q);
    if (!q.next())
        return std::nullopt;
    return contactFrom(q);
}

std::optional<StoredContact> ContactStore::contactByPhone(const QString &phone) const
{
    QSqlQuery &q =
        cached(QStringLiteral(
                   "SELECT %1 FROM contacts WHERE phone = ? AND deleted = 0 ORDER BY id LIMIT 1")
                   .arg(contactColumns));
    q.addBindValue(phone);
    exec(q);
    if (!q.next())
        return std::nullopt;
    return contactFrom(q);
}

void ContactStore::forEachContact(const std::function<bool(const StoredContact &)> &visit) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM contacts WHERE deleted = 0 ORDER BY id")
                    .arg(contactColumns)))
        return;
    while (q.next()) {
        if (!visit(contactFrom(q)))
            return;
    }
}

QList<StoredContact> ContactStore::allContacts() const
{
    QList<StoredContact> contacts;
    forEachContact([&contacts](const StoredContact &c) {
        contacts.append(c);
        return true;
    });
    return contacts;
}

// ---------------------------------------------------------------- server side

QSet<qint64> ContactStore::contactsWithEntries() const
{
    QSet<qint64> ids;
    QSqlQuery &q = cached(QStringLiteral("SELECT DISTINCT contact_id FROM outbox"));
    exec(q);
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

namespace {

QString tagsFlat(const QJsonObject &fields)
{
    QStringList ids;
    const QJsonArray tags = fields.value(Field::tags).toArray();
    for (const QJsonValue &tag : tags)
        ids.append(QString::number(tag.toInteger()));
    return ids.join(QLatin1Char(','));
}

QString customFlat(const QJsonObject &fields, QString *values)
{
    QString flat;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!it.key().startsWith(Field::customPrefix))
            continue;
        const QString value = it.value().toString();
        if (value.isEmpty())
            continue;
        flat += it.key().mid(7) + QChar(0x1f) + value + QChar(0x1e);
        *values += QLatin1Char(' ') + value;
    }
    return flat;
}

} // namespace

void ContactStore::writeContactRow(const StoredContact &c)
{
    QSqlQuery &q = cached(QStringLiteral(
        "INSERT INTO contacts(id, uuid, local_id, deleted, fields, server, rev, updated, "
        "display_name, phone,"
        " email, state, error, search, first, last, owner, tags, opted_out, blocked, custom_flat) "
        "VALUES (:id,"
        " :uuid, :local_id, :deleted, :fields, :server, :rev, :updated, :display_name, :phone, "
        ":email, :state,"
        " :error, :search, :first, :last, :owner, :tags, :opted_out, :blocked, :custom_flat) ON "
        "CONFLICT(id) DO"
        " UPDATE SET uuid = :uuid, local_id = :local_id, deleted = :deleted, fields = :fields, "
        "server = :server,"
        " rev = :rev, updated = :updated, display_name = :display_name, phone = :phone, email = "
        ":email,"
        " state = :state, error = :error, search = :search, first = :first, last = :last, owner = "
        ":owner,"
        " tags = :tags, opted_out = :opted_out, blocked = :blocked, custom_flat = :custom_flat"));
    const QString displayName = c.fields.value(Field::displayName).toString();
    const QString first = c.fields.value(Field::first).toString();
    const QString last = c.fields.value(Field::last).toString();
    const QString phone = c.fields.value(Field::phone).toString();
    const QString email = c.fields.value(Field::email).toString();
    const QJsonValue owner = c.fields.value(Field::owner);
    QString customValues;
    const QString custom = customFlat(c.fields, &customValues);
    // The folded display name comes first and ends at a \x1f, so it can be
    // sorted on without folding again; then names, email, custom values.
    QString rest = email + customValues;
    if (displayName != QString(first + QLatin1Char(' ') + last).trimmed())
        rest = first + QLatin1Char(' ') + last + QLatin1Char(' ') + rest;
    const QByteArray search = SearchText::fold(displayName) + " \x1f " + SearchText::fold(rest);
    q.bindValue(QStringLiteral(":id"), c.id);
    q.bindValue(QStringLiteral(":uuid"), text(c.uuid));
    q.bindValue(QStringLiteral(":local_id"), text(c.localId));
    q.bindValue(QStringLiteral(":deleted"), 0);
    const QString fieldsJson = json(c.fields);
    q.bindValue(QStringLiteral(":fields"), fieldsJson);
    // With nothing waiting in the outbox both maps are the same: encode once.
    q.bindValue(QStringLiteral(":server"), c.server == c.fields ? fieldsJson : json(c.server));
    q.bindValue(QStringLiteral(":rev"), c.rev);
    q.bindValue(QStringLiteral(":updated"), c.updated);
    q.bindValue(QStringLiteral(":display_name"), text(displayName));
    q.bindValue(QStringLiteral(":phone"), text(phone));
    q.bindValue(QStringLiteral(":email"), text(email));
    q.bindValue(QStringLiteral(":state"), static_cast<int>(c.state));
    q.bindValue(QStringLiteral(":error"), text(c.error));
    q.bindValue(QStringLiteral(":search"), QString::fromUtf8(search));
    q.bindValue(QStringLiteral(":first"), text(first));
    q.bindValue(QStringLiteral(":last"), text(last));
    q.bindValue(QStringLiteral(":owner"), owner.isDouble()
                                              ? QVariant(owner.toInteger())
                                              : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(QStringLiteral(":tags"), text(tagsFlat(c.fields)));
    q.bindValue(QStringLiteral(":opted_out"), c.fields.value(Field::optedOut).toBool());
    q.bindValue(QStringLiteral(":blocked"), c.fields.value(Field::blocked).toBool());
    q.bindValue(QStringLiteral(":custom_flat"), text(custom));
    exec(q);
}

void ContactStore::fillLoadColumns()
{
    // Runs inside the migration's transaction; rewrites every row once.
    QList<StoredContact> all;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1, deleted FROM contacts").arg(contactColumns)))
        throw StoreError{q.lastError().text()};
    QList<qint64> deleted;
    while (q.next()) {
        all.append(contactFrom(q));
        if (q.value(9).toBool())
            deleted.append(all.last().id);
    }
    for (const StoredContact &c : std::as_const(all))
        writeContactRow(c);
    for (qint64 id : std::as_const(deleted)) {
        QSqlQuery &hide = cached(QStringLiteral("UPDATE contacts SET deleted = 1 WHERE id = ?"));
        hide.addBindValue(id);
        exec(hide);
    }
}

void ContactStore::applyServerContacts(const QList<Contact> &contacts)
{
    if (contacts.isEmpty())
        return;
    QList<qint64> changed;
    Transaction transaction(QSqlDatabase::database(m_connection, false));
    const QSet<qint64> edited = contactsWithEntries();
    for (const Contact &server : contacts) {
        std::optional<StoredContact> existing = contact(server.id);
        StoredContact c = existing.value_or(StoredContact());
        c.id = server.id;
        if (!server.uuid.isEmpty())
            c.uuid = server.uuid;
        c.server = ContactFields::fromContact(server);
        if (!c.server.contains(Field::channels) && existing)
            c.server.insert(Field::channels, existing->server.value(Field::channels));
        if (existing)
            c.server.insert(Field::blocked, existing->server.value(Field::blocked).toBool());
        c.rev = server.rev;
        c.updated = server.updated;
        c.fields = c.server;
        writeContactRow(c);
        if (edited.contains(c.id))
            recompute(c.id);
        changed.append(c.id);
    }
    transaction.commit();
    Q_EMIT contactsChanged(changed);
}

QSet<qint64> ContactStore::serverIds() const
{
    QSet<qint64> ids;
    QSqlQuery &q = cached(QStringLiteral("SELECT id FROM contacts WHERE id > 0"));
    exec(q);
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

int ContactStore::removeServerContacts(const QSet<qint64> &keepIds)
{
    const QSet<qint64> edited = contactsWithEntries();
    QList<qint64> gone;
    const QSet<qint64> local = serverIds();
    for (qint64 id : local) {
        if (!keepIds.contains(id) && !edited.contains(id))
            gone.append(id);
    }
    return forgetContacts(gone);
}

int ContactStore::forgetContacts(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return 0;
    Transaction transaction(QSqlDatabase::database(m_connection, false));
    for (qint64 id : ids) {
        QSqlQuery &q = cached(QStringLiteral("DELETE FROM contacts WHERE id = ?"));
        q.addBindValue(id);
        exec(q);
    }
    transaction.commit();
    Q_EMIT contactsRemoved(ids);
    return static_cast<int>(ids.size());
}

namespace {

template<typename T, typename Encode>
void replaceTable(const QSqlDatabase &db, const QString &table, const QList<T> &items,
                  Encode encode)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM %1").arg(table)))
        throw StoreError{q.lastError().text()};
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO %1(id, json) VALUES (?, ?)").arg(table));
    for (const T &item : items) {
        const QJsonObject encoded = encode(item);
        q.addBindValue(encoded.value(QStringLiteral("id")).toInteger());
        q.addBindValue(json(encoded));
        if (!q.exec())
            throw StoreError{q.lastError().text()};
    }
}

QList<QJsonObject> readTable(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    QList<QJsonObject> rows;
    if (!q.exec(QStringLiteral("SELECT json FROM %1 ORDER BY id").arg(table)))
        return rows;
    while (q.next())
        rows.append(object(q.value(0)));
    return rows;
}

} // namespace

// Replaces a directory table (tags, fields, members, inboxes) in one
// transaction and tells the views.
template<typename T, typename Encode>
void ContactStore::replaceDirectory(const QString &table, const QList<T> &items, Encode encode)
{
    Transaction transaction(QSqlDatabase::database(m_connection, false));
    replaceTable(QSqlDatabase::database(m_connection, false), table, items, encode);
    transaction.commit();
    Q_EMIT directoryChanged();
}

void ContactStore::replaceTags(const QList<Tag> &tags)
{
    replaceDirectory(QStringLiteral("tags"), tags, [](const Tag &t) {
        return QJsonObject{{QStringLiteral("id"), t.id},
                           {QStringLiteral("tag"), t.name},
                           {QStringLiteral("color"), t.color}};
    });
}

void ContactStore::replaceFields(const QList<CustomField> &fields)
{
    replaceDirectory(QStringLiteral("fields"), fields, [](const CustomField &f) {
        return QJsonObject{{QStringLiteral("id"), f.id}, {QStringLiteral("title"), f.title}};
    });
}

void ContactStore::replaceMembers(const QList<TeamMember> &members)
{
    replaceDirectory(QStringLiteral("members"), members, [](const TeamMember &m) {
        return QJsonObject{{QStringLiteral("id"), m.id},
                           {QStringLiteral("name"), m.name},
                           {QStringLiteral("role"), m.role}};
    });
}

void ContactStore::replaceInboxes(const QList<Inbox> &inboxes)
{
    replaceDirectory(QStringLiteral("inboxes"), inboxes, [](const Inbox &i) {
        QJsonArray members;
        for (qint64 m : i.memberIds)
            members.append(m);
        return QJsonObject{{QStringLiteral("id"), i.id},
                           {QStringLiteral("name"), i.name},
                           {QStringLiteral("team"), i.teamId},
                           {QStringLiteral("members"), members},
                           {QStringLiteral("phones"), QJsonArray::fromStringList(i.phones)},
                           {QStringLiteral("phone"), i.phone},
                           {QStringLiteral("email"), i.email}};
    });
}

QList<Tag> ContactStore::tags() const
{
    QList<Tag> tags;
    const QList<QJsonObject> rows =
        readTable(QSqlDatabase::database(m_connection, false), QStringLiteral("tags"));
    for (const QJsonObject &row : rows) {
        if (const auto tag = ApiJson::decodeTag(row, nullptr))
            tags.append(*tag);
    }
    return tags;
}

QList<CustomField> ContactStore::customFields() const
{
    const QList<QJsonObject> rows =
        readTable(QSqlDatabase::database(m_connection, false), QStringLiteral("fields"));
    QJsonArray array;
    for (const QJsonObject &row : rows)
        array.append(row);
    return ApiJson::decodeCustomFields(array, nullptr).value_or(QList<CustomField>());
}

QList<TeamMember> ContactStore::members() const
{
    QList<TeamMember> members;
    const QList<QJsonObject> rows =
        readTable(QSqlDatabase::database(m_connection, false), QStringLiteral("members"));
    for (const QJsonObject &row : rows)
        members.append({row.value(QStringLiteral("id")).toInteger(),
                        row.value(QStringLiteral("name")).toString(),
                        row.value(QStringLiteral("role")).toString()});
    return members;
}

QList<Inbox> ContactStore::inboxes() const
{
    const QList<QJsonObject> rows =
        readTable(QSqlDatabase::database(m_connection, false), QStringLiteral("inboxes"));
    QJsonArray array;
    for (const QJsonObject &row : rows)
        array.append(row);
    return ApiJson::decodeInboxes(array, nullptr).value_or(QList<Inbox>());
}

QString ContactStore::syncValue(const QString &key) const
{
    QSqlQuery &q = cached(QStringLiteral("SELECT value FROM sync WHERE key = ?"));
    q.addBindValue(key);
    exec(q);
    return q.next() ? q.value(0).toString() : QString();
}

void ContactStore::setSyncValue(const QString &key, const QString &value)
{
    QSqlQuery &q = cached(QStringLiteral("INSERT OR REPLACE INTO sync(key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(text(value));
    exec(q);
}

// ---------------------------------------------------------------- local edits

qint64 ContactStore::enqueue(qint64 contactId, OutboxEntry::Kind kind, const QJsonObject &patch,
                             qint64 baseRev, const QJsonObject &base)
{
    QSqlQuery &q =
        cached(QStringLiteral("INSERT INTO outbox(contact_id, kind, patch, base, base_rev, created)"
                              " VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(contactId);
    q.addBindValue(kindName(kind));
    q.addBindValue(json(patch));
    q.addBindValue(json(base));
    q.addBindValue(baseRev);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    exec(q);
    return q.lastInsertId().toLongLong();
}

qint64 ContactStore::createContact(const QJsonObject &fields)
{
    Transaction transaction(QSqlDatabase::database(m_connection, false));
    QSqlQuery &q = cached(QStringLiteral("SELECT min(min(id), 0) FROM contacts"));
    exec(q);
    const qint64 id = (q.next() ? q.value(0).toLongLong() : 0) - 1;
    StoredContact c;
    c.id = id;
    c.localId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.server = {};
    c.fields = fields;
    c.state = StoredContact::State::Pending;
    writeContactRow(c);
    QJsonObject patch = fields;
    patch.insert(QStringLiteral("local_id"), c.localId);
    enqueue(id, OutboxEntry::Kind::Create, patch, 0, {});
    recompute(id);
    transaction.commit();
    Q_EMIT contactsChanged({id});
    Q_EMIT outboxChanged();
    return id;
}

bool ContactStore::editContact(qint64 id, const QJsonObject &changes)
{
    const auto existing = contact(id);
    if (!existing || changes.isEmpty())
        return false;
    QJsonObject base;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        base.insert(it.key(), existing->server.value(it.key()));
    Transaction transaction(QSqlDatabase::database(m_connection, false));
    const QList<OutboxEntry> queued = entriesFor(id);
    if (!queued.isEmpty() && queued.last().kind == OutboxEntry::Kind::Update &&
        queued.last().state == OutboxEntry::State::Failed) {
        // Editing a failed edit fixes it: the new values join it and it goes again.
        OutboxEntry failed = queued.last();
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            failed.patch.insert(it.key(), it.value());
            if (!failed.base.contains(it.key()))
                failed.base.insert(it.key(), base.value(it.key()));
        }
        QSqlQuery &q = cached(QStringLiteral(
            "UPDATE outbox SET patch = ?, base = ?, state = 0, error = '', not_before = 0"
            " WHERE seq = ?"));
        q.addBindValue(json(failed.patch));
        q.addBindValue(json(failed.base));
        q.addBindValue(failed.seq);
        exec(q);
    } else {
        enqueue(id, OutboxEntry::Kind::Update, changes, existing->rev, base);
    }
    recompute(id);
    transaction.commit();
    Q_EMIT contactsChanged({id});
    Q_EMIT outboxChanged();
    return true;
}

bool ContactStore::deleteContact(qint64 id)
{
    if (!contact(id))
        return false;
    Transaction transaction(QSqlDatabase::database(m_connection, false));
    enqueue(id, OutboxEntry::Kind::Delete, {}, 0, {});
    recompute(id);
    transaction.commit();
    Q_EMIT contactsRemoved({id});
    Q_EMIT outboxChanged();
    return true;
}

bool ContactStore::queueEdit(qint64 id, OutboxEntry::Kind kind, const QJsonObject &patch)
{
    if (!contact(id))
        return false;
    Transaction transaction(QSqlDatabase::database(m_connection, false));
    enqueue(id, kind, patch, 0, {});
    recompute(id);
    transaction.commit();
    Q_EMIT contactsChanged({id});
    Q_EMIT outboxChanged();
    return true;
}

bool ContactStore::setStatus(qint64 id, ContactStatusChange change)
{
    return queueEdit(id, OutboxEntry::Kind::Status,
                     {{Field::status, ApiJson::statusChangeName(change)}});
}

bool ContactStore::addChannel(qint64 id, const QString &type, const QString &value)
{
    return queueEdit(id, OutboxEntry::Kind::ChannelAdd,
                     {{Field::channelType, type}, {Field::channelValue, value}});
}

bool ContactStore::removeChannel(qint64 id, const QString &type, const QString &value)
{
    return queueEdit(id, OutboxEntry::Kind::ChannelRemove,
                     {{Field::channelType, type}, {Field::channelValue, value}});
}

void ContactStore::recompute(qint64 id)
{
    auto c = contact(id);
    if (!c)
        return;
    const QList<OutboxEntry> entries = entriesFor(id);
    QJsonObject fields = c->server;
    bool deleted = false;
    StoredContact::State state = StoredContact::State::Synced;
    QString error;
    for (const OutboxEntry &e : entries) {
        fields = overlay(fields, e);
        deleted = deleted || e.kind == OutboxEntry::Kind::Delete;
        if (e.state == OutboxEntry::State::Conflict) {
            state = StoredContact::State::Conflict;
        } else if (e.state == OutboxEntry::State::Failed &&
                   state != StoredContact::State::Conflict) {
            state = StoredContact::State::Failed;
            error = e.error;
        } else if (state == StoredContact::State::Synced) {
            state = StoredContact::State::Pending;
        }
    }
    c->fields = fields;
    c->state = state;
    c->error = error;
    writeContactRow(*c);
    if (deleted) {
        QSqlQuery &q = cached(QStringLiteral("UPDATE contacts SET deleted = 1 WHERE id = ?"));
        q.addBindValue(id);
        exec(q);
    }
}

// ---------------------------------------------------------------- outbox

QList<OutboxEntry> ContactStore::entriesFor(qint64 contactId) const
{
    QSqlQuery &q = cached(QStringLiteral("SELECT %1 FROM outbox WHERE contact_id = ? ORDER BY seq")
                              .arg(outboxColumns));
    q.addBindValue(contactId);
    exec(q);
    QList<OutboxEntry> entries;
    while (q.next())
        entries.append(entryFrom(q));
    return entries;
}

QList<OutboxEntry> ContactStore::outbox() const
{
    QSqlQuery &q = cached(QStringLiteral("SELECT %1 FROM outbox ORDER BY seq").arg(outboxColumns));
    exec(q);
    QList<OutboxEntry> entries;
    while (q.next())
        entries.append(entryFrom(q));
    return entries;
}

std::optional<OutboxEntry> ContactStore::entry(qint64 seq) const
{
    QSqlQuery &q = cached(QStringLiteral("SELECT %1 FROM outbox WHERE seq = ?").arg(outboxColumns));
    q.addBindValue(seq);
    exec(q);
    if (!q.next())
        return std::nullopt;
    return entryFrom(q);
}

std::optional<OutboxEntry> ContactStore::nextDue(qint64 nowMs) const
{
    // The first entry of each contact, oldest first; only pending ones go.
    QSqlQuery &q = cached(
        QStringLiteral(
            "SELECT %1 FROM outbox WHERE seq IN (SELECT min(seq) FROM outbox GROUP BY contact_id)"
            " AND state = 0 AND not_before <= ? ORDER BY seq LIMIT 1")
            .arg(outboxColumns));
    q.addBindValue(nowMs);
    exec(q);
    if (!q.next())
        return std::nullopt;
    return entryFrom(q);
}

qint64 ContactStore::nextDueTime() const
{
    QSqlQuery &q = cached(QStringLiteral(
        "SELECT min(not_before) FROM outbox WHERE seq IN (SELECT min(seq) FROM outbox"
        " GROUP BY contact_id) AND state = 0"));
    exec(q);
    if (!q.next() || q.value(0).isNull())
        return -1;
    return q.value(0).toLongLong();
}

int ContactStore::countWhere(const char *condition) const
{
    QSqlQuery &q = cached(
        QStringLiteral("SELECT count(*) FROM outbox WHERE %1").arg(QLatin1String(condition)));
    exec(q);
    return q.next() ? q.value(0).toInt() : 0;
}

int ContactStore::pendingCount() const
{
    return countWhere("state = 0");
}

int ContactStore::failedCount() const
{
    return countWhere("state = 1");
}

int ContactStore::conflictCount() const
{
    return countWhere("state = 2");
}

void ContactStore::markSent(qint64 seq)
{
    QSqlQuery &q =
        cached(QStringLiteral("UPDATE outbox SET attempts = attempts + 1 WHERE seq = ?"));
    q.addBindValue(seq);
    exec(q);
}

void ContactStore::completeEntry(qint64 seq, const std::optional<Contact> &server)
{
    const auto e = entry(seq);
    if (!e)
        return;
    Transaction transaction(QSqlDatabase::database(m_connection, false));
    QSqlQuery &q = cached(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
    q.addBindValue(seq);
    exec(q);
    if (!server && e->kind == OutboxEntry::Kind::Create) {
        // The create went through but its contact could not be read back:
        // what we sent is the best knowledge of the server's copy.
        auto c = contact(e->contactId);
        if (c && c->server.isEmpty()) {
            QJsonObject sent = e->patch;
            sent.remove(QStringLiteral("local_id"));
            c->server = sent;
            c->rev = 1;
            writeContactRow(*c);
        }
    }
    if (server) {
        auto c = contact(e->contactId);
        if (c) {
            const QJsonValue blocked = c->server.value(Field::blocked);
            const QJsonValue channels = c->server.value(Field::channels);
            c->server = ContactFields::fromContact(*server);
            c->server.insert(Field::blocked, blocked.toBool());
            if (!c->server.contains(Field::channels) && !channels.isUndefined())
                c->server.insert(Field::channels, channels);
            c->rev = server->rev;
            c->updated = server->updated;
            if (!server->uuid.isEmpty())
                c->uuid = server->uuid;
            writeContactRow(*c);
        }
    } else if (e->kind == OutboxEntry::Kind::Status || e->kind == OutboxEntry::Kind::ChannelAdd ||
               e->kind == OutboxEntry::Kind::ChannelRemove) {
        // The server accepted it: its effect is now the server's state too.
        auto c = contact(e->contactId);
        if (c) {
            c->server = overlay(c->server, *e);
            writeContactRow(*c);
        }
    }
    rebaseFollowers(*e);
    recompute(e->contactId);
    transaction.commit();
    Q_EMIT contactsChanged({e->contactId});
    Q_EMIT outboxChanged();
}

void ContactStore::rebaseFollowers(const OutboxEntry &done)
{
    // Later edits of the same contact were based on the server's copy before
    // our own write: what we wrote is not someone else's change.
    if (done.kind != OutboxEntry::Kind::Create && done.kind != OutboxEntry::Kind::Update)
        return;
    const auto c = contact(done.contactId);
    if (!c)
        return;
    const QList<OutboxEntry> followers = entriesFor(done.contactId);
    for (const OutboxEntry &next : followers) {
        if (next.kind != OutboxEntry::Kind::Update)
            continue;
        QJsonObject base = next.base;
        for (auto it = next.patch.begin(); it != next.patch.end(); ++it) {
            if (done.kind == OutboxEntry::Kind::Create || next.baseRev == 0 ||
                done.patch.contains(it.key()))
                base.insert(it.key(), c->server.value(it.key()));
        }
        rebaseEntry(next.seq, base, c->rev);
    }
}

void ContactStore::completeCreate(qint64 seq, qint64 serverId, const QString &uuid,
                                  const std::optional<Contact> &server)
{
    const auto e = entry(seq);
    if (!e)
        return;
    const qint64 oldId = e->contactId;
    {
        Transaction transaction(QSqlDatabase::database(m_connection, false));
        // If a pull already brought the server's contact, the local row goes.
        if (oldId != serverId && contact(serverId)) {
            QSqlQuery &drop = cached(QStringLiteral("DELETE FROM contacts WHERE id = ?"));
            drop.addBindValue(oldId);
            exec(drop);
        } else {
            QSqlQuery &move =
                cached(QStringLiteral("UPDATE contacts SET id = ?, uuid = ? WHERE id = ?"));
            move.addBindValue(serverId);
            move.addBindValue(text(uuid));
            move.addBindValue(oldId);
            exec(move);
        }
        QSqlQuery &entries =
            cached(QStringLiteral("UPDATE outbox SET contact_id = ? WHERE contact_id = ?"));
        entries.addBindValue(serverId);
        entries.addBindValue(oldId);
        exec(entries);
        if (!uuid.isEmpty()) {
            QSqlQuery &setUuid =
                cached(QStringLiteral("UPDATE contacts SET uuid = ? WHERE id = ?"));
            setUuid.addBindValue(uuid);
            setUuid.addBindValue(serverId);
            exec(setUuid);
        }
        transaction.commit();
    }
    if (oldId != serverId)
        Q_EMIT contactIdChanged(oldId, serverId);
    completeEntry(seq, server);
}

void ContactStore::completeDelete(qint64 seq)
{
    const auto e = entry(seq);
    if (!e)
        return;
    Transaction transaction(QSqlDatabase::database(m_connection, false));
    QSqlQuery &entries = cached(QStringLiteral("DELETE FROM outbox WHERE contact_id = ?"));
    entries.addBindValue(e->contactId);
    exec(entries);
    QSqlQuery &row = cached(QStringLiteral("DELETE FROM contacts WHERE id = ?"));
    row.addBindValue(e->contactId);
    exec(row);
    transaction.commit();
    Q_EMIT outboxChanged();
}

void ContactStore::deferEntry(qint64 seq, qint64 notBefore, const QString &error)
{
    QSqlQuery &q =
        cached(QStringLiteral("UPDATE outbox SET not_before = ?, error = ? WHERE seq = ?"));
    q.addBindValue(notBefore);
    q.addBindValue(text(error));
    q.addBindValue(seq);
    exec(q);
}

void ContactStore::failEntry(qint64 seq, const QString &error)
{
    const auto e = entry(seq);
    if (!e)
        return;
    Transaction transaction(QSqlDatabase::database(m_connection, false));
    QSqlQuery &q = cached(QStringLiteral("UPDATE outbox SET state = 1, error = ? WHERE seq = ?"));
    q.addBindValue(text(error));
    q.addBindValue(seq);
    exec(q);
    recompute(e->contactId);
    transaction.commit();
    Q_EMIT contactsChanged({e->contactId});
    Q_EMIT outboxChanged();
}

void ContactStore::conflictEntry(qint64 seq, const QJsonObject &conflicts, const Contact &server)
{
    const auto e = entry(seq);
    if (!e)
        return;
    Transaction transaction(QSqlDatabase::database(m_connection, false));
    QSqlQuery &q =
        cached(QStringLiteral("UPDATE outbox SET state = 2, conflicts = ? WHERE seq = ?"));
    q.addBindValue(json(conflicts));
    q.addBindValue(seq);
    exec(q);
    auto c = contact(e->contactId);
    if (c) {
        const QJsonValue blocked = c->server.value(Field::blocked);
        c->server = ContactFields::fromContact(server);
        c->server.insert(Field::blocked, blocked.toBool());
        c->rev = server.rev;
        c->updated = server.updated;
        writeContactRow(*c);
    }
    recompute(e->contactId);
    transaction.commit();
    Q_EMIT contactsChanged({e->contactId});
    Q_EMIT outboxChanged();
}

void ContactStore::rebaseEntry(qint64 seq, const QJsonObject &base, qint64 baseRev)
{
    QSqlQuery &q = cached(QStringLiteral("UPDATE outbox SET base = ?, base_rev = ? WHERE seq = ?"));
    q.addBindValue(json(base));
    q.addBindValue(baseRev);
    q.addBindValue(seq);
    exec(q);
}

void ContactStore::setUuid(qint64 contactId, const QString &uuid)
{
    QSqlQuery &q = cached(QStringLiteral("UPDATE contacts SET uuid = ? WHERE id = ?"));
    q.addBindValue(text(uuid));
    q.addBindValue(contactId);
    exec(q);
}

void ContactStore::retry(qint64 seq)
{
    const auto e = entry(seq);
    if (!e)
        return;
    Transaction transaction(QSqlDatabase::database(m_connection, false));
    QSqlQuery &q = cached(
        QStringLiteral("UPDATE outbox SET state = 0, error = '', not_before = 0 WHERE seq = ?"));
    q.addBindValue(seq);
    exec(q);
    recompute(e->contactId);
    transaction.commit();
    Q_EMIT contactsChanged({e->contactId});
    Q_EMIT outboxChanged();
}

void ContactStore::discard(qint64 seq)
{
    const auto e = entry(seq);
    if (!e)
        return;
    Transaction transaction(QSqlDatabase::database(m_connection, false));
    QSqlQuery &q = cached(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
    q.addBindValue(seq);
    exec(q);
    bool removed = false;
    if (e->kind == OutboxEntry::Kind::Create) {
        // Nothing of it reached the server: the contact and its later edits go.
        QSqlQuery &rest = cached(QStringLiteral("DELETE FROM outbox WHERE contact_id = ?"));
        rest.addBindValue(e->contactId);
        exec(rest);
        QSqlQuery &row = cached(QStringLiteral("DELETE FROM contacts WHERE id = ?"));
        row.addBindValue(e->contactId);
        exec(row);
        removed = true;
    } else {
        QSqlQuery &undelete =
            cached(QStringLiteral("UPDATE contacts SET deleted = 0 WHERE id = ?"));
        undelete.addBindValue(e->contactId);
        exec(undelete);
        recompute(e->contactId);
    }
    transaction.commit();
    if (removed)
        Q_EMIT contactsRemoved({e->contactId});
    else
        Q_EMIT contactsChanged({e->contactId});
    Q_EMIT outboxChanged();
}

void ContactStore::resolveConflict(qint64 seq, const QString &field, bool keepMine)
{
    auto e = entry(seq);
    if (!e || !e->conflicts.contains(field))
        return;
    const QJsonObject conflict = e->conflicts.value(field).toObject();
    QJsonObject conflicts = e->conflicts;
    conflicts.remove(field);
    QJsonObject patch = e->patch;
    QJsonObject base = e->base;
    if (keepMine)
        base.insert(field, conflict.value(QStringLiteral("theirs"))); // push mine over theirs
    else {
        patch.remove(field); // take theirs
        base.remove(field);
    }
    Transaction transaction(QSqlDatabase::database(m_connection, false));
    if (patch.isEmpty()) {
        QSqlQuery &q = cached(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
        q.addBindValue(seq);
        exec(q);
    } else {
        QSqlQuery &q = cached(QStringLiteral("UPDATE outbox SET patch = ?, base = ?, conflicts = "
                                             "?, state = ?, base_rev = ? WHERE seq = ?"));
        q.addBindValue(json(patch));
        q.addBindValue(json(base));
        q.addBindValue(json(conflicts));
        q.addBindValue(conflicts.isEmpty() ? 0 : 2);
        q.addBindValue(contact(e->contactId).value_or(StoredContact()).rev);
        q.addBindValue(seq);
        exec(q);
    }
    recompute(e->contactId);
    transaction.commit();
    Q_EMIT contactsChanged({e->contactId});
    Q_EMIT outboxChanged();
}

} // namespace ContactDesk::Store
