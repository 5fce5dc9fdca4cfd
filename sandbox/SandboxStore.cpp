// SandboxStore: the database and its schema, and the typed rows (contacts
// with their channels, tags, custom fields, members, the team). The rows
// kept as JSON are in SandboxStoreMessaging.cpp.

#include "sandbox/SandboxStore.h"

#include "sandbox/SandboxStoreSql.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <atomic>

namespace ContactDesk::Sandbox {

using namespace StoreSql;

namespace {

constexpr int schemaVersion = 1;

const QString contactColumns = QStringLiteral(
    "id, uuid, first, last, display_name, display_name_auto, email, phone, custom, tags, "
    "assigned_user_id, creator_id, shared, avatar, is_opted_out, blocked, created, updated, rev, "
    "op");

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("contactdesk-sandbox-%1").arg(++counter);
}

QString tagsToText(const QList<qint64> &tags)
{
    QJsonArray array;
    for (qint64 tag : tags)
        array.append(tag);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<qint64> tagsFromText(const QString &text)
{
    QList<qint64> tags;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array)
        tags.append(value.toInteger());
    return tags;
}

ContactRecord contactFromQuery(const QSqlQuery &query)
{
    ContactRecord c;
    c.id = query.value(0).toLongLong();
    c.uuid = query.value(1).toString();
    c.first = query.value(2).toString();
    c.last = query.value(3).toString();
    c.displayName = query.value(4).toString();
    c.displayNameAuto = query.value(5).toBool();
    c.email = query.value(6).toString();
    c.phone = query.value(7).toString();
    c.custom = QJsonDocument::fromJson(query.value(8).toString().toUtf8()).object();
    c.tags = tagsFromText(query.value(9).toString());
    if (!query.value(10).isNull())
        c.owner = query.value(10).toLongLong();
    c.creatorId = query.value(11).toLongLong();
    c.shared = query.value(12).toBool();
    c.avatar = query.value(13).toString();
    c.optedOut = query.value(14).toBool();
    c.blocked = query.value(15).toBool();
    c.created = query.value(16).toLongLong();
    c.updated = query.value(17).toLongLong();
    c.rev = query.value(18).toLongLong();
    c.op = query.value(19).toString();
    return c;
}

void bindContact(QSqlQuery &query, const ContactRecord &c)
{
    query.bindValue(QStringLiteral(":uuid"), c.uuid);
    query.bindValue(QStringLiteral(":first"), text(c.first));
    query.bindValue(QStringLiteral(":last"), text(c.last));
    query.bindValue(QStringLiteral(":display_name"), text(c.displayName));
    query.bindValue(QStringLiteral(":display_name_auto"), c.displayNameAuto);
    query.bindValue(QStringLiteral(":email"), text(c.email));
    query.bindValue(QStringLiteral(":phone"), text(c.phone));
    query.bindValue(QStringLiteral(":custom"), toJsonText(c.custom));
    query.bindValue(QStringLiteral(":tags"), tagsToText(c.tags));
    query.bindValue(QStringLiteral(":assigned_user_id"),
                    c.owner ? QVariant(*c.owner) : QVariant(QMetaType::fromType<qint64>()));
    query.bindValue(QStringLiteral(":creator_id"), c.creatorId);
    query.bindValue(QStringLiteral(":shared"), c.shared);
    query.bindValue(QStringLiteral(":avatar"), text(c.avatar));
    query.bindValue(QStringLiteral(":is_opted_out"), c.optedOut);
    query.bindValue(QStringLiteral(":blocked"), c.blocked);
    query.bindValue(QStringLiteral(":created"), c.created);
    query.bindValue(QStringLiteral(":updated"), c.updated);
    query.bindValue(QStringLiteral(":rev"), c.rev);
    query.bindValue(QStringLiteral(":op"), text(c.op));
}

TagRecord tagFromQuery(const QSqlQuery &query)
{
    TagRecord t;
    t.id = query.value(0).toLongLong();
    t.uuid = query.value(1).toString();
    t.tag = query.value(2).toString();
    t.color = query.value(3).toString();
    t.created = query.value(4).toLongLong();
    t.updated = query.value(5).toLongLong();
    t.rev = query.value(6).toLongLong();
    return t;
}

const QString tagColumns = QStringLiteral("id, uuid, tag, color, created, updated, rev");

} // namespace

