#include "sandbox/SandboxApi.h"

#include "core/Compose.h"
#include "core/Email.h"
#include "core/Phone.h"
#include "core/Timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUuid>

#include <limits>

namespace ContactDesk::Sandbox {

namespace {

const QString idPart = QStringLiteral("([^/]+)");

QJsonValue parseBody(const Call &call)
{
    if (call.rawBody.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(call.rawBody, &error);
    if (error.error != QJsonParseError::NoError) {
        throw HttpError::badData(QString(), QStringLiteral("malformed JSON body at offset %1: %2")
                                                .arg(error.offset)
                                                .arg(error.errorString()));
    }
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return QJsonValue(QJsonValue::Undefined);
}

// Bodies of read endpoints may be omitted: an empty body reads as {}.
QJsonObject objectBody(const Call &call)
{
    const QJsonValue body = parseBody(call);
    if (body.isUndefined())
        return {};
    if (!body.isObject())
        throw HttpError::badData(QString(), QStringLiteral("the body must be a JSON object"));
    return body.toObject();
}

QJsonArray arrayBody(const Call &call)
{
    const QJsonValue body = parseBody(call);
    if (!body.isArray())
        throw HttpError::badData(QString(), QStringLiteral("the body must be a JSON array"));
    return body.toArray();
}

bool overwriteParam(const Call &call)
{
    if (!call.query.hasQueryItem(QStringLiteral("overwrite")))
        return false;
    const QString value = call.query.queryItemValue(QStringLiteral("overwrite")).toLower();
    if (value == QLatin1String("true") || value == QLatin1String("1"))
        return true;
    if (value == QLatin1String("false") || value == QLatin1String("0") || value.isEmpty())
        return false;
    throw HttpError::badData(QStringLiteral("overwrite"), QStringLiteral("must be true or false"));
}

std::optional<qint64> cursorValue(const QJsonObject &body, const QString &key)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString())
        throw HttpError::badData(key, QStringLiteral("must be an RFC 3339 date-time string"));
    if (value.toString().isEmpty())
        return std::nullopt;
    const auto parsed = Timestamps::parse(value.toString());
    if (!parsed) {
        throw HttpError::badData(key, QStringLiteral("'%1' is not an RFC 3339 date-time such as "
                                                     "2026-04-12T15:30:00Z")
                                          .arg(value.toString()));
    }
    return parsed;
}

ChannelRecord *firstChannel(ContactRecord &contact, const QString &type)
{
    for (ChannelRecord &channel : contact.channels) {
        if (channel.type == type)
            return &channel;
    }
    return nullptr;
}

void refreshMirrors(ContactRecord &contact)
{
    const ChannelRecord *phone = firstChannel(contact, QStringLiteral("phone"));
    const ChannelRecord *email = firstChannel(contact, QStringLiteral("email"));
    contact.phone = phone ? phone->value : QString();
    contact.email = email ? email->value : QString();
}

bool hasChannel(const ContactRecord &contact, const ChannelInput &channel)
{
    return std::any_of(contact.channels.cbegin(), contact.channels.cend(),
                       [&channel](const ChannelRecord &c) {
                           return c.type == channel.type &&
                                  c.value.compare(channel.value, Qt::CaseInsensitive) == 0;
                       });
}

QString autoDisplayName(const ContactRecord &contact)
{
    const QString name = QString(contact.first + QLatin1Char(' ') + contact.last).trimmed();
    if (!name.isEmpty())
        return name;
    return !contact.phone.isEmpty() ? contact.phone : contact.email;
}

QJsonObject errorJson(const HttpError &error)
{
    QJsonObject json = error.extra;
    json.insert(QStringLiteral("error"), error.error);
    json.insert(QStringLiteral("message"), error.message);
    if (!error.field.isEmpty())
        json.insert(QStringLiteral("field"), error.field);
    return json;
}

QJsonObject failureEntry(const HttpError &error)
{
    QJsonObject json{{QStringLiteral("message"), error.message}};
    if (!error.field.isEmpty())
        json.insert(QStringLiteral("field"), error.field);
    return json;
}

QList<qint64> idArray(const QJsonObject &body, const QString &field)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray())
        throw HttpError::badData(field, QStringLiteral("must be an array of contact ids"));
    QList<qint64> ids;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto id = integerValue(array.at(i));
        if (!id || *id <= 0)
            throw HttpError::badData(QStringLiteral("%1[%2]").arg(field).arg(i),
                                     QStringLiteral("must be a positive integer contact id"));
        ids.append(*id);
    }
    return ids;
}

QStringList textArray(const QJsonObject &body, const QString &field)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray())
        throw HttpError::badData(field, QStringLiteral("must be an array of strings"));
    QStringList texts;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            throw HttpError::badData(QStringLiteral("%1[%2]").arg(field).arg(i),
                                     QStringLiteral("must be a string"));
        texts.append(array.at(i).toString());
    }
    return texts;
}

} // namespace

SandboxApi::SandboxApi(SandboxStore &store)
    : m_store(store)
    , m_teamId(store.team().id)
{
    // Exact paths come before patterns that would also match them.
    addRoute("POST", QStringLiteral("/v1/contact"), &SandboxApi::createContactV1);
    addRoute("POST", QStringLiteral("/v1/contact/get"), &SandboxApi::getContactByPhoneOrId);
    addRoute("POST", QStringLiteral("/v1/contact/status"), &SandboxApi::contactStatus);
    addRoute("POST", QStringLiteral("/v1/contact/set_status"), &SandboxApi::setContactStatus);
    addRoute("GET", QStringLiteral("/v1/contact/") + idPart, &SandboxApi::getContactV1);
    addRoute("PUT", QStringLiteral("/v1/contact/") + idPart, &SandboxApi::updateContactV1);
    addRoute("DELETE", QStringLiteral("/v1/contact/") + idPart, &SandboxApi::deleteContactV1);
    addRoute("POST", QStringLiteral("/v1/contacts"), &SandboxApi::listContactsV1);
    addRoute("POST", QStringLiteral("/v1/contacts/count"), &SandboxApi::countContacts);
    addRoute("POST", QStringLiteral("/v1/batch/contacts"), &SandboxApi::batchCreateContacts);

    addRoute("POST", QStringLiteral("/v2/contact"), &SandboxApi::createContactV2);
    addRoute("GET", QStringLiteral("/v2/contact/") + idPart, &SandboxApi::getContactV2);
    addRoute("PUT", QStringLiteral("/v2/contact/") + idPart, &SandboxApi::updateContactV2);
    addRoute("DELETE", QStringLiteral("/v2/contact/") + idPart, &SandboxApi::deleteContactV2);
    addRoute("POST", QStringLiteral("/v2/contacts/search"), &SandboxApi::searchContacts);
    addRoute("POST", QStringLiteral("/v2/contacts/list"), &SandboxApi::listContactsV2);
    addRoute("POST", QStringLiteral("/v2/contacts"), &SandboxApi::bulkContactsV2);
    addRoute("DELETE", QStringLiteral("/v2/contacts"), &SandboxApi::bulkDeleteContactsV2);

    const QString channel = QStringLiteral("/v2/contact/") + idPart + QStringLiteral("/channel");
    addRoute("POST", channel, &SandboxApi::addChannel);
    addRoute("PUT", channel, &SandboxApi::updateChannel);
    addRoute("GET", channel + QStringLiteral("s"), &SandboxApi::listChannels);
    addRoute("GET", channel + QLatin1Char('/') + idPart, &SandboxApi::getChannel);
    addRoute("DELETE", channel + QLatin1Char('/') + idPart, &SandboxApi::deleteChannel);

    addRoute("POST", QStringLiteral("/v1/contact-fields"), &SandboxApi::listFields);
    addRoute("POST", QStringLiteral("/v1/contacts/fields"), &SandboxApi::createFields);
    addRoute("POST", QStringLiteral("/v1/tag"), &SandboxApi::createTag);
    addRoute("GET", QStringLiteral("/v1/tag/") + idPart, &SandboxApi::getTag);
    addRoute("DELETE", QStringLiteral("/v1/tag/") + idPart, &SandboxApi::deleteTag);
    addRoute("POST", QStringLiteral("/v1/tags"), &SandboxApi::listTags);
    addRoute("GET", QStringLiteral("/v1/team"), &SandboxApi::team);
    addRoute("POST", QStringLiteral("/v1/message/send"), &SandboxApi::sendMessage);
    addRoute("POST", QStringLiteral("/v1/email/send"), &SandboxApi::sendEmail);
    addRoute("GET", QStringLiteral("/v1/messages"), &SandboxApi::messageHistory);
    addRoute("POST", QStringLiteral("/v1/conversations"), &SandboxApi::listConversations);
    addRoute("GET", QStringLiteral("/v1/conversations/") + idPart, &SandboxApi::getConversation);
    addRoute("POST", QStringLiteral("/v1/template"), &SandboxApi::createTemplate);
    addRoute("GET", QStringLiteral("/v1/template/") + idPart, &SandboxApi::getTemplate);
    addRoute("PUT", QStringLiteral("/v1/template/") + idPart, &SandboxApi::updateTemplate);
    addRoute("DELETE", QStringLiteral("/v1/template/") + idPart, &SandboxApi::deleteTemplate);
    addRoute("POST", QStringLiteral("/v1/templates"), &SandboxApi::listTemplates);
    addRoute("POST", QStringLiteral("/v2/lists"), &SandboxApi::createList);
    addRoute("PUT", QStringLiteral("/v2/lists/") + idPart, &SandboxApi::updateList);
    addRoute("DELETE", QStringLiteral("/v2/lists/") + idPart, &SandboxApi::deleteList);
    addRoute("GET", QStringLiteral("/v1/users/get"), &SandboxApi::usersGet);
    addRoute("GET", QStringLiteral("/v1/inboxes"), &SandboxApi::inboxes);
}

void SandboxApi::addRoute(const char *method, const QString &pattern, Handler handler)
{
    QRegularExpression expression(QLatin1Char('^') + pattern + QLatin1Char('$'));
    expression.optimize();
    m_routes.append({QByteArray(method), expression, handler});
}

