#include "sandbox/ApiContext.h"

#include "sandbox/RequestReaders.h"

#include <QUuid>

namespace ContactDesk::Sandbox {

namespace {

QString fieldName(const QString &prefix, const QString &name)
{
    return prefix.isEmpty() ? name : prefix + QLatin1Char('.') + name;
}

// honourPaging false (the strict reading of the v1 list, 4.5): `limit` and
// `page` are not documented there, so they are ignored: 30 from the cursor.
SandboxStore::ListQuery parseListQuery(const QJsonObject &body, bool honourPaging)
{
    SandboxStore::ListQuery query;
    query.cursor = cursorValue(body, QStringLiteral("date"));
    query.limit = defaultPageSize;
    if (!honourPaging) {
        // nothing: the defaults stand
    } else if (body.contains(QStringLiteral("limit"))) {
        const auto limit = integerValue(body.value(QStringLiteral("limit")));
        if (!limit || *limit <= 0)
            throw HttpError::badData(QStringLiteral("limit"),
                                     QStringLiteral("must be a positive integer"));
        query.limit = static_cast<int>(std::min<qint64>(*limit, maxPageSize));
    }
    if (honourPaging && body.contains(QStringLiteral("page"))) {
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

} // namespace

ApiContext::ApiContext(SandboxStore &store, Reading reading)
    : m_store(store)
    , m_reading(reading)
    , m_teamId(store.team().id)
{}

const QHash<qint64, TagRecord> &ApiContext::tags()
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

ContactRecord ApiContext::requireContactV2(const QString &uuidText) const
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

ContactRecord ApiContext::newContact(qint64 now) const
{
    ContactRecord contact;
    const QList<MemberRecord> members = m_store.listMembers();
    contact.creatorId = members.isEmpty() ? 0 : members.first().id;
    contact.created = now;
    contact.updated = now;
    contact.rev = 0;
    return contact;
}

void ApiContext::requirePhoneFree(const QString &phone, const ContactRecord &contact,
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

void ApiContext::addChannelTo(ContactRecord &contact, const ChannelInput &channel, qint64 now,
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

void ApiContext::applyInput(ContactRecord &contact, const ContactInput &input, bool overwriteCustom,
                            qint64 now, const QString &prefix)
{
    const auto field = [&prefix](const QString &name) { return fieldName(prefix, name); };
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
    // The strict reading of an update (a stored contact written again: v1 and
    // v2 PUT, a v2 bulk item with contact_id, a v1 batch overwrite): the body
    // is the whole record, and what it leaves out is cleared (README.md, 4.3).
    const bool complete = strict() && contact.id != 0;
    if (strict() && input.custom) {
        for (auto it = input.custom->begin(); it != input.custom->end(); ++it) {
            if (it.value().isNull()) {
                throw HttpError::badData(
                    field(QStringLiteral("custom.") + it.key()),
                    QStringLiteral("null is not a custom value; to clear one, send the custom "
                                   "object without it and ?overwrite=true"));
            }
        }
    }
    const auto inChannels = [&input](QLatin1String type) {
        return input.channels &&
               std::any_of(input.channels->cbegin(), input.channels->cend(),
                           [type](const ChannelInput &c) { return c.type == type; });
    };
    if (complete && !input.phone && !contact.phone.isEmpty() &&
        !inChannels(QLatin1String("phone"))) {
        throw HttpError::badData(field(QStringLiteral("phone")),
                                 QStringLiteral("required on update, even when unchanged"));
    }
    if (input.owner && *input.owner && !m_store.memberExists(**input.owner)) {
        throw HttpError::badData(field(QStringLiteral("assignee_id")),
                                 QStringLiteral("no team member with id %1").arg(**input.owner));
    }
    if (input.phone && *input.phone != contact.phone)
        requirePhoneFree(*input.phone, contact, field(QStringLiteral("phone")));

    if (input.first || complete)
        contact.first = input.first.value_or(QString());
    if (input.last || complete)
        contact.last = input.last.value_or(QString());
    if (input.phone)
        setPrimaryValue(contact, QStringLiteral("phone"), *input.phone, now);
    // Strict: an omitted email removes the primary email, unless the body
    // names email channels in contact_channels instead.
    if (input.email || (complete && !inChannels(QLatin1String("email"))))
        setPrimaryValue(contact, QStringLiteral("email"), input.email.value_or(QString()), now);
    if (input.channels) {
        for (qsizetype i = 0; i < input.channels->size(); ++i)
            addChannelTo(contact, input.channels->at(i), now,
                         field(QStringLiteral("contact_channels[%1].channel_id").arg(i)));
    }
    refreshMirrors(contact);
    if (input.displayName) {
        contact.displayNameAuto = input.displayName->isEmpty();
        contact.displayName = *input.displayName;
    } else if (complete) {
        contact.displayNameAuto = true; // strict: omitted, it follows the names again
    }
    if (contact.displayNameAuto)
        contact.displayName = autoDisplayName(contact);
    if (input.avatar || complete)
        contact.avatar = input.avatar.value_or(QString());
    if (input.custom) {
        QJsonObject custom = overwriteCustom ? QJsonObject() : contact.custom;
        for (auto it = input.custom->begin(); it != input.custom->end(); ++it) {
            // Lenient: null or "" removes the key. Strict: null was refused
            // above, and "" is a value like any other.
            if (it.value().isNull() || (!strict() && it.value().toString().isEmpty()))
                custom.remove(it.key());
            else
                custom.insert(it.key(), it.value());
        }
        contact.custom = custom;
    } else if (complete && overwriteCustom) {
        contact.custom = {}; // strict: replaced by exactly what was sent, i.e. nothing
    }
    if (input.tags || complete)
        contact.tags = input.tags.value_or(QList<qint64>());
    if (input.owner || complete)
        contact.owner = input.owner.value_or(std::nullopt);
    // is_opted_out omitted is left alone in both readings: it is the
    // contact's messaging consent, changed through set_status (4.9), and a
    // v1 answer need not carry it, so no client could send it back.
    if (input.optedOut)
        contact.optedOut = *input.optedOut;
}

void ApiContext::writeContact(ContactRecord &contact, const ContactInput &input,
                              bool overwriteCustom, qint64 now, const QString &prefix,
                              NeedsChannel needsChannel)
{
    applyInput(contact, input, overwriteCustom, now, prefix);
    if (needsChannel == NeedsChannel::Yes && contact.channels.isEmpty()) {
        throw HttpError::badData(fieldName(prefix, QStringLiteral("contact_channels")),
                                 QStringLiteral("at least one channel is required"));
    }
    const bool isNew = contact.id == 0;
    touch(contact, now, isNew ? QStringLiteral("create") : QStringLiteral("update"));
    if (isNew)
        m_store.insertContact(contact);
    else
        m_store.updateContact(contact);
}

ContactRecord ApiContext::createContact(const ContactInput &input, NeedsChannel needsChannel)
{
    SandboxStore::Transaction transaction(m_store);
    const qint64 now = m_store.nextTimestamp();
    ContactRecord contact = newContact(now);
    writeContact(contact, input, true, now, {}, needsChannel);
    transaction.commit();
    return contact;
}

void ApiContext::updateContact(ContactRecord &contact, const ContactInput &input,
                               bool overwriteCustom)
{
    SandboxStore::Transaction transaction(m_store);
    const qint64 now = m_store.nextTimestamp();
    writeContact(contact, input, overwriteCustom, now, {}, NeedsChannel::No);
    transaction.commit();
}

void ApiContext::deleteContact(const ContactRecord &contact)
{
    QStringList targets;
    for (const ChannelRecord &channel : contact.channels)
        targets.append(channel.value);
    targets.append(contact.phone);
    targets.append(contact.email);
    m_store.deleteConversationsWith(targets);
    m_store.deleteContact(contact.id);
}

Reply ApiContext::removeContact(const ContactRecord &contact)
{
    SandboxStore::Transaction transaction(m_store);
    deleteContact(contact);
    transaction.commit();
    return {200, QStringLiteral("ok"), {}};
}

Reply ApiContext::listContacts(const Call &call, bool v2Form)
{
    // v2 (5.6) documents limit and page; v1 (4.5) only in the generated schema.
    const bool honourPaging = v2Form || !strict();
    const QList<ContactRecord> contacts =
        m_store.listContacts(parseListQuery(objectBody(call), honourPaging));
    QJsonArray array;
    for (const ContactRecord &contact : contacts)
        array.append(v2Form ? v2(contact) : v1(contact));
    return {200, array, {}};
}

ChannelRecord *firstChannel(ContactRecord &contact, const QString &type)
{
    for (ChannelRecord &channel : contact.channels) {
        if (channel.type == type)
            return &channel;
    }
    return nullptr;
}

bool hasChannel(const ContactRecord &contact, const ChannelInput &channel)
{
    return std::any_of(contact.channels.cbegin(), contact.channels.cend(),
                       [&channel](const ChannelRecord &c) {
                           return c.type == channel.type &&
                                  c.value.compare(channel.value, Qt::CaseInsensitive) == 0;
                       });
}

void setPrimaryValue(ContactRecord &contact, const QString &type, const QString &newValue,
                     qint64 now)
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

void refreshMirrors(ContactRecord &contact)
{
    const ChannelRecord *phone = firstChannel(contact, QStringLiteral("phone"));
    const ChannelRecord *email = firstChannel(contact, QStringLiteral("email"));
    contact.phone = phone ? phone->value : QString();
    contact.email = email ? email->value : QString();
}

QString autoDisplayName(const ContactRecord &contact)
{
    // Section 3: "defaults to first + last when not given"; with no names
    // that is empty (the phone is not a name).
    return QString(contact.first + QLatin1Char(' ') + contact.last).trimmed();
}

void touch(ContactRecord &contact, qint64 now, const QString &op)
{
    contact.rev += 1;
    contact.updated = now;
    contact.op = op;
}

QJsonObject writeResult(const ContactRecord &contact)
{
    return {{QStringLiteral("id"), contact.id},
            {QStringLiteral("rev"), contact.rev},
            {QStringLiteral("uuid"), contact.uuid}};
}

} // namespace ContactDesk::Sandbox
