// The first request type and the pieces every later one shares: error
// mapping, JSON of any shape, credentials.

#include "ApiError.h"
#include "ContactCountRequest.h"
#include "Credentials.h"
#include "Jwt.h"
#include "SandboxFixture.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace ContactDesk;
using namespace ContactDesk::Api;
using namespace ContactDesk::Tests;

class TestApiBasics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseAnyJsonValue()
    {
        QCOMPARE(parseJsonValue("\"ok\"")->toString(), QStringLiteral("ok"));
        QCOMPARE(parseJsonValue("42")->toInteger(), 42);
        QVERIFY(parseJsonValue("{\"a\":1}")->isObject());
        QVERIFY(parseJsonValue("[]")->isArray());
        QVERIFY(!parseJsonValue("ok"));
        QVERIFY(!parseJsonValue("{"));
        QVERIFY(!parseJsonValue("1,2"));
        QVERIFY(!parseJsonValue(""));
    }

    void decodeCount()
    {
        QCOMPARE(
            ContactCountRequest::decode(QJsonObject{{QStringLiteral("count"), 12}}).value_or(-1),
            12);
        QCOMPARE(ContactCountRequest::decode(QJsonValue(7)).value_or(-1), 7);
        QCOMPARE(
            ContactCountRequest::decode(QJsonObject{{QStringLiteral("total"), 3}}).value_or(-1), 3);
        QVERIFY(!ContactCountRequest::decode(QJsonValue(QStringLiteral("12"))));
        QVERIFY(!ContactCountRequest::decode(QJsonValue(-1)));
        QVERIFY(!ContactCountRequest::decode(QJsonValue(1.5)));
        QVERIFY(!ContactCountRequest::decode(QJsonObject()));
    }

    void errorMapping_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("network");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("field");
        QTest::newRow("ok") << 200 << int(QNetworkReply::NoError) << QByteArray("{}")
                            << int(ApiError::Kind::None) << QString() << QString();
        QTest::newRow("400 object")
            << 400 << int(QNetworkReply::ContentOperationNotPermittedError)
            << QByteArray(R"({"error":"bad_data","message":"must be digits","field":"phone"})")
            << int(ApiError::Kind::BadRequest) << QStringLiteral("must be digits")
            << QStringLiteral("phone");
        QTest::newRow("400 text") << 400 << int(QNetworkReply::ContentOperationNotPermittedError)
                                  << QByteArray("Invalid phone") << int(ApiError::Kind::BadRequest)
                                  << QStringLiteral("Invalid phone") << QString();
        QTest::newRow("401") << 401 << int(QNetworkReply::AuthenticationRequiredError)
                             << QByteArray(R"({"error":"Unauthorized"})")
                             << int(ApiError::Kind::Unauthorized) << QStringLiteral("Unauthorized")
                             << QString();
        QTest::newRow("403") << 403 << 0 << QByteArray() << int(ApiError::Kind::Forbidden)
                             << QString() << QString();
        QTest::newRow("404") << 404 << 0 << QByteArray() << int(ApiError::Kind::NotFound)
                             << QString() << QString();
        QTest::newRow("429") << 429 << 0 << QByteArray() << int(ApiError::Kind::RateLimited)
                             << QString() << QString();
        QTest::newRow("503") << 503 << 0 << QByteArray("down") << int(ApiError::Kind::Server)
                             << QStringLiteral("down") << QString();
        QTest::newRow("refused") << 0 << int(QNetworkReply::ConnectionRefusedError) << QByteArray()
                                 << int(ApiError::Kind::Network) << QStringLiteral("net says")
                                 << QString();
        QTest::newRow("timeout") << 0 << int(QNetworkReply::OperationCanceledError) << QByteArray()
                                 << int(ApiError::Kind::Timeout) << QStringLiteral("net says")
                                 << QString();
    }
    void errorMapping()
    {
        QFETCH(int, status);
        QFETCH(int, network);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, message);
        QFETCH(QString, field);
        const ApiError error = errorFromReply(static_cast<QNetworkReply::NetworkError>(network),
                                              status, body, "rid-1", QStringLiteral("net says"));
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.requestId, QByteArray("rid-1"));
        if (kind != int(ApiError::Kind::None)) {
            QCOMPARE(error.message, message);
            QCOMPARE(error.field, field);
            QVERIFY(error.describe().contains(QStringLiteral("rid-1")));
        }
    }

    void credentials()
    {
        QCOMPARE(Credentials::fromApiKey(QStringLiteral("k")).authorization(0),
                 QByteArray("Bearer k"));
        const QByteArray jwt = Credentials::fromSecret(QStringLiteral("sid"), QStringLiteral("sk"))
                                   .authorization(1700000000);
        QVERIFY(jwt.startsWith("Bearer "));
        QCOMPARE(jwt.mid(7), Jwt::mint(QStringLiteral("sid"), QStringLiteral("sk"), 1700000000));
        QVERIFY(!Credentials().isValid());
        QVERIFY(!Credentials::fromSecret(QStringLiteral("sid"), QString()).isValid());
    }

    void countAgainstTheSandbox()
    {
        SandboxFixture sandbox(123);
        QVERIFY(sandbox.isRunning());
        QNetworkAccessManager network;
        ContactCountRequest request(
            {&network, sandbox.baseUrl(),
             Credentials::fromApiKey(QString::fromLatin1(SandboxFixture::apiKey)), 10000});
        QSignalSpy finished(&request, &ApiRequest::finished);
        request.start();
        QVERIFY(finished.wait(10000));
        QVERIFY2(!request.error().isError(), qPrintable(request.error().describe()));
        QCOMPARE(request.count(), 123);
        QCOMPARE(request.error().httpStatus, 200);
        QVERIFY(!request.error().requestId.isEmpty());
    }

    void countErrorsAreTyped()
    {
        SandboxFixture sandbox(1);
        QNetworkAccessManager network;
        ContactCountRequest refused(
            {&network, sandbox.baseUrl(), Credentials::fromApiKey(QStringLiteral("wrong")), 10000});
        QSignalSpy finished(&refused, &ApiRequest::finished);
        refused.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(refused.error().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(refused.error().httpStatus, 401);
        QVERIFY(!refused.error().requestId.isEmpty());

        QUrl nowhere = sandbox.baseUrl();
        nowhere.setPort(1); // nothing listens there
        ContactCountRequest unreachable(
            {&network, nowhere, Credentials::fromApiKey(QStringLiteral("k")), 10000});
        QSignalSpy unreachableFinished(&unreachable, &ApiRequest::finished);
        unreachable.start();
        QVERIFY(unreachableFinished.wait(10000));
        QCOMPARE(unreachable.error().kind, ApiError::Kind::Network);

        sandbox.server().setLatencyMs(2000);
        ContactCountRequest slow(
            {&network, sandbox.baseUrl(),
             Credentials::fromApiKey(QString::fromLatin1(SandboxFixture::apiKey)), 200});
        QSignalSpy slowFinished(&slow, &ApiRequest::finished);
        slow.start();
        QVERIFY(slowFinished.wait(10000));
        QCOMPARE(slow.error().kind, ApiError::Kind::Timeout);
    }
};

QTEST_GUILESS_MAIN(TestApiBasics)
#include "tst_api_basics.moc"