Reply SandboxApi::handle(const QByteArray &method, const QString &path, const QUrlQuery &query,
                         const QByteArray &body)
{
    Call call{method, path, {}, query, body};
    try {
        return dispatch(call);
    } catch (const HttpError &error) {
        return {error.status, errorJson(error), error.headers};
    } catch (const SandboxStore::StoreError &error) {
        return {500,
                QJsonObject{{QStringLiteral("error"), QStringLiteral("server_error")},
                            {QStringLiteral("message"),
                             QStringLiteral("database error: %1").arg(error.message)}},
                {}};
    }
}

Reply SandboxApi::dispatch(Call &call)
{
    QByteArrayList allowed;
    QString path = call.path;
    if (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    for (const Route &route : std::as_const(m_routes)) {
        const QRegularExpressionMatch match = route.pattern.match(path);
        if (!match.hasMatch())
            continue;
        if (route.method != call.method) {
            allowed.append(route.method);
            continue;
        }
        call.captures = match.capturedTexts().mid(1);
        return (this->*route.handler)(call);
    }
    if (!allowed.isEmpty()) {
        HttpError error{405,
                        QStringLiteral("method_not_allowed"),
                        QStringLiteral("%1 is not allowed on %2; use %3")
                            .arg(QString::fromLatin1(call.method), call.path,
                                 QString::fromLatin1(allowed.join(", "))),
                        {},
                        {},
                        {{"Allow", allowed.join(", ")}}};
        throw error;
    }
    throw HttpError::notFound(
        QStringLiteral("no endpoint %1 %2").arg(QString::fromLatin1(call.method), call.path));
}

// ---------------------------------------------------------------- helpers

const QHash<qint64, TagRecord> &SandboxApi::tags()
{
    if (!m_tagsLoaded) {
        m_tags.clear();
        const QList<TagRecord> all = m_store.listTags(std::nullopt, 1 << 30);
        for (const TagRecord &tag : all)
            m_tags.insert(tag.id, tag);
        m_tagsLoaded = true;
    }
    return m_tags;
}

QJsonObject SandboxApi::writeResult(const ContactRecord &contact)
{
    return {{QStringLiteral("id"), contact.id},
            {QStringLiteral("rev"), contact.rev},
            {QStringLiteral("uuid"), contact.uuid}};
}

ContactRecord SandboxApi::requireContactV1(const QString &idText) const
{
    const auto id = parsePositiveId(idText);
    if (!id) {
        if (isUuid(idText)) {
            throw HttpError::badData(QStringLiteral("id"),
                                     QStringLiteral("'%1' is a v2 contact UUID; v1 paths take the "
                                                    "integer contact id")
                                         .arg(idText));
        }
        throw HttpError::badData(QStringLiteral("id"),
                                 QStringLiteral("'%1' is not an integer contact id").arg(idText));
    }
    auto contact = m_store.contactById(*id);
    if (!contact)
        throw HttpError::notFound(QStringLiteral("no contact with id %1").arg(*id));
    return *contact;
}

ContactRecord SandboxApi::requireContactV2(const QString &uuidText) const
{
    if (!isUuid(uuidText)) {
        if (parsePositiveId(uuidText)) {
            throw HttpError::badData(QStringLiteral("contactID"),
                                     QStringLiteral("'%1' is a v1 integer id; v2 paths take the "
                                                    "contact's UUID")
                                         .arg(uuidText));
        }
        throw HttpError::badData(QStringLiteral("contactID"),
                                 QStringLiteral("'%1' is not a contact UUID").arg(uuidText));
    }
    auto contact = m_store.contactByUuid(uuidText);
    if (!contact)
        throw HttpError::notFound(QStringLiteral("no contact with UUID %1").arg(uuidText));
    return *contact;
}

ContactRecord SandboxApi::findContactForLookup(const QJsonObject &body, bool phoneWins) const
{
    const QJsonValue phone = body.value(QStringLiteral("phone"));
    const QJsonValue id = body.value(QStringLiteral("id"));
    const bool hasPhone = !phone.isUndefined() && !phone.isNull();
    const bool hasId = !id.isUndefined() && !id.isNull();
    if (!hasPhone && !hasId)
        throw HttpError::badData(QStringLiteral("phone"), QStringLiteral("send phone or id"));
    if (hasPhone && (phoneWins || !hasId)) {
        if (!phone.isString())
            throw HttpError::badData(QStringLiteral("phone"), QStringLiteral("must be a string"));
        const QString problem = Phone::e164DigitsProblem(phone.toString());
        if (!problem.isEmpty())
            throw HttpError::badData(QStringLiteral("phone"), problem);
        const auto contactId = m_store.contactIdByPhone(phone.toString());
        if (!contactId) {
            throw HttpError::notFound(
                QStringLiteral("no contact with phone %1").arg(phone.toString()));
        }
        return *m_store.contactById(*contactId);
    }
    std::optional<qint64> contactId = integerValue(id);
    if (id.isString())
        contactId = parsePositiveId(id.toString());
    if (!contactId || *contactId <= 0)
        throw HttpError::badData(QStringLiteral("id"), QStringLiteral("must be a contact id"));
    auto contact = m_store.contactById(*contactId);
    if (!contact)
        throw HttpError::notFound(QStringLiteral("no contact with id %1").arg(*contactId));
    return *contact;
}

SandboxStore::ListQuery SandboxApi::parseListQuery(const QJsonObject &body) const
{
    SandboxStore::ListQuery query;
    query.cursor = cursorValue(body, QStringLiteral("date"));
    if (body.contains(QStringLiteral("limit"))) {
        const auto limit = integerValue(body.value(QStringLiteral("limit")));
        if (!limit || *limit <= 0)
            throw HttpError::badData(QStringLiteral("limit"),
                                     QStringLiteral("must be a positive integer"));
        query.limit = static_cast<int>(std::min<qint64>(*limit, maxPageSize));
    } else {
        query.limit = defaultPageSize;
    }
    if (body.contains(QStringLiteral("page"))) {
        const auto page = integerValue(body.value(QStringLiteral("page")));
        if (!page || *page < 0 || *page > 1000000)
            throw HttpError::badData(QStringLiteral("page"),
                                     QStringLiteral("must be an integer from 0"));
        query.offset = static_cast<int>(*page) * query.limit;
    }
    if (body.contains(QStringLiteral("ascending"))) {
        const QJsonValue ascending = body.value(QStringLiteral("ascending"));
        if (!ascending.isBool())
            throw HttpError::badData(QStringLiteral("ascending"),
                                     QStringLiteral("must be true or false"));
        query.ascending = ascending.toBool();
    }
    if (body.contains(QStringLiteral("assigned")) &&
        !body.value(QStringLiteral("assigned")).isNull()) {
        const auto assigned = integerValue(body.value(QStringLiteral("assigned")));
        if (!assigned)
            throw HttpError::badData(QStringLiteral("assigned"),
                                     QStringLiteral("must be a member id"));
        if (*assigned > 0)
            query.assigned = *assigned;
    }
    return query;
}

ContactRecord SandboxApi::newContact(qint64 now) const
{
    ContactRecord contact;
    const QList<MemberRecord> members = m_store.listMembers();
    contact.creatorId = members.isEmpty() ? 0 : members.first().id;
    contact.created = now;
    contact.updated = now;
    contact.rev = 0;
    return contact;
}

void SandboxApi::touch(ContactRecord &contact, qint64 now, const QString &op)
{
    contact.rev += 1;
    contact.updated = now;
    contact.op = op;
}

void SandboxApi::requirePhoneFree(const QString &phone, const ContactRecord &contact,
                                  const QString &field) const
{
    const auto holder = m_store.contactIdByPhone(phone);
    if (!holder || *holder == contact.id)
        return;
    HttpError error = HttpError::badData(
        field,
        QStringLiteral("another contact (id %1) already has the phone %2").arg(*holder).arg(phone));
    error.extra.insert(QStringLiteral("id"), *holder);
    throw error;
}

void SandboxApi::addChannelTo(ContactRecord &contact, const ChannelInput &channel, qint64 now,
                              const QString &field)
{
    if (hasChannel(contact, channel))
        return;
    if (channel.type == QLatin1String("phone"))
        requirePhoneFree(channel.value, contact, field);
    ChannelRecord record{QUuid::createUuid().toString(QUuid::WithoutBraces),
                         channel.type,
                         channel.value,
                         channel.handle,
                         channel.info,
                         now,
                         now};
    contact.channels.append(record);
}

void SandboxApi::setPrimaryValue(ContactRecord &contact, const QString &type,
                                 const QString &newValue, qint64 now)
{
    ChannelRecord *primary = firstChannel(contact, type);
    if (newValue.isEmpty()) {
        if (primary) {
            const QString id = primary->id;
            contact.channels.removeIf([&id](const ChannelRecord &c) { return c.id == id; });
        }
        return;
    }
    if (primary) {
        if (primary->value != newValue) {
            primary->value = newValue;
            primary->updated = now;
        }
        return;
    }
    contact.channels.prepend(
        {QUuid::createUuid().toString(QUuid::WithoutBraces), type, newValue, {}, {}, now, now});
}

void SandboxApi::applyInput(ContactRecord &contact, const ContactInput &input, bool overwriteCustom,
                            qint64 now, const QString &prefix)
{
    const auto field = [&prefix](const QString &name) {
        return prefix.isEmpty() ? name : prefix + QLatin1Char('.') + name;
    };
    // Check every reference before changing anything.
    if (input.custom) {
        for (auto it = input.custom->begin(); it != input.custom->end(); ++it) {
            if (!m_store.fieldExists(it.key().toLongLong())) {
                throw HttpError::badData(field(QStringLiteral("custom.") + it.key()),
                                         QStringLiteral("no custom field with id %1; list them "
                                                        "with POST /v1/contact-fields")
                                             .arg(it.key()));
            }
        }
    }
    if (input.tags) {
        for (qsizetype i = 0; i < input.tags->size(); ++i) {
            if (!tags().contains(input.tags->at(i))) {
                throw HttpError::badData(
                    field(QStringLiteral("tags[%1].tag_id").arg(i)),
                    QStringLiteral("no tag with id %1").arg(input.tags->at(i)));
            }
        }
    }
    if (input.owner && *input.owner && !m_store.memberExists(**input.owner)) {
        throw HttpError::badData(field(QStringLiteral("assignee_id")),
                                 QStringLiteral("no team member with id %1").arg(**input.owner));
    }
    if (input.phone && *input.phone != contact.phone)
        requirePhoneFree(*input.phone, contact, field(QStringLiteral("phone")));

    if (input.first)
        contact.first = *input.first;
    if (input.last)
        contact.last = *input.last;
    if (input.phone)
        setPrimaryValue(contact, QStringLiteral("phone"), *input.phone, now);
    if (input.email)
        setPrimaryValue(contact, QStringLiteral("email"), *input.email, now);
    if (input.channels) {
        for (qsizetype i = 0; i < input.channels->size(); ++i)
            addChannelTo(contact, input.channels->at(i), now,
                         field(QStringLiteral("contact_channels[%1].channel_id").arg(i)));
    }
    refreshMirrors(contact);
    if (input.displayName) {
        contact.displayNameAuto = input.displayName->isEmpty();
        contact.displayName = *input.displayName;
    }
    if (contact.displayNameAuto)
        contact.displayName = autoDisplayName(contact);
    if (input.avatar)
        contact.avatar = *input.avatar;
    if (input.custom) {
        QJsonObject custom = overwriteCustom ? QJsonObject() : contact.custom;
        for (auto it = input.custom->begin(); it != input.custom->end(); ++it) {
            if (it.value().isNull() || it.value().toString().isEmpty())
                custom.remove(it.key());
            else
                custom.insert(it.key(), it.value());
        }
        contact.custom = custom;
    }
    if (input.tags)
        contact.tags = *input.tags;
    if (input.owner)
        contact.owner = *input.owner;
    if (input.optedOut)
        contact.optedOut = *input.optedOut;
}

void SandboxApi::saveUpdate(ContactRecord &contact, const ContactInput &input, bool overwrite)
{
    SandboxStore::Transaction transaction(m_store);
    const qint64 now = m_store.nextTimestamp();
    applyInput(contact, input, overwrite, now, {});
    touch(contact, now, QStringLiteral("update"));
    m_store.updateContact(contact);
    transaction.commit();
}

Reply SandboxApi::saveChannels(ContactRecord &contact, qint64 now, const QString &op)
{
    refreshMirrors(contact);
    if (contact.displayNameAuto)
        contact.displayName = autoDisplayName(contact);
    touch(contact, now, op);
    m_store.updateContact(contact);
    return {200, channelsJson(contact, m_teamId), {}};
}

Reply SandboxApi::removeContact(const ContactRecord &contact)
{
    SandboxStore::Transaction transaction(m_store);
    m_store.deleteContact(contact.id);
    transaction.commit();
    return {200, QStringLiteral("ok"), {}};
}

Reply SandboxApi::listContacts(const Call &call, bool v2Form)
{
    const QList<ContactRecord> contacts = m_store.listContacts(parseListQuery(objectBody(call)));
    QJsonArray array;
    for (const ContactRecord &contact : contacts)
        array.append(v2Form ? v2(contact) : v1(contact));
    return {200, array, {}};
}

// ---------------------------------------------------------------- contacts v1

Reply SandboxApi::createContactV1(const Call &call)
{
    const ContactInput input = parseContactInput(objectBody(call));
    if (!input.phone)
        throw HttpError::badData(QStringLiteral("phone"), QStringLiteral("required"));
    SandboxStore::Transaction transaction(m_store);
    const qint64 now = m_store.nextTimestamp();
    ContactRecord contact = newContact(now);
    applyInput(contact, input, true, now, {});
    touch(contact, now, QStringLiteral("create"));
    m_store.insertContact(contact);
    transaction.commit();
    return {200, writeResult(contact), {}};
}

Reply SandboxApi::getContactV1(const Call &call)
{
    return {200, v1(requireContactV1(call.captures.at(0))), {}};
}

Reply SandboxApi::updateContactV1(const Call &call)
{
    ContactRecord contact = requireContactV1(call.captures.at(0));
    const bool overwrite = overwriteParam(call);
    const ContactInput input = parseContactInput(objectBody(call));
    if (!input.phone) {
        throw HttpError::badData(QStringLiteral("phone"),
                                 QStringLiteral("required on update, even when unchanged"));
    }
    saveUpdate(contact, input, overwrite);
    return {200, writeResult(contact), {}};
}

Reply SandboxApi::deleteContactV1(const Call &call)
{
    return removeContact(requireContactV1(call.captures.at(0)));
}

Reply SandboxApi::listContactsV1(const Call &call)
{
    return listContacts(call, false);
}

Reply SandboxApi::countContacts(const Call &call)
{
    const auto cursor = cursorValue(objectBody(call), QStringLiteral("date"));
    return {200, QJsonObject{{QStringLiteral("count"), m_store.countContacts(cursor)}}, {}};
}

Reply SandboxApi::getContactByPhoneOrId(const Call &call)
{
    return {200, v1(findContactForLookup(objectBody(call), true)), {}};
}

Reply SandboxApi::contactStatus(const Call &call)
{
    const ContactRecord contact = findContactForLookup(objectBody(call), true);
    return {200,
            QJsonObject{{QStringLiteral("id"), contact.id},
                        {QStringLiteral("phone"), contact.phone},
                        {QStringLiteral("unsubscribed"), contact.optedOut},
                        {QStringLiteral("blocked"), contact.blocked}},
            {}};
}

Reply SandboxApi::setContactStatus(const Call &call)
{
    const QJsonObject body = objectBody(call);
    const QJsonValue status = body.value(QStringLiteral("status"));
    static const QStringList statuses = {QStringLiteral("active"), QStringLiteral("blocked"),
                                         QStringLiteral("unblocked"), QStringLiteral("subscribed"),
                                         QStringLiteral("unsubscribed")};
    if (!status.isString() || !statuses.contains(status.toString())) {
        throw HttpError::badData(
            QStringLiteral("status"),
            QStringLiteral("must be one of %1").arg(statuses.join(QStringLiteral(", "))));
    }
    ContactRecord contact = findContactForLookup(body, true);
    const QString value = status.toString();
    if (value == QLatin1String("active")) {
        contact.blocked = false;
        contact.optedOut = false;
    } else if (value == QLatin1String("blocked")) {
        contact.blocked = true;
    } else if (value == QLatin1String("unblocked")) {
        contact.blocked = false;
    } else if (value == QLatin1String("subscribed")) {
        contact.optedOut = false;
    } else {
        contact.optedOut = true;
    }
    SandboxStore::Transaction transaction(m_store);
    touch(contact, m_store.nextTimestamp(), QStringLiteral("set_status"));
    m_store.updateContact(contact);
    transaction.commit();
    return {200, QStringLiteral("success"), {}};
}

Reply SandboxApi::batchCreateContacts(const Call &call)
{
    const bool overwrite = overwriteParam(call);
    const QJsonArray items = arrayBody(call);
    if (items.size() > maxBatchSize) {
        throw HttpError::badData(QString(), QStringLiteral("at most %1 contacts per batch; %2 sent")
                                                .arg(maxBatchSize)
                                                .arg(items.size()));
    }
    QJsonArray failed;
    SandboxStore::Transaction transaction(m_store);
    const qint64 now = m_store.nextTimestamp(); // one import, one timestamp
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString prefix = QStringLiteral("[%1]").arg(i);
        const QJsonObject item = items.at(i).toObject();
        try {
            if (!items.at(i).isObject())
                throw HttpError::badData(prefix, QStringLiteral("must be a contact object"));
            const ContactInput input = parseContactInput(item, prefix);
            if (!input.phone)
                throw HttpError::badData(prefix + QStringLiteral(".phone"),
                                         QStringLiteral("required"));
            const auto existing = m_store.contactIdByPhone(*input.phone);
            if (existing && !overwrite)
                continue; // documented: skipped, left unchanged
            ContactRecord contact = existing ? *m_store.contactById(*existing) : newContact(now);
            applyInput(contact, input, true, now, prefix);
            touch(contact, now, existing ? QStringLiteral("update") : QStringLiteral("create"));
            if (existing)
                m_store.updateContact(contact);
            else
                m_store.insertContact(contact);
        } catch (const HttpError &error) {
            QJsonObject entry = items.at(i).isObject() ? item : QJsonObject();
            entry.insert(QStringLiteral("error"), failureEntry(error));
            failed.append(entry);
        }
    }
    transaction.commit();
    if (failed.isEmpty())
        return {200, QStringLiteral("ok"), {}};
    return {200, failed, {}};
}

