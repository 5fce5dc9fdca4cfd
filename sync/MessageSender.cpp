#include "sync/MessageSender.h"

#include "api/MessageRequests.h"
#include "sync/SyncOwner.h"

namespace ContactDesk::Sync {

MessageSender::MessageSender(Store::ContactStore *store, Api::HeymarketClient *client,
                             QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_outbox(store)
    , m_client(client)
{
    // Another program's sends and new batches: the unsent count follows.
    connect(m_store, &Store::ContactStore::messagesChanged, this, [this] {
        if (m_store->isReplaying())
            Q_EMIT unsentCountChanged(m_outbox.unsentCount());
    });
}

MessageSender::~MessageSender()
{
    m_batch = 0;
    m_requests.dropAll();
}

QList<qint64> MessageSender::unsentBatches() const
{
    QList<qint64> batches;
    for (qint64 batch : m_outbox.unsentBatches())
        if (batch == m_batch ||
            !SyncOwner::isHeldElsewhere(SyncOwner::sendLockFor(m_store->path(), batch)))
            batches.append(batch);
    return batches;
}

qint64 MessageSender::enqueue(const QList<Store::OutgoingMessage> &messages, QString *error)
{
    const qint64 batch = m_outbox.enqueue(messages);
    if (!batch) {
        if (error)
            *error = tr("The messages were not sent: %1").arg(m_store->lastError().describe());
        return 0;
    }
    m_store->noteMessagesChanged();
    Q_EMIT unsentCountChanged(m_outbox.unsentCount());
    return batch;
}

void MessageSender::discardUnsent(qint64 batch)
{
    if (batch == m_batch)
        return;
    m_outbox.discardUnsent(batch);
    m_store->noteMessagesChanged();
    Q_EMIT unsentCountChanged(m_outbox.unsentCount());
}

bool MessageSender::send(qint64 batch, bool includeFailed)
{
    m_refusal.clear();
    if (m_batch != 0 || !m_client)
        return false;
    // One sender per batch across the programs on the profile: what another
    // one sends ("sending" here) is not sent again.
    auto lock = std::make_unique<SyncOwner>(SyncOwner::sendLockFor(m_store->path(), batch));
    if (!lock->claim(this)) {
        const QString other = lock->otherHolder();
        m_refusal = tr("%1 is sending these messages now.")
                        .arg(other.isEmpty() ? tr("Another program") : other);
        lock->release(this);
        return false;
    }
    m_batchLock = std::move(lock);
    m_queue = m_outbox.toSend(batch, includeFailed);
    m_batch = batch;
    m_cancelled = false;
    m_total = int(m_queue.size());
    m_done = 0;
    Q_EMIT progress(0, m_total);
    pump();
    return true;
}

void MessageSender::cancel()
{
    m_cancelled = true;
    finishIfDone();
}

void MessageSender::pump()
{
    while (!m_cancelled && m_requests.size() < maxInFlight && !m_queue.isEmpty())
        startEntry(m_queue.takeFirst());
    finishIfDone();
}

void MessageSender::startEntry(Store::OutgoingEntry entry)
{
    // Marked sending (durably) before the request: a crash after this sends
    // it again with the same local_id, which the server answers once.
    entry.state = Store::OutgoingEntry::State::Sending;
    entry.error.clear();
    if (!m_outbox.record(entry)) {
        entry.state = Store::OutgoingEntry::State::Failed;
        entry.error = tr("Not sent: %1").arg(m_store->lastError().describe());
        Q_EMIT entryChanged(entry);
        ++m_done;
        return;
    }
    m_store->noteMessagesChanged();
    Q_EMIT entryChanged(entry);
    const Store::OutgoingMessage &m = entry.message;
    if (m.medium == Compose::Medium::Email) {
        Api::EmailSend email;
        email.inboxId = m.inboxId;
        email.creatorId = m.creatorId;
        email.to = {m.to};
        email.title = m.subject;
        email.html = m.text;
        email.plain = m.plain;
        email.localId = entry.localId;
        m_client->send(new Api::SendEmailRequest(m_client, email), &m_requests,
                       [this, entry](const Api::SendEmailRequest &request) {
                           answered(entry, request.error(), request.result().id);
                       });
    } else {
        Api::MessageSend sms;
        sms.inboxId = m.inboxId;
        sms.creatorId = m.creatorId;
        sms.phone = m.to;
        // A saved template used unchanged goes as template_id alone: the
        // server renders it (text and template_id together: which wins
        // is not said, and a strict server refuses the pair).
        if (m.templateId)
            sms.templateId = m.templateId;
        else
            sms.text = m.text;
        sms.mediaUrl = m.mediaUrl;
        sms.localId = entry.localId;
        m_client->send(new Api::SendMessageRequest(m_client, sms), &m_requests,
                       [this, entry](const Api::SendMessageRequest &request) {
                           answered(entry, request.error(), request.result().id);
                       });
    }
}

void MessageSender::answered(Store::OutgoingEntry entry, const Api::ApiError &error,
                             qint64 messageId)
{
    if (error.isError()) {
        entry.state = Store::OutgoingEntry::State::Failed;
        entry.error = error.describe();
    } else {
        entry.state = Store::OutgoingEntry::State::Sent;
        entry.messageId = messageId;
    }
    if (entry.message.medium == Compose::Medium::Email)
        noteEmailAnswer(entry.message.inboxId, error);
    if (!m_outbox.record(entry)) {
        // The message went (or not) but the outbox could not note it: it
        // stays "sending" there, and a later send repeats it safely.
        entry.error =
            tr("The outbox could not note the result: %1").arg(m_store->lastError().describe());
    }
    m_store->noteMessagesChanged();
    Q_EMIT entryChanged(entry);
    ++m_done;
    Q_EMIT progress(m_done, m_total);
    if (m_batch)
        pump();
}

bool MessageSender::refusesInbox(const Api::ApiError &error)
{
    // A refusal (not a failure to get through) that names the inbox, or no
    // field at all: an address at fault is named (`targets`), so what is
    // left is the inbox the email was sent from.
    const bool refused = error.kind == Api::ApiError::Kind::BadRequest ||
                         error.kind == Api::ApiError::Kind::Forbidden;
    return refused && (error.field.isEmpty() || error.field == QLatin1String("inbox"));
}

void MessageSender::noteEmailAnswer(qint64 inboxId, const Api::ApiError &error)
{
    const QHash<qint64, QString> before = m_outbox.emailRefusals();
    if (!error.isError() && before.contains(inboxId))
        m_outbox.clearEmailRefusal(inboxId);
    else if (refusesInbox(error) && before.value(inboxId) != error.message)
        m_outbox.noteEmailRefusal(inboxId, error.message);
    else
        return;
    Q_EMIT emailRefusalsChanged();
}

void MessageSender::finishIfDone()
{
    if (!m_batch || m_requests.size() > 0 || (!m_queue.isEmpty() && !m_cancelled))
        return;
    const qint64 batch = m_batch;
    m_batch = 0;
    m_queue.clear();
    m_batchLock.reset(); // another program may send what is left of it now
    int sent = 0;
    int failed = 0;
    int unsent = 0;
    for (const Store::OutgoingEntry &entry : m_outbox.entries(batch)) {
        switch (entry.state) {
        case Store::OutgoingEntry::State::Sent:
            ++sent;
            break;
        case Store::OutgoingEntry::State::Failed:
            ++failed;
            break;
        default:
            ++unsent;
        }
    }
    Q_EMIT finished(batch, sent, failed, unsent);
    Q_EMIT unsentCountChanged(m_outbox.unsentCount());
}

} // namespace ContactDesk::Sync
