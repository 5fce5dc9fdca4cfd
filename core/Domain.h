#pragma once

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace ContactDesk {

// Value types for the Heymarket objects the app works with (spec sections
// 3-10). Timestamps are kept both as milliseconds since the epoch and, where
// they serve as a paging cursor, as the exact text the server sent.

struct Channel
{
    QString id;        // string or integer on the wire (spec CONFLICT); kept as text
    QString contactId; // the owning contact's UUID (or integer id, as text)
    QString type;      // phone, email, facebook, ...
    QString value;     // channel_id on the wire
    QString handle;
    QString info;
    qint64 created = 0;
    qint64 updated = 0;

    friend bool operator==(const Channel &a, const Channel &b)
    {
        return a.id == b.id && a.contactId == b.contactId && a.type == b.type &&
               a.value == b.value && a.handle == b.handle && a.info == b.info &&
               a.created == b.created && a.updated == b.updated;
    }
};

struct Tag
{
    qint64 id = 0;
    QString name;  // "tag" on the wire
    QString color; // "#RRGGBB", may be empty
    qint64 created = 0;
    qint64 updated = 0;
    QString updatedText;
    qint64 rev = 0;

    friend bool operator==(const Tag &a, const Tag &b)
    {
        return a.id == b.id && a.name == b.name && a.color == b.color && a.created == b.created &&
               a.updated == b.updated && a.rev == b.rev;
    }
};

struct Contact
{
    qint64 id = 0; // v1 integer id
    QString uuid;  // v2 contactID; empty when the response did not carry it
    QString first;
    QString last;
    QString displayName;
    QString email;
    QString phone;                 // E.164 digits without '+'
    QMap<QString, QString> custom; // custom field id (as text) -> value
    QList<qint64> tagIds;          // at most five
    std::optional<qint64> ownerId; // assigned_user_id
    qint64 creatorId = 0;
    qint64 teamId = 0;
    bool shared = false;
    bool optedOut = false;     // is_opted_out
    bool optedOutKnown = true; // false: the answer did not carry is_opted_out
    QString avatar;
    qint64 created = 0;
    qint64 updated = 0;
    QString updatedText; // the server's text, echoed back as the list cursor
    qint64 rev = 0;
    QString op;
    QList<Channel> channels; // v2 responses only

    friend bool operator==(const Contact &a, const Contact &b)
    {
        return a.id == b.id && a.uuid == b.uuid && a.first == b.first && a.last == b.last &&
               a.displayName == b.displayName && a.email == b.email && a.phone == b.phone &&
               a.custom == b.custom && a.tagIds == b.tagIds && a.ownerId == b.ownerId &&
               a.creatorId == b.creatorId && a.teamId == b.teamId && a.shared == b.shared &&
               a.optedOut == b.optedOut && a.optedOutKnown == b.optedOutKnown &&
               a.avatar == b.avatar && a.created == b.created && a.updated == b.updated &&
               a.rev == b.rev && a.op == b.op && a.channels == b.channels;
    }
};

// The write side of a contact (spec section 3): only the fields that are set
// are sent. Note the asymmetry with Contact: write `assignee_id`, read
// `assigned_user_id`.
struct ContactWrite
{
    std::optional<QString> phone;
    std::optional<QString> first;
    std::optional<QString> last;
    std::optional<QString> displayName;
    std::optional<QString> email;
    std::optional<QString> avatar;
    std::optional<QMap<QString, QString>> custom; // an empty value clears that field
    std::optional<QList<qint64>> tagIds;
    std::optional<std::optional<qint64>> owner; // inner nullopt = unassign (-1)
    std::optional<bool> optedOut;
    QList<Channel> channels; // v2 create / bulk: type + value
    QString contactUuid;     // v2 bulk: update this contact
};

enum class ContactStatusChange
{
    Active,
    Blocked,
    Unblocked,
    Subscribed,
    Unsubscribed
};

struct ContactStatus
{
    qint64 id = 0;
    QString phone;
    bool unsubscribed = false;
    bool blocked = false;
};

// What create and update answer: {"id", "rev", "uuid"}.
struct WriteResult
{
    qint64 id = 0;
    qint64 rev = 0;
    QString uuid;
};

struct CustomField
{
    qint64 id = 0;
    QString title;
    bool duplicate = false; // from create: a field with this title already existed
};

struct TeamMember
{
    qint64 id = 0;
    QString name;
    QString role;
};

struct Team
{
    qint64 id = 0;
    QString name;
    int listSize = 0;
    QList<TeamMember> members;
};

// A membership from GET /v1/users/get.
struct TeamUser
{
    qint64 id = 0;
    QString phone;
    QString name;
    QString email;
    int roleId = 0;
    qint64 teamId = 0;
};

struct Inbox
{
    qint64 id = 0;
    QString name;
    qint64 teamId = 0;
    QList<qint64> memberIds;
    QStringList phones; // E.164 digits, '+' stripped
    QString phone;
    bool autoAssignable = false;
    // The contract lists no field that tells whether an inbox sends email:
    // every inbox is offered, and a refusal is remembered (MessageOutbox).
};

// A message as history lists it (spec 11.3). Recorded by the sandbox.
struct Message
{
    qint64 id = 0;
    QString text;
    QString media;   // MMS media URL
    QString phone;   // the contact's number (SMS/MMS)
    QString type;    // sms, mms, email, note, ... (UNSPECIFIED enumeration: kept as text)
    QString status;  // delivery status, as text
    qint64 date = 0; // ms since the epoch
    qint64 userId = 0;
    QString localId;
    qint64 conversationId = 0;
};

// A message template (12.1): written with "title", read back as "name".
struct Template
{
    qint64 id = 0;
    QString name;
    QString localId;
    QString text; // content.text, with merge tokens
    bool archived = false;
    qint64 rev = 0;
    qint64 updated = 0;
};

// A conversation (14.1): one inbox with one contact (phone or email thread).
struct Conversation
{
    qint64 id = 0;
    qint64 inboxId = 0;
    QString target;  // the contact's phone digits or email address
    QString channel; // sms, mms, email, chat
    QString status;  // open or closed
    qint64 created = 0;
    qint64 updated = 0;  // ms since the epoch
    QString updatedText; // as the server wrote it: the paging cursor
};

// The answer to a send (11.1 and 11.2 share it; fields each may lack).
struct SentMessage
{
    qint64 id = 0;
    qint64 date = 0;
    QString galleryUrl;
    qint64 conversationId = 0; // email: convo_id, for replies
    bool queued = false;
};

// One element the server refused in a batch/bulk write.
struct FailedContact
{
    QString phone; // as sent, to find the row it came from
    QString contactUuid;
    QString field;
    QString message;
};

struct BatchResult
{
    QList<Contact> contacts; // bulk v2: the contacts that succeeded
    QList<FailedContact> failed;
};

} // namespace ContactDesk

Q_DECLARE_METATYPE(ContactDesk::Contact)
