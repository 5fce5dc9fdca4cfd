#pragma once

#include "core/Domain.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace ContactDesk::ApiJson {

// Pure JSON decoding and encoding of Heymarket objects. Lenient where the
// spec is unclear (CONFLICT/UNSPECIFIED: ids as integers or strings, tags as
// integers, {"tag_id"} or full objects, lists bare or wrapped, phones with or
// without '+'), strict about what matters: an object where an object is
// promised, integer ids, string phones. Each decoder returns nothing and
// says why in *problem when the value is not what it should be.

std::optional<qint64> readId(const QJsonValue &value);

std::optional<Contact> decodeContact(const QJsonValue &value, QString *problem);
std::optional<QList<Contact>> decodeContacts(const QJsonValue &value, QString *problem);
std::optional<Channel> decodeChannel(const QJsonValue &value, QString *problem);
std::optional<QList<Channel>> decodeChannels(const QJsonValue &value, QString *problem);
std::optional<Tag> decodeTag(const QJsonValue &value, QString *problem);
std::optional<QList<Tag>> decodeTags(const QJsonValue &value, QString *problem);
std::optional<WriteResult> decodeWriteResult(const QJsonValue &value, QString *problem);
std::optional<ContactStatus> decodeContactStatus(const QJsonValue &value, QString *problem);
std::optional<QList<CustomField>> decodeCustomFields(const QJsonValue &value, QString *problem);
std::optional<Team> decodeTeam(const QJsonValue &value, QString *problem);
// Messages (11.3) and the answer to a send (11.1, 11.2).
std::optional<Message> decodeMessage(const QJsonValue &value, QString *problem);
std::optional<QList<Message>> decodeMessages(const QJsonValue &value, QString *problem);
std::optional<SentMessage> decodeSentMessage(const QJsonValue &value, QString *problem);
std::optional<Conversation> decodeConversation(const QJsonValue &value, QString *problem);
std::optional<QList<Conversation>> decodeConversations(const QJsonValue &value, QString *problem);
std::optional<Template> decodeTemplate(const QJsonValue &value, QString *problem);
std::optional<QList<Template>> decodeTemplates(const QJsonValue &value, QString *problem);
std::optional<QList<TeamUser>> decodeTeamUsers(const QJsonValue &value, QString *problem);
std::optional<QList<Inbox>> decodeInboxes(const QJsonValue &value, QString *problem);
std::optional<qint64> decodeCount(const QJsonValue &value, QString *problem);
// v1 batch create: "ok", or an array of failed (or, per the generated
// schema, created) contacts.
std::optional<BatchResult> decodeBatchResult(const QJsonValue &value, QString *problem);
// v2 bulk: {"contacts": [...], "failed_contacts": [{"contact": {...}, ...}]}.
std::optional<BatchResult> decodeBulkResult(const QJsonValue &value, QString *problem);

// A mutation's bare acknowledgement: "ok", "success", another string, true,
// or an object (some answers are undocumented). Errors come as HTTP statuses.
bool isAcknowledgement(const QJsonValue &value);

QJsonObject encodeContactWrite(const ContactWrite &write);
QString statusChangeName(ContactStatusChange change);
// The change a status name stands for; nothing for a name that is not one.
std::optional<ContactStatusChange> statusChangeFromName(const QString &name);
QString stripPlus(const QString &phone);

} // namespace ContactDesk::ApiJson
