// The team's directory: what contacts refer to besides themselves. Custom
// field definitions (spec section 6), tags (7), the team and its members
// (9), and the inboxes messages go out from (10).

#include "core/Phone.h"
#include "core/Timestamps.h"
#include "sandbox/ApiContext.h"
#include "sandbox/ApiRoutes.h"
#include "sandbox/RequestReaders.h"

#include <QRegularExpression>

namespace ContactDesk::Sandbox {

namespace {

Reply listFields(ApiContext &api, const Call &call)
{
    objectBody(call); // validates the body if one was sent
    QJsonArray array;
    const QList<FieldRecord> fields = api.store().listFields();
    for (const FieldRecord &field : fields) {
        array.append(QJsonObject{{QStringLiteral("id"), field.id},
                                 {QStringLiteral("title"), field.title},
                                 {QStringLiteral("created"), Timestamps::format(field.created)}});
    }
    return {200, array, {}};
}

// 6.2: a title that exists already (in any case) is answered with its field
// and "duplicate": true instead of a second field.
Reply createFields(ApiContext &api, const Call &call)
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
    SandboxStore &store = api.store();
    QJsonArray result;
    SandboxStore::Transaction transaction(store);
    const qint64 now = store.nextTimestamp();
    for (const QJsonValue &item : items) {
        const QString title = item.toObject().value(QStringLiteral("title")).toString().trimmed();
        if (const auto existing = store.fieldByTitle(title)) {
            result.append(QJsonObject{{QStringLiteral("id"), existing->id},
                                      {QStringLiteral("title"), existing->title},
                                      {QStringLiteral("duplicate"), true}});
            continue;
        }
        FieldRecord field{0, title, now};
        store.insertField(field);
        result.append(QJsonObject{{QStringLiteral("id"), field.id},
                                  {QStringLiteral("title"), field.title},
                                  {QStringLiteral("duplicate"), false}});
    }
    transaction.commit();
    return {200, result, {}};
}

Reply createTag(ApiContext &api, const Call &call)
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
    SandboxStore &store = api.store();
    const QString label = name.toString().trimmed();
    // 7.2 never says a name must be new, and its example must work when the
    // name exists. Lenient: the existing tag's answer (no second tag).
    // Strict: a second tag of the same name, as nothing forbids it.
    if (!api.strict()) {
        if (const auto existing = store.tagByName(label)) {
            return {200,
                    QJsonObject{{QStringLiteral("id"), existing->id},
                                {QStringLiteral("rev"), existing->rev},
                                {QStringLiteral("uuid"), existing->uuid}},
                    {}};
        }
    }
    SandboxStore::Transaction transaction(store);
    const qint64 now = store.nextTimestamp();
    TagRecord tag{0, {}, label, color.toString().toUpper(), now, now, 1};
    store.insertTag(tag);
    transaction.commit();
    api.forgetTags();
    return {200,
            QJsonObject{{QStringLiteral("id"), tag.id},
                        {QStringLiteral("rev"), tag.rev},
                        {QStringLiteral("uuid"), tag.uuid}},
            {}};
}

TagRecord requireTag(ApiContext &api, const Call &call)
{
    return findByPathId(call, QStringLiteral("tag"),
                        [&api](qint64 id) { return api.store().tagById(id); });
}

Reply getTag(ApiContext &api, const Call &call)
{
    return {200, tagJson(requireTag(api, call), api.teamId()), {}};
}

Reply listTags(ApiContext &api, const Call &call)
{
    const auto cursor = cursorValue(objectBody(call), QStringLiteral("date"));
    QJsonArray array;
    // 7.4 "updated before that time": inclusive when lenient (pages overlap
    // at their edges), strictly before when strict (a tie across the edge of
    // a page is lost to a client that pages by date alone).
    const QList<TagRecord> list = api.store().listTags(cursor, defaultPageSize, !api.strict());
    for (const TagRecord &tag : list)
        array.append(tagJson(tag, api.teamId()));
    return {200, array, {}};
}

// 7.5: the tag leaves every contact that carries it (each gets a new rev).
Reply deleteTag(ApiContext &api, const Call &call)
{
    SandboxStore &store = api.store();
    const qint64 id = requireTag(api, call).id;
    SandboxStore::Transaction transaction(store);
    const qint64 now = store.nextTimestamp();
    const QList<qint64> carriers = store.contactIdsWithTag(id);
    for (qint64 contactId : carriers) {
        ContactRecord contact = *store.contactById(contactId);
        contact.tags.removeAll(id);
        touch(contact, now, QStringLiteral("tag_delete"));
        store.updateContact(contact);
    }
    store.deleteTag(id);
    transaction.commit();
    api.forgetTags();
    return {200, QStringLiteral("ok"), {}};
}

