#include "core/ApiJson.h"

#include "core/Timestamps.h"

#include <QCoreApplication>
#include <QVariant>

#include <cmath>
#include <limits>

namespace ContactDesk::ApiJson {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ContactDesk::ApiJson", text);
}

template<typename T>
std::optional<T> fail(QString *problem, const QString &message)
{
    if (problem)
        *problem = message;
    return std::nullopt;
}

QString text(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

bool flag(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString())
        return value.toString() == QLatin1String("true") || value.toString() == QLatin1String("1");
    return false;
}

qint64 timestamp(const QJsonObject &object, const char *key)
{
    return Timestamps::parse(object.value(QLatin1String(key)).toString()).value_or(0);
}

// Lists arrive bare or wrapped in an object under one of these keys.
std::optional<QJsonArray> arrayOf(const QJsonValue &value, std::initializer_list<const char *> keys)
{
    if (value.isArray())
        return value.toArray();
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const char *key : keys) {
            if (object.value(QLatin1String(key)).isArray())
                return object.value(QLatin1String(key)).toArray();
        }
    }
    return std::nullopt;
}

template<typename T, typename Decode>
std::optional<QList<T>> decodeList(const QJsonValue &value,
                                   std::initializer_list<const char *> keys, const QString &what,
                                   Decode decode, QString *problem)
{
    const auto array = arrayOf(value, keys);
    if (!array)
        return fail<QList<T>>(problem, tr("expected a list of %1").arg(what));
    QList<T> items;
    items.reserve(array->size());
    for (qsizetype i = 0; i < array->size(); ++i) {
        QString itemProblem;
        auto item = decode(array->at(i), &itemProblem);
        if (!item)
            return fail<QList<T>>(problem, tr("%1 [%2]: %3").arg(what).arg(i).arg(itemProblem));
        items.append(std::move(*item));
    }
    return items;
}

// A small integer (a count, a role id): 0 when absent or not an integer,
// as before; nothing when it is a number outside int's range.
std::optional<int> smallInt(const QJsonValue &value)
{
    const auto number = readId(value);
    if (!number)
        return value.isDouble() && !(std::fabs(value.toDouble()) <= std::numeric_limits<int>::max())
                   ? std::nullopt // out of range, infinite or NaN
                   : std::optional<int>(0);
    if (*number < std::numeric_limits<int>::min() || *number > std::numeric_limits<int>::max())
        return std::nullopt;
    return static_cast<int>(*number);
}

std::optional<qint64> tagIdOf(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.contains(QStringLiteral("tag_id")))
            return readId(object.value(QStringLiteral("tag_id")));
        return readId(object.value(QStringLiteral("id")));
    }
    return readId(value);
}

} // namespace

QString stripPlus(const QString &phone)
{
    return phone.startsWith(QLatin1Char('+')) ? phone.mid(1) : phone;
}

std::optional<qint64> readId(const QJsonValue &value)
{
    if (value.isDouble()) {
        // An integer kept exactly by the parser (it fits 64 bits) is read as
        // such. A double is converted only when it is integral and inside
        // the 64-bit range: casting 1e300, -1e300 or NaN is undefined.
        const QVariant variant = value.toVariant();
        if (variant.typeId() == QMetaType::LongLong)
            return variant.toLongLong();
        const double number = value.toDouble();
        if (!std::isfinite(number) || number < -9223372036854775808.0 ||
            number >= 9223372036854775808.0 || number != std::trunc(number))
            return std::nullopt;
        return static_cast<qint64>(number);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 id = value.toString().toLongLong(&ok);
        if (ok)
            return id;
    }
    return std::nullopt;
}

std::optional<Channel> decodeChannel(const QJsonValue &value, QString *problem)
{
    if (!value.isObject())
        return fail<Channel>(problem, tr("a channel must be an object"));
    const QJsonObject o = value.toObject();
    Channel channel;
    channel.id = text(o, "id");
    channel.contactId = text(o, "contact_id");
    channel.type = o.value(QStringLiteral("channel_type")).toString();
    channel.value = o.value(QStringLiteral("channel_id")).toString();
    if (channel.type.isEmpty())
        return fail<Channel>(problem, tr("a channel has no channel_type"));
    if (channel.type == QLatin1String("phone"))
        channel.value = stripPlus(channel.value);
    channel.handle = o.value(QStringLiteral("channel_handle")).toString();
    channel.info = o.value(QStringLiteral("info_channel")).toString();
    channel.created = timestamp(o, "created");
    channel.updated = timestamp(o, "updated");
    return channel;
}