// ---------------------------------------------------------------- contacts v2

Reply SandboxApi::createContactV2(const Call &call)
{
    const ContactInput input = parseContactInput(objectBody(call));
    SandboxStore::Transaction transaction(m_store);
    const qint64 now = m_store.nextTimestamp();
    ContactRecord contact = newContact(now);
    applyInput(contact, input, true, now, {});
    if (contact.channels.isEmpty()) {
        throw HttpError::badData(QStringLiteral("contact_channels"),
                                 QStringLiteral("at least one channel is required"));
    }
    touch(contact, now, QStringLiteral("create"));
    m_store.insertContact(contact);
    transaction.commit();
    return {200, writeResult(contact), {}};
}

Reply SandboxApi::getContactV2(const Call &call)
{
    return {200, v2(requireContactV2(call.captures.at(0))), {}};
}

Reply SandboxApi::updateContactV2(const Call &call)
{
    ContactRecord contact = requireContactV2(call.captures.at(0));
    const bool overwrite = overwriteParam(call);
    const ContactInput input = parseContactInput(objectBody(call));
    saveUpdate(contact, input, overwrite);
    return {200, v2(contact), {}};
}

Reply SandboxApi::deleteContactV2(const Call &call)
{
    return removeContact(requireContactV2(call.captures.at(0)));
}

