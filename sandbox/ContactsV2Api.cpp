// Contacts v2 (spec section 5.1-5.8): contacts by UUID with their channels,
// search by channel value, the v2 list, bulk create/update and bulk delete.

#include "core/Phone.h"
#include "sandbox/ApiContext.h"
#include "sandbox/ApiRoutes.h"
#include "sandbox/RequestReaders.h"

namespace ContactDesk::Sandbox {

namespace {

// 5.1: "at least one channel is required", in contact_channels (a `phone`
// or `email` field alone does not make one).
Reply create(ApiContext &api, const Call &call)
{
    const ContactInput input = parseContactInput(objectBody(call));
    if (!input.channels || input.channels->isEmpty()) {
        throw HttpError::badData(QStringLiteral("contact_channels"),
                                 QStringLiteral("required: at least one channel "
                                                "{\"channel_type\", \"channel_id\"}"));
    }
    return {200, writeResult(api.createContact(input, NeedsChannel::Yes)), {}};
}

Reply get(ApiContext &api, const Call &call)
{
    return {200, api.v2(api.requireContactV2(call.captures.at(0))), {}};
}

Reply update(ApiContext &api, const Call &call)
{
    ContactRecord contact = api.requireContactV2(call.captures.at(0));
    const bool overwrite = overwriteParam(call);
    const ContactInput input = parseContactInput(objectBody(call));
    api.updateContact(contact, input, overwrite);
    return {200, api.v2(contact), {}};
}

Reply remove(ApiContext &api, const Call &call)
{
    return api.removeContact(api.requireContactV2(call.captures.at(0)));
}

// 5.5: each filter names values of one channel type (or, without a type,
// phones and emails told apart by their shape, or "id" for UUIDs); the
// contacts found, each once, in the order found.
Reply search(ApiContext &api, const Call &call)
{
    const QJsonValue filters = objectBody(call).value(QStringLiteral("contact_channels"));
    if (!filters.isArray() || filters.toArray().isEmpty()) {
        throw HttpError::badData(
            QStringLiteral("contact_channels"),
            QStringLiteral("required: an array of {channel_type?, channel_ids}"));
    }
    SandboxStore &store = api.store();
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
                if (const auto contact = store.contactByUuid(value))
                    found.append(contact->id);
                continue;
            }
            validateChannelValue(effectiveType, value, field);
            found.append(store.contactIdsByChannel(effectiveType, value));
        }
    }
    QJsonArray result;
    QList<qint64> seen;
    for (qint64 id : std::as_const(found)) {
        if (seen.contains(id))
            continue;
        seen.append(id);
        if (const auto contact = store.contactById(id))
            result.append(api.v2(*contact));
    }
    return {200, result, {}};
}

Reply list(ApiContext &api, const Call &call)
{
    return api.listContacts(call, true);
}

// 5.7: items with a contact_id update that contact (merging custom values
// unless ?overwrite=true), the others are created; each item that fails is
// answered with its error, the others are written.
Reply bulkWrite(ApiContext &api, const Call &call)
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
    SandboxStore &store = api.store();
    QJsonArray succeeded;
    QJsonArray failed;
    SandboxStore::Transaction transaction(store);
    const qint64 now = store.nextTimestamp();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString prefix = QStringLiteral("contacts[%1]").arg(i);
        try {
            if (!items.at(i).isObject())
                throw HttpError::badData(prefix, QStringLiteral("must be a contact object"));
            const ContactInput input = parseContactInput(items.at(i).toObject(), prefix);
            ContactRecord contact;
            bool existing = false;
            if (input.contactId) {
                const auto found = store.contactByUuid(*input.contactId);
                if (!found) {
                    throw HttpError::badData(
                        prefix + QStringLiteral(".contact_id"),
                        QStringLiteral("no contact with UUID %1").arg(*input.contactId));
                }
                contact = *found;
                existing = true;
            } else {
                // 5.7 items follow the v2 contact shape, whose create needs a
                // channel (5.1): strict holds a new item to that; lenient
                // takes its `phone`/`email` fields as its channels.
                if (api.strict() && (!input.channels || input.channels->isEmpty())) {
                    throw HttpError::badData(prefix + QStringLiteral(".contact_channels"),
                                             QStringLiteral("required for a new contact: at "
                                                            "least one channel "
                                                            "{\"channel_type\", \"channel_id\"}"));
                }
                contact = api.newContact(now);
            }
            api.writeContact(contact, input, overwrite || !existing, now, prefix,
                             NeedsChannel::Yes);
            succeeded.append(api.v2(contact));
        } catch (const HttpError &error) {
            failed.append(QJsonObject{{QStringLiteral("contact"), items.at(i)},
                                      {QStringLiteral("error"), error.itemBody()}});
        }
    }
    transaction.commit();
    return {200,
            QJsonObject{{QStringLiteral("contacts"), succeeded},
                        {QStringLiteral("failed_contacts"), failed}},
            {}};
}

// 5.8: exactly one filter, of channel_type "id", naming the UUIDs; unknown
// ones are passed over.
Reply bulkDelete(ApiContext &api, const Call &call)
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
    SandboxStore &store = api.store();
    QList<ContactRecord> toDelete;
    for (qsizetype i = 0; i < uuids.size(); ++i) {
        const QString uuid = uuids.at(i).toString();
        if (!uuids.at(i).isString() || !isUuid(uuid)) {
            throw HttpError::badData(QStringLiteral("contact_channels[0].channel_ids[%1]").arg(i),
                                     QStringLiteral("must be a contact UUID (v2 id)"));
        }
        if (const auto contact = store.contactByUuid(uuid))
            toDelete.append(*contact);
    }
    SandboxStore::Transaction transaction(store);
    for (const ContactRecord &contact : std::as_const(toDelete))
        api.deleteContact(contact);
    transaction.commit();
    return {200, QStringLiteral("ok"), {}};
}

} // namespace

void addContactsV2Routes(ApiRoutes &routes)
{
    const QString contact = QStringLiteral("/v2/contact/") + ApiRoutes::part;
    routes.add("POST", QStringLiteral("/v2/contact"), create);
    routes.add("GET", contact, get);
    routes.add("PUT", contact, update);
    routes.add("DELETE", contact, remove);
    routes.add("POST", QStringLiteral("/v2/contacts/search"), search);
    routes.add("POST", QStringLiteral("/v2/contacts/list"), list);
    routes.add("POST", QStringLiteral("/v2/contacts"), bulkWrite);
    routes.add("DELETE", QStringLiteral("/v2/contacts"), bulkDelete);
}

} // namespace ContactDesk::Sandbox
