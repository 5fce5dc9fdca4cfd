// Paging every contact out of a local sandbox by the `updated` cursor, 30 per
// request, the way a client's first full sync does.
//
// Baseline, measured in the same run: the same number of requests to a
// minimal endpoint (GET /v1/team), i.e. the cost of an authenticated HTTP
// round trip with nothing to look up. The ratio shows what reading and
// encoding a page of contacts adds to that.
//
//   bench_sandbox_paging [--full | --contacts N]     (full: 10,000 contacts)

#include "bench/BenchSupport.h"
#include "sandbox/SandboxHost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>

#include <cstdio>

using namespace ContactDesk;
using namespace ContactDesk::Bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int contacts = sizeFromArguments(500, 10000);
    if (contacts < 0)
        return 2;

    Sandbox::Options options;
    options.apiKeys = {QStringLiteral("bench-key")};
    options.rateLimitPerMinute = 0; // measure the server, not the limit
    options.seedContacts = contacts;
    Sandbox::SandboxHost host;
    QElapsedTimer seedTimer;
    seedTimer.start();
    if (!host.start(options)) {
        std::fprintf(stderr, "sandbox did not start: %s\n", qPrintable(host.errorString()));
        return 1;
    }
    const double seedSeconds = seedTimer.nsecsElapsed() / 1e9;
    QNetworkAccessManager network;
    const QByteArray authorization = "Bearer bench-key";

    const RawWalk walk = walkRaw(network, host.baseUrl(), authorization);
    if (!walk.ok || walk.contacts != contacts) {
        std::fprintf(stderr, "the walk saw %lld contacts of %d\n",
                     static_cast<long long>(walk.contacts), contacts);
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < walk.requests; ++i) {
        if (send(network, host.baseUrl(), authorization, "GET", QStringLiteral("/v1/team"), {})
                .status != 200) {
            std::fprintf(stderr, "baseline request failed\n");
            return 1;
        }
    }
    const double baselineSeconds = timer.nsecsElapsed() / 1e9;

    const double pageRate = walk.requests / walk.seconds;
    const double baselineRate = walk.requests / baselineSeconds;
    std::printf("paged %d contacts in %d requests (%.3f s); baseline %d GET /v1/team (%.3f s)\n",
                contacts, walk.requests, walk.seconds, walk.requests, baselineSeconds);
    metric("sandbox_seed_contacts_per_s", contacts / seedSeconds, "contacts/s");
    metric("sandbox_page_requests_per_s", pageRate, "requests/s");
    metric("sandbox_page_contacts_per_s", contacts / walk.seconds, "contacts/s");
    metric("sandbox_minimal_requests_per_s", baselineRate, "requests/s");
    metric("sandbox_page_requests_per_s_vs_baseline", pageRate / baselineRate, "x");
    return 0;
}