std::optional<QList<Channel>> decodeChannels(const QJsonValue &value, QString *problem)
{
    return decodeList<Channel>(value, {"contact_channels", "channels"}, tr("channels"),
                               decodeChannel, problem);
}

std::optional<Contact> decodeContact(const QJsonValue &value, QString *problem)
{
    if (!value.isObject())
        return fail<Contact>(problem, tr("a contact must be an object"));
    const QJsonObject o = value.toObject();
    Contact c;
    const auto id = readId(o.value(QStringLiteral("id")));
    if (!id || *id <= 0)
        return fail<Contact>(problem, tr("a contact has no integer id"));
    c.id = *id;
    c.uuid = o.value(QStringLiteral("uuid")).toString();
    if (c.uuid.isEmpty())
        c.uuid = o.value(QStringLiteral("contact_id")).toString();
    c.first = o.value(QStringLiteral("first")).toString();
    c.last = o.value(QStringLiteral("last")).toString();
    c.displayName = o.value(QStringLiteral("display_name")).toString();
    c.email = o.value(QStringLiteral("email")).toString();
    const QJsonValue phone = o.value(QStringLiteral("phone"));
    if (!phone.isUndefined() && !phone.isNull() && !phone.isString())
        return fail<Contact>(problem, tr("contact %1: phone is not a string").arg(c.id));
    c.phone = stripPlus(phone.toString());
    const QJsonObject custom = o.value(QStringLiteral("custom")).toObject();
    for (auto it = custom.begin(); it != custom.end(); ++it) {
        if (it.value().isString())
            c.custom.insert(it.key(), it.value().toString());
        else if (it.value().isDouble() || it.value().isBool())
            c.custom.insert(it.key(), it.value().toVariant().toString());
    }
    const QJsonArray tags = o.value(QStringLiteral("tags")).toArray();
    for (const QJsonValue &tag : tags) {
        const auto tagId = tagIdOf(tag);
        if (!tagId)
            return fail<Contact>(problem, tr("contact %1: a tag has no id").arg(c.id));
        if (!c.tagIds.contains(*tagId))
            c.tagIds.append(*tagId);
    }
    const auto owner = readId(o.value(QStringLiteral("assigned_user_id")));
    if (owner && *owner > 0)
        c.ownerId = *owner;
    c.creatorId = readId(o.value(QStringLiteral("creator_id"))).value_or(0);
    c.teamId = readId(o.value(QStringLiteral("team_id"))).value_or(0);
    c.shared = flag(o, "shared");
    // Only in the narrative table (section 3): an answer may lack it, and
    // then says nothing about it (not "subscribed").
    c.optedOutKnown = o.contains(QStringLiteral("is_opted_out"));
    c.optedOut = flag(o, "is_opted_out");
    c.avatar = o.value(QStringLiteral("avatar")).toString();
    c.created = timestamp(o, "created");
    c.updatedText = o.value(QStringLiteral("updated")).toString();
    c.updated = Timestamps::parse(c.updatedText).value_or(0);
    c.rev = readId(o.value(QStringLiteral("rev"))).value_or(0);
    c.op = o.value(QStringLiteral("op")).toString();
    if (o.contains(QStringLiteral("contact_channels"))) {
        QString channelProblem;
        const auto channels =
            decodeChannels(o.value(QStringLiteral("contact_channels")), &channelProblem);
        if (!channels)
            return fail<Contact>(problem, tr("contact %1: %2").arg(c.id).arg(channelProblem));
        c.channels = *channels;
    }
    return c;
}

std::optional<QList<Contact>> decodeContacts(const QJsonValue &value, QString *problem)
{
    return decodeList<Contact>(value, {"contacts", "data"}, tr("contacts"), decodeContact, problem);
}

