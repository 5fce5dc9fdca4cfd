#pragma once

#include "core/Domain.h"

#include <QJsonObject>
#include <QLatin1String>

// The field map: a contact as a JSON object with one key per thing a user
// edits. The store keeps two of them per contact (what the server said and
// what the user sees), the outbox records edits as patches of them, and
// merges and conflicts work per key. Every layer names the keys through the
// constants below, never as literals, so a typo cannot drop an edit.
namespace ContactDesk::Field {

inline constexpr QLatin1String first{"first"};
inline constexpr QLatin1String last{"last"};
inline constexpr QLatin1String displayName{"display_name"};
inline constexpr QLatin1String phone{"phone"}; // E.164 digits, no '+'
inline constexpr QLatin1String email{"email"};
inline constexpr QLatin1String optedOut{"opted_out"}; // bool
inline constexpr QLatin1String blocked{"blocked"};    // bool
inline constexpr QLatin1String owner{"owner"};        // a member's id, or null
inline constexpr QLatin1String tags{"tags"};          // array of tag ids
inline constexpr QLatin1String channels{"channels"};  // array of {type, value}
// "custom.<field id>": one key per custom value (a string).
inline constexpr QLatin1String customPrefix{"custom."};

// A contact carries at most this many tags (Heymarket's limit).
inline constexpr int maxTags = 5;

QString custom(qint64 fieldId);
QString custom(const QString &fieldId);
bool isCustom(const QString &key);
// The field id of a "custom.<id>" key; empty for other keys.
QString customId(const QString &key);

// The keys of one entry of `channels`, and of the outbox patch of a
// channel add or remove.
inline constexpr QLatin1String channelType{"type"};
inline constexpr QLatin1String channelValue{"value"};
// An entry of `channels`: whether it is the primary channel of its type (the
// one the API's by-type PUT/GET/DELETE address; the contact's phone/email).
inline constexpr QLatin1String channelPrimary{"primary"};
// The outbox patch of a channel change: the value it gets (channelValue is
// the value it had).
inline constexpr QLatin1String channelNewValue{"new_value"};
// The outbox patch of a status change: {"status": "blocked"} and the like.
inline constexpr QLatin1String status{"status"};
// The outbox patch of a create carries its client id too.
inline constexpr QLatin1String localId{"local_id"};
// A conflict, per field: {"mine": value, "theirs": value}.
inline constexpr QLatin1String conflictMine{"mine"};
inline constexpr QLatin1String conflictTheirs{"theirs"};
// Keys only an import's rows carry: tag names the team does not have yet,
// and "custom_title.<title>" for a custom field the import creates.
inline constexpr QLatin1String tagNames{"tag_names"};
inline constexpr QLatin1String customTitlePrefix{"custom_title."};

// The keys a create carries when a deleted contact is made again (undo of
// a delete): names, phone, email, tags, owner and custom values.
bool isWritableOnCreate(const QString &key);
// A key as people name it ("First name", a custom field's title, "Tags"),
// for the window and the CLI alike; the key itself when it is none of these.
QString label(const QString &key, const QList<CustomField> &customFields);

// The value a key has when a contact has none: null for owner, [] for tags
// and channels, false for opted_out and blocked, "" for the rest.
QJsonValue emptyValue(const QString &key);

} // namespace ContactDesk::Field

// Channel types as the API names them.
namespace ContactDesk::ChannelType {
inline constexpr QLatin1String phone{"phone"};
inline constexpr QLatin1String email{"email"};
} // namespace ContactDesk::ChannelType

namespace ContactDesk::ContactFields {

// The field map of a contact the server sent.
QJsonObject fromContact(const Contact &contact);
// The write body that sets `fields` (only the keys present).
ContactWrite toWrite(const QJsonObject &fields);

} // namespace ContactDesk::ContactFields
