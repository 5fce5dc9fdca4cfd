// Broadcast lists (spec section 13): create, update and delete. A list is
// stored as JSON with its member contact ids under "contacts"; phones and
// emails a body names that no contact has become new contacts.

#include "core/Timestamps.h"
#include "sandbox/ApiContext.h"
#include "sandbox/ApiRoutes.h"
#include "sandbox/RequestReaders.h"

namespace ContactDesk::Sandbox {

namespace {

// Contact ids named by `field`, each of which must exist.
QList<qint64> existingContacts(SandboxStore &store, const QJsonObject &body, const QString &field)
{
    const QList<qint64> ids = idArray(body, field);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (!store.contactById(ids.at(i)))
            throw HttpError::badData(QStringLiteral("%1[%2]").arg(field).arg(i),
                                     QStringLiteral("no contact with id %1").arg(ids.at(i)));
    }
    return ids;
}

// The contacts with the phones and emails named by the two fields, found
// or created as new contacts (13.2).
QList<qint64> contactsFor(ApiContext &api, const QJsonObject &body, const QString &phonesField,
                          const QString &emailsField, qint64 now)
{
    SandboxStore &store = api.store();
    QList<qint64> members;
    const auto findOrCreate = [&](const QStringList &values, const QString &field,
                                  const QString &type) {
        const bool email = type == QLatin1String("email");
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QString value = email ? values.at(i).trimmed().toLower() : values.at(i);
            validateChannelValue(type, value, QStringLiteral("%1[%2]").arg(field).arg(i));
            const auto existing =
                email ? store.contactIdByEmail(value) : store.contactIdByPhone(value);
            if (existing) {
                members.append(*existing);
                continue;
            }
            ContactRecord contact = api.newContact(now);
            setPrimaryValue(contact, type, value, now);
            refreshMirrors(contact);
            touch(contact, now, QStringLiteral("create"));
            store.insertContact(contact);
            members.append(contact.id);
        }
    };
    findOrCreate(textArray(body, phonesField), phonesField, QStringLiteral("phone"));
    findOrCreate(textArray(body, emailsField), emailsField, QStringLiteral("email"));
    return members;
}

// The stored list with its members: contact ids in order, without repeats,
// and `targets` keyed by each member's phone, as the list object shows them.
void setListMembers(SandboxStore &store, QJsonObject &list, const QList<qint64> &members)
{
    QList<qint64> unique;
    for (qint64 id : members) {
        if (!unique.contains(id))
            unique.append(id);
    }
    const int limit = store.team().listSize;
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
        const auto contact = store.contactById(id);
        if (contact && !contact->phone.isEmpty())
            targets.insert(contact->phone, QJsonObject{{QStringLiteral("f"), contact->first},
                                                       {QStringLiteral("l"), contact->last}});
    }
    list.insert(QStringLiteral("contacts"), ids);
    list.insert(QStringLiteral("targets"), targets);
}

// The list the path names (with its "id"), or 400/404.
QJsonObject requireList(ApiContext &api, const Call &call)
{
    return findByPathId(call, QStringLiteral("list"),
                        [&api](qint64 id) { return api.store().listById(id); });
}

Reply create(ApiContext &api, const Call &call)
{
    SandboxStore &store = api.store();
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
    if (const auto existing = store.listByLocalId(localId))
        return {200,
                QJsonObject{{QStringLiteral("id"), existing->value(QStringLiteral("id"))},
                            {QStringLiteral("rev"), existing->value(QStringLiteral("rev"))},
                            {QStringLiteral("uuid"), localId}},
                {}};
    SandboxStore::Transaction transaction(store);
    const qint64 now = store.nextTimestamp();
    const QList<MemberRecord> team = store.listMembers();
    QJsonObject list{{QStringLiteral("name"), title},
                     {QStringLiteral("local_id"), localId},
                     {QStringLiteral("type"), type.isEmpty() ? QJsonValue(QJsonValue::Null) : type},
                     {QStringLiteral("team_id"), api.teamId()},
                     {QStringLiteral("creator_id"), team.isEmpty() ? 0 : team.first().id},
                     {QStringLiteral("shared"), true},
                     {QStringLiteral("archived"), false},
                     {QStringLiteral("created"), Timestamps::format(now)},
                     {QStringLiteral("updated"), Timestamps::format(now)},
                     {QStringLiteral("rev"), 1}};
    setListMembers(
        store, list,
        existingContacts(store, body, QStringLiteral("contacts")) +
            contactsFor(api, body, QStringLiteral("phones"), QStringLiteral("emails"), now));
    const qint64 id = store.insertList(localId, list);
    transaction.commit();
    return {200,
            QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("rev"), 1},
                        {QStringLiteral("uuid"), localId}},
            {}};
}

