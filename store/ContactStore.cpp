#include "store/ContactStore.h"

#include "core/ApiJson.h"
#include "core/ContactFields.h"
#include "core/SearchText.h"
#include "store/Profile.h"
#include "store/StoreSql.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>

#include <atomic>

namespace ContactDesk::Store {

Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_LOGGING_CATEGORY(lcStore, "contactdesk.store", QtInfoMsg)

using namespace Sql;

namespace {

QString uniqueConnection()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("contactdesk-store-%1").arg(++counter);
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
    case OutboxEntry::Kind::ChannelChange:
        return QStringLiteral("channel_change");
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
        {QStringLiteral("channel_remove"), OutboxEntry::Kind::ChannelRemove},
        {QStringLiteral("channel_change"), OutboxEntry::Kind::ChannelChange}};
    return kinds.value(name, OutboxEntry::Kind::Update);
}

bool isChannelKind(OutboxEntry::Kind kind)
{
    return kind == OutboxEntry::Kind::ChannelAdd || kind == OutboxEntry::Kind::ChannelRemove ||
           kind == OutboxEntry::Kind::ChannelChange;
}

const QString contactColumns =
    QStringLiteral("id, uuid, local_id, fields, server, rev, updated, state, error, deleted");
const QString outboxColumns = QStringLiteral(
    "seq, contact_id, kind, patch, base, base_rev, state, attempts, error, conflicts, not_before");

StoredContact contactFrom(const QSqlQuery &q)
{
    StoredContact c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.localId = q.value(2).toString();
    c.fields = objectFrom(q.value(3).toString());
    c.server = objectFrom(q.value(4).toString());
    c.rev = q.value(5).toLongLong();
    c.updated = q.value(6).toLongLong();
    c.state = static_cast<StoredContact::State>(q.value(7).toInt());
    c.error = q.value(8).toString();
    c.deleted = q.value(9).toBool();
    return c;
}

OutboxEntry entryFrom(const QSqlQuery &q)
{
    OutboxEntry e;
    e.seq = q.value(0).toLongLong();
    e.contactId = q.value(1).toLongLong();
    e.kind = kindFrom(q.value(2).toString());
    e.patch = objectFrom(q.value(3).toString());
    e.base = objectFrom(q.value(4).toString());
    e.baseRev = q.value(5).toLongLong();
    e.state = static_cast<OutboxEntry::State>(q.value(6).toInt());
    e.attempts = q.value(7).toInt();
    e.error = q.value(8).toString();
    e.conflicts = objectFrom(q.value(9).toString());
    e.notBefore = q.value(10).toLongLong();
    return e;
}

// ---- a contact's channels as a field map holds them: [{type, value, primary}]

bool sameChannel(const QJsonObject &c, const QString &type, const QString &value)
{
    return c.value(Field::channelType).toString() == type &&
           c.value(Field::channelValue).toString().compare(value, Qt::CaseInsensitive) == 0;
}

qsizetype findChannel(const QJsonArray &channels, const QString &type, const QString &value)
{
    for (qsizetype i = 0; i < channels.size(); ++i)
        if (sameChannel(channels.at(i).toObject(), type, value))
            return i;
    return -1;
}

qsizetype primaryOf(const QJsonArray &channels, const QString &type)
{
    for (qsizetype i = 0; i < channels.size(); ++i) {
        const QJsonObject c = channels.at(i).toObject();
        if (c.value(Field::channelType).toString() == type &&
            c.value(Field::channelPrimary).toBool())
            return i;
    }
    return -1;
}

QJsonObject channelEntry(const QString &type, const QString &value, bool primary)
{
    return {
        {Field::channelType, type}, {Field::channelValue, value}, {Field::channelPrimary, primary}};
}

// After the primary of `type` went: the next of its type takes its place,
// as the API promotes it (a guess until the list is read again).
void promoteNext(QJsonArray &channels, const QString &type)
{
    if (primaryOf(channels, type) >= 0)
        return;
    for (qsizetype i = 0; i < channels.size(); ++i) {
        QJsonObject c = channels.at(i).toObject();
        if (c.value(Field::channelType).toString() == type) {
            c.insert(Field::channelPrimary, true);
            channels.replace(i, c);
            return;
        }
    }
}

QJsonArray channelAdded(QJsonArray channels, const QString &type, const QString &value)
{
    if (findChannel(channels, type, value) < 0)
        channels.append(channelEntry(type, value, primaryOf(channels, type) < 0));
    return channels;
}

QJsonArray channelRemoved(QJsonArray channels, const QString &type, const QString &value)
{
    const qsizetype at = findChannel(channels, type, value);
    if (at < 0)
        return channels;
    channels.removeAt(at);
    promoteNext(channels, type);
    return channels;
}

QJsonArray channelChanged(QJsonArray channels, const QString &type, const QString &from,
                          const QString &to)
{
    const qsizetype at = findChannel(channels, type, from);
    if (at < 0)
        return channels;
    const qsizetype dup = findChannel(channels, type, to);
    QJsonObject c = channels.at(at).toObject();
    c.insert(Field::channelValue, to);
    channels.replace(at, c);
    if (dup >= 0 && dup != at)
        channels.removeAt(dup);
    return channels;
}

// The primary of `type` takes `value` (v1 phone/email writes do that); an
// empty value removes it.
QJsonArray primarySet(QJsonArray channels, const QString &type, const QString &value)
{
    const qsizetype at = primaryOf(channels, type);
    if (value.isEmpty()) {
        if (at >= 0) {
            channels.removeAt(at);
            promoteNext(channels, type);
        }
        return channels;
    }
    if (at < 0) {
        const qsizetype same = findChannel(channels, type, value);
        if (same >= 0)
            channels.removeAt(same);
        channels.prepend(channelEntry(type, value, true));
        return channels;
    }
    const QString from = channels.at(at).toObject().value(Field::channelValue).toString();
    return from == value ? channels : channelChanged(channels, type, from, value);
}

QString primaryValue(const QJsonArray &channels, const QString &type)
{
    const qsizetype at = primaryOf(channels, type);
    return at < 0 ? QString() : channels.at(at).toObject().value(Field::channelValue).toString();
}

// A list as the server sent it, with the primary of each type marked: the
// one holding the contact's phone (email), else the first of its type.
QJsonArray markedChannels(const QList<Channel> &list, const QString &phone, const QString &email)
{
    QJsonArray channels;
    for (const Channel &channel : list)
        if (findChannel(channels, channel.type, channel.value) < 0)
            channels.append(channelEntry(channel.type, channel.value, false));
    const auto mark = [&channels](const QString &type, const QString &value) {
        qsizetype at = value.isEmpty() ? -1 : findChannel(channels, type, value);
        if (at < 0)
            for (qsizetype i = 0; i < channels.size() && at < 0; ++i)
                if (channels.at(i).toObject().value(Field::channelType).toString() == type)
                    at = i;
        if (at >= 0) {
            QJsonObject c = channels.at(at).toObject();
            c.insert(Field::channelPrimary, true);
            channels.replace(at, c);
        }
    };
    QSet<QString> types;
    for (const Channel &channel : list)
        types.insert(channel.type);
    for (const QString &type : std::as_const(types))
        mark(type, type == ChannelType::phone   ? phone
                   : type == ChannelType::email ? email
                                                : QString());
    return channels;
}

// The phone and email fields follow the primaries, as on the server.
void mirrorPrimaries(QJsonObject &fields, const QJsonArray &channels)
{
    fields.insert(Field::channels, channels);
    fields.insert(Field::phone, primaryValue(channels, ChannelType::phone));
    fields.insert(Field::email, primaryValue(channels, ChannelType::email));
}

// The user's view: the server's values with the outbox laid over them.
QJsonObject overlay(QJsonObject fields, const OutboxEntry &entry)
{
    switch (entry.kind) {
    case OutboxEntry::Kind::Create:
    case OutboxEntry::Kind::Update: {
        const bool knowsChannels = fields.contains(Field::channels);
        QJsonArray channels = ContactStore::channelsOf(fields);
        for (auto it = entry.patch.begin(); it != entry.patch.end(); ++it)
            if (it.key() != Field::localId) // the create's client id is not a field
                fields.insert(it.key(), it.value());
        // A new phone or email is the primary channel's new value.
        if (knowsChannels && entry.kind == OutboxEntry::Kind::Update) {
            if (entry.patch.contains(Field::phone))
                channels = primarySet(channels, ChannelType::phone,
                                      entry.patch.value(Field::phone).toString());
            if (entry.patch.contains(Field::email))
                channels = primarySet(channels, ChannelType::email,
                                      entry.patch.value(Field::email).toString());
            fields.insert(Field::channels, channels);
        }
        break;
    }
    case OutboxEntry::Kind::Status:
        switch (ApiJson::statusChangeFromName(entry.patch.value(Field::status).toString())
                    .value_or(ContactStatusChange::Active)) {
        case ContactStatusChange::Active:
            fields.insert(Field::optedOut, false);
            fields.insert(Field::blocked, false);
            break;
        case ContactStatusChange::Blocked:
            fields.insert(Field::blocked, true);
            break;
        case ContactStatusChange::Unblocked:
            fields.insert(Field::blocked, false);
            break;
        case ContactStatusChange::Subscribed:
            fields.insert(Field::optedOut, false);
            break;
        case ContactStatusChange::Unsubscribed:
            fields.insert(Field::optedOut, true);
            break;
        }
        break;
    case OutboxEntry::Kind::ChannelAdd:
    case OutboxEntry::Kind::ChannelRemove:
    case OutboxEntry::Kind::ChannelChange: {
        const QString type = entry.patch.value(Field::channelType).toString();
        const QString value = entry.patch.value(Field::channelValue).toString();
        const QJsonArray channels = ContactStore::channelsOf(fields);
        mirrorPrimaries(fields,
                        entry.kind == OutboxEntry::Kind::ChannelAdd
                            ? channelAdded(channels, type, value)
                        : entry.kind == OutboxEntry::Kind::ChannelRemove
                            ? channelRemoved(channels, type, value)
                            : channelChanged(channels, type, value,
                                             entry.patch.value(Field::channelNewValue).toString()));
        break;
    }
    case OutboxEntry::Kind::Delete:
        break;
    }
    return fields;
}

