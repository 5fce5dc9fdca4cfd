// Limits and faults: the per-credential rate limit (429 + Retry-After), the
// body-size limit (413), malformed JSON (400, never a crash), and the
// injected latency, 5xx answers and dropped connections.

#include "tests/common/SandboxFixture.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <tuple>

using namespace ContactDesk;
using namespace ContactDesk::Tests;

class TestSandboxLimits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;

    // Starts the sandbox again with other connection limits.
    void restartWith(const std::function<void(Sandbox::Options &)> &change)
    {
        Sandbox::Options options;
        options.apiKeys = {QString::fromLatin1(SandboxFixture::apiKey)};
        options.maxBodyBytes = 64 * 1024;
        change(options);
        m_sandbox = std::make_unique<SandboxFixture>(5, options);
        QVERIFY(m_sandbox->isRunning());
    }

    // A raw connection to the sandbox, for what a client library would
    // never send.
    std::unique_ptr<QTcpSocket> rawConnection()
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_sandbox->server().port());
        if (!socket->waitForConnected(10000))
            return nullptr;
        return socket;
    }

    // What the server answered on `socket` (its first bytes), or nothing
    // when it closed without a word.
    static QByteArray answerOn(QTcpSocket &socket)
    {
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        QByteArray answer;
        (void)QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return answer.contains("\r\n\r\n") || socket.state() != QTcpSocket::ConnectedState;
            },
            15000);
        return answer + socket.readAll();
    }