Reply SandboxApi::searchContacts(const Call &call)
{
    const QJsonValue filters = objectBody(call).value(QStringLiteral("contact_channels"));
    if (!filters.isArray() || filters.toArray().isEmpty()) {
        throw HttpError::badData(
            QStringLiteral("contact_channels"),
            QStringLiteral("required: an array of {channel_type?, channel_ids}"));
    }
    QList<qint64> found;
    const QJsonArray array = filters.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString prefix = QStringLiteral("contact_channels[%1]").arg(i);
        const QJsonObject filter = array.at(i).toObject();
        QStringList values;
        const QJsonValue ids = filter.value(QStringLiteral("channel_ids"));
        const QJsonValue single = filter.value(QStringLiteral("channel_id"));
        if (ids.isArray()) {
            const QJsonArray idArray = ids.toArray();
            for (qsizetype j = 0; j < idArray.size(); ++j) {
                if (!idArray.at(j).isString()) {
                    throw HttpError::badData(
                        QStringLiteral("%1.channel_ids[%2]").arg(prefix).arg(j),
                        QStringLiteral("must be a string"));
                }
                values.append(idArray.at(j).toString());
            }
        } else if (single.isString()) {
            values.append(single.toString());
        } else {
            throw HttpError::badData(prefix + QStringLiteral(".channel_ids"),
                                     QStringLiteral("required: an array of values to look up"));
        }
        const QString type = filter.value(QStringLiteral("channel_type")).toString().toLower();
        for (qsizetype j = 0; j < values.size(); ++j) {
            const QString value = values.at(j);
            const QString field = QStringLiteral("%1.channel_ids[%2]").arg(prefix).arg(j);
            QString effectiveType = type;
            if (effectiveType.isEmpty()) {
                if (value.contains(QLatin1Char('@')))
                    effectiveType = QStringLiteral("email");
                else if (Phone::isE164Digits(value))
                    effectiveType = QStringLiteral("phone");
                else
                    throw HttpError::badData(field,
                                             QStringLiteral("cannot tell whether '%1' is a phone "
                                                            "or an email; send channel_type")
                                                 .arg(value));
            }
            if (effectiveType == QLatin1String("id")) {
                if (!isUuid(value))
                    throw HttpError::badData(field, QStringLiteral("must be a contact UUID"));
                if (const auto contact = m_store.contactByUuid(value))
                    found.append(contact->id);
                continue;
            }
            validateChannelValue(effectiveType, value, field);
            found.append(m_store.contactIdsByChannel(effectiveType, value));
        }
    }
    QJsonArray result;
    QList<qint64> seen;
    for (qint64 id : std::as_const(found)) {
        if (seen.contains(id))
            continue;
        seen.append(id);
        if (const auto contact = m_store.contactById(id))
            result.append(v2(*contact));
    }
    return {200, result, {}};
}

Reply SandboxApi::listContactsV2(const Call &call)
{
    return listContacts(call, true);
}

Reply SandboxApi::bulkContactsV2(const Call &call)
{
    const bool overwrite = overwriteParam(call);
    const QJsonValue contactsValue = objectBody(call).value(QStringLiteral("contacts"));
    if (!contactsValue.isArray())
        throw HttpError::badData(QStringLiteral("contacts"),
                                 QStringLiteral("required: an array of contacts"));
    const QJsonArray items = contactsValue.toArray();
    if (items.size() > maxBatchSize) {
        throw HttpError::badData(QStringLiteral("contacts"),
                                 QStringLiteral("at most %1 contacts per request; %2 sent")
                                     .arg(maxBatchSize)
                                     .arg(items.size()));
    }
    QJsonArray succeeded;
    QJsonArray failed;
    SandboxStore::Transaction transaction(m_store);
    const qint64 now = m_store.nextTimestamp();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString prefix = QStringLiteral("contacts[%1]").arg(i);
        try {
            if (!items.at(i).isObject())
                throw HttpError::badData(prefix, QStringLiteral("must be a contact object"));
            const ContactInput input = parseContactInput(items.at(i).toObject(), prefix);
            ContactRecord contact;
            bool existing = false;
            if (input.contactId) {
                const auto found = m_store.contactByUuid(*input.contactId);
                if (!found) {
                    throw HttpError::badData(
                        prefix + QStringLiteral(".contact_id"),
                        QStringLiteral("no contact with UUID %1").arg(*input.contactId));
                }
                contact = *found;
                existing = true;
            } else {
                contact = newContact(now);
            }
            applyInput(contact, input, overwrite || !existing, now, prefix);
            if (contact.channels.isEmpty()) {
                throw HttpError::badData(prefix + QStringLiteral(".contact_channels"),
                                         QStringLiteral("at least one channel is required"));
            }
            touch(contact, now, existing ? QStringLiteral("update") : QStringLiteral("create"));
            if (existing)
                m_store.updateContact(contact);
            else
                m_store.insertContact(contact);
            succeeded.append(v2(contact));
        } catch (const HttpError &error) {
            failed.append(QJsonObject{{QStringLiteral("contact"), items.at(i)},
                                      {QStringLiteral("error"), failureEntry(error)}});
        }
    }
    transaction.commit();
    return {200,
            QJsonObject{{QStringLiteral("contacts"), succeeded},
                        {QStringLiteral("failed_contacts"), failed}},
            {}};
}

Reply SandboxApi::bulkDeleteContactsV2(const Call &call)
{
    const QJsonValue filters = objectBody(call).value(QStringLiteral("contact_channels"));
    const QJsonArray array = filters.toArray();
    if (!filters.isArray() || array.size() != 1 ||
        array.at(0).toObject().value(QStringLiteral("channel_type")).toString() !=
            QLatin1String("id")) {
        throw HttpError::badData(QStringLiteral("contact_channels"),
                                 QStringLiteral("must hold exactly one entry with channel_type "
                                                "\"id\" and the UUIDs to delete"));
    }
    const QJsonValue ids = array.at(0).toObject().value(QStringLiteral("channel_ids"));
    if (!ids.isArray() || ids.toArray().isEmpty()) {
        throw HttpError::badData(QStringLiteral("contact_channels[0].channel_ids"),
                                 QStringLiteral("required: the contact UUIDs to delete"));
    }
    const QJsonArray uuids = ids.toArray();
    if (uuids.size() > maxBatchSize) {
        throw HttpError::badData(QStringLiteral("contact_channels[0].channel_ids"),
                                 QStringLiteral("at most %1 per request").arg(maxBatchSize));
    }
    QList<qint64> toDelete;
    for (qsizetype i = 0; i < uuids.size(); ++i) {
        const QString uuid = uuids.at(i).toString();
        if (!uuids.at(i).isString() || !isUuid(uuid)) {
            throw HttpError::badData(QStringLiteral("contact_channels[0].channel_ids[%1]").arg(i),
                                     QStringLiteral("must be a contact UUID (v2 id)"));
        }
        if (const auto contact = m_store.contactByUuid(uuid))
            toDelete.append(contact->id);
    }
    SandboxStore::Transaction transaction(m_store);
    for (qint64 id : std::as_const(toDelete))
        m_store.deleteContact(id);
    transaction.commit();
    return {200, QStringLiteral("ok"), {}};
}

// ---------------------------------------------------------------- channels

Reply SandboxApi::addChannel(const Call &call)
{
    ContactRecord contact = requireContactV2(call.captures.at(0));
    const ChannelInput channel = parseChannelInput(objectBody(call));
    if (hasChannel(contact, channel))
        return {200, channelsJson(contact, m_teamId), {}}; // already there: nothing to change
    SandboxStore::Transaction transaction(m_store);
    const qint64 now = m_store.nextTimestamp();
    addChannelTo(contact, channel, now, QStringLiteral("channel_id"));
    Reply reply = saveChannels(contact, now, QStringLiteral("channel_add"));
    transaction.commit();
    return reply;
}

Reply SandboxApi::updateChannel(const Call &call)
{
    ContactRecord contact = requireContactV2(call.captures.at(0));
    const ChannelInput channel = parseChannelInput(objectBody(call));
    ChannelRecord *existing = firstChannel(contact, channel.type);
    if (!existing) {
        throw HttpError::notFound(QStringLiteral("contact %1 has no %2 channel to update; add one "
                                                 "with POST")
                                      .arg(contact.uuid, channel.type));
    }
    if (channel.type == QLatin1String("phone"))
        requirePhoneFree(channel.value, contact, QStringLiteral("channel_id"));
    SandboxStore::Transaction transaction(m_store);
    const qint64 now = m_store.nextTimestamp();
    existing->value = channel.value;
    existing->handle = channel.handle;
    existing->info = channel.info;
    existing->updated = now;
    Reply reply = saveChannels(contact, now, QStringLiteral("channel_update"));
    transaction.commit();
    return reply;
}

Reply SandboxApi::listChannels(const Call &call)
{
    return {200, channelsJson(requireContactV2(call.captures.at(0)), m_teamId), {}};
}

Reply SandboxApi::getChannel(const Call &call)
{
    ContactRecord contact = requireContactV2(call.captures.at(0));
    const QString type = call.captures.at(1).toLower();
    const ChannelRecord *channel = firstChannel(contact, type);
    if (!channel)
        throw HttpError::notFound(
            QStringLiteral("contact %1 has no %2 channel").arg(contact.uuid, type));
    return {200, channelJson(*channel, contact, m_teamId), {}};
}

Reply SandboxApi::deleteChannel(const Call &call)
{
    ContactRecord contact = requireContactV2(call.captures.at(0));
    const QString type = call.captures.at(1).toLower();
    const ChannelRecord *channel = firstChannel(contact, type);
    if (!channel)
        throw HttpError::notFound(
            QStringLiteral("contact %1 has no %2 channel").arg(contact.uuid, type));
    if (contact.channels.size() == 1) {
        throw HttpError::badData(QStringLiteral("channelType"),
                                 QStringLiteral("this is the contact's only channel; a contact "
                                                "needs at least one (delete the contact instead)"));
    }
    const QString id = channel->id;
    contact.channels.removeIf([&id](const ChannelRecord &c) { return c.id == id; });
    SandboxStore::Transaction transaction(m_store);
    const qint64 now = m_store.nextTimestamp();
    Reply reply = saveChannels(contact, now, QStringLiteral("channel_delete"));
    transaction.commit();
    return reply;
}

// ---------------------------------------------------------------- directory

Reply SandboxApi::listFields(const Call &call)
{
    objectBody(call); // validates the body if one was sent
    QJsonArray array;
    const QList<FieldRecord> fields = m_store.listFields();
    for (const FieldRecord &field : fields) {
        array.append(QJsonObject{{QStringLiteral("id"), field.id},
                                 {QStringLiteral("title"), field.title},
                                 {QStringLiteral("created"), Timestamps::format(field.created)}});
    }
    return {200, array, {}};
}