// IMMEDIATE: the write lock is taken at the start, waiting up to the busy
// timeout while another connection (the CLI's sandbox on the same file)
// writes, so a transaction that reads first never fails half-way. A cached
// statement still on a row keeps the connection's read snapshot open; once
// another connection has written, taking the write lock on that old
// snapshot fails at once (SQLITE_BUSY_SNAPSHOT, "database is locked", no
// waiting) for as long as the statement stays on its row: release them all
// first.
SandboxStore::Transaction::Transaction(SandboxStore &store)
    : m_store(store)
{
    m_store.releaseStatements();
    QSqlQuery begin(m_store.db());
    exec(begin, QStringLiteral("BEGIN IMMEDIATE"));
}

SandboxStore::Transaction::~Transaction()
{
    if (!m_done) {
        m_store.releaseStatements();
        QSqlQuery rollback(m_store.db());
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
    // No read snapshot outlives the transaction.
    m_store.releaseStatements();
}

void SandboxStore::Transaction::commit()
{
    m_store.releaseStatements();
    QSqlQuery commit(m_store.db());
    exec(commit, QStringLiteral("COMMIT"));
    m_done = true;
}

SandboxStore::SandboxStore(const QString &path, Clock nowMs)
    : m_connectionName(uniqueConnectionName())
    , m_nowMs(std::move(nowMs))
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    database.setDatabaseName(path.isEmpty() ? QStringLiteral(":memory:") : path);
    // Another sandbox may write to the same file (the app's and the CLI's
    // both run on the profile's data file): wait for it rather than fail.
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(defaultBusyTimeoutMs));
    if (!database.open()) {
        m_openError = database.lastError().text();
        return;
    }
    try {
        QSqlQuery q(database);
        if (!path.isEmpty())
            exec(q, QStringLiteral("PRAGMA journal_mode=WAL"));
        exec(q, QStringLiteral("PRAGMA synchronous=NORMAL"));
        exec(q, QStringLiteral("PRAGMA foreign_keys=ON"));
        // Up to 64 MiB of pages (SQLite's default is 2 MiB): seeding a demo
        // team of 200,000 writes its channels' indexes in random order.
        exec(q, QStringLiteral("PRAGMA cache_size=-65536"));
        exec(q,
             QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"));
        const QString version = meta(QStringLiteral("schema_version"));
        if (!version.isEmpty() && version.toInt() != schemaVersion) {
            m_openError = QStringLiteral("%1 has schema version %2; this sandbox reads version %3")
                              .arg(path, version)
                              .arg(schemaVersion);
            return;
        }
        const QStringList schema = {
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS contacts ("
                " id INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT NOT NULL UNIQUE,"
                " first TEXT NOT NULL DEFAULT '', last TEXT NOT NULL DEFAULT '',"
                " display_name TEXT NOT NULL DEFAULT '', display_name_auto INTEGER NOT NULL,"
                " email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '',"
                " custom TEXT NOT NULL DEFAULT '{}', tags TEXT NOT NULL DEFAULT '[]',"
                " assigned_user_id INTEGER, creator_id INTEGER NOT NULL, shared INTEGER NOT NULL,"
                " avatar TEXT NOT NULL DEFAULT '', is_opted_out INTEGER NOT NULL,"
                " blocked INTEGER NOT NULL, created INTEGER NOT NULL, updated INTEGER NOT NULL,"
                " rev INTEGER NOT NULL, op TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS contacts_by_updated ON contacts(updated, id)"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS contacts_by_owner ON contacts(assigned_user_id)"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS channels ("
                " id TEXT PRIMARY KEY, contact_id INTEGER NOT NULL REFERENCES contacts(id) ON "
                "DELETE CASCADE,"
                " position INTEGER NOT NULL, channel_type TEXT NOT NULL, channel_id TEXT NOT NULL,"
                " channel_handle TEXT NOT NULL DEFAULT '', info_channel TEXT NOT NULL DEFAULT '',"
                " created INTEGER NOT NULL, updated INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS channels_by_contact ON channels(contact_id, position)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS channels_by_value ON channels(channel_type, "
                           "channel_id)"),
            // The search by phone or email compares without case: without
            // this index every search read every channel (an import into a
            // team of 100,000 searched for seconds a row).
            QStringLiteral("CREATE INDEX IF NOT EXISTS channels_by_lower_value ON "
                           "channels(channel_type, lower(channel_id))"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS tags ("
                " id INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT NOT NULL, tag TEXT NOT NULL,"
                " color TEXT NOT NULL DEFAULT '', created INTEGER NOT NULL, updated INTEGER NOT "
                "NULL,"
                " rev INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS fields ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL, created "
                           "INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS members ("
                           " id INTEGER PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, "
                           "role_id INTEGER NOT NULL,"
                           " phone TEXT NOT NULL, email TEXT NOT NULL, created INTEGER NOT NULL, "
                           "updated INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS inboxes (id INTEGER PRIMARY KEY, json TEXT NOT NULL)"),
            // Messages are recorded, never delivered. A conversation is one
            // inbox with one target (a phone number, or an email thread).
            QStringLiteral("CREATE TABLE IF NOT EXISTS conversations ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT, inbox INTEGER NOT NULL,"
                           " target TEXT NOT NULL, created INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS messages ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT, local_id TEXT,"
                           " conversation INTEGER NOT NULL, inbox INTEGER NOT NULL,"
                           " phone TEXT NOT NULL DEFAULT '', date INTEGER NOT NULL,"
                           " response TEXT NOT NULL, json TEXT NOT NULL)"),
            QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS messages_by_local_id"
                           " ON messages(local_id) WHERE local_id IS NOT NULL"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS messages_by_phone"
                           " ON messages(phone, inbox, date)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS templates ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT, updated INTEGER NOT NULL,"
                           " json TEXT NOT NULL)"),
            // Broadcast lists; local_id keeps a repeated create from making two.
            QStringLiteral("CREATE TABLE IF NOT EXISTS lists ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT, local_id TEXT NOT NULL UNIQUE,"
                           " json TEXT NOT NULL)"),
        };
        // One transaction, so two sandboxes starting at once on a new file
        // take turns. A file already at this version is not written to (the
        // CREATEs change nothing in it), so a second sandbox starting on it
        // does not disturb the first.
        {
            Transaction transaction(*this);
            for (const QString &statement : schema)
                exec(q, statement);
            if (meta(QStringLiteral("schema_version")).isEmpty())
                setMeta(QStringLiteral("schema_version"), QString::number(schemaVersion));
            transaction.commit();
        }
        m_lastTimestamp = meta(QStringLiteral("last_timestamp")).toLongLong();
        releaseStatements();
    } catch (const StoreError &error) {
        releaseStatements();
        m_openError = error.message;
    }
}

