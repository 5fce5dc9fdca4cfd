#include "sandbox/ContactCodec.h"

#include "core/Email.h"
#include "core/Phone.h"
#include "core/Timestamps.h"

#include <QRegularExpression>
#include <QUrl>
#include <QVariant>

#include <cmath>

namespace ContactDesk::Sandbox {

namespace {

QString fieldName(const QString &prefix, const QString &name)
{
    return prefix.isEmpty() ? name : prefix + QLatin1Char('.') + name;
}

std::optional<QString> optionalText(const QJsonObject &body, const QString &key,
                                    const QString &prefix)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined())
        return std::nullopt;
    if (value.isNull())
        return QString();
    if (!value.isString())
        throw HttpError::badData(fieldName(prefix, key), QStringLiteral("must be a string"));
    const QString text = value.toString();
    if (text.size() > maxTextLength) {
        throw HttpError::badData(fieldName(prefix, key),
                                 QStringLiteral("longer than %1 characters").arg(maxTextLength));
    }
    return text;
}

QJsonObject parseCustom(const QJsonValue &value, const QString &field)
{
    if (!value.isObject())
        throw HttpError::badData(field,
                                 QStringLiteral("must be an object keyed by custom field id"));
    const QJsonObject custom = value.toObject();
    for (auto it = custom.begin(); it != custom.end(); ++it) {
        const QString key = it.key();
        const QString keyField = field + QLatin1Char('.') + key;
        if (!parsePositiveId(key)) {
            throw HttpError::badData(keyField,
                                     QStringLiteral("custom keys are numeric field ids written as "
                                                    "strings, not titles"));
        }
        if (!it.value().isString() && !it.value().isNull())
            throw HttpError::badData(keyField,
                                     QStringLiteral("must be a string (or null to clear)"));
        if (it.value().toString().size() > 4096)
            throw HttpError::badData(keyField, QStringLiteral("longer than 4096 characters"));
    }
    return custom;
}

QList<qint64> parseTags(const QJsonValue &value, const QString &field)
{
    if (!value.isArray())
        throw HttpError::badData(field, QStringLiteral("must be an array of {\"tag_id\": N}"));
    const QJsonArray array = value.toArray();
    QList<qint64> tags;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemField = QStringLiteral("%1[%2].tag_id").arg(field).arg(i);
        const QJsonObject item = array.at(i).toObject();
        const auto id = integerValue(item.value(QStringLiteral("tag_id")));
        if (!array.at(i).isObject() || !id || *id <= 0)
            throw HttpError::badData(itemField,
                                     QStringLiteral("must be a positive integer tag id"));
        if (!tags.contains(*id))
            tags.append(*id);
    }
    if (tags.size() > maxTagsPerContact) {
        throw HttpError::badData(field,
                                 QStringLiteral("a contact can hold at most %1 tags; %2 given")
                                     .arg(maxTagsPerContact)
                                     .arg(tags.size()));
    }
    return tags;
}

} // namespace

std::optional<qint64> integerValue(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    // An integer the parser kept exactly is read as such; a double only when
    // integral and inside 64 bits (casting 1e300 or NaN is undefined).
    if (value.toVariant().typeId() == QMetaType::LongLong)
        return value.toVariant().toLongLong();
    const double number = value.toDouble();
    if (!std::isfinite(number) || number < -9223372036854775808.0 ||
        number >= 9223372036854775808.0 || number != std::trunc(number))
        return std::nullopt;
    return static_cast<qint64>(number);
}

bool isUuid(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return shape.match(text).hasMatch();
}

std::optional<qint64> parsePositiveId(const QString &text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    const qint64 id = text.toLongLong();
    if (id <= 0)
        return std::nullopt;
    return id;
}

void validateChannelValue(const QString &type, const QString &value, const QString &field)
{
    if (value.isEmpty())
        throw HttpError::badData(field, QStringLiteral("must not be empty"));
    if (type == QLatin1String("phone")) {
        const QString problem = Phone::e164DigitsProblem(value);
        if (!problem.isEmpty())
            throw HttpError::badData(field, QStringLiteral("phone %1").arg(problem));
    } else if (type == QLatin1String("email")) {
        const QString problem = Email::problem(value);
        if (!problem.isEmpty())
            throw HttpError::badData(field, QStringLiteral("email address %1").arg(problem));
    } else if (value.size() > maxTextLength) {
        throw HttpError::badData(field,
                                 QStringLiteral("longer than %1 characters").arg(maxTextLength));
    }
}

