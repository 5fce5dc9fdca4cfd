// Killing the app at any moment loses no edit and doubles no contact: a
// child process making and pushing 1,000 scripted edits is killed with
// SIGKILL eight times, at marks it prints (a random count of edits made or
// entries pushed in that run), restarted each time, and in the end the
// server holds exactly the intended state.

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
        // Eight runs are killed at a mark the child prints, the first four
        // while making edits (after 20 to 150 edits of that run), the next
        // four while pushing (after 5 to 50 entries of that run went out);
        // the ninth runs to the end. A run made at most 150 edits and pushed
        // at most ~50 entries before its kill, so every run reaches its
        // mark: the kills are exactly eight whatever the machine's speed
        // (only where between two marks the signal lands varies, and the
        // outcome must not depend on it).
        constexpr int killedRuns = 8;
        int kills = 0;
        bool finished = false;
        QElapsedTimer total;
        total.start();
        for (int run = 0; run <= killedRuns && !finished; ++run) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.setReadChannel(QProcess::StandardOutput);
            child.start(QStringLiteral(CRASH_PUSHER), arguments);
            QVERIFY(child.waitForStarted(30000));
            if (run < killedRuns) {
                const bool duringEdits = run < killedRuns / 2;
                const qint64 mark = duringEdits ? 20 + random.bounded(131) : 5 + random.bounded(46);
                qint64 firstMade = -1;
                qint64 firstPending = -1;
                bool reached = false;
                while (!reached) {
                    if (!child.canReadLine() && !child.waitForReadyRead(60000))
                        break; // ended or silent: the checks below say so
                    while (!reached && child.canReadLine()) {
                        const QList<QByteArray> words = child.readLine().trimmed().split(' ');
                        if (words.size() != 2)
                            continue;
                        const qint64 value = words.at(1).toLongLong();
                        if (duringEdits && words.at(0) == "made") {
                            if (firstMade < 0)
                                firstMade = value - 1;
                            reached = value - firstMade >= mark;
                        } else if (words.at(0) == "pending") {
                            // A run meant to die among the edits that
                            // finished them first dies early in the push.
                            if (firstPending < 0)
                                firstPending = value;
                            reached = firstPending - value >= (duringEdits ? 5 : mark);
                        }
                    }
                }
                QVERIFY2(reached,
                         qPrintable(
                             QStringLiteral("run %1 ended before its mark %2").arg(run).arg(mark)));
                ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
                QVERIFY(child.waitForFinished(30000));
                ++kills;
                continue;
            }
            QVERIFY(child.waitForFinished(300000));
            QCOMPARE(child.exitStatus(), QProcess::NormalExit);
            QCOMPARE(child.exitCode(), 0);
            finished = true;
        }
        QVERIFY(finished);
        QCOMPARE(kills, killedRuns);
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
