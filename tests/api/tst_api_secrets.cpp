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
        vault.store(QStringLiteral("team-7"),
                    Credentials::fromSecret(QStringLiteral("sid"), QStringLiteral("sk")),
                    [&](bool p) {
                        stored = true;
                        persistent = p;
                    });
        QTRY_VERIFY(stored);
        QVERIFY(persistent);
        QVERIFY(vault.isPersistent());
        QVERIFY(vault.notice().isEmpty());
        QVERIFY(memory->entries.contains(QStringLiteral("team-7")));

        // A new vault over the same keychain (a later session) reads it back.
        auto again = std::make_unique<MemoryBackend>();
        again->entries = memory->entries;
        SecretVault later(std::move(again));
        std::optional<Credentials> loaded;
        bool done = false;
        later.load(QStringLiteral("team-7"), [&](std::optional<Credentials> c) {
            loaded = c;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(loaded);
        QCOMPARE(loaded->secretId, QStringLiteral("sid"));
        QCOMPARE(loaded->secretKey, QStringLiteral("sk"));

        done = false;
        later.load(QStringLiteral("unknown"), [&](std::optional<Credentials> c) {
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
        vault.store(QStringLiteral("team-7"),
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
        vault.load(QStringLiteral("team-7"), [&](std::optional<Credentials> c) {
            loaded = c;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(loaded->apiKey, QStringLiteral("team-key-123"));
        // Once known missing, the keychain is not asked again.
        const int writes = memory->writes;
        bool second = false;
        vault.store(QStringLiteral("team-8"), Credentials::fromApiKey(QStringLiteral("k2")),
                    [&](bool) { second = true; });
        QVERIFY(second);
        QCOMPARE(memory->writes, writes);

        bool removed = false;
        vault.remove(QStringLiteral("team-7"), [&] { removed = true; });
        QVERIFY(removed);
        done = false;
        vault.load(QStringLiteral("team-7"), [&](std::optional<Credentials> c) {
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
        vault.store(QStringLiteral("probe"),
                    Credentials::fromApiKey(QStringLiteral("very-secret-value")),
                    [&](bool) { stored = true; });
        QTRY_VERIFY_WITH_TIMEOUT(stored, 30000);
        std::optional<Credentials> loaded;
        bool done = false;
        vault.load(QStringLiteral("probe"), [&](std::optional<Credentials> c) {
            loaded = c;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY(loaded);
        QCOMPARE(loaded->apiKey, QStringLiteral("very-secret-value"));
        QVERIFY(vault.isPersistent() == vault.notice().isEmpty());
        bool removed = false;
        vault.remove(QStringLiteral("probe"), [&] { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 30000);
        const QStringList files =
            QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("very-secret-value"), qPrintable(name));
        }
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
