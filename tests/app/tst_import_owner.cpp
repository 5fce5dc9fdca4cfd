// The window and contactdesk-cli on one profile, with an import between
// them: the window never takes over an import a running CLI is sending
// (the CLI stands at an exact batch: the sandbox holds its requests), it
// resumes one whose CLI was killed, and never one the user stopped (Ctrl+C),
// which it offers to resume instead. Real CLI processes; the window is the
// AppContext, in this process, on the same profile and server.

#include "app/AppContext.h"
#include "store/ImportJournal.h"
#include "sync/ImportUploader.h"
#include "tests/cli/CliRunner.h"
#include "tests/common/MemorySecretBackend.h"
#include "tests/common/SandboxFixture.h"
#include "tests/common/TestFiles.h"
#include "views/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <signal.h>

using namespace ContactDesk;
using namespace ContactDesk::Tests;

class TestImportOwner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;

    QString profile() const { return m_dir.filePath(QStringLiteral("profile")); }

    CliRunner runner() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CONTACTDESK_API_KEY"),
                           QString::fromLatin1(SandboxFixture::apiKey));
        return CliRunner(QStringLiteral(CLI_EXECUTABLE),
                         {QStringLiteral("--profile"), profile(), QStringLiteral("--api-url"),
                          m_sandbox->baseUrl().toString()},
                         environment);
    }

    App::AppContext::Config config() const
    {
        App::AppContext::Config c;
        c.profile = Store::Profile::inDirectory(profile());
        c.secretBackend = [] { return std::make_unique<MemoryBackend>(); };
        c.server = Sync::Workspace::Server{
            m_sandbox->baseUrl(),
            Api::Credentials::fromApiKey(QString::fromLatin1(SandboxFixture::apiKey))};
        return c;
    }

    QString bigFile(int rows)
    {
        QByteArray csv = "First Name,Phone Number\n";
        for (int i = 0; i < rows; ++i)
            csv += "Person" + QByteArray::number(i) + ",+1 415 62" + QByteArray::number(10000 + i) +
                   "\n";
        return Tests::writeFile(
            m_dir, QStringLiteral("%1.csv").arg(QString::fromLatin1(QTest::currentTestFunction())),
            csv);
    }

    // The CLI importing `path`, standing where the server holds its second
    // and third batches (two are on their way at a time).
    // SIGKILLs a CLI held at the gate after its first batch; its batches
    // on their way are never handled: the server has that first one only.
    bool killWithItsBatchesUnanswered(QProcess &cli)
    {
        cli.kill();
        if (!cli.waitForFinished(30000))
            return false;
        m_sandbox->server().releaseHeld(false);
        return m_sandbox->contactCount() == 20 + 1000;
    }

    // The window resumed the 3,000-row import: every row created once.
    void checkTheInterruptedImportEndedExactly(App::AppContext &context)
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            notice(context)->text().contains(QLatin1String("The interrupted import is done.")),
            60000);
        QCOMPARE(onlyImport(context)->created, 3000);
        QCOMPARE(onlyImport(context)->failed, 0);
        QCOMPARE(m_sandbox->contactCount(), 3020);
    }

    std::unique_ptr<QProcess> cliHeldAfterOneBatch(const QString &path)
    {
        m_sandbox->server().holdRequestsAfter(QStringLiteral("/v2/contacts"), 1);
        auto process = runner().start({QStringLiteral("import"), path, QStringLiteral("--json")});
        if (!QTest::qWaitFor([&] { return m_sandbox->server().heldCount() == 2; }, 60000))
            return {};
        return process;
    }

    static QLabel *notice(App::AppContext &context)
    {
        return context.mainWindow()->findChild<QLabel *>(QStringLiteral("noticeLabel"));
    }

    static std::optional<Store::ImportRecord> onlyImport(App::AppContext &context)
    {
        const QList<Store::ImportRecord> all =
            Store::ImportJournal(context.workspace().store()).imports();
        return all.size() == 1 ? std::optional(all.first()) : std::nullopt;
    }

