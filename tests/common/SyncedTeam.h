#pragma once

#include "store/ContactStore.h"
#include "sync/SyncEngine.h"
#include "sync/Workspace.h"
#include "tests/common/MemorySecretBackend.h"
#include "tests/common/SandboxFixture.h"
#include "tests/common/SyncWait.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace ContactDesk::Tests {

// A sandbox with a seeded team and an account opened on it as the programs
// open one (Sync::Workspace, with the sandbox as its server): the client,
// a store in a profile folder of the test's, and a sync engine (on a
// one-hour timer: the test drives it) that has pulled the team once.
struct SyncedTeam
{
    std::unique_ptr<SandboxFixture> sandbox;
    std::unique_ptr<Sync::Workspace> workspace;
    // The workspace's, for the tests' convenience.
    Api::HeymarketClient *client = nullptr;
    Store::ContactStore *store = nullptr;
    Sync::SyncEngine *engine = nullptr;
    // The client's request budget, when a test needs another than the
    // app's 500 a minute (set before start()).
    std::optional<Api::RequestScheduler::Limits> clientLimits;

    // Empty on success, else what failed. profileName: a folder in dir.
    QString start(const QTemporaryDir &dir, const QString &profileName, int seed,
                  Sandbox::Options options)
    {
        options.apiKeys = {QString::fromLatin1(SandboxFixture::apiKey)};
        sandbox = std::make_unique<SandboxFixture>(seed, options);
        if (!sandbox->isRunning())
            return sandbox->errorString();
        Sync::Workspace::Options account;
        account.profile = Store::Profile::inDirectory(dir.filePath(profileName));
        account.server = Sync::Workspace::Server{
            sandbox->baseUrl(),
            Api::Credentials::fromApiKey(QString::fromLatin1(SandboxFixture::apiKey))};
        account.secretBackend = [] { return std::make_unique<MemoryBackend>(); };
        account.retry = Api::RetryPolicy{3, 5, 20, 0.5};
        account.timeoutMs = 10000;
        account.limits = clientLimits;
        Sync::SyncEngine::Options sync;
        sync.intervalMs = 3600 * 1000;
        account.sync = sync;
        workspace = std::make_unique<Sync::Workspace>(std::move(account));
        QSignalSpy connected(workspace.get(), &Sync::Workspace::connected);
        QSignalSpy failed(workspace.get(), &Sync::Workspace::connectionFailed);
        if (const QString problem = workspace->open(); !problem.isEmpty())
            return problem;
        // The store and engine come once the server has named the team.
        if (!QTest::qWaitFor([&] { return !connected.isEmpty() || !failed.isEmpty(); }, 30000))
            return QStringLiteral("the team was not confirmed");
        if (!failed.isEmpty())
            return failed.first().first().toString();
        client = workspace->client();
        store = workspace->store();
        engine = workspace->engine();
        engine->start();
        if (!waitUntilSettled(*engine, *store, 30000))
            return QStringLiteral("the first pull did not finish");
        return {};
    }

    // start() with the profile named after the running test function.
    QString startForTest(const QTemporaryDir &dir, int seed, Sandbox::Options options = {})
    {
        return start(
            dir,
            QStringLiteral("profile-%1").arg(QString::fromLatin1(QTest::currentTestFunction())),
            seed, std::move(options));
    }

    void reset()
    {
        client = nullptr;
        store = nullptr;
        engine = nullptr;
        workspace.reset();
        sandbox.reset();
    }
};

} // namespace ContactDesk::Tests
