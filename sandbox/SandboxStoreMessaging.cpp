// SandboxStore's rows kept as the JSON the API answers: inboxes,
// conversations and their messages (recorded, never delivered), templates
// and broadcast lists. The typed rows (contacts, channels, tags, fields,
// members, the team) and the schema are in SandboxStore.cpp.

#include "core/Timestamps.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/SandboxStoreSql.h"

namespace ContactDesk::Sandbox {

using namespace StoreSql;

namespace {

// The JSON object in the first column of the query's next row (the query
// is finished, so a cached statement can run again).
std::optional<QJsonObject> nextObject(QSqlQuery &q)
{
    if (!q.next())
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    q.finish();
    return object;
}

// The JSON objects in the first column of every remaining row.
QJsonArray allObjects(QSqlQuery &q)
{
    QJsonArray array;
    while (q.next())
        array.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    return array;
}

// Runs an insert whose json column is a placeholder ('{}'), then has
// `write` store the object with the new row's "id" in it.
template<typename Write>
qint64 insertWithId(QSqlQuery &insert, const QVariant &column, QJsonObject json, Write write)
{
    const qint64 id = run(insert, {column}).lastInsertId().toLongLong();
    json.insert(QStringLiteral("id"), id);
    write(id, json);
    return id;
}

} // namespace

QJsonArray SandboxStore::inboxes() const
{
    QSqlQuery q(db());
    exec(q, QStringLiteral("SELECT json FROM inboxes ORDER BY id"));
    return allObjects(q);
}

QJsonArray SandboxStore::publicInboxes() const
{
    QJsonArray result;
    const QJsonArray stored = inboxes();
    for (const QJsonValue &value : stored) {
        QJsonObject inbox = value.toObject();
        inbox.remove(inboxEmailKey);
        inbox.remove(QStringLiteral("email")); // data files written before it was kept apart
        result.append(inbox);
    }
    return result;
}

QString SandboxStore::inboxEmail(const QJsonObject &inbox)
{
    const QString address = inbox.value(inboxEmailKey).toString();
    return address.isEmpty() ? inbox.value(QStringLiteral("email")).toString() : address;
}

void SandboxStore::deleteConversationsWith(const QStringList &targets)
{
    for (const QString &target : targets) {
        if (target.isEmpty())
            continue;
        run(cached(QStringLiteral("DELETE FROM messages WHERE conversation IN (SELECT id FROM "
                                  "conversations WHERE lower(target) = lower(?))")),
            {target});
        run(cached(QStringLiteral("DELETE FROM conversations WHERE lower(target) = lower(?)")),
            {target});
    }
}

void SandboxStore::insertInbox(const QJsonObject &inbox)
{
    run(cached(QStringLiteral("INSERT INTO inboxes(id, json) VALUES (?, ?)")),
        {inbox.value(QStringLiteral("id")).toInteger(), toJsonText(inbox)});
}

qint64 SandboxStore::conversationFor(qint64 inbox, const QString &target, qint64 now)
{
    QSqlQuery &find =
        run(cached(QStringLiteral(
                "SELECT id FROM conversations WHERE inbox = ? AND target = ? LIMIT 1")),
            {inbox, target});
    if (find.next()) {
        const qint64 id = find.value(0).toLongLong();
        find.finish();
        return id;
    }
    return newConversation(inbox, target, now);
}

qint64 SandboxStore::newConversation(qint64 inbox, const QString &target, qint64 now)
{
    return run(cached(QStringLiteral(
                   "INSERT INTO conversations(inbox, target, created) VALUES (?, ?, ?)")),
               {inbox, target, now})
        .lastInsertId()
        .toLongLong();
}

std::optional<ConversationRecord> SandboxStore::conversation(qint64 id) const
{
    QSqlQuery &q =
        run(cached(QStringLiteral("SELECT inbox, target FROM conversations WHERE id = ?")), {id});
    if (!q.next())
        return std::nullopt;
    ConversationRecord record{id, q.value(0).toLongLong(), q.value(1).toString()};
    q.finish();
    return record;
}

qint64 SandboxStore::insertMessage(const QString &localId, qint64 conversation, qint64 inbox,
                                   const QString &phone, qint64 date, QJsonObject message,
                                   QJsonObject &response)
{
    QSqlQuery &q =
        run(cached(QStringLiteral(
                "INSERT INTO messages(local_id, conversation, inbox, phone, date, response, json)"
                " VALUES (?, ?, ?, ?, ?, '{}', '{}')")),
            {localId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : localId, conversation,
             inbox, text(phone), date});
    const qint64 id = q.lastInsertId().toLongLong();
    message.insert(QStringLiteral("id"), id);
    response.insert(QStringLiteral("id"), id);
    run(cached(QStringLiteral("UPDATE messages SET response = ?, json = ? WHERE id = ?")),
        {toJsonText(response), toJsonText(message), id});
    return id;
}

std::optional<QJsonObject> SandboxStore::responseForLocalId(const QString &localId) const
{
    return nextObject(
        run(cached(QStringLiteral("SELECT response FROM messages WHERE local_id = ?")), {localId}));
}

QJsonArray SandboxStore::messages(const QString &phone, qint64 inbox, qint64 beforeMs,
                                  int limit) const
{
    return allObjects(
        run(cached(QStringLiteral("SELECT json FROM messages WHERE phone = ? AND inbox = ?"
                                  " AND date < ? ORDER BY date DESC, id DESC LIMIT ?")),
            {phone, inbox, beforeMs, limit}));
}

namespace {

// The columns conversationJson(query) reads: a conversation `c` with its
// messages `m` (updated = the newest; creator = the first one's sender),
// followed by `rest` (WHERE, GROUP BY c.id, ...).
QString conversationQuery(const QString &rest)
{
    return QStringLiteral(
               "SELECT c.id, c.inbox, c.target, c.created, max(m.date) AS updated,"
               " (SELECT user FROM (SELECT json_extract(json, '$.user') AS user, date FROM"
               "  messages WHERE conversation = c.id ORDER BY date LIMIT 1)) AS creator"
               " FROM conversations c LEFT JOIN messages m ON m.conversation = c.id ") +
           rest;
}

} // namespace

QJsonArray SandboxStore::listConversations(const QList<qint64> &inboxes, qint64 beforeMs,
                                           int limit) const
{
    // updated = the newest message; the channel from the target's shape.
    QStringList marks;
    for (qsizetype i = 0; i < inboxes.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(conversationQuery(
        QStringLiteral(
            "%1 GROUP BY c.id HAVING updated < ? ORDER BY updated DESC, c.id DESC LIMIT ?")
            .arg(inboxes.isEmpty()
                     ? QString()
                     : QStringLiteral("WHERE c.inbox IN (%1)").arg(marks.join(QLatin1Char(','))))));
    for (qint64 inbox : inboxes)
        q.addBindValue(inbox);
    q.addBindValue(beforeMs);
    q.addBindValue(limit);
    exec(q);
    QJsonArray array;
    while (q.next())
        array.append(conversationJson(q));
    return array;
}

std::optional<QJsonObject> SandboxStore::conversationJson(qint64 id) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(conversationQuery(QStringLiteral("WHERE c.id = ? GROUP BY c.id")));
    q.addBindValue(id);
    exec(q);
    if (!q.next())
        return std::nullopt;
    return conversationJson(q);
}

QJsonObject SandboxStore::conversationJson(const QSqlQuery &q)
{
    const QString target = q.value(2).toString();
    const QString channel =
        target.contains(QLatin1Char('@')) ? QStringLiteral("email") : QStringLiteral("sms");
    const qint64 created = q.value(3).toLongLong();
    const qint64 updated = q.value(4).isNull() ? created : q.value(4).toLongLong();
    return QJsonObject{{QStringLiteral("id"), q.value(0).toLongLong()},
                       {QStringLiteral("inbox"), q.value(1).toLongLong()},
                       {QStringLiteral("target"), target},
                       {QStringLiteral("name"), target},
                       {QStringLiteral("channel"), channel},
                       {QStringLiteral("type"), channel},
                       {QStringLiteral("status"), QStringLiteral("open")},
                       {QStringLiteral("read"), 1},
                       {QStringLiteral("creator"), q.value(5).toLongLong()},
                       {QStringLiteral("members"), QJsonArray()},
                       {QStringLiteral("created"), Timestamps::format(created)},
                       {QStringLiteral("updated"), Timestamps::format(updated)}};
}

int SandboxStore::messageCount() const
{
    QSqlQuery &q = cached(QStringLiteral("SELECT count(*) FROM messages"));
    exec(q);
    const int count = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return count;
}

qint64 SandboxStore::insertTemplate(const QJsonObject &json, qint64 updated)
{
    return insertWithId(
        cached(QStringLiteral("INSERT INTO templates(updated, json) VALUES (?, '{}')")), updated,
        json, [this, updated](qint64 id, const QJsonObject &withId) {
            updateTemplate(id, withId, updated);
        });
}

void SandboxStore::updateTemplate(qint64 id, const QJsonObject &json, qint64 updated)
{
    run(cached(QStringLiteral("UPDATE templates SET updated = ?, json = ? WHERE id = ?")),
        {updated, toJsonText(json), id});
}

std::optional<QJsonObject> SandboxStore::templateById(qint64 id) const
{
    return nextObject(run(cached(QStringLiteral("SELECT json FROM templates WHERE id = ?")), {id}));
}

void SandboxStore::deleteTemplate(qint64 id)
{
    run(cached(QStringLiteral("DELETE FROM templates WHERE id = ?")), {id});
}

QJsonArray SandboxStore::listTemplates(qint64 beforeMs, int limit) const
{
    return allObjects(run(
        cached(QStringLiteral(
            "SELECT json FROM templates WHERE updated < ? ORDER BY updated DESC, id DESC LIMIT ?")),
        {beforeMs, limit}));
}

qint64 SandboxStore::insertList(const QString &localId, const QJsonObject &json)
{
    return insertWithId(
        cached(QStringLiteral("INSERT INTO lists(local_id, json) VALUES (?, '{}')")), localId, json,
        [this](qint64 id, const QJsonObject &withId) { updateList(id, withId); });
}

void SandboxStore::updateList(qint64 id, const QJsonObject &json)
{
    run(cached(QStringLiteral("UPDATE lists SET json = ? WHERE id = ?")), {toJsonText(json), id});
}

std::optional<QJsonObject> SandboxStore::listById(qint64 id) const
{
    return nextObject(run(cached(QStringLiteral("SELECT json FROM lists WHERE id = ?")), {id}));
}

std::optional<QJsonObject> SandboxStore::listByLocalId(const QString &localId) const
{
    return nextObject(
        run(cached(QStringLiteral("SELECT json FROM lists WHERE local_id = ?")), {localId}));
}

void SandboxStore::deleteList(qint64 id)
{
    run(cached(QStringLiteral("DELETE FROM lists WHERE id = ?")), {id});
}

} // namespace ContactDesk::Sandbox