private Q_SLOTS:
    void init()
    {
        Sandbox::Options options;
        options.apiKeys = {QString::fromLatin1(SandboxFixture::apiKey)};
        options.rateLimitPerMinute = 0;
        m_sandbox = std::make_unique<SandboxFixture>(20, options);
        QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
        QDir(profile()).removeRecursively();
    }
    void cleanup() { m_sandbox.reset(); }

    void theWindowLeavesAnImportTheCliIsSending()
    {
        const QString path = bigFile(3000);
        auto cli = cliHeldAfterOneBatch(path);
        QVERIFY(cli);

        App::AppContext context(config());
        QCOMPARE(context.start(), QString());
        // The import is unfinished (uploading) and its lock is the CLI's.
        QTRY_VERIFY_WITH_TIMEOUT(notice(context)->text().contains(
                                     QLatin1String("is being sent by another ContactDesk program")),
                                 30000);
        QVERIFY2(notice(context)->text().contains(
                     QStringLiteral("(contactdesk-cli, process %1)").arg(cli->processId())),
                 qPrintable(notice(context)->text()));
        Sync::ImportUploader *uploader = context.workspace().importUploader();
        QVERIFY(uploader);
        QSignalSpy progress(uploader, &Sync::ImportUploader::progress);
        QVERIFY(!uploader->isRunning());
        // Its decision is made: it sent no batch of its own (one would be
        // held here beside the CLI's two).
        QCOMPARE(m_sandbox->server().heldCount(), 2);
        QCOMPARE(onlyImport(context)->state, Store::ImportRecord::State::Uploading);

        m_sandbox->server().releaseHeld(true);
        const CliResult done = CliRunner::finish(*cli);
        QVERIFY2(done.exitCode == 0, done.err.constData());
        QCOMPARE(done.json().toObject().value(QStringLiteral("created")).toInt(), 3000);

        // After its next sync the window sees the import done by the CLI.
        context.mainWindow()->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(notice(context)->text().contains(
                                     QLatin1String("that another program was sending is done")),
                                 30000);
        QVERIFY(progress.isEmpty());
        QCOMPARE(onlyImport(context)->state, Store::ImportRecord::State::Done);
        QCOMPARE(onlyImport(context)->created, 3000);
        QCOMPARE(m_sandbox->contactCount(), 3020);
    }

    void theWindowTakesUpAnImportWhoseCliDiedWhileItWaited()
    {
        const QString path = bigFile(3000);
        auto cli = cliHeldAfterOneBatch(path);
        QVERIFY(cli);
        App::AppContext context(config());
        QCOMPARE(context.start(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(notice(context)->text().contains(
                                     QLatin1String("is being sent by another ContactDesk program")),
                                 30000);
        // The CLI dies with its two batches unanswered.
        QVERIFY(killWithItsBatchesUnanswered(*cli));

        // At its next sync the window finds the lock's process gone and
        // resumes the import: the two batches are looked up, then sent.
        context.mainWindow()->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        checkTheInterruptedImportEndedExactly(context);
    }

    void theWindowResumesAnImportWhoseCliWasKilled()
    {
        const QString path = bigFile(3000);
        auto cli = cliHeldAfterOneBatch(path);
        QVERIFY(cli);
        // SIGKILL: its lock file stays, with a process that is gone.
        QVERIFY(killWithItsBatchesUnanswered(*cli));

        App::AppContext context(config());
        QCOMPARE(context.start(), QString());
        checkTheInterruptedImportEndedExactly(context);
    }

    void anImportTheUserStoppedIsOfferedNotResumed()
    {
        const QString path = bigFile(5000);
        auto cli = cliHeldAfterOneBatch(path);
        QVERIFY(cli);
        ::kill(pid_t(cli->processId()), SIGINT);
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += cli->readAllStandardError()).contains("Stopping after"),
                                 10000);
        m_sandbox->server().releaseHeld(true);
        const CliResult stopped = CliRunner::finish(*cli);
        QVERIFY2(stopped.exitCode == 130, stopped.err.constData());
        QCOMPARE(m_sandbox->contactCount(), 20 + 3000);

        App::AppContext context(config());
        QSignalSpy synced(&context, &App::AppContext::synced);
        QCOMPARE(context.start(), QString());
        QVERIFY(synced.wait(30000));
        const QString said = notice(context)->text();
        // The count in the locale's digits ("2,000").
        QVERIFY2(said.contains(QStringLiteral("was stopped with %1 row(s) not sent yet")
                                   .arg(QLocale().toString(2000))) &&
                     said.contains(QLatin1String("Resume the stopped import")),
                 qPrintable(said));
        Sync::ImportUploader *uploader = context.workspace().importUploader();
        QVERIFY(!uploader->isRunning());
        QCOMPARE(onlyImport(context)->state, Store::ImportRecord::State::Cancelled);
        QCOMPARE(onlyImport(context)->pending, 2000);
        QCOMPARE(m_sandbox->contactCount(), 20 + 3000);

        // The File menu offers it (the action is brought up to date as the
        // menu opens); the user asks: the rest goes, exactly.
        QMenu *fileMenu = context.mainWindow()->menuBar()->actions().constFirst()->menu();
        QVERIFY(fileMenu);
        auto *resume =
            context.mainWindow()->findChild<QAction *>(QStringLiteral("resumeImportAction"));
        Q_EMIT fileMenu->aboutToShow();
        QVERIFY(resume->isEnabled());
        resume->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(notice(context)->text().contains(QLatin1String("is done")), 60000);
        Q_EMIT fileMenu->aboutToShow();
        QVERIFY(!resume->isEnabled()); // nothing stopped is left
        QCOMPARE(onlyImport(context)->state, Store::ImportRecord::State::Done);
        QCOMPARE(onlyImport(context)->created, 5000);
        QCOMPARE(m_sandbox->contactCount(), 5020);
    }
};

QTEST_MAIN(TestImportOwner)
#include "tst_import_owner.moc"