std::optional<Tag> decodeTag(const QJsonValue &value, QString *problem)
{
    if (!value.isObject())
        return fail<Tag>(problem, tr("a tag must be an object"));
    const QJsonObject o = value.toObject();
    Tag tag;
    const auto id = readId(o.value(QStringLiteral("id")));
    if (!id || *id <= 0)
        return fail<Tag>(problem, tr("a tag has no integer id"));
    tag.id = *id;
    tag.name = o.value(QStringLiteral("tag")).toString();
    if (tag.name.isEmpty())
        tag.name = o.value(QStringLiteral("name")).toString();
    tag.color = o.value(QStringLiteral("color")).toString();
    tag.created = timestamp(o, "created");
    tag.updatedText = o.value(QStringLiteral("updated")).toString();
    tag.updated = Timestamps::parse(tag.updatedText).value_or(0);
    tag.rev = readId(o.value(QStringLiteral("rev"))).value_or(0);
    return tag;
}

std::optional<QList<Tag>> decodeTags(const QJsonValue &value, QString *problem)
{
    return decodeList<Tag>(value, {"tags"}, tr("tags"), decodeTag, problem);
}

std::optional<WriteResult> decodeWriteResult(const QJsonValue &value, QString *problem)
{
    if (!value.isObject())
        return fail<WriteResult>(problem, tr("expected {id, rev, uuid}"));
    const QJsonObject o = value.toObject();
    const auto id = readId(o.value(QStringLiteral("id")));
    if (!id || *id <= 0)
        return fail<WriteResult>(problem, tr("the answer has no integer id"));
    return WriteResult{*id, readId(o.value(QStringLiteral("rev"))).value_or(0),
                       o.value(QStringLiteral("uuid")).toString()};
}

std::optional<ContactStatus> decodeContactStatus(const QJsonValue &value, QString *problem)
{
    if (!value.isObject())
        return fail<ContactStatus>(problem, tr("expected a contact status object"));
    const QJsonObject o = value.toObject();
    ContactStatus status;
    status.id = readId(o.value(QStringLiteral("id"))).value_or(0);
    status.phone = stripPlus(o.value(QStringLiteral("phone")).toString());
    status.unsubscribed = flag(o, "unsubscribed");
    status.blocked = flag(o, "blocked");
    return status;
}

std::optional<QList<CustomField>> decodeCustomFields(const QJsonValue &value, QString *problem)
{
    const auto decodeField = [](const QJsonValue &item,
                                QString *itemProblem) -> std::optional<CustomField> {
        const QJsonObject o = item.toObject();
        const auto id = readId(o.value(QStringLiteral("id")));
        if (!item.isObject() || !id || *id <= 0)
            return fail<CustomField>(itemProblem, tr("a custom field has no integer id"));
        QString title = o.value(QStringLiteral("title")).toString();
        if (title.isEmpty())
            title = o.value(QStringLiteral("name")).toString();
        return CustomField{*id, title, flag(o, "duplicate")};
    };
    return decodeList<CustomField>(value, {"fields", "contact_fields", "custom_fields"},
                                   tr("custom fields"), decodeField, problem);
}

std::optional<Team> decodeTeam(const QJsonValue &value, QString *problem)
{
    if (!value.isObject())
        return fail<Team>(problem, tr("expected a team object"));
    const QJsonObject o = value.toObject();
    Team team;
    team.id = readId(o.value(QStringLiteral("id"))).value_or(0);
    team.name = o.value(QStringLiteral("name")).toString();
    const auto listSize = smallInt(o.value(QStringLiteral("list_size")));
    if (!listSize)
        return fail<Team>(problem, tr("list_size is not a count"));
    team.listSize = *listSize;
    const auto decodeMember = [](const QJsonValue &item,
                                 QString *itemProblem) -> std::optional<TeamMember> {
        const QJsonObject m = item.toObject();
        const auto id = readId(m.value(QStringLiteral("id")));
        if (!item.isObject() || !id)
            return fail<TeamMember>(itemProblem, tr("a member has no integer id"));
        return TeamMember{*id, m.value(QStringLiteral("name")).toString(),
                          m.value(QStringLiteral("role")).toString()};
    };
    const auto members = decodeList<TeamMember>(o.value(QStringLiteral("members")), {},
                                                tr("members"), decodeMember, problem);
    if (!members)
        return std::nullopt;
    team.members = *members;
    return team;
}

