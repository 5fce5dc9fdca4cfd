// What the client refuses, against hostile or broken servers: plain http to
// a server that is not this computer (nothing leaves), Authorization on a
// redirect to another origin, answers larger than the cap, a server that
// drips one byte at a time, a Retry-After of an hour, and the sandbox's
// readers given numbers no integer can hold.

#include "api/DirectoryRequests.h"
#include "api/HeymarketClient.h"
#include "sandbox/ContactCodec.h"
#include "tests/common/FakeNetwork.h"
#include "tests/common/SandboxFixture.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <cmath>
#include <functional>
#include <limits>

using namespace ContactDesk;
using namespace ContactDesk::Api;
using namespace ContactDesk::Tests;

namespace {

const QByteArray teamJson = "{\"id\": 1, \"name\": \"Team\", \"members\": []}";

// A loopback HTTP/1.1 server for one test. It keeps the head of every
// request it reads (request line and headers) and hands the socket to
// `respond`, which writes the answer as the test needs: at once, a byte at
// a time, or without end.
class TestServer
{
public:
    using Respond = std::function<void(QTcpSocket *socket, const QByteArray &head)>;

    explicit TestServer(Respond respond)
        : m_respond(std::move(respond))
    {
        m_ok = m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                accept(socket);
        });
    }

    bool isListening() const { return m_ok; }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &host = QStringLiteral("127.0.0.1")) const
    {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(host);
        url.setPort(port());
        return url;
    }
    const QList<QByteArray> &heads() const { return m_heads; }
    int withAuthorization() const
    {
        int count = 0;
        for (const QByteArray &head : m_heads)
            count += head.toLower().contains("\r\nauthorization:") ? 1 : 0;
        return count;
    }

private:
    void accept(QTcpSocket *socket)
    {
        auto *buffer = new QByteArray;
        QObject::connect(socket, &QObject::destroyed, socket, [buffer] { delete buffer; });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            // A GET carries no body: a request ends with its head.
            for (qsizetype end = buffer->indexOf("\r\n\r\n"); end >= 0;
                 end = buffer->indexOf("\r\n\r\n")) {
                const QByteArray head = buffer->left(end + 2);
                buffer->remove(0, end + 4);
                m_heads.append(head);
                m_respond(socket, head);
            }
        });
    }

    QTcpServer m_server;
    Respond m_respond;
    QList<QByteArray> m_heads;
    bool m_ok = false;
};

QByteArray answer(const QByteArray &status, const QByteArray &body, const QByteArray &headers = {})
{
    return "HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n" + headers + "\r\n" + body;
}

HeymarketClient::Config configFor(const QUrl &url)
{
    HeymarketClient::Config config;
    config.baseUrl = url;
    config.credentials = Credentials::fromApiKey(QStringLiteral("the-team-key"));
    config.timeoutMs = 10000;
    config.retry.baseDelayMs = 5;
    config.retry.maxDelayMs = 50;
    config.retry.maxAttempts = 1;
    config.limits.perMinute = 0;
    return config;
}

bool run(ApiRequest &request, int timeoutMs = 20000)
{
    QSignalSpy finished(&request, &ApiRequest::finished);
    request.start();
    return finished.wait(timeoutMs) && finished.size() == 1;
}

} // namespace

class TestApiHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainHttpOnlyToThisComputer_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://api.example.test" << true;
        QTest::newRow("http loopback") << "http://127.0.0.1:8080" << true;
        QTest::newRow("http 127/8") << "http://127.4.5.6:99" << true;
        QTest::newRow("http localhost") << "http://LocalHost:4000" << true;
        QTest::newRow("http ::1") << "http://[::1]:4000" << true;
        QTest::newRow("http host") << "http://x.test" << false;
        QTest::newRow("http LAN address") << "http://192.168.1.10:8080" << false;
        QTest::newRow("http ::2") << "http://[::2]:4000" << false;
        QTest::newRow("http localhost lookalike") << "http://localhost.evil.test" << false;
        QTest::newRow("http 127 lookalike") << "http://127.0.0.1.evil.test" << false;
        QTest::newRow("another scheme") << "ftp://x.test" << false;
        QTest::newRow("no host") << "https:///v1" << false;
    }
    void plainHttpOnlyToThisComputer()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        FakeNetworkManager network(
            [](const RecordedRequest &) { return FakeResponse::json(200, teamJson); });
        HeymarketClient client(&network, configFor(QUrl(url)));
        GetTeamRequest request(&client);
        QVERIFY(run(request));
        if (allowed) {
            QVERIFY2(!request.error().isError(), qPrintable(request.error().describe()));
            QCOMPARE(network.requests().size(), 1);
            QVERIFY(!insecureUrlProblem(QUrl(url)));
            return;
        }
        QCOMPARE(request.error().kind, ApiError::Kind::Insecure);
        QVERIFY(!request.error().isTransient());
        QVERIFY2(request.error().message.contains(QUrl(url).toDisplayString()),
                 qPrintable(request.error().message));
        QVERIFY(request.error().describe().contains(request.error().message));
        QCOMPARE(request.attempts(), 0);
        QCOMPARE(network.requests().size(), 0); // nothing left, the key least of all
        QCOMPARE(client.scheduler().inFlight(), 0);
    }

    void theMessageNamesTheUrlAndHttps()
    {
        const auto problem = insecureUrlProblem(QUrl(QStringLiteral("http://x.test")));
        QVERIFY(problem);
        QVERIFY2(problem->contains(QStringLiteral("HTTPS")), qPrintable(*problem));
        QVERIFY2(problem->contains(QStringLiteral("http://x.test is not https")),
                 qPrintable(*problem));
        // A password in the URL is not repeated in the message.
        const auto withPassword =
            insecureUrlProblem(QUrl(QStringLiteral("http://user:hunter2@x.test")));
        QVERIFY(withPassword && !withPassword->contains(QStringLiteral("hunter2")));
    }

    void authorizationNeverFollowsARedirectToAnotherOrigin_data()
    {
        QTest::addColumn<bool>("otherPort");
        QTest::newRow("to another port") << true;
        QTest::newRow("to another host name, same port") << false;
    }
    void authorizationNeverFollowsARedirectToAnotherOrigin()
    {
        QFETCH(bool, otherPort);
        TestServer elsewhere([](QTcpSocket *socket, const QByteArray &) {
            socket->write(answer("200 OK", teamJson));
        });
        QUrl target;
        // The first server redirects every request it gets; when the target
        // is itself under another name, the second request lands here too.
        TestServer first([&target](QTcpSocket *socket, const QByteArray &head) {
            if (head.contains("\r\nHost: 127.0.0.1"))
                socket->write(
                    answer("302 Found", "{}", "Location: " + target.toEncoded() + "\r\n"));
            else
                socket->write(answer("200 OK", teamJson));
        });
        QVERIFY(elsewhere.isListening() && first.isListening());
        target = (otherPort ? elsewhere.url() : first.url(QStringLiteral("localhost")))
                     .resolved(QUrl(QStringLiteral("/v1/team")));

        QNetworkAccessManager network;
        HeymarketClient client(&network, configFor(first.url()));
        GetTeamRequest request(&client);
        QVERIFY(run(request));
        QCOMPARE(request.error().kind, ApiError::Kind::Insecure);
        QVERIFY2(request.error().message.contains(target.toDisplayString()),
                 qPrintable(request.error().message));
        QVERIFY2(request.error().message.contains(QStringLiteral("Settings")),
                 qPrintable(request.error().message));
        QCOMPARE(request.attempts(), 1); // not retried: the server moved
        // The configured server saw the key; the redirect target never did,
        // nor got a request at all.
        QVERIFY(first.withAuthorization() >= 1);
        QCOMPARE(elsewhere.heads().size(), 0);
        for (const QByteArray &head : first.heads())
            QVERIFY2(head.contains("\r\nHost: 127.0.0.1:"), head.constData());
        QCOMPARE(client.scheduler().inFlight(), 0);
    }

    void aRedirectOnTheSameServerIsFollowed()
    {
        TestServer server([](QTcpSocket *socket, const QByteArray &head) {
            if (head.startsWith("GET /v1/team "))
                socket->write(answer("301 Moved Permanently", "{}", "Location: /v1/team2\r\n"));
            else
                socket->write(answer("200 OK", teamJson));
        });
        QVERIFY(server.isListening());
        QNetworkAccessManager network;
        HeymarketClient client(&network, configFor(server.url()));
        GetTeamRequest request(&client);
        QVERIFY(run(request));
        QVERIFY2(!request.error().isError(), qPrintable(request.error().describe()));
        QCOMPARE(request.team().name, QStringLiteral("Team"));
        // (Qt may send the first request twice on its keep-alive connection.)
        QVERIFY(server.heads().size() >= 2);
        QVERIFY(server.heads().last().startsWith("GET /v1/team2 "));
        QCOMPARE(server.withAuthorization(), server.heads().size());
    }

    void anAnswerPastTheCapIsAbortedAsItArrives_data()
    {
        QTest::addColumn<bool>("announced");
        QTest::newRow("no Content-Length") << false;
        QTest::newRow("Content-Length over the cap") << true;
    }
    void anAnswerPastTheCapIsAbortedAsItArrives()
    {
        QFETCH(bool, announced);
        // Streams spaces (valid JSON whitespace) until the client hangs up,
        // or 48 MiB at most, whatever the client does.
        constexpr qint64 streamLimit = qint64(48) * 1024 * 1024;
        qint64 written = 0;
        bool hungUp = false;
        TestServer server([&](QTcpSocket *socket, const QByteArray &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n");
            socket->write(announced ? QByteArray("Content-Length: 50331648\r\n\r\n")
                                    : QByteArray("Connection: close\r\n\r\n"));
            // A chunk per turn of a 1 ms timer (64 MiB/s): this server shares
            // the client's thread, and writing on every bytesWritten would
            // keep that thread from reading the client's progress at all.
            const QByteArray chunk(64 * 1024, ' ');
            auto *pace = new QTimer(socket);
            QObject::connect(pace, &QTimer::timeout, socket, [&written, socket, chunk] {
                if (written < streamLimit && socket->bytesToWrite() < 4 * chunk.size()) {
                    socket->write(chunk);
                    written += chunk.size();
                }
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket,
                             [&hungUp] { hungUp = true; });
            pace->start(1);
        });
        QVERIFY(server.isListening());
        QNetworkAccessManager network;
        HeymarketClient::Config config = configFor(server.url());
        config.replyLimitBytes = 1024 * 1024;
        HeymarketClient client(&network, config);
        GetTeamRequest request(&client);
        QVERIFY(run(request));
        QCOMPARE(request.error().kind, ApiError::Kind::BadResponse);
        QVERIFY2(request.error().message.contains(QStringLiteral("larger than 1 MiB")),
                 qPrintable(request.error().message));
        QCOMPARE(request.attempts(), 1); // never retried
        QTRY_VERIFY(hungUp);             // the client closed the connection...
        // ... long before the server was done: what was read stayed bounded
        // (the cap plus what sockets buffer on the way).
        QVERIFY2(written < streamLimit / 2, qPrintable(QString::number(written)));
        QCOMPARE(maxReplyBytes, qint64(32) * 1024 * 1024);
        QCOMPARE(HeymarketClient::Config().replyLimitBytes, maxReplyBytes);
    }

    void aServerThatDripsMeetsTheDeadline()
    {
        // One byte every 10 ms: never silent long enough for the 60 s
        // silence timeout, and never done. Only the whole-attempt deadline
        // can end this attempt.
        TestServer server([](QTcpSocket *socket, const QByteArray &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: 1000000\r\n\r\n[");
            auto *drip = new QTimer(socket);
            QObject::connect(drip, &QTimer::timeout, socket, [socket] { socket->write(" "); });
            drip->start(10);
        });
        QVERIFY(server.isListening());
        QNetworkAccessManager network;
        HeymarketClient::Config config = configFor(server.url());
        config.timeoutMs = 60000;
        config.attemptDeadlineMs = 300;
        HeymarketClient client(&network, config);
        GetTeamRequest request(&client);
        QVERIFY(run(request, 30000));
        QCOMPARE(request.error().kind, ApiError::Kind::Timeout);
        QVERIFY2(request.error().message.contains(QStringLiteral("not complete after 0.3 s")),
                 qPrintable(request.error().message));
        QVERIFY(request.error().isTransient());
        QCOMPARE(client.scheduler().inFlight(), 0); // its place is free again
    }

    void theDeadlineDefaultsToFourTimeoutsOrTwoMinutes()
    {
        HeymarketClient::Config config;
        QCOMPARE(config.attemptDeadline(), 120000); // 4 x 30 s
        config.timeoutMs = 60000;
        QCOMPARE(config.attemptDeadline(), 240000);
        config.timeoutMs = 1000;
        QCOMPARE(config.attemptDeadline(), minAttemptDeadlineMs);
        config.attemptDeadlineMs = 5;
        QCOMPARE(config.attemptDeadline(), 5);
    }

    void anHourOfRetryAfterHoldsFiveMinutesAndSaysSo()
    {
        FakeNetworkManager network([](const RecordedRequest &) {
            return FakeResponse{429,
                                "{\"error\": \"rate_limited\"}",
                                {{"Retry-After", "3600"}},
                                QNetworkReply::NoError,
                                0,
                                false};
        });
        HeymarketClient client(&network,
                               configFor(QUrl(QStringLiteral("https://api.example.test"))));
        GetTeamRequest request(&client);
        QVERIFY(run(request));
        const ApiError &error = request.error();
        QCOMPARE(error.kind, ApiError::Kind::RateLimited);
        QCOMPARE(error.retryAfterMs.value_or(-1), maxRetryAfterMs);
        QCOMPARE(error.requestedRetryAfterMs.value_or(-1), 3600 * 1000);
        QCOMPARE(maxRetryAfterMs, 5 * 60 * 1000);
        QVERIFY2(error.describe().contains(
                     QStringLiteral("the server asked to wait 60 min; trying again in 5 min")),
                 qPrintable(error.describe()));
        // The whole scheduler is held no longer than the cap.
        QVERIFY(client.scheduler().holdRemainingMs() > 0);
        QVERIFY2(client.scheduler().holdRemainingMs() <= maxRetryAfterMs,
                 qPrintable(QString::number(client.scheduler().holdRemainingMs())));
    }

    void aShortRetryAfterIsKeptAsAsked()
    {
        FakeNetworkManager network([](const RecordedRequest &) {
            return FakeResponse{429, "{}", {{"Retry-After", "7"}}, QNetworkReply::NoError,
                                0,   false};
        });
        HeymarketClient client(&network,
                               configFor(QUrl(QStringLiteral("https://api.example.test"))));
        GetTeamRequest request(&client);
        QVERIFY(run(request));
        QCOMPARE(request.error().retryAfterMs.value_or(-1), 7000);
        QVERIFY(!request.error().requestedRetryAfterMs);
        QVERIFY(!request.error().describe().contains(QStringLiteral("asked to wait")));
    }

    void sandboxRefusesNumbersNoIntegerHolds_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("limit 1e300") << QByteArray("{\"limit\": 1e300}") << "limit";
        QTest::newRow("limit -1e300") << QByteArray("{\"limit\": -1e300}") << "limit";
        QTest::newRow("limit 2^63") << QByteArray("{\"limit\": 9223372036854775808}") << "limit";
        QTest::newRow("page 1e300") << QByteArray("{\"page\": 1e300}") << "page";
        QTest::newRow("page -9.3e18") << QByteArray("{\"page\": -9.3e18}") << "page";
        QTest::newRow("assigned 1e300") << QByteArray("{\"assigned\": 1e300}") << "assigned";
    }
    void sandboxRefusesNumbersNoIntegerHolds()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        SandboxFixture sandbox;
        QVERIFY(sandbox.isRunning());
        const HttpResult result = sandbox.http().call("POST", QStringLiteral("/v2/contacts/list"),
                                                      body, {{"Content-Type", "application/json"}});
        QCOMPARE(result.status, 400);
        QCOMPARE(result.errorField(), field);
    }

    void sandboxIntegerValueRangeChecksFirst()
    {
        using Sandbox::integerValue;
        QVERIFY(!integerValue(QJsonValue(1e300)));
        QVERIFY(!integerValue(QJsonValue(-1e300)));
        QVERIFY(!integerValue(QJsonValue(9223372036854775808.0)));
        QVERIFY(!integerValue(QJsonValue(std::numeric_limits<double>::quiet_NaN())));
        QVERIFY(!integerValue(QJsonValue(std::numeric_limits<double>::infinity())));
        QVERIFY(!integerValue(QJsonValue(2.5)));
        QCOMPARE(integerValue(QJsonValue(-9223372036854775807.0 - 1)).value_or(0),
                 std::numeric_limits<qint64>::min());
        QCOMPARE(integerValue(QJsonValue(qint64(9007199254740993))).value_or(0),
                 qint64(9007199254740993)); // exact, not through a double
        QCOMPARE(integerValue(QJsonValue(42)).value_or(0), 42);
    }
};

QTEST_GUILESS_MAIN(TestApiHostile)
#include "tst_api_hostile.moc"