SandboxStore::~SandboxStore()
{
    qDeleteAll(m_statements);
    m_statements.clear();
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        if (database.isOpen()) {
            QSqlQuery q(database);
            q.exec(QStringLiteral("PRAGMA optimize"));
            database.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase SandboxStore::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void SandboxStore::releaseStatements() const
{
    for (QSqlQuery *query : std::as_const(m_statements))
        query->finish();
}

void SandboxStore::setBusyTimeoutMs(int ms)
{
    QSqlQuery q(db());
    exec(q, QStringLiteral("PRAGMA busy_timeout = %1").arg(std::max(0, ms)));
}

QSqlQuery &SandboxStore::cached(const QString &sql) const
{
    QSqlQuery *&query = m_statements[sql];
    if (!query) {
        query = new QSqlQuery(db());
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

QString SandboxStore::meta(const QString &key) const
{
    QSqlQuery &q = cached(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    exec(q);
    return q.next() ? q.value(0).toString() : QString();
}

void SandboxStore::setMeta(const QString &key, const QString &value)
{
    QSqlQuery &q = cached(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    exec(q);
}

bool SandboxStore::isEmpty() const
{
    return meta(QStringLiteral("team_id")).isEmpty();
}

qint64 SandboxStore::nextTimestamp()
{
    // Another sandbox on the same file may have written a later one since.
    m_lastTimestamp =
        std::max(m_lastTimestamp, meta(QStringLiteral("last_timestamp")).toLongLong());
    m_lastTimestamp = std::max(m_nowMs(), m_lastTimestamp);
    setMeta(QStringLiteral("last_timestamp"), QString::number(m_lastTimestamp));
    return m_lastTimestamp;
}

void SandboxStore::loadChannels(ContactRecord &contact) const
{
    QSqlQuery &q = cached(
        QStringLiteral("SELECT id, channel_type, channel_id, channel_handle, info_channel, "
                       "created, updated FROM channels WHERE contact_id = ? ORDER BY position"));
    q.addBindValue(contact.id);
    exec(q);
    contact.channels.clear();
    while (q.next()) {
        contact.channels.append({q.value(0).toString(), q.value(1).toString(),
                                 q.value(2).toString(), q.value(3).toString(),
                                 q.value(4).toString(), q.value(5).toLongLong(),
                                 q.value(6).toLongLong()});
    }
}

void SandboxStore::writeChannels(const ContactRecord &contact)
{
    QSqlQuery &q = cached(QStringLiteral("DELETE FROM channels WHERE contact_id = ?"));
    q.addBindValue(contact.id);
    exec(q);
    QSqlQuery &insert =
        cached(QStringLiteral("INSERT INTO channels(id, contact_id, position, channel_type, "
                              "channel_id, channel_handle, info_channel, created, updated) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < contact.channels.size(); ++i) {
        const ChannelRecord &ch = contact.channels.at(i);
        insert.addBindValue(ch.id);
        insert.addBindValue(contact.id);
        insert.addBindValue(static_cast<int>(i));
        insert.addBindValue(ch.type);
        insert.addBindValue(ch.value);
        insert.addBindValue(text(ch.handle));
        insert.addBindValue(text(ch.info));
        insert.addBindValue(ch.created);
        insert.addBindValue(ch.updated);
        exec(insert);
    }
}

std::optional<ContactRecord> SandboxStore::contactWhere(const QString &column,
                                                        const QVariant &value) const
{
    QSqlQuery &q =
        cached(QStringLiteral("SELECT %1 FROM contacts WHERE %2 = ?").arg(contactColumns, column));
    q.addBindValue(value);
    exec(q);
    if (!q.next())
        return std::nullopt;
    ContactRecord contact = contactFromQuery(q);
    loadChannels(contact);
    return contact;
}

std::optional<ContactRecord> SandboxStore::contactById(qint64 id) const
{
    return contactWhere(QStringLiteral("id"), id);
}

std::optional<ContactRecord> SandboxStore::contactByUuid(const QString &uuid) const
{
    return contactWhere(QStringLiteral("uuid"), uuid.toLower());
}

std::optional<qint64> SandboxStore::contactIdByPhone(const QString &digits) const
{
    QSqlQuery &q =
        cached(QStringLiteral("SELECT contact_id FROM channels WHERE channel_type = 'phone' AND "
                              "channel_id = ? ORDER BY contact_id LIMIT 1"));
    q.addBindValue(digits);
    exec(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<qint64> SandboxStore::contactIdByEmail(const QString &address) const
{
    QSqlQuery &q =
        cached(QStringLiteral("SELECT contact_id FROM channels WHERE channel_type = 'email' AND "
                              "lower(channel_id) = lower(?) ORDER BY contact_id LIMIT 1"));
    q.addBindValue(address);
    exec(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

QList<qint64> SandboxStore::contactIdsByChannel(const QString &type, const QString &value) const
{
    QSqlQuery &q =
        cached(QStringLiteral("SELECT DISTINCT contact_id FROM channels WHERE channel_type = ? AND "
                              "lower(channel_id) = lower(?) ORDER BY contact_id"));
    q.addBindValue(type);
    q.addBindValue(value);
    exec(q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QList<ContactRecord> SandboxStore::listContacts(const ListQuery &query) const
{
    QString sql = QStringLiteral("SELECT %1 FROM contacts WHERE 1 = 1").arg(contactColumns);
    if (query.cursor)
        sql += query.ascending ? QStringLiteral(" AND updated >= :cursor")
                               : QStringLiteral(" AND updated <= :cursor");
    if (query.assigned)
        sql += QStringLiteral(" AND assigned_user_id = :assigned");
    sql += query.ascending ? QStringLiteral(" ORDER BY updated ASC, id ASC")
                           : QStringLiteral(" ORDER BY updated DESC, id DESC");
    sql += QStringLiteral(" LIMIT :limit OFFSET :offset");
    QSqlQuery &q = cached(sql);
    if (query.cursor)
        q.bindValue(QStringLiteral(":cursor"), *query.cursor);
    if (query.assigned)
        q.bindValue(QStringLiteral(":assigned"), *query.assigned);
    q.bindValue(QStringLiteral(":limit"), query.limit);
    q.bindValue(QStringLiteral(":offset"), query.offset);
    exec(q);
    QList<ContactRecord> contacts;
    while (q.next())
        contacts.append(contactFromQuery(q));
    q.finish();
    loadChannels(contacts);
    return contacts;
}

void SandboxStore::loadChannels(QList<ContactRecord> &contacts) const
{
    // One query for a page's contacts (one each made a page of 30 cost 30
    // statements: a first pull of 200,000 contacts is 6,667 pages).
    if (contacts.isEmpty())
        return;
    QJsonArray ids;
    QHash<qint64, qsizetype> at;
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        ids.append(contacts.at(i).id);
        at.insert(contacts.at(i).id, i);
        contacts[i].channels.clear();
    }
    QSqlQuery &q = cached(QStringLiteral(
        "SELECT contact_id, id, channel_type, channel_id, channel_handle, info_channel, created, "
        "updated FROM channels WHERE contact_id IN (SELECT value FROM json_each(?)) "
        "ORDER BY contact_id, position"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    exec(q);
    while (q.next()) {
        const auto index = at.constFind(q.value(0).toLongLong());
        if (index == at.cend())
            continue;
        contacts[*index].channels.append({q.value(1).toString(), q.value(2).toString(),
                                          q.value(3).toString(), q.value(4).toString(),
                                          q.value(5).toString(), q.value(6).toLongLong(),
                                          q.value(7).toLongLong()});
    }
    q.finish();
}

qint64 SandboxStore::countContacts(std::optional<qint64> updatedAtOrBefore) const
{
    QSqlQuery q(db());
    if (updatedAtOrBefore) {
        prepare(q, QStringLiteral("SELECT count(*) FROM contacts WHERE updated <= ?"));
        q.addBindValue(*updatedAtOrBefore);
    } else {
        prepare(q, QStringLiteral("SELECT count(*) FROM contacts"));
    }
    exec(q);
    q.next();
    return q.value(0).toLongLong();
}

QList<qint64> SandboxStore::contactIdsWithTag(qint64 tagId) const
{
    QSqlQuery &q =
        cached(QStringLiteral("SELECT contacts.id FROM contacts, json_each(contacts.tags) "
                              "WHERE json_each.value = ?"));
    q.addBindValue(tagId);
    exec(q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

void SandboxStore::insertContact(ContactRecord &contact)
{
    if (contact.uuid.isEmpty())
        contact.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Cached (one statement with an id, one without): a demo team of
    // 200,000 prepared one statement per contact.
    const QString columns = contact.id ? QStringLiteral("id, ") : QString();
    const QString values = contact.id ? QStringLiteral(":id, ") : QString();
    QSqlQuery &q = cached(
        QStringLiteral("INSERT INTO contacts(%1uuid, first, last, display_name, display_name_auto, "
                       "email, phone, custom, tags, assigned_user_id, creator_id, shared, avatar, "
                       "is_opted_out, blocked, created, updated, rev, op) VALUES (%2:uuid, :first, "
                       ":last, :display_name, :display_name_auto, :email, :phone, :custom, :tags, "
                       ":assigned_user_id, :creator_id, :shared, :avatar, :is_opted_out, :blocked, "
                       ":created, :updated, :rev, :op)")
            .arg(columns, values));
    if (contact.id)
        q.bindValue(QStringLiteral(":id"), contact.id);
    bindContact(q, contact);
    exec(q);
    contact.id = q.lastInsertId().toLongLong();
    writeChannels(contact);
}

void SandboxStore::updateContact(const ContactRecord &contact)
{
    QSqlQuery &q = cached(
        QStringLiteral("UPDATE contacts SET uuid = :uuid, first = :first, last = :last, "
                       "display_name = :display_name, display_name_auto = :display_name_auto, "
                       "email = :email, phone = :phone, custom = :custom, tags = :tags, "
                       "assigned_user_id = :assigned_user_id, creator_id = :creator_id, "
                       "shared = :shared, avatar = :avatar, is_opted_out = :is_opted_out, "
                       "blocked = :blocked, created = :created, updated = :updated, rev = :rev, "
                       "op = :op WHERE id = :id"));
    bindContact(q, contact);
    q.bindValue(QStringLiteral(":id"), contact.id);
    exec(q);
    writeChannels(contact);
}

void SandboxStore::deleteContact(qint64 id)
{
    QSqlQuery &q = cached(QStringLiteral("DELETE FROM contacts WHERE id = ?"));
    q.addBindValue(id);
    exec(q);
}

std::optional<TagRecord> SandboxStore::tagById(qint64 id) const
{
    QSqlQuery &q = cached(QStringLiteral("SELECT %1 FROM tags WHERE id = ?").arg(tagColumns));
    q.addBindValue(id);
    exec(q);
    if (!q.next())
        return std::nullopt;
    return tagFromQuery(q);
}

std::optional<TagRecord> SandboxStore::tagByName(const QString &name) const
{
    QSqlQuery &q = cached(QStringLiteral("SELECT %1 FROM tags").arg(tagColumns));
    exec(q);
    while (q.next()) {
        TagRecord tag = tagFromQuery(q);
        if (tag.tag.compare(name, Qt::CaseInsensitive) == 0)
            return tag;
    }
    return std::nullopt;
}

QList<TagRecord> SandboxStore::listTags(std::optional<qint64> cursor, int limit,
                                        bool inclusive) const
{
    const QString where = !cursor     ? QString()
                          : inclusive ? QStringLiteral("WHERE updated <= ?")
                                      : QStringLiteral("WHERE updated < ?");
    QSqlQuery &q =
        cached(QStringLiteral("SELECT %1 FROM tags %2 ORDER BY updated DESC, id DESC LIMIT ?")
                   .arg(tagColumns, where));
    if (cursor)
        q.addBindValue(*cursor);
    q.addBindValue(limit);
    exec(q);
    QList<TagRecord> tags;
    while (q.next())
        tags.append(tagFromQuery(q));
    return tags;
}

void SandboxStore::insertTag(TagRecord &tag)
{
    if (tag.uuid.isEmpty())
        tag.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery &q =
        cached(QStringLiteral("INSERT INTO tags(%1uuid, tag, color, created, updated, rev) "
                              "VALUES (%2?, ?, ?, ?, ?, ?)")
                   .arg(tag.id ? QStringLiteral("id, ") : QString(),
                        tag.id ? QStringLiteral("?, ") : QString()));
    if (tag.id)
        q.addBindValue(tag.id);
    q.addBindValue(tag.uuid);
    q.addBindValue(tag.tag);
    q.addBindValue(text(tag.color));
    q.addBindValue(tag.created);
    q.addBindValue(tag.updated);
    q.addBindValue(tag.rev);
    exec(q);
    tag.id = q.lastInsertId().toLongLong();
}

void SandboxStore::deleteTag(qint64 id)
{
    QSqlQuery &q = cached(QStringLiteral("DELETE FROM tags WHERE id = ?"));
    q.addBindValue(id);
    exec(q);
}

QList<FieldRecord> SandboxStore::listFields() const
{
    QSqlQuery q(db());
    exec(q, QStringLiteral("SELECT id, title, created FROM fields ORDER BY id"));
    QList<FieldRecord> fields;
    while (q.next())
        fields.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
    return fields;
}

bool SandboxStore::fieldExists(qint64 id) const
{
    QSqlQuery &q = cached(QStringLiteral("SELECT 1 FROM fields WHERE id = ?"));
    q.addBindValue(id);
    exec(q);
    return q.next();
}

std::optional<FieldRecord> SandboxStore::fieldByTitle(const QString &title) const
{
    const QList<FieldRecord> fields = listFields();
    for (const FieldRecord &field : fields) {
        if (field.title.compare(title, Qt::CaseInsensitive) == 0)
            return field;
    }
    return std::nullopt;
}

void SandboxStore::insertField(FieldRecord &field)
{
    QSqlQuery &q = cached(QStringLiteral("INSERT INTO fields(%1title, created) VALUES (%2?, ?)")
                              .arg(field.id ? QStringLiteral("id, ") : QString(),
                                   field.id ? QStringLiteral("?, ") : QString()));
    if (field.id)
        q.addBindValue(field.id);
    q.addBindValue(field.title);
    q.addBindValue(field.created);
    exec(q);
    field.id = q.lastInsertId().toLongLong();
}

QList<MemberRecord> SandboxStore::listMembers() const
{
    QSqlQuery q(db());
    exec(q, QStringLiteral("SELECT id, name, role, role_id, phone, email, created, updated "
                           "FROM members ORDER BY id"));
    QList<MemberRecord> members;
    while (q.next()) {
        members.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toInt(), q.value(4).toString(), q.value(5).toString(),
                        q.value(6).toLongLong(), q.value(7).toLongLong()});
    }
    return members;
}

bool SandboxStore::memberExists(qint64 id) const
{
    QSqlQuery &q = cached(QStringLiteral("SELECT 1 FROM members WHERE id = ?"));
    q.addBindValue(id);
    exec(q);
    return q.next();
}

void SandboxStore::updateMember(const MemberRecord &member)
{
    QSqlQuery &q = cached(QStringLiteral(
        "UPDATE members SET name = ?, role = ?, role_id = ?, updated = ? WHERE id = ?"));
    q.addBindValue(member.name);
    q.addBindValue(member.role);
    q.addBindValue(member.roleId);
    q.addBindValue(member.updated);
    q.addBindValue(member.id);
    exec(q);
}

void SandboxStore::insertMember(const MemberRecord &member)
{
    QSqlQuery &q =
        cached(QStringLiteral("INSERT INTO members(id, name, role, role_id, phone, email, created, "
                              "updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(member.id);
    q.addBindValue(member.name);
    q.addBindValue(member.role);
    q.addBindValue(member.roleId);
    q.addBindValue(text(member.phone));
    q.addBindValue(text(member.email));
    q.addBindValue(member.created);
    q.addBindValue(member.updated);
    exec(q);
}

TeamRecord SandboxStore::team() const
{
    return {meta(QStringLiteral("team_id")).toLongLong(), meta(QStringLiteral("team_name")),
            meta(QStringLiteral("team_list_size")).toInt()};
}

void SandboxStore::setTeam(const TeamRecord &team)
{
    setMeta(QStringLiteral("team_id"), QString::number(team.id));
    setMeta(QStringLiteral("team_name"), team.name);
    setMeta(QStringLiteral("team_list_size"), QString::number(team.listSize));
}

} // namespace ContactDesk::Sandbox
