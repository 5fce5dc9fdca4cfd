// Conversations (spec section 14): the list, newest activity first, and one
// conversation. A conversation is one inbox with one target (a phone number,
// a group, or an email thread); every sandbox conversation is open.

#include "sandbox/ApiContext.h"
#include "sandbox/ApiRoutes.h"
#include "sandbox/RequestReaders.h"

#include <limits>

namespace ContactDesk::Sandbox {

namespace {

Reply list(ApiContext &api, const Call &call)
{
    // The narrative body (14.2): `id` (a member, scoping to their inboxes),
    // `filters` {inboxes, closed, unread}, `date` cursor; leniently, `id`
    // and `filters` may be left out, and the generic `limit` is honoured.
    SandboxStore &store = api.store();
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
        for (const QJsonValue &value : store.inboxes()) {
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
            store.listConversations(inboxes, before ? *before : std::numeric_limits<qint64>::max(),
                                    limit),
            {}};
}

Reply get(ApiContext &api, const Call &call)
{
    return {200,
            findByPathId(call, QStringLiteral("conversation"),
                         [&api](qint64 id) { return api.store().conversationJson(id); }),
            {}};
}

} // namespace

void addConversationsRoutes(ApiRoutes &routes)
{
    routes.add("POST", QStringLiteral("/v1/conversations"), list);
    routes.add("GET", QStringLiteral("/v1/conversations/") + ApiRoutes::part, get);
}

} // namespace ContactDesk::Sandbox
