// The soak: the whole engine under faults, end to end. A sandbox (in this
// process, its own thread) answers with 20% 5xx, 10% 429, 5% connections
// dropped (half before the work, half after it) and 0-300 ms latency; the
// driver (soak_driver: the window's engine, uploader and sender through
// Sync::Workspace) runs the seeded script and is SIGKILLed at aimed moments
// (during edits, mid-push, mid-import batch, mid-send) and started again;
// part of the time contactdesk-cli edits its own contacts on the same
// profile. Then the faults stop, the driver finishes, and the sandbox's
// state is compared with the intended one field by field.
//
//   soak [--full] [--edits N] [--import-rows N] [--messages N] [--kills N]
//        [--seed N] [--latency-ms N] [--kill-delay-ms N] [--aim-wait-ms N]
//        [--reading lenient|strict] [--keep DIR] [--no-cli] [--timeout-s N]
//        [--driver PATH] [--cli PATH]
//
// METRIC lines: soak_lost, soak_doubled, soak_messages_duplicated,
// soak_messages_missing (all must be 0), soak_edits, soak_cli_edits,
// soak_cli_hung (CLI commands killed after two minutes), soak_refused
// (outbox entries the engine gave up on or found in conflict) and
// soak_import_failed (import rows failed; all three must be 0: the script
// holds no bad data),
// soak_kills, soak_requests, soak_seconds. Exit 1 when anything was lost,
// doubled, duplicated or missing (or a CLI command hung), 2 when the soak
// could not run as asked (fewer kills, the last run did not finish).

#include "bench/BenchSupport.h"
#include "bench/soak/SoakScript.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <functional>
#include <memory>
#include <numeric>

using namespace ContactDesk;
using namespace ContactDesk::Soak;

namespace {

constexpr auto apiKey = "soak-key";

// Runs the event loop until `done` holds or `ms` passed; true when it held.
bool waitUntil(const std::function<bool()> &done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() >= ms)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// One driver process and what it printed.
class DriverRun
{
public:
    DriverRun(const QString &program, const QStringList &arguments)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.setReadChannel(QProcess::StandardOutput);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] {
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine().trimmed();
                m_lastLine.restart();
                if (line.startsWith("PHASE ")) {
                    const QList<QByteArray> words = line.split(' ');
                    m_lastPhase = QString::fromLatin1(words.value(1));
                    ++m_phaseCounts[m_lastPhase];
                    if (m_lastPhase == QLatin1String("imported") ||
                        m_lastPhase == QLatin1String("sent"))
                        m_over.insert(m_lastPhase);
                    if (m_lastPhase == QLatin1String("edit"))
                        m_lastEdit = words.value(2).toInt();
                } else if (line.startsWith("STALL")) {
                    ++m_stalls;
                    std::fprintf(stderr, "FINDING: the engine never became idle: %s\n",
                                 line.constData());
                } else if (line == "DONE") {
                    m_done = true;
                }
            }
        });
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process, [this] {
            const QByteArray text = m_process.readAllStandardError();
            std::fprintf(stderr, "driver: %s", text.constData());
        });
        m_lastLine.start();
        m_process.start(program, arguments);
        m_process.waitForStarted(10000);
    }
    ~DriverRun()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    bool running() const { return m_process.state() != QProcess::NotRunning; }
    int count(const QString &phase) const { return m_phaseCounts.value(phase); }
    // The driver said the import, or every message, reached the server.
    bool over(const QString &what) const { return m_over.contains(what); }
    int lastEdit() const { return m_lastEdit; }
    bool done() const { return m_done; }
    int stalls() const { return m_stalls; }
    qint64 silentMs() const { return m_lastLine.elapsed(); }
    void kill()
    {
        ::kill(static_cast<pid_t>(m_process.processId()), SIGKILL);
        m_process.waitForFinished(10000);
    }
    int exitCode() const { return m_process.exitCode(); }
    bool crashed() const { return m_process.exitStatus() != QProcess::NormalExit; }

private:
    QProcess m_process;
    QHash<QString, int> m_phaseCounts;
    QSet<QString> m_over;
    QString m_lastPhase;
    int m_lastEdit = -1;
    int m_stalls = 0;
    bool m_done = false;
    QElapsedTimer m_lastLine;
};

