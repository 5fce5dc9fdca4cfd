#include "sync/MessageOutbox.h"

#include "api/HeymarketClient.h"
#include "api/MessageRequests.h"
#include "core/ContactFields.h"
#include "store/StoreSql.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

namespace ContactDesk::Sync {

using namespace Store::Sql;

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
                       {QStringLiteral("plain"), m.plain}};
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

namespace {

Compose::Recipient recipientFrom(const Store::StoredContact &contact,
                                 const QList<CustomField> &fields)
{
    const QJsonObject &f = contact.fields;
    const auto text = [&f](QLatin1String key) { return f.value(key).toString(); };
    const auto firstChannel = [&f](const QString &type) {
        for (const QJsonValue &channel : f.value(Field::channels).toArray()) {
            const QJsonObject c = channel.toObject();
            if (c.value(Field::channelType).toString() == type)
                return c.value(Field::channelValue).toString();
        }
        return QString();
    };
    Compose::Recipient r;
    r.contactId = contact.id;
    r.phone = text(Field::phone);
    if (r.phone.isEmpty())
        r.phone = firstChannel(ChannelType::phone);
    r.email = text(Field::email);
    if (r.email.isEmpty())
        r.email = firstChannel(ChannelType::email);
    r.name = text(Field::displayName);
    if (r.name.isEmpty())
        r.name =
            QStringList{text(Field::first), text(Field::last)}.join(QLatin1Char(' ')).trimmed();
    if (r.name.isEmpty())
        r.name = r.phone.isEmpty() ? r.email : QLatin1Char('+') + r.phone;
    r.optedOut = f.value(Field::optedOut).toBool();
    r.blocked = f.value(Field::blocked).toBool();
    r.values = {{Compose::Token::firstName, text(Field::first)},
                {Compose::Token::lastName, text(Field::last)},
                {Compose::Token::displayName, r.name},
                {Compose::Token::phone, r.phone},
                {Compose::Token::email, r.email}};
    for (const CustomField &field : fields)
        r.values.insert(field.title.toLower(), f.value(Field::custom(field.id)).toString());
    return r;
}

} // namespace

QList<Compose::Recipient> recipientsFor(const Store::ContactStore &store, const QList<qint64> &ids)
{
    const QList<CustomField> fields = store.customFields();
    QList<Compose::Recipient> recipients;
    // A few are looked up one by one; many are read in one pass over the
    // store (one query instead of one per contact), then put in order.
    if (ids.size() <= 200) {
        recipients.reserve(ids.size());
        for (qint64 id : ids)
            if (const auto contact = store.contact(id))
                recipients.append(recipientFrom(*contact, fields));
        return recipients;
    }
    QHash<qint64, qsizetype> position;
    position.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        position.insert(ids.at(i), i);
    QList<std::optional<Compose::Recipient>> slots(ids.size());
    store.forEachContact([&](const Store::StoredContact &contact) {
        const auto it = position.constFind(contact.id);
        if (it != position.cend())
            slots[*it] = recipientFrom(contact, fields);
        return true;
    });
    recipients.reserve(ids.size());
    for (std::optional<Compose::Recipient> &slot : slots)
        if (slot)
            recipients.append(std::move(*slot));
    return recipients;
}