std::optional<QList<TeamUser>> decodeTeamUsers(const QJsonValue &value, QString *problem)
{
    const auto decodeUser = [](const QJsonValue &item,
                               QString *itemProblem) -> std::optional<TeamUser> {
        const QJsonObject u = item.toObject();
        const auto id = readId(u.value(QStringLiteral("id")));
        if (!item.isObject() || !id)
            return fail<TeamUser>(itemProblem, tr("a membership has no integer id"));
        const auto roleId = smallInt(u.value(QStringLiteral("role_id")));
        if (!roleId)
            return fail<TeamUser>(itemProblem,
                                  tr("membership %1: role_id is out of range").arg(*id));
        return TeamUser{*id,
                        stripPlus(u.value(QStringLiteral("phone")).toString()),
                        u.value(QStringLiteral("name")).toString(),
                        u.value(QStringLiteral("email")).toString(),
                        *roleId,
                        readId(u.value(QStringLiteral("team_id"))).value_or(0)};
    };
    return decodeList<TeamUser>(value, {"memberships", "users"}, tr("memberships"), decodeUser,
                                problem);
}

std::optional<QList<Inbox>> decodeInboxes(const QJsonValue &value, QString *problem)
{
    const auto decodeInbox = [](const QJsonValue &item,
                                QString *itemProblem) -> std::optional<Inbox> {
        const QJsonObject o = item.toObject();
        const auto id = readId(o.value(QStringLiteral("id")));
        if (!item.isObject() || !id || *id <= 0)
            return fail<Inbox>(itemProblem, tr("an inbox has no integer id"));
        Inbox inbox;
        inbox.id = *id;
        inbox.name = o.value(QStringLiteral("name")).toString();
        inbox.teamId = readId(o.value(QStringLiteral("team"))).value_or(0);
        const QJsonArray members = o.value(QStringLiteral("members")).toArray();
        for (const QJsonValue &member : members) {
            if (const auto memberId = readId(
                    member.isObject() ? member.toObject().value(QStringLiteral("id")) : member))
                inbox.memberIds.append(*memberId);
        }
        const QJsonArray phones = o.value(QStringLiteral("phones")).toArray();
        for (const QJsonValue &phone : phones)
            inbox.phones.append(stripPlus(phone.toString()));
        inbox.phone = stripPlus(o.value(QStringLiteral("phone")).toString());
        if (inbox.phone.isEmpty() && !inbox.phones.isEmpty())
            inbox.phone = inbox.phones.first();
        inbox.autoAssignable = flag(o, "auto_assignable");
        return inbox;
    };
    return decodeList<Inbox>(value, {"inboxes", "data"}, tr("inboxes"), decodeInbox, problem);
}

std::optional<qint64> decodeCount(const QJsonValue &value, QString *problem)
{
    QJsonValue number = value;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const char *key : {"count", "total", "contacts"}) {
            if (object.contains(QLatin1String(key))) {
                number = object.value(QLatin1String(key));
                break;
            }
        }
    }
    const auto count = readId(number);
    if (!count || *count < 0)
        return fail<qint64>(problem, tr("expected a count"));
    return count;
}

std::optional<BatchResult> decodeBatchResult(const QJsonValue &value, QString *problem)
{
    BatchResult result;
    if (isAcknowledgement(value) && !value.isArray() && !value.isObject())
        return result;
    const auto array = arrayOf(value, {"failed", "failed_contacts", "contacts"});
    if (!array)
        return fail<BatchResult>(problem, tr("expected \"ok\" or a list of contacts"));
    for (const QJsonValue &item : *array) {
        const QJsonObject o = item.toObject();
        // A created contact carries an id; a failure echo does not.
        if (o.contains(QStringLiteral("id"))) {
            if (const auto contact = decodeContact(o, nullptr)) {
                result.contacts.append(*contact);
                continue;
            }
        }
        FailedContact failed;
        failed.phone = o.value(QStringLiteral("phone")).toString();
        const QJsonValue error = o.value(QStringLiteral("error"));
        failed.message = error.isObject()
                             ? error.toObject().value(QStringLiteral("message")).toString()
                             : error.toString();
        failed.field = error.toObject().value(QStringLiteral("field")).toString();
        if (failed.message.isEmpty())
            failed.message = tr("refused by the server (no reason given)");
        result.failed.append(failed);
    }
    return result;
}

