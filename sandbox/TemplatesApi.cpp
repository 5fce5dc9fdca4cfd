// Message templates (spec section 12): create, get, update, delete and the
// list, newest first. Stored as the JSON a GET answers.

#include "core/Timestamps.h"
#include "sandbox/ApiContext.h"
#include "sandbox/ApiRoutes.h"
#include "sandbox/RequestReaders.h"

#include <QUuid>

#include <limits>

namespace ContactDesk::Sandbox {

namespace {

// The stored template a create or update body describes.
QJsonObject templateFromBody(const QJsonObject &body, qint64 teamId, qint64 id, qint64 rev,
                             qint64 created, qint64 now)
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
        {QStringLiteral("team_id"), teamId},
        {QStringLiteral("shared"), true},
        {QStringLiteral("archived"), archived.toBool()},
        {QStringLiteral("created"), Timestamps::format(created)},
        {QStringLiteral("updated"), Timestamps::format(now)},
        {QStringLiteral("rev"), rev}};
}

// The template the path names (with its "id"), or 400/404.
QJsonObject requireTemplate(ApiContext &api, const Call &call)
{
    return findByPathId(call, QStringLiteral("template"),
                        [&api](qint64 id) { return api.store().templateById(id); });
}

Reply create(ApiContext &api, const Call &call)
{
    SandboxStore &store = api.store();
    const QJsonObject body = objectBody(call);
    SandboxStore::Transaction transaction(store);
    const qint64 now = store.nextTimestamp();
    QJsonObject json = templateFromBody(body, api.teamId(), 0, 1, now, now);
    const qint64 id = store.insertTemplate(json, now);
    transaction.commit();
    return {200,
            QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("rev"), 1},
                        {QStringLiteral("uuid"), json.value(QStringLiteral("local_id"))}},
            {}};
}

Reply get(ApiContext &api, const Call &call)
{
    return {200, requireTemplate(api, call), {}};
}

// 12.4: the same body as a create; the local_id stays when the body has none.
Reply update(ApiContext &api, const Call &call)
{
    SandboxStore &store = api.store();
    const QJsonObject old = requireTemplate(api, call);
    const qint64 id = old.value(QStringLiteral("id")).toInteger();
    const QJsonObject body = objectBody(call);
    SandboxStore::Transaction transaction(store);
    const qint64 now = store.nextTimestamp();
    const qint64 rev = old.value(QStringLiteral("rev")).toInteger() + 1;
    QJsonObject json = templateFromBody(
        body, api.teamId(), id, rev,
        Timestamps::parse(old.value(QStringLiteral("created")).toString()).value_or(now), now);
    if (!body.contains(QStringLiteral("local_id")))
        json.insert(QStringLiteral("local_id"), old.value(QStringLiteral("local_id")));
    store.updateTemplate(id, json, now);
    transaction.commit();
    return {200, QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("rev"), rev}}, {}};
}

Reply remove(ApiContext &api, const Call &call)
{
    const qint64 id = requireTemplate(api, call).value(QStringLiteral("id")).toInteger();
    SandboxStore::Transaction transaction(api.store());
    api.store().deleteTemplate(id);
    transaction.commit();
    return {200, QStringLiteral("ok"), {}};
}

Reply list(ApiContext &api, const Call &call)
{
    const QJsonObject body = objectBody(call); // may be empty
    const auto before = cursorValue(body, QStringLiteral("date"));
    return {200,
            api.store().listTemplates(before ? *before : std::numeric_limits<qint64>::max(),
                                      defaultPageSize),
            {}};
}

} // namespace

void addTemplatesRoutes(ApiRoutes &routes)
{
    const QString one = QStringLiteral("/v1/template/") + ApiRoutes::part;
    routes.add("POST", QStringLiteral("/v1/template"), create);
    routes.add("GET", one, get);
    routes.add("PUT", one, update);
    routes.add("DELETE", one, remove);
    routes.add("POST", QStringLiteral("/v1/templates"), list);
}

} // namespace ContactDesk::Sandbox