MessageOutbox::MessageOutbox(Store::ContactStore *store, Api::HeymarketClient *client,
                             QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
{
    qRegisterMetaType<OutgoingEntry>();
}

MessageOutbox::~MessageOutbox()
{
    m_batch = 0;
    for (const QPointer<Api::ApiRequest> &request : std::as_const(m_requests))
        if (request)
            request->abort();
}

qint64 MessageOutbox::enqueue(const QList<OutgoingMessage> &messages, QString *error)
{
    try {
        const QSqlDatabase db = m_store->database();
        Store::ContactStore::Transaction transaction(db);
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
        Q_EMIT unsentCountChanged(unsentCount());
        return batch;
    } catch (const Store::ContactStore::Failure &failure) {
        if (error)
            *error = tr("The messages could not be saved to the outbox: %1").arg(failure.message);
        return 0;
    }
}

QList<OutgoingEntry> MessageOutbox::entries(qint64 batch) const
{
    QList<OutgoingEntry> list;
    QSqlQuery query = prepared(m_store->database(),
                               selectEntries + QStringLiteral("WHERE batch = ? ORDER BY id"));
    query.addBindValue(batch);
    run(query);
    while (query.next())
        list.append(entryFrom(query));
    return list;
}

int MessageOutbox::unsentCount() const
{
    QSqlQuery query = prepared(m_store->database(),
                               QStringLiteral("SELECT count(*) FROM message_out WHERE state != ?"));
    query.addBindValue(int(OutgoingEntry::State::Sent));
    run(query);
    return query.next() ? query.value(0).toInt() : 0;
}

QList<qint64> MessageOutbox::unsentBatches() const
{
    QSqlQuery query =
        prepared(m_store->database(), QStringLiteral("SELECT DISTINCT batch FROM message_out WHERE "
                                                     "state != ? ORDER BY batch"));
    query.addBindValue(int(OutgoingEntry::State::Sent));
    run(query);
    QList<qint64> batches;
    while (query.next())
        batches.append(query.value(0).toLongLong());
    return batches;
}

void MessageOutbox::discardUnsent(qint64 batch)
{
    if (batch == m_batch)
        return;
    QSqlQuery query = prepared(m_store->database(),
                               QStringLiteral("DELETE FROM message_out WHERE batch = ? AND state "
                                              "!= ?"));
    query.addBindValue(batch);
    query.addBindValue(int(OutgoingEntry::State::Sent));
    run(query);
    Q_EMIT unsentCountChanged(unsentCount());
}

bool MessageOutbox::send(qint64 batch, bool includeFailed)
{
    if (m_batch != 0 || !m_client)
        return false;
    QSqlQuery query = prepared(m_store->database(),
                               selectEntries + QStringLiteral("WHERE batch = ? AND state IN (?, ?, "
                                                              "?) ORDER BY id"));
    query.addBindValue(batch);
    query.addBindValue(int(OutgoingEntry::State::Pending));
    query.addBindValue(int(OutgoingEntry::State::Sending));
    query.addBindValue(
        int(includeFailed ? OutgoingEntry::State::Failed : OutgoingEntry::State::Pending));
    run(query);
    m_queue.clear();
    while (query.next())
        m_queue.append(entryFrom(query));
    m_batch = batch;
    m_cancelled = false;
    m_total = int(m_queue.size());
    m_done = 0;
    Q_EMIT progress(0, m_total);
    pump();
    return true;
}

void MessageOutbox::cancel()
{
    m_cancelled = true;
    finishIfDone();
}

void MessageOutbox::pump()
{
    while (!m_cancelled && m_requests.size() < maxInFlight && !m_queue.isEmpty())
        startEntry(m_queue.takeFirst());
    finishIfDone();
}

void MessageOutbox::record(OutgoingEntry &entry)
{
    QSqlQuery update =
        prepared(m_store->database(), QStringLiteral("UPDATE message_out SET state = ?, error = ?, "
                                                     "message_id = ? WHERE id = ?"));
    update.addBindValue(int(entry.state));
    update.addBindValue(entry.error.isNull() ? QStringLiteral("") : entry.error);
    update.addBindValue(entry.messageId);
    update.addBindValue(entry.id);
    run(update);
    Q_EMIT entryChanged(entry);
}

void MessageOutbox::startEntry(OutgoingEntry entry)
{
    const OutgoingMessage &m = entry.message;
    Api::ApiRequest *request = nullptr;
    std::function<qint64()> sentId;
    if (m.medium == Compose::Medium::Email) {
        Api::EmailSend email;
        email.inboxId = m.inboxId;
        email.creatorId = m.creatorId;
        email.to = {m.to};
        email.title = m.subject;
        email.html = m.text;
        email.plain = m.plain;
        email.localId = entry.localId;
        auto *send = new Api::SendEmailRequest(m_client, email, this);
        sentId = [send] { return send->result().id; };
        request = send;
    } else {
        Api::MessageSend sms;
        sms.inboxId = m.inboxId;
        sms.creatorId = m.creatorId;
        sms.phone = m.to;
        sms.text = m.text;
        sms.mediaUrl = m.mediaUrl;
        sms.localId = entry.localId;
        auto *send = new Api::SendMessageRequest(m_client, sms, this);
        sentId = [send] { return send->result().id; };
        request = send;
    }
    try {
        entry.state = OutgoingEntry::State::Sending;
        entry.error.clear();
        record(entry);
    } catch (const Store::ContactStore::Failure &failure) {
        delete request;
        entry.state = OutgoingEntry::State::Failed;
        entry.error = tr("The outbox could not be saved: %1").arg(failure.message);
        Q_EMIT entryChanged(entry);
        ++m_done;
        return;
    }
    m_requests.append(request);
    connect(request, &Api::ApiRequest::finished, this, [this, request, entry, sentId]() mutable {
        request->deleteLater();
        m_requests.removeAll(request);
        const Api::ApiError error = request->error();
        if (error.isError()) {
            entry.state = OutgoingEntry::State::Failed;
            entry.error = error.describe();
        } else {
            entry.state = OutgoingEntry::State::Sent;
            entry.messageId = sentId();
        }
        try {
            record(entry);
        } catch (const Store::ContactStore::Failure &failure) {
            // The message went (or not) but the outbox could not note it:
            // it stays "sending" and a later send repeats it safely.
            entry.error = tr("The outbox could not be saved: %1").arg(failure.message);
            Q_EMIT entryChanged(entry);
        }
        ++m_done;
        Q_EMIT progress(m_done, m_total);
        if (m_batch)
            pump();
    });
    request->start();
}

void MessageOutbox::finishIfDone()
{
    if (!m_batch || !m_requests.isEmpty() || (!m_queue.isEmpty() && !m_cancelled))
        return;
    const qint64 batch = m_batch;
    m_batch = 0;
    m_queue.clear();
    int sent = 0;
    int failed = 0;
    int unsent = 0;
    for (const OutgoingEntry &entry : entries(batch)) {
        switch (entry.state) {
        case OutgoingEntry::State::Sent:
            ++sent;
            break;
        case OutgoingEntry::State::Failed:
            ++failed;
            break;
        default:
            ++unsent;
        }
    }
    Q_EMIT finished(batch, sent, failed, unsent);
    Q_EMIT unsentCountChanged(unsentCount());
}

} // namespace ContactDesk::Sync