// What a contact answer does not say about the messaging status, kept from
// the copy before: `blocked` (never in a contact object; the status read
// sets it) and `opted_out` when the answer lacked `is_opted_out` (still not
// known when it was not before: an export leaves it empty, not "no").
void keepStatus(QJsonObject &copy, const QJsonObject &before)
{
    copy.insert(Field::blocked, before.value(Field::blocked).toBool());
    if (!copy.contains(Field::optedOut) && before.contains(Field::optedOut))
        copy.insert(Field::optedOut, before.value(Field::optedOut));
}

// The channels of a server copy made from `server`: the list it carried (a
// v2 answer; true), or the one kept before, its primaries taking the phone
// and email the server sent (as a v1 write of them does on the server).
bool takeChannels(QJsonObject &copy, const Contact &server, const QJsonObject &before)
{
    if (!server.channels.isEmpty()) {
        copy.insert(Field::channels, markedChannels(server.channels, server.phone, server.email));
        return true;
    }
    if (!before.contains(Field::channels)) {
        copy.remove(Field::channels);
        return false;
    }
    // Only what changed since that copy: the list may know better otherwise.
    QJsonArray channels = before.value(Field::channels).toArray();
    if (before.value(Field::phone).toString() != server.phone)
        channels = primarySet(channels, ChannelType::phone, server.phone);
    if (before.value(Field::email).toString().compare(server.email, Qt::CaseInsensitive) != 0)
        channels = primarySet(channels, ChannelType::email, server.email);
    copy.insert(Field::channels, channels);
    return false;
}

const QString upsertContact = QStringLiteral(
    "INSERT INTO contacts(id, uuid, local_id, deleted, fields, server, rev, updated, "
    "display_name, phone, email, state, error, search, first, last, owner, tags, opted_out, "
    "blocked, custom_flat) VALUES (:id, :uuid, :local_id, :deleted, :fields, :server, :rev, "
    ":updated, :display_name, :phone, :email, :state, :error, :search, :first, :last, :owner, "
    ":tags, :opted_out, :blocked, :custom_flat) ON CONFLICT(id) DO UPDATE SET uuid = :uuid, "
    "local_id = :local_id, deleted = :deleted, fields = :fields, server = :server, rev = :rev, "
    "updated = :updated, display_name = :display_name, phone = :phone, email = :email, "
    "state = :state, error = :error, search = :search, first = :first, last = :last, "
    "owner = :owner, tags = :tags, opted_out = :opted_out, blocked = :blocked, "
    "custom_flat = :custom_flat");

QString tagsFlat(const QJsonObject &fields)
{
    QStringList ids;
    const QJsonArray tags = fields.value(Field::tags).toArray();
    for (const QJsonValue &tag : tags)
        ids.append(QString::number(tag.toInteger()));
    return ids.join(QLatin1Char(','));
}

QString customFlat(const QJsonObject &fields)
{
    QString flat;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!Field::isCustom(it.key()))
            continue;
        const QString value = it.value().toString();
        if (value.isEmpty())
            continue;
        flat += Field::customId(it.key()) + QChar(0x1f) + value + QChar(0x1e);
    }
    return flat;
}

// Binds a contact to upsertContact: the JSON maps and the plain columns the
// fast reader and the lookups use.
void bindContactRow(QSqlQuery &q, const StoredContact &c)
{
    const QString displayName = c.fields.value(Field::displayName).toString();
    const QString first = c.fields.value(Field::first).toString();
    const QString last = c.fields.value(Field::last).toString();
    const QString phone = c.fields.value(Field::phone).toString();
    const QString email = c.fields.value(Field::email).toString();
    const QJsonValue owner = c.fields.value(Field::owner);
    const QString custom = customFlat(c.fields);
    const QByteArray search = SearchText::ofContact(c.fields);
    q.bindValue(QStringLiteral(":id"), c.id);
    q.bindValue(QStringLiteral(":uuid"), text(c.uuid));
    q.bindValue(QStringLiteral(":local_id"), text(c.localId));
    q.bindValue(QStringLiteral(":deleted"), 0);
    const QString fieldsJson = compact(c.fields);
    q.bindValue(QStringLiteral(":fields"), fieldsJson);
    // With nothing waiting in the outbox both maps are the same: encode once.
    q.bindValue(QStringLiteral(":server"), c.server == c.fields ? fieldsJson : compact(c.server));
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
}

// Schema 3: the plain columns the fast reader uses, filled for every row
// (inside the migration's transaction).
void fillLoadColumns(const QSqlDatabase &db)
{
    QList<StoredContact> all;
    QList<qint64> deleted;
    {
        QSqlQuery q = prepared(db, QStringLiteral("SELECT %1 FROM contacts").arg(contactColumns));
        run(q);
        while (q.next()) {
            all.append(contactFrom(q));
            if (all.last().deleted)
                deleted.append(all.last().id);
        }
    }
    QSqlQuery upsert = prepared(db, upsertContact);
    for (const StoredContact &c : std::as_const(all)) {
        bindContactRow(upsert, c);
        run(upsert);
    }
    QSqlQuery hide = prepared(db, QStringLiteral("UPDATE contacts SET deleted = 1 WHERE id = ?"));
    for (qint64 id : std::as_const(deleted)) {
        hide.bindValue(0, id);
        run(hide);
    }
}

// Schema 7: channel lists not read from the server are forgotten.
void dropPiecedChannels(const QSqlDatabase &db)
{
    struct Row
    {
        qint64 id;
        QJsonObject fields;
        QJsonObject server;
    };
    QList<Row> rows;
    {
        QSqlQuery q = prepared(db, QStringLiteral("SELECT id, fields, server FROM contacts WHERE "
                                                  "server LIKE '%\"channels\"%' OR fields LIKE "
                                                  "'%\"channels\"%'"));
        run(q);
        while (q.next())
            rows.append({q.value(0).toLongLong(), objectFrom(q.value(1).toString()),
                         objectFrom(q.value(2).toString())});
    }
    QSqlQuery update =
        prepared(db, QStringLiteral("UPDATE contacts SET fields = ?, server = ? WHERE id = ?"));
    for (Row &row : rows) {
        row.fields.remove(Field::channels);
        row.server.remove(Field::channels);
        update.bindValue(0, compact(row.fields));
        update.bindValue(1, compact(row.server));
        update.bindValue(2, row.id);
        run(update);
    }
}

OutboxEntry::Kind editKindFrom(const QString &name)
{
    return kindFrom(name);
}

} // namespace

// ---------------------------------------------------------------- schema

