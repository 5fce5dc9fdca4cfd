// contactdesk-cli as a user runs it, against a sandbox: dry run with its
// JSON report, import and undo, export and search, exit codes, an upload
// killed in the middle then resumed with nothing lost or doubled, SIGINT
// and SIGTERM of an import (between batches, and a second Ctrl+C at once)
// and of a send, and a resume refused because the file changed.

#include "store/ContactStore.h"
#include "tests/cli/CliRunner.h"
#include "tests/common/SandboxFixture.h"
#include "tests/common/TestFiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <signal.h>

using namespace ContactDesk;
using namespace ContactDesk::Tests;

using Result = CliResult;

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;

    QStringList account() const
    {
        return {QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("profile")),
                QStringLiteral("--api-url"), m_sandbox->baseUrl().toString()};
    }

    CliRunner runner() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CONTACTDESK_API_KEY"),
                           QString::fromLatin1(SandboxFixture::apiKey));
        return CliRunner(QStringLiteral(CLI_EXECUTABLE), account(), environment);
    }
    std::unique_ptr<QProcess> start(const QStringList &arguments) const
    {
        return runner().start(arguments);
    }
    Result cli(const QStringList &arguments) const { return runner().run(arguments); }

private Q_SLOTS:
    void init()
    {
        Sandbox::Options options;
        options.apiKeys = {QString::fromLatin1(SandboxFixture::apiKey)};
        m_sandbox = std::make_unique<SandboxFixture>(20, options);
        QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
        QDir(m_dir.filePath(QStringLiteral("profile"))).removeRecursively();
    }
    void cleanup() { m_sandbox.reset(); }

    void dryRunReportsEveryRejectedRow()
    {
        const QString path = Tests::writeFile(m_dir, QStringLiteral("dry.csv"),
                                              "First Name,Phone Number,Email,Opt Out\n"
                                              "Ann,(415) 555-0101,ann@example.com,no\n"
                                              "Bob,555,bob@,maybe\n"
                                              "Ann again,415.555.0101,,\n");
        const Result result = cli({QStringLiteral("import"), path, QStringLiteral("--dry-run"),
                                   QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 1); // a row was invalid
        const QJsonObject report = result.json().toObject();
        QCOMPARE(report.value(QStringLiteral("new")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("invalid")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("skip")).toInt(), 1);
        const QJsonArray rejected = report.value(QStringLiteral("rejected")).toArray();
        QCOMPARE(rejected.size(), 2);
        QCOMPARE(rejected.at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
        const QString reason = rejected.at(0).toObject().value(QStringLiteral("reason")).toString();
        QVERIFY2(reason.contains(QStringLiteral("Phone Number")) &&
                     reason.contains(QStringLiteral("Email")) &&
                     reason.contains(QStringLiteral("Opt Out")),
                 qPrintable(reason));
        QCOMPARE(rejected.at(1).toObject().value(QStringLiteral("line")).toInt(), 4);
        QCOMPARE(m_sandbox->contactCount(), 20); // nothing sent
    }

    void importSearchExportUndo()
    {
        const QString path = Tests::writeFile(m_dir, QStringLiteral("team.csv"),
                                              "First Name,Last Name,Phone Number,List\n"
                                              "Zoë,Quill,+1 415 555 0177,Gala\n"
                                              "Yann,Quill,+44 20 7946 0958,Gala\n");
        Result result = cli({QStringLiteral("import"), path});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains("created 2"), result.out.constData());
        QCOMPARE(m_sandbox->contactCount(), 22);

        // Accents folded ("zoe" finds Zoë); both words must match (the demo
        // team has other Zoës).
        result =
            cli({QStringLiteral("search"), QStringLiteral("zoe quill"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.json().toArray().size(), 1);
        QCOMPARE(result.json().toArray().at(0).toObject().value(QStringLiteral("first")).toString(),
                 QStringLiteral("Zoë"));

        const QString exported = m_dir.filePath(QStringLiteral("gala.csv"));
        // Words match what the window's search box matches (names, email,
        // custom values); tags are a filter of their own, as in the window.
        result = cli({QStringLiteral("search"), QStringLiteral("gala")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.count('\n'), 0);
        result = cli(
            {QStringLiteral("export"), QStringLiteral("--tag"), QStringLiteral("gala"), exported});
        QCOMPARE(result.exitCode, 0);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QCOMPARE(csv.count('\n'), 3); // header and two contacts
        QVERIFY(csv.contains("Zo\xC3\xAB,Quill"));
        QVERIFY(!QFile::exists(exported + QStringLiteral(".part")));
        // A FILE that is not a regular file is written directly: the same
        // rows on standard output, the count on standard error.
        result = cli({QStringLiteral("export"), QStringLiteral("--tag"), QStringLiteral("gala"),
                      QStringLiteral("/dev/stdout")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, csv);
        QVERIFY(result.err.contains("2 contacts written to /dev/stdout"));

        result = cli({QStringLiteral("list")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.count('\n'), 22);

        result = cli({QStringLiteral("undo-import"), QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(result.json().toObject().value(QStringLiteral("undone")).toInt(), 2);
        QCOMPARE(m_sandbox->contactCount(), 20);
    }

    void sendDryRunThenSend()
    {
        const auto makeContact = [this](const QString &phone, const QString &first) {
            QCOMPARE(m_sandbox
                         ->post(QStringLiteral("/v1/contact"),
                                QJsonObject{{QStringLiteral("phone"), phone},
                                            {QStringLiteral("first"), first},
                                            {QStringLiteral("last"), QStringLiteral("Quill")}})
                         .status,
                     200);
        };
        makeContact(QStringLiteral("14155550401"), QStringLiteral("Ann"));
        makeContact(QStringLiteral("14155550402"), QStringLiteral("Bo"));
        QCOMPARE(
            m_sandbox->setStatus(QStringLiteral("14155550402"), QStringLiteral("unsubscribed")),
            200);
        const auto history = [this](const QString &phone) {
            return m_sandbox
                ->get(QStringLiteral("/v1/messages?phoneNumber=%1&inboxID=413").arg(phone))
                .array();
        };

        // The dry run prints each rendering, its encoding, segments and verdict.
        Result result =
            cli({QStringLiteral("send"), QStringLiteral("--search"), QStringLiteral("Quill"),
                 QStringLiteral("--text"), QStringLiteral("Hi {{first_name}} – your order is in"),
                 QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 1); // Bo is excluded
        QJsonObject report = result.json().toObject();
        QCOMPARE(report.value(QStringLiteral("sending")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("excluded")).toInt(), 1);
        QJsonArray recipients = report.value(QStringLiteral("recipients")).toArray();
        QCOMPARE(recipients.size(), 2);
        QJsonObject ann;
        QJsonObject bo;
        for (const QJsonValue &r : recipients)
            (r.toObject().value(QStringLiteral("to")).toString().endsWith(QLatin1String("01"))
                 ? ann
                 : bo) = r.toObject();
        QCOMPARE(ann.value(QStringLiteral("text")).toString(),
                 QStringLiteral("Hi Ann – your order is in"));
        QCOMPARE(ann.value(QStringLiteral("verdict")).toString(), QStringLiteral("send"));
        QCOMPARE(ann.value(QStringLiteral("encoding")).toString(), QStringLiteral("UCS-2"));
        QCOMPARE(ann.value(QStringLiteral("segments")).toInt(), 1);
        QCOMPARE(ann.value(QStringLiteral("ucs2_because_of")).toArray().first().toString(),
                 QStringLiteral("–"));
        QCOMPARE(bo.value(QStringLiteral("verdict")).toString(), QStringLiteral("excluded"));
        QVERIFY(bo.value(QStringLiteral("reason")).toString().contains(QLatin1String("opted out")));
        QCOMPARE(history(QStringLiteral("14155550401")).size(), 0); // nothing sent

        // Text output names the same things.
        result = cli({QStringLiteral("send"), QStringLiteral("--to"),
                      QStringLiteral("(415) 555-0401"), QStringLiteral("--text"),
                      QStringLiteral("Hello {{first_name}}"), QStringLiteral("--dry-run")});
        QCOMPARE(result.exitCode, 0);
        const QString text = QString::fromUtf8(result.out);
        QVERIFY2(text.contains(QStringLiteral("will receive it · GSM-7, 1 segment")) &&
                     text.contains(QLatin1String("    Hello Ann")),
                 qPrintable(text));

        // A block made in Heymarket (after the store last heard of Ann): the
        // preflight asks the server and excludes her before anything goes.
        QCOMPARE(m_sandbox->setStatus(QStringLiteral("14155550401"), QStringLiteral("blocked")),
                 200);
        result = cli({QStringLiteral("send"), QStringLiteral("--to"),
                      QStringLiteral("+14155550401"), QStringLiteral("--text"),
                      QStringLiteral("Hello {{first_name}}"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 1);
        report = result.json().toObject();
        QCOMPARE(report.value(QStringLiteral("sending")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("recipients"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("blocked"));
        QCOMPARE(history(QStringLiteral("14155550401")).size(), 0);
        QCOMPARE(m_sandbox->setStatus(QStringLiteral("14155550401"), QStringLiteral("unblocked")),
                 200);

        // Sent for real: one message, to the one who can receive it.
        result =
            cli({QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("+14155550401"),
                 QStringLiteral("--to"), QStringLiteral("+14155550402"), QStringLiteral("--text"),
                 QStringLiteral("Hello {{first_name}}"), QStringLiteral("--inbox"),
                 QStringLiteral("413"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 1); // one excluded
        report = result.json().toObject();
        recipients = report.value(QStringLiteral("recipients")).toArray();
        QCOMPARE(recipients.at(0).toObject().value(QStringLiteral("result")).toString(),
                 QStringLiteral("sent"));
        QVERIFY(recipients.at(0).toObject().value(QStringLiteral("message_id")).toInteger() > 0);
        QCOMPARE(history(QStringLiteral("14155550401")).size(), 1);
        QCOMPARE(history(QStringLiteral("14155550401"))
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
                 QStringLiteral("Hello Ann"));
        QCOMPARE(history(QStringLiteral("14155550402")).size(), 0);

        // Usage errors say what is wrong.
        result = cli({QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("555"),
                      QStringLiteral("--text"), QStringLiteral("Hi")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("--to 555"), result.err.constData());
        result = cli({QStringLiteral("send"), QStringLiteral("--text"), QStringLiteral("Hi")});
        QCOMPARE(result.exitCode, 2);
        result =
            cli({QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("+14155550401"),
                 QStringLiteral("--template"), QStringLiteral("Nope")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("no template"), result.err.constData());

        // A template past the first page of 30 is found too.
        const auto makeTemplate = [this](const QString &title, const QString &body) {
            return m_sandbox
                ->post(QStringLiteral("/v1/template"),
                       QJsonObject{{QStringLiteral("title"), title},
                                   {QStringLiteral("content"),
                                    QJsonObject{{QStringLiteral("text"), body}}}})
                .status;
        };
        QCOMPARE(makeTemplate(QStringLiteral("Oldest one"), QStringLiteral("Old {{first_name}}")),
                 200);
        for (int i = 0; i < 35; ++i)
            QCOMPARE(makeTemplate(QStringLiteral("Newer %1").arg(i), QStringLiteral("New")), 200);
        QCOMPARE(m_sandbox->post(QStringLiteral("/v1/templates"), QJsonObject()).array().size(),
                 30);
        result =
            cli({QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("+14155550401"),
                 QStringLiteral("--template"), QStringLiteral("Oldest one"),
                 QStringLiteral("--inbox"), QStringLiteral("413"), QStringLiteral("--dry-run")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains("Old Ann"), result.out.constData());
        // Sent, the template goes as its id: the server renders it.
        result =
            cli({QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("+14155550401"),
                 QStringLiteral("--template"), QStringLiteral("Oldest one"),
                 QStringLiteral("--inbox"), QStringLiteral("413")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(history(QStringLiteral("14155550401")).size(), 2);
        QCOMPARE(history(QStringLiteral("14155550401"))
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
                 QStringLiteral("Old Ann"));
    }

    // The team's templates from the command line: made, listed (every
    // page), changed, used, deleted; each refusal says why.
    void templatesFromTheCommandLine()
    {
        Result result = cli(
            {QStringLiteral("template-add"), QStringLiteral("Pickup"), QStringLiteral("--text"),
             QStringLiteral("Hi {{first_name}}, your order is ready"), QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const qint64 id = result.json().toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        const auto listed = [this]() {
            QHash<QString, QString> byTitle;
            const Result list = cli({QStringLiteral("templates"), QStringLiteral("--json")});
            for (const QJsonValue &t : list.json().toArray())
                byTitle.insert(t.toObject().value(QStringLiteral("title")).toString(),
                               t.toObject().value(QStringLiteral("text")).toString());
            return byTitle;
        };
        QCOMPARE(listed().value(QStringLiteral("Pickup")),
                 QStringLiteral("Hi {{first_name}}, your order is ready"));
        result = cli({QStringLiteral("templates")});
        QVERIFY2(
            result.out.contains(QByteArray(QByteArray::number(id) + "\tPickup\tHi {{first_name}}")),
            result.out.constData());

        // Changed by its title (any letter case), then by its id.
        result = cli({QStringLiteral("template-edit"), QStringLiteral("pickup"),
                      QStringLiteral("--text"),
                      QStringLiteral("{{first_name}}, your order waits at the desk")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        result = cli({QStringLiteral("template-edit"), QString::number(id),
                      QStringLiteral("--title"), QStringLiteral("Pickup at the desk")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(listed().value(QStringLiteral("Pickup at the desk")),
                 QStringLiteral("{{first_name}}, your order waits at the desk"));
        QVERIFY(!listed().contains(QStringLiteral("Pickup")));
        result =
            cli({QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("+14155550401"),
                 QStringLiteral("--template"), QStringLiteral("Pickup at the desk"),
                 QStringLiteral("--inbox"), QStringLiteral("413"), QStringLiteral("--dry-run")});
        QVERIFY2(result.out.contains(", your order waits at the desk"), result.out.constData());

        // What is refused, and why.
        QCOMPARE(cli({QStringLiteral("template-add"), QStringLiteral("No text")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("template-edit"), QString::number(id)}).exitCode, 2);
        result = cli({QStringLiteral("template-rm"), QString::number(id)}); // no terminal
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("--yes"), result.err.constData());
        result = cli({QStringLiteral("template-rm"), QStringLiteral("Nothing like it"),
                      QStringLiteral("--yes")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("no template “Nothing like it”"), result.err.constData());
        QCOMPARE(cli({QStringLiteral("template-add"), QStringLiteral("Twin"),
                      QStringLiteral("--text"), QStringLiteral("one")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("template-add"), QStringLiteral("Twin"),
                      QStringLiteral("--text"), QStringLiteral("two")})
                     .exitCode,
                 0);
        result =
            cli({QStringLiteral("template-rm"), QStringLiteral("Twin"), QStringLiteral("--yes")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("2 templates are titled “Twin”"), result.err.constData());

        result = cli({QStringLiteral("template-rm"), QStringLiteral("Pickup at the desk"),
                      QStringLiteral("--yes")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(!listed().contains(QStringLiteral("Pickup at the desk")));
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/template/%1").arg(id)).status, 404);
    }

    void exitCodesForUsageFilesAndServers()
    {
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("import")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("x.csv"),
                      QStringLiteral("--on-duplicate"), QStringLiteral("merge")})
                     .exitCode,
                 2);
        const Result missing =
            cli({QStringLiteral("import"), m_dir.filePath(QStringLiteral("none.csv"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("none.csv"));
        const Result binary =
            cli({QStringLiteral("import"),
                 Tests::writeFile(m_dir, QStringLiteral("bin.csv"), QByteArray("\0\1\2", 3))});
        QCOMPARE(binary.exitCode, 2);
        QVERIFY2(binary.err.contains("binary"), binary.err.constData());

        QProcess process;
        process.start(QStringLiteral(CLI_EXECUTABLE),
                      {QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("profile")),
                       QStringLiteral("--api-url"), QStringLiteral("http://127.0.0.1:9"),
                       QStringLiteral("--api-key"), QStringLiteral("k"), QStringLiteral("list")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 3);
        QVERIFY(process.readAllStandardError().contains("cannot be reached"));
    }

    // A server that answers 5xx (or 429) to the team question is busy,
    // not gone: the command says so and asks again (the workspace's 5 s
    // retry) instead of giving up at the first answer; once the server
    // answers, the command runs. A server that cannot be reached at all
    // still fails at once (above).
    void aBusyServerIsAskedAgainBeforeTheCommandGivesUp()
    {
        m_sandbox->server().setFailRate(1.0);
        const std::unique_ptr<QProcess> process = start({QStringLiteral("list")});
        QByteArray err;
        (void)QTest::qWaitFor(
            [&] {
                err += process->readAllStandardError();
                return err.contains("asking again") || process->state() == QProcess::NotRunning;
            },
            60000);
        QVERIFY2(err.contains("asking again for up to 60 s"), err.constData());
        QVERIFY2(err.contains("The server failed"), err.constData());
        m_sandbox->server().setFailRate(0);
        const Result result = CliRunner::finish(*process);
        QVERIFY2(result.exitCode == 0, QByteArray(err + result.err).constData());
        QVERIFY2(result.out.count('\n') >= 20, result.out.constData()); // the seeded 20
    }

    // A command pulls, sends the edits that were waiting when it began,
    // and ends; it does not wait for the profile's outbox to drain
    // (another program's edits, which it pushes while it holds the sync
    // lock, kept a command going for as long as that program edited: the
    // soak found it). Here an edit from before waits at the server's gate
    // for ever; `list` still ends.
    void aCommandDoesNotWaitForTheOutboxToDrain()
    {
        Result listed = cli({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonObject first = listed.json().toArray().first().toObject();
        const qint64 id = first.value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        Sandbox::SandboxServer &server = m_sandbox->server();
        server.holdRequestsAfter(QStringLiteral("/v1/contact/%1").arg(id), 0);
        // An edit waiting in the profile's outbox (another program made it).
        const QDir data(m_dir.filePath(QStringLiteral("profile/data")));
        const QStringList stores = data.entryList({QStringLiteral("cli-*.sqlite")}, QDir::Files);
        QCOMPARE(stores.size(), 1);
        {
            Store::ContactStore store;
            QCOMPARE(store.open(data.filePath(stores.first())).describe(), QString());
            QVERIFY(store.editContact(id, {{QStringLiteral("first"), QStringLiteral("Gated")}}));
            qWarning() << "DEBUG" << id << store.pendingCount() << store.contact(id)->fields;
        }
        // Edits from before are waited for, for a while (2 s here, a
        // minute by default); then the command goes on.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CONTACTDESK_API_KEY"),
                           QString::fromLatin1(SandboxFixture::apiKey));
        environment.insert(QStringLiteral("CONTACTDESK_BUSY_WAIT_MS"), QStringLiteral("2000"));
        const Result again = CliRunner(QStringLiteral(CLI_EXECUTABLE), account(), environment)
                                 .run({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        bool shown = false; // the local copy shows the edit, still on its way
        for (const QJsonValue &contact : again.json().toArray())
            shown = shown || (contact.toObject().value(QStringLiteral("id")).toInteger() == id &&
                              contact.toObject().value(QStringLiteral("first")).toString() ==
                                  QLatin1String("Gated"));
        QVERIFY2(shown, again.out.constData());
        QVERIFY(server.heldCount() >= 1); // it tried, and went on
        server.releaseHeld(true);
    }

    // A CSV of `rows` new contacts (phones +1 415 6x…, distinct per `base`).
    QString bigFile(const QString &name, int rows, int base = 10000)
    {
        QByteArray csv = "First Name,Phone Number\n";
        for (int i = 0; i < rows; ++i)
            csv += "Person" + QByteArray::number(i) + ",+1 415 61" + QByteArray::number(base + i) +
                   "\n";
        return Tests::writeFile(m_dir, name, csv);
    }

    // Starts `import path` and stops it with `signal` while the server holds
    // its third and fourth batches (two are on their way at a time): it ends
    // after those two, with exactly four batches on the server.
    Result importStoppedBy(const QString &path, int signal, bool twice = false)
    {
        m_sandbox->server().holdRequestsAfter(QStringLiteral("/v2/contacts"), 2);
        auto process = start({QStringLiteral("import"), path});
        if (!QTest::qWaitFor([&] { return m_sandbox->server().heldCount() == 2; }, 60000))
            return {};
        ::kill(pid_t(process->processId()), signal);
        QByteArray err;
        if (!QTest::qWaitFor(
                [&] {
                    err += process->readAllStandardError();
                    return err.contains("Stopping after the batch");
                },
                10000))
            return {};
        if (twice)
            ::kill(pid_t(process->processId()), signal);
        else
            m_sandbox->server().releaseHeld(true);
        Result result = CliRunner::finish(*process);
        if (twice)
            m_sandbox->server().releaseHeld(false); // the CLI is gone: never handled
        result.err.prepend(err);
        return result;
    }

    void aSignalStopsAnImportBetweenBatchesAndTheSameCommandResumesIt_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("by");
        QTest::newRow("SIGINT") << int(SIGINT) << 130 << QStringLiteral("Ctrl+C");
        QTest::newRow("SIGTERM") << int(SIGTERM) << 143 << QStringLiteral("SIGTERM");
    }

    void aSignalStopsAnImportBetweenBatchesAndTheSameCommandResumesIt()
    {
        QFETCH(int, signal);
        QFETCH(int, exitCode);
        QFETCH(QString, by);
        const QString path = bigFile(QStringLiteral("signal.csv"), 6000);
        const Result stopped = importStoppedBy(path, signal);
        QVERIFY2(stopped.exitCode == exitCode, stopped.err.constData());
        // The batches on their way were answered and recorded; no other went.
        QCOMPARE(m_sandbox->contactCount(), 20 + 4000);
        const QString said = QString::fromLocal8Bit(stopped.err);
        QVERIFY2(said.contains(QStringLiteral("Stopped by %1: 4000 of 6000 rows sent").arg(by)),
                 qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("2000 not sent yet")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral(" import %1”").arg(path)), qPrintable(said));

        m_sandbox->server().setLatencyMs(0);
        const Result resumed = cli({QStringLiteral("import"), path, QStringLiteral("--json")});
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QVERIFY2(resumed.err.contains("Resuming import 1 of"), resumed.err.constData());
        QVERIFY2(resumed.err.contains("2000 rows still to send"), resumed.err.constData());
        const QJsonObject report = resumed.json().toObject();
        QCOMPARE(report.value(QStringLiteral("created")).toInt(), 6000);
        QCOMPARE(report.value(QStringLiteral("failed")).toArray().size(), 0);
        QCOMPARE(m_sandbox->contactCount(), 6020); // none lost, none doubled
    }

    void aSecondCtrlCStopsAtOnceAndTheResumeLooksUpTheBatchesOnTheirWay()
    {
        const QString path = bigFile(QStringLiteral("twice.csv"), 6000);
        const Result stopped = importStoppedBy(path, SIGINT, true);
        QVERIFY2(stopped.exitCode == 130, stopped.err.constData());
        QVERIFY2(stopped.err.contains("Stopped at once; nothing is lost"), stopped.err.constData());
        QVERIFY2(stopped.err.contains(QStringLiteral(" import %1”").arg(path).toLocal8Bit()),
                 stopped.err.constData());
        QCOMPARE(m_sandbox->contactCount(), 20 + 2000);

        // The two batches were marked sent before their requests: the resume
        // asks the server for them first (two searches, held here, before any
        // create goes), then sends what it does not have.
        m_sandbox->server().holdRequestsAfter(QStringLiteral("/v2/contacts/search"), 0);
        auto process = start({QStringLiteral("import"), path, QStringLiteral("--json")});
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->server().heldCount(), 2, 60000);
        QCOMPARE(m_sandbox->contactCount(), 20 + 2000);
        m_sandbox->server().releaseHeld(true);
        const Result resumed = CliRunner::finish(*process);
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QVERIFY2(resumed.err.contains("4000 rows still to send"), resumed.err.constData());
        const QJsonObject report = resumed.json().toObject();
        QCOMPARE(report.value(QStringLiteral("created")).toInt(), 6000);
        QCOMPARE(report.value(QStringLiteral("failed")).toArray().size(), 0);
        QCOMPARE(m_sandbox->contactCount(), 6020);
    }

    void aResumeOfAFileChangedSinceItWasCheckedIsRefused()
    {
        const QString path = bigFile(QStringLiteral("changed.csv"), 6000);
        const QByteArray original = [&] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        const Result stopped = importStoppedBy(path, SIGINT);
        QVERIFY2(stopped.exitCode == 130, stopped.err.constData());
        QCOMPARE(m_sandbox->contactCount(), 20 + 4000);

        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write("Late,+1 415 555 0199\n");
        }
        const Result refused = cli({QStringLiteral("import"), path});
        QCOMPARE(refused.exitCode, 2);
        const QString said = QString::fromLocal8Bit(refused.err);
        QVERIFY2(said.contains(path + QStringLiteral(" changed after it was checked")) &&
                     said.contains(QStringLiteral("size went from %1 to %2 bytes")
                                       .arg(original.size())
                                       .arg(original.size() + 21)) &&
                     said.contains(QStringLiteral("content is different")) &&
                     said.contains(QStringLiteral("nothing was sent")),
                 qPrintable(said));
        QCOMPARE(m_sandbox->contactCount(), 20 + 4000); // nothing sent

        // The journal kept the import as it was. With the file gone, the rows
        // checked then are in the journal and go from there.
        QVERIFY(QFile::rename(path, path + QStringLiteral(".moved")));
        m_sandbox->server().setLatencyMs(0);
        const Result resumed = cli({QStringLiteral("import"), path, QStringLiteral("--json")});
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QVERIFY2(resumed.err.contains("is no longer there") &&
                     resumed.err.contains("kept in the journal"),
                 resumed.err.constData());
        QCOMPARE(resumed.json().toObject().value(QStringLiteral("created")).toInt(), 6000);
        QCOMPARE(m_sandbox->contactCount(), 6020);
    }

    void aCheckedFileRecordsWhatWasChecked()
    {
        const QString path = Tests::writeFile(m_dir, QStringLiteral("hash.csv"),
                                              "First Name,Phone Number\nAnn,+1 415 555 0101\n");
        const Result result = cli({QStringLiteral("import"), path, QStringLiteral("--dry-run"),
                                   QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject checked =
            result.json().toObject().value(QStringLiteral("checked")).toObject();
        QCOMPARE(checked.value(QStringLiteral("size")).toInteger(), QFileInfo(path).size());
        QCOMPARE(
            checked.value(QStringLiteral("sha256")).toString(),
            QString::fromLatin1(QCryptographicHash::hash(
                                    QByteArray("First Name,Phone Number\nAnn,+1 415 555 0101\n"),
                                    QCryptographicHash::Sha256)
                                    .toHex()));
    }

    void ctrlCStopsASendAfterTheMessagesOnTheirWay()
    {
        for (int i = 0; i < 6; ++i)
            QCOMPARE(m_sandbox
                         ->post(QStringLiteral("/v1/contact"),
                                QJsonObject{{QStringLiteral("phone"),
                                             QStringLiteral("1415555050%1").arg(i)},
                                            {QStringLiteral("first"), QStringLiteral("P%1").arg(i)},
                                            {QStringLiteral("last"), QStringLiteral("Wren")}})
                         .status,
                     200);
        // Two messages go at a time: the second and third are held.
        m_sandbox->server().holdRequestsAfter(QStringLiteral("/v1/message/send"), 1);
        auto process =
            start({QStringLiteral("send"), QStringLiteral("--search"), QStringLiteral("Wren"),
                   QStringLiteral("--text"), QStringLiteral("Hi {{first_name}}"),
                   QStringLiteral("--inbox"), QStringLiteral("413"), QStringLiteral("--json")});
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->server().heldCount(), 2, 60000);
        ::kill(pid_t(process->processId()), SIGINT);
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT(
            (err += process->readAllStandardError()).contains("Stopping after the messages"),
            10000);
        m_sandbox->server().releaseHeld(true);
        const Result stopped = CliRunner::finish(*process);
        QVERIFY2(stopped.exitCode == 130, QByteArray(err + stopped.err).constData());
        // In the C locale too, English plurals (not "message(s)").
        QVERIFY2(stopped.err.contains("3 messages not sent; they stay in the outbox"),
                 stopped.err.constData());
        int sent = 0;
        for (int i = 0; i < 6; ++i) {
            const int here = int(
                m_sandbox
                    ->get(
                        QStringLiteral("/v1/messages?phoneNumber=1415555050%1&inboxID=413").arg(i))
                    .array()
                    .size());
            QVERIFY(here <= 1); // never twice
            sent += here;
        }
        QCOMPARE(sent, 3); // the first, and the two on their way when Ctrl+C came
        const QJsonArray report =
            stopped.json().toObject().value(QStringLiteral("recipients")).toArray();
        int reportedSent = 0;
        for (const QJsonValue &r : report)
            reportedSent +=
                r.toObject().value(QStringLiteral("result")).toString() == QLatin1String("sent");
        QCOMPARE(reportedSent, 3);
    }

    void killedUploadResumesWithNothingLostOrDoubled()
    {
        // The server holds the third batch of a 6,000-row upload (six
        // batches of 1,000): the CLI stands at an exact point, two batches
        // done, and is killed there.
        m_sandbox->server().holdRequestsAfter(QStringLiteral("/v2/contacts"), 2);
        QByteArray csv = "First Name,Phone Number\n";
        for (int i = 0; i < 6000; ++i)
            csv += "Person" + QByteArray::number(i) + ",+1 415 60" + QByteArray::number(10000 + i) +
                   "\n";
        const QString path = Tests::writeFile(m_dir, QStringLiteral("big.csv"), csv);
        auto process = start({QStringLiteral("import"), path});
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->server().heldCount() >= 1, 60000);
        QCOMPARE(m_sandbox->contactCount(), 20 + 2000);
        process->kill(); // SIGKILL: no chance to write anything down
        QVERIFY(process->waitForFinished(30000));
        m_sandbox->server().releaseHeld(false); // the killed CLI's batch is never handled

        m_sandbox->server().setLatencyMs(0);
        const Result resumed = cli({QStringLiteral("import"), path, QStringLiteral("--json")});
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QVERIFY2(resumed.err.contains("Resuming"), resumed.err.constData());
        QCOMPARE(resumed.json().toObject().value(QStringLiteral("created")).toInt(), 6000);
        QCOMPARE(m_sandbox->contactCount(), 6020);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
