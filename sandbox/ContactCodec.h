#pragma once

#include "sandbox/HttpTypes.h"
#include "sandbox/Records.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace ContactDesk::Sandbox {

// Decoding of contact write bodies (spec section 3, write side) with
// validation that names the field at fault, and encoding of stored contacts
// in their v1 and v2 response forms. Pure functions: no database access.

struct ChannelInput
{
    QString type;
    QString value;
    QString handle;
    QString info;
};

struct ContactInput
{
    std::optional<QString> phone;
    std::optional<QString> first;
    std::optional<QString> last;
    std::optional<QString> displayName;
    std::optional<QString> email;
    std::optional<QString> avatar;
    std::optional<QJsonObject> custom; // values are strings, or null to remove
    std::optional<QList<qint64>> tags;
    std::optional<std::optional<qint64>> owner; // inner nullopt = unassign (-1)
    std::optional<bool> optedOut;
    std::optional<QList<ChannelInput>> channels;
    std::optional<QString> contactId; // v2 bulk: the UUID to update
};

inline constexpr int maxTagsPerContact = 5;
inline constexpr int maxTextLength = 255;

// Throws HttpError (400) naming prefix + field for anything malformed.
ContactInput parseContactInput(const QJsonObject &body, const QString &prefix = {});
ChannelInput parseChannelInput(const QJsonObject &body, const QString &prefix = {});

// Checks a value for a channel type: E.164 digits for phone, an address for
// email, non-empty otherwise. Throws HttpError naming field.
void validateChannelValue(const QString &type, const QString &value, const QString &field);

bool isUuid(const QString &text);
// A JSON number that is a whole number, as an integer.
std::optional<qint64> integerValue(const QJsonValue &value);
std::optional<qint64> parsePositiveId(const QString &text);

QJsonObject tagJson(const TagRecord &tag, qint64 teamId);
QJsonObject channelJson(const ChannelRecord &channel, const ContactRecord &owner, qint64 teamId);
// strictShape: the strict reading of section 3's gaps: `tags` as bare
// integer ids instead of full Tag objects, and no `is_opted_out` (only the
// narrative table lists it).
QJsonObject contactJsonV1(const ContactRecord &contact, const QHash<qint64, TagRecord> &tags,
                          qint64 teamId, bool strictShape = false);
QJsonObject contactJsonV2(const ContactRecord &contact, const QHash<qint64, TagRecord> &tags,
                          qint64 teamId, bool strictShape = false);
QJsonArray channelsJson(const ContactRecord &contact, qint64 teamId);

} // namespace ContactDesk::Sandbox
