// The sandbox's request handling over any request: the input is
// "METHOD PATH?QUERY\n" then the body, handed to the router (SandboxApi)
// of an in-memory team of 20 demo contacts. Sockets, authentication and
// fault injection sit in front of the router (SandboxServer); the JWT a
// request carries is fuzz_jwt's.
#include "fuzz/FuzzSupport.h"
#include "sandbox/SandboxApi.h"
#include "sandbox/SandboxSeeder.h"
#include "sandbox/SandboxStore.h"

#include <QUrl>
#include <QUrlQuery>

#include <memory>

using namespace ContactDesk;

namespace {

struct Team
{
    // The clock is fixed: the same inputs give the same answers.
    Sandbox::SandboxStore store{QString(), [] { return qint64(1767225600000); }};
    Sandbox::SandboxApi lenient{store, Sandbox::Reading::Lenient};
    Sandbox::SandboxApi strict{store, Sandbox::Reading::Strict};
    Team() { Sandbox::seedDemoTeam(store, 20); }
};

Team &team()
{
    Fuzz::application();
    static Team instance;
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const qsizetype lineEnd = input.indexOf('\n');
    const QByteArray line = lineEnd < 0 ? input : input.left(lineEnd);
    const QByteArray body = lineEnd < 0 ? QByteArray() : input.mid(lineEnd + 1);
    const qsizetype space = line.indexOf(' ');
    const QByteArray method = space < 0 ? QByteArray("GET") : line.left(space);
    const QByteArray target = space < 0 ? line : line.mid(space + 1);
    const QUrl url(QString::fromUtf8(target));
    Team &t = team();
    Sandbox::SandboxApi &api = (size % 2) ? t.strict : t.lenient;
    const Sandbox::Reply reply = api.handle(method, url.path(), QUrlQuery(url), body);
    if (reply.status < 100 || reply.status > 599)
        __builtin_trap();
    t.store.releaseStatements();
    return 0;
}
