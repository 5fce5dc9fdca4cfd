#pragma once

#include "core/Compose.h"
#include "store/ContactStore.h"
#include "store/MessageOutbox.h"

namespace ContactDesk::Sync {

// The contacts with `ids` as compose sees them (in that order; ids the store
// does not know are left out): name, the phone and the email address they
// are reached at (the primary ones, else the first channel of the kind),
// opted-out and blocked, and merge values: first_name, last_name,
// display_name, phone, email and every custom field by lower-case title.
QList<Compose::Recipient> recipientsFor(const Store::ContactStore &store, const QList<qint64> &ids);

// The recipients' contact ids, in order (0 for an address no contact has).
QList<qint64> contactIdsOf(const QList<Compose::Recipient> &recipients);
// Takes the messaging statuses a StatusReader read (its Result::statuses:
// the server's word with the user's unpushed change over it) into the
// recipients it has one for: the preflight of the compose dialog and of
// contactdesk-cli send.
void takeStatuses(QList<Compose::Recipient> &recipients,
                  const QHash<qint64, ContactStatus> &statuses);

// What a compose form says besides the message text.
struct Envelope
{
    Compose::Medium medium = Compose::Medium::Sms;
    qint64 inboxId = 0;
    qint64 creatorId = 0;
    QString mediaUrl;      // SMS: makes it an MMS
    QString subject;       // email, with merge tokens
    QString plain;         // email, with merge tokens; empty: made from the HTML
    qint64 templateId = 0; // SMS: the text is this saved template, unchanged
};

// One message per recipient the preflight lets go, in its order, as sent:
// the rendered text, and for email the subject and plain text rendered for
// that recipient. The compose dialog and contactdesk-cli send these.
QList<Store::OutgoingMessage> outgoingMessages(const Compose::Preflight &preflight,
                                               const Envelope &envelope);

} // namespace ContactDesk::Sync
