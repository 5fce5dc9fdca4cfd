// Killing the app at any moment loses no edit and doubles no contact: a
// child process pushing 1,000 scripted edits is killed with SIGKILL at
// random moments, restarted each time, and in the end the server holds
// exactly the intended state.

#include "sandbox/SandboxHost.h"
#include "tests/common/SandboxFixture.h"
#include "tests/sync/CrashScript.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace ContactDesk;
using namespace ContactDesk::Tests;

class TestSyncCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAtRandomMomentsLosesNothingAndDoublesNothing()
    {
        constexpr int editCount = 1000;
        constexpr int contactCount = 200;
        QTemporaryDir dir;
        Sandbox::Options options;
        options.apiKeys = {QStringLiteral("crash-key")};
        options.rateLimitPerMinute = 0;
        options.dataFile = dir.filePath(QStringLiteral("server.sqlite"));
        Sandbox::SandboxHost server; // its own thread: this one waits on the child
        QVERIFY(server.start(options));
        const QStringList arguments = {
            QStringLiteral("--url"),      server.baseUrl().toString(),
            QStringLiteral("--key"),      QStringLiteral("crash-key"),
            QStringLiteral("--db"),       dir.filePath(QStringLiteral("store.sqlite")),
            QStringLiteral("--count"),    QString::number(editCount),
            QStringLiteral("--contacts"), QString::number(contactCount)};
        QRandomGenerator random(QRandomGenerator::global()->generate());
        const quint32 seed = random.generate();
        random.seed(seed);
        qInfo("kill schedule seed: %u", seed);
        int kills = 0;
        bool finished = false;
        QElapsedTimer total;
        total.start();
        for (int run = 0; run < 40 && !finished; ++run) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QStringLiteral(CRASH_PUSHER), arguments);
            QVERIFY(child.waitForStarted(10000));
            const bool kill = run < 8;
            const int killAfter = 30 + static_cast<int>(random.bounded(400));
            if (kill && !child.waitForFinished(killAfter)) {
                ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
                QVERIFY(child.waitForFinished(10000));
                ++kills;
                continue;
            }
            if (child.state() != QProcess::NotRunning)
                QVERIFY(child.waitForFinished(120000));
            QCOMPARE(child.exitStatus(), QProcess::NormalExit);
            QCOMPARE(child.exitCode(), 0);
            finished = true;
        }
        QVERIFY(finished);
        QVERIFY2(kills >= 5, qPrintable(QString::number(kills)));
        qInfo("%d kills, %.1f s", kills, total.elapsed() / 1000.0);
        server.stop();

        // Compare the server's state with the intended one.
        options.port = 0;
        SandboxFixture check(0, options);
        QVERIFY(check.isRunning());
        HttpClient &http = check.http();
        http.setAuthorization("Bearer crash-key");
        const QMap<int, CrashScript::Expected> expected =
            CrashScript::expectedState(CrashScript::edits(editCount, contactCount));
        QMap<QString, QList<QJsonObject>> byPhone;
        for (int page = 0;; ++page) {
            const QJsonArray items = http.call("POST", QStringLiteral("/v2/contacts/list"),
                                               QJsonObject{{QStringLiteral("limit"), 100},
                                                           {QStringLiteral("page"), page}})
                                         .array();
            if (items.isEmpty())
                break;
            for (const QJsonValue &item : items)
                byPhone[item.toObject().value(QStringLiteral("phone")).toString()].append(
                    item.toObject());
        }
        int alive = 0;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const QString phone = CrashScript::phone(it.key());
            const QList<QJsonObject> found = byPhone.value(phone);
            if (it->deleted) {
                QVERIFY2(found.isEmpty(), qPrintable(phone + QStringLiteral(" should be deleted")));
                continue;
            }
            ++alive;
            QVERIFY2(found.size() == 1,
                     qPrintable(phone + QStringLiteral(": %1 copies").arg(found.size())));
            const QJsonObject c = found.first();
            QCOMPARE(c.value(QStringLiteral("first")).toString(), it->first);
            QCOMPARE(
                c.value(QStringLiteral("custom")).toObject().value(QStringLiteral("12")).toString(),
                it->custom12);
            QList<qint64> tags;
            for (const QJsonValue &tag : c.value(QStringLiteral("tags")).toArray())
                tags.append(tag.toObject().value(QStringLiteral("id")).toInteger());
            QCOMPARE(tags, it->tags);
            QCOMPARE(c.value(QStringLiteral("is_opted_out")).toBool(), it->optedOut);
            const QJsonObject status = http.call("POST", QStringLiteral("/v1/contact/status"),
                                                 QJsonObject{{QStringLiteral("phone"), phone}})
                                           .object();
            QCOMPARE(status.value(QStringLiteral("blocked")).toBool(), it->blocked);
        }
        QCOMPARE(static_cast<int>(byPhone.size()), alive); // nothing else was created
        QCOMPARE(check.server().contactCount(), alive);
    }
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_sync_crash.moc"