std::optional<BatchResult> decodeBulkResult(const QJsonValue &value, QString *problem)
{
    if (!value.isObject())
        return fail<BatchResult>(problem, tr("expected {contacts, failed_contacts}"));
    const QJsonObject o = value.toObject();
    BatchResult result;
    const auto contacts = decodeContacts(o.value(QStringLiteral("contacts")).isUndefined()
                                             ? QJsonValue(QJsonArray())
                                             : o.value(QStringLiteral("contacts")),
                                         problem);
    if (!contacts)
        return std::nullopt;
    result.contacts = *contacts;
    const QJsonArray failed = o.value(QStringLiteral("failed_contacts")).toArray();
    for (const QJsonValue &item : failed) {
        const QJsonObject entry = item.toObject();
        const QJsonObject sent = entry.value(QStringLiteral("contact")).toObject();
        FailedContact f;
        f.phone = sent.value(QStringLiteral("phone")).toString();
        f.contactUuid = sent.value(QStringLiteral("contact_id")).toString();
        const QJsonValue error = entry.value(QStringLiteral("error"));
        f.message = error.isObject() ? error.toObject().value(QStringLiteral("message")).toString()
                                     : error.toString();
        if (f.message.isEmpty())
            f.message = entry.value(QStringLiteral("message")).toString();
        if (f.message.isEmpty())
            f.message = tr("refused by the server (no reason given)");
        f.field = error.toObject().value(QStringLiteral("field")).toString();
        result.failed.append(f);
    }
    return result;
}

bool isAcknowledgement(const QJsonValue &value)
{
    return value.isString() || value.isBool() || value.isObject() || value.isArray() ||
           value.isNull();
}

QJsonObject encodeContactWrite(const ContactWrite &write)
{
    QJsonObject json;
    const auto put = [&json](const char *key, const std::optional<QString> &value) {
        if (value)
            json.insert(QLatin1String(key), *value);
    };
    put("phone", write.phone);
    put("first", write.first);
    put("last", write.last);
    put("display_name", write.displayName);
    put("email", write.email);
    put("avatar", write.avatar);
    if (write.custom) {
        QJsonObject custom;
        for (auto it = write.custom->cbegin(); it != write.custom->cend(); ++it)
            custom.insert(it.key(), it.value().isEmpty() ? QJsonValue(QJsonValue::Null)
                                                         : QJsonValue(it.value()));
        json.insert(QStringLiteral("custom"), custom);
    }
    if (write.tagIds) {
        QJsonArray tags;
        for (qint64 id : *write.tagIds)
            tags.append(QJsonObject{{QStringLiteral("tag_id"), id}});
        json.insert(QStringLiteral("tags"), tags);
    }
    if (write.owner)
        json.insert(QStringLiteral("assignee_id"), write.owner->value_or(-1));
    if (write.optedOut)
        json.insert(QStringLiteral("is_opted_out"), *write.optedOut);
    if (!write.channels.isEmpty()) {
        QJsonArray channels;
        for (const Channel &channel : write.channels) {
            QJsonObject c{{QStringLiteral("channel_type"), channel.type},
                          {QStringLiteral("channel_id"), channel.value}};
            if (!channel.handle.isEmpty())
                c.insert(QStringLiteral("channel_handle"), channel.handle);
            channels.append(c);
        }
        json.insert(QStringLiteral("contact_channels"), channels);
    }
    if (!write.contactUuid.isEmpty())
        json.insert(QStringLiteral("contact_id"), write.contactUuid);
    return json;
}

QString statusChangeName(ContactStatusChange change)
{
    switch (change) {
    case ContactStatusChange::Active:
        return QStringLiteral("active");
    case ContactStatusChange::Blocked:
        return QStringLiteral("blocked");
    case ContactStatusChange::Unblocked:
        return QStringLiteral("unblocked");
    case ContactStatusChange::Subscribed:
        return QStringLiteral("subscribed");
    case ContactStatusChange::Unsubscribed:
        return QStringLiteral("unsubscribed");
    }
    return QStringLiteral("active");
}

std::optional<ContactStatusChange> statusChangeFromName(const QString &name)
{
    for (ContactStatusChange change :
         {ContactStatusChange::Active, ContactStatusChange::Blocked, ContactStatusChange::Unblocked,
          ContactStatusChange::Subscribed, ContactStatusChange::Unsubscribed}) {
        if (statusChangeName(change) == name)
            return change;
    }
    return std::nullopt;
}

