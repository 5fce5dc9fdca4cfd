#pragma once

#include "sandbox/HttpTypes.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>

namespace ContactDesk::Sandbox {

class ApiContext;

// The endpoint table SandboxApi dispatches on: a method and a path pattern
// (a regular expression whose groups become Call::captures) per handler,
// tried in the order they were added.
class ApiRoutes final
{
public:
    using Handler = Reply (*)(ApiContext &api, const Call &call);
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        Handler handler;
    };

    // One variable part of a path, such as an id.
    static inline const QString part = QStringLiteral("([^/]+)");

    // Exact paths go before patterns that would also match them.
    void add(const char *method, const QString &pattern, Handler handler)
    {
        QRegularExpression expression(QLatin1Char('^') + pattern + QLatin1Char('$'));
        expression.optimize();
        m_routes.append({QByteArray(method), expression, handler});
    }
    const QList<Route> &routes() const { return m_routes; }

private:
    QList<Route> m_routes;
};

// One function per area adds that area's endpoints (each in its own file).
void addContactsV1Routes(ApiRoutes &routes);    // ContactsV1Api.cpp
void addContactsV2Routes(ApiRoutes &routes);    // ContactsV2Api.cpp
void addChannelsRoutes(ApiRoutes &routes);      // ChannelsApi.cpp
void addDirectoryRoutes(ApiRoutes &routes);     // DirectoryApi.cpp
void addMessagingRoutes(ApiRoutes &routes);     // MessagingApi.cpp
void addConversationsRoutes(ApiRoutes &routes); // ConversationsApi.cpp
void addTemplatesRoutes(ApiRoutes &routes);     // TemplatesApi.cpp
void addListsRoutes(ApiRoutes &routes);         // ListsApi.cpp

} // namespace ContactDesk::Sandbox