Reply SandboxApi::createFields(const Call &call)
{
    const QJsonArray items = arrayBody(call);
    if (items.isEmpty())
        throw HttpError::badData(QString(), QStringLiteral("send at least one {\"title\": ...}"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue title = items.at(i).toObject().value(QStringLiteral("title"));
        const QString field = QStringLiteral("[%1].title").arg(i);
        if (!title.isString() || title.toString().trimmed().isEmpty())
            throw HttpError::badData(field, QStringLiteral("required: a non-empty string"));
        if (title.toString().size() > 100)
            throw HttpError::badData(field, QStringLiteral("longer than 100 characters"));
    }
    QJsonArray result;
    SandboxStore::Transaction transaction(m_store);
    const qint64 now = m_store.nextTimestamp();
    for (const QJsonValue &item : items) {
        const QString title = item.toObject().value(QStringLiteral("title")).toString().trimmed();
        if (const auto existing = m_store.fieldByTitle(title)) {
            result.append(QJsonObject{{QStringLiteral("id"), existing->id},
                                      {QStringLiteral("title"), existing->title},
                                      {QStringLiteral("duplicate"), true}});
            continue;
        }
        FieldRecord field{0, title, now};
        m_store.insertField(field);
        result.append(QJsonObject{{QStringLiteral("id"), field.id},
                                  {QStringLiteral("title"), field.title},
                                  {QStringLiteral("duplicate"), false}});
    }
    transaction.commit();
    return {200, result, {}};
}

Reply SandboxApi::createTag(const Call &call)
{
    const QJsonObject body = objectBody(call);
    const QJsonValue name = body.value(QStringLiteral("tag"));
    if (!name.isString() || name.toString().trimmed().isEmpty())
        throw HttpError::badData(QStringLiteral("tag"),
                                 QStringLiteral("required: the tag's label"));
    if (name.toString().size() > 50)
        throw HttpError::badData(QStringLiteral("tag"),
                                 QStringLiteral("longer than 50 characters"));
    const QJsonValue color = body.value(QStringLiteral("color"));
    static const QRegularExpression hexColor(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (!color.isUndefined() && !color.isNull() &&
        (!color.isString() || !hexColor.match(color.toString()).hasMatch())) {
        throw HttpError::badData(QStringLiteral("color"),
                                 QStringLiteral("must be a hex colour such as #FF5733"));
    }
    const QString label = name.toString().trimmed();
    if (const auto existing = m_store.tagByName(label)) {
        HttpError error = HttpError::badData(
            QStringLiteral("tag"), QStringLiteral("a tag named '%1' already exists (id %2)")
                                       .arg(existing->tag)
                                       .arg(existing->id));
        error.extra.insert(QStringLiteral("id"), existing->id);
        throw error;
    }
    SandboxStore::Transaction transaction(m_store);
    const qint64 now = m_store.nextTimestamp();
    TagRecord tag{0, {}, label, color.toString().toUpper(), now, now, 1};
    m_store.insertTag(tag);
    transaction.commit();
    m_tagsLoaded = false;
    return {200,
            QJsonObject{{QStringLiteral("id"), tag.id},
                        {QStringLiteral("rev"), tag.rev},
                        {QStringLiteral("uuid"), tag.uuid}},
            {}};
}

Reply SandboxApi::getTag(const Call &call)
{
    const auto id = parsePositiveId(call.captures.at(0));
    if (!id)
        throw HttpError::badData(QStringLiteral("id"), QStringLiteral("must be an integer tag id"));
    const auto tag = m_store.tagById(*id);
    if (!tag)
        throw HttpError::notFound(QStringLiteral("no tag with id %1").arg(*id));
    return {200, tagJson(*tag, m_teamId), {}};
}

Reply SandboxApi::listTags(const Call &call)
{
    const auto cursor = cursorValue(objectBody(call), QStringLiteral("date"));
    QJsonArray array;
    const QList<TagRecord> list = m_store.listTags(cursor, defaultPageSize);
    for (const TagRecord &tag : list)
        array.append(tagJson(tag, m_teamId));
    return {200, array, {}};
}

Reply SandboxApi::deleteTag(const Call &call)
{
    const auto id = parsePositiveId(call.captures.at(0));
    if (!id)
        throw HttpError::badData(QStringLiteral("id"), QStringLiteral("must be an integer tag id"));
    if (!m_store.tagById(*id))
        throw HttpError::notFound(QStringLiteral("no tag with id %1").arg(*id));
    SandboxStore::Transaction transaction(m_store);
    const qint64 now = m_store.nextTimestamp();
    const QList<qint64> carriers = m_store.contactIdsWithTag(*id);
    for (qint64 contactId : carriers) {
        ContactRecord contact = *m_store.contactById(contactId);
        contact.tags.removeAll(*id);
        touch(contact, now, QStringLiteral("tag_delete"));
        m_store.updateContact(contact);
    }
    m_store.deleteTag(*id);
    transaction.commit();
    m_tagsLoaded = false;
    return {200, QStringLiteral("ok"), {}};
}

Reply SandboxApi::team(const Call &)
{
    const TeamRecord team = m_store.team();
    QJsonArray members;
    const QList<MemberRecord> list = m_store.listMembers();
    for (const MemberRecord &member : list) {
        members.append(QJsonObject{{QStringLiteral("id"), member.id},
                                   {QStringLiteral("name"), member.name},
                                   {QStringLiteral("role"), member.role}});
    }
    return {200,
            QJsonObject{{QStringLiteral("id"), team.id},
                        {QStringLiteral("name"), team.name},
                        {QStringLiteral("list_size"), team.listSize},
                        {QStringLiteral("members"), members}},
            {}};
}

Reply SandboxApi::usersGet(const Call &call)
{
    const QJsonObject body = objectBody(call);
    const QStringList phones = textArray(body, QStringLiteral("phone"));
    const QStringList emails = textArray(body, QStringLiteral("email"));
    if (phones.isEmpty() && emails.isEmpty()) {
        throw HttpError::badData(
            QStringLiteral("phone"),
            QStringLiteral("send a JSON body with a phone and/or email array"));
    }
    for (qsizetype i = 0; i < phones.size(); ++i) {
        const QString problem = Phone::e164DigitsProblem(phones.at(i));
        if (!problem.isEmpty())
            throw HttpError::badData(QStringLiteral("phone[%1]").arg(i), problem);
    }
    const TeamRecord team = m_store.team();
    QJsonArray memberships;
    const QList<MemberRecord> members = m_store.listMembers();
    for (const MemberRecord &member : members) {
        const bool emailMatch =
            std::any_of(emails.cbegin(), emails.cend(), [&member](const QString &e) {
                return e.compare(member.email, Qt::CaseInsensitive) == 0;
            });
        if (!phones.contains(member.phone) && !emailMatch)
            continue;
        memberships.append(
            QJsonObject{{QStringLiteral("id"), member.id},
                        {QStringLiteral("phone"), member.phone},
                        {QStringLiteral("name"), member.name},
                        {QStringLiteral("email"), member.email},
                        {QStringLiteral("role_id"), member.roleId},
                        {QStringLiteral("team_id"), team.id},
                        {QStringLiteral("created_at"), Timestamps::format(member.created)},
                        {QStringLiteral("updated_at"), Timestamps::format(member.updated)},
                        {QStringLiteral("user_created_at"), Timestamps::format(member.created)},
                        {QStringLiteral("user_updated_at"), Timestamps::format(member.updated)}});
    }
    return {200, QJsonObject{{QStringLiteral("memberships"), memberships}}, {}};
}

Reply SandboxApi::inboxes(const Call &)
{
    return {200, m_store.inboxes(), {}};
}

// ---------------------------------------------------------------- messaging

namespace {

qint64 requireId(const QJsonObject &body, const QString &field)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull())
        throw HttpError::badData(field, QStringLiteral("required"));
    if (!value.isDouble() || value.toDouble() != double(value.toInteger()) ||
        value.toInteger() <= 0)
        throw HttpError::badData(field, QStringLiteral("must be a positive integer id"));
    return value.toInteger();
}

QString optionalText(const QJsonObject &body, const QString &field)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        throw HttpError::badData(field, QStringLiteral("must be a string"));
    return value.toString();
}

} // namespace

QJsonObject SandboxApi::requireInbox(const QJsonObject &body, const QString &field) const
{
    const qint64 id = requireId(body, field);
    const qint64 creator = requireId(body, QStringLiteral("creator_id"));
    for (const QJsonValue &value : m_store.inboxes()) {
        const QJsonObject inbox = value.toObject();
        if (inbox.value(QStringLiteral("id")).toInteger() != id)
            continue;
        if (!inbox.value(QStringLiteral("members")).toArray().contains(QJsonValue(creator))) {
            throw HttpError{
                403,
                QStringLiteral("Denied"),
                QStringLiteral("member %1 has no access to inbox %2").arg(creator).arg(id),
                QStringLiteral("creator_id"),
                {},
                {}};
        }
        return inbox;
    }
    throw HttpError::badData(field, QStringLiteral("no inbox with id %1").arg(id));
}

// Merge tokens are rendered for a single known contact: first and last
// name, custom fields by title (the spec leaves the custom token open).
// Unknown tokens stay as written.
QString SandboxApi::renderFor(const QString &text, const QString &phone) const
{
    if (!text.contains(QLatin1String("{{")))
        return text;
    const auto id = m_store.contactIdByPhone(phone);
    if (!id)
        return text;
    const ContactRecord contact = *m_store.contactById(*id);
    QHash<QString, QString> values{{QStringLiteral("first_name"), contact.first},
                                   {QStringLiteral("last_name"), contact.last}};
    for (const FieldRecord &field : m_store.listFields())
        values.insert(field.title.toLower(),
                      contact.custom.value(QString::number(field.id)).toString());
    return Compose::render(text, values).text;
}

