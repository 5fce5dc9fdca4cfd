// Sync::Workspace, the one place that opens an account: the profile's
// local sandbox, its Heymarket account (credentials from the keychain, never
// the settings file), or a server it is given; one store-file rule for each;
// closing and opening again; what it says when it cannot connect.

#include "api/HeymarketClient.h"
#include "api/SecretVault.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"
#include "store/ContactStore.h"
#include "store/StoreBinding.h"
#include "sync/ImportUploader.h"
#include "sync/MessageSender.h"
#include "sync/Settings.h"
#include "sync/Workspace.h"
#include "tests/common/MemorySecretBackend.h"
#include "tests/common/SandboxFixture.h"
#include "tests/common/SyncWait.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ContactDesk;

class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    static Sync::Workspace::Options options(const QTemporaryDir &dir,
                                            std::shared_ptr<Tests::MemoryBackend> keychain = {})
    {
        Sync::Workspace::Options o;
        o.profile = Store::Profile::inDirectory(dir.path());
        o.sandboxContacts = 12;
        o.secretBackend = [keychain] {
            auto backend = std::make_unique<Tests::MemoryBackend>();
            if (keychain)
                backend->entries = keychain->entries;
            return backend;
        };
        Sync::SyncEngine::Options sync;
        sync.intervalMs = 3600 * 1000;
        o.sync = sync;
        return o;
    }

    // The profile's Heymarket account `name` at `server`, its key in the
    // keychain, opened until connected() or connectionFailed(): the
    // failure's sentence, or empty.
    static QString openAccount(Sync::Workspace &workspace)
    {
        QSignalSpy connected(&workspace, &Sync::Workspace::connected);
        QSignalSpy failed(&workspace, &Sync::Workspace::connectionFailed);
        if (const QString problem = workspace.open(); !problem.isEmpty())
            return problem;
        if (!QTest::qWaitFor([&] { return !connected.isEmpty() || !failed.isEmpty(); }, 20000))
            return QStringLiteral("neither connected nor failed");
        return failed.isEmpty() ? QString() : failed.first().first().toString();
    }
    static void setAccount(const QTemporaryDir &dir, const QString &name, const QUrl &server)
    {
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        Sync::Settings::setAccount(settings, {true, name, server});
    }
    static std::shared_ptr<Tests::MemoryBackend> keychainWith(const QString &name,
                                                              const QString &key)
    {
        auto keychain = std::make_shared<Tests::MemoryBackend>();
        keychain->entries.insert(name, Api::SecretVault::encode(Api::Credentials::fromApiKey(key)));
        return keychain;
    }

