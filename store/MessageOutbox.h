#pragma once

#include "core/Compose.h"
#include "store/ContactStore.h"

#include <QHash>

namespace ContactDesk::Store {

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
    // SMS: the team's saved template the text is, unchanged (sent as
    // template_id, the server rendering it; `text` is what it renders to
    // here, for the history and the report).
    qint64 templateId = 0;
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

// The message outbox (table message_out): each send to many recipients is a
// batch of entries kept in the store's file, so a failure or a crash loses
// nothing. Every entry carries its own local_id from the start, so sending
// it again never delivers twice. Sync::MessageSender sends them. Errors as
// ContactStore's: nothing throws; the store reports what failed.
class MessageOutbox final
{
public:
    explicit MessageOutbox(ContactStore *store);
    static QList<Schema::Step> schemaSteps();

    // Writes the messages as a new batch; its number, or 0 when the store failed.
    qint64 enqueue(const QList<OutgoingMessage> &messages);
    QList<OutgoingEntry> entries(qint64 batch) const;
    // The batch's entries that go out: pending and interrupted ones, and
    // with includeFailed those that failed before.
    QList<OutgoingEntry> toSend(qint64 batch, bool includeFailed) const;
    // Writes the entry's state, error and message id.
    bool record(const OutgoingEntry &entry);
    // Pending, interrupted or failed entries of every batch.
    int unsentCount() const;
    // Batches with unsent entries, oldest first.
    QList<qint64> unsentBatches() const;
    // Drops a batch's unsent entries (the user gave up on them).
    bool discardUnsent(qint64 batch);

    // Inboxes the server refused to send email from, with its words: the
    // contract has no inbox field that tells which inboxes send email, so
    // every inbox is offered and what the server said is remembered (kept
    // in the store's file, for this team). A later email that goes clears it.
    QHash<qint64, QString> emailRefusals() const;
    bool noteEmailRefusal(qint64 inboxId, const QString &reason);
    bool clearEmailRefusal(qint64 inboxId);

private:
    ContactStore *m_store;
};

} // namespace ContactDesk::Store

Q_DECLARE_METATYPE(ContactDesk::Store::OutgoingEntry)