// contactdesk-cli on the same profile: edits of its own contacts (each
// command run again until it succeeds, so its last value is certain) and
// searches, one command after the other.
class CliRunner
{
public:
    CliRunner(QString program, QStringList account, const Script &script)
        : m_program(std::move(program))
        , m_account(std::move(account))
        , m_script(script)
    {}
    // The key goes in the environment (CONTACTDESK_API_KEY), as the CLI
    // asks: not on the command line.
    void setAccount(QStringList account, const QString &key)
    {
        m_account = std::move(account);
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("CONTACTDESK_API_KEY"), key);
    }
    // Starts the next command when none runs and `active`.
    void pump(bool active)
    {
        if (m_process && m_process->state() != QProcess::NotRunning)
            return;
        if (m_process) {
            finish();
            m_process.reset();
        }
        if (!active)
            return;
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->setProcessEnvironment(m_environment);
        QStringList arguments = m_account;
        if (m_round % 4 == 3) {
            arguments << QStringLiteral("search") << QStringLiteral("F");
            m_searching = true;
        } else {
            if (!m_retrying) {
                m_contact = m_script.cliContact(m_round % m_script.cliContacts);
                m_value = QStringLiteral("CLI-%1").arg(m_round);
            }
            arguments << QStringLiteral("edit") << basePhone(m_contact) << QStringLiteral("--first")
                      << m_value << QStringLiteral("--field")
                      << QStringLiteral("Plan=%1").arg(m_value);
            m_searching = false;
        }
        m_process->start(m_program, arguments);
    }
    void stop()
    {
        if (m_process) {
            if (!m_process->waitForFinished(120000)) {
                std::fprintf(
                    stderr,
                    "FINDING: contactdesk-cli %s did not end in two minutes: "
                    "killed\n",
                    qPrintable(
                        m_process->arguments().mid(m_account.size()).join(QLatin1Char(' '))));
                ++m_hung;
                m_process->kill();
                m_process->waitForFinished(10000);
            }
            finish();
            m_process.reset();
        }
    }
    // The value each CLI contact must end with (absent: never edited).
    QHash<int, QString> values() const { return m_values; }
    // Values a command tried, that may or may not have been made (its
    // last run did not succeed): accepted too.
    QHash<int, QStringList> maybe() const { return m_maybe; }
    int edits() const { return m_edits; }
    int hung() const { return m_hung; }
    int commands() const { return m_commands; }
    QHash<int, int> exits() const { return m_exits; }

private:
    void finish()
    {
        ++m_commands;
        const int code =
            m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
        ++m_exits[code];
        if (code != 0) {
            const QByteArray out = m_process->readAll();
            if (m_loggedFailures++ < 20)
                std::fprintf(stderr, "cli (exit %d): %s\n", code, out.trimmed().constData());
        }
        if (m_searching) {
            ++m_round;
            return;
        }
        if (code == 0) {
            m_values[m_contact] = m_value;
            m_maybe.remove(m_contact);
            ++m_edits;
            m_retrying = false;
            ++m_round;
        } else if (++m_tries < 20) {
            // Not sure whether it was made: the same value again.
            if (!m_maybe[m_contact].contains(m_value))
                m_maybe[m_contact].append(m_value);
            m_retrying = true;
            return;
        } else {
            m_retrying = false;
            ++m_round;
        }
        m_tries = 0;
    }

    QString m_program;
    QStringList m_account;
    QProcessEnvironment m_environment;
    const Script &m_script;
    std::unique_ptr<QProcess> m_process;
    int m_round = 0;
    int m_contact = 0;
    QString m_value;
    bool m_retrying = false;
    bool m_searching = false;
    int m_tries = 0;
    int m_edits = 0;
    int m_commands = 0;
    int m_loggedFailures = 0;
    int m_hung = 0;
    QHash<int, QString> m_values;
    QHash<int, QStringList> m_maybe;
    QHash<int, int> m_exits;
};

