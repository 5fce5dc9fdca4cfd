// contactdesk-cli's contact commands (show, add, edit, rm) as a user runs
// them, against a sandbox given with --api-url (checked through the
// sandbox's own HTTP answers) and against the profile's embedded
// workspace (checked by a second run); and the command line itself: each
// command's help, --version, unknown commands and options, and an
// executable that links neither Qt Widgets nor Qt Gui.

#include "tests/cli/CliRunner.h"
#include "tests/common/SandboxFixture.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ContactDesk;
using namespace ContactDesk::Tests;

class TestCliContacts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;

    // The CLI on the test's sandbox (its store in a profile of the test's).
    CliRunner cli() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CONTACTDESK_API_KEY"),
                           QString::fromLatin1(SandboxFixture::apiKey));
        return CliRunner(QStringLiteral(CLI_EXECUTABLE),
                         {QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("profile")),
                          QStringLiteral("--api-url"), m_sandbox->baseUrl().toString()},
                         environment);
    }

    // A contact made on the server; its {id, uuid}.
    QJsonObject makeContact(const QJsonObject &body)
    {
        const HttpResult made = m_sandbox->post(QStringLiteral("/v1/contact"), body);
        if (made.status != 200)
            qFatal("the sandbox did not make the contact: %s", made.raw.constData());
        return made.object();
    }
    QJsonObject serverContact(qint64 id)
    {
        return m_sandbox->get(QStringLiteral("/v1/contact/%1").arg(id)).object();
    }
    // The names of a server contact's tags: full Tag objects (the lenient
    // reading) or bare ids (the strict one), looked up.
    QStringList tagNames(const QJsonObject &contact)
    {
        QStringList names;
        for (const QJsonValue &tag : contact.value(QStringLiteral("tags")).toArray()) {
            const QJsonObject object =
                tag.isObject()
                    ? tag.toObject()
                    : m_sandbox->get(QStringLiteral("/v1/tag/%1").arg(tag.toInteger())).object();
            names.append(object.value(QStringLiteral("tag")).toString());
        }
        return names;
    }
    qint64 makeTag(const QString &name)
    {
        return m_sandbox
            ->post(QStringLiteral("/v1/tag"), QJsonObject{{QStringLiteral("tag"), name}})
            .object()
            .value(QStringLiteral("id"))
            .toInteger();
    }
    QStringList teamTagNames()
    {
        QStringList names;
        for (const QJsonValue &tag :
             m_sandbox->post(QStringLiteral("/v1/tags"), QJsonObject()).array())
            names.append(tag.toObject().value(QStringLiteral("tag")).toString());
        return names;
    }
    qint64 makeField(const QString &title)
    {
        return m_sandbox
            ->post(QStringLiteral("/v1/contacts/fields"),
                   QJsonArray{QJsonObject{{QStringLiteral("title"), title}}})
            .array()
            .at(0)
            .toObject()
            .value(QStringLiteral("id"))
            .toInteger();
    }
    QJsonObject firstMember()
    {
        return m_sandbox->get(QStringLiteral("/v1/team"))
            .object()
            .value(QStringLiteral("members"))
            .toArray()
            .at(0)
            .toObject();
    }

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

    void helpOfEachCommand_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *name : {"import", "export", "list", "search", "show", "add", "edit", "rm",
                                 "undo-import", "send"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void helpOfEachCommand()
    {
        QFETCH(QString, command);
        const CliResult help = cli().run({QStringLiteral("help"), command});
        const CliResult option = cli().run({command, QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QCOMPARE(option.exitCode, 0);
        QCOMPARE(help.out, option.out);
        QVERIFY2(help.out.startsWith(
                     QByteArray("Usage: contactdesk-cli " + command.toUtf8() + " [options]")),
                 help.out.constData());
        QVERIFY(help.out.contains("--api-url"));
        // The program's help lists it.
        const CliResult all = cli().run({QStringLiteral("--help")});
        QCOMPARE(all.exitCode, 0);
        QVERIFY2(all.out.contains(QByteArray("\n  " + command.toUtf8() + "  ")),
                 all.out.constData());
    }

    void versionAndWhatItDoesNotKnow()
    {
        const CliResult version = cli().run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, QByteArray("contactdesk-cli " CONTACTDESK_VERSION "\n"));

        const CliResult option = cli().run(
            {QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--frobnicate")});
        QCOMPARE(option.exitCode, 2);
        QVERIFY2(option.err.contains("frobnicate") &&
                     option.err.contains("Usage: contactdesk-cli edit [options] CONTACT"),
                 option.err.constData());
        const CliResult global =
            cli().run({QStringLiteral("--frobnicate"), QStringLiteral("list")});
        QCOMPARE(global.exitCode, 2);
        QVERIFY2(global.err.contains("frobnicate"), global.err.constData());
        const CliResult command = cli().run({QStringLiteral("frobnicate")});
        QCOMPARE(command.exitCode, 2);
        QVERIFY2(command.err.contains("“frobnicate”") && command.err.contains("Usage:"),
                 command.err.constData());
        QCOMPARE(cli().run({QStringLiteral("help"), QStringLiteral("frobnicate")}).exitCode, 2);
        const CliResult missing = cli().run({QStringLiteral("show")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("CONTACT"), missing.err.constData());
    }

    void linksNeitherWidgetsNorGui()
    {
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {QStringLiteral(CLI_EXECUTABLE)});
        QVERIFY(ldd.waitForFinished(30000));
        const QByteArray libraries = ldd.readAllStandardOutput();
        QVERIFY2(libraries.contains("libQt6Core"), libraries.constData()); // ldd did read it
        QVERIFY2(!libraries.contains("libQt6Gui"), libraries.constData());
        QVERIFY2(!libraries.contains("libQt6Widgets"), libraries.constData());
    }

    void showFindsTheContactEveryWay()
    {
        const qint64 gala = makeTag(QStringLiteral("Gala"));
        const qint64 shoeSize = makeField(QStringLiteral("Shoe Size"));
        const QJsonObject member = firstMember();
        const QJsonObject ann = makeContact(
            {{QStringLiteral("phone"), QStringLiteral("14155550401")},
             {QStringLiteral("first"), QStringLiteral("Ann")},
             {QStringLiteral("last"), QStringLiteral("Quill")},
             {QStringLiteral("email"), QStringLiteral("ann@example.com")},
             {QStringLiteral("tags"), QJsonArray{QJsonObject{{QStringLiteral("tag_id"), gala}}}},
             {QStringLiteral("custom"),
              QJsonObject{{QString::number(shoeSize), QStringLiteral("38")}}},
             {QStringLiteral("assignee_id"), member.value(QStringLiteral("id"))}});
        const qint64 id = ann.value(QStringLiteral("id")).toInteger();
        makeContact({{QStringLiteral("phone"), QStringLiteral("14155550402")},
                     {QStringLiteral("first"), QStringLiteral("Bo")},
                     {QStringLiteral("email"), QStringLiteral("bo@example.com")}});
        makeContact({{QStringLiteral("phone"), QStringLiteral("14155550403")},
                     {QStringLiteral("first"), QStringLiteral("Cy")},
                     {QStringLiteral("email"), QStringLiteral("bo@example.com")}});

        for (const QString &contact :
             {QStringLiteral("(415) 555-0401"), QStringLiteral("+1 415 555 0401"),
              QStringLiteral("ANN@example.com"), QString::number(id),
              ann.value(QStringLiteral("uuid")).toString()}) {
            const CliResult shown =
                cli().run({QStringLiteral("show"), contact, QStringLiteral("--json")});
            QVERIFY2(shown.exitCode == 0,
                     qPrintable(contact + QLatin1Char(' ') + QString::fromUtf8(shown.err)));
            const QJsonObject json = shown.json().toObject();
            QCOMPARE(json.value(QStringLiteral("id")).toInteger(), id);
            QCOMPARE(json.value(QStringLiteral("first")).toString(), QStringLiteral("Ann"));
            QCOMPARE(json.value(QStringLiteral("phone")).toString(), QStringLiteral("14155550401"));
            QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
            QCOMPARE(json.value(QStringLiteral("owner")).toObject().value(QStringLiteral("name")),
                     member.value(QStringLiteral("name")));
            QCOMPARE(json.value(QStringLiteral("tags"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("name")),
                     QJsonValue(QStringLiteral("Gala")));
            QCOMPARE(
                json.value(QStringLiteral("custom")).toObject().value(QStringLiteral("Shoe Size")),
                QJsonValue(QStringLiteral("38")));
            QCOMPARE(json.value(QStringLiteral("sync")).toObject().value(QStringLiteral("state")),
                     QJsonValue(QStringLiteral("synced")));
        }
        // The same as text.
        const CliResult text = cli().run({QStringLiteral("show"), QStringLiteral("4155550401")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith("Ann Quill\n") && text.out.contains("+1 415-555-0401") &&
                     text.out.contains("Gala") && text.out.contains("Shoe Size:") &&
                     text.out.contains(member.value(QStringLiteral("name")).toString().toUtf8()),
                 text.out.constData());

        // An address two contacts share names neither; both are listed.
        const CliResult ambiguous =
            cli().run({QStringLiteral("show"), QStringLiteral("bo@example.com")});
        QCOMPARE(ambiguous.exitCode, 1);
        QVERIFY2(ambiguous.err.contains("Bo") && ambiguous.err.contains("Cy"),
                 ambiguous.err.constData());
        const CliResult unknown =
            cli().run({QStringLiteral("show"), QStringLiteral("+1 415 555 0499")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("No contact"), unknown.err.constData());
        QCOMPARE(cli()
                     .run({QStringLiteral("show"),
                           QStringLiteral("00000000-0000-4000-8000-000000000000")})
                     .exitCode,
                 1);
    }

    void addEditRemoveReachTheServer()
    {
        makeTag(QStringLiteral("Gala"));
        const qint64 shoeSize = makeField(QStringLiteral("Shoe Size"));
        const QJsonObject member = firstMember();
        const int before = m_sandbox->contactCount();

        CliResult result = cli().run(
            {QStringLiteral("add"), QStringLiteral("--phone"), QStringLiteral("(415) 555-0501"),
             QStringLiteral("--first"), QStringLiteral("Cleo"), QStringLiteral("--last"),
             QStringLiteral("Quill"), QStringLiteral("--owner"),
             member.value(QStringLiteral("name")).toString().toUpper(), QStringLiteral("--tag"),
             QStringLiteral("gala"), QStringLiteral("--tag"), QStringLiteral("Spring Fair"),
             QStringLiteral("--field"), QStringLiteral("shoe size=41"), QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.err.contains("Created the tag “Spring Fair”"), result.err.constData());
        const qint64 id = result.json().toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0); // the server's id
        QCOMPARE(m_sandbox->contactCount(), before + 1);
        QJsonObject server = serverContact(id);
        QCOMPARE(server.value(QStringLiteral("first")).toString(), QStringLiteral("Cleo"));
        QCOMPARE(server.value(QStringLiteral("phone")).toString(), QStringLiteral("14155550501"));
        QCOMPARE(server.value(QStringLiteral("assigned_user_id")),
                 member.value(QStringLiteral("id")));
        QCOMPARE(tagNames(server),
                 (QStringList{QStringLiteral("Gala"), QStringLiteral("Spring Fair")}));
        QCOMPARE(server.value(QStringLiteral("custom")).toObject().value(QString::number(shoeSize)),
                 QJsonValue(QStringLiteral("41")));
        QVERIFY(teamTagNames().contains(QStringLiteral("Spring Fair")));

        // Only what is given changes; a custom value by its title, in any case.
        result = cli().run(
            {QStringLiteral("edit"), QStringLiteral("+1 415 555 0501"), QStringLiteral("--last"),
             QStringLiteral("Quillon"), QStringLiteral("--field"), QStringLiteral("SHOE SIZE=44"),
             QStringLiteral("--tag"), QStringLiteral("-gala"), QStringLiteral("--email"),
             QStringLiteral("cleo@example.com"), QStringLiteral("--status"),
             QStringLiteral("blocked"), QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(result.json().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("blocked"));
        server = serverContact(id);
        QCOMPARE(server.value(QStringLiteral("first")).toString(), QStringLiteral("Cleo"));
        QCOMPARE(server.value(QStringLiteral("last")).toString(), QStringLiteral("Quillon"));
        QCOMPARE(server.value(QStringLiteral("email")).toString(),
                 QStringLiteral("cleo@example.com"));
        QCOMPARE(tagNames(server), QStringList{QStringLiteral("Spring Fair")});
        QCOMPARE(server.value(QStringLiteral("custom")).toObject().value(QString::number(shoeSize)),
                 QJsonValue(QStringLiteral("44")));
        QCOMPARE(server.value(QStringLiteral("assigned_user_id")),
                 member.value(QStringLiteral("id")));
        QCOMPARE(m_sandbox
                     ->post(QStringLiteral("/v1/contact/status"),
                            QJsonObject{{QStringLiteral("phone"), QStringLiteral("14155550501")}})
                     .object()
                     .value(QStringLiteral("blocked")),
                 QJsonValue(true));

        // TITLE= clears the value; --owner none the owner.
        result = cli().run({QStringLiteral("edit"), QString::number(id), QStringLiteral("--field"),
                            QStringLiteral("Shoe Size="), QStringLiteral("--owner"),
                            QStringLiteral("none"), QStringLiteral("--status"),
                            QStringLiteral("active")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains("Cleo Quillon"), result.out.constData());
        server = serverContact(id);
        QVERIFY(
            !server.value(QStringLiteral("custom")).toObject().contains(QString::number(shoeSize)));
        QVERIFY(!server.contains(QStringLiteral("assigned_user_id")));

        result = cli().run(
            {QStringLiteral("rm"), QStringLiteral("cleo@example.com"), QStringLiteral("--yes")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/contact/%1").arg(id)).status, 404);
        QCOMPARE(m_sandbox->contactCount(), before);
        QCOMPARE(cli().run({QStringLiteral("show"), QString::number(id)}).exitCode, 1);
    }

    void addAndEditCheckLikeTheWindow()
    {
        makeContact({{QStringLiteral("phone"), QStringLiteral("14155550601")},
                     {QStringLiteral("first"), QStringLiteral("Dee")}});
        const int before = m_sandbox->contactCount();
        // Values that are not what they claim: usage.
        CliResult result =
            cli().run({QStringLiteral("add"), QStringLiteral("--phone"), QStringLiteral("555")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("--phone 555"), result.err.constData());
        result =
            cli().run({QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("dee@")});
        QCOMPARE(result.exitCode, 2);
        result =
            cli().run({QStringLiteral("add"), QStringLiteral("--first"), QStringLiteral("Nobody")});
        QCOMPARE(result.exitCode, 2);
        result = cli().run({QStringLiteral("add"), QStringLiteral("--phone"),
                            QStringLiteral("+1 415 555 0602"), QStringLiteral("--owner"),
                            QStringLiteral("Not A Member")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("“Not A Member”"), result.err.constData());
        result = cli().run({QStringLiteral("add"), QStringLiteral("--phone"),
                            QStringLiteral("+1 415 555 0602"), QStringLiteral("--field"),
                            QStringLiteral("Hat Size=3")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("“Hat Size”"), result.err.constData());
        result = cli().run({QStringLiteral("edit"), QStringLiteral("14155550601"),
                            QStringLiteral("--status"), QStringLiteral("sleepy")});
        QCOMPARE(result.exitCode, 2);
        // A number another contact has: rejected.
        result = cli().run(
            {QStringLiteral("add"), QStringLiteral("--phone"), QStringLiteral("(415) 555-0601")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("already belongs"), result.err.constData());
        QCOMPARE(m_sandbox->contactCount(), before);
    }

    void sixthTagIsRefused()
    {
        QJsonArray five;
        for (int i = 1; i <= 5; ++i)
            five.append(
                QJsonObject{{QStringLiteral("tag_id"), makeTag(QStringLiteral("T%1").arg(i))}});
        const qint64 id = makeContact({{QStringLiteral("phone"), QStringLiteral("14155550701")},
                                       {QStringLiteral("tags"), five}})
                              .value(QStringLiteral("id"))
                              .toInteger();
        CliResult result = cli().run({QStringLiteral("edit"), QStringLiteral("14155550701"),
                                      QStringLiteral("--tag"), QStringLiteral("+T6")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("at most five tags") && result.err.contains("“T6”"),
                 result.err.constData());
        QCOMPARE(tagNames(serverContact(id)).size(), 5);
        QVERIFY(!teamTagNames().contains(QStringLiteral("T6"))); // refused before it was made
        // Removing one makes room, in the same command.
        result = cli().run({QStringLiteral("edit"), QStringLiteral("14155550701"),
                            QStringLiteral("--tag"), QStringLiteral("-T1"), QStringLiteral("--tag"),
                            QStringLiteral("+T6")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(tagNames(serverContact(id)),
                 (QStringList{QStringLiteral("T2"), QStringLiteral("T3"), QStringLiteral("T4"),
                              QStringLiteral("T5"), QStringLiteral("T6")}));
        // add the same.
        const int before = m_sandbox->contactCount();
        QStringList add{QStringLiteral("add"), QStringLiteral("--phone"),
                        QStringLiteral("14155550702")};
        for (int i = 1; i <= 6; ++i)
            add += {QStringLiteral("--tag"), QStringLiteral("T%1").arg(i)};
        result = cli().run(add);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("at most five tags"), result.err.constData());
        QCOMPARE(m_sandbox->contactCount(), before);
    }

    void serverRefusalIsReportedAndTakenBack()
    {
        const qint64 id = makeContact({{QStringLiteral("phone"), QStringLiteral("14155550801")},
                                       {QStringLiteral("first"), QStringLiteral("Eve")}})
                              .value(QStringLiteral("id"))
                              .toInteger();
        QCOMPARE(cli().run({QStringLiteral("show"), QString::number(id)}).exitCode, 0);
        // Gone from the server behind the local copy's back (deletions have
        // no feed; the daily reconciliation has not run).
        QCOMPARE(m_sandbox->del(QStringLiteral("/v1/contact/%1").arg(id)).status, 200);
        const CliResult result = cli().run({QStringLiteral("edit"), QString::number(id),
                                            QStringLiteral("--first"), QStringLiteral("Eva")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("refused") && result.err.contains("deleted on the server"),
                 result.err.constData());
        // The refused edit is taken back: the local copy says what the server last said.
        const CliResult shown =
            cli().run({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.json().toObject().value(QStringLiteral("first")).toString(),
                 QStringLiteral("Eve"));
    }

    void rmWithoutATerminalNeedsYes()
    {
        const qint64 id = makeContact({{QStringLiteral("phone"), QStringLiteral("14155550901")}})
                              .value(QStringLiteral("id"))
                              .toInteger();
        const CliResult result = cli().run({QStringLiteral("rm"), QStringLiteral("14155550901")});
        QCOMPARE(result.exitCode, 2); // QProcess's stdin is a pipe
        QVERIFY2(result.err.contains("--yes"), result.err.constData());
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/contact/%1").arg(id)).status, 200);
    }

    void rmAsksOnATerminal()
    {
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty())
            QSKIP("util-linux's script (a terminal for the CLI) is not installed");
        const qint64 id = makeContact({{QStringLiteral("phone"), QStringLiteral("14155550902")},
                                       {QStringLiteral("first"), QStringLiteral("Fay")}})
                              .value(QStringLiteral("id"))
                              .toInteger();
        // The CLI on a terminal (script's), the answer typed on it.
        const auto answer = [&](const QByteArray &typed) {
            QStringList command;
            for (const QString &argument :
                 {QStringLiteral(CLI_EXECUTABLE), QStringLiteral("--profile"),
                  m_dir.filePath(QStringLiteral("profile")), QStringLiteral("--api-url"),
                  m_sandbox->baseUrl().toString(), QStringLiteral("rm"),
                  QStringLiteral("14155550902")})
                command.append(QLatin1Char('\'') + argument + QLatin1Char('\''));
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("CONTACTDESK_API_KEY"),
                               QString::fromLatin1(SandboxFixture::apiKey));
            process.setProcessEnvironment(environment);
            process.start(script, {QStringLiteral("-qec"), command.join(QLatin1Char(' ')),
                                   QStringLiteral("/dev/null")});
            process.write(typed);
            process.closeWriteChannel();
            return CliRunner::finish(process);
        };
        CliResult result = answer("n\n");
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains("Delete 1 contact") && result.out.contains(": Fay? [y/N]") &&
                     result.out.contains("Nothing deleted."),
                 result.out.constData());
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/contact/%1").arg(id)).status, 200);
        result = answer("y\n");
        QVERIFY2(result.exitCode == 0, result.out.constData());
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/contact/%1").arg(id)).status, 404);
    }

    void embeddedWorkspace()
    {
        // --profile only: the CLI starts the profile's embedded sandbox
        // itself; a second run sees what the first did.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("CONTACTDESK_API_KEY"));
        const CliRunner embedded(
            QStringLiteral(CLI_EXECUTABLE),
            {QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("embedded"))}, environment);
        CliResult result = embedded.run({QStringLiteral("add"), QStringLiteral("--phone"),
                                         QStringLiteral("+1 415 555 0601"),
                                         QStringLiteral("--first"), QStringLiteral("Emb"),
                                         QStringLiteral("--tag"), QStringLiteral("Embedded")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        result = embedded.run(
            {QStringLiteral("show"), QStringLiteral("(415) 555-0601"), QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QJsonObject json = result.json().toObject();
        QCOMPARE(json.value(QStringLiteral("first")).toString(), QStringLiteral("Emb"));
        QCOMPARE(json.value(QStringLiteral("tags"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("name")),
                 QJsonValue(QStringLiteral("Embedded")));
        QVERIFY(json.value(QStringLiteral("id")).toInteger() > 0);

        result = embedded.run({QStringLiteral("edit"), QStringLiteral("14155550601"),
                               QStringLiteral("--first"), QStringLiteral("Emmy"),
                               QStringLiteral("--status"), QStringLiteral("opted-out")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        result = embedded.run(
            {QStringLiteral("show"), QStringLiteral("14155550601"), QStringLiteral("--json")});
        json = result.json().toObject();
        QCOMPARE(json.value(QStringLiteral("first")).toString(), QStringLiteral("Emmy"));
        QCOMPARE(json.value(QStringLiteral("opted_out")), QJsonValue(true));

        result = embedded.run(
            {QStringLiteral("rm"), QStringLiteral("14155550601"), QStringLiteral("--yes")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(embedded.run({QStringLiteral("show"), QStringLiteral("14155550601")}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliContacts)
#include "tst_cli_contacts.moc"
