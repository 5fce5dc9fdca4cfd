// A full pull of the team's contacts through the API client's pager (typed
// decoding, scheduler, retry machinery) from a local sandbox with the rate
// limit raised.
//
// Baseline, measured in the same run against the same server: the same walk
// with plain QNetworkAccessManager calls and QJsonDocument, no typed values.
// The ratio shows what the client's machinery costs.
//
//   bench_api_pull [--full | --contacts N]     (full: 10,000 contacts)

#include "api/ContactPager.h"
#include "api/HeymarketClient.h"
#include "bench/BenchSupport.h"
#include "sandbox/SandboxHost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
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
    options.rateLimitPerMinute = 0;
    options.seedContacts = contacts;
    Sandbox::SandboxHost host;
    if (!host.start(options)) {
        std::fprintf(stderr, "sandbox did not start: %s\n", qPrintable(host.errorString()));
        return 1;
    }
    QNetworkAccessManager network;

    Api::HeymarketClient::Config config;
    config.baseUrl = host.baseUrl();
    config.credentials = Api::Credentials::fromApiKey(QStringLiteral("bench-key"));
    config.limits.perMinute = 0; // raised, as the sandbox's
    Api::HeymarketClient client(&network, config);
    Api::ContactPager::Options pagerOptions;
    pagerOptions.countFirst = false;
    Api::ContactPager pager(&client, pagerOptions);
    QEventLoop loop;
    QObject::connect(&pager, &Api::ContactPager::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    pager.start();
    loop.exec();
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (pager.error().isError() || pager.received() != contacts) {
        std::fprintf(stderr, "pull failed after %lld contacts: %s\n",
                     static_cast<long long>(pager.received()),
                     qPrintable(pager.error().describe()));
        return 1;
    }

    const RawWalk baseline = walkRaw(network, host.baseUrl(), "Bearer bench-key");
    if (!baseline.ok || baseline.contacts != contacts) {
        std::fprintf(stderr, "baseline walk failed\n");
        return 1;
    }

    const double rate = contacts / seconds;
    const double baselineRate = baseline.contacts / baseline.seconds;
    std::printf(
        "pulled %d contacts in %d requests (%.3f s); baseline raw walk %d requests (%.3f s)\n",
        contacts, pager.requests(), seconds, baseline.requests, baseline.seconds);
    metric("api_pull_contacts_per_s", rate, "contacts/s");
    metric("api_pull_requests_per_s", pager.requests() / seconds, "requests/s");
    metric("api_decode_us_per_contact", pager.decodeNanoseconds() / 1000.0 / contacts, "us");
    metric("api_raw_walk_contacts_per_s", baselineRate, "contacts/s");
    metric("api_pull_contacts_per_s_vs_baseline", rate / baselineRate, "x");
    return 0;
}