QList<Schema::Step> ContactStore::schemaSteps()
{
    return {
        {1,
         QStringLiteral("contacts"),
         {
             QStringLiteral(
                 "CREATE TABLE contacts (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL DEFAULT '',"
                 " local_id TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,"
                 " fields TEXT NOT NULL, server TEXT NOT NULL, rev INTEGER NOT NULL DEFAULT 0,"
                 " updated INTEGER NOT NULL DEFAULT 0, display_name TEXT NOT NULL DEFAULT '',"
                 " phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',"
                 " state INTEGER NOT NULL DEFAULT 0, error TEXT NOT NULL DEFAULT '')"),
             QStringLiteral(
                 "CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                 " contact_id INTEGER NOT NULL, kind TEXT NOT NULL, patch TEXT NOT NULL,"
                 " base TEXT NOT NULL, base_rev INTEGER NOT NULL,"
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
         {}},
        // Lookups by phone, and a folded text column for search.
        {2,
         QStringLiteral("contacts"),
         {
             QStringLiteral("ALTER TABLE contacts ADD COLUMN search TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("UPDATE contacts SET search = lower(display_name || ' ' || phone || "
                            "' ' || email)"),
             QStringLiteral("CREATE INDEX contacts_by_phone ON contacts(phone)"),
         },
         {}},
        // Plain columns for loading a million rows without decoding JSON;
        // `search` becomes folded UTF-8.
        {3,
         QStringLiteral("contacts"),
         {
             QStringLiteral("ALTER TABLE contacts ADD COLUMN first TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE contacts ADD COLUMN last TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE contacts ADD COLUMN owner INTEGER"),
             QStringLiteral("ALTER TABLE contacts ADD COLUMN tags TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE contacts ADD COLUMN opted_out INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE contacts ADD COLUMN blocked INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE contacts ADD COLUMN custom_flat TEXT NOT NULL DEFAULT ''"),
         },
         fillLoadColumns},
        // A covering index for the fast reader, so loading a million rows
        // reads these columns only, not the JSON beside them.
        {4,
         QStringLiteral("contacts"),
         {
             QStringLiteral("CREATE INDEX contacts_load ON contacts(deleted, id, display_name, "
                            "first, last, phone, email, tags, custom_flat, search, error, owner, "
                            "opted_out, blocked, state, updated)"),
         },
         {}},
        // Channels (spec 5.9) as the channel endpoints list them, kept in
        // `server` with the rev they were read at (NULL: never read). Lists
        // kept before were pieced together from our own writes: they go,
        // and are read again when the contact is shown.
        {8,
         QStringLiteral("contacts"),
         {
             QStringLiteral("ALTER TABLE contacts ADD COLUMN channels_rev INTEGER"),
         },
         dropPiecedChannels},
    };
}

// ---------------------------------------------------------------- store

QSqlDatabase ContactStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

ContactStore::ContactStore(QObject *parent)
    : QObject(parent)
    , m_connection(uniqueConnection())
{
    qRegisterMetaType<StoreError>();
    m_rewriteTimer.setSingleShot(true);
    connect(&m_rewriteTimer, &QTimer::timeout, this, &ContactStore::writeUnwritten);
    // What this store changes goes into the journal, for the other programs.
    m_writer = QUuid::createUuid().toString(QUuid::WithoutBraces);
    connect(this, &ContactStore::contactsChanged, this,
            [this](const QList<qint64> &ids) { journal(Change::Contacts, ids); });
    connect(this, &ContactStore::contactsRemoved, this,
            [this](const QList<qint64> &ids) { journal(Change::Removed, ids); });
    connect(this, &ContactStore::contactIdChanged, this, [this](qint64 from, qint64 to) {
        journal(Change::Moved, {from, to});
    });
    connect(this, &ContactStore::outboxChanged, this, [this] { journal(Change::Outbox); });
    connect(this, &ContactStore::directoryChanged, this, [this] { journal(Change::Directory); });
    connect(this, &ContactStore::messagesChanged, this, [this] { journal(Change::Messages); });
    m_watchTimer.setInterval(1000);
    connect(&m_watchTimer, &QTimer::timeout, this, &ContactStore::watchOtherWriters);
    m_journalFlush.setSingleShot(true);
    m_journalFlush.setInterval(0);
    connect(&m_journalFlush, &QTimer::timeout, this, &ContactStore::flushJournal);
}

ContactStore::~ContactStore()
{
    if (!m_unwritten.isEmpty() && !writeUnwritten())
        saveUnwritten();
    flushJournal();
    qDeleteAll(m_statements);
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void ContactStore::releaseStatements() const
{
    for (QSqlQuery *query : std::as_const(m_statements))
        query->finish();
}

QSqlQuery &ContactStore::cached(const QString &sql) const
{
    QSqlQuery *&query = m_statements[sql];
    if (!query) {
        query = new QSqlQuery(QSqlDatabase::database(m_connection, false));
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            const QSqlError error = query->lastError();
            delete query;
            m_statements.remove(sql);
            throw Failure{StoreError::fromSql(error, m_path)};
        }
    }
    query->finish();
    return *query;
}

StoreError ContactStore::openFile(const QString &path)
{
    // The check reads every page: when it is due (StoreRescue::shouldCheck),
    // read-only and before this connection touches the file. Only "damaged"
    // counts; anything else (busy, say) is for the open below to report.
    if (StoreRescue::shouldCheck(path)) {
        const StoreError check = StoreRescue::checkFile(path);
        if (check.kind == StoreError::Kind::Corrupt)
            return check;
        if (!check.isError())
            StoreRescue::clearCheckMark(path);
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        StoreError error = StoreError::fromSql(db.lastError(), path);
        if (error.kind == StoreError::Kind::Other)
            error.kind = StoreError::Kind::CannotOpen;
        return error;
    }
    return Schema::migrate(db);
}

StoreError ContactStore::rescueFile(const QString &path, const StoreError &damage)
{
    qCWarning(lcStore).noquote() << path << "is damaged:" << damage.detail;
    if (!m_presence.alone()) {
        // Another program has it open and would go on writing into the
        // moved file: the rescue waits for an open with the file to itself.
        qCWarning(lcStore).noquote() << path << "is open in another program: not set aside now";
        return damage;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    const QString aside = StoreRescue::moveAside(path);
    if (aside.isEmpty())
        return damage; // it stays where it is, untouched
    if (StoreError error = openFile(path); error.isError())
        return error;
    m_rescue = StoreRescue::carry(aside, database(), path);
    m_rescue.reason = damage.detail;
    // The carried contacts show their edits again (and a create whose row
    // was lost gets its plain columns).
    guardVoid(*this, [this] {
        Transaction transaction(*this);
        for (qint64 id : std::as_const(m_rescue.contacts))
            recompute(id);
        transaction.commit();
    });
    return {};
}

StoreError ContactStore::open(const QString &path)
{
    m_path = path;
    m_presence.enter(path);
    StoreError error = openFile(path);
    if (error.kind == StoreError::Kind::Corrupt)
        error = rescueFile(path, error);
    m_presence.opened();
    // The file and SQLite's companions are the user's alone, whatever the
    // umask (SQLite gives a new -wal and -shm the file's own mode).
    for (const QLatin1String suffix : {QLatin1String(""), QLatin1String("-wal"),
                                       QLatin1String("-shm"), QLatin1String("-journal")})
        Profile::makePrivateFile(path + suffix);
    if (error.isError()) {
        // Nothing more is read from or written to a file that did not open
        // (one a newer ContactDesk wrote stays exactly as it is).
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
        m_lastError = error;
        return error;
    }
    guardVoid(*this, [this] {
        QSqlQuery &q = cached(QStringLiteral("SELECT min(min(id), 0) FROM contacts"));
        run(q);
        m_lowestLocalId = q.next() ? q.value(0).toLongLong() : 0;
    });
    openJournal();
    loadUnwritten();
    for (const LocalEdit &edit : std::as_const(m_unwritten))
        if (edit.kind == OutboxEntry::Kind::Create)
            m_lowestLocalId = std::min(m_lowestLocalId, edit.contactId);
    return {};
}

// ---------------------------------------------------------------- other programs

namespace {

// Journal entries older than this go (a store that did not look for that
// long reads every contact again).
constexpr qint64 journalKeepMs = 10 * 60 * 1000;

} // namespace

void ContactStore::openJournal()
{
    // Not a schema step: the journal holds nothing that must outlive the
    // programs reading it, and a build that does not know it ignores it.
    // A file that cannot be written (read-only) has no journal: nothing is
    // noted, and nothing read.
    QSqlDatabase db = database();
    QSqlQuery q(db);
    q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS change_journal ("
                          "seq INTEGER PRIMARY KEY AUTOINCREMENT, writer TEXT NOT NULL, "
                          "at INTEGER NOT NULL, kind INTEGER NOT NULL, ids TEXT NOT NULL)"));
    q.exec(QStringLiteral("DELETE FROM change_journal WHERE at < %1")
               .arg(QDateTime::currentMSecsSinceEpoch() - journalKeepMs));
    // What was written before this store opened is in what it reads now.
    m_journalSeen = 0;
    if (q.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'change_journal'")) &&
        q.next())
        m_journalSeen = q.value(0).toLongLong();
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        m_dataVersion = q.value(0).toLongLong();
    q.finish();
    if (m_watchTimer.interval() > 0)
        m_watchTimer.start();
}

void ContactStore::setWatchInterval(int ms)
{
    m_watchTimer.stop();
    m_watchTimer.setInterval(std::max(ms, 0));
    if (ms > 0 && database().isOpen())
        m_watchTimer.start();
}

void ContactStore::noteMessagesChanged()
{
    Q_EMIT messagesChanged();
}

void ContactStore::journal(Change kind, const QList<qint64> &ids)
{
    if (m_replaying || m_unjournaled || !database().isOpen())
        return;
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list.append(QString::number(id));
    // Written once the write that changed it is done (after the event that
    // made it), all in one commit: a local edit's own durable commit is not
    // followed by more synced ones.
    m_journalQueue.append({int(kind), text(list.join(QLatin1Char(',')))}); // never NULL
    if (!m_journalFlush.isActive())
        m_journalFlush.start();
}

void ContactStore::flushJournal()
{
    m_journalFlush.stop();
    if (m_journalQueue.isEmpty())
        return;
    const QList<std::pair<int, QString>> queue = std::exchange(m_journalQueue, {});
    QSqlDatabase db = database();
    if (!db.isOpen())
        return;
    // Display only: a journal entry that cannot be written costs the other
    // programs an update of their view, never data; no failure is reported.
    releaseStatements();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    bool ok = q.prepare(
        QStringLiteral("INSERT INTO change_journal(writer, at, kind, ids) VALUES (?, ?, ?, ?)"));
    for (const auto &[kind, ids] : queue) {
        if (!ok)
            break;
        q.addBindValue(m_writer);
        q.addBindValue(now);
        q.addBindValue(kind);
        q.addBindValue(ids);
        ok = q.exec();
    }
    if (ok && (m_journalWrites += int(queue.size())) >= 512) {
        m_journalWrites = 0;
        ok = q.exec(
            QStringLiteral("DELETE FROM change_journal WHERE at < %1").arg(now - journalKeepMs));
    }
    if (!ok)
        qCDebug(lcStore).noquote() << "change journal:" << q.lastError().text();
    q.finish();
    QSqlQuery end(db);
    end.exec(ok ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
}

void ContactStore::watchOtherWriters()
{
    QSqlDatabase db = database();
    if (!db.isOpen())
        return;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return;
    const qint64 version = q.value(0).toLongLong();
    if (version == m_dataVersion)
        return; // no other connection committed since the last look
    m_dataVersion = version;
    if (!q.prepare(QStringLiteral("SELECT seq, writer, kind, ids FROM change_journal WHERE seq > ? "
                                  "ORDER BY seq")))
        return;
    q.addBindValue(m_journalSeen);
    if (!q.exec())
        return;
    bool gap = false;
    bool first = true;
    QList<std::pair<qint64, qint64>> moves;
    QList<qint64> changed;
    QList<qint64> removed;
    QSet<qint64> changedSet;
    QSet<qint64> removedSet;
    bool outbox = false;
    bool directory = false;
    bool messages = false;
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        if (first && seq > m_journalSeen + 1)
            gap = true; // entries this store never read were pruned
        first = false;
        m_journalSeen = seq;
        if (q.value(1).toString() == m_writer)
            continue;
        QList<qint64> ids;
        for (const QString &id : q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            ids.append(id.toLongLong());
        const auto add = [](QList<qint64> &list, QSet<qint64> &set, const QList<qint64> &more) {
            for (qint64 id : more)
                if (!set.contains(id)) {
                    set.insert(id);
                    list.append(id);
                }
        };
        switch (Change(q.value(2).toInt())) {
        case Change::Contacts:
            add(changed, changedSet, ids);
            break;
        case Change::Removed:
            add(removed, removedSet, ids);
            break;
        case Change::Moved:
            if (ids.size() == 2)
                moves.append({ids.at(0), ids.at(1)});
            break;
        case Change::Outbox:
            outbox = true;
            break;
        case Change::Directory:
            directory = true;
            break;
        case Change::Messages:
            messages = true;
            break;
        }
    }
    q.finish();
    if (first && !gap)
        return; // written, but nothing of it shown (an import's journal, the message outbox)
    // The same signals as this store's own writes give, in an order the
    // views follow: a create's new id first, then rows gone, then rows
    // changed (read again: they show what the file holds now).
    m_replaying = true;
    for (const auto &[from, to] : std::as_const(moves)) {
        if (m_movedIds.contains(from)) {
            // A local id this store gave one of its own creates, which
            // moved on already: the other program's create had the same
            // (negative) id, another contact. Its rows are read again.
            for (qint64 id : {from, to})
                if (!changedSet.contains(id)) {
                    changedSet.insert(id);
                    changed.append(id);
                }
            continue;
        }
        m_movedIds.insert(from, to);
        for (LocalEdit &edit : m_unwritten)
            if (edit.contactId == from)
                edit.contactId = to;
        Q_EMIT contactIdChanged(from, to);
    }
    for (qint64 id : std::as_const(changed))
        m_lowestLocalId = std::min(m_lowestLocalId, id); // another program's create took it
    if (gap) {
        Q_EMIT contactsReloadNeeded();
        outbox = directory = messages = true;
    } else {
        if (!removed.isEmpty())
            Q_EMIT contactsRemoved(removed);
        if (!changed.isEmpty())
            Q_EMIT contactsChanged(changed);
    }
    if (directory)
        Q_EMIT directoryChanged();
    if (outbox)
        Q_EMIT outboxChanged();
    if (messages)
        Q_EMIT messagesChanged();
    m_replaying = false;
}

// ---------------------------------------------------------------- errors

void ContactStore::reportFailure(const StoreError &failure) const
{
    StoreError error = failure;
    if (error.path.isEmpty())
        error.path = m_path;
    qCWarning(lcStore).noquote() << m_path << "failed:" << error.detail;
    m_lastError = error;
    m_failing = true;
    ++m_failureCount;
    // A damaged page met while reading or writing: the next open checks
    // the whole file (and rescues it).
    if (error.kind == StoreError::Kind::Corrupt)
        StoreRescue::markForCheck(m_path);
    // Signals are not const; reporting from a read is still reporting.
    Q_EMIT const_cast<ContactStore *>(this)->failed(error);
}

void ContactStore::noteWritten() const
{
    if (!m_failing || !m_unwritten.isEmpty())
        return;
    m_failing = false;
    m_lastError = {};
    Q_EMIT const_cast<ContactStore *>(this)->recovered();
}

QList<std::pair<QString, QString>> ContactStore::unwrittenPlaces() const
{
    // Beside the file; where that folder cannot be written, in the user's
    // own data folder under a name made from the store's path.
    const QFileInfo file(m_path);
    return {
        {file.absolutePath(), file.fileName() + QStringLiteral(".unsaved")},
        {QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
             QStringLiteral("/unsaved"),
         QString::fromLatin1(
             QCryptographicHash::hash(m_path.toUtf8(), QCryptographicHash::Sha1).toHex()) +
             QStringLiteral(".unsaved")},
    };
}

bool ContactStore::acceptEdit(const LocalEdit &edit)
{
    if (!m_unwritten.isEmpty()) {
        // Earlier edits wait: this one goes after them, never before.
        m_unwritten.append(edit);
        saveUnwritten();
        writeUnwritten();
        return true;
    }
    try {
        writeEdit(edit);
        return true;
    } catch (const Failure &failure) {
        m_unwritten.append(edit);
        saveUnwritten(); // on disk at once where it can be, should the app stop
        reportFailure(failure.error);
        scheduleRewrite();
        return true;
    }
}

bool ContactStore::writeUnwritten()
{
    while (!m_unwritten.isEmpty()) {
        try {
            writeEdit(m_unwritten.first());
        } catch (const Failure &failure) {
            reportFailure(failure.error);
            scheduleRewrite();
            return false;
        }
        m_unwritten.removeFirst();
        saveUnwritten(); // what is written is never replayed again
    }
    m_rewriteTimer.stop();
    m_rewriteDelayMs = 0;
    noteWritten();
    return true;
}

void ContactStore::scheduleRewrite()
{
    // Two seconds, then longer each time, up to half a minute.
    m_rewriteDelayMs = std::clamp(m_rewriteDelayMs * 2, 2000, 30000);
    m_rewriteTimer.start(m_rewriteDelayMs);
}

bool ContactStore::keepUnwrittenIn(const QString &path, const QByteArray &data) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) &&
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
        file.write(data) == data.size() && file.commit())
        return true;
    qCWarning(lcStore).noquote() << "could not keep" << m_unwritten.size() << "edits in" << path
                                 << ":" << file.errorString();
    return false;
}

void ContactStore::saveUnwritten() const
{
    if (m_unwritten.isEmpty()) {
        if (!m_unsavedFile.isEmpty())
            QFile::remove(m_unsavedFile);
        m_unsavedFile.clear();
        m_unsavedLock.reset(); // unlocks
        return;
    }
    QJsonArray edits;
    for (const LocalEdit &edit : m_unwritten)
        edits.append(QJsonObject{{QStringLiteral("kind"), kindName(edit.kind)},
                                 {QStringLiteral("contact"), edit.contactId},
                                 {QStringLiteral("patch"), edit.patch}});
    const QByteArray data = QJsonDocument(edits).toJson(QJsonDocument::Compact);
    if (!m_unsavedFile.isEmpty() && keepUnwrittenIn(m_unsavedFile, data))
        return;
    // A file of this program's own (a new one, or elsewhere when its place
    // cannot be written now): named for this store, locked while it lives.
    const QString token = QUuid::createUuid().toString(QUuid::Id128).left(12);
    for (const auto &[folder, prefix] : unwrittenPlaces()) {
        const QString path = folder + QLatin1Char('/') + prefix + QLatin1Char('.') + token;
        if (path == m_unsavedFile)
            continue;
        if (!QDir(folder).exists())
            Profile::makePrivateFolder(folder); // the user's alone, like the profile's
        auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0))
            continue;
        Profile::makePrivateFile(path + QStringLiteral(".lock"));
        if (!keepUnwrittenIn(path, data))
            continue;
        if (!m_unsavedFile.isEmpty()) // one file only: the newest
            QFile::remove(m_unsavedFile);
        m_unsavedFile = path;
        m_unsavedLock = std::move(lock);
        return;
    }
}

