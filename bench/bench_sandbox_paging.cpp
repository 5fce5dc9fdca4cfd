// Paging every contact out of a local sandbox by the `updated` cursor, 30 per
// request, the way a client's first full sync does.
//
// Baseline, measured in the same run: the same number of requests to a
// minimal endpoint (GET /v1/team), i.e. the cost of an authenticated HTTP
// round trip with nothing to look up. The ratio shows what reading and
// encoding a page of contacts adds to that.
//
//   bench_sandbox_paging [--full | --contacts N]
// Prints METRIC lines; exits non-zero if the walk missed or repeated a contact.

#include "SandboxHost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTextStream>

#include <cstdio>

using namespace ContactDesk;

namespace {

constexpr auto key = "bench-key";

struct Exchange
{
    int status = 0;
    QByteArray body;
};

Exchange send(QNetworkAccessManager &network, const QUrl &base, const QByteArray &method,
              const QString &path, const QByteArray &body)
{
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", QByteArray("Bearer ") + key);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Exchange exchange{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      reply->readAll()};
    delete reply;
    return exchange;
}

void metric(const char *name, double value, const char *unit)
{
    std::printf("METRIC %s %.3f %s\n", name, value, unit);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int contacts = 500;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--full")) {
            contacts = 10000;
        } else if (args.at(i) == QLatin1String("--contacts") && i + 1 < args.size()) {
            contacts = args.at(++i).toInt();
        } else {
            std::fprintf(stderr, "usage: %s [--full | --contacts N]\n", argv[0]);
            return 2;
        }
    }

    Sandbox::Options options;
    options.apiKeys = {QString::fromLatin1(key)};
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

    // The walk: inclusive cursor, ids de-duplicated, `page` through ties.
    QElapsedTimer timer;
    timer.start();
    QSet<qint64> seen;
    QString cursor;
    int page = 0;
    int requests = 0;
    while (requests < contacts * 2 + 100) {
        QJsonObject body{{QStringLiteral("limit"), 30}};
        if (!cursor.isEmpty())
            body.insert(QStringLiteral("date"), cursor);
        if (page > 0)
            body.insert(QStringLiteral("page"), page);
        const Exchange exchange =
            send(network, host.baseUrl(), "POST", QStringLiteral("/v1/contacts"),
                 QJsonDocument(body).toJson(QJsonDocument::Compact));
        ++requests;
        if (exchange.status != 200) {
            std::fprintf(stderr, "page request failed with %d: %s\n", exchange.status,
                         exchange.body.constData());
            return 1;
        }
        const QJsonArray items = QJsonDocument::fromJson(exchange.body).array();
        if (items.isEmpty())
            break;
        for (const QJsonValue &item : items)
            seen.insert(item.toObject().value(QStringLiteral("id")).toInteger());
        const QString last = items.last().toObject().value(QStringLiteral("updated")).toString();
        if (!cursor.isEmpty() && last == cursor) {
            ++page;
        } else {
            cursor = last;
            page = 0;
        }
    }
    const double pagingSeconds = timer.nsecsElapsed() / 1e9;
    if (seen.size() != contacts) {
        std::fprintf(stderr, "the walk saw %lld contacts of %d\n",
                     static_cast<long long>(seen.size()), contacts);
        return 1;
    }

    timer.restart();
    for (int i = 0; i < requests; ++i) {
        if (send(network, host.baseUrl(), "GET", QStringLiteral("/v1/team"), {}).status != 200) {
            std::fprintf(stderr, "baseline request failed\n");
            return 1;
        }
    }
    const double baselineSeconds = timer.nsecsElapsed() / 1e9;

    const double pageRate = requests / pagingSeconds;
    const double baselineRate = requests / baselineSeconds;
    std::printf("paged %d contacts in %d requests (%.3f s); baseline %d GET /v1/team (%.3f s)\n",
                contacts, requests, pagingSeconds, requests, baselineSeconds);
    metric("sandbox_seed_contacts_per_s", contacts / seedSeconds, "contacts/s");
    metric("sandbox_page_requests_per_s", pageRate, "requests/s");
    metric("sandbox_page_contacts_per_s", contacts / pagingSeconds, "contacts/s");
    metric("sandbox_minimal_requests_per_s", baselineRate, "requests/s");
    metric("sandbox_page_requests_per_s_vs_baseline", pageRate / baselineRate, "x");
    return 0;
}
