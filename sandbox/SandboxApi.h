#pragma once

#include "sandbox/ApiContext.h"
#include "sandbox/ApiRoutes.h"
#include "sandbox/HttpTypes.h"

namespace ContactDesk::Sandbox {

// The Heymarket endpoints the sandbox serves, independent of sockets: a
// method, a path, a query and a body in; a status, headers and JSON out.
// This is the router: each area (ContactsV1Api.cpp, ContactsV2Api.cpp,
// ChannelsApi.cpp, DirectoryApi.cpp, MessagingApi.cpp, ConversationsApi.cpp,
// TemplatesApi.cpp, ListsApi.cpp) adds its routes, and every handler gets
// the one ApiContext. Authentication, rate limits and fault injection
// happen before this, in SandboxServer.
class SandboxApi final
{
    Q_DISABLE_COPY_MOVE(SandboxApi)

public:
    SandboxApi(SandboxStore &store, Reading reading);

    // Never throws: refusals become JSON error replies, database failures 500.
    Reply handle(const QByteArray &method, const QString &path, const QUrlQuery &query,
                 const QByteArray &body);

private:
    Reply dispatch(Call &call);

    ApiContext m_context;
    ApiRoutes m_routes;
};

} // namespace ContactDesk::Sandbox
