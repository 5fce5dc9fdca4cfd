#pragma once

#include "core/Compose.h"
#include "store/ContactStore.h"

#include <QObject>
#include <QPointer>

namespace ContactDesk::Api {
class ApiRequest;
class HeymarketClient;
} // namespace ContactDesk::Api

namespace ContactDesk::Sync {

// One message to one recipient, already rendered (what the preview showed
// is what goes out).
struct OutgoingMessage
{
    qint64 contactId = 0;
    QString label; // the recipient as people read it
    Compose::Medium medium = Compose::Medium::Sms;
    qint64 inboxId = 0;
    qint64 creatorId = 0;
    QString to;       // E.164 digits (SMS) or an address (email)
    QString text;     // the SMS text, or the email's HTML body
    QString mediaUrl; // MMS
    QString subject;  // email: conv_title
    QString plain;    // email: raw_text
};

struct OutgoingEntry
{
    enum class State
    {
        Pending = 0, // to send (also: cancelled before it went)
        Sending = 1, // sent, answer not recorded: sent again with the same local_id
        Sent = 2,
        Failed = 3 // refused, or no answer after the retries: error says why
    };

    qint64 id = 0;
    qint64 batch = 0;
    OutgoingMessage message;
    QString localId; // "cd-" + a UUID: makes every attempt safe to repeat
    State state = State::Pending;
    QString error;
    qint64 messageId = 0; // the server's, once sent
};

// The contacts with `ids` as compose sees them (in that order; ids the store
// does not know are left out): name, the phone and the email address they
// are reached at (the primary ones, else the first channel of the kind),
// opted-out and blocked, and merge values: first_name, last_name,
// display_name, phone, email and every custom field by lower-case title.
QList<Compose::Recipient> recipientsFor(const Store::ContactStore &store, const QList<qint64> &ids);

// The message outbox: each send to many recipients is a batch of entries
// kept in the store's file (table message_out, schema 6), so a failure or
// a crash loses nothing. Every entry carries its own local_id from the
// start: a retry, Qt's silent re-send of a POST or a resumed batch never
// delivers twice. Two requests are on their way at a time; the client's
// scheduler keeps them within the rate limit.
class MessageOutbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageOutbox)

public:
    MessageOutbox(Store::ContactStore *store, Api::HeymarketClient *client,
                  QObject *parent = nullptr);
    ~MessageOutbox() override;

    // Writes the messages as a new batch; 0 with error when the store fails.
    qint64 enqueue(const QList<OutgoingMessage> &messages, QString *error);
    // Sends the batch's pending (and interrupted) entries; with
    // includeFailed also those that failed before. One batch at a time:
    // false when another is on its way.
    bool send(qint64 batch, bool includeFailed = false);
    // No further requests; those on their way finish. Unsent entries stay.
    void cancel();
    bool isSending() const { return m_batch != 0; }
    qint64 sendingBatch() const { return m_batch; }

    QList<OutgoingEntry> entries(qint64 batch) const;
    // Pending, interrupted or failed entries of every batch.
    int unsentCount() const;
    // Batches with unsent entries, oldest first.
    QList<qint64> unsentBatches() const;
    // Drops a batch's unsent entries (the user gave up on them).
    void discardUnsent(qint64 batch);

    static constexpr int maxInFlight = 2;

Q_SIGNALS:
    void entryChanged(const ContactDesk::Sync::OutgoingEntry &entry);
    void progress(int done, int total);
    // Every entry of the batch answered, or the sending was cancelled.
    void finished(qint64 batch, int sent, int failed, int unsent);
    void unsentCountChanged(int count);

private:
    void pump();
    void startEntry(OutgoingEntry entry);
    void record(OutgoingEntry &entry);
    void finishIfDone();

    Store::ContactStore *m_store;
    QPointer<Api::HeymarketClient> m_client;
    qint64 m_batch = 0;
    QList<OutgoingEntry> m_queue;
    QList<QPointer<Api::ApiRequest>> m_requests;
    bool m_cancelled = false;
    int m_total = 0;
    int m_done = 0;
};

} // namespace ContactDesk::Sync

Q_DECLARE_METATYPE(ContactDesk::Sync::OutgoingEntry)
