#pragma once

#include "api/HeymarketClient.h"
#include "store/ContactStore.h"
#include "sync/SyncEngine.h"
#include "tests/common/SandboxFixture.h"
#include "tests/common/SyncWait.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace ContactDesk::Tests {

// A sandbox with a seeded team and the app's engine connected to it: the
// network manager, the client, a store file in the test's folder and a sync
// engine (on a one-hour timer: the test drives it) that has pulled the team
// once. For tests linking ContactDesk::store.
struct SyncedTeam
{
    std::unique_ptr<SandboxFixture> sandbox;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<Api::HeymarketClient> client;
    std::unique_ptr<Store::ContactStore> store;
    std::unique_ptr<Sync::SyncEngine> engine;

    // Empty on success, else what failed.
    QString start(const QTemporaryDir &dir, const QString &storeName, int seed,
                  Sandbox::Options options)
    {
        options.apiKeys = {QString::fromLatin1(SandboxFixture::apiKey)};
        sandbox = std::make_unique<SandboxFixture>(seed, options);
        if (!sandbox->isRunning())
            return sandbox->errorString();
        network = std::make_unique<QNetworkAccessManager>();
        Api::HeymarketClient::Config config;
        config.baseUrl = sandbox->baseUrl();
        config.credentials =
            Api::Credentials::fromApiKey(QString::fromLatin1(SandboxFixture::apiKey));
        config.retry = {3, 5, 20, 0.5};
        config.timeoutMs = 10000;
        client = std::make_unique<Api::HeymarketClient>(network.get(), config);
        store = std::make_unique<Store::ContactStore>();
        if (const QString problem = store->open(dir.filePath(storeName)); !problem.isEmpty())
            return problem;
        Sync::SyncEngine::Options syncOptions;
        syncOptions.intervalMs = 3600 * 1000;
        engine = std::make_unique<Sync::SyncEngine>(store.get(), client.get(), syncOptions);
        engine->start();
        if (!waitUntilSettled(*engine, *store, 30000))
            return QStringLiteral("the first pull did not finish");
        return {};
    }

    // start() with the store named after the running test function.
    QString startForTest(const QTemporaryDir &dir, int seed, Sandbox::Options options = {})
    {
        return start(dir,
                     QStringLiteral("store-%1.sqlite")
                         .arg(QString::fromLatin1(QTest::currentTestFunction())),
                     seed, std::move(options));
    }

    void reset()
    {
        engine.reset();
        store.reset();
        client.reset();
        network.reset();
        sandbox.reset();
    }
};

} // namespace ContactDesk::Tests