ChannelInput parseChannelInput(const QJsonObject &body, const QString &prefix)
{
    ChannelInput channel;
    const QJsonValue type = body.value(QStringLiteral("channel_type"));
    const QJsonValue value = body.value(QStringLiteral("channel_id"));
    if (!type.isString() || type.toString().isEmpty()) {
        throw HttpError::badData(fieldName(prefix, QStringLiteral("channel_type")),
                                 QStringLiteral("required: phone, email, facebook, ..."));
    }
    if (!value.isString()) {
        throw HttpError::badData(fieldName(prefix, QStringLiteral("channel_id")),
                                 QStringLiteral("required: the channel's value as a string"));
    }
    channel.type = type.toString().toLower();
    channel.value = value.toString();
    static const QRegularExpression typeShape(QStringLiteral("^[a-z][a-z0-9_]{0,31}$"));
    if (!typeShape.match(channel.type).hasMatch() || channel.type == QLatin1String("id")) {
        throw HttpError::badData(fieldName(prefix, QStringLiteral("channel_type")),
                                 QStringLiteral("'%1' is not a channel type").arg(type.toString()));
    }
    validateChannelValue(channel.type, channel.value,
                         fieldName(prefix, QStringLiteral("channel_id")));
    channel.handle =
        optionalText(body, QStringLiteral("channel_handle"), prefix).value_or(QString());
    channel.info = optionalText(body, QStringLiteral("info_channel"), prefix).value_or(QString());
    return channel;
}

ContactInput parseContactInput(const QJsonObject &body, const QString &prefix)
{
    ContactInput input;
    input.phone = optionalText(body, QStringLiteral("phone"), prefix);
    if (input.phone) {
        const QString problem = Phone::e164DigitsProblem(*input.phone);
        if (!problem.isEmpty())
            throw HttpError::badData(fieldName(prefix, QStringLiteral("phone")), problem);
    }
    input.first = optionalText(body, QStringLiteral("first"), prefix);
    input.last = optionalText(body, QStringLiteral("last"), prefix);
    input.displayName = optionalText(body, QStringLiteral("display_name"), prefix);
    input.email = optionalText(body, QStringLiteral("email"), prefix);
    if (input.email && !input.email->isEmpty()) {
        const QString problem = Email::problem(*input.email);
        if (!problem.isEmpty())
            throw HttpError::badData(fieldName(prefix, QStringLiteral("email")), problem);
    }
    input.avatar = optionalText(body, QStringLiteral("avatar"), prefix);
    if (input.avatar && !input.avatar->isEmpty()) {
        const QUrl url(*input.avatar, QUrl::StrictMode);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            throw HttpError::badData(fieldName(prefix, QStringLiteral("avatar")),
                                     QStringLiteral("must be an http(s) image URL"));
    }
    if (body.contains(QStringLiteral("custom")))
        input.custom = parseCustom(body.value(QStringLiteral("custom")),
                                   fieldName(prefix, QStringLiteral("custom")));
    if (body.contains(QStringLiteral("tags")))
        input.tags = parseTags(body.value(QStringLiteral("tags")),
                               fieldName(prefix, QStringLiteral("tags")));
    if (body.contains(QStringLiteral("assignee_id"))) {
        const auto owner = integerValue(body.value(QStringLiteral("assignee_id")));
        if (!owner || (*owner <= 0 && *owner != -1)) {
            throw HttpError::badData(fieldName(prefix, QStringLiteral("assignee_id")),
                                     QStringLiteral("must be a member id, or -1 to unassign"));
        }
        input.owner = *owner == -1 ? std::optional<qint64>() : std::optional<qint64>(*owner);
    }
    if (body.contains(QStringLiteral("is_opted_out"))) {
        const QJsonValue optedOut = body.value(QStringLiteral("is_opted_out"));
        if (!optedOut.isBool())
            throw HttpError::badData(fieldName(prefix, QStringLiteral("is_opted_out")),
                                     QStringLiteral("must be true or false"));
        input.optedOut = optedOut.toBool();
    }
    if (body.contains(QStringLiteral("contact_channels"))) {
        const QJsonValue channels = body.value(QStringLiteral("contact_channels"));
        const QString field = fieldName(prefix, QStringLiteral("contact_channels"));
        if (!channels.isArray())
            throw HttpError::badData(field, QStringLiteral("must be an array of channels"));
        QList<ChannelInput> parsed;
        const QJsonArray array = channels.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemField = QStringLiteral("%1[%2]").arg(field).arg(i);
            if (!array.at(i).isObject())
                throw HttpError::badData(itemField, QStringLiteral("must be an object"));
            parsed.append(parseChannelInput(array.at(i).toObject(), itemField));
        }
        input.channels = parsed;
    }
    if (body.contains(QStringLiteral("contact_id"))) {
        const QJsonValue id = body.value(QStringLiteral("contact_id"));
        if (!id.isString() || !isUuid(id.toString())) {
            throw HttpError::badData(
                fieldName(prefix, QStringLiteral("contact_id")),
                QStringLiteral("must be a contact UUID (v2 id), not a v1 integer id"));
        }
        input.contactId = id.toString().toLower();
    }
    return input;
}

