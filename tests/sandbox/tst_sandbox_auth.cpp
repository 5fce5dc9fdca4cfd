// Authentication: team API key, HS256 JWTs from a Secret ID/Key, and every
// way to get it wrong.

#include "core/Jwt.h"
#include "tests/common/SandboxFixture.h"

#include <QDateTime>
#include <QTest>

using namespace ContactDesk;
using namespace ContactDesk::Tests;

class TestSandboxAuth : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;

    HttpResult callWith(const QByteArray &authorization)
    {
        HttpClient client(m_sandbox->baseUrl());
        if (!authorization.isNull())
            client.setAuthorization(authorization);
        return client.call("GET", QStringLiteral("/v1/inboxes"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        Sandbox::Options options;
        options.apiKeys = {QStringLiteral("team-key-1"), QStringLiteral("team-key-2")};
        options.secrets.insert(QStringLiteral("sid-1"), QStringLiteral("secret-one"));
        options.secrets.insert(QStringLiteral("sid-2"), QStringLiteral("secret-two"));
        m_sandbox = std::make_unique<SandboxFixture>(3, options);
        QVERIFY(m_sandbox->isRunning());
    }

    void accepted_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QTest::newRow("api key") << QByteArray("Bearer team-key-1");
        QTest::newRow("second api key") << QByteArray("Bearer team-key-2");
        QTest::newRow("lower-case scheme") << QByteArray("bearer team-key-1");
        QTest::newRow("basic with key as user")
            << QByteArray("Basic " + QByteArray("team-key-1:").toBase64());
        QTest::newRow("fresh jwt")
            << "Bearer " + Jwt::mint(QStringLiteral("sid-1"), QStringLiteral("secret-one"), now);
        QTest::newRow("second secret")
            << "Bearer " + Jwt::mint(QStringLiteral("sid-2"), QStringLiteral("secret-two"), now);
        QTest::newRow("jwt 4 minutes old")
            << "Bearer " +
                   Jwt::mint(QStringLiteral("sid-1"), QStringLiteral("secret-one"), now - 240);
        QTest::newRow("jwt slight clock skew")
            << "Bearer " +
                   Jwt::mint(QStringLiteral("sid-1"), QStringLiteral("secret-one"), now + 20);
    }
    void accepted()
    {
        QFETCH(QByteArray, authorization);
        const HttpResult result = callWith(authorization);
        QCOMPARE(result.status, 200);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("message");
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QTest::newRow("no header") << QByteArray() << QStringLiteral("missing");
        QTest::newRow("wrong key")
            << QByteArray("Bearer team-key-3") << QStringLiteral("not valid");
        QTest::newRow("no scheme") << QByteArray("team-key-1") << QStringLiteral("Bearer");
        QTest::newRow("empty bearer") << QByteArray("Bearer ") << QStringLiteral("Bearer");
        QTest::newRow("wrong basic")
            << QByteArray("Basic " + QByteArray("nope:").toBase64()) << QStringLiteral("not valid");
        QTest::newRow("expired jwt")
            << "Bearer " +
                   Jwt::mint(QStringLiteral("sid-1"), QStringLiteral("secret-one"), now - 301)
            << QStringLiteral("expired");
        QTest::newRow("jwt from the future")
            << "Bearer " +
                   Jwt::mint(QStringLiteral("sid-1"), QStringLiteral("secret-one"), now + 600)
            << QStringLiteral("future");
        QTest::newRow("jwt bad signature")
            << "Bearer " + Jwt::mint(QStringLiteral("sid-1"), QStringLiteral("secret-two"), now)
            << QStringLiteral("signature");
        QTest::newRow("jwt unknown secret id")
            << "Bearer " + Jwt::mint(QStringLiteral("sid-9"), QStringLiteral("secret-one"), now)
            << QStringLiteral("not known");
        QTest::newRow("garbage jwt") << QByteArray("Bearer aaa.bbb.ccc") << QStringLiteral("JWT");
    }
    void refused()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QString, message);
        const HttpResult result = callWith(authorization);
        QCOMPARE(result.status, 401);
        QCOMPARE(result.object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("Unauthorized"));
        QVERIFY2(result.object().value(QStringLiteral("message")).toString().contains(message),
                 result.raw.constData());
        QVERIFY(result.header("WWW-Authenticate").startsWith("Bearer"));
        QVERIFY(!result.header("X-Request-Id").isEmpty());
        QVERIFY(!result.raw.contains("secret-one"));
        QVERIFY(!result.raw.contains("team-key"));
    }

    void refusedRequestsChangeNothing()
    {
        HttpClient client(m_sandbox->baseUrl());
        client.setAuthorization("Bearer wrong");
        const qint64 before = m_sandbox->server().contactCount();
        const HttpResult result =
            client.call("POST", QStringLiteral("/v1/contact"),
                        QJsonObject{{QStringLiteral("phone"), QStringLiteral("14155550123")}});
        QCOMPARE(result.status, 401);
        QCOMPARE(m_sandbox->server().contactCount(), before);
    }

    void jwtAgeIsJudgedByTheSandboxClock()
    {
        Sandbox::Options options;
        options.secrets.insert(QStringLiteral("sid-1"), QStringLiteral("secret-one"));
        SandboxFixture sandbox(0, options);
        QVERIFY(sandbox.isRunning());
        const qint64 sandboxNow = 1893456000; // 2030-01-01T00:00:00Z
        sandbox.setClock(sandboxNow * 1000);
        const auto callWithToken = [&sandbox](qint64 issuedAt) {
            HttpClient client(sandbox.baseUrl());
            client.setAuthorization("Bearer " + Jwt::mint(QStringLiteral("sid-1"),
                                                          QStringLiteral("secret-one"), issuedAt));
            return client.call("GET", QStringLiteral("/v1/inboxes"));
        };
        QCOMPARE(callWithToken(sandboxNow).status, 200);
        QCOMPARE(callWithToken(sandboxNow - 240).status, 200);
        const HttpResult expired = callWithToken(sandboxNow - 301);
        QCOMPARE(expired.status, 401);
        QVERIFY2(expired.object()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("expired")),
                 expired.raw.constData());
        sandbox.advanceClock(-300 * 1000); // a token that was fresh is from the future now
        QCOMPARE(callWithToken(sandboxNow).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandbox_auth.moc"