private Q_SLOTS:
    void init()
    {
        Sandbox::Options options;
        options.apiKeys = {QString::fromLatin1(SandboxFixture::apiKey),
                           QStringLiteral("other-key")};
        options.maxBodyBytes = 64 * 1024;
        m_sandbox = std::make_unique<SandboxFixture>(5, options);
        QVERIFY(m_sandbox->isRunning());
    }

    void rateLimitPerCredentialWithRetryAfter()
    {
        m_sandbox->server().setRateLimitPerMinute(5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_sandbox->get(QStringLiteral("/v1/inboxes")).status, 200);
        const HttpResult limited = m_sandbox->get(QStringLiteral("/v1/inboxes"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("rate_limited"));
        bool ok = false;
        const int retryAfter = limited.header("Retry-After").toInt(&ok);
        QVERIFY(ok);
        QVERIFY(retryAfter >= 1 && retryAfter <= 60);
        // A refused write does nothing.
        const qint64 before = m_sandbox->server().contactCount();
        QCOMPARE(m_sandbox
                     ->post(QStringLiteral("/v1/contact"),
                            QJsonObject{{QStringLiteral("phone"), QStringLiteral("14155550123")}})
                     .status,
                 429);
        QCOMPARE(m_sandbox->server().contactCount(), before);

        // Another credential has its own budget; bad credentials do not
        // spend anyone's.
        HttpClient other(m_sandbox->baseUrl());
        other.setAuthorization("Bearer other-key");
        QCOMPARE(other.call("GET", QStringLiteral("/v1/inboxes")).status, 200);
        HttpClient stranger(m_sandbox->baseUrl());
        stranger.setAuthorization("Bearer nope");
        QCOMPARE(stranger.call("GET", QStringLiteral("/v1/inboxes")).status, 401);

        m_sandbox->server().setRateLimitPerMinute(0);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/inboxes")).status, 200);
    }

    void rateLimitAndErrorBodiesByReading_data()
    {
        QTest::addColumn<QString>("reading");
        QTest::newRow("lenient") << QStringLiteral("lenient");
        QTest::newRow("strict") << QStringLiteral("strict");
    }
    void rateLimitAndErrorBodiesByReading()
    {
        // 18.2: Retry-After only in the lenient reading. 18.1: error bodies
        // as JSON {"error", "message", "field"} (lenient) or the message as
        // plain text (strict), from the router and the server alike.
        QFETCH(QString, reading);
        const bool strict = reading == QLatin1String("strict");
        Sandbox::Options options;
        options.reading = *Sandbox::readingFromName(reading);
        SandboxFixture sandbox(0, options);
        QVERIFY(sandbox.isRunning());

        const HttpResult refused =
            sandbox.post(QStringLiteral("/v1/contact"), QJsonObject{{QStringLiteral("first"), 1}});
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.header("Content-Type").startsWith("text/plain"), strict);
        if (strict) {
            QCOMPARE(QString::fromUtf8(refused.raw), QStringLiteral("first: must be a string"));
        } else {
            QCOMPARE(refused.errorField(), QStringLiteral("first"));
            QCOMPARE(refused.object().value(QStringLiteral("message")).toString(),
                     QStringLiteral("must be a string"));
        }
        const HttpResult missing = sandbox.get(QStringLiteral("/v1/contact/999999"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json.isObject(), !strict);
        QVERIFY(!missing.raw.isEmpty());

        HttpClient stranger(sandbox.baseUrl());
        stranger.setAuthorization("Bearer nope");
        const HttpResult unauthorized = stranger.call("GET", QStringLiteral("/v1/inboxes"));
        QCOMPARE(unauthorized.status, 401);
        QCOMPARE(unauthorized.json.isObject(), !strict);
        QVERIFY(unauthorized.raw.contains("not valid"));

        sandbox.advanceClock(61000); // a new minute: the requests above are out of it
        sandbox.server().setRateLimitPerMinute(2);
        QCOMPARE(sandbox.get(QStringLiteral("/v1/inboxes")).status, 200);
        QCOMPARE(sandbox.get(QStringLiteral("/v1/inboxes")).status, 200);
        const HttpResult limited = sandbox.get(QStringLiteral("/v1/inboxes"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After").isEmpty(), strict);
        QCOMPARE(limited.json.isObject(), !strict);
        QVERIFY(limited.raw.contains("requests in the current minute"));
    }

    void rateLimitMinuteFollowsTheSandboxClock()
    {
        m_sandbox->setClock(1776007800000); // 2026-04-12T15:30:00Z
        m_sandbox->server().setRateLimitPerMinute(2);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/inboxes")).status, 200);
        m_sandbox->advanceClock(20000);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/inboxes")).status, 200);
        HttpResult limited = m_sandbox->get(QStringLiteral("/v1/inboxes"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"),
                 QByteArray("40")); // until the first one is a minute old
        m_sandbox->advanceClock(39999);
        limited = m_sandbox->get(QStringLiteral("/v1/inboxes"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("1"));
        m_sandbox->advanceClock(1);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/inboxes")).status, 200);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/inboxes")).status, 429);
    }

    void defaultLimitIsFiveHundredPerMinute()
    {
        QCOMPARE(Sandbox::Options().rateLimitPerMinute, 500);
        QCOMPARE(m_sandbox->server().options().rateLimitPerMinute, 500);
        int ok = 0;
        int limited = 0;
        for (int i = 0; i < 501; ++i) {
            const int status = m_sandbox->get(QStringLiteral("/v1/team")).status;
            ok += status == 200;
            limited += status == 429;
        }
        QCOMPARE(ok, 500);
        QCOMPARE(limited, 1);
    }

    void bodyTooLarge()
    {
        QByteArray huge = "[";
        while (huge.size() < 70 * 1024)
            huge += "{\"phone\":\"14155550123\",\"first\":\"Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"},";
        huge.chop(1);
        huge += "]";
        const HttpResult result =
            m_sandbox->http().call("POST", QStringLiteral("/v1/batch/contacts"), huge);
        QCOMPARE(result.status, 413);
        QCOMPARE(result.object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("too_large"));
        QCOMPARE(m_sandbox->server().contactCount(), 5);
    }

    // A client that announces a huge body is refused as soon as its
    // headers say so: the answer comes before a byte of the body was sent
    // (the server does not buffer it first), the body that follows is read
    // and dropped, and nothing is created.
    void aHugeBodyIsRefusedFromItsHeaders()
    {
        const std::unique_ptr<QTcpSocket> socket = rawConnection();
        QVERIFY(socket);
        socket->write("POST /v1/batch/contacts HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      "Authorization: Bearer test-key\r\nContent-Type: application/json\r\n"
                      "Content-Length: 104857600\r\n\r\n");
        const QByteArray answer = answerOn(*socket);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QVERIFY(answer.contains("too_large"));
        QVERIFY(answer.contains("104857600"));
        // Some of the body still comes: read and dropped, the connection
        // stays until all of it came (or closes past the discard limit).
        socket->write(QByteArray(256 * 1024, '['));
        QVERIFY(socket->waitForBytesWritten(10000) || socket->bytesToWrite() == 0);
        QCOMPARE(m_sandbox->server().contactCount(), 5);
        // The server goes on answering.
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/team")).status, 200);
    }

    void oversizedOrUnreadableHeadersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("headers past 64 KiB")
            << (QByteArray("GET /v1/team HTTP/1.1\r\nX-Padding: ") + QByteArray(70 * 1024, 'x'))
            << QByteArray("431");
        QTest::newRow("chunked body") << QByteArray("POST /v1/contact HTTP/1.1\r\nHost: x\r\n"
                                                    "Transfer-Encoding: chunked\r\n\r\n5\r\n")
                                      << QByteArray("411");
        QTest::newRow("two lengths") << QByteArray("POST /v1/contact HTTP/1.1\r\nHost: x\r\n"
                                                   "Content-Length: 2\r\nContent-Length: 9\r\n\r\n")
                                     << QByteArray("400");
        QTest::newRow("negative length") << QByteArray("POST /v1/contact HTTP/1.1\r\nHost: x\r\n"
                                                       "Content-Length: -5\r\n\r\n")
                                         << QByteArray("400");
    }

    void oversizedOrUnreadableHeadersAreRefused()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        const std::unique_ptr<QTcpSocket> socket = rawConnection();
        QVERIFY(socket);
        socket->write(request);
        const QByteArray answer = answerOn(*socket);
        QVERIFY2(answer.startsWith(QByteArray(QByteArray("HTTP/1.1 ") + status)),
                 answer.left(200).constData());
        QCOMPARE(m_sandbox->server().contactCount(), 5);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/team")).status, 200);
    }

    // Any local program can reach the port: past the cap a connection is
    // answered 503 and closed; once one closes, a new one is served.
    void connectionsAreCapped()
    {
        restartWith([](Sandbox::Options &options) { options.maxConnections = 3; });
        std::vector<std::unique_ptr<QTcpSocket>> open;
        for (int i = 0; i < 3; ++i) {
            open.push_back(rawConnection());
            QVERIFY(open.back());
        }
        // (Accepted in the order they came: the fourth is one too many.)
        const std::unique_ptr<QTcpSocket> fourth = rawConnection();
        QVERIFY(fourth);
        const QByteArray refused = answerOn(*fourth);
        QVERIFY2(refused.startsWith("HTTP/1.1 503"), refused.constData());
        QVERIFY(refused.contains("busy"));

        open.front()->disconnectFromHost();
        open.erase(open.begin());
        // Served once the server has seen the close (it learns it from
        // its event loop: asked until it answers).
        int status = 0;
        (void)QTest::qWaitFor(
            [&] {
                status = m_sandbox->get(QStringLiteral("/v1/team")).status;
                return status == 200;
            },
            15000);
        QCOMPARE(status, 200);
    }

    // A connection that sends half a request and then nothing (one byte
    // now and then would hold a connection for ever) is closed after the
    // idle timeout; so is one that sits between requests. A request the
    // server takes long to answer is not timed.
    void stalledAndIdleConnectionsAreClosed()
    {
        restartWith([](Sandbox::Options &options) {
            options.idleTimeoutMs = 200;
            options.keepAliveMs = 300;
        });
        const std::unique_ptr<QTcpSocket> stalled = rawConnection();
        QVERIFY(stalled);
        stalled->write("GET /v1/team HTTP/1.1\r\nHo");
        QSignalSpy stalledClosed(stalled.get(), &QTcpSocket::disconnected);
        QVERIFY(stalledClosed.wait(15000));

        const std::unique_ptr<QTcpSocket> idle = rawConnection();
        QVERIFY(idle);
        QSignalSpy idleClosed(idle.get(), &QTcpSocket::disconnected);
        QVERIFY(idleClosed.wait(15000));

        // The server's own latency (longer than both timeouts) is not the
        // client's silence.
        m_sandbox->server().setLatencyMs(700);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/team")).status, 200);
        m_sandbox->server().setLatencyMs(0);
    }

    void malformedBodies_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated object") << QByteArray("POST") << QStringLiteral("/v1/contact")
                                          << QByteArray("{\"phone\": \"1415");
        QTest::newRow("not json") << QByteArray("POST") << QStringLiteral("/v1/contacts")
                                  << QByteArray("phone=14155550123");
        QTest::newRow("array where object")
            << QByteArray("POST") << QStringLiteral("/v1/contact") << QByteArray("[1,2]");
        QTest::newRow("object where array")
            << QByteArray("POST") << QStringLiteral("/v1/batch/contacts")
            << QByteArray("{\"phone\":\"14155550123\"}");
        QTest::newRow("bare string")
            << QByteArray("POST") << QStringLiteral("/v1/contact") << QByteArray("\"hello\"");
        QTest::newRow("binary") << QByteArray("PUT") << QStringLiteral("/v1/contact/10001")
                                << QByteArray("\x00\xff\xfe{", 4);
        QTest::newRow("deep nesting")
            << QByteArray("POST") << QStringLiteral("/v2/contacts/search") << QByteArray(2000, '[');
    }
    void malformedBodies()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        const HttpResult result = m_sandbox->http().call(method, path, body);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("bad_data"));
        // Still serving.
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/team")).status, 200);
    }

    void injectedServerErrorsChangeNothing()
    {
        m_sandbox->server().setFailRate(1.0);
        const HttpResult result =
            m_sandbox->post(QStringLiteral("/v1/contact"),
                            QJsonObject{{QStringLiteral("phone"), QStringLiteral("14155550124")}});
        QCOMPARE(result.status, 500);
        QCOMPARE(result.object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("server_error"));
        QCOMPARE(m_sandbox->server().contactCount(), 5);
        m_sandbox->server().setFailRate(0.5);
        int failures = 0;
        for (int i = 0; i < 200; ++i)
            failures += m_sandbox->get(QStringLiteral("/v1/team")).status == 500;
        QVERIFY2(failures > 60 && failures < 140, qPrintable(QString::number(failures)));
        m_sandbox->server().setFailRate(0);
    }

    void droppedConnectionsHappenAfterTheWork()
    {
        m_sandbox->server().setDropRate(1.0);
        const HttpResult result =
            m_sandbox->post(QStringLiteral("/v1/contact"),
                            QJsonObject{{QStringLiteral("phone"), QStringLiteral("14155550125")}});
        QCOMPARE(result.status, 0);
        QVERIFY(!result.networkError.isEmpty());
        m_sandbox->server().setDropRate(0);
        // The create happened although its answer was lost.
        const HttpResult lookup =
            m_sandbox->post(QStringLiteral("/v1/contact/get"),
                            QJsonObject{{QStringLiteral("phone"), QStringLiteral("14155550125")}});
        QCOMPARE(lookup.status, 200);
    }

    void injectedTooManyRequestsChangeNothing_data()
    {
        QTest::addColumn<QString>("reading");
        QTest::newRow("lenient") << QStringLiteral("lenient");
        QTest::newRow("strict") << QStringLiteral("strict");
    }
    void injectedTooManyRequestsChangeNothing()
    {
        // As the rate limiter answers: Retry-After only in the lenient reading.
        QFETCH(QString, reading);
        Sandbox::Options options;
        options.reading = *Sandbox::readingFromName(reading);
        options.tooManyRate = 1.0;
        SandboxFixture sandbox(5, options);
        QVERIFY(sandbox.isRunning());
        const HttpResult result =
            sandbox.post(QStringLiteral("/v1/contact"),
                         QJsonObject{{QStringLiteral("phone"), QStringLiteral("14155550126")}});
        QCOMPARE(result.status, 429);
        QCOMPARE(result.header("Retry-After"),
                 reading == QLatin1String("strict") ? QByteArray() : QByteArray("1"));
        QVERIFY(result.raw.contains("injected rate limit"));
        sandbox.server().setTooManyRate(0);
        QCOMPARE(sandbox.server().contactCount(), 5);
        QCOMPARE(sandbox
                     .post(QStringLiteral("/v1/contact/get"),
                           QJsonObject{{QStringLiteral("phone"), QStringLiteral("14155550126")}})
                     .status,
                 404);
    }

    void connectionsDroppedBeforeTheWorkChangeNothing()
    {
        Sandbox::SandboxServer &server = m_sandbox->server();
        const auto create = [this](const char *phone) {
            return m_sandbox->post(
                QStringLiteral("/v1/contact"),
                QJsonObject{{QStringLiteral("phone"), QString::fromLatin1(phone)}});
        };
        const auto exists = [this](const char *phone) {
            return m_sandbox
                       ->post(QStringLiteral("/v1/contact/get"),
                              QJsonObject{{QStringLiteral("phone"), QString::fromLatin1(phone)}})
                       .status == 200;
        };
        server.setDropBeforeRate(1.0);
        const HttpResult before = create("14155550127");
        QCOMPARE(before.status, 0);
        QVERIFY(!before.networkError.isEmpty());
        server.setDropBeforeRate(0);
        QVERIFY(!exists("14155550127")); // nothing was done
        QCOMPARE(server.contactCount(), 5);
        server.setDropRate(1.0);
        const HttpResult after = create("14155550128");
        QCOMPARE(after.status, 0); // the client sees the same as before the work
        server.setDropRate(0);
        QVERIFY(exists("14155550128")); // but this one was done
        QCOMPARE(server.contactCount(), 6);
    }

    void faultDiceRepeatWithTheirSeed()
    {
        // The faults before the work share one roll; with the same seed two
        // servers answer the same requests the same way, and a request the
        // dice let through is done.
        Sandbox::Options options;
        options.faultSeed = 42;
        options.failRate = 0.2;
        options.tooManyRate = 0.1;
        options.dropBeforeRate = 0.05;
        options.dropRate = 0.05;
        const auto run = [&options] {
            SandboxFixture sandbox(0, options);
            QList<int> statuses;
            for (int i = 0; i < 80; ++i)
                statuses.append(
                    sandbox
                        .post(QStringLiteral("/v1/contact"),
                              QJsonObject{
                                  {QStringLiteral("phone"),
                                   QStringLiteral("1415555%1").arg(i, 4, 10, QLatin1Char('0'))}})
                        .status);
            const qint64 requests = sandbox.server().requestCount();
            return std::make_tuple(statuses, sandbox.server().contactCount(), requests);
        };
        const auto [first, firstCount, firstRequests] = run();
        const auto [second, secondCount, secondRequests] = run();
        QCOMPARE(first, second);
        QCOMPARE(firstCount, secondCount);
        // Qt sends a request again by itself after a dropped connection:
        // the drops show as more requests than calls.
        QCOMPARE(firstRequests, secondRequests);
        QVERIFY(firstRequests > 80);
        QVERIFY(first.contains(500));
        QVERIFY(first.contains(429));
        // Every 200 was done; of the dropped ones only those after the work.
        const qint64 answered = std::count(first.cbegin(), first.cend(), 200);
        const qint64 dropped = std::count(first.cbegin(), first.cend(), 0);
        QVERIFY(firstCount >= answered);
        QVERIFY(firstCount < answered + dropped || dropped == 0);
    }

    void latencyRangeDelaysEachAnswerByTheSeededDice()
    {
        // The delays are the dice's: each answer takes at least its own
        // (the test rolls the same dice), and they differ from each other.
        constexpr int range = 120;
        Sandbox::Options options;
        options.faultSeed = 7;
        options.latencyRangeMs = range;
        SandboxFixture sandbox(0, options);
        QVERIFY(sandbox.isRunning());
        QRandomGenerator dice(7);
        QSet<int> delays;
        for (int i = 0; i < 6; ++i) {
            const int delay = static_cast<int>(dice.bounded(range + 1));
            delays.insert(delay);
            QElapsedTimer timer;
            timer.start();
            QCOMPARE(sandbox.get(QStringLiteral("/v1/team")).status, 200);
            QVERIFY2(timer.elapsed() >= delay - 1,
                     qPrintable(QStringLiteral("%1 ms < %2 ms").arg(timer.elapsed()).arg(delay)));
        }
        QVERIFY(delays.size() > 1);
        QCOMPARE(sandbox.server().requestCount(), 6);
    }

    // The gate a test uses to stop a client at an exact point: after two
    // creates the third is held, not handled, until released: then it is
    // answered. (Released unhandled, as tst_cli does for a killed client,
    // its connection is closed; a live Qt client would send it again.)
    void heldRequestsWaitForTheirRelease()
    {
        Sandbox::SandboxServer &server = m_sandbox->server();
        server.holdRequestsAfter(QStringLiteral("/v1/contact"), 2);
        const int before = m_sandbox->contactCount();
        const auto create = [this](const char *phone, int timeoutMs) {
            return m_sandbox->http()
                .call("POST", QStringLiteral("/v1/contact"),
                      QJsonDocument(
                          QJsonObject{{QStringLiteral("phone"), QString::fromLatin1(phone)}})
                          .toJson(QJsonDocument::Compact),
                      {}, timeoutMs)
                .status;
        };
        QCOMPARE(create("14155550961", 5000), 200);
        QCOMPARE(create("14155550962", 5000), 200);
        // The third waits; released (from this thread's event loop, which
        // runs while the call waits) once the server holds it.
        QTimer release;
        int heldSeen = 0;
        connect(&release, &QTimer::timeout, this, [&] {
            if (server.heldCount() == 1) {
                heldSeen = m_sandbox->contactCount() - before;
                release.stop();
                server.releaseHeld();
            }
        });
        release.start(5);
        QCOMPARE(create("14155550963", 10000), 200);
        QCOMPARE(heldSeen, 2); // held, not handled, until released
        QCOMPARE(m_sandbox->contactCount(), before + 3);
    }

    void latencyDelaysAnswersAndCanOutlastAClient()
    {
        m_sandbox->server().setLatencyMs(300);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/team")).status, 200);
        // A lower bound only: the server waits at least this long, a slower
        // machine only adds to it.
        QVERIFY(timer.elapsed() >= 290);
        // A client whose timeout is far shorter than the latency gives up;
        // the server keeps answering others meanwhile.
        m_sandbox->server().setLatencyMs(600000);
        const HttpResult hanging =
            m_sandbox->http().call("GET", QStringLiteral("/v1/team"), QByteArray(), {}, 100);
        QCOMPARE(hanging.status, 0);
        m_sandbox->server().setLatencyMs(0);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/team")).status, 200);
    }

    void aClientThatLeftBeforeTheAnswerDoesNotHurtTheServer()
    {
        // The create is held at the gate until the client has gone; then it
        // is handled (the work is done, its answer has nowhere to go) and
        // the server goes on answering.
        Sandbox::SandboxServer &server = m_sandbox->server();
        const int before = m_sandbox->contactCount();
        server.holdRequestsAfter(QStringLiteral("/v1/contact"), 0);
        QNetworkAccessManager network;
        QUrl url = m_sandbox->baseUrl();
        url.setPath(QStringLiteral("/v1/contact"));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", QByteArray("Bearer ") + SandboxFixture::apiKey);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply =
            network.post(request, QByteArray(R"({"phone":"14155550971","first":"Gone"})"));
        QTRY_COMPARE_WITH_TIMEOUT(server.heldCount(), 1, 30000);
        reply->abort();
        QVERIFY(reply->isFinished());
        reply->deleteLater();
        server.releaseHeld(true);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->contactCount(), before + 1, 30000);
        QCOMPARE(server.heldCount(), 0);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/team")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxLimits)
#include "tst_sandbox_limits.moc"
