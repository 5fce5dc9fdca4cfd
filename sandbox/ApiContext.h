#pragma once

#include "sandbox/ContactCodec.h"
#include "sandbox/HttpTypes.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxStore.h"

#include <QHash>

namespace ContactDesk::Sandbox {

// Limits the endpoints keep (spec sections 4.10, 5.7, 18 and the list pages).
inline constexpr int maxBatchSize = 1000; // contacts per batch or bulk request
inline constexpr int defaultPageSize = 30;
inline constexpr int maxPageSize = 100;

// Whether a contact write refuses to leave the contact without a channel:
// v2 creates and v2 bulk writes do; the other writes do not check.
enum class NeedsChannel : bool
{
    No,
    Yes
};

// What every endpoint area shares, handed to each handler: the store, the
// team, the tags by id (contacts are answered with their tags' names), and
// the contact lookups and writes that more than one area makes. One per
// SandboxApi, living in the server's thread.
class ApiContext final
{
    Q_DISABLE_COPY_MOVE(ApiContext)

public:
    ApiContext(SandboxStore &store, Reading reading);

    // How the spec's open points are read (SandboxOptions.h, README.md).
    Reading reading() const { return m_reading; }
    bool strict() const { return m_reading == Reading::Strict; }

    SandboxStore &store() const { return m_store; }
    qint64 teamId() const { return m_teamId; }
    const QHash<qint64, TagRecord> &tags();
    // After a tag was created or deleted: tags() reads them again.
    void forgetTags() { m_tagsLoaded = false; }

    // The contact a v2 path names by UUID, or 400 (not a UUID) / 404.
    ContactRecord requireContactV2(const QString &uuidText) const;

    // A contact not yet stored (id 0), created now by the team's first member.
    ContactRecord newContact(qint64 now) const;
    // Applies `input` to a new or a stored contact and writes it (a create
    // when its id is 0, else an update) in the caller's transaction. Every
    // reference (custom field, tag, owner, phone already taken) is checked
    // before anything changes; refusals name prefix.field. overwriteCustom
    // replaces the custom values instead of merging them. In the strict
    // reading an update (id not 0) takes the body as the whole record: the
    // non-custom fields it omits are cleared (is_opted_out and the channels
    // other than the primary email excepted), `phone` is required when the
    // contact has one, and null custom values are refused (README.md).
    void writeContact(ContactRecord &contact, const ContactInput &input, bool overwriteCustom,
                      qint64 now, const QString &prefix, NeedsChannel needsChannel);
    // The same for one new contact, in a transaction of its own.
    ContactRecord createContact(const ContactInput &input, NeedsChannel needsChannel);
    // The same for one stored contact, in a transaction of its own.
    void updateContact(ContactRecord &contact, const ContactInput &input, bool overwriteCustom);
    // Adds a channel unless the contact has it already; a phone must not be
    // another contact's (400 naming field).
    void addChannelTo(ContactRecord &contact, const ChannelInput &channel, qint64 now,
                      const QString &field);
    // 400 naming field (with the holder's "id") when another contact has the phone.
    void requirePhoneFree(const QString &phone, const ContactRecord &contact,
                          const QString &field) const;
    // Deletes a contact with its conversations and messages (4.4), in the
    // caller's transaction.
    void deleteContact(const ContactRecord &contact);
    Reply removeContact(const ContactRecord &contact);
    // POST /v1/contacts and /v2/contacts/list: one page, in either form.
    Reply listContacts(const Call &call, bool v2Form);

    QJsonObject v1(const ContactRecord &contact)
    {
        return contactJsonV1(contact, tags(), m_teamId, strict());
    }
    QJsonObject v2(const ContactRecord &contact)
    {
        return contactJsonV2(contact, tags(), m_teamId, strict());
    }

private:
    void applyInput(ContactRecord &contact, const ContactInput &input, bool overwriteCustom,
                    qint64 now, const QString &prefix);

    SandboxStore &m_store;
    Reading m_reading = Reading::Lenient;
    QHash<qint64, TagRecord> m_tags;
    bool m_tagsLoaded = false;
    qint64 m_teamId = 0;
};

// A contact's channels in memory. The contact's phone and email mirror its
// first channel of each type.
ChannelRecord *firstChannel(ContactRecord &contact, const QString &type);
bool hasChannel(const ContactRecord &contact, const ChannelInput &channel);
// Sets (or, given an empty value, removes) the first channel of a type.
void setPrimaryValue(ContactRecord &contact, const QString &type, const QString &newValue,
                     qint64 now);
void refreshMirrors(ContactRecord &contact);
// The display name that follows the names: "first last" (empty without names).
QString autoDisplayName(const ContactRecord &contact);
// One more revision, written now by `op` (create, update, channel_add, ...).
void touch(ContactRecord &contact, qint64 now, const QString &op);
// What a contact write answers: {"id", "rev", "uuid"}.
QJsonObject writeResult(const ContactRecord &contact);

} // namespace ContactDesk::Sandbox
