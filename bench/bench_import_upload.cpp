// Import upload: N new contacts from a CSV file staged in the store's
// journal and sent by ImportUploader to a sandbox with its default limit
// of 500 requests a minute, counting every 429 answer. Baseline, in the
// same run: the same contacts posted as bare POST /v2/contacts batches of
// 1,000 with QNetworkAccessManager to a second, fresh sandbox (no store,
// no journal, no recovery), so the ratio is the price of durability.

#include "api/HeymarketClient.h"
#include "bench/BenchSupport.h"
#include "sandbox/SandboxHost.h"
#include "store/ContactStore.h"
#include "store/ImportJournal.h"
#include "sync/ImportSession.h"
#include "sync/ImportUploader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <cstdio>

using namespace ContactDesk;

namespace {

constexpr auto apiKey = "bench-key";

QString phoneOf(int i)
{
    // Distinct valid North American numbers: 415 and 628, exchanges 200-999.
    return QStringLiteral("1%1%2").arg(i < 800000 ? 415 : 628).arg(2000000 + i % 800000);
}

bool writeCsv(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray out = "First Name,Last Name,Phone Number,Email,Opt Out,List\n";
    for (int i = 0; i < rows; ++i) {
        out += "Lead" + QByteArray::number(i) + ",Müller,+" + phoneOf(i).toLatin1() + ",lead" +
               QByteArray::number(i) + "@example.com," + (i % 11 == 0 ? "yes" : "no") +
               (i % 5 == 0 ? ",Spring Fair\n" : ",\n");
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    return file.write(out) == out.size();
}

std::unique_ptr<Sandbox::SandboxHost> startSandbox()
{
    Sandbox::Options options;
    options.apiKeys = {QString::fromLatin1(apiKey)};
    options.rateLimitPerMinute = 500; // Heymarket's limit, the sandbox's default
    auto host = std::make_unique<Sandbox::SandboxHost>();
    if (!host->start(options)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(host->errorString()));
        return nullptr;
    }
    return host;
}

struct Upload
{
    double seconds = -1;
    int rateLimited = 0;
    int created = 0;
    int requests = 0;
};

Upload runOurs(const QString &csv, const QString &storeFile)
{
    Upload result;
    auto sandbox = startSandbox();
    if (!sandbox)
        return result;
    QNetworkAccessManager network;
    QObject::connect(
        &network, &QNetworkAccessManager::finished, &network, [&result](QNetworkReply *reply) {
            ++result.requests;
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 429)
                ++result.rateLimited;
        });
    Api::HeymarketClient::Config config;
    config.baseUrl = sandbox->baseUrl();
    config.credentials = Api::Credentials::fromApiKey(QString::fromLatin1(apiKey));
    config.timeoutMs = 120000;
    Api::HeymarketClient client(&network, config);
    Store::ContactStore store;
    if (const QString problem = store.open(storeFile).describe(); !problem.isEmpty()) {
        std::fprintf(stderr, "store: %s\n", qPrintable(problem));
        return result;
    }
    QElapsedTimer timer;
    timer.start();
    Sync::ImportPlan plan;
    plan.path = csv;
    plan.mapping = Import::guessMapping(Sync::ImportSession::header(csv, {}).header, {});
    QString error;
    const qint64 id = Sync::ImportSession::stage(plan, &store, &error);
    if (!id) {
        std::fprintf(stderr, "stage: %s\n", qPrintable(error));
        return result;
    }
    const double staged = double(timer.nsecsElapsed()) / 1e9;
    Sync::ImportUploader uploader(&client, &store);
    QEventLoop loop;
    QString message;
    QObject::connect(&uploader, &Sync::ImportUploader::finished, &loop,
                     [&](qint64, bool, const QString &text) {
                         message = text;
                         loop.quit();
                     });
    uploader.start(id);
    loop.exec();
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    const auto record = Store::ImportJournal(&store).import(id);
    result.created = record ? record->created : 0;
    std::fprintf(stderr,
                 "ours: staged in %.1f s, uploaded in %.1f s, %d created, %d requests%s%s\n",
                 staged, result.seconds - staged, result.created, result.requests,
                 message.isEmpty() ? "" : ", stopped: ", qPrintable(message));
    return result;
}

Upload runBaseline(int rows)
{
    Upload result;
    auto sandbox = startSandbox();
    if (!sandbox)
        return result;
    QNetworkAccessManager network;
    QElapsedTimer timer;
    timer.start();
    for (int start = 0; start < rows; start += 1000) {
        QJsonArray contacts;
        for (int i = start; i < std::min(rows, start + 1000); ++i)
            contacts.append(QJsonObject{
                {QStringLiteral("first"), QStringLiteral("Lead%1").arg(i)},
                {QStringLiteral("last"), QStringLiteral("Müller")},
                {QStringLiteral("email"), QStringLiteral("lead%1@example.com").arg(i)},
                {QStringLiteral("contact_channels"),
                 QJsonArray{QJsonObject{{QStringLiteral("channel_type"), QStringLiteral("phone")},
                                        {QStringLiteral("channel_id"), phoneOf(i)}}}}});
        QNetworkRequest request(sandbox->baseUrl().resolved(QUrl(QStringLiteral("/v2/contacts"))));
        request.setRawHeader("Authorization", QByteArray("Bearer ") + apiKey);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setTransferTimeout(120000);
        QNetworkReply *reply =
            network.post(request, QJsonDocument(QJsonObject{{QStringLiteral("contacts"), contacts}})
                                      .toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        ++result.requests;
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 429)
            ++result.rateLimited;
        else
            result.created += int(QJsonDocument::fromJson(reply->readAll())
                                      .object()
                                      .value(QStringLiteral("contacts"))
                                      .toArray()
                                      .size());
        reply->deleteLater();
    }
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = Bench::sizeFromArguments(2000, 100000);
    if (rows < 0)
        return 2;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("upload.csv"));
    if (!writeCsv(csv, rows)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(csv));
        return 1;
    }
    const Upload ours = runOurs(csv, dir.filePath(QStringLiteral("store.sqlite")));
    if (ours.seconds < 0 || ours.created != rows) {
        std::fprintf(stderr, "the upload did not create every contact (%d of %d)\n", ours.created,
                     rows);
        return 1;
    }
    const bool full = rows >= 100000;
    const QByteArray name = full ? "import_upload_100k_s" : "import_upload_smoke_s";
    Bench::metric(name.constData(), ours.seconds, "s");
    Bench::metric(full ? "import_upload_429_count" : "import_upload_smoke_429_count",
                  ours.rateLimited, "count");
    const Upload baseline = runBaseline(rows);
    if (baseline.seconds > 0) {
        std::fprintf(stderr, "baseline (bare POST /v2/contacts batches): %.1f s, %d created\n",
                     baseline.seconds, baseline.created);
        const QByteArray ratio = name + QByteArray("_vs_baseline");
        Bench::metric(ratio.constData(), ours.seconds / baseline.seconds, "x");
    }
    return 0;
}