// A list send (11.1 with list_id): the broadcast itself is recorded under
// its local_id (so a repeat answers the same), and one message goes into
// each reachable member's conversation. Blocked, opted-out and phoneless
// members are passed over, not refused: a broadcast reaches whom it may.
Reply SandboxApi::broadcast(const QJsonObject &body, qint64 inboxId, const QJsonObject &list,
                            const QString &text, const QString &media, const QString &localId)
{
    SandboxStore::Transaction transaction(m_store);
    const qint64 now = m_store.nextTimestamp();
    const qint64 creator = body.value(QStringLiteral("creator_id")).toInteger();
    QJsonObject response{{QStringLiteral("date"), Timestamps::format(now)}};
    if (!media.isEmpty())
        response.insert(QStringLiteral("gallery_url"), media);
    const qint64 listId = list.value(QStringLiteral("id")).toInteger();
    const QJsonObject record{{QStringLiteral("list_id"), listId},
                             {QStringLiteral("text"), text},
                             {QStringLiteral("date"), Timestamps::format(now)}};
    const qint64 broadcastId =
        m_store.insertMessage(localId, 0, inboxId, QString(), now, record, response);
    const QJsonArray members = list.value(QStringLiteral("contacts")).toArray();
    for (const QJsonValue &member : members) {
        const auto contact = m_store.contactById(member.toInteger());
        if (!contact || contact->blocked || contact->optedOut || contact->phone.isEmpty())
            continue;
        const qint64 conversation = m_store.conversationFor(inboxId, contact->phone, now);
        QJsonObject message{
            {QStringLiteral("text"), renderFor(text, contact->phone)},
            {QStringLiteral("media"), media.isEmpty() ? QJsonValue(QJsonValue::Null) : media},
            {QStringLiteral("phone"), contact->phone},
            {QStringLiteral("type"),
             media.isEmpty() ? QStringLiteral("sms") : QStringLiteral("mms")},
            {QStringLiteral("status"), QStringLiteral("sent")},
            {QStringLiteral("date"), Timestamps::format(now)},
            {QStringLiteral("updated"), Timestamps::format(now)},
            {QStringLiteral("user"), creator},
            {QStringLiteral("local_id"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("broadcast_id"), broadcastId},
            {QStringLiteral("target"), contact->phone},
            {QStringLiteral("conversation"), QJsonObject{{QStringLiteral("id"), conversation},
                                                         {QStringLiteral("inbox"), inboxId}}}};
        QJsonObject ignored;
        m_store.insertMessage(QString(), conversation, inboxId, contact->phone, now, message,
                              ignored);
    }
    transaction.commit();
    return {200, response, {}};
}

Reply SandboxApi::sendMessage(const Call &call)
{
    const QJsonObject body = objectBody(call);
    const QJsonObject inbox = requireInbox(body, QStringLiteral("inbox_id"));
    const qint64 inboxId = inbox.value(QStringLiteral("id")).toInteger();
    if (inbox.value(QStringLiteral("phones")).toArray().isEmpty())
        throw HttpError::badData(QStringLiteral("inbox_id"),
                                 QStringLiteral("inbox %1 has no phone number: send email with "
                                                "/v1/email/send")
                                     .arg(inboxId));
    const QString localId = optionalText(body, QStringLiteral("local_id"));
    // One target family (CONFLICT-free reading of 11.1): phone_number or
    // chat_id, list_id (with local_id), or targets.
    const bool phone = body.contains(QStringLiteral("phone_number"));
    const bool chat = body.contains(QStringLiteral("chat_id"));
    const bool list = body.contains(QStringLiteral("list_id"));
    const bool group = body.contains(QStringLiteral("targets"));
    if (phone && chat)
        throw HttpError::badData(QStringLiteral("chat_id"),
                                 QStringLiteral("send phone_number or chat_id, not both"));
    if (int(phone || chat) + int(list) + int(group) != 1)
        throw HttpError::badData(QStringLiteral("phone_number"),
                                 QStringLiteral("exactly one target: phone_number, chat_id, "
                                                "list_id (with local_id) or targets"));
    if (list && localId.isEmpty())
        throw HttpError::badData(QStringLiteral("local_id"),
                                 QStringLiteral("required when sending to a list"));
    QString text = optionalText(body, QStringLiteral("text"));
    const QString media = optionalText(body, QStringLiteral("media_url"));
    std::optional<QJsonObject> usedTemplate;
    if (body.contains(QStringLiteral("template_id"))) {
        const qint64 templateId = requireId(body, QStringLiteral("template_id"));
        usedTemplate = m_store.templateById(templateId);
        if (!usedTemplate)
            throw HttpError::badData(QStringLiteral("template_id"),
                                     QStringLiteral("no template with id %1").arg(templateId));
        if (!text.isEmpty())
            throw HttpError::badData(QStringLiteral("text"),
                                     QStringLiteral("send text or template_id, not both"));
        text = usedTemplate->value(QStringLiteral("content"))
                   .toObject()
                   .value(QStringLiteral("text"))
                   .toString();
    }
    if (text.isEmpty() && media.isEmpty())
        throw HttpError::badData(QStringLiteral("text"),
                                 QStringLiteral("send text, media_url or template_id"));
    if (!media.isEmpty()) {
        const QUrl url(media);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            throw HttpError::badData(QStringLiteral("media_url"),
                                     QStringLiteral("must be a public http(s) URL"));
    }
    // A repeat of a send that already happened gets the same answer.
    if (!localId.isEmpty()) {
        if (const auto earlier = m_store.responseForLocalId(localId))
            return {200, *earlier, {}};
    }
    const bool isPrivate = body.value(QStringLiteral("private")).toBool();
    // Who receives it: blocked and opted-out contacts never do.
    const auto refuseIfUnreachable = [this, isPrivate](const QString &digits,
                                                       const QString &field) {
        if (isPrivate)
            return;
        const auto id = m_store.contactIdByPhone(digits);
        if (!id)
            return;
        const ContactRecord contact = *m_store.contactById(*id);
        if (contact.blocked)
            throw HttpError::badData(
                field, QStringLiteral("contact %1 (%2) is blocked").arg(*id).arg(digits));
        if (contact.optedOut)
            throw HttpError::badData(
                field, QStringLiteral("contact %1 (%2) has opted out").arg(*id).arg(digits));
    };
    QString target;
    QJsonArray groupTargets;
    if (phone) {
        target = optionalText(body, QStringLiteral("phone_number"));
        if (const QString problem = Phone::e164DigitsProblem(target); !problem.isEmpty())
            throw HttpError::badData(QStringLiteral("phone_number"), problem);
        refuseIfUnreachable(target, QStringLiteral("phone_number"));
    } else if (chat) {
        const qint64 chatId = requireId(body, QStringLiteral("chat_id"));
        const auto conversation = m_store.conversation(chatId);
        if (!conversation || conversation->inbox != inboxId)
            throw HttpError::badData(
                QStringLiteral("chat_id"),
                QStringLiteral("no conversation %1 in inbox %2").arg(chatId).arg(inboxId));
        target = conversation->target;
        refuseIfUnreachable(target, QStringLiteral("chat_id"));
    } else if (list) {
        const qint64 listId = requireId(body, QStringLiteral("list_id"));
        const auto found = m_store.listById(listId);
        if (!found)
            throw HttpError::badData(QStringLiteral("list_id"),
                                     QStringLiteral("no list with id %1").arg(listId));
        return broadcast(body, inboxId, *found, text, media, localId);
    } else {
        const QJsonValue value = body.value(QStringLiteral("targets"));
        if (!value.isArray() || value.toArray().isEmpty())
            throw HttpError::badData(QStringLiteral("targets"),
                                     QStringLiteral("must be a non-empty array of phone numbers"));
        const QJsonArray array = value.toArray();
        QStringList digits;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString field = QStringLiteral("targets[%1]").arg(i);
            if (!array.at(i).isString())
                throw HttpError::badData(field, QStringLiteral("must be a string"));
            if (const QString problem = Phone::e164DigitsProblem(array.at(i).toString());
                !problem.isEmpty())
                throw HttpError::badData(field, problem);
            refuseIfUnreachable(array.at(i).toString(), field);
            digits.append(array.at(i).toString());
        }
        digits.sort();
        target = digits.join(QLatin1Char(','));
        groupTargets = array;
    }

    if (groupTargets.isEmpty())
        text = renderFor(text, target);
    SandboxStore::Transaction transaction(m_store);
    const qint64 now = m_store.nextTimestamp();
    const qint64 conversation = m_store.conversationFor(inboxId, target, now);
    QJsonObject message{
        {QStringLiteral("text"), text},
        {QStringLiteral("media"), media.isEmpty() ? QJsonValue(QJsonValue::Null) : media},
        {QStringLiteral("phone"), groupTargets.isEmpty() ? target : QString()},
        {QStringLiteral("type"), isPrivate         ? QStringLiteral("note")
                                 : media.isEmpty() ? QStringLiteral("sms")
                                                   : QStringLiteral("mms")},
        {QStringLiteral("status"), isPrivate ? QStringLiteral("note") : QStringLiteral("sent")},
        {QStringLiteral("date"), Timestamps::format(now)},
        {QStringLiteral("updated"), Timestamps::format(now)},
        {QStringLiteral("user"), body.value(QStringLiteral("creator_id")).toInteger()},
        {QStringLiteral("local_id"), localId.isEmpty() ? QJsonValue(QJsonValue::Null) : localId},
        {QStringLiteral("target"), groupTargets.isEmpty() ? QJsonValue(target) : groupTargets},
        {QStringLiteral("conversation"),
         QJsonObject{{QStringLiteral("id"), conversation}, {QStringLiteral("inbox"), inboxId}}}};
    QJsonObject response{{QStringLiteral("date"), Timestamps::format(now)}};
    if (!media.isEmpty())
        response.insert(QStringLiteral("gallery_url"), media);
    m_store.insertMessage(localId, conversation, inboxId,
                          groupTargets.isEmpty() ? target : QString(), now, message, response);
    transaction.commit();
    return {200, response, {}};
}