Reply team(ApiContext &api, const Call &)
{
    const TeamRecord team = api.store().team();
    QJsonArray members;
    const QList<MemberRecord> list = api.store().listMembers();
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

// A TeamUser (9.2).
QJsonObject membershipJson(const MemberRecord &member, qint64 teamId)
{
    return {{QStringLiteral("id"), member.id},
            {QStringLiteral("phone"), member.phone},
            {QStringLiteral("name"), member.name},
            {QStringLiteral("email"), member.email},
            {QStringLiteral("role_id"), member.roleId},
            {QStringLiteral("team_id"), teamId},
            {QStringLiteral("created_at"), Timestamps::format(member.created)},
            {QStringLiteral("updated_at"), Timestamps::format(member.updated)},
            {QStringLiteral("user_created_at"), Timestamps::format(member.created)},
            {QStringLiteral("user_updated_at"), Timestamps::format(member.updated)}};
}

// 9.3: {"users": [{"id", "first_name"?, "last_name"?, "role_id"?}]}; every
// entry names a member (400 on users[i].id otherwise), checked before any is
// changed. The name is first + last; role_id 1 makes an admin, 4 a member.
Reply usersUpdate(ApiContext &api, const Call &call)
{
    const QJsonValue usersValue = objectBody(call).value(QStringLiteral("users"));
    if (!usersValue.isArray() || usersValue.toArray().isEmpty())
        throw HttpError::badData(QStringLiteral("users"),
                                 QStringLiteral("required: an array of {\"id\", ...}"));
    SandboxStore &store = api.store();
    const QList<MemberRecord> members = store.listMembers();
    const QJsonArray users = usersValue.toArray();
    QList<MemberRecord> changed;
    for (qsizetype i = 0; i < users.size(); ++i) {
        const QString prefix = QStringLiteral("users[%1]").arg(i);
        const QJsonObject user = users.at(i).toObject();
        const auto id = integerValue(user.value(QStringLiteral("id")));
        const auto member =
            std::find_if(members.cbegin(), members.cend(),
                         [&id](const MemberRecord &m) { return id && m.id == *id; });
        if (!users.at(i).isObject() || member == members.cend())
            throw HttpError::badData(prefix + QStringLiteral(".id"),
                                     QStringLiteral("required: the id of a team member"));
        MemberRecord record = *member;
        const qsizetype space = record.name.indexOf(QLatin1Char(' '));
        QString first = space < 0 ? record.name : record.name.left(space);
        QString last = space < 0 ? QString() : record.name.mid(space + 1);
        for (const char *key : {"first_name", "last_name"}) {
            const QJsonValue value = user.value(QLatin1String(key));
            if (value.isUndefined())
                continue;
            if (!value.isString())
                throw HttpError::badData(prefix + QLatin1Char('.') + QLatin1String(key),
                                         QStringLiteral("must be a string"));
            (qstrcmp(key, "first_name") == 0 ? first : last) = value.toString().trimmed();
        }
        record.name = QString(first + QLatin1Char(' ') + last).trimmed();
        if (user.contains(QStringLiteral("role_id"))) {
            const auto roleId = integerValue(user.value(QStringLiteral("role_id")));
            if (!roleId || (*roleId != 1 && *roleId != 4))
                throw HttpError::badData(prefix + QStringLiteral(".role_id"),
                                         QStringLiteral("must be 1 (admin) or 4 (member)"));
            if (record.role != QLatin1String("owner")) {
                record.roleId = static_cast<int>(*roleId);
                record.role = *roleId == 1 ? QStringLiteral("admin") : QStringLiteral("member");
            }
        }
        changed.append(record);
    }
    SandboxStore::Transaction transaction(store);
    const qint64 now = store.nextTimestamp();
    QJsonArray memberships;
    for (MemberRecord &record : changed) {
        record.updated = now;
        store.updateMember(record);
        memberships.append(membershipJson(record, api.teamId()));
    }
    transaction.commit();
    return {200, QJsonObject{{QStringLiteral("memberships"), memberships}}, {}};
}

// 9.2: the members with any of the phones or emails (a GET with a body).
Reply usersGet(ApiContext &api, const Call &call)
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
    const TeamRecord team = api.store().team();
    QJsonArray memberships;
    const QList<MemberRecord> members = api.store().listMembers();
    for (const MemberRecord &member : members) {
        const bool emailMatch =
            std::any_of(emails.cbegin(), emails.cend(), [&member](const QString &e) {
                return e.compare(member.email, Qt::CaseInsensitive) == 0;
            });
        if (!phones.contains(member.phone) && !emailMatch)
            continue;
        memberships.append(membershipJson(member, team.id));
    }
    return {200, QJsonObject{{QStringLiteral("memberships"), memberships}}, {}};
}

// 10: the contract's fields only. The reference shows a bare array, an older
// guide {"inboxes": [...]} (CONFLICT): lenient answers the former, strict the
// latter.
Reply inboxes(ApiContext &api, const Call &)
{
    const QJsonArray inboxes = api.store().publicInboxes();
    if (api.strict())
        return {200, QJsonObject{{QStringLiteral("inboxes"), inboxes}}, {}};
    return {200, inboxes, {}};
}

} // namespace

void addDirectoryRoutes(ApiRoutes &routes)
{
    const QString tag = QStringLiteral("/v1/tag/") + ApiRoutes::part;
    routes.add("POST", QStringLiteral("/v1/contact-fields"), listFields);
    routes.add("POST", QStringLiteral("/v1/contacts/fields"), createFields);
    routes.add("POST", QStringLiteral("/v1/tag"), createTag);
    routes.add("GET", tag, getTag);
    routes.add("DELETE", tag, deleteTag);
    routes.add("POST", QStringLiteral("/v1/tags"), listTags);
    routes.add("GET", QStringLiteral("/v1/team"), team);
    routes.add("GET", QStringLiteral("/v1/users/get"), usersGet);
    routes.add("POST", QStringLiteral("/v1/users/update"), usersUpdate);
    routes.add("GET", QStringLiteral("/v1/inboxes"), inboxes);
}

} // namespace ContactDesk::Sandbox
