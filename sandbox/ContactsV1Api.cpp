// Contacts v1 (spec section 4): contacts by integer id, the list and count,
// lookup by phone or id, messaging status and the batch create.

#include "core/Phone.h"
#include "sandbox/ApiContext.h"
#include "sandbox/ApiRoutes.h"
#include "sandbox/RequestReaders.h"

namespace ContactDesk::Sandbox {

namespace {

ContactRecord requireContact(ApiContext &api, const QString &idText)
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
    auto contact = api.store().contactById(*id);
    if (!contact)
        throw noSuch(QStringLiteral("contact"), *id);
    return *contact;
}

// The contact a body names by "phone" or "id"; phone first when both are sent.
ContactRecord findByPhoneOrId(ApiContext &api, const QJsonObject &body)
{
    const QJsonValue phone = body.value(QStringLiteral("phone"));
    const QJsonValue id = body.value(QStringLiteral("id"));
    const bool hasPhone = !phone.isUndefined() && !phone.isNull();
    const bool hasId = !id.isUndefined() && !id.isNull();
    if (!hasPhone && !hasId)
        throw HttpError::badData(QStringLiteral("phone"), QStringLiteral("send phone or id"));
    if (hasPhone) {
        if (!phone.isString())
            throw HttpError::badData(QStringLiteral("phone"), QStringLiteral("must be a string"));
        const QString problem = Phone::e164DigitsProblem(phone.toString());
        if (!problem.isEmpty())
            throw HttpError::badData(QStringLiteral("phone"), problem);
        const auto contactId = api.store().contactIdByPhone(phone.toString());
        if (!contactId) {
            throw HttpError::notFound(
                QStringLiteral("no contact with phone %1").arg(phone.toString()));
        }
        return *api.store().contactById(*contactId);
    }
    std::optional<qint64> contactId = integerValue(id);
    if (id.isString())
        contactId = parsePositiveId(id.toString());
    if (!contactId || *contactId <= 0)
        throw HttpError::badData(QStringLiteral("id"), QStringLiteral("must be a contact id"));
    auto contact = api.store().contactById(*contactId);
    if (!contact)
        throw noSuch(QStringLiteral("contact"), *contactId);
    return *contact;
}

Reply create(ApiContext &api, const Call &call)
{
    const ContactInput input = parseContactInput(objectBody(call));
    if (!input.phone)
        throw HttpError::badData(QStringLiteral("phone"), QStringLiteral("required"));
    return {200, writeResult(api.createContact(input, NeedsChannel::No)), {}};
}

Reply get(ApiContext &api, const Call &call)
{
    return {200, api.v1(requireContact(api, call.captures.at(0))), {}};
}

Reply update(ApiContext &api, const Call &call)
{
    ContactRecord contact = requireContact(api, call.captures.at(0));
    const bool overwrite = overwriteParam(call);
    const ContactInput input = parseContactInput(objectBody(call));
    if (!input.phone) {
        throw HttpError::badData(QStringLiteral("phone"),
                                 QStringLiteral("required on update, even when unchanged"));
    }
    api.updateContact(contact, input, overwrite);
    return {200, writeResult(contact), {}};
}

Reply remove(ApiContext &api, const Call &call)
{
    return api.removeContact(requireContact(api, call.captures.at(0)));
}

Reply list(ApiContext &api, const Call &call)
{
    return api.listContacts(call, false);
}

Reply count(ApiContext &api, const Call &call)
{
    const auto cursor = cursorValue(objectBody(call), QStringLiteral("date"));
    return {200, QJsonObject{{QStringLiteral("count"), api.store().countContacts(cursor)}}, {}};
}

Reply getByPhoneOrId(ApiContext &api, const Call &call)
{
    return {200, api.v1(findByPhoneOrId(api, objectBody(call))), {}};
}

Reply status(ApiContext &api, const Call &call)
{
    const ContactRecord contact = findByPhoneOrId(api, objectBody(call));
    return {200,
            QJsonObject{{QStringLiteral("id"), contact.id},
                        {QStringLiteral("phone"), contact.phone},
                        {QStringLiteral("unsubscribed"), contact.optedOut},
                        {QStringLiteral("blocked"), contact.blocked}},
            {}};
}

Reply setStatus(ApiContext &api, const Call &call)
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
    ContactRecord contact = findByPhoneOrId(api, body);
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
    SandboxStore &store = api.store();
    SandboxStore::Transaction transaction(store);
    touch(contact, store.nextTimestamp(), QStringLiteral("set_status"));
    store.updateContact(contact);
    transaction.commit();
    return {200, QStringLiteral("success"), {}};
}

// 4.10: contacts whose phone is known are updated with ?overwrite=true and
// skipped without it; each item that fails is answered with its error, the
// others are written.
Reply batchCreate(ApiContext &api, const Call &call)
{
    const bool overwrite = overwriteParam(call);
    const QJsonArray items = arrayBody(call);
    if (items.size() > maxBatchSize) {
        throw HttpError::badData(QString(), QStringLiteral("at most %1 contacts per batch; %2 sent")
                                                .arg(maxBatchSize)
                                                .arg(items.size()));
    }
    SandboxStore &store = api.store();
    QJsonArray failed;
    SandboxStore::Transaction transaction(store);
    const qint64 now = store.nextTimestamp(); // one import, one timestamp
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
            const auto existing = store.contactIdByPhone(*input.phone);
            if (existing && !overwrite)
                continue; // documented: skipped, left unchanged
            ContactRecord contact = existing ? *store.contactById(*existing) : api.newContact(now);
            api.writeContact(contact, input, true, now, prefix, NeedsChannel::No);
        } catch (const HttpError &error) {
            QJsonObject entry = items.at(i).isObject() ? item : QJsonObject();
            entry.insert(QStringLiteral("error"), error.itemBody());
            failed.append(entry);
        }
    }
    transaction.commit();
    if (failed.isEmpty())
        return {200, QStringLiteral("ok"), {}};
    return {200, failed, {}};
}

} // namespace

void addContactsV1Routes(ApiRoutes &routes)
{
    const QString contact = QStringLiteral("/v1/contact/") + ApiRoutes::part;
    routes.add("POST", QStringLiteral("/v1/contact"), create);
    routes.add("POST", QStringLiteral("/v1/contact/get"), getByPhoneOrId);
    routes.add("POST", QStringLiteral("/v1/contact/status"), status);
    routes.add("POST", QStringLiteral("/v1/contact/set_status"), setStatus);
    routes.add("GET", contact, get);
    routes.add("PUT", contact, update);
    routes.add("DELETE", contact, remove);
    routes.add("POST", QStringLiteral("/v1/contacts"), list);
    routes.add("POST", QStringLiteral("/v1/contacts/count"), count);
    routes.add("POST", QStringLiteral("/v1/batch/contacts"), batchCreate);
}

} // namespace ContactDesk::Sandbox