QJsonObject tagJson(const TagRecord &tag, qint64 teamId)
{
    return {{QStringLiteral("id"), tag.id},
            {QStringLiteral("tag"), tag.tag},
            {QStringLiteral("color"), tag.color},
            {QStringLiteral("team_id"), teamId},
            {QStringLiteral("created"), Timestamps::format(tag.created)},
            {QStringLiteral("updated"), Timestamps::format(tag.updated)},
            {QStringLiteral("rev"), tag.rev}};
}

QJsonObject channelJson(const ChannelRecord &channel, const ContactRecord &owner, qint64 teamId)
{
    return {{QStringLiteral("id"), channel.id},
            {QStringLiteral("team_id"), teamId},
            {QStringLiteral("contact_id"), owner.uuid},
            {QStringLiteral("channel_type"), channel.type},
            {QStringLiteral("channel_id"), channel.value},
            {QStringLiteral("channel_handle"), channel.handle},
            {QStringLiteral("info_channel"), channel.info},
            {QStringLiteral("created"), Timestamps::format(channel.created)},
            {QStringLiteral("updated"), Timestamps::format(channel.updated)}};
}

QJsonArray channelsJson(const ContactRecord &contact, qint64 teamId)
{
    QJsonArray array;
    for (const ChannelRecord &channel : contact.channels)
        array.append(channelJson(channel, contact, teamId));
    return array;
}

QJsonObject contactJsonV1(const ContactRecord &c, const QHash<qint64, TagRecord> &tags,
                          qint64 teamId, bool strictShape)
{
    QJsonArray tagArray;
    for (qint64 id : c.tags) {
        const auto it = tags.constFind(id);
        if (it == tags.constEnd())
            continue;
        if (strictShape)
            tagArray.append(id);
        else
            tagArray.append(tagJson(*it, teamId));
    }
    QJsonObject json{{QStringLiteral("id"), c.id},
                     {QStringLiteral("display_name"), c.displayName},
                     {QStringLiteral("first"), c.first},
                     {QStringLiteral("last"), c.last},
                     {QStringLiteral("email"), c.email},
                     {QStringLiteral("phone"), c.phone},
                     {QStringLiteral("custom"), c.custom},
                     {QStringLiteral("team_id"), teamId},
                     {QStringLiteral("creator_id"), c.creatorId},
                     {QStringLiteral("shared"), c.shared},
                     {QStringLiteral("created"), Timestamps::format(c.created)},
                     {QStringLiteral("updated"), Timestamps::format(c.updated)},
                     {QStringLiteral("rev"), c.rev},
                     {QStringLiteral("op"), c.op},
                     {QStringLiteral("tags"), tagArray}};
    if (!strictShape)
        json.insert(QStringLiteral("is_opted_out"), c.optedOut);
    if (c.owner)
        json.insert(QStringLiteral("assigned_user_id"), *c.owner);
    if (!c.avatar.isEmpty())
        json.insert(QStringLiteral("avatar"), c.avatar);
    return json;
}

QJsonObject contactJsonV2(const ContactRecord &c, const QHash<qint64, TagRecord> &tags,
                          qint64 teamId, bool strictShape)
{
    QJsonObject json = contactJsonV1(c, tags, teamId, strictShape);
    json.insert(QStringLiteral("uuid"), c.uuid);
    json.insert(QStringLiteral("contact_channels"), channelsJson(c, teamId));
    return json;
}

} // namespace ContactDesk::Sandbox