Reply SandboxApi::sendEmail(const Call &call)
{
    const QJsonObject body = objectBody(call);
    const QJsonObject inbox = requireInbox(body, QStringLiteral("inbox"));
    const qint64 inboxId = inbox.value(QStringLiteral("id")).toInteger();
    if (inbox.value(QStringLiteral("email")).toString().isEmpty())
        throw HttpError::badData(QStringLiteral("inbox"),
                                 QStringLiteral("inbox %1 is not an email inbox: send SMS with "
                                                "/v1/message/send")
                                     .arg(inboxId));
    const QString text = optionalText(body, QStringLiteral("text"));
    if (text.isEmpty())
        throw HttpError::badData(QStringLiteral("text"), QStringLiteral("required"));
    const QString localId = optionalText(body, QStringLiteral("local_id"));
    const bool reply = body.contains(QStringLiteral("convo_id"));
    const bool thread = body.contains(QStringLiteral("targets"));
    if (reply == thread)
        throw HttpError::badData(QStringLiteral("targets"),
                                 QStringLiteral("send targets for a new thread or convo_id for a "
                                                "reply (one of them)"));
    QStringList to;
    QStringList cc;
    qint64 conversation = 0;
    if (reply) {
        conversation = requireId(body, QStringLiteral("convo_id"));
        const auto found = m_store.conversation(conversation);
        if (!found || found->inbox != inboxId)
            throw HttpError::badData(QStringLiteral("convo_id"),
                                     QStringLiteral("no email conversation %1 in inbox %2")
                                         .arg(conversation)
                                         .arg(inboxId));
    } else {
        const QJsonValue value = body.value(QStringLiteral("targets"));
        if (!value.isArray() || value.toArray().isEmpty())
            throw HttpError::badData(QStringLiteral("targets"),
                                     QStringLiteral("must be a non-empty array such as "
                                                    "[\"to:alice@example.com\"]"));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString field = QStringLiteral("targets[%1]").arg(i);
            const QString entry = array.at(i).toString();
            const bool isTo = entry.startsWith(QLatin1String("to:"));
            if (!array.at(i).isString() || (!isTo && !entry.startsWith(QLatin1String("cc:"))))
                throw HttpError::badData(field, QStringLiteral("must start with to: or cc:"));
            for (const QString &address : entry.mid(3).split(QLatin1Char(','))) {
                const QString trimmed = address.trimmed();
                if (const QString problem = Email::problem(trimmed); !problem.isEmpty())
                    throw HttpError::badData(
                        field,
                        QStringLiteral("“%1” is not an email address: %2").arg(trimmed, problem));
                (isTo ? to : cc).append(trimmed.toLower());
            }
        }
        if (to.isEmpty())
            throw HttpError::badData(QStringLiteral("targets"),
                                     QStringLiteral("at least one to: address is required"));
    }
    if (!localId.isEmpty()) {
        if (const auto earlier = m_store.responseForLocalId(localId))
            return {200, *earlier, {}};
    }
    SandboxStore::Transaction transaction(m_store);
    const qint64 now = m_store.nextTimestamp();
    if (!reply)
        conversation = m_store.newConversation(inboxId, to.first(), now);
    const QString title = optionalText(body, QStringLiteral("conv_title"));
    QJsonObject message{
        {QStringLiteral("text"), text},
        {QStringLiteral("raw_text"), optionalText(body, QStringLiteral("raw_text"))},
        {QStringLiteral("type"), QStringLiteral("email")},
        {QStringLiteral("status"), QStringLiteral("queued")},
        {QStringLiteral("date"), Timestamps::format(now)},
        {QStringLiteral("updated"), Timestamps::format(now)},
        {QStringLiteral("user"), body.value(QStringLiteral("creator_id")).toInteger()},
        {QStringLiteral("local_id"), localId.isEmpty() ? QJsonValue(QJsonValue::Null) : localId},
        {QStringLiteral("target"),
         QJsonObject{{QStringLiteral("to"), QJsonArray::fromStringList(to)},
                     {QStringLiteral("cc"), QJsonArray::fromStringList(cc)}}},
        {QStringLiteral("conversation"), QJsonObject{{QStringLiteral("id"), conversation},
                                                     {QStringLiteral("inbox"), inboxId},
                                                     {QStringLiteral("title"), title}}}};
    QJsonObject response{{QStringLiteral("convo_id"), conversation},
                         {QStringLiteral("queued"), true},
                         {QStringLiteral("date"), Timestamps::format(now)},
                         {QStringLiteral("compliance_results"), QJsonObject()}};
    m_store.insertMessage(localId, conversation, inboxId, QString(), now, message, response);
    transaction.commit();
    return {200, response, {}};
}

Reply SandboxApi::messageHistory(const Call &call)
{
    const QString phone = call.query.queryItemValue(QStringLiteral("phoneNumber"));
    if (phone.isEmpty())
        throw HttpError::badData(QStringLiteral("phoneNumber"), QStringLiteral("required"));
    if (const QString problem = Phone::e164DigitsProblem(phone); !problem.isEmpty())
        throw HttpError::badData(QStringLiteral("phoneNumber"), problem);
    bool ok = false;
    const qint64 inbox = call.query.queryItemValue(QStringLiteral("inboxID")).toLongLong(&ok);
    if (!ok || inbox <= 0)
        throw HttpError::badData(QStringLiteral("inboxID"),
                                 QStringLiteral("required: an inbox id"));
    qint64 before = std::numeric_limits<qint64>::max();
    if (call.query.hasQueryItem(QStringLiteral("timestamp"))) {
        const qint64 seconds =
            call.query.queryItemValue(QStringLiteral("timestamp")).toLongLong(&ok);
        if (!ok || seconds < 0)
            throw HttpError::badData(QStringLiteral("timestamp"),
                                     QStringLiteral("must be a Unix time in seconds"));
        before = seconds * 1000;
    }
    return {200, m_store.messages(phone, inbox, before, 50), {}};
}

// ---------------------------------------------------------------- templates

QJsonObject SandboxApi::templateFromBody(const QJsonObject &body, qint64 id, qint64 rev,
                                         qint64 created, qint64 now) const
{
    const QJsonValue title = body.value(QStringLiteral("title"));
    if (!title.isString() || title.toString().trimmed().isEmpty())
        throw HttpError::badData(QStringLiteral("title"), QStringLiteral("required: a name"));
    const QJsonValue content = body.value(QStringLiteral("content"));
    if (!content.isObject())
        throw HttpError::badData(QStringLiteral("content"),
                                 QStringLiteral("required: an object with text"));
    const QJsonValue text = content.toObject().value(QStringLiteral("text"));
    if (!text.isString())
        throw HttpError::badData(QStringLiteral("content.text"), QStringLiteral("required"));
    const QJsonValue gallery = content.toObject().value(QStringLiteral("gallery"));
    if (!gallery.isUndefined() && !gallery.isArray())
        throw HttpError::badData(QStringLiteral("content.gallery"),
                                 QStringLiteral("must be an array"));
    const QJsonValue archived = body.value(QStringLiteral("archived"));
    if (!archived.isUndefined() && !archived.isBool())
        throw HttpError::badData(QStringLiteral("archived"),
                                 QStringLiteral("must be true or false"));
    QString localId = optionalText(body, QStringLiteral("local_id"));
    if (localId.isEmpty())
        localId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), title.toString()},
        {QStringLiteral("local_id"), localId},
        {QStringLiteral("content"),
         QJsonObject{{QStringLiteral("text"), text},
                     {QStringLiteral("gallery"), gallery.isArray() ? gallery : QJsonArray()}}},
        {QStringLiteral("team_id"), m_teamId},
        {QStringLiteral("shared"), true},
        {QStringLiteral("archived"), archived.toBool()},
        {QStringLiteral("created"), Timestamps::format(created)},
        {QStringLiteral("updated"), Timestamps::format(now)},
        {QStringLiteral("rev"), rev}};
}

qint64 SandboxApi::requireTemplateId(const Call &call) const
{
    const auto id = parsePositiveId(call.captures.at(0));
    if (!id)
        throw HttpError::badData(QStringLiteral("id"),
                                 QStringLiteral("must be an integer template id"));
    if (!m_store.templateById(*id))
        throw HttpError::notFound(QStringLiteral("no template with id %1").arg(*id));
    return *id;
}

Reply SandboxApi::createTemplate(const Call &call)
{
    const QJsonObject body = objectBody(call);
    SandboxStore::Transaction transaction(m_store);
    const qint64 now = m_store.nextTimestamp();
    QJsonObject json = templateFromBody(body, 0, 1, now, now);
    const qint64 id = m_store.insertTemplate(json, now);
    transaction.commit();
    return {200,
            QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("rev"), 1},
                        {QStringLiteral("uuid"), json.value(QStringLiteral("local_id"))}},
            {}};
}

Reply SandboxApi::getTemplate(const Call &call)
{
    return {200, *m_store.templateById(requireTemplateId(call)), {}};
}

Reply SandboxApi::updateTemplate(const Call &call)
{
    const qint64 id = requireTemplateId(call);
    const QJsonObject old = *m_store.templateById(id);
    const QJsonObject body = objectBody(call);
    SandboxStore::Transaction transaction(m_store);
    const qint64 now = m_store.nextTimestamp();
    const qint64 rev = old.value(QStringLiteral("rev")).toInteger() + 1;
    QJsonObject json = templateFromBody(
        body, id, rev,
        Timestamps::parse(old.value(QStringLiteral("created")).toString()).value_or(now), now);
    if (!body.contains(QStringLiteral("local_id")))
        json.insert(QStringLiteral("local_id"), old.value(QStringLiteral("local_id")));
    m_store.updateTemplate(id, json, now);
    transaction.commit();
    return {200, QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("rev"), rev}}, {}};
}

Reply SandboxApi::deleteTemplate(const Call &call)
{
    const qint64 id = requireTemplateId(call);
    SandboxStore::Transaction transaction(m_store);
    m_store.deleteTemplate(id);
    transaction.commit();
    return {200, QStringLiteral("ok"), {}};
}

Reply SandboxApi::listTemplates(const Call &call)
{
    const QJsonObject body = objectBody(call); // may be empty
    const auto before = cursorValue(body, QStringLiteral("date"));
    return {
        200, m_store.listTemplates(before ? *before : std::numeric_limits<qint64>::max(), 30), {}};
}

// ---------------------------------------------------------------- lists

// Contact ids named by `field`, each of which must exist.
QList<qint64> SandboxApi::existingContacts(const QJsonObject &body, const QString &field) const
{
    const QList<qint64> ids = idArray(body, field);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (!m_store.contactById(ids.at(i)))
            throw HttpError::badData(QStringLiteral("%1[%2]").arg(field).arg(i),
                                     QStringLiteral("no contact with id %1").arg(ids.at(i)));
    }
    return ids;
}