// 13.3: a new title, the membership replaced (contacts) or changed (add_*,
// remove_*); phones and emails no contact has become new contacts.
Reply update(ApiContext &api, const Call &call)
{
    SandboxStore &store = api.store();
    QJsonObject list = requireList(api, call);
    const qint64 id = list.value(QStringLiteral("id")).toInteger();
    const QJsonObject body = objectBody(call);
    SandboxStore::Transaction transaction(store);
    const qint64 now = store.nextTimestamp();
    if (body.contains(QStringLiteral("title"))) {
        const QString title = optionalText(body, QStringLiteral("title")).trimmed();
        if (title.isEmpty())
            throw HttpError::badData(QStringLiteral("title"), QStringLiteral("must not be empty"));
        list.insert(QStringLiteral("name"), title);
    }
    QList<qint64> members;
    if (body.contains(QStringLiteral("contacts"))) {
        members = existingContacts(store, body, QStringLiteral("contacts")); // replaces them
    } else {
        for (const QJsonValue &member : list.value(QStringLiteral("contacts")).toArray())
            members.append(member.toInteger());
    }
    members += existingContacts(store, body, QStringLiteral("add_contacts"));
    members +=
        contactsFor(api, body, QStringLiteral("add_phones"), QStringLiteral("add_emails"), now);
    // The generated page's `phones` and `emails`: "add as new contacts".
    members += contactsFor(api, body, QStringLiteral("phones"), QStringLiteral("emails"), now);
    const QList<qint64> removeIds = idArray(body, QStringLiteral("remove_contacts"));
    for (qint64 removed : removeIds)
        members.removeAll(removed);
    for (const QString &phone : textArray(body, QStringLiteral("remove_phones"))) {
        if (const auto holder = store.contactIdByPhone(phone))
            members.removeAll(*holder);
    }
    for (const QString &email : textArray(body, QStringLiteral("remove_emails"))) {
        if (const auto holder = store.contactIdByEmail(email.trimmed().toLower()))
            members.removeAll(*holder);
    }
    setListMembers(store, list, members);
    const qint64 rev = list.value(QStringLiteral("rev")).toInteger() + 1;
    list.insert(QStringLiteral("rev"), rev);
    list.insert(QStringLiteral("updated"), Timestamps::format(now));
    store.updateList(id, list);
    transaction.commit();
    return {200, QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("rev"), rev}}, {}};
}

Reply remove(ApiContext &api, const Call &call)
{
    const qint64 id = requireList(api, call).value(QStringLiteral("id")).toInteger();
    // The optional {"contact_ids": [...]} names members removed first; the
    // list goes entirely, so it only has to be well formed. Contacts stay.
    idArray(objectBody(call), QStringLiteral("contact_ids"));
    SandboxStore::Transaction transaction(api.store());
    api.store().deleteList(id);
    transaction.commit();
    return {200, QJsonObject{{QStringLiteral("deleted"), true}, {QStringLiteral("id"), id}}, {}};
}

} // namespace

void addListsRoutes(ApiRoutes &routes)
{
    const QString one = QStringLiteral("/v2/lists/") + ApiRoutes::part;
    routes.add("POST", QStringLiteral("/v2/lists"), create);
    routes.add("PUT", one, update);
    routes.add("DELETE", one, remove);
}

} // namespace ContactDesk::Sandbox
