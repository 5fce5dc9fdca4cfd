// The contactdesk-sandbox executable: its command line is a contract that
// scripts rely on.

#include "core/Jwt.h"
#include "tests/common/SandboxFixture.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ContactDesk;
using namespace ContactDesk::Tests;

namespace {

struct Running
{
    std::unique_ptr<QProcess> process;
    QUrl url;
};

Running launch(const QStringList &arguments)
{
    Running running;
    running.process = std::make_unique<QProcess>();
    running.process->setProcessChannelMode(QProcess::SeparateChannels);
    running.process->start(QStringLiteral(SANDBOX_EXECUTABLE), arguments);
    if (!running.process->waitForStarted(5000))
        return running;
    static const QRegularExpression listening(
        QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)$"));
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        if (!running.process->canReadLine() && !running.process->waitForReadyRead(500)) {
            if (running.process->state() != QProcess::Running)
                break;
            continue;
        }
        while (running.process->canReadLine()) {
            const QString line = QString::fromUtf8(running.process->readLine()).trimmed();
            const auto match = listening.match(line);
            if (match.hasMatch()) {
                running.url = QUrl(match.captured(1));
                return running;
            }
        }
    }
    return running;
}

void stop(Running &running)
{
    running.process->terminate();
    QVERIFY(running.process->waitForFinished(10000));
    QCOMPARE(running.process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(running.process->exitCode(), 0);
}

} // namespace

class TestSandboxCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpDocumentsEveryOption()
    {
        QProcess process;
        process.start(QStringLiteral(SANDBOX_EXECUTABLE), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        const QString help = QString::fromUtf8(process.readAllStandardOutput());
        for (const char *option :
             {"--port", "--data", "--api-key", "--secret-id", "--secret-key", "--seed",
              "--rate-limit", "--latency-ms", "--fail-rate", "--drop-rate", "--help"})
            QVERIFY2(help.contains(QLatin1String(option)), option);
    }

    void badArgumentsExitWithAMessage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("http")}
                              << QStringLiteral("--port");
        QTest::newRow("fail rate")
            << QStringList{QStringLiteral("--fail-rate"), QStringLiteral("2")}
            << QStringLiteral("--fail-rate");
        QTest::newRow("unpaired secret")
            << QStringList{QStringLiteral("--secret-id"), QStringLiteral("a")}
            << QStringLiteral("pairs");
        QTest::newRow("seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("-3")}
                              << QStringLiteral("--seed");
        QTest::newRow("data folder")
            << QStringList{QStringLiteral("--data"), QStringLiteral("/nonexistent/dir/x.sqlite")}
            << QStringLiteral("/nonexistent/dir");
    }
    void badArgumentsExitWithAMessage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QProcess process;
        process.start(QStringLiteral(SANDBOX_EXECUTABLE), arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        const QString error = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void servesWithAKeyAndPersists()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("team.sqlite"));
        Running running =
            launch({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"),
                    QStringLiteral("40"), QStringLiteral("--data"), data,
                    QStringLiteral("--api-key"), QStringLiteral("k1"), QStringLiteral("--quiet")});
        QVERIFY(running.url.isValid());
        HttpClient client(running.url);
        client.setAuthorization("Bearer k1");
        QCOMPARE(client.call("POST", QStringLiteral("/v1/contacts/count"), QJsonObject())
                     .object()
                     .value(QStringLiteral("count"))
                     .toInteger(),
                 40);
        QCOMPARE(client
                     .call("POST", QStringLiteral("/v1/contact"),
                           QJsonObject{{QStringLiteral("phone"), QStringLiteral("14155550140")}})
                     .status,
                 200);
        client.setAuthorization("Bearer sandbox");
        QCOMPARE(client.call("GET", QStringLiteral("/v1/team")).status, 401);
        stop(running);

        running = launch({QStringLiteral("--data"), data, QStringLiteral("--api-key"),
                          QStringLiteral("k1"), QStringLiteral("--quiet")});
        QVERIFY(running.url.isValid());
        HttpClient again(running.url);
        again.setAuthorization("Bearer k1");
        QCOMPARE(again.call("POST", QStringLiteral("/v1/contacts/count"), QJsonObject())
                     .object()
                     .value(QStringLiteral("count"))
                     .toInteger(),
                 41);
        stop(running);
    }

    void teamOptionsNameTheTeamAndGuardTheDataFile()
    {
        QProcess help;
        help.start(QStringLiteral(SANDBOX_EXECUTABLE), {QStringLiteral("--help")});
        QVERIFY(help.waitForFinished(10000));
        const QByteArray helpText = help.readAllStandardOutput();
        QVERIFY(helpText.contains("--team-id") && helpText.contains("--team-name"));

        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("team42.sqlite"));
        Running running = launch({QStringLiteral("--seed"), QStringLiteral("3"),
                                  QStringLiteral("--data"), data, QStringLiteral("--team-id"),
                                  QStringLiteral("42"), QStringLiteral("--team-name"),
                                  QStringLiteral("Team Forty-Two"), QStringLiteral("--quiet")});
        QVERIFY(running.url.isValid());
        HttpClient client(running.url);
        client.setAuthorization("Bearer sandbox");
        const QJsonObject team = client.call("GET", QStringLiteral("/v1/team")).object();
        QCOMPARE(team.value(QStringLiteral("id")).toInteger(), 42);
        QCOMPARE(team.value(QStringLiteral("name")).toString(), QStringLiteral("Team Forty-Two"));
        for (const QJsonValue &inbox : client.call("GET", QStringLiteral("/v1/inboxes")).array())
            QCOMPARE(inbox.toObject().value(QStringLiteral("team")).toInteger(), 42);
        stop(running);

        // The same file as another team: refused, nothing changed.
        QProcess refused;
        refused.start(QStringLiteral(SANDBOX_EXECUTABLE),
                      {QStringLiteral("--data"), data, QStringLiteral("--team-id"),
                       QStringLiteral("43"), QStringLiteral("--quiet")});
        QVERIFY(refused.waitForFinished(10000));
        QCOMPARE(refused.exitCode(), 2);
        QVERIFY(refused.readAllStandardError().contains("holds the team 42"));
        QProcess bad;
        bad.start(QStringLiteral(SANDBOX_EXECUTABLE),
                  {QStringLiteral("--team-id"), QStringLiteral("x")});
        QVERIFY(bad.waitForFinished(10000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("--team-id"));
    }

    void defaultKeyIsSandboxAndSecretsWork()
    {
        Running running = launch({QStringLiteral("--quiet")});
        QVERIFY(running.url.isValid());
        HttpClient client(running.url);
        client.setAuthorization("Bearer sandbox");
        QCOMPARE(client.call("GET", QStringLiteral("/v1/team")).status, 200);
        stop(running);

        running = launch({QStringLiteral("--secret-id"), QStringLiteral("sid"),
                          QStringLiteral("--secret-key"), QStringLiteral("sk"),
                          QStringLiteral("--quiet")});
        QVERIFY(running.url.isValid());
        HttpClient jwt(running.url);
        jwt.setAuthorization("Bearer " + Jwt::mint(QStringLiteral("sid"), QStringLiteral("sk"),
                                                   QDateTime::currentSecsSinceEpoch()));
        QCOMPARE(jwt.call("GET", QStringLiteral("/v1/team")).status, 200);
        jwt.setAuthorization("Bearer sandbox");
        QCOMPARE(jwt.call("GET", QStringLiteral("/v1/team")).status, 401);
        stop(running);
    }

    void faultOptions()
    {
        Running running = launch({QStringLiteral("--rate-limit"), QStringLiteral("2"),
                                  QStringLiteral("--latency-ms"), QStringLiteral("150"),
                                  QStringLiteral("--quiet")});
        QVERIFY(running.url.isValid());
        HttpClient client(running.url);
        client.setAuthorization("Bearer sandbox");
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(client.call("GET", QStringLiteral("/v1/team")).status, 200);
        QVERIFY(timer.elapsed() >= 140);
        QCOMPARE(client.call("GET", QStringLiteral("/v1/team")).status, 200);
        QCOMPARE(client.call("GET", QStringLiteral("/v1/team")).status, 429);
        stop(running);

        running =
            launch({QStringLiteral("--fail-rate"), QStringLiteral("1"), QStringLiteral("--quiet")});
        HttpClient failing(running.url);
        failing.setAuthorization("Bearer sandbox");
        QCOMPARE(failing.call("GET", QStringLiteral("/v1/team")).status, 500);
        stop(running);

        running =
            launch({QStringLiteral("--drop-rate"), QStringLiteral("1"), QStringLiteral("--quiet")});
        HttpClient dropped(running.url);
        dropped.setAuthorization("Bearer sandbox");
        const HttpResult result = dropped.call("GET", QStringLiteral("/v1/team"));
        QCOMPARE(result.status, 0);
        stop(running);
    }

    void accessLogNamesRequestsButNoSecrets()
    {
        Running running = launch({QStringLiteral("--api-key"), QStringLiteral("very-secret-key")});
        QVERIFY(running.url.isValid());
        HttpClient client(running.url);
        client.setAuthorization("Bearer very-secret-key");
        QCOMPARE(client.call("GET", QStringLiteral("/v1/inboxes")).status, 200);
        client.setAuthorization("Bearer wrong-key");
        QCOMPARE(client.call("GET", QStringLiteral("/v1/inboxes")).status, 401);
        stop(running);
        const QString log = QString::fromUtf8(running.process->readAllStandardError());
        QVERIFY2(log.contains(QStringLiteral("GET /v1/inboxes -> 200")), qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("GET /v1/inboxes -> 401")));
        QVERIFY(!log.contains(QStringLiteral("very-secret-key")));
        QVERIFY(!log.contains(QStringLiteral("wrong-key")));
    }
};

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandbox_cli.moc"
