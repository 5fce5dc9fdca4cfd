#include "store/MessageOutbox.h"

#include "store/StoreSql.h"

#include <QDateTime>
#include <QUuid>

namespace ContactDesk::Store {

using namespace Sql;

namespace {

QJsonObject messageJson(const OutgoingMessage &m)
{
    return QJsonObject{{QStringLiteral("contact"), m.contactId},
                       {QStringLiteral("label"), m.label},
                       {QStringLiteral("medium"), m.medium == Compose::Medium::Email
                                                      ? QStringLiteral("email")
                                                      : QStringLiteral("sms")},
                       {QStringLiteral("inbox"), m.inboxId},
                       {QStringLiteral("creator"), m.creatorId},
                       {QStringLiteral("to"), m.to},
                       {QStringLiteral("text"), m.text},
                       {QStringLiteral("media"), m.mediaUrl},
                       {QStringLiteral("subject"), m.subject},
                       {QStringLiteral("plain"), m.plain},
                       {QStringLiteral("template"), m.templateId}};
}

OutgoingMessage messageFrom(const QJsonObject &json)
{
    OutgoingMessage m;
    m.contactId = json.value(QStringLiteral("contact")).toInteger();
    m.label = json.value(QStringLiteral("label")).toString();
    m.medium = json.value(QStringLiteral("medium")).toString() == QLatin1String("email")
                   ? Compose::Medium::Email
                   : Compose::Medium::Sms;
    m.inboxId = json.value(QStringLiteral("inbox")).toInteger();
    m.creatorId = json.value(QStringLiteral("creator")).toInteger();
    m.to = json.value(QStringLiteral("to")).toString();
    m.text = json.value(QStringLiteral("text")).toString();
    m.mediaUrl = json.value(QStringLiteral("media")).toString();
    m.subject = json.value(QStringLiteral("subject")).toString();
    m.plain = json.value(QStringLiteral("plain")).toString();
    m.templateId = json.value(QStringLiteral("template")).toInteger(); // 0 in older entries
    return m;
}

const QString selectEntries =
    QStringLiteral("SELECT id, batch, body, local_id, state, error, message_id FROM message_out ");

OutgoingEntry entryFrom(const QSqlQuery &query)
{
    OutgoingEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.batch = query.value(1).toLongLong();
    entry.message = messageFrom(objectFrom(query.value(2).toString()));
    entry.localId = query.value(3).toString();
    entry.state = OutgoingEntry::State(query.value(4).toInt());
    entry.error = query.value(5).toString();
    entry.messageId = query.value(6).toLongLong();
    return entry;
}

} // namespace

MessageOutbox::MessageOutbox(ContactStore *store)
    : m_store(store)
{
    qRegisterMetaType<OutgoingEntry>();
}

QList<Schema::Step> MessageOutbox::schemaSteps()
{
    // Every message to every recipient with its local_id and its fate.
    return {
        {6,
         QStringLiteral("messages"),
         {
             QStringLiteral("CREATE TABLE message_out (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " batch INTEGER NOT NULL, body TEXT NOT NULL, local_id TEXT NOT NULL,"
                            " state INTEGER NOT NULL DEFAULT 0, error TEXT NOT NULL DEFAULT '',"
                            " message_id INTEGER NOT NULL DEFAULT 0, created INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX message_out_by_batch ON message_out(batch, state)"),
         },
         {}}};
}

qint64 MessageOutbox::enqueue(const QList<OutgoingMessage> &messages)
{
    return guard(*m_store, qint64(0), [&] {
        const QSqlDatabase db = m_store->database();
        const Durable durable(*m_store); // what the user sent is kept
        Transaction transaction(*m_store);
        QSqlQuery next =
            prepared(db, QStringLiteral("SELECT coalesce(max(batch), 0) + 1 FROM message_out"));
        run(next);
        const qint64 batch = next.next() ? next.value(0).toLongLong() : 1;
        QSqlQuery insert =
            prepared(db, QStringLiteral("INSERT INTO message_out (batch, body, local_id, state, "
                                        "created) VALUES (?, ?, ?, 0, ?)"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const OutgoingMessage &message : messages) {
            insert.bindValue(0, batch);
            insert.bindValue(1, compact(messageJson(message)));
            insert.bindValue(2, QString(QStringLiteral("cd-") +
                                        QUuid::createUuid().toString(QUuid::WithoutBraces)));
            insert.bindValue(3, now);
            run(insert);
        }
        transaction.commit();
        return batch;
    });
}

QList<OutgoingEntry> MessageOutbox::entries(qint64 batch) const
{
    return guard(*m_store, QList<OutgoingEntry>(), [&] {
        QList<OutgoingEntry> list;
        QSqlQuery query = prepared(m_store->database(),
                                   selectEntries + QStringLiteral("WHERE batch = ? ORDER BY id"));
        query.addBindValue(batch);
        run(query);
        while (query.next())
            list.append(entryFrom(query));
        return list;
    });
}

QList<OutgoingEntry> MessageOutbox::toSend(qint64 batch, bool includeFailed) const
{
    return guard(*m_store, QList<OutgoingEntry>(), [&] {
        QSqlQuery query = prepared(
            m_store->database(),
            selectEntries + QStringLiteral("WHERE batch = ? AND state IN (?, ?, ?) ORDER BY id"));
        query.addBindValue(batch);
        query.addBindValue(int(OutgoingEntry::State::Pending));
        query.addBindValue(int(OutgoingEntry::State::Sending));
        query.addBindValue(
            int(includeFailed ? OutgoingEntry::State::Failed : OutgoingEntry::State::Pending));
        run(query);
        QList<OutgoingEntry> list;
        while (query.next())
            list.append(entryFrom(query));
        return list;
    });
}

bool MessageOutbox::record(const OutgoingEntry &entry)
{
    return guardVoid(*m_store, [&] {
        // "Sending" is marked before the request, "sent" after it: both
        // must outlive a power loss, or a message could go twice unmarked.
        const Durable durable(*m_store);
        QSqlQuery update = prepared(m_store->database(),
                                    QStringLiteral("UPDATE message_out SET state = ?, error = ?, "
                                                   "message_id = ? WHERE id = ?"));
        update.addBindValue(int(entry.state));
        update.addBindValue(entry.error.isNull() ? QStringLiteral("") : entry.error);
        update.addBindValue(entry.messageId);
        update.addBindValue(entry.id);
        run(update);
        m_store->noteWritten();
    });
}

int MessageOutbox::unsentCount() const
{
    return guard(*m_store, 0, [&] {
        QSqlQuery query =
            prepared(m_store->database(),
                     QStringLiteral("SELECT count(*) FROM message_out WHERE state != ?"));
        query.addBindValue(int(OutgoingEntry::State::Sent));
        run(query);
        return query.next() ? query.value(0).toInt() : 0;
    });
}

QList<qint64> MessageOutbox::unsentBatches() const
{
    return guard(*m_store, QList<qint64>(), [&] {
        QSqlQuery query = prepared(m_store->database(),
                                   QStringLiteral("SELECT DISTINCT batch FROM message_out WHERE "
                                                  "state != ? ORDER BY batch"));
        query.addBindValue(int(OutgoingEntry::State::Sent));
        run(query);
        QList<qint64> batches;
        while (query.next())
            batches.append(query.value(0).toLongLong());
        return batches;
    });
}

bool MessageOutbox::discardUnsent(qint64 batch)
{
    return guardVoid(*m_store, [&] {
        QSqlQuery query =
            prepared(m_store->database(),
                     QStringLiteral("DELETE FROM message_out WHERE batch = ? AND state != ?"));
        query.addBindValue(batch);
        query.addBindValue(int(OutgoingEntry::State::Sent));
        run(query);
        m_store->noteWritten();
    });
}

namespace {

const QString emailRefusalsKey = QStringLiteral("email_refusals");

} // namespace

QHash<qint64, QString> MessageOutbox::emailRefusals() const
{
    QHash<qint64, QString> refusals;
    const QJsonObject json = objectFrom(m_store->syncValue(emailRefusalsKey));
    for (auto it = json.begin(); it != json.end(); ++it) {
        bool ok = false;
        const qint64 id = it.key().toLongLong(&ok);
        if (ok && it.value().isString())
            refusals.insert(id, it.value().toString());
    }
    return refusals;
}

bool MessageOutbox::noteEmailRefusal(qint64 inboxId, const QString &reason)
{
    QJsonObject json = objectFrom(m_store->syncValue(emailRefusalsKey));
    json.insert(QString::number(inboxId), reason);
    return m_store->setSyncValue(emailRefusalsKey, compact(json));
}

bool MessageOutbox::clearEmailRefusal(qint64 inboxId)
{
    QJsonObject json = objectFrom(m_store->syncValue(emailRefusalsKey));
    if (!json.contains(QString::number(inboxId)))
        return true;
    json.remove(QString::number(inboxId));
    return m_store->setSyncValue(emailRefusalsKey, compact(json));
}

} // namespace ContactDesk::Store