struct ServerContact
{
    qint64 id = 0;
    QString first;
    QString last;
    QString email;
    QString phone;
    QJsonObject custom;
    QList<qint64> tags;
    qint64 owner = -1;
    bool optedOut = false;
    bool blocked = false;
    QStringList emailChannels;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The fault soak (see README, Soak)."));
    parser.addHelpOption();
    const auto option = [&parser](const char *name, const char *help, const char *value,
                                  const char *fallback) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(help));
        if (value) {
            o.setValueName(QString::fromLatin1(value));
            o.setDefaultValue(QString::fromLatin1(fallback));
        }
        parser.addOption(o);
        return o;
    };
    const auto full =
        option("full", "10,000 edits, a 100,000-row import, 1,000 messages", nullptr, nullptr);
    const auto edits = option("edits", "store calls the script makes", "N", "300");
    const auto importRows = option("import-rows", "rows of the imported CSV", "N", "2000");
    const auto messages = option("messages", "messages sent", "N", "60");
    const auto kills = option("kills", "SIGKILLs of the driver (at least)", "N", "20");
    const auto seed = option("seed", "the script's and the dice's seed", "N", "16");
    const auto latency = option("latency-ms", "answers are delayed by 0..N ms", "N", "300");
    const auto killDelay =
        option("kill-delay-ms", "a kill comes 0..N ms after the phase it aims at", "N", "400");
    const auto aimWait =
        option("aim-wait-ms", "wait up to N ms for the phase killed least so far (else any)", "N",
               "60000");
    const auto reading = option("reading", "the sandbox's reading", "lenient|strict", "lenient");
    const auto keep =
        option("keep", "work in DIR and keep it (default: a temporary folder)", "DIR", "");
    const auto noCli = option("no-cli", "no second process on the profile", nullptr, nullptr);
    const auto driverPath = option("driver",
                                   "the driver program (a copy, for a long run while "
                                   "the build folder changes)",
                                   "PATH", SOAK_DRIVER);
    const auto cliPath = option("cli", "the contactdesk-cli program", "PATH", CONTACTDESK_CLI);
    const auto timeout = option("timeout-s", "give up after N seconds", "N", "0");
    const auto checkOnly =
        option("check-only",
               "only compare the state a kept run (--keep DIR) left, with the same "
               "sizes and seed (run with --no-cli: the CLI's values are not kept)",
               nullptr, nullptr);
    parser.process(app);

    const bool isFull = parser.isSet(full);
    const int editCount = isFull && !parser.isSet(edits) ? 10000 : parser.value(edits).toInt();
    const int rowCount =
        isFull && !parser.isSet(importRows) ? 100000 : parser.value(importRows).toInt();
    const int messageCount =
        isFull && !parser.isSet(messages) ? 1000 : parser.value(messages).toInt();
    const int killCount = parser.value(kills).toInt();
    const quint32 seedValue = parser.value(seed).toUInt();
    const int latencyMs = parser.value(latency).toInt();
    const int killDelayMs = std::max(1, parser.value(killDelay).toInt());
    const int aimWaitMs = std::max(0, parser.value(aimWait).toInt());
    const qint64 timeoutMs = parser.value(timeout).toLongLong() * 1000;

    QTemporaryDir temporary;
    const QString work = parser.value(keep).isEmpty() ? temporary.path() : parser.value(keep);
    QDir().mkpath(work);
    const QString profile = QDir(work).filePath(QStringLiteral("profile"));
    QDir().mkpath(profile);
    const QString dataFile = QDir(work).filePath(QStringLiteral("server.sqlite"));

    const Script script = makeScript(editCount, seedValue);
    const QString driverProgram = parser.value(driverPath);
    CliRunner cli(parser.value(cliPath), {}, script);
    QHash<QString, int> killsByPhase;
    int killed = 0;
    int runs = 0;
    bool finishedEarly = false;
    int finalExit = 0;
    qint64 requests = 0;
    double seconds = 0;
    int stalls = 0; // runs whose engine never became idle (a status read that did not end)
    if (!parser.isSet(checkOnly)) {
        Sandbox::Options options;
        options.apiKeys = {QString::fromLatin1(apiKey)};
        options.rateLimitPerMinute = 0;
        options.dataFile = dataFile;
        options.failRate = 0.20;
        options.tooManyRate = 0.10;
        options.dropBeforeRate = 0.025;
        options.dropRate = 0.025;
        options.latencyRangeMs = latencyMs;
        options.faultSeed = seedValue;
        options.reading =
            Sandbox::readingFromName(parser.value(reading)).value_or(Sandbox::Reading::Lenient);
        Sandbox::SandboxHost host;
        if (!host.start(options)) {
            std::fprintf(stderr, "sandbox: %s\n", qPrintable(host.errorString()));
            return 2;
        }
        Sandbox::SandboxServer *server = host.server();
        const QString url = host.baseUrl().toString();
        std::printf(
            "soak: %d edits, %d import rows, %d messages, %d kills, seed %u, latency 0-%d ms, "
            "%s; in %s\n",
            editCount, rowCount, messageCount, killCount, seedValue, latencyMs,
            qPrintable(Sandbox::readingName(options.reading)), qPrintable(work));
        std::fflush(stdout);

        const QStringList driverArguments = {
            QStringLiteral("--url"),         url,
            QStringLiteral("--key"),         QString::fromLatin1(apiKey),
            QStringLiteral("--profile"),     profile,
            QStringLiteral("--edits"),       QString::number(editCount),
            QStringLiteral("--import-rows"), QString::number(rowCount),
            QStringLiteral("--messages"),    QString::number(messageCount),
            QStringLiteral("--seed"),        QString::number(seedValue)};
        cli.setAccount({QStringLiteral("--profile"), profile, QStringLiteral("--api-url"), url},
                       QString::fromLatin1(apiKey));

        QElapsedTimer total;
        total.start();
        const auto timedOut = [&] { return timeoutMs > 0 && total.elapsed() > timeoutMs; };
        QRandomGenerator random(seedValue);
        QSet<QString> over; // phases that ended (the import, the sends)
        int progress = -1;  // the highest step a driver said it made
        const QStringList aims = {QStringLiteral("edit"), QStringLiteral("push"),
                                  QStringLiteral("import"), QStringLiteral("send")};
        const int firstCliEdit = script.contacts + script.cliContacts;
        while (killed < killCount && !timedOut()) {
            DriverRun run(driverProgram, driverArguments);
            ++runs;
            // The second process: two runs in three, once the driver made its contacts.
            const bool withCli = !parser.isSet(noCli) && runs % 3 != 0;
            const auto tick = [&] {
                progress = std::max(progress, run.lastEdit());
                cli.pump(withCli && progress >= firstCliEdit);
            };
            // The kills are spread over the script: kill k comes once the
            // driver is past step steps * (k + 1) / (kills + 1).
            const int target = static_cast<int>(static_cast<qint64>(script.steps.size()) *
                                                (killed + 1) / (killCount + 1));
            waitUntil(
                [&] {
                    tick();
                    // (A driver that says nothing for a minute is stuck:
                    // killed anyway, and what it left is compared.)
                    return !run.running() || progress >= target || timedOut() ||
                           run.silentMs() > 60000;
                },
                INT_MAX);
            // Then at a fresh marker of the phase killed least so far, of
            // those still to come (the import and the sends end before the
            // edits do; the import starts a fifth of the way in and the sends
            // come in batches, so the wait for one is long), else at the next
            // marker of any phase still to come.
            if (run.over(QStringLiteral("imported")))
                over.insert(QStringLiteral("import"));
            if (run.over(QStringLiteral("sent")))
                over.insert(QStringLiteral("send"));
            QStringList coming;
            for (const QString &phase : aims)
                if (!over.contains(phase))
                    coming.append(phase);
            int fewest = INT_MAX;
            for (const QString &phase : coming)
                fewest = std::min(fewest, killsByPhase.value(phase));
            QString aim;
            const auto awaitFresh = [&](const QStringList &phases, int ms) {
                QHash<QString, int> seen;
                for (const QString &phase : phases)
                    seen.insert(phase, run.count(phase));
                waitUntil(
                    [&] {
                        tick();
                        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
                            if (run.count(it.key()) > it.value())
                                aim = it.key();
                        return !run.running() || !aim.isEmpty() || timedOut();
                    },
                    ms);
            };
            QStringList least;
            for (const QString &phase : coming)
                if (killsByPhase.value(phase) == fewest)
                    least.append(phase);
            awaitFresh(least, aimWaitMs);
            if (aim.isEmpty() && run.running())
                awaitFresh(coming, 8000);
            if (aim.isEmpty())
                aim = QStringLiteral("any");
            const int delay = static_cast<int>(random.bounded(killDelayMs));
            waitUntil(
                [&] {
                    tick();
                    return !run.running();
                },
                delay);
            if (!run.running()) {
                if (run.done()) {
                    finishedEarly = true;
                    break;
                }
                if (run.crashed())
                    std::fprintf(stderr, "FINDING: the driver crashed before the kill\n");
                else
                    std::fprintf(stderr, "the driver exited with %d before the kill\n",
                                 run.exitCode());
                continue;
            }
            run.kill();
            ++killed;
            ++killsByPhase[aim];
        }
        cli.stop();

        // Faults off: the driver finishes what is left.
        server->setFailRate(0);
        server->setTooManyRate(0);
        server->setDropBeforeRate(0);
        server->setDropRate(0);
        server->setLatencyRangeMs(0);
        if (!finishedEarly) {
            DriverRun last(driverProgram, driverArguments);
            waitUntil([&] { return !last.running() || timedOut(); }, INT_MAX);
            if (last.running()) {
                std::fprintf(stderr, "timed out: the driver did not finish\n");
                last.kill();
                finalExit = -1;
            } else {
                finalExit = last.crashed() ? -1 : last.exitCode();
            }
            stalls += last.stalls();
            if (!last.done())
                std::fprintf(stderr, "the last driver run ended without DONE (exit %d)\n",
                             finalExit);
        }
        requests = server->requestCount();
        seconds = total.elapsed() / 1000.0;
        host.stop();
    }

    // The server's state, read from its file.
    QHash<QString, QList<ServerContact>> byPhone;
    QHash<QString, int> messageCounts;
    qint64 planId = 0;
    QList<qint64> tagIds;
    QList<qint64> memberIds;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(dataFile);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(dataFile));
            return 2;
        }
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT id FROM fields WHERE title = 'Plan'"));
        if (q.next())
            planId = q.value(0).toLongLong();
        q.exec(QStringLiteral("SELECT id FROM tags ORDER BY id"));
        while (q.next())
            tagIds.append(q.value(0).toLongLong());
        q.exec(QStringLiteral("SELECT id FROM members ORDER BY id"));
        while (q.next())
            memberIds.append(q.value(0).toLongLong());
        QHash<qint64, QStringList> emails;
        q.exec(QStringLiteral("SELECT contact_id, channel_id FROM channels WHERE channel_type = "
                              "'email' ORDER BY contact_id, position"));
        while (q.next())
            emails[q.value(0).toLongLong()].append(q.value(1).toString());
        q.exec(QStringLiteral("SELECT id, first, last, email, phone, custom, tags, "
                              "assigned_user_id, is_opted_out, blocked FROM contacts"));
        while (q.next()) {
            ServerContact c;
            c.id = q.value(0).toLongLong();
            c.first = q.value(1).toString();
            c.last = q.value(2).toString();
            c.email = q.value(3).toString();
            c.phone = q.value(4).toString();
            c.custom = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
            for (const QJsonValue &tag :
                 QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array())
                c.tags.append(tag.toInteger());
            std::sort(c.tags.begin(), c.tags.end());
            c.owner = q.value(7).isNull() ? -1 : q.value(7).toLongLong();
            c.optedOut = q.value(8).toBool();
            c.blocked = q.value(9).toBool();
            c.emailChannels = emails.value(c.id);
            byPhone[c.phone].append(c);
        }
        q.exec(QStringLiteral("SELECT json FROM messages"));
        while (q.next())
            ++messageCounts[QJsonDocument::fromJson(q.value(0).toString().toUtf8())
                                .object()
                                .value(QStringLiteral("text"))
                                .toString()];
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));

    // What the driver's store says it could not do: outbox entries refused
    // or in conflict, import rows failed. With only faults and kills (no bad
    // data in the script) each is a finding, even when the server has it.
    int refused = 0;
    int importFailed = 0;
    {
        const QStringList stores = QDir(QDir(profile).filePath(QStringLiteral("data")))
                                       .entryList({QStringLiteral("*.sqlite")}, QDir::Files);
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("driver"));
        db.setDatabaseName(
            QDir(QDir(profile).filePath(QStringLiteral("data"))).filePath(stores.value(0)));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!stores.isEmpty() && db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE state != 0"));
            if (q.next())
                refused = q.value(0).toInt();
            q.exec(QStringLiteral("SELECT count(*) FROM import_rows WHERE state = 3"));
            if (q.next())
                importFailed = q.value(0).toInt();
            q.exec(QStringLiteral("SELECT line, error FROM import_rows WHERE state = 3 LIMIT 3"));
            while (q.next())
                std::fprintf(stderr, "import line %lld failed: %s\n", q.value(0).toLongLong(),
                             qPrintable(q.value(1).toString()));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("driver"));

    // Compare, field by field.
    int lost = 0;
    int doubled = 0;
    int reported = 0;
    const auto report = [&reported](const QString &what) {
        if (reported++ < 60)
            std::fprintf(stderr, "%s\n", qPrintable(what));
    };
    // The step that last set a field of contact c, for the report.
    const auto lastStep = [&script](int c) {
        for (qsizetype i = script.steps.size() - 1; i >= 0; --i)
            if (script.steps.at(i).contact == c)
                return QStringLiteral("step %1").arg(i);
        return QString();
    };
    QSet<QString> expectedPhones;
    const QHash<int, QString> cliValues = cli.values();
    const QHash<int, QStringList> cliMaybe = cli.maybe();
    for (int c = 0; c < script.finalState.size(); ++c) {
        const ContactState &want = script.finalState.at(c);
        const QList<ServerContact> found = byPhone.value(want.phone);
        const QString other = want.phone == basePhone(c) ? otherPhone(c) : basePhone(c);
        expectedPhones.insert(basePhone(c));
        expectedPhones.insert(otherPhone(c));
        if (!byPhone.value(other).isEmpty()) {
            doubled += static_cast<int>(byPhone.value(other).size());
            report(QStringLiteral("contact %1: a copy under its other number %2 (%3)")
                       .arg(c)
                       .arg(other, lastStep(c)));
        }
        if (!want.exists) {
            if (!found.isEmpty()) {
                lost += 1;
                report(QStringLiteral("contact %1 (%2): deleted, but the server has %3 (%4)")
                           .arg(c)
                           .arg(want.phone)
                           .arg(found.size())
                           .arg(lastStep(c)));
            }
            continue;
        }
        if (found.isEmpty()) {
            ++lost;
            report(QStringLiteral("contact %1 (%2): missing on the server (%3)")
                       .arg(c)
                       .arg(want.phone, lastStep(c)));
            continue;
        }
        if (found.size() > 1) {
            doubled += static_cast<int>(found.size()) - 1;
            report(QStringLiteral("contact %1 (%2): %3 copies")
                       .arg(c)
                       .arg(want.phone)
                       .arg(found.size()));
        }
        const ServerContact &s = found.first();
        QString first = want.first;
        QString plan = want.plan;
        QStringList alsoFine;
        if (c >= script.contacts) { // the CLI's
            if (cliValues.contains(c))
                first = plan = cliValues.value(c);
            alsoFine = cliMaybe.value(c);
        }
        QList<qint64> tags;
        for (int tag : want.tags)
            tags.append(tagIds.value(tag));
        std::sort(tags.begin(), tags.end());
        const qint64 owner = want.owner < 0 ? -1 : memberIds.value(want.owner);
        const auto field = [&](const char *name, const QString &got, const QString &intended,
                               const QStringList &also = {}) {
            if (got == intended || also.contains(got))
                return;
            ++lost;
            report(QStringLiteral("contact %1 (%2) %3: server \"%4\", intended \"%5\" (%6)")
                       .arg(c)
                       .arg(want.phone, QString::fromLatin1(name), got, intended, lastStep(c)));
        };
        const auto tagText = [](const QList<qint64> &list) {
            QStringList parts;
            for (qint64 t : list)
                parts.append(QString::number(t));
            return parts.join(QLatin1Char(','));
        };
        field("first", s.first, first, alsoFine);
        field("last", s.last, want.last);
        field("email", s.email, want.email);
        field("plan", s.custom.value(QString::number(planId)).toString(), plan, alsoFine);
        field("tags", tagText(s.tags), tagText(tags));
        field("owner", QString::number(s.owner), QString::number(owner));
        field("blocked", QString::number(s.blocked), QString::number(want.blocked));
        field("opted out", QString::number(s.optedOut), QString::number(want.optedOut));
        field("email channels", s.emailChannels.join(QLatin1Char(',')), want.email);
    }
    for (int row = 0; row < rowCount; ++row) {
        const QString phone = importPhone(row);
        expectedPhones.insert(phone);
        const QList<ServerContact> found = byPhone.value(phone);
        if (found.isEmpty()) {
            ++lost;
            report(QStringLiteral("import row %1 (%2): missing").arg(row).arg(phone));
            continue;
        }
        if (found.size() > 1) {
            doubled += static_cast<int>(found.size()) - 1;
            report(QStringLiteral("import row %1 (%2): %3 copies")
                       .arg(row)
                       .arg(phone)
                       .arg(found.size()));
        }
        if (found.first().first != importFirst(row) || found.first().last != importLast(row)) {
            ++lost;
            report(QStringLiteral("import row %1: names \"%2 %3\"")
                       .arg(row)
                       .arg(found.first().first, found.first().last));
        }
    }
    for (auto it = byPhone.cbegin(); it != byPhone.cend(); ++it) {
        if (!expectedPhones.contains(it.key())) {
            doubled += static_cast<int>(it->size());
            report(QStringLiteral("unexpected contact %1 (%2)").arg(it.key(), it->first().first));
        }
    }
    int missing = 0;
    int duplicated = 0;
    for (int m = 0; m < messageCount; ++m) {
        const int n = messageCounts.value(messageText(m));
        if (n == 0) {
            ++missing;
            report(QStringLiteral("message %1: missing").arg(m));
        } else if (n > 1) {
            duplicated += n - 1;
            report(QStringLiteral("message %1: %2 times").arg(m).arg(n));
        }
    }

    QStringList phases;
    for (auto it = killsByPhase.cbegin(); it != killsByPhase.cend(); ++it)
        phases.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    QStringList exits;
    const QHash<int, int> cliExits = cli.exits();
    for (auto it = cliExits.cbegin(); it != cliExits.cend(); ++it)
        exits.append(QStringLiteral("exit %1: %2").arg(it.key()).arg(it.value()));
    {
        static const char *const kindNames[] = {"create",         "delete",        "recreate",
                                                "edit",           "status",        "channel add",
                                                "channel remove", "channel change"};
        static const char *const fieldNames[] = {"",        " names", " phone", " email",
                                                 " custom", " tags",  " owner"};
        QMap<QString, int> counts;
        for (const Step &step : script.steps)
            ++counts[QString::fromLatin1(kindNames[static_cast<int>(step.kind)]) +
                     QString::fromLatin1(fieldNames[static_cast<int>(step.field)]) +
                     (step.undo ? QStringLiteral(" (undo)") : QString())];
        QStringList parts;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
        std::printf("script: %s\n", qPrintable(parts.join(QStringLiteral(", "))));
    }
    int alive = 0;
    for (const ContactState &state : script.finalState)
        alive += state.exists ? 1 : 0;
    std::printf(
        "compared: %lld script contacts (%d on the server), %d import rows, %d "
        "messages; the server holds %lld contacts, %lld messages\n",
        static_cast<long long>(script.finalState.size()), alive, rowCount, messageCount,
        static_cast<long long>(std::accumulate(
            byPhone.cbegin(), byPhone.cend(), qsizetype(0),
            [](qsizetype n, const QList<ServerContact> &l) { return n + l.size(); })),
        static_cast<long long>(std::accumulate(messageCounts.cbegin(), messageCounts.cend(), 0)));
    std::printf("kills by phase: %s; driver runs %d; last run exit %d%s\n",
                qPrintable(phases.join(QStringLiteral(", "))), runs + (finishedEarly ? 0 : 1),
                finalExit, finishedEarly ? " (the work ended before the kills did)" : "");
    std::printf("second process: %d contactdesk-cli commands (%s), %d hung\n", cli.commands(),
                qPrintable(exits.join(QStringLiteral(", "))), cli.hung());
    std::fflush(stdout);
    Bench::metric("soak_lost", lost, "count");
    Bench::metric("soak_doubled", doubled, "count");
    Bench::metric("soak_messages_duplicated", duplicated, "count");
    Bench::metric("soak_messages_missing", missing, "count");
    Bench::metric("soak_edits", static_cast<double>(script.steps.size()), "count");
    Bench::metric("soak_cli_edits", cli.edits(), "count");
    Bench::metric("soak_cli_hung", cli.hung(), "count");
    Bench::metric("soak_refused", refused, "count");
    Bench::metric("soak_import_failed", importFailed, "count");
    Bench::metric("soak_kills", killed, "count");
    Bench::metric("soak_engine_stalls", stalls, "count");
    Bench::metric("soak_requests", static_cast<double>(requests), "count");
    Bench::metric("soak_seconds", seconds, "s");
    const bool clean = lost == 0 && doubled == 0 && duplicated == 0 && missing == 0 &&
                       cli.hung() == 0 && refused == 0 && importFailed == 0;
    if (!clean)
        return 1;
    if (!parser.isSet(checkOnly) && (killed < killCount || finalExit != 0)) {
        std::fprintf(stderr, "the soak did not run as asked (%d of %d kills, last exit %d)\n",
                     killed, killCount, finalExit);
        return 2;
    }
    return 0;
}