private Q_SLOTS:
    void storeFilesHaveOneNameRule()
    {
        QCOMPARE(Sync::Workspace::sandboxStoreFile(), QStringLiteral("sandbox-workspace.sqlite"));
        const QString account = Sync::Workspace::accountStoreFile(QStringLiteral("Team 7/ä"));
        QVERIFY2(account.startsWith(QStringLiteral("account-Team_7__-")) &&
                     account.endsWith(QStringLiteral(".sqlite")),
                 qPrintable(account));
        QCOMPARE(Sync::Workspace::legacyAccountStoreFile(QStringLiteral("Team 7/ä")),
                 QStringLiteral("account-Team_7__.sqlite"));
        const QString server =
            Sync::Workspace::serverStoreFile(QUrl(QStringLiteral("http://127.0.0.1:8080/v")), 7);
        QVERIFY2(server.startsWith(QStringLiteral("cli-127.0.0.1-8080_v-team7-")),
                 qPrintable(server));
        QCOMPARE(
            Sync::Workspace::legacyServerStoreFile(QUrl(QStringLiteral("http://127.0.0.1:8080/v"))),
            QStringLiteral("cli-127.0.0.1-8080_v.sqlite"));
    }

    void opensTheLocalSandboxWhenNoAccountIsConfigured()
    {
        QTemporaryDir dir;
        Sync::Workspace workspace(options(dir));
        QSignalSpy connected(&workspace, &Sync::Workspace::connected);
        QCOMPARE(workspace.open(), QString());
        // The sandbox needs no keychain; the team is asked first.
        QVERIFY(connected.wait(10000));
        QCOMPARE(workspace.kind(), Sync::Workspace::Kind::Sandbox);
        QCOMPARE(workspace.team().id, 7);
        QCOMPARE(workspace.displayName(), QStringLiteral("Local sandbox"));
        QVERIFY(workspace.sandbox() && workspace.sandbox()->isRunning());
        QCOMPARE(workspace.client()->config().baseUrl, workspace.sandbox()->baseUrl());
        QVERIFY(workspace.importUploader() && workspace.messageSender());
        QCOMPARE(workspace.store()->path(),
                 dir.filePath(QStringLiteral("data/sandbox-workspace.sqlite")));
        workspace.engine()->start();
        QVERIFY(Tests::waitUntilSettled(*workspace.engine(), *workspace.store()));
        QCOMPARE(workspace.store()->contactCount(), 12);

        workspace.close();
        QVERIFY(!workspace.isConnected());
        QVERIFY(!workspace.store() && !workspace.client() && !workspace.engine() &&
                !workspace.sandbox());
        // Open again: the same data, the same seed kept (12, not reseeded),
        // shown at once (the embedded sandbox's store is bound to it).
        QCOMPARE(workspace.open(), QString());
        QVERIFY(workspace.store());
        QCOMPARE(workspace.store()->contactCount(), 12);
    }

    void theEmbeddedSandboxIsNotHeldToHeymarketsLimit()
    {
        // #18: a first sync of 200,000 contacts (6,667 pages of 30) took 13
        // minutes on the embedded sandbox, held to Heymarket's 500 requests
        // a minute by the client and by the sandbox itself.
        QTemporaryDir dir;
        {
            Sync::Workspace workspace(options(dir));
            QCOMPARE(openAccount(workspace), QString());
            QCOMPARE(workspace.kind(), Sync::Workspace::Kind::Sandbox);
            QCOMPARE(workspace.client()->config().limits.perMinute, 0);
            QCOMPARE(workspace.client()->config().limits.maxInFlight, 4);
            QCOMPARE(workspace.sandbox()->server()->rateLimitPerMinute(), 0);
        }
        // Limits the caller gives still win.
        {
            Sync::Workspace::Options given = options(dir);
            given.limits = Api::RequestScheduler::Limits{120, 2};
            Sync::Workspace workspace(std::move(given));
            QCOMPARE(openAccount(workspace), QString());
            QCOMPARE(workspace.client()->config().limits.perMinute, 120);
            QCOMPARE(workspace.client()->config().limits.maxInFlight, 2);
        }
        // Any server reached over HTTP keeps Heymarket's budget, a sandbox
        // too: a given server...
        Sandbox::Options serverOptions;
        serverOptions.apiKeys = {QStringLiteral("key-of-a-server")};
        Tests::SandboxFixture heymarket(3, serverOptions);
        QVERIFY(heymarket.isRunning());
        {
            QTemporaryDir other;
            Sync::Workspace::Options given = options(other);
            given.server = Sync::Workspace::Server{
                heymarket.baseUrl(),
                Api::Credentials::fromApiKey(QStringLiteral("key-of-a-server"))};
            Sync::Workspace workspace(std::move(given));
            QCOMPARE(openAccount(workspace), QString());
            QCOMPARE(workspace.kind(), Sync::Workspace::Kind::Server);
            QCOMPARE(workspace.client()->config().limits.perMinute, 500);
            QCOMPARE(workspace.client()->config().limits.maxInFlight, 4);
        }
        // ...and the profile's Heymarket account.
        {
            QTemporaryDir other;
            setAccount(other, QStringLiteral("team-7"), heymarket.baseUrl());
            Sync::Workspace workspace(options(
                other, keychainWith(QStringLiteral("team-7"), QStringLiteral("key-of-a-server"))));
            QCOMPARE(openAccount(workspace), QString());
            QCOMPARE(workspace.kind(), Sync::Workspace::Kind::Heymarket);
            QCOMPARE(workspace.client()->config().limits.perMinute, 500);
        }
    }

    void opensWithoutWaitingForTheDemoTeam()
    {
        // open() returns before the sandbox has seeded its demo team: the
        // client (and the store of a first start) come later, and how far
        // the seed got is told on the way.
        QTemporaryDir dir;
        Sync::Workspace::Options o = options(dir);
        o.sandboxContacts = 5000;
        Sync::Workspace workspace(std::move(o));
        QSignalSpy preparing(&workspace, &Sync::Workspace::preparing);
        QSignalSpy connected(&workspace, &Sync::Workspace::connected);
        QCOMPARE(workspace.open(), QString());
        QVERIFY(!workspace.client());
        QVERIFY(!workspace.store());
        QVERIFY(workspace.sandbox() && !workspace.sandbox()->isRunning());
        QVERIFY(connected.wait(60000));
        QVERIFY(workspace.sandbox()->isRunning());
        QList<int> seeded;
        for (const QList<QVariant> &step : std::as_const(preparing)) {
            QCOMPARE(step.at(1).toInt(), 5000);
            seeded.append(step.at(0).toInt());
        }
        QCOMPARE(seeded, (QList<int>{0, 2000, 4000, 5000}));
        workspace.engine()->start();
        QVERIFY(Tests::waitUntilSettled(*workspace.engine(), *workspace.store()));
        QCOMPARE(workspace.store()->contactCount(), 5000);
    }

    void aSeedThatIsStoppedKeepsNothing()
    {
        // What stops the embedded sandbox's seed (a workspace closed while
        // it runs: SandboxHost::stop() answers its next step with false)
        // leaves an empty data file: the next start seeds again.
        QTemporaryDir dir;
        Sandbox::Options seed;
        seed.dataFile = dir.filePath(QStringLiteral("sandbox.sqlite"));
        seed.apiKeys = {QStringLiteral("k")};
        seed.seedContacts = 5000;
        seed.seedProgress = [](int seeded, int) { return seeded < 2000; };
        Sandbox::SandboxHost host;
        QSignalSpy steps(&host, &Sandbox::SandboxHost::seeding);
        QSignalSpy failed(&host, &Sandbox::SandboxHost::startFailed);
        host.startInBackground(seed);
        QVERIFY(failed.wait(60000));
        QVERIFY(!host.isRunning());
        QCOMPARE(steps.size(), 2); // 0 and 2,000, which stopped it
        seed.seedContacts = 12;
        seed.seedProgress = {};
        QVERIFY(host.start(seed));
        host.stop();
        Sandbox::SandboxStore store(seed.dataFile);
        QCOMPARE(store.countContacts(std::nullopt), 12);
    }

    void opensTheHeymarketAccountWithItsKeychainCredentials()
    {
        Sandbox::Options serverOptions;
        serverOptions.apiKeys = {QStringLiteral("key-in-keychain")};
        Tests::SandboxFixture heymarket(20, serverOptions);
        QVERIFY(heymarket.isRunning());
        QTemporaryDir dir;
        {
            QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
            Sync::Settings::setAccount(settings,
                                       {true, QStringLiteral("team-7"), heymarket.baseUrl()});
        }
        auto keychain = std::make_shared<Tests::MemoryBackend>();
        keychain->entries.insert(QStringLiteral("team-7"),
                                 Api::SecretVault::encode(Api::Credentials::fromApiKey(
                                     QStringLiteral("key-in-keychain"))));
        Sync::Workspace workspace(options(dir, keychain));
        QSignalSpy connected(&workspace, &Sync::Workspace::connected);
        QCOMPARE(workspace.open(), QString());
        // A new store is shown once the server confirmed the team.
        QVERIFY(!workspace.store());
        QVERIFY(!workspace.isConnected());
        QVERIFY(connected.wait(30000));
        QCOMPARE(workspace.store()->path(),
                 dir.filePath(QStringLiteral("data/") +
                              Sync::Workspace::accountStoreFile(QStringLiteral("team-7"))));
        QCOMPARE(workspace.kind(), Sync::Workspace::Kind::Heymarket);
        QVERIFY(workspace.displayName().contains(QStringLiteral("team-7")));
        QVERIFY(!workspace.sandbox());
        workspace.engine()->start();
        QVERIFY(Tests::waitUntilSettled(*workspace.engine(), *workspace.store()));
        QCOMPARE(workspace.store()->contactCount(), 20);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("data/sandbox.sqlite"))));
    }

    void saysWhenTheKeychainHasNoCredentials()
    {
        QTemporaryDir dir;
        {
            QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
            Sync::Settings::setAccount(settings, {true, QStringLiteral("nobody"),
                                                  QUrl(QStringLiteral("https://example.test"))});
        }
        Sync::Workspace workspace(options(dir));
        QSignalSpy failed(&workspace, &Sync::Workspace::connectionFailed);
        QCOMPARE(workspace.open(), QString());
        QVERIFY(failed.wait(30000));
        const QString problem = failed.first().first().toString();
        QVERIFY2(problem.contains(QStringLiteral("nobody")) &&
                     problem.contains(QStringLiteral("keychain")),
                 qPrintable(problem));
        QVERIFY(!workspace.isConnected());
        // No credential verified for the store's team: nothing of it is read.
        QVERIFY(!workspace.store());
    }

    void refusesIncompleteAccountSettings()
    {
        QTemporaryDir dir;
        {
            QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
            settings.setValue(Sync::Settings::accountKind, QStringLiteral("heymarket"));
        }
        Sync::Workspace workspace(options(dir));
        const QString problem = workspace.open();
        QVERIFY2(problem.contains(QStringLiteral("account/name")), qPrintable(problem));
        QVERIFY(!workspace.store());
    }

    void opensAServerItIsGiven()
    {
        Sandbox::Options serverOptions;
        serverOptions.apiKeys = {QString::fromLatin1(Tests::SandboxFixture::apiKey)};
        Tests::SandboxFixture server(8, serverOptions);
        QTemporaryDir dir;
        Sync::Workspace::Options o = options(dir);
        o.server = Sync::Workspace::Server{
            server.baseUrl(),
            Api::Credentials::fromApiKey(QString::fromLatin1(Tests::SandboxFixture::apiKey))};
        Sync::Workspace workspace(o);
        QSignalSpy connected(&workspace, &Sync::Workspace::connected);
        QCOMPARE(workspace.open(), QString());
        QCOMPARE(workspace.kind(), Sync::Workspace::Kind::Server);
        QVERIFY(connected.wait(30000));
        QVERIFY(workspace.isConnected());
        QCOMPARE(workspace.store()->path(),
                 dir.filePath(QStringLiteral("data/") +
                              Sync::Workspace::serverStoreFile(server.baseUrl(), 7)));
        workspace.engine()->start();
        QVERIFY(Tests::waitUntilSettled(*workspace.engine(), *workspace.store()));
        QCOMPARE(workspace.store()->contactCount(), 8);
    }

    void accountNamesThatUsedToCollideGetTheirOwnFiles()
    {
        const QStringList names = {QStringLiteral("Shop A"), QStringLiteral("Shop_A"),
                                   QStringLiteral("Shop/A"), QStringLiteral("shop a"),
                                   QStringLiteral("Shop:A")};
        QSet<QString> files;
        for (const QString &name : names) {
            QCOMPARE(Sync::Workspace::legacyAccountStoreFile(name).toLower(),
                     Sync::Workspace::legacyAccountStoreFile(names.first()).toLower());
            files.insert(Sync::Workspace::accountStoreFile(name).toLower()); // any file system
        }
        QCOMPARE(files.size(), names.size());
        QCOMPARE(
            Sync::Workspace::serverIdentity(QUrl(QStringLiteral("HTTPS://API.Heymarket.com/"))),
            QStringLiteral("https://api.heymarket.com:443"));
        QVERIFY(Sync::Workspace::serverStoreFile(QUrl(QStringLiteral("http://h:80/a_b")), 1) !=
                Sync::Workspace::serverStoreFile(QUrl(QStringLiteral("http://h:80/a/b")), 1));
    }

    void aStoreFileFromBeforeIsKeptForItsAccount()
    {
        Sandbox::Options serverOptions;
        serverOptions.apiKeys = {QStringLiteral("k")};
        Tests::SandboxFixture heymarket(3, serverOptions);
        heymarket.http().setAuthorization("Bearer k");
        QTemporaryDir dir;
        setAccount(dir, QStringLiteral("team 7"), heymarket.baseUrl());
        // The file as the build before the binding named and left it.
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("data"))));
        const QString legacy =
            dir.filePath(QStringLiteral("data/") +
                         Sync::Workspace::legacyAccountStoreFile(QStringLiteral("team 7")));
        {
            Store::ContactStore old;
            QCOMPARE(old.open(legacy).describe(), QString());
            QVERIFY(old.createContact(
                QJsonObject{{QStringLiteral("first"), QStringLiteral("Kept")},
                            {QStringLiteral("phone"), QStringLiteral("14155550177")}}));
        }
        Sync::Workspace workspace(
            options(dir, keychainWith(QStringLiteral("team 7"), QStringLiteral("k"))));
        QCOMPARE(openAccount(workspace), QString());
        QCOMPARE(workspace.store()->path(),
                 dir.filePath(QStringLiteral("data/") +
                              Sync::Workspace::accountStoreFile(QStringLiteral("team 7"))));
        QVERIFY(!QFile::exists(legacy));
        QCOMPARE(workspace.store()->pendingCount(), 1); // the user's edit is still there
        QCOMPARE(Store::StoreBinding(workspace.store()).binding()->teamId, 7);
        workspace.engine()->start();
        QVERIFY(Tests::waitUntilSettled(*workspace.engine(), *workspace.store()));
        QCOMPARE(heymarket.contactCount(), 4); // and it went to its team
    }

    void aRotatedKeyOfTheSameTeamKeepsTheStore()
    {
        Sandbox::Options serverOptions;
        serverOptions.apiKeys = {QStringLiteral("old-key"), QStringLiteral("new-key")};
        Tests::SandboxFixture heymarket(5, serverOptions);
        QTemporaryDir dir;
        setAccount(dir, QStringLiteral("shop"), heymarket.baseUrl());
        {
            Sync::Workspace workspace(
                options(dir, keychainWith(QStringLiteral("shop"), QStringLiteral("old-key"))));
            QCOMPARE(openAccount(workspace), QString());
            workspace.engine()->start();
            QVERIFY(Tests::waitUntilSettled(*workspace.engine(), *workspace.store()));
            QCOMPARE(workspace.store()->contactCount(), 5);
        }
        Sync::Workspace workspace(
            options(dir, keychainWith(QStringLiteral("shop"), QStringLiteral("new-key"))));
        // A key never verified for the team: the store is shown only once
        // the server confirmed the team ...
        qint64 teamWhenShown = -1;
        connect(&workspace, &Sync::Workspace::storeOpened, this,
                [&] { teamWhenShown = workspace.team().id; });
        QCOMPARE(openAccount(workspace), QString());
        QCOMPARE(teamWhenShown, 7);
        // ... and then the same team's store, the new key recorded.
        QCOMPARE(workspace.store()->contactCount(), 5);
        const QString server = Sync::Workspace::serverIdentity(heymarket.baseUrl());
        QVERIFY(Store::StoreBinding(workspace.store())
                    .knows(server, QStringLiteral("api-key:new-key")));
        QVERIFY(!Store::StoreBinding(workspace.store())
                     .knows(server, QStringLiteral("api-key:old-key")));
    }

    void anotherServerNeverReadsTheStore()
    {
        // Two servers with the same team id and the same key: the server
        // decides too.
        Sandbox::Options serverOptions;
        serverOptions.apiKeys = {QStringLiteral("k")};
        Tests::SandboxFixture first(4, serverOptions);
        Tests::SandboxFixture second(2, serverOptions);
        second.http().setAuthorization("Bearer k");
        QTemporaryDir dir;
        setAccount(dir, QStringLiteral("shop"), first.baseUrl());
        const auto keychain = keychainWith(QStringLiteral("shop"), QStringLiteral("k"));
        {
            Sync::Workspace workspace(options(dir, keychain));
            QCOMPARE(openAccount(workspace), QString());
            workspace.engine()->start();
            QVERIFY(Tests::waitUntilSettled(*workspace.engine(), *workspace.store()));
            QVERIFY(workspace.store()->createContact(
                QJsonObject{{QStringLiteral("first"), QStringLiteral("Waiting")},
                            {QStringLiteral("phone"), QStringLiteral("14155550166")}}));
            workspace.engine()->stop();
        }
        setAccount(dir, QStringLiteral("shop"), second.baseUrl());
        Sync::Workspace workspace(options(dir, keychain));
        QSignalSpy opened(&workspace, &Sync::Workspace::storeOpened);
        QSignalSpy closing(&workspace, &Sync::Workspace::storeClosing);
        const QString problem = openAccount(workspace);
        QVERIFY2(problem.contains(QStringLiteral("not from")), qPrintable(problem));
        QVERIFY(!workspace.store() && !workspace.engine());
        QCOMPARE(opened.size(), 0);         // never shown: the key was verified for another server
        QCOMPARE(second.contactCount(), 2); // nothing pushed there
    }

    void theWindowKeepsWritingAfterTheCliRanOnItsProfile()
    {
        // The window and `contactdesk-cli show` on one profile: each starts
        // an embedded sandbox on the profile's sandbox.sqlite and opens the
        // same store file. After the CLI has run, the window's edits still
        // reach its sandbox (they used to fail: "database is locked").
        QTemporaryDir dir;
        Sync::Workspace window(options(dir));
        QCOMPARE(openAccount(window), QString());
        window.engine()->start();
        QVERIFY(Tests::waitUntilSettled(*window.engine(), *window.store()));
        const QList<qint64> ids = window.store()->serverIds().values();
        QVERIFY(ids.size() >= 2);
        QVERIFY(window.store()->editContact(
            ids.at(0), QJsonObject{{QStringLiteral("first"), QStringLiteral("Before the CLI")}}));
        QVERIFY(Tests::waitUntilSettled(*window.engine(), *window.store()));

        for (int run = 0; run < 2; ++run) {
            Sync::Workspace cli(options(dir));
            QCOMPARE(openAccount(cli), QString());
            cli.engine()->start();
            QVERIFY(Tests::waitUntilSettled(*cli.engine(), *cli.store()));
            QCOMPARE(cli.store()->contactCount(), 12);
            cli.engine()->stop();
        }

        const QString edited = QStringLiteral("After the CLI");
        QVERIFY(
            window.store()->editContact(ids.at(1), QJsonObject{{QStringLiteral("first"), edited}}));
        QVERIFY(window.store()->setStatus(ids.at(1), ContactStatusChange::Blocked));
        QVERIFY(Tests::waitUntilSettled(*window.engine(), *window.store()));
        QCOMPARE(window.store()->failedCount(), 0);
        const QString dataFile = Store::Profile::inDirectory(dir.path()).sandboxDataFile();
        Sandbox::SandboxStore server(dataFile);
        QVERIFY2(server.openError().isEmpty(), qPrintable(server.openError()));
        const std::optional<Sandbox::ContactRecord> contact = server.contactById(ids.at(1));
        QVERIFY(contact);
        QCOMPARE(contact->first, edited);
        QVERIFY(contact->blocked);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
