#pragma once

#include "api/HeymarketClient.h"
#include "store/MessageOutbox.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace ContactDesk::Sync {

class SyncOwner;

// Sends the message outbox's batches (Store::MessageOutbox): two requests on
// their way at a time, the client's scheduler keeping them within the rate
// limit; each entry's result is written back as it arrives. The app never
// sends again on its own: what is unsent waits to be sent when asked.
//
// Two programs on one profile: a batch is sent by one process at a time
// (its lock, SyncOwner::sendLockFor, is held while it is sent); a batch
// another program is sending is neither listed as unsent here nor sent
// (send() refuses it: refusal()). What another program changes in the
// message outbox is seen (Store::ContactStore::messagesChanged): the
// unsent count follows.
class MessageSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageSender)

public:
    MessageSender(Store::ContactStore *store, Api::HeymarketClient *client,
                  QObject *parent = nullptr);
    ~MessageSender() override;

    // Writes the messages as a new batch; 0 with error set when the store
    // could not keep them (nothing is sent then).
    qint64 enqueue(const QList<Store::OutgoingMessage> &messages, QString *error);
    // Sends the batch's pending (and interrupted) entries; with
    // includeFailed also those that failed before. One batch at a time:
    // false when another is on its way, or another program sends this one
    // (refusal() says so).
    bool send(qint64 batch, bool includeFailed = false);
    // Why the last send() was refused, for people; empty when it was not.
    QString refusal() const { return m_refusal; }
    // No further requests; those on their way finish. Unsent entries stay.
    void cancel();
    bool isSending() const { return m_batch != 0; }
    qint64 sendingBatch() const { return m_batch; }

    QList<Store::OutgoingEntry> entries(qint64 batch) const { return m_outbox.entries(batch); }
    int unsentCount() const { return m_outbox.unsentCount(); }
    // Batches with unsent entries, but not those another program sends now.
    QList<qint64> unsentBatches() const;
    // Drops a batch's unsent entries (the user gave up on them); not the
    // one being sent.
    void discardUnsent(qint64 batch);

    // Inboxes Heymarket refused email from, with its words (see
    // Store::MessageOutbox::emailRefusals).
    QHash<qint64, QString> emailRefusals() const { return m_outbox.emailRefusals(); }
    // Whether a refused email send says the inbox cannot send email.
    static bool refusesInbox(const Api::ApiError &error);

    static constexpr int maxInFlight = 2;

Q_SIGNALS:
    void entryChanged(const ContactDesk::Store::OutgoingEntry &entry);
    void progress(int done, int total);
    // Every entry of the batch answered, or the sending was cancelled.
    void finished(qint64 batch, int sent, int failed, int unsent);
    void unsentCountChanged(int count);
    void emailRefusalsChanged();

private:
    void pump();
    void startEntry(Store::OutgoingEntry entry);
    void answered(Store::OutgoingEntry entry, const Api::ApiError &error, qint64 messageId);
    void finishIfDone();
    void noteEmailAnswer(qint64 inboxId, const Api::ApiError &error);

    Store::ContactStore *m_store;
    Store::MessageOutbox m_outbox;
    QPointer<Api::HeymarketClient> m_client;
    Api::RequestGroup m_requests;
    qint64 m_batch = 0;
    QList<Store::OutgoingEntry> m_queue;
    bool m_cancelled = false;
    int m_total = 0;
    int m_done = 0;
    std::unique_ptr<SyncOwner> m_batchLock; // held while m_batch is sent
    QString m_refusal;
};

} // namespace ContactDesk::Sync