// The contacts with the phones and emails named by the two fields, found
// or created as new contacts (13.2).
QList<qint64> SandboxApi::contactsFor(const QJsonObject &body, const QString &phonesField,
                                      const QString &emailsField, qint64 now)
{
    QList<qint64> members;
    const auto findOrCreate = [&](const QStringList &values, const QString &field,
                                  const QString &type) {
        const bool email = type == QLatin1String("email");
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QString value = email ? values.at(i).trimmed().toLower() : values.at(i);
            validateChannelValue(type, value, QStringLiteral("%1[%2]").arg(field).arg(i));
            const auto existing =
                email ? m_store.contactIdByEmail(value) : m_store.contactIdByPhone(value);
            if (existing) {
                members.append(*existing);
                continue;
            }
            ContactRecord contact = newContact(now);
            setPrimaryValue(contact, type, value, now);
            refreshMirrors(contact);
            touch(contact, now, QStringLiteral("create"));
            m_store.insertContact(contact);
            members.append(contact.id);
        }
    };
    findOrCreate(textArray(body, phonesField), phonesField, QStringLiteral("phone"));
    findOrCreate(textArray(body, emailsField), emailsField, QStringLiteral("email"));
    return members;
}

// The stored list with its members: contact ids in order, without repeats,
// and `targets` keyed by each member's phone, as the list object shows them.
void SandboxApi::setListMembers(QJsonObject &list, const QList<qint64> &members) const
{
    QList<qint64> unique;
    for (qint64 id : members) {
        if (!unique.contains(id))
            unique.append(id);
    }
    const int limit = m_store.team().listSize;
    if (limit > 0 && unique.size() > limit)
        throw HttpError::badData(QStringLiteral("contacts"),
                                 QStringLiteral("the list would have %1 members; the team allows "
                                                "at most %2 (list_size)")
                                     .arg(unique.size())
                                     .arg(limit));
    QJsonArray ids;
    QJsonObject targets;
    for (qint64 id : std::as_const(unique)) {
        ids.append(id);
        const auto contact = m_store.contactById(id);
        if (contact && !contact->phone.isEmpty())
            targets.insert(contact->phone, QJsonObject{{QStringLiteral("f"), contact->first},
                                                       {QStringLiteral("l"), contact->last}});
    }
    list.insert(QStringLiteral("contacts"), ids);
    list.insert(QStringLiteral("targets"), targets);
}

qint64 SandboxApi::requireListId(const Call &call) const
{
    const auto id = parsePositiveId(call.captures.at(0));
    if (!id)
        throw HttpError::badData(QStringLiteral("id"),
                                 QStringLiteral("must be an integer list id"));
    if (!m_store.listById(*id))
        throw HttpError::notFound(QStringLiteral("no list with id %1").arg(*id));
    return *id;
}

Reply SandboxApi::createList(const Call &call)
{
    const QJsonObject body = objectBody(call);
    const QString title = optionalText(body, QStringLiteral("title")).trimmed();
    if (title.isEmpty())
        throw HttpError::badData(QStringLiteral("title"), QStringLiteral("required: a name"));
    const QString localId = optionalText(body, QStringLiteral("local_id"));
    if (localId.isEmpty())
        throw HttpError::badData(QStringLiteral("local_id"),
                                 QStringLiteral("required: a client key for the list"));
    const QString type = optionalText(body, QStringLiteral("type"));
    if (!type.isEmpty() && type != QLatin1String("contacts"))
        throw HttpError::badData(QStringLiteral("type"),
                                 QStringLiteral("must be \"contacts\" or left out"));
    // A repeated create answers with the list the first one made.
    if (const auto existing = m_store.listByLocalId(localId))
        return {200,
                QJsonObject{{QStringLiteral("id"), existing->value(QStringLiteral("id"))},
                            {QStringLiteral("rev"), existing->value(QStringLiteral("rev"))},
                            {QStringLiteral("uuid"), localId}},
                {}};
    SandboxStore::Transaction transaction(m_store);
    const qint64 now = m_store.nextTimestamp();
    const QList<MemberRecord> team = m_store.listMembers();
    QJsonObject list{{QStringLiteral("name"), title},
                     {QStringLiteral("local_id"), localId},
                     {QStringLiteral("type"), type.isEmpty() ? QJsonValue(QJsonValue::Null) : type},
                     {QStringLiteral("team_id"), m_teamId},
                     {QStringLiteral("creator_id"), team.isEmpty() ? 0 : team.first().id},
                     {QStringLiteral("shared"), true},
                     {QStringLiteral("archived"), false},
                     {QStringLiteral("created"), Timestamps::format(now)},
                     {QStringLiteral("updated"), Timestamps::format(now)},
                     {QStringLiteral("rev"), 1}};
    setListMembers(list,
                   existingContacts(body, QStringLiteral("contacts")) +
                       contactsFor(body, QStringLiteral("phones"), QStringLiteral("emails"), now));
    const qint64 id = m_store.insertList(localId, list);
    transaction.commit();
    return {200,
            QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("rev"), 1},
                        {QStringLiteral("uuid"), localId}},
            {}};
}

Reply SandboxApi::updateList(const Call &call)
{
    const qint64 id = requireListId(call);
    QJsonObject list = *m_store.listById(id);
    const QJsonObject body = objectBody(call);
    SandboxStore::Transaction transaction(m_store);
    const qint64 now = m_store.nextTimestamp();
    if (body.contains(QStringLiteral("title"))) {
        const QString title = optionalText(body, QStringLiteral("title")).trimmed();
        if (title.isEmpty())
            throw HttpError::badData(QStringLiteral("title"), QStringLiteral("must not be empty"));
        list.insert(QStringLiteral("name"), title);
    }
    QList<qint64> members;
    if (body.contains(QStringLiteral("contacts"))) {
        members = existingContacts(body, QStringLiteral("contacts")); // replaces the membership
    } else {
        for (const QJsonValue &member : list.value(QStringLiteral("contacts")).toArray())
            members.append(member.toInteger());
    }
    members += existingContacts(body, QStringLiteral("add_contacts"));
    members += contactsFor(body, QStringLiteral("add_phones"), QStringLiteral("add_emails"), now);
    // The generated page's `phones` and `emails`: "add as new contacts".
    members += contactsFor(body, QStringLiteral("phones"), QStringLiteral("emails"), now);
    const QList<qint64> removeIds = idArray(body, QStringLiteral("remove_contacts"));
    for (qint64 removed : removeIds)
        members.removeAll(removed);
    for (const QString &phone : textArray(body, QStringLiteral("remove_phones"))) {
        if (const auto holder = m_store.contactIdByPhone(phone))
            members.removeAll(*holder);
    }
    for (const QString &email : textArray(body, QStringLiteral("remove_emails"))) {
        if (const auto holder = m_store.contactIdByEmail(email.trimmed().toLower()))
            members.removeAll(*holder);
    }
    setListMembers(list, members);
    const qint64 rev = list.value(QStringLiteral("rev")).toInteger() + 1;
    list.insert(QStringLiteral("rev"), rev);
    list.insert(QStringLiteral("updated"), Timestamps::format(now));
    m_store.updateList(id, list);
    transaction.commit();
    return {200, QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("rev"), rev}}, {}};
}

Reply SandboxApi::deleteList(const Call &call)
{
    const qint64 id = requireListId(call);
    // The optional {"contact_ids": [...]} names members removed first; the
    // list goes entirely, so it only has to be well formed. Contacts stay.
    idArray(objectBody(call), QStringLiteral("contact_ids"));
    SandboxStore::Transaction transaction(m_store);
    m_store.deleteList(id);
    transaction.commit();
    return {200, QJsonObject{{QStringLiteral("deleted"), true}, {QStringLiteral("id"), id}}, {}};
}

// ---------------------------------------------------------------- conversations

Reply SandboxApi::listConversations(const Call &call)
{
    // The narrative body (14.2): `id` (a member, scoping to their inboxes),
    // `filters` {inboxes, closed, unread}, `date` cursor; leniently, `id`
    // and `filters` may be left out, and the generic `limit` is honoured.
    const QJsonObject body = objectBody(call);
    QList<qint64> inboxes;
    const QJsonValue filters = body.value(QStringLiteral("filters"));
    if (!filters.isUndefined() && !filters.isNull() && !filters.isObject())
        throw HttpError::badData(QStringLiteral("filters"), QStringLiteral("must be an object"));
    const QJsonObject f = filters.toObject();
    const QJsonValue wanted = f.value(QStringLiteral("inboxes"));
    if (!wanted.isUndefined() && !wanted.isNull()) {
        if (!wanted.isArray())
            throw HttpError::badData(QStringLiteral("filters.inboxes"),
                                     QStringLiteral("must be an array of inbox ids"));
        for (const QJsonValue &inbox : wanted.toArray())
            inboxes.append(inbox.toInteger());
    }
    const qint64 member = body.value(QStringLiteral("id")).toInteger();
    if (member > 0) {
        QList<qint64> theirs;
        for (const QJsonValue &value : m_store.inboxes()) {
            const QJsonObject inbox = value.toObject();
            if (inbox.value(QStringLiteral("members")).toArray().contains(QJsonValue(member)) &&
                (inboxes.isEmpty() ||
                 inboxes.contains(inbox.value(QStringLiteral("id")).toInteger())))
                theirs.append(inbox.value(QStringLiteral("id")).toInteger());
        }
        if (theirs.isEmpty())
            return {200, QJsonArray(), {}};
        inboxes = theirs;
    }
    if (f.value(QStringLiteral("closed")).toBool())
        return {200, QJsonArray(), {}}; // every sandbox conversation is open
    int limit = defaultPageSize;
    if (body.contains(QStringLiteral("limit"))) {
        limit = int(body.value(QStringLiteral("limit")).toInteger());
        if (limit < 1 || limit > maxPageSize)
            throw HttpError::badData(QStringLiteral("limit"),
                                     QStringLiteral("must be 1 to %1").arg(maxPageSize));
    }
    const auto before = cursorValue(body, QStringLiteral("date"));
    return {200,
            m_store.listConversations(inboxes,
                                      before ? *before : std::numeric_limits<qint64>::max(), limit),
            {}};
}

Reply SandboxApi::getConversation(const Call &call)
{
    const auto id = parsePositiveId(call.captures.at(0));
    if (!id)
        throw HttpError::badData(QStringLiteral("id"),
                                 QStringLiteral("must be an integer conversation id"));
    const auto conversation = m_store.conversationJson(*id);
    if (!conversation)
        throw HttpError::notFound(QStringLiteral("no conversation with id %1").arg(*id));
    return {200, *conversation, {}};
}

} // namespace ContactDesk::Sandbox