void ContactStore::loadUnwritten()
{
    // The lists left by programs that ended (their lock can be taken; a
    // running program's list is its own to write), oldest first; each is
    // taken over whole (it becomes this store's file, so an edit is never
    // in two lists) and written. One that cannot be written yet stays this
    // store's list; the others wait for the next open.
    QList<std::pair<QDateTime, QString>> found;
    for (const auto &[folder, prefix] : unwrittenPlaces()) {
        const QDir dir(folder);
        const QStringList names =
            dir.entryList({prefix, prefix + QStringLiteral(".*")}, QDir::Files);
        for (const QString &name : names) {
            if (name.endsWith(QLatin1String(".lock")) || name.endsWith(QLatin1String(".rmlock")))
                continue;
            const QFileInfo info(dir.filePath(name));
            found.append({info.lastModified(), info.absoluteFilePath()});
        }
    }
    std::sort(found.begin(), found.end());
    for (const auto &[time, path] : std::as_const(found)) {
        if (!m_unwritten.isEmpty())
            return; // the list taken over before is not written yet
        auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0))
            continue; // another program's, running
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonArray edits = QJsonDocument::fromJson(file.readAll()).array();
        file.close();
        m_unsavedFile = path;
        m_unsavedLock = std::move(lock);
        for (const QJsonValue &value : edits) {
            const QJsonObject o = value.toObject();
            m_unwritten.append({editKindFrom(o.value(QStringLiteral("kind")).toString()),
                                o.value(QStringLiteral("contact")).toInteger(),
                                o.value(QStringLiteral("patch")).toObject()});
        }
        qCInfo(lcStore) << "writing" << m_unwritten.size() << "edits kept from" << path;
        if (m_unwritten.isEmpty())
            saveUnwritten(); // an empty list: gone
        else
            writeUnwritten();
    }
}

