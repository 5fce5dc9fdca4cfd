// Credentials go to the keychain, or stay in memory for the session when no
// keychain service runs, and the app says so. They never reach settings
// files, logs or error texts.

#include "api/ApiError.h"
#include "api/SecretVault.h"
#include "tests/common/MemorySecretBackend.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ContactDesk::Api;
using ContactDesk::Tests::MemoryBackend;

namespace {

const QUrl server(QStringLiteral("https://api.heymarket.com"));

} // namespace

class TestApiSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesAndLoadsThroughTheKeychain()
    {
        auto backend = std::make_unique<MemoryBackend>();
        MemoryBackend *memory = backend.get();
        SecretVault vault(std::move(backend));
        bool persistent = false;
        bool stored = false;
        vault.store(QStringLiteral("team-7"), server,
                    Credentials::fromSecret(QStringLiteral("sid"), QStringLiteral("sk")),
                    [&](bool p) {
                        stored = true;
                        persistent = p;
                    });
        QTRY_VERIFY(stored);
        QVERIFY(persistent);
        QVERIFY(vault.isPersistent());
        QVERIFY(vault.notice().isEmpty());
        QVERIFY(memory->entries.contains(SecretVault::entryName(QStringLiteral("team-7"), server)));

        // A new vault over the same keychain (a later session) reads it back.
        auto again = std::make_unique<MemoryBackend>();
        again->entries = memory->entries;
        SecretVault later(std::move(again));
        std::optional<Credentials> loaded;
        bool done = false;
        later.load(QStringLiteral("team-7"), server, [&](std::optional<Credentials> c) {
            loaded = c;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(loaded);
        QCOMPARE(loaded->secretId, QStringLiteral("sid"));
        QCOMPARE(loaded->secretKey, QStringLiteral("sk"));

        done = false;
        later.load(QStringLiteral("unknown"), server, [&](std::optional<Credentials> c) {
            loaded = c;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(!loaded);
        QVERIFY(later.isPersistent()); // not found is not "no keychain"
    }

    void withoutAKeychainKeepsSecretsForTheSessionAndSaysSo()
    {
        auto backend = std::make_unique<MemoryBackend>();
        backend->available = false;
        MemoryBackend *memory = backend.get();
        SecretVault vault(std::move(backend));
        QSignalSpy notices(&vault, &SecretVault::noticeChanged);
        bool stored = false;
        bool persistent = true;
        vault.store(QStringLiteral("team-7"), server,
                    Credentials::fromApiKey(QStringLiteral("team-key-123")), [&](bool p) {
                        stored = true;
                        persistent = p;
                    });
        QTRY_VERIFY(stored);
        QVERIFY(!persistent);
        QVERIFY(!vault.isPersistent());
        QCOMPARE(notices.size(), 1);
        QVERIFY(vault.notice().contains(QStringLiteral("this session only")));
        QVERIFY(!vault.notice().contains(QStringLiteral("team-key-123")));

        std::optional<Credentials> loaded;
        bool done = false;
        vault.load(QStringLiteral("team-7"), server, [&](std::optional<Credentials> c) {
            loaded = c;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(loaded->apiKey, QStringLiteral("team-key-123"));
        // Once known missing, the keychain is not asked again.
        const int writes = memory->writes;
        bool second = false;
        vault.store(QStringLiteral("team-8"), server, Credentials::fromApiKey(QStringLiteral("k2")),
                    [&](bool) { second = true; });
        QVERIFY(second);
        QCOMPARE(memory->writes, writes);

        bool removed = false;
        vault.remove(QStringLiteral("team-7"), server, [&] { removed = true; });
        QVERIFY(removed);
        done = false;
        vault.load(QStringLiteral("team-7"), server, [&](std::optional<Credentials> c) {
            loaded = c;
            done = true;
        });
        QVERIFY(done);
        QVERIFY(!loaded);
    }

    void theRealKeychainAnswersOneWayOrTheOther()
    {
        // On a desktop this reaches the Secret Service; on a headless test
        // machine there is none. Either way: no hang, the secret is usable,
        // and no settings file gets it (QtKeychain's insecure fallback is off).
        QTemporaryDir dir;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        SecretVault vault(makeKeychainBackend(QStringLiteral("ContactDesk-test")));
        bool stored = false;
        vault.store(QStringLiteral("probe"), server,
                    Credentials::fromApiKey(QStringLiteral("very-secret-value")),
                    [&](bool) { stored = true; });
        QTRY_VERIFY_WITH_TIMEOUT(stored, 30000);
        std::optional<Credentials> loaded;
        bool done = false;
        vault.load(QStringLiteral("probe"), server, [&](std::optional<Credentials> c) {
            loaded = c;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY(loaded);
        QCOMPARE(loaded->apiKey, QStringLiteral("very-secret-value"));
        QVERIFY(vault.isPersistent() == vault.notice().isEmpty());
        bool removed = false;
        vault.remove(QStringLiteral("probe"), server, [&] { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 30000);
        const QStringList files =
            QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("very-secret-value"), qPrintable(name));
        }
    }

    void aSecretIsBoundToItsServer()
    {
        const QUrl other(QStringLiteral("https://other.example"));
        auto backend = std::make_unique<MemoryBackend>();
        MemoryBackend *memory = backend.get();
        SecretVault vault(std::move(backend));
        bool stored = false;
        vault.store(QStringLiteral("team-7"), server, Credentials::fromApiKey(QStringLiteral("k7")),
                    [&](bool) { stored = true; });
        QTRY_VERIFY(stored);
        const QString entry = SecretVault::entryName(QStringLiteral("team-7"), server);
        QCOMPARE(entry, QStringLiteral("team-7 @ https://api.heymarket.com:443"));
        QCOMPARE(SecretVault::decodeServer(memory->entries.value(entry)),
                 QStringLiteral("https://api.heymarket.com:443"));

        const auto load = [](SecretVault &from, const QUrl &url) {
            std::optional<Credentials> loaded;
            bool done = false;
            from.load(QStringLiteral("team-7"), url, [&](std::optional<Credentials> c) {
                loaded = c;
                done = true;
            });
            if (!QTest::qWaitFor([&] { return done; }, 5000))
                qFatal("the vault did not answer");
            return loaded;
        };
        // The same account on another server: nothing, in this session
        // (its memory) as in a later one (the keychain).
        QVERIFY(!load(vault, other));
        QCOMPARE(load(vault, server)->apiKey, QStringLiteral("k7"));
        QCOMPARE(load(vault, QUrl(QStringLiteral("https://API.heymarket.com:443/")))->apiKey,
                 QStringLiteral("k7")); // the same server, written otherwise
        auto again = std::make_unique<MemoryBackend>();
        again->entries = memory->entries;
        MemoryBackend *keychain = again.get();
        SecretVault later(std::move(again));
        QVERIFY(!load(later, other));
        QVERIFY(!load(later, QUrl(QStringLiteral("http://api.heymarket.com"))));
        // An entry named for one server whose secret was stored for another
        // (copied, edited) is not handed out.
        keychain->entries.insert(SecretVault::entryName(QStringLiteral("team-7"), other),
                                 memory->entries.value(entry));
        QVERIFY(!load(later, other));
        QCOMPARE(load(later, server)->apiKey, QStringLiteral("k7"));
    }

    void anOldEntryKeepsWorkingForTheServerItWasSavedWith()
    {
        // Before secrets were bound: named after the account, no server inside.
        auto backend = std::make_unique<MemoryBackend>();
        backend->entries.insert(
            QStringLiteral("team-7"),
            SecretVault::encode(Credentials::fromApiKey(QStringLiteral("old"))));
        MemoryBackend *memory = backend.get();
        SecretVault vault(std::move(backend));
        std::optional<Credentials> loaded;
        bool done = false;
        vault.load(QStringLiteral("team-7"), server, [&](std::optional<Credentials> c) {
            loaded = c;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(loaded->apiKey, QStringLiteral("old"));
        // Rewritten for its server alone, and the old entry gone: it can no
        // longer be read for another server.
        const QString entry = SecretVault::entryName(QStringLiteral("team-7"), server);
        QTRY_VERIFY(!memory->entries.contains(QStringLiteral("team-7")));
        QCOMPARE(SecretVault::decodeServer(memory->entries.value(entry)),
                 QStringLiteral("https://api.heymarket.com:443"));
        auto again = std::make_unique<MemoryBackend>();
        again->entries = memory->entries;
        SecretVault later(std::move(again));
        done = false;
        later.load(QStringLiteral("team-7"), QUrl(QStringLiteral("https://other.example")),
                   [&](std::optional<Credentials> c) {
                       loaded = c;
                       done = true;
                   });
        QTRY_VERIFY(done);
        QVERIFY(!loaded);

        // New credentials for an account remove an old entry of it too.
        auto old = std::make_unique<MemoryBackend>();
        old->entries.insert(QStringLiteral("team-8"),
                            SecretVault::encode(Credentials::fromApiKey(QStringLiteral("old8"))));
        MemoryBackend *oldMemory = old.get();
        SecretVault renewed(std::move(old));
        bool stored = false;
        renewed.store(QStringLiteral("team-8"), QUrl(QStringLiteral("https://other.example")),
                      Credentials::fromApiKey(QStringLiteral("new8")),
                      [&](bool) { stored = true; });
        QTRY_VERIFY(stored);
        QVERIFY(!oldMemory->entries.contains(QStringLiteral("team-8")));
    }

    void onlyHttpsOrLoopbackIsASecureServer()
    {
        QVERIFY(isSecureServer(QUrl(QStringLiteral("https://api.heymarket.com"))));
        QVERIFY(isSecureServer(QUrl(QStringLiteral("https://x.test:8443/api"))));
        QVERIFY(isSecureServer(QUrl(QStringLiteral("http://127.0.0.1:4321"))));
        QVERIFY(isSecureServer(QUrl(QStringLiteral("http://127.8.9.10"))));
        QVERIFY(isSecureServer(QUrl(QStringLiteral("http://[::1]:4321"))));
        QVERIFY(isSecureServer(QUrl(QStringLiteral("http://localhost:4321"))));
        QVERIFY(!isSecureServer(QUrl(QStringLiteral("http://x.test"))));
        QVERIFY(!isSecureServer(QUrl(QStringLiteral("http://192.168.1.5"))));
        QVERIFY(!isSecureServer(QUrl(QStringLiteral("http://127.0.0.1.x.test"))));
        QVERIFY(!isSecureServer(QUrl(QStringLiteral("ftp://127.0.0.1"))));
        QVERIFY(!isSecureServer(QUrl(QStringLiteral("https://"))));
        QVERIFY(insecureServerProblem(QUrl(QStringLiteral("https://x.test"))).isEmpty());
        const QString problem = insecureServerProblem(QUrl(QStringLiteral("http://x.test")));
        QVERIFY2(problem.contains(QStringLiteral("http://x.test")), qPrintable(problem));
        QVERIFY(problem.contains(QStringLiteral("https://")));
    }

    void encodingRoundTrips()
    {
        const Credentials key = Credentials::fromApiKey(QStringLiteral("k"));
        QCOMPARE(SecretVault::decode(SecretVault::encode(key))->apiKey, QStringLiteral("k"));
        const Credentials secret =
            Credentials::fromSecret(QStringLiteral("i"), QStringLiteral("s"));
        QCOMPARE(SecretVault::decode(SecretVault::encode(secret))->secretKey, QStringLiteral("s"));
        QVERIFY(!SecretVault::decode("{}"));
        QVERIFY(!SecretVault::decode("garbage"));
    }

    void errorTextsNeverCarryTheAuthorizationHeader()
    {
        const ApiError error = errorFromReply(
            QNetworkReply::AuthenticationRequiredError, 401,
            "{\"error\": \"Unauthorized\", \"message\": \"invalid JWT: signature\"}", "rid", {});
        QVERIFY(!error.describe().contains(QStringLiteral("Bearer")));
    }
};

QTEST_GUILESS_MAIN(TestApiSecrets)
#include "tst_api_secrets.moc"
