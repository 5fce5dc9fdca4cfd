// The first request type and the pieces every later one shares: error
// mapping, JSON of any shape, credentials.

#include "api/ApiError.h"
#include "api/ContactRequests.h"
#include "api/Credentials.h"
#include "api/HeymarketClient.h"
#include "api/RetryPolicy.h"
#include "core/Jwt.h"
#include "tests/common/SandboxFixture.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

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

    void retryAfter()
    {
        QCOMPARE(parseRetryAfter("7", 0).value_or(-1), 7000);
        QCOMPARE(parseRetryAfter(" 0 ", 0).value_or(-1), 0);
        QVERIFY(!parseRetryAfter("-3", 0));
        QVERIFY(!parseRetryAfter("soon", 0));
        QVERIFY(!parseRetryAfter("", 0));
        const qint64 now =
            QDateTime(QDate(2026, 11, 26), QTime(10, 0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QCOMPARE(parseRetryAfter("Thu, 26 Nov 2026 10:00:30 GMT", now).value_or(-1), 30000);
        // What the server asked, up to a day (the client waits at most
        // maxRetryAfterMs of it: tst_api_hostile, tst_api_scheduler).
        QCOMPARE(parseRetryAfter("3600", 0).value_or(-1), 3600 * 1000);
        QCOMPARE(parseRetryAfter("999999", 0).value_or(-1), 24 * 3600 * 1000);
        QCOMPARE(parseRetryAfter("99999999999999999999", 0).value_or(-1), -1);
    }

    void backoffGrowsWithJitterAndCap()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 100;
        policy.maxDelayMs = 1000;
        policy.jitter = 0.5;
        QRandomGenerator random(7);
        for (int i = 0; i < 200; ++i) {
            const int first = policy.delayMs(1, std::nullopt, random);
            QVERIFY(first >= 50 && first <= 150);
            const int third = policy.delayMs(3, std::nullopt, random);
            QVERIFY(third >= 200 && third <= 600);
            const int late = policy.delayMs(12, std::nullopt, random);
            QVERIFY(late >= 500 && late <= 1000);
            const int told = policy.delayMs(1, 4000, random);
            QVERIFY(told >= 4000 && told < 4025);
        }
        QSet<int> distinct;
        for (int i = 0; i < 50; ++i)
            distinct.insert(policy.delayMs(2, std::nullopt, random));
        QVERIFY(distinct.size() > 10); // jitter spreads retries out
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
        HeymarketClient::Config config;
        config.baseUrl = sandbox.baseUrl();
        config.credentials = Credentials::fromApiKey(QString::fromLatin1(SandboxFixture::apiKey));
        config.timeoutMs = 10000;
        HeymarketClient client(&network, config);
        CountContactsRequest request(&client);
        QSignalSpy finished(&request, &ApiRequest::finished);
        request.start();
        QVERIFY(finished.wait(10000));
        QVERIFY2(!request.error().isError(), qPrintable(request.error().describe()));
        QCOMPARE(request.count(), 123);
        QCOMPARE(request.error().httpStatus, 200);
        QVERIFY(!request.error().requestId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiBasics)
#include "tst_api_basics.moc"