std::optional<Message> decodeMessage(const QJsonValue &value, QString *problem)
{
    const QJsonObject o = value.toObject();
    const auto id = readId(o.value(QStringLiteral("id")));
    if (!value.isObject() || !id)
        return fail<Message>(problem, tr("a message has no integer id"));
    Message message;
    message.id = *id;
    message.text = o.value(QStringLiteral("text")).toString();
    message.media = o.value(QStringLiteral("media")).toString();
    message.phone = stripPlus(o.value(QStringLiteral("phone")).toString());
    message.type = o.value(QStringLiteral("type")).toString();
    message.status = o.value(QStringLiteral("status")).toString();
    message.date = timestamp(o, "date");
    message.userId = readId(o.value(QStringLiteral("user"))).value_or(0);
    message.localId = o.value(QStringLiteral("local_id")).toString();
    // The conversation: an object with an id (11.3), or a bare id.
    const QJsonValue conversation = o.value(QStringLiteral("conversation"));
    message.conversationId =
        readId(conversation.isObject() ? conversation.toObject().value(QStringLiteral("id"))
                                       : conversation)
            .value_or(0);
    return message;
}

std::optional<QList<Message>> decodeMessages(const QJsonValue &value, QString *problem)
{
    return decodeList<Message>(value, {"messages", "data"}, tr("messages"), decodeMessage, problem);
}

std::optional<SentMessage> decodeSentMessage(const QJsonValue &value, QString *problem)
{
    const QJsonObject o = value.toObject();
    const auto id = readId(o.value(QStringLiteral("id")));
    if (!value.isObject() || !id)
        return fail<SentMessage>(problem, tr("the send answer has no message id"));
    SentMessage sent;
    sent.id = *id;
    sent.date = timestamp(o, "date");
    sent.galleryUrl = o.value(QStringLiteral("gallery_url")).toString();
    sent.conversationId = readId(o.value(QStringLiteral("convo_id"))).value_or(0);
    sent.queued = flag(o, "queued");
    return sent;
}

std::optional<Template> decodeTemplate(const QJsonValue &value, QString *problem)
{
    const QJsonObject o = value.toObject();
    const auto id = readId(o.value(QStringLiteral("id")));
    if (!value.isObject() || !id)
        return fail<Template>(problem, tr("a template has no integer id"));
    Template t;
    t.id = *id;
    // Read back as "name"; accept "title" too (what create takes).
    t.name = o.value(QStringLiteral("name")).toString(o.value(QStringLiteral("title")).toString());
    t.localId = o.value(QStringLiteral("local_id")).toString();
    const QJsonValue content = o.value(QStringLiteral("content"));
    t.text = content.isObject() ? content.toObject().value(QStringLiteral("text")).toString()
                                : content.toString();
    t.archived = flag(o, "archived");
    t.rev = readId(o.value(QStringLiteral("rev"))).value_or(0);
    t.updated = timestamp(o, "updated");
    return t;
}

std::optional<QList<Template>> decodeTemplates(const QJsonValue &value, QString *problem)
{
    return decodeList<Template>(value, {"templates", "data"}, tr("templates"), decodeTemplate,
                                problem);
}

std::optional<Conversation> decodeConversation(const QJsonValue &value, QString *problem)
{
    const QJsonObject o = value.toObject();
    const auto id = readId(o.value(QStringLiteral("id")));
    if (!value.isObject() || !id)
        return fail<Conversation>(problem, tr("a conversation has no integer id"));
    Conversation c;
    c.id = *id;
    c.inboxId = readId(o.value(QStringLiteral("inbox"))).value_or(0);
    c.target = o.value(QStringLiteral("target")).toString();
    if (!c.target.contains(QLatin1Char('@')))
        c.target = stripPlus(c.target);
    c.channel = o.value(QStringLiteral("channel")).toString();
    c.status = o.value(QStringLiteral("status")).toString();
    c.created = timestamp(o, "created");
    c.updatedText = o.value(QStringLiteral("updated")).toString();
    c.updated = Timestamps::parse(c.updatedText).value_or(0);
    return c;
}

std::optional<QList<Conversation>> decodeConversations(const QJsonValue &value, QString *problem)
{
    return decodeList<Conversation>(value, {"conversations", "data"}, tr("conversations"),
                                    decodeConversation, problem);
}

} // namespace ContactDesk::ApiJson
