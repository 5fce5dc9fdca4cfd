#include "sandbox/SandboxApi.h"

#include "sandbox/SandboxStore.h"

namespace ContactDesk::Sandbox {

SandboxApi::SandboxApi(SandboxStore &store, Reading reading)
    : m_context(store, reading)
{
    addContactsV1Routes(m_routes);
    addContactsV2Routes(m_routes);
    addChannelsRoutes(m_routes);
    addDirectoryRoutes(m_routes);
    addMessagingRoutes(m_routes);
    addConversationsRoutes(m_routes);
    addTemplatesRoutes(m_routes);
    addListsRoutes(m_routes);
}

Reply SandboxApi::handle(const QByteArray &method, const QString &path, const QUrlQuery &query,
                         const QByteArray &body)
{
    Call call{method, path, {}, query, body};
    // Another sandbox may write to the same file between two requests: no
    // read snapshot is kept from one request to the next.
    const struct Release
    {
        SandboxStore &store;
        ~Release() { store.releaseStatements(); }
    } release{m_context.store()};
    try {
        return dispatch(call);
    } catch (const HttpError &error) {
        return {error.status, error.replyBody(), error.headers};
    } catch (const SandboxStore::StoreError &error) {
        return {500,
                QJsonObject{{QStringLiteral("error"), QStringLiteral("server_error")},
                            {QStringLiteral("message"),
                             QStringLiteral("database error: %1").arg(error.message)}},
                {}};
    }
}

// The first route whose pattern and method match handles the call; a path
// that matches only with other methods is 405 with Allow, any other 404.
// A trailing slash is ignored.
Reply SandboxApi::dispatch(Call &call)
{
    QByteArrayList allowed;
    QString path = call.path;
    if (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    for (const ApiRoutes::Route &route : m_routes.routes()) {
        const QRegularExpressionMatch match = route.pattern.match(path);
        if (!match.hasMatch())
            continue;
        if (route.method != call.method) {
            allowed.append(route.method);
            continue;
        }
        call.captures = match.capturedTexts().mid(1);
        return route.handler(m_context, call);
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

} // namespace ContactDesk::Sandbox