// ---------------------------------------------------------------- reading

std::optional<StoredContact> ContactStore::readContact(qint64 id) const
{
    QSqlQuery &q =
        cached(QStringLiteral("SELECT %1 FROM contacts WHERE id = ?").arg(contactColumns));
    q.addBindValue(id);
    run(q);
    if (!q.next())
        return std::nullopt;
    return contactFrom(q);
}

std::optional<OutboxEntry> ContactStore::readEntry(qint64 seq) const
{
    QSqlQuery &q = cached(QStringLiteral("SELECT %1 FROM outbox WHERE seq = ?").arg(outboxColumns));
    q.addBindValue(seq);
    run(q);
    if (!q.next())
        return std::nullopt;
    return entryFrom(q);
}

qint64 ContactStore::contactCount() const
{
    return guard(*this, qint64(0), [this] {
        QSqlQuery &q = cached(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted = 0"));
        run(q);
        return q.next() ? q.value(0).toLongLong() : 0;
    });
}

std::optional<StoredContact> ContactStore::contact(qint64 id) const
{
    return guard(*this, std::optional<StoredContact>(), [this, id] { return readContact(id); });
}

qint64 ContactStore::currentId(qint64 id) const
{
    for (int hops = 0; hops < 8 && m_movedIds.contains(id); ++hops)
        id = m_movedIds.value(id);
    return id;
}

std::optional<StoredContact> ContactStore::contactByPhone(const QString &phone) const
{
    return guard(*this, std::optional<StoredContact>(),
                 [this, &phone]() -> std::optional<StoredContact> {
                     QSqlQuery &q = cached(QStringLiteral("SELECT %1 FROM contacts WHERE phone = "
                                                          "? AND deleted = 0 ORDER BY id LIMIT 1")
                                               .arg(contactColumns));
                     q.addBindValue(phone);
                     run(q);
                     if (!q.next())
                         return std::nullopt;
                     return contactFrom(q);
                 });
}

void ContactStore::forEachContact(const std::function<bool(const StoredContact &)> &visit) const
{
    guardVoid(*this, [this, &visit] {
        QSqlQuery q = prepared(QSqlDatabase::database(m_connection, false),
                               QStringLiteral("SELECT %1 FROM contacts WHERE deleted = 0 ORDER BY "
                                              "id")
                                   .arg(contactColumns));
        run(q);
        while (q.next()) {
            if (!visit(contactFrom(q)))
                return;
        }
        if (q.lastError().isValid())
            throw Failure{StoreError::fromSql(q.lastError(), m_path)};
    });
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
    run(q);
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

void ContactStore::writeContactRow(const StoredContact &c)
{
    QSqlQuery &q = cached(upsertContact);
    bindContactRow(q, c);
    run(q);
}

bool ContactStore::applyServerContacts(const QList<Contact> &contacts, Older older)
{
    if (contacts.isEmpty())
        return true;
    QList<qint64> changed;
    const bool written = guardVoid(*this, [&] {
        Transaction transaction(*this);
        const QSet<qint64> edited = contactsWithEntries();
        for (const Contact &server : contacts) {
            std::optional<StoredContact> existing = readContact(server.id);
            if (older == Older::Skip && existing &&
                (existing->updated > server.updated ||
                 (existing->updated == server.updated && existing->rev > server.rev)))
                continue;
            StoredContact c = existing.value_or(StoredContact());
            c.id = server.id;
            if (!server.uuid.isEmpty())
                c.uuid = server.uuid;
            const QJsonObject before = existing ? existing->server : QJsonObject();
            c.server = ContactFields::fromContact(server);
            const bool listed = takeChannels(c.server, server, before);
            keepStatus(c.server, before);
            c.rev = server.rev;
            c.updated = server.updated;
            c.fields = c.server;
            writeContactRow(c);
            if (listed)
                writeChannelsRev(c.id, server.rev);
            if (edited.contains(c.id))
                recompute(c.id);
            changed.append(c.id);
        }
        transaction.commit();
    });
    if (written)
        Q_EMIT contactsChanged(changed);
    return written;
}

bool ContactStore::applyServerStatus(const ContactStatus &status, bool *changed)
{
    bool differs = false;
    const bool written = guardVoid(*this, [&] {
        Transaction transaction(*this);
        std::optional<StoredContact> c = readContact(status.id);
        if (!c)
            return;
        // Nothing new: no write and no contactsChanged, so a form on screen
        // is not refreshed for nothing. An opt-out the copy lacks was not
        // known: now it is.
        if (c->server.value(Field::blocked).toBool() == status.blocked &&
            c->server.contains(Field::optedOut) &&
            c->server.value(Field::optedOut).toBool() == status.unsubscribed)
            return;
        differs = true;
        c->server.insert(Field::blocked, status.blocked);
        c->server.insert(Field::optedOut, status.unsubscribed);
        writeContactRow(*c);
        recompute(c->id); // the fields: the server's, pending edits laid over
        transaction.commit();
    });
    if (changed)
        *changed = written && differs;
    if (written && differs)
        Q_EMIT contactsChanged({status.id});
    return written;
}

QSet<qint64> ContactStore::serverIds() const
{
    return guard(*this, QSet<qint64>(), [this] {
        QSet<qint64> ids;
        QSqlQuery &q = cached(QStringLiteral("SELECT id FROM contacts WHERE id > 0"));
        run(q);
        while (q.next())
            ids.insert(q.value(0).toLongLong());
        return ids;
    });
}

int ContactStore::removeServerContacts(const QSet<qint64> &keepIds)
{
    QList<qint64> gone;
    const bool read = guardVoid(*this, [&] {
        const QSet<qint64> edited = contactsWithEntries();
        QSqlQuery &q = cached(QStringLiteral("SELECT id FROM contacts WHERE id > 0"));
        run(q);
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (!keepIds.contains(id) && !edited.contains(id))
                gone.append(id);
        }
    });
    return read ? forgetContacts(gone) : -1;
}

int ContactStore::forgetContacts(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return 0;
    const bool written = guardVoid(*this, [&] {
        Transaction transaction(*this);
        for (qint64 id : ids) {
            QSqlQuery &q = cached(QStringLiteral("DELETE FROM contacts WHERE id = ?"));
            q.addBindValue(id);
            run(q);
        }
        transaction.commit();
    });
    if (!written)
        return -1;
    Q_EMIT contactsRemoved(ids);
    return static_cast<int>(ids.size());
}

namespace {

QList<QJsonObject> readTable(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q = prepared(db, QStringLiteral("SELECT json FROM %1 ORDER BY id").arg(table));
    run(q);
    QList<QJsonObject> rows;
    while (q.next())
        rows.append(objectFrom(q.value(0).toString()));
    return rows;
}

} // namespace

// Replaces a directory table (tags, fields, members, inboxes) in one
// transaction and tells the views.
template<typename T, typename Encode>
bool ContactStore::replaceDirectory(const QString &table, const QList<T> &items, Encode encode)
{
    const bool written = guardVoid(*this, [&] {
        Transaction transaction(*this);
        const QSqlDatabase db = database();
        execute(db, QStringLiteral("DELETE FROM %1").arg(table));
        QSqlQuery q = prepared(
            db, QStringLiteral("INSERT OR REPLACE INTO %1(id, json) VALUES (?, ?)").arg(table));
        for (const T &item : items) {
            const QJsonObject encoded = encode(item);
            q.bindValue(0, encoded.value(QStringLiteral("id")).toInteger());
            q.bindValue(1, compact(encoded));
            run(q);
        }
        transaction.commit();
    });
    if (written)
        Q_EMIT directoryChanged();
    return written;
}

bool ContactStore::replaceTags(const QList<Tag> &tags)
{
    return replaceDirectory(QStringLiteral("tags"), tags, [](const Tag &t) {
        return QJsonObject{{QStringLiteral("id"), t.id},
                           {QStringLiteral("tag"), t.name},
                           {QStringLiteral("color"), t.color}};
    });
}

bool ContactStore::replaceFields(const QList<CustomField> &fields)
{
    return replaceDirectory(QStringLiteral("fields"), fields, [](const CustomField &f) {
        return QJsonObject{{QStringLiteral("id"), f.id}, {QStringLiteral("title"), f.title}};
    });
}

bool ContactStore::replaceMembers(const QList<TeamMember> &members)
{
    return replaceDirectory(QStringLiteral("members"), members, [](const TeamMember &m) {
        return QJsonObject{{QStringLiteral("id"), m.id},
                           {QStringLiteral("name"), m.name},
                           {QStringLiteral("role"), m.role}};
    });
}

bool ContactStore::replaceInboxes(const QList<Inbox> &inboxes)
{
    return replaceDirectory(QStringLiteral("inboxes"), inboxes, [](const Inbox &i) {
        QJsonArray members;
        for (qint64 m : i.memberIds)
            members.append(m);
        return QJsonObject{{QStringLiteral("id"), i.id},
                           {QStringLiteral("name"), i.name},
                           {QStringLiteral("team"), i.teamId},
                           {QStringLiteral("members"), members},
                           {QStringLiteral("phones"), QJsonArray::fromStringList(i.phones)},
                           {QStringLiteral("phone"), i.phone}};
    });
}

QList<Tag> ContactStore::tags() const
{
    return guard(*this, QList<Tag>(), [this] {
        QList<Tag> tags;
        for (const QJsonObject &row : readTable(database(), QStringLiteral("tags"))) {
            if (const auto tag = ApiJson::decodeTag(row, nullptr))
                tags.append(*tag);
        }
        return tags;
    });
}

QList<CustomField> ContactStore::customFields() const
{
    return guard(*this, QList<CustomField>(), [this] {
        QJsonArray array;
        for (const QJsonObject &row : readTable(database(), QStringLiteral("fields")))
            array.append(row);
        return ApiJson::decodeCustomFields(array, nullptr).value_or(QList<CustomField>());
    });
}

QList<TeamMember> ContactStore::members() const
{
    return guard(*this, QList<TeamMember>(), [this] {
        QList<TeamMember> members;
        for (const QJsonObject &row : readTable(database(), QStringLiteral("members")))
            members.append({row.value(QStringLiteral("id")).toInteger(),
                            row.value(QStringLiteral("name")).toString(),
                            row.value(QStringLiteral("role")).toString()});
        return members;
    });
}

QList<Inbox> ContactStore::inboxes() const
{
    return guard(*this, QList<Inbox>(), [this] {
        QJsonArray array;
        for (const QJsonObject &row : readTable(database(), QStringLiteral("inboxes")))
            array.append(row);
        return ApiJson::decodeInboxes(array, nullptr).value_or(QList<Inbox>());
    });
}

QString ContactStore::syncValue(const QString &key) const
{
    return guard(*this, QString(), [this, &key] {
        QSqlQuery &q = cached(QStringLiteral("SELECT value FROM sync WHERE key = ?"));
        q.addBindValue(key);
        run(q);
        return q.next() ? q.value(0).toString() : QString();
    });
}

bool ContactStore::setSyncValue(const QString &key, const QString &value)
{
    return guardVoid(*this, [&] {
        QSqlQuery &q =
            cached(QStringLiteral("INSERT OR REPLACE INTO sync(key, value) VALUES (?, ?)"));
        q.addBindValue(key);
        q.addBindValue(text(value));
        run(q);
        noteWritten();
    });
}

bool ContactStore::setSyncValues(const QList<std::pair<QString, QString>> &values)
{
    return guardVoid(*this, [&] {
        Transaction transaction(*this);
        for (const auto &[key, value] : values) {
            QSqlQuery &q =
                cached(QStringLiteral("INSERT OR REPLACE INTO sync(key, value) VALUES (?, ?)"));
            q.addBindValue(key);
            q.addBindValue(text(value));
            run(q);
        }
        transaction.commit();
    });
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
    q.addBindValue(compact(patch));
    q.addBindValue(compact(base));
    q.addBindValue(baseRev);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    run(q);
    return q.lastInsertId().toLongLong();
}

qint64 ContactStore::createContact(const QJsonObject &fields)
{
    // The id is taken now, so that an edit kept in memory can name it.
    const qint64 id = std::min<qint64>(m_lowestLocalId, 0) - 1;
    m_lowestLocalId = id;
    QJsonObject patch = fields;
    patch.insert(Field::localId, QUuid::createUuid().toString(QUuid::WithoutBraces));
    acceptEdit({OutboxEntry::Kind::Create, id, patch});
    return id;
}

bool ContactStore::isKnown(qint64 id) const
{
    // A contact made while the store could not write is known too; one that
    // cannot be read now may still exist, so the edit is kept.
    for (const LocalEdit &edit : m_unwritten)
        if (edit.kind == OutboxEntry::Kind::Create && edit.contactId == id)
            return true;
    return guard(*this, true, [&] { return readContact(id).has_value(); });
}

bool ContactStore::editContact(qint64 id, const QJsonObject &changes)
{
    return !changes.isEmpty() && isKnown(id) &&
           acceptEdit({OutboxEntry::Kind::Update, id, changes});
}

bool ContactStore::deleteContact(qint64 id)
{
    return isKnown(id) && acceptEdit({OutboxEntry::Kind::Delete, id, {}});
}

bool ContactStore::setStatus(qint64 id, ContactStatusChange change)
{
    return isKnown(id) && acceptEdit({OutboxEntry::Kind::Status,
                                      id,
                                      {{Field::status, ApiJson::statusChangeName(change)}}});
}

bool ContactStore::addChannel(qint64 id, const QString &type, const QString &value)
{
    return isKnown(id) && acceptEdit({OutboxEntry::Kind::ChannelAdd,
                                      id,
                                      {{Field::channelType, type}, {Field::channelValue, value}}});
}

bool ContactStore::removeChannel(qint64 id, const QString &type, const QString &value)
{
    return isKnown(id) && acceptEdit({OutboxEntry::Kind::ChannelRemove,
                                      id,
                                      {{Field::channelType, type}, {Field::channelValue, value}}});
}

bool ContactStore::changeChannel(qint64 id, const QString &type, const QString &from,
                                 const QString &to)
{
    return from != to && isKnown(id) &&
           acceptEdit({OutboxEntry::Kind::ChannelChange,
                       id,
                       {{Field::channelType, type},
                        {Field::channelValue, from},
                        {Field::channelNewValue, to}}});
}

bool ContactStore::cancelUnsentChannelEdit(qint64 id, OutboxEntry::Kind kind,
                                           const QJsonObject &patch)
{
    // Still in memory (the store could not write it): it goes from there.
    for (qsizetype i = m_unwritten.size() - 1; i >= 0; --i) {
        const LocalEdit &edit = m_unwritten.at(i);
        if (edit.contactId == id && edit.kind == kind && edit.patch == patch) {
            m_unwritten.removeAt(i);
            saveUnwritten();
            Q_EMIT contactsChanged({id});
            return true;
        }
    }
    bool cancelled = false;
    const bool written = guardVoid(*this, [&] {
        Transaction transaction(*this);
        const QList<OutboxEntry> entries = entriesFor(id);
        for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
            if (it->kind != kind || it->patch != patch)
                continue;
            if (it->attempts > 0 || it->state == OutboxEntry::State::Conflict)
                return; // it may have reached the server
            QSqlQuery &q = cached(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
            q.addBindValue(it->seq);
            run(q);
            recompute(id);
            transaction.commit();
            cancelled = true;
            return;
        }
    });
    if (written && cancelled) {
        Q_EMIT contactsChanged({id});
        Q_EMIT outboxChanged();
    }
    return cancelled;
}

QJsonArray ContactStore::channelsOf(const QJsonObject &fields)
{
    if (fields.contains(Field::channels))
        return fields.value(Field::channels).toArray();
    QJsonArray channels;
    const QString phone = fields.value(Field::phone).toString();
    const QString email = fields.value(Field::email).toString();
    if (!phone.isEmpty())
        channels.append(channelEntry(ChannelType::phone, phone, true));
    if (!email.isEmpty())
        channels.append(channelEntry(ChannelType::email, email, true));
    return channels;
}

std::optional<qint64> ContactStore::channelsRev(qint64 id) const
{
    return guard(*this, std::optional<qint64>(), [this, id]() -> std::optional<qint64> {
        QSqlQuery &q = cached(QStringLiteral("SELECT channels_rev FROM contacts WHERE id = ?"));
        q.addBindValue(id);
        run(q);
        if (!q.next() || q.value(0).isNull())
            return std::nullopt;
        return q.value(0).toLongLong();
    });
}

void ContactStore::writeChannelsRev(qint64 id, std::optional<qint64> rev)
{
    QSqlQuery &q = cached(QStringLiteral("UPDATE contacts SET channels_rev = ? WHERE id = ?"));
    q.addBindValue(rev ? QVariant(*rev) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(id);
    run(q);
}

bool ContactStore::setServerChannels(qint64 id, const QList<Channel> &channels, qint64 rev)
{
    bool changed = false;
    const bool written = guardVoid(*this, [&] {
        Transaction transaction(*this);
        auto c = readContact(id);
        if (!c)
            return;
        c->server.insert(Field::channels,
                         markedChannels(channels, c->server.value(Field::phone).toString(),
                                        c->server.value(Field::email).toString()));
        writeContactRow(*c);
        writeChannelsRev(id, rev);
        recompute(id);
        transaction.commit();
        changed = true;
    });
    if (changed)
        Q_EMIT contactsChanged({id});
    return written;
}

// Writes one local edit and its outbox entry in one transaction.
void ContactStore::writeEdit(const LocalEdit &edit)
{
    qint64 id = edit.contactId;
    const Durable durable(*this); // a local edit: kept across a power loss once written
    Transaction transaction(*this);
    if (edit.kind == OutboxEntry::Kind::Create) {
        // Another program may have taken this id since: take the next free one.
        const qint64 proposed = id;
        if (readContact(id)) {
            QSqlQuery &q = cached(QStringLiteral("SELECT min(min(id), 0) FROM contacts"));
            run(q);
            id = (q.next() ? q.value(0).toLongLong() : 0) - 1;
        }
        StoredContact c;
        c.id = id;
        c.localId = edit.patch.value(Field::localId).toString();
        QJsonObject fields = edit.patch;
        fields.remove(Field::localId);
        c.fields = fields;
        c.state = StoredContact::State::Pending;
        writeContactRow(c);
        enqueue(id, OutboxEntry::Kind::Create, edit.patch, 0, {});
        recompute(id);
        transaction.commit();
        m_lowestLocalId = std::min(m_lowestLocalId, id);
        if (id != proposed) {
            m_movedIds.insert(proposed, id);
            for (LocalEdit &later : m_unwritten)
                if (later.contactId == proposed)
                    later.contactId = id;
            // Only this store ever gave out `proposed`: not for the journal
            // (in the file, that id is another program's contact).
            m_unjournaled = true;
            Q_EMIT contactIdChanged(proposed, id);
            m_unjournaled = false;
        }
        Q_EMIT contactsChanged({id});
        Q_EMIT outboxChanged();
        return;
    }
    const auto existing = readContact(id);
    if (!existing)
        return; // gone since (deleted, or never written): nothing to change
    switch (edit.kind) {
    case OutboxEntry::Kind::Update: {
        QJsonObject base;
        for (auto it = edit.patch.begin(); it != edit.patch.end(); ++it)
            base.insert(it.key(), existing->server.value(it.key()));
        const QList<OutboxEntry> queued = entriesFor(id);
        if (!queued.isEmpty() && queued.last().kind == OutboxEntry::Kind::Update &&
            queued.last().state == OutboxEntry::State::Failed) {
            // Editing a failed edit fixes it: the new values join it and it goes again.
            OutboxEntry failed = queued.last();
            for (auto it = edit.patch.begin(); it != edit.patch.end(); ++it) {
                failed.patch.insert(it.key(), it.value());
                if (!failed.base.contains(it.key()))
                    failed.base.insert(it.key(), base.value(it.key()));
            }
            QSqlQuery &q = cached(QStringLiteral(
                "UPDATE outbox SET patch = ?, base = ?, state = 0, error = '', not_before = 0"
                " WHERE seq = ?"));
            q.addBindValue(compact(failed.patch));
            q.addBindValue(compact(failed.base));
            q.addBindValue(failed.seq);
            run(q);
        } else {
            enqueue(id, OutboxEntry::Kind::Update, edit.patch, existing->rev, base);
        }
        break;
    }
    case OutboxEntry::Kind::Delete:
    case OutboxEntry::Kind::Status:
    case OutboxEntry::Kind::ChannelAdd:
    case OutboxEntry::Kind::ChannelRemove:
    case OutboxEntry::Kind::ChannelChange:
        enqueue(id, edit.kind, edit.patch, 0, {});
        break;
    case OutboxEntry::Kind::Create:
        break;
    }
    recompute(id);
    transaction.commit();
    if (edit.kind == OutboxEntry::Kind::Delete)
        Q_EMIT contactsRemoved({id});
    else
        Q_EMIT contactsChanged({id});
    Q_EMIT outboxChanged();
}

void ContactStore::recompute(qint64 id)
{
    auto c = readContact(id);
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
        run(q);
    }
}

// ---------------------------------------------------------------- outbox

QList<OutboxEntry> ContactStore::entriesFor(qint64 contactId) const
{
    QSqlQuery &q = cached(QStringLiteral("SELECT %1 FROM outbox WHERE contact_id = ? ORDER BY seq")
                              .arg(outboxColumns));
    q.addBindValue(contactId);
    run(q);
    QList<OutboxEntry> entries;
    while (q.next())
        entries.append(entryFrom(q));
    return entries;
}

QList<OutboxEntry> ContactStore::outbox() const
{
    return guard(*this, QList<OutboxEntry>(), [this] {
        QSqlQuery &q =
            cached(QStringLiteral("SELECT %1 FROM outbox ORDER BY seq").arg(outboxColumns));
        run(q);
        QList<OutboxEntry> entries;
        while (q.next())
            entries.append(entryFrom(q));
        return entries;
    });
}

std::optional<OutboxEntry> ContactStore::entry(qint64 seq) const
{
    return guard(*this, std::optional<OutboxEntry>(), [this, seq] { return readEntry(seq); });
}

std::optional<OutboxEntry> ContactStore::nextDue(qint64 nowMs, const QList<qint64> &busy) const
{
    return guard(
        *this, std::optional<OutboxEntry>(), [this, nowMs, &busy]() -> std::optional<OutboxEntry> {
            // The first entry of each contact, oldest first; only pending ones
            // go. A busy contact has at most one such entry: one more than
            // there are busy contacts is enough to find a free one.
            QSqlQuery &q =
                cached(QStringLiteral("SELECT %1 FROM outbox WHERE seq IN (SELECT min(seq) "
                                      "FROM outbox GROUP BY contact_id) AND state = 0 AND "
                                      "not_before <= ? ORDER BY seq LIMIT ?")
                           .arg(outboxColumns));
            q.addBindValue(nowMs);
            q.addBindValue(static_cast<qint64>(busy.size()) + 1);
            run(q);
            while (q.next()) {
                OutboxEntry entry = entryFrom(q);
                if (!busy.contains(entry.contactId))
                    return entry;
            }
            return std::nullopt;
        });
}

qint64 ContactStore::nextDueTime() const
{
    return guard(*this, qint64(-1), [this]() -> qint64 {
        QSqlQuery &q = cached(
            QStringLiteral("SELECT min(not_before) FROM outbox WHERE seq IN (SELECT min(seq) FROM "
                           "outbox GROUP BY contact_id) AND state = 0"));
        run(q);
        if (!q.next() || q.value(0).isNull())
            return -1;
        return q.value(0).toLongLong();
    });
}

int ContactStore::countWhere(const char *condition) const
{
    return guard(*this, 0, [this, condition] {
        QSqlQuery &q = cached(
            QStringLiteral("SELECT count(*) FROM outbox WHERE %1").arg(QLatin1String(condition)));
        run(q);
        return q.next() ? q.value(0).toInt() : 0;
    });
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

bool ContactStore::markSent(qint64 seq)
{
    bool gone = false; // discarded or taken back meanwhile: it must not go
    return guardVoid(*this,
                     [this, seq, &gone] {
                         const Durable durable(*this); // the mark the request relies on
                         QSqlQuery &q = cached(QStringLiteral(
                             "UPDATE outbox SET attempts = attempts + 1 WHERE seq = ?"));
                         q.addBindValue(seq);
                         run(q);
                         noteWritten();
                         gone = q.numRowsAffected() == 0;
                     }) &&
           !gone;
}

bool ContactStore::completeEntry(qint64 seq, const std::optional<Contact> &server)
{
    return changeEntry(seq, [&](const OutboxEntry &e) {
        finishEntry(e, server);
        return EntryChange::Contact;
    });
}

// The server has the entry's edit: the entry goes, the contact's server copy
// takes what the server said (or, without an answer, what the edit did), and
// later edits are rebased. Part of a caller's transaction.
void ContactStore::finishEntry(const OutboxEntry &e, const std::optional<Contact> &server)
{
    QSqlQuery &q = cached(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
    q.addBindValue(e.seq);
    run(q);
    if (!server && e.kind == OutboxEntry::Kind::Create) {
        // The create went through but its contact could not be read back:
        // what we sent is the best knowledge of the server's copy.
        auto c = readContact(e.contactId);
        if (c && c->server.isEmpty()) {
            QJsonObject sent = e.patch;
            sent.remove(Field::localId);
            c->server = sent;
            c->rev = 1;
            writeContactRow(*c);
        }
    }
    if (server) {
        auto c = readContact(e.contactId);
        if (c) {
            QJsonObject before = c->server;
            if (isChannelKind(e.kind) && before.contains(Field::channels))
                before = overlay(before, e); // what our write did to the list
            c->server = ContactFields::fromContact(*server);
            // An opt-out written and accepted is the server's, when its
            // answer does not say (the strict reading's carry none).
            if (!server->optedOutKnown && e.patch.contains(Field::optedOut))
                c->server.insert(Field::optedOut, e.patch.value(Field::optedOut));
            keepStatus(c->server, before);
            const bool listed = takeChannels(c->server, *server, before);
            c->rev = server->rev;
            c->updated = server->updated;
            if (!server->uuid.isEmpty())
                c->uuid = server->uuid;
            writeContactRow(*c);
            if (listed)
                writeChannelsRev(c->id, server->rev);
        }
    } else if (e.kind == OutboxEntry::Kind::Status || isChannelKind(e.kind)) {
        // The server accepted it: its effect is now the server's state too.
        auto c = readContact(e.contactId);
        if (c) {
            const bool listed = c->server.contains(Field::channels);
            c->server = overlay(c->server, e);
            if (!listed) // still only the primaries are known
                c->server.remove(Field::channels);
            writeContactRow(*c);
        }
    }
    rebaseFollowers(e);
}

void ContactStore::rebaseFollowers(const OutboxEntry &done)
{
    // Later edits of the same contact were based on the server's copy before
    // our own write: what we wrote is not someone else's change.
    if (done.kind != OutboxEntry::Kind::Create && done.kind != OutboxEntry::Kind::Update)
        return;
    const auto c = readContact(done.contactId);
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

void ContactStore::rebaseEntry(qint64 seq, const QJsonObject &base, qint64 baseRev)
{
    QSqlQuery &q = cached(QStringLiteral("UPDATE outbox SET base = ?, base_rev = ? WHERE seq = ?"));
    q.addBindValue(compact(base));
    q.addBindValue(baseRev);
    q.addBindValue(seq);
    run(q);
}

bool ContactStore::completeCreate(qint64 seq, qint64 serverId, const QString &uuid,
                                  const std::optional<Contact> &server)
{
    // One transaction: the contact takes its server id and the entry is
    // done together, or neither happens.
    qint64 oldId = 0;
    const bool written = guardVoid(*this, [&] {
        Transaction transaction(*this);
        auto e = readEntry(seq);
        if (!e)
            return;
        // If a pull already brought the server's contact, the local row goes.
        if (e->contactId != serverId && readContact(serverId)) {
            QSqlQuery &drop = cached(QStringLiteral("DELETE FROM contacts WHERE id = ?"));
            drop.addBindValue(e->contactId);
            run(drop);
        } else {
            QSqlQuery &move =
                cached(QStringLiteral("UPDATE contacts SET id = ?, uuid = ? WHERE id = ?"));
            move.addBindValue(serverId);
            move.addBindValue(text(uuid));
            move.addBindValue(e->contactId);
            run(move);
        }
        QSqlQuery &entries =
            cached(QStringLiteral("UPDATE outbox SET contact_id = ? WHERE contact_id = ?"));
        entries.addBindValue(serverId);
        entries.addBindValue(e->contactId);
        run(entries);
        if (!uuid.isEmpty()) {
            QSqlQuery &setUuid =
                cached(QStringLiteral("UPDATE contacts SET uuid = ? WHERE id = ?"));
            setUuid.addBindValue(uuid);
            setUuid.addBindValue(serverId);
            run(setUuid);
        }
        const qint64 localId = e->contactId;
        e->contactId = serverId;
        finishEntry(*e, server);
        recompute(serverId);
        transaction.commit();
        oldId = localId;
    });
    if (!written || oldId == 0)
        return written; // failed, or no such entry (any more)
    if (oldId != serverId) {
        // A handle this store gave out is never taken over: with another
        // program on the file, the row `oldId` may be that program's create
        // while this store's create of that id was renamed (writeEdit).
        if (!m_movedIds.contains(oldId))
            m_movedIds.insert(oldId, serverId);
        // An edit kept in memory follows the contact to its server id.
        for (LocalEdit &edit : m_unwritten)
            if (edit.contactId == oldId)
                edit.contactId = serverId;
        Q_EMIT contactIdChanged(oldId, serverId);
    }
    Q_EMIT contactsChanged({serverId});
    Q_EMIT outboxChanged();
    return true;
}

bool ContactStore::completeDelete(qint64 seq)
{
    bool deleted = false;
    const bool written = guardVoid(*this, [&] {
        Transaction transaction(*this);
        const auto e = readEntry(seq);
        if (!e)
            return;
        QSqlQuery &entries = cached(QStringLiteral("DELETE FROM outbox WHERE contact_id = ?"));
        entries.addBindValue(e->contactId);
        run(entries);
        QSqlQuery &row = cached(QStringLiteral("DELETE FROM contacts WHERE id = ?"));
        row.addBindValue(e->contactId);
        run(row);
        transaction.commit();
        deleted = true;
    });
    if (deleted)
        Q_EMIT outboxChanged();
    return written;
}

bool ContactStore::deferEntry(qint64 seq, qint64 notBefore, const QString &error)
{
    return guardVoid(*this, [&] {
        QSqlQuery &q =
            cached(QStringLiteral("UPDATE outbox SET not_before = ?, error = ? WHERE seq = ?"));
        q.addBindValue(notBefore);
        q.addBindValue(text(error));
        q.addBindValue(seq);
        run(q);
        noteWritten();
    });
}

// One change to an outbox entry (fail, conflict, retry, resolve): `work`
// runs in a transaction with the entry and returns whether it changed
// anything; then the contact's view is recomputed and its listeners told.
template<typename Work>
bool ContactStore::changeEntry(qint64 seq, Work work)
{
    qint64 contactId = 0;
    EntryChange change = EntryChange::None;
    const bool written = guardVoid(*this, [&] {
        Transaction transaction(*this);
        const auto e = readEntry(seq); // under the write lock: as it is now
        if (!e)
            return;
        change = work(*e);
        if (change == EntryChange::None)
            return; // rolled back: nothing to change
        if (change == EntryChange::Contact)
            recompute(e->contactId);
        transaction.commit();
        contactId = e->contactId;
    });
    if (contactId) {
        if (change == EntryChange::ContactRemoved)
            Q_EMIT contactsRemoved({contactId});
        else
            Q_EMIT contactsChanged({contactId});
        Q_EMIT outboxChanged();
    }
    return written;
}

bool ContactStore::failEntry(qint64 seq, const QString &error)
{
    return changeEntry(seq, [&](const OutboxEntry &) {
        QSqlQuery &q =
            cached(QStringLiteral("UPDATE outbox SET state = 1, error = ? WHERE seq = ?"));
        q.addBindValue(text(error));
        q.addBindValue(seq);
        run(q);
        return EntryChange::Contact;
    });
}

bool ContactStore::conflictEntry(qint64 seq, const QJsonObject &conflicts, const Contact &server)
{
    return changeEntry(seq, [&](const OutboxEntry &e) {
        QSqlQuery &q =
            cached(QStringLiteral("UPDATE outbox SET state = 2, conflicts = ? WHERE seq = ?"));
        q.addBindValue(compact(conflicts));
        q.addBindValue(seq);
        run(q);
        auto c = readContact(e.contactId);
        if (c) {
            const QJsonObject before = c->server;
            c->server = ContactFields::fromContact(server);
            keepStatus(c->server, before);
            takeChannels(c->server, server, before);
            c->rev = server.rev;
            c->updated = server.updated;
            writeContactRow(*c);
        }
        return EntryChange::Contact;
    });
}

bool ContactStore::setUuid(qint64 contactId, const QString &uuid)
{
    return guardVoid(*this, [&] {
        QSqlQuery &q = cached(QStringLiteral("UPDATE contacts SET uuid = ? WHERE id = ?"));
        q.addBindValue(text(uuid));
        q.addBindValue(contactId);
        run(q);
        noteWritten();
    });
}

bool ContactStore::retry(qint64 seq)
{
    return changeEntry(seq, [&](const OutboxEntry &) {
        QSqlQuery &q = cached(QStringLiteral(
            "UPDATE outbox SET state = 0, error = '', not_before = 0 WHERE seq = ?"));
        q.addBindValue(seq);
        run(q);
        return EntryChange::Contact;
    });
}

bool ContactStore::discard(qint64 seq)
{
    return changeEntry(seq, [&](const OutboxEntry &e) {
        QSqlQuery &q = cached(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
        q.addBindValue(seq);
        run(q);
        if (e.kind == OutboxEntry::Kind::Create) {
            // Nothing of it reached the server: the contact and its later edits go.
            QSqlQuery &rest = cached(QStringLiteral("DELETE FROM outbox WHERE contact_id = ?"));
            rest.addBindValue(e.contactId);
            run(rest);
            QSqlQuery &row = cached(QStringLiteral("DELETE FROM contacts WHERE id = ?"));
            row.addBindValue(e.contactId);
            run(row);
            return EntryChange::ContactRemoved;
        }
        QSqlQuery &undelete =
            cached(QStringLiteral("UPDATE contacts SET deleted = 0 WHERE id = ?"));
        undelete.addBindValue(e.contactId);
        run(undelete);
        return EntryChange::Contact;
    });
}

bool ContactStore::resolveConflict(qint64 seq, const QString &field, bool keepMine)
{
    return changeEntry(seq, [&](const OutboxEntry &e) {
        if (!e.conflicts.contains(field))
            return EntryChange::None;
        const QJsonObject conflict = e.conflicts.value(field).toObject();
        QJsonObject conflicts = e.conflicts;
        conflicts.remove(field);
        QJsonObject patch = e.patch;
        QJsonObject base = e.base;
        if (keepMine)
            base.insert(field, conflict.value(Field::conflictTheirs)); // push mine over theirs
        else {
            patch.remove(field); // take theirs
            base.remove(field);
        }
        if (patch.isEmpty()) {
            QSqlQuery &q = cached(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
            q.addBindValue(seq);
            run(q);
        } else {
            QSqlQuery &q = cached(QStringLiteral("UPDATE outbox SET patch = ?, base = ?, "
                                                 "conflicts = ?, state = ?, base_rev = ? WHERE "
                                                 "seq = ?"));
            q.addBindValue(compact(patch));
            q.addBindValue(compact(base));
            q.addBindValue(compact(conflicts));
            q.addBindValue(conflicts.isEmpty() ? 0 : 2);
            q.addBindValue(readContact(e.contactId).value_or(StoredContact()).rev);
            q.addBindValue(seq);
            run(q);
        }
        return EntryChange::Contact;
    });
}

} // namespace ContactDesk::Store
