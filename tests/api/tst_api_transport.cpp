// The shared request machinery against a scripted network whose replies
// answer asynchronously: timeouts, malformed bodies, 429 with and without
// Retry-After, 5xx then success, refused connections, 401 and a re-minted
// JWT, and writes that are never repeated blindly.

#include "api/ContactRequests.h"
#include "api/ContactV2Requests.h"
#include "api/DirectoryRequests.h"
#include "api/HeymarketClient.h"
#include "core/Jwt.h"
#include "tests/common/FakeNetwork.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace ContactDesk;
using namespace ContactDesk::Api;
using namespace ContactDesk::Tests;

namespace {

HeymarketClient::Config
fastConfig(Credentials credentials = Credentials::fromApiKey(QStringLiteral("k")))
{
    HeymarketClient::Config config;
    config.baseUrl = QUrl(QStringLiteral("https://api.example.test"));
    config.credentials = std::move(credentials);
    config.timeoutMs = 200;
    config.retry.baseDelayMs = 5;
    config.retry.maxDelayMs = 50;
    config.retry.maxAttempts = 4;
    return config;
}

bool run(ApiRequest &request, int timeoutMs = 10000)
{
    QSignalSpy finished(&request, &ApiRequest::finished);
    request.start();
    return finished.wait(timeoutMs) && finished.size() == 1;
}

const QByteArray contactPage =
    "[{\"id\": 1, \"phone\": \"14155550100\", \"updated\": \"2026-01-01T00:00:00Z\"}]";

} // namespace

class TestApiTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void droppedRequestsFreeTheirPlaceAtOnce()
    {
        FakeNetworkManager network([](const RecordedRequest &) { return FakeResponse::hanging(); });
        HeymarketClient client(&network, fastConfig());
        RequestGroup group;
        int callbacks = 0;
        for (int i = 0; i < 3; ++i)
            client.send(new CountContactsRequest(&client, {}), &group,
                        [&callbacks](const CountContactsRequest &) { ++callbacks; });
        QTRY_COMPARE(client.scheduler().inFlight(), 3);
        QCOMPARE(group.size(), 3);
        group.dropAll();
        // Gone now, not on the next turn of the event loop: the client may
        // be destroyed right after (an account switch), and no callback runs.
        QCOMPARE(group.size(), 0);
        QCOMPARE(client.scheduler().inFlight(), 0);
        QCOMPARE(client.scheduler().queued(), 0);
        QCOMPARE(callbacks, 0);
    }

    void aRequestThatOutlivesItsClientEndsAborted()
    {
        FakeNetworkManager network([](const RecordedRequest &) { return FakeResponse::hanging(); });
        QObject owner; // outlives the client, as a dialog may
        std::optional<ApiError::Kind> kind;
        {
            HeymarketClient client(&network, fastConfig());
            client.send(
                new CountContactsRequest(&client, {}), &owner,
                [&kind](const CountContactsRequest &request) { kind = request.error().kind; });
            QTRY_COMPARE(client.scheduler().inFlight(), 1);
        } // the client goes; its request must not reach the scheduler later
        QCOMPARE(kind.value_or(ApiError::Kind::None), ApiError::Kind::Aborted);
        // The deferred deletion of the finished request runs without the client.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    void sendsJsonWithAuthorizationToTheRightPath()
    {
        FakeNetworkManager network(
            [](const RecordedRequest &) { return FakeResponse::json(200, contactPage); });
        HeymarketClient client(&network, fastConfig());
        ListContactsRequest request(&client,
                                    {QStringLiteral("2026-04-12T15:30:00Z"), 2, 30, false, 101});
        QVERIFY(run(request));
        QVERIFY2(!request.error().isError(), qPrintable(request.error().describe()));
        QCOMPARE(request.contacts().size(), 1);
        const RecordedRequest &sent = network.requests().at(0);
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.url.toString(), QStringLiteral("https://api.example.test/v1/contacts"));
        QCOMPARE(sent.header("Authorization"), QByteArray("Bearer k"));
        QCOMPARE(sent.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
        QCOMPARE(body.value(QStringLiteral("date")).toString(),
                 QStringLiteral("2026-04-12T15:30:00Z"));
        QCOMPARE(body.value(QStringLiteral("page")).toInt(), 2);
        QCOMPARE(body.value(QStringLiteral("assigned")).toInteger(), 101);
    }

    void hangingReplyEndsInATimeout()
    {
        FakeNetworkManager network([](const RecordedRequest &) { return FakeResponse::hanging(); });
        HeymarketClient::Config config = fastConfig();
        config.timeoutMs = 100;
        config.retry.maxAttempts = 2;
        HeymarketClient client(&network, config);
        GetTeamRequest request(&client);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(run(request));
        QCOMPARE(request.error().kind, ApiError::Kind::Timeout);
        QCOMPARE(request.attempts(), 2); // a GET is retried
        QCOMPARE(network.requests().size(), 2);
        QVERIFY(timer.elapsed() >= 180); // two attempts of ~100 ms (timers may fire a little early)
        QVERIFY(request.error().describe().contains(QStringLiteral("in time")));
    }

    void malformedJsonIsABadResponse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << QByteArray("[{\"id\": 1,");
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("wrong shape") << QByteArray("{\"id\": 1}");
        QTest::newRow("string") << QByteArray("\"ok\"");
        QTest::newRow("element without id") << QByteArray("[{\"phone\": \"1\"}]");
    }
    void malformedJsonIsABadResponse()
    {
        QFETCH(QByteArray, body);
        FakeNetworkManager network(
            [body](const RecordedRequest &) { return FakeResponse::json(200, body); });
        HeymarketClient client(&network, fastConfig());
        ListContactsRequest request(&client, {});
        QVERIFY(run(request));
        QCOMPARE(request.error().kind, ApiError::Kind::BadResponse);
        QVERIFY(!request.error().message.isEmpty());
        QVERIFY(request.contacts().isEmpty());
        QCOMPARE(network.requests().size(), 1); // not retried: the answer would be the same
    }

    void rateLimitedWithRetryAfterWaitsThatLong()
    {
        int calls = 0;
        FakeNetworkManager network([&calls](const RecordedRequest &) {
            if (++calls == 1)
                return FakeResponse{429,
                                    "{\"error\": \"rate_limited\"}",
                                    {{"Retry-After", "1"}},
                                    QNetworkReply::NoError,
                                    0,
                                    false};
            return FakeResponse::json(200, contactPage);
        });
        HeymarketClient client(&network, fastConfig());
        ListContactsRequest request(&client, {});
        QElapsedTimer timer;
        timer.start();
        QVERIFY(run(request));
        QVERIFY2(!request.error().isError(), qPrintable(request.error().describe()));
        QVERIFY2(timer.elapsed() >= 990, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(calls, 2);
    }

    void rateLimitedWithoutRetryAfterBacksOff()
    {
        int calls = 0;
        FakeNetworkManager network([&calls](const RecordedRequest &) {
            return ++calls < 3 ? FakeResponse::json(429, "{}")
                               : FakeResponse::json(200, contactPage);
        });
        HeymarketClient client(&network, fastConfig());
        ListContactsRequest request(&client, {});
        QVERIFY(run(request));
        QVERIFY(!request.error().isError());
        QCOMPARE(calls, 3);
        QCOMPARE(request.attempts(), 3);
    }

    void serverErrorThenSuccess()
    {
        int calls = 0;
        FakeNetworkManager network([&calls](const RecordedRequest &) {
            return ++calls == 1 ? FakeResponse::json(500, "{\"message\": \"boom\"}")
                                : FakeResponse::json(200, "{\"count\": 5}");
        });
        HeymarketClient client(&network, fastConfig());
        CountContactsRequest request(&client);
        QVERIFY(run(request));
        QVERIFY(!request.error().isError());
        QCOMPARE(request.count(), 5);
        QCOMPARE(calls, 2);
    }

    void persistentServerErrorsGiveUpWithTheServersMessage()
    {
        FakeNetworkManager network([](const RecordedRequest &) {
            return FakeResponse{503,
                                "{\"message\": \"maintenance\"}",
                                {{"X-Request-Id", "rid-9"}},
                                QNetworkReply::NoError,
                                0,
                                false};
        });
        HeymarketClient client(&network, fastConfig());
        GetTeamRequest request(&client);
        QVERIFY(run(request));
        QCOMPARE(request.error().kind, ApiError::Kind::Server);
        QCOMPARE(request.error().message, QStringLiteral("maintenance"));
        QCOMPARE(request.error().requestId, QByteArray("rid-9"));
        QCOMPARE(network.requests().size(), 4); // maxAttempts
    }

    void connectionRefused()
    {
        FakeNetworkManager network([](const RecordedRequest &) { return FakeResponse::refused(); });
        HeymarketClient client(&network, fastConfig());
        ListInboxesRequest request(&client);
        QVERIFY(run(request));
        QCOMPARE(request.error().kind, ApiError::Kind::Network);
        QCOMPARE(network.requests().size(), 4);
    }

    void clientErrorsAreNotRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("400") << 400 << int(ApiError::Kind::BadRequest);
        QTest::newRow("403") << 403 << int(ApiError::Kind::Forbidden);
        QTest::newRow("404") << 404 << int(ApiError::Kind::NotFound);
        QTest::newRow("401 with an API key") << 401 << int(ApiError::Kind::Unauthorized);
    }
    void clientErrorsAreNotRetried()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        FakeNetworkManager network([status](const RecordedRequest &) {
            return FakeResponse::json(
                status,
                "{\"error\": \"bad_data\", \"message\": \"must be digits\", \"field\": \"phone\"}");
        });
        HeymarketClient client(&network, fastConfig());
        GetContactRequest request(&client, 5);
        QVERIFY(run(request));
        QCOMPARE(int(request.error().kind), kind);
        QCOMPARE(request.error().field, QStringLiteral("phone"));
        QCOMPARE(network.requests().size(), 1);
    }

    void jwtIsWellFormedAndRemintedOnceAfter401()
    {
        qint64 clock = 1700000000;
        int calls = 0;
        QList<QByteArray> tokens;
        FakeNetworkManager network([&](const RecordedRequest &request) {
            ++calls;
            const QByteArray authorization = request.header("Authorization");
            tokens.append(authorization);
            const auto verification =
                Jwt::verify(authorization.mid(7), 1700000000 + 10, [](const QString &iss) {
                    return iss == QLatin1String("sid")
                               ? std::optional<QString>(QStringLiteral("sk"))
                               : std::nullopt;
                });
            if (!verification.ok)
                return FakeResponse::json(500, "{}");
            return calls == 1 ? FakeResponse::json(401, "{\"error\": \"Unauthorized\"}")
                              : FakeResponse::json(200, "[]");
        });
        HeymarketClient client(&network, fastConfig(Credentials::fromSecret(QStringLiteral("sid"),
                                                                            QStringLiteral("sk"))));
        client.wallClockSeconds = [&clock] { return clock++; };
        ListInboxesRequest request(&client);
        QVERIFY(run(request));
        QVERIFY2(!request.error().isError(), qPrintable(request.error().describe()));
        QCOMPARE(calls, 2);
        QVERIFY(tokens.at(0).startsWith("Bearer "));
        QVERIFY(tokens.at(0) != tokens.at(1)); // a fresh token, minted at a later iat
        const QList<QByteArray> parts = tokens.at(1).mid(7).split('.');
        const QJsonObject header =
            QJsonDocument::fromJson(
                QByteArray::fromBase64(parts.at(0), QByteArray::Base64UrlEncoding))
                .object();
        const QJsonObject payload =
            QJsonDocument::fromJson(
                QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding))
                .object();
        QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("HS256"));
        QCOMPARE(payload.value(QStringLiteral("iss")).toString(), QStringLiteral("sid"));
        QCOMPARE(payload.value(QStringLiteral("iat")).toInteger(), 1700000001);

        // A second 401 is final: credentials are wrong, not stale.
        calls = 0;
        network.setHandler([&calls](const RecordedRequest &) {
            ++calls;
            return FakeResponse::json(401, "{\"error\": \"Unauthorized\"}");
        });
        ListInboxesRequest again(&client);
        QVERIFY(run(again));
        QCOMPARE(again.error().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(calls, 2);
    }

    void createThatLostItsAnswerIsLookedUpNotRepeated()
    {
        // The create reaches the server but its answer is lost; the lookup
        // finds the contact, so no second create is sent.
        FakeNetworkManager network([](const RecordedRequest &request) {
            if (request.url.path() == QLatin1String("/v1/contact"))
                return FakeResponse::hanging();
            return FakeResponse::json(
                200, "[{\"id\": 77, \"rev\": 1, \"uuid\": "
                     "\"a1b2c3d4-e5f6-7890-abcd-ef1234567890\", \"phone\": \"14155550100\"}]");
        });
        HeymarketClient client(&network, fastConfig());
        ContactWrite write;
        write.phone = QStringLiteral("14155550100");
        CreateContactRequest request(&client, write);
        QVERIFY(run(request));
        QVERIFY2(!request.error().isError(), qPrintable(request.error().describe()));
        QVERIFY(request.recovered());
        QCOMPARE(request.result().id, 77);
        QCOMPARE(request.result().uuid, QStringLiteral("a1b2c3d4-e5f6-7890-abcd-ef1234567890"));
        QCOMPARE(network.count(QStringLiteral("/v1/contact")), 1);
        QCOMPARE(network.count(QStringLiteral("/v2/contacts/search")), 1);
        const QJsonObject search = QJsonDocument::fromJson(network.requests().at(1).body).object();
        QCOMPARE(search.value(QStringLiteral("contact_channels"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("channel_ids"))
                     .toArray()
                     .at(0)
                     .toString(),
                 QStringLiteral("14155550100"));
    }

    void createThatDidNotHappenIsSentAgain()
    {
        int creates = 0;
        FakeNetworkManager network([&creates](const RecordedRequest &request) {
            if (request.url.path() == QLatin1String("/v1/contact"))
                return ++creates == 1
                           ? FakeResponse::json(502, "{}")
                           : FakeResponse::json(200, "{\"id\": 5, \"rev\": 1, \"uuid\": \"u\"}");
            return FakeResponse::json(200, "[]"); // the lookup finds nothing
        });
        HeymarketClient client(&network, fastConfig());
        ContactWrite write;
        write.phone = QStringLiteral("14155550100");
        CreateContactRequest request(&client, write);
        QVERIFY(run(request));
        QVERIFY(!request.error().isError());
        QVERIFY(!request.recovered());
        QCOMPARE(creates, 2);
        QCOMPARE(request.result().id, 5);
    }

    void createIsNotRepeatedWhenTheLookupFails()
    {
        int creates = 0;
        FakeNetworkManager network([&creates](const RecordedRequest &request) {
            if (request.url.path() == QLatin1String("/v1/contact")) {
                ++creates;
                return FakeResponse::refused();
            }
            return FakeResponse::json(403, "{}");
        });
        HeymarketClient client(&network, fastConfig());
        ContactWrite write;
        write.phone = QStringLiteral("14155550100");
        CreateContactRequest request(&client, write);
        QVERIFY(run(request));
        QCOMPARE(request.error().kind, ApiError::Kind::Network);
        QCOMPARE(creates, 1);
    }

    void repeatedDeleteThatFindsNothingSucceeded()
    {
        int calls = 0;
        FakeNetworkManager network([&calls](const RecordedRequest &) {
            return ++calls == 1 ? FakeResponse::hanging()
                                : FakeResponse::json(404, "{\"error\": \"not_found\"}");
        });
        HeymarketClient client(&network, fastConfig());
        DeleteContactRequest request(&client, 5);
        QVERIFY(run(request));
        QVERIFY2(!request.error().isError(), qPrintable(request.error().describe()));
        QCOMPARE(calls, 2);
    }

    void channelDeleteIsRetriedOnlyWhenTheChannelIsStillThere()
    {
        int deletes = 0;
        FakeNetworkManager network([&deletes](const RecordedRequest &request) {
            if (request.method == "DELETE") {
                ++deletes;
                return FakeResponse::refused();
            }
            // The listing shows the phone is gone: the delete went through.
            return FakeResponse::json(200, "[{\"id\": \"c2\", \"channel_type\": \"email\", "
                                           "\"channel_id\": \"a@example.com\"}]");
        });
        HeymarketClient client(&network, fastConfig());
        DeleteChannelRequest request(&client,
                                     QStringLiteral("a1b2c3d4-e5f6-7890-abcd-ef1234567890"),
                                     QStringLiteral("phone"), QStringLiteral("14155550100"));
        QVERIFY(run(request));
        QVERIFY(!request.error().isError());
        QVERIFY(request.recovered());
        QCOMPARE(deletes, 1);
    }

    void abortFinishesAtOnce()
    {
        FakeNetworkManager network([](const RecordedRequest &) { return FakeResponse::hanging(); });
        HeymarketClient::Config config = fastConfig();
        config.timeoutMs = 60000;
        HeymarketClient client(&network, config);
        GetTeamRequest request(&client);
        QSignalSpy finished(&request, &ApiRequest::finished);
        request.start();
        QTRY_COMPARE(network.requests().size(), 1);
        request.abort();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(request.error().kind, ApiError::Kind::Aborted);
        QCOMPARE(client.scheduler().inFlight(), 0);
    }
};

QTEST_GUILESS_MAIN(TestApiTransport)
#include "tst_api_transport.moc"
