// Two programs on one profile (sync/README.md, "Two programs, one
// profile"): the window (the Workspace and engine it uses, in this process)
// and real contactdesk-cli processes, several at once, on the same profile
// and store file against one sandbox. One process at a time pulls and
// pushes (the store file's sync lock); the others write into the shared
// outbox and wait or hand over; the window sees what the others wrote
// without a restart; a lock owner killed with SIGKILL hands over.
//
// Deterministic: the sandbox's request gate stops a lock owner at an exact
// request, the CLI says on stderr when it starts waiting, and every wait is
// for a final state (QTRY_*), never for a time.

#include "models/ContactTableModel.h"
#include "store/ContactStore.h"
#include "sync/MessageSender.h"
#include "sync/SyncEngine.h"
#include "sync/SyncOwner.h"
#include "sync/Workspace.h"
#include "tests/cli/CliRunner.h"
#include "tests/common/MemorySecretBackend.h"
#include "tests/common/SandboxFixture.h"
#include "tests/common/SyncWait.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ContactDesk;
using Tests::CliResult;
using Tests::CliRunner;
using Tests::SandboxFixture;

namespace {

Sandbox::Options sandboxOptions()
{
    Sandbox::Options options;
    options.apiKeys = {QString::fromLatin1(SandboxFixture::apiKey)};
    if (qgetenv("CONTACTDESK_SANDBOX_READING") == "strict")
        options.reading = Sandbox::Reading::Strict;
    return options;
}

} // namespace

class TestTwoPrograms : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Sync::Workspace> m_window;
    std::unique_ptr<Models::ContactTableModel> m_model;

    QString profile() const
    {
        return m_dir.filePath(
            QStringLiteral("profile-%1").arg(QString::fromLatin1(QTest::currentTestFunction())));
    }

    CliRunner cli() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CONTACTDESK_API_KEY"),
                           QString::fromLatin1(SandboxFixture::apiKey));
        return CliRunner(QStringLiteral(CLI_EXECUTABLE),
                         {QStringLiteral("--profile"), profile(), QStringLiteral("--api-url"),
                          m_sandbox->baseUrl().toString()},
                         environment);
    }

    // The window's account on the profile, as AppContext opens it (the
    // engine started), on a one-hour timer: the test drives it.
    QString openWindow()
    {
        Sync::Workspace::Options options;
        options.profile = Store::Profile::inDirectory(profile());
        options.server = Sync::Workspace::Server{
            m_sandbox->baseUrl(),
            Api::Credentials::fromApiKey(QString::fromLatin1(SandboxFixture::apiKey))};
        options.secretBackend = [] { return std::make_unique<Tests::MemoryBackend>(); };
        options.timeoutMs = 120000; // a request held by the gate waits for the test
        Sync::SyncEngine::Options sync;
        sync.intervalMs = 3600 * 1000;
        options.sync = sync;
        m_window = std::make_unique<Sync::Workspace>(std::move(options));
        QSignalSpy connected(m_window.get(), &Sync::Workspace::connected);
        QSignalSpy failed(m_window.get(), &Sync::Workspace::connectionFailed);
        if (const QString problem = m_window->open(); !problem.isEmpty())
            return problem;
        if (!QTest::qWaitFor([&] { return !connected.isEmpty() || !failed.isEmpty(); }, 30000))
            return QStringLiteral("the team was not confirmed");
        if (!failed.isEmpty())
            return failed.first().first().toString();
        m_window->engine()->start();
        if (!Tests::waitUntilSettled(*m_window->engine(), *m_window->store()))
            return QStringLiteral("the first pull did not finish");
        m_model = std::make_unique<Models::ContactTableModel>();
        m_model->setStore(m_window->store());
        QSignalSpy loaded(m_model.get(), &Models::ContactTableModel::loadingFinished);
        if (!loaded.wait(30000))
            return QStringLiteral("the table did not load");
        return {};
    }

    Store::ContactStore &store() const { return *m_window->store(); }
    Sync::SyncEngine &engine() const { return *m_window->engine(); }

    // What the window's table shows in a contact's First column.
    QString shownFirst(qint64 id) const
    {
        const int row = m_model->rowOfId(id);
        return row < 0 ? QStringLiteral("<no row>")
                       : m_model->index(row, Models::ContactTableModel::First).data().toString();
    }

    QJsonObject serverContact(qint64 id)
    {
        return m_sandbox->get(QStringLiteral("/v1/contact/%1").arg(id)).object();
    }
    QString serverFirst(qint64 id)
    {
        return serverContact(id).value(QStringLiteral("first")).toString();
    }
    // How many of the server's contacts have this phone (0, 1, or doubled).
    qsizetype serverContactsWithPhone(const QString &phone)
    {
        return m_sandbox->searchByChannel(QStringLiteral("phone"), phone).size();
    }

    static QByteArray readErrorUntil(QProcess &process, QByteArray *seen, const QByteArray &text)
    {
        *seen += process.readAllStandardError();
        return seen->contains(text) ? text : QByteArray();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_sandbox = std::make_unique<SandboxFixture>(12, sandboxOptions());
        QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
        QCOMPARE(openWindow(), QString());
        new QAbstractItemModelTester(m_model.get(), m_model.get());
    }

    void cleanup()
    {
        m_model.reset();
        m_window.reset();
        m_sandbox.reset();
    }

    void theWindowAndSeveralClisEditAtOnce()
    {
        const QList<qint64> ids = store().serverIds().values();
        QVERIFY(ids.size() >= 6);
        const int before = m_sandbox->contactCount();

        // Four CLI commands at once, each its own process, while the
        // window edits too: every one of them pushes or waits for the one
        // that does.
        std::vector<std::unique_ptr<QProcess>> running;
        running.push_back(cli().start({QStringLiteral("edit"), QString::number(ids.at(0)),
                                       QStringLiteral("--first"), QStringLiteral("Cli One")}));
        running.push_back(cli().start({QStringLiteral("edit"), QString::number(ids.at(1)),
                                       QStringLiteral("--first"), QStringLiteral("Cli Two"),
                                       QStringLiteral("--last"), QStringLiteral("Second")}));
        running.push_back(cli().start({QStringLiteral("add"), QStringLiteral("--phone"),
                                       QStringLiteral("+1 415 555 0701"), QStringLiteral("--first"),
                                       QStringLiteral("Cli Made"), QStringLiteral("--json")}));
        running.push_back(cli().start(
            {QStringLiteral("rm"), QString::number(ids.at(2)), QStringLiteral("--yes")}));
        QVERIFY(store().editContact(ids.at(3), {{Field::first, QStringLiteral("Window Three")}}));
        QVERIFY(store().setStatus(ids.at(4), ContactStatusChange::Blocked));
        const qint64 made = store().createContact({{Field::phone, QStringLiteral("14155550702")},
                                                   {Field::first, QStringLiteral("Made")}});
        QVERIFY(made < 0);

        QList<CliResult> results;
        for (const auto &process : running)
            results.append(CliRunner::finish(*process));
        for (qsizetype i = 0; i < results.size(); ++i)
            QVERIFY2(results.at(i).exitCode == 0,
                     qPrintable(QStringLiteral("command %1 exit %2: %3")
                                    .arg(i)
                                    .arg(results.at(i).exitCode)
                                    .arg(QString::fromUtf8(results.at(i).err))));
        QVERIFY(Tests::waitUntilSettled(engine(), store()));
        QCOMPARE(store().failedCount(), 0);
        QCOMPARE(store().conflictCount(), 0);

        // The server has each edit once, field by field.
        QCOMPARE(serverFirst(ids.at(0)), QStringLiteral("Cli One"));
        QCOMPARE(serverFirst(ids.at(1)), QStringLiteral("Cli Two"));
        QCOMPARE(serverContact(ids.at(1)).value(QStringLiteral("last")).toString(),
                 QStringLiteral("Second"));
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/contact/%1").arg(ids.at(2))).status, 404);
        QCOMPARE(serverFirst(ids.at(3)), QStringLiteral("Window Three"));
        const QString phone4 = serverContact(ids.at(4)).value(QStringLiteral("phone")).toString();
        QVERIFY(m_sandbox->statusOf(phone4).value(QStringLiteral("blocked")).toBool());
        // Nothing doubled: two creates, one delete.
        QCOMPARE(m_sandbox->contactCount(), before + 2 - 1);
        const qint64 cliMade =
            results.at(2).json().toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(cliMade > 0);
        QCOMPARE(serverFirst(cliMade), QStringLiteral("Cli Made"));
        QCOMPARE(serverContactsWithPhone(
                     serverContact(cliMade).value(QStringLiteral("phone")).toString()),
                 1);
        const qint64 windowMade = store().currentId(made);
        QVERIFY(windowMade > 0);
        QCOMPARE(serverFirst(windowMade), QStringLiteral("Made"));
        QCOMPARE(serverContactsWithPhone(
                     serverContact(windowMade).value(QStringLiteral("phone")).toString()),
                 1);

        // The window shows the CLIs' work without a restart: the edits,
        // the new contact, the deletion.
        QTRY_COMPARE_WITH_TIMEOUT(shownFirst(ids.at(0)), QStringLiteral("Cli One"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(shownFirst(ids.at(1)), QStringLiteral("Cli Two"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(shownFirst(cliMade), QStringLiteral("Cli Made"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowOfId(ids.at(2)), -1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), int(store().contactCount()), 20000);
        QCOMPARE(engine().status().pending, 0);
    }

    void theWindowShowsAnEditTheCliMakesWithoutARestart()
    {
        const qint64 id = store().serverIds().values().first();
        QSignalSpy changed(&store(), &Store::ContactStore::contactsChanged);
        QSignalSpy outbox(&store(), &Store::ContactStore::outboxChanged);
        const CliResult result = cli().run({QStringLiteral("edit"), QString::number(id),
                                            QStringLiteral("--first"), QStringLiteral("Seen")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(serverFirst(id), QStringLiteral("Seen"));
        // Nothing in this process wrote it: the store saw the other program's
        // write and said so, and the table follows.
        QTRY_COMPARE_WITH_TIMEOUT(shownFirst(id), QStringLiteral("Seen"), 20000);
        QVERIFY(!changed.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!outbox.isEmpty(), 20000); // the status bar's count follows
        QCOMPARE(engine().status().pending, 0);
        QCOMPARE(store().contact(id)->fields.value(Field::first).toString(),
                 QStringLiteral("Seen"));
    }

    void theCliFinishesWhileTheWindowHoldsTheLock()
    {
        const QList<qint64> ids = store().serverIds().values();
        // The window's push stops at its first request: it holds the lock.
        const QString path = QStringLiteral("/v1/contact/%1").arg(ids.at(0));
        m_sandbox->server().holdRequestsAfter(path, 0);
        QVERIFY(store().editContact(ids.at(0), {{Field::first, QStringLiteral("Window")}}));
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->server().heldCount(), 1, 20000);
        const QString lock = Sync::SyncOwner::syncLockFor(store().path());

        auto process = cli().start({QStringLiteral("edit"), QString::number(ids.at(1)),
                                    QStringLiteral("--first"), QStringLiteral("Cli")});
        // The CLI says it waits for the window (nothing of it went yet).
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT(
            !readErrorUntil(*process, &err, "which is syncing this profile").isEmpty(), 30000);
        QVERIFY2(err.contains("tst_two_programs"), err.constData());
        QVERIFY(serverFirst(ids.at(1)) != QLatin1String("Cli"));

        // The window's run ends; the CLI takes over and its edit reaches
        // the server.
        m_sandbox->server().releaseHeld(true);
        const CliResult result = CliRunner::finish(*process);
        QVERIFY2(result.exitCode == 0, QByteArray(err + result.err).constData());
        QCOMPARE(serverFirst(ids.at(1)), QStringLiteral("Cli"));
        QVERIFY(Tests::waitUntilSettled(engine(), store()));
        QCOMPARE(serverFirst(ids.at(0)), QStringLiteral("Window"));
        QTRY_COMPARE_WITH_TIMEOUT(shownFirst(ids.at(1)), QStringLiteral("Cli"), 20000);
        QVERIFY(!Sync::SyncOwner::isHeldElsewhere(lock));
    }

    void killingTheLockOwnerHandsOver()
    {
        const QList<qint64> ids = store().serverIds().values();
        // A CLI stops at the first request of its push, holding the lock,
        // its edit in the shared outbox.
        const QString path = QStringLiteral("/v1/contact/%1").arg(ids.at(0));
        m_sandbox->server().holdRequestsAfter(path, 0);
        auto process = cli().start({QStringLiteral("edit"), QString::number(ids.at(0)),
                                    QStringLiteral("--first"), QStringLiteral("Orphaned")});
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->server().heldCount(), 1, 30000);
        const QString lock = Sync::SyncOwner::syncLockFor(store().path());
        QVERIFY(Sync::SyncOwner::isHeldElsewhere(lock));

        // The window's own edit waits for it.
        QVERIFY(store().editContact(ids.at(1), {{Field::first, QStringLiteral("Waited")}}));
        QTRY_VERIFY_WITH_TIMEOUT(
            engine().status().otherOwner.contains(QLatin1String("contactdesk-cli")), 20000);
        QCOMPARE(engine().status().pending, 2); // its own and the CLI's, seen in the outbox

        // SIGKILL: no chance to let go of anything.
        process->kill();
        QVERIFY(process->waitForFinished(10000));
        m_sandbox->server().releaseHeld(false); // the killed CLI's request is never handled

        // The window takes the lock over and sends both edits.
        QVERIFY(Tests::waitUntilSettled(engine(), store()));
        QVERIFY(engine().status().otherOwner.isEmpty());
        QCOMPARE(store().failedCount(), 0);
        QCOMPARE(serverFirst(ids.at(0)), QStringLiteral("Orphaned"));
        QCOMPARE(serverFirst(ids.at(1)), QStringLiteral("Waited"));
        QVERIFY(!Sync::SyncOwner::isHeldElsewhere(lock));
    }

    void aLockLetGoIsTakenByWhicheverStepAsksFirst()
    {
        // The window's push waits for another holder of the lock; the
        // holder lets go and, before the waiting claim tries again, a sync
        // takes the lock itself. The push that waited is then not waiting
        // any more: everything goes and the engine settles (it once stayed
        // busy for ever, the push still marked as waiting).
        const qint64 id = store().serverIds().values().at(0);
        const QString lock = Sync::SyncOwner::syncLockFor(store().path());
        auto *owner = new Sync::SyncOwner(lock, &engine()); // goes with the engine
        owner->setRetryInterval(3600 * 1000);               // tries again only when told
        engine().setOwner(owner);
        QLockFile other(lock);
        other.setStaleLockTime(0);
        QVERIFY(other.tryLock(0));

        QVERIFY(store().editContact(id, {{Field::first, QStringLiteral("Waited")}}));
        QTRY_VERIFY_WITH_TIMEOUT(!engine().status().otherOwner.isEmpty(), 20000);
        QVERIFY(!engine().isIdle());

        other.unlock();
        engine().syncNow(); // takes the lock directly, not through the retry
        QVERIFY(Tests::waitUntilSettled(engine(), store()));
        QVERIFY(engine().status().otherOwner.isEmpty());
        QCOMPARE(serverFirst(id), QStringLiteral("Waited"));
        QVERIFY(!Sync::SyncOwner::isHeldElsewhere(lock));
    }

    void twoProgramsGivingOneLocalIdKeepTheirContactsApart()
    {
        // Two programs create a contact at once: both propose the local id
        // -1; the second to write takes -2. Each follows its own contact
        // when the other's create moves to its server id.
        const QString path = m_dir.filePath(QStringLiteral("local-ids.sqlite"));
        Store::ContactStore window;
        Store::ContactStore cli;
        QCOMPARE(window.open(path).describe(), QString());
        QCOMPARE(cli.open(path).describe(), QString());
        window.setWatchInterval(0); // looked at below, at exact points
        cli.setWatchInterval(0);
        QSignalSpy cliMoves(&cli, &Store::ContactStore::contactIdChanged);

        QCOMPARE(cli.createContact({{Field::phone, QStringLiteral("14155550901")},
                                    {Field::first, QStringLiteral("Cli's")}}),
                 -1);
        QCOMPARE(window.createContact({{Field::phone, QStringLiteral("14155550902")},
                                       {Field::first, QStringLiteral("Window's")}}),
                 -1);
        QCOMPARE(window.currentId(-1), -2); // -1 was taken in the file
        QCoreApplication::processEvents();  // the journal is written after the event
        cli.watchOtherWriters();
        QVERIFY(cliMoves.isEmpty()); // the window's renaming is its own
        QCOMPARE(cli.contact(-1)->fields.value(Field::first).toString(), QStringLiteral("Cli's"));

        // The CLI's create reaches the server (id 500).
        const QList<Store::OutboxEntry> entries = cli.outbox();
        const auto mine =
            std::find_if(entries.cbegin(), entries.cend(),
                         [](const Store::OutboxEntry &e) { return e.contactId == -1; });
        QVERIFY(mine != entries.cend());
        QVERIFY(cli.completeCreate(mine->seq, 500, {}, std::nullopt));
        QCoreApplication::processEvents();
        QSignalSpy windowChanged(&window, &Store::ContactStore::contactsChanged);
        window.watchOtherWriters();
        // The window's contact is still its own; the CLI's is seen at 500.
        QCOMPARE(window.currentId(-1), -2);
        QCOMPARE(window.contact(window.currentId(-1))->fields.value(Field::first).toString(),
                 QStringLiteral("Window's"));
        QCOMPARE(window.contact(500)->fields.value(Field::first).toString(),
                 QStringLiteral("Cli's"));
        QVERIFY(!windowChanged.isEmpty());
        QVERIFY(windowChanged.first().first().value<QList<qint64>>().contains(500));
    }

    void aMessageBatchIsSentByOneProgramAtATime()
    {
        // Another program on the file: a store of its own, and its sender.
        Store::ContactStore otherStore;
        QCOMPARE(otherStore.open(store().path()).describe(), QString());
        otherStore.setWatchInterval(50);
        Sync::MessageSender other(&otherStore, m_window->client());
        Sync::MessageSender &window = *m_window->messageSender();
        QSignalSpy otherCount(&other, &Sync::MessageSender::unsentCountChanged);

        const auto sms = [](const QString &phone) {
            Store::OutgoingMessage m;
            m.label = phone;
            m.inboxId = 413;
            m.creatorId = 101;
            m.to = phone;
            m.text = QStringLiteral("Once");
            return m;
        };
        QList<Store::OutgoingMessage> messages;
        for (const char *phone : {"14155550801", "14155550802"}) {
            QCOMPARE(m_sandbox
                         ->post(QStringLiteral("/v1/contact"),
                                QJsonObject{{QStringLiteral("phone"), QString::fromLatin1(phone)}})
                         .status,
                     200);
            messages.append(sms(QString::fromLatin1(phone)));
        }
        QString error;
        const qint64 batch = window.enqueue(messages, &error);
        QVERIFY2(batch > 0, qPrintable(error));
        // The other program sees the new batch (the store's change journal).
        QTRY_VERIFY_WITH_TIMEOUT(!otherCount.isEmpty(), 20000);
        QCOMPARE(otherCount.last().first().toInt(), 2);

        // The window sends it; its first message is held on its way.
        m_sandbox->server().holdRequestsAfter(QStringLiteral("/v1/message/send"), 0);
        QSignalSpy finished(&window, &Sync::MessageSender::finished);
        QVERIFY(window.send(batch));
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->server().heldCount() >= 1, 20000);
        // Its entries are "sending" in the file: the other program neither
        // offers nor sends them.
        QCOMPARE(other.unsentCount(), 2);
        QCOMPARE(other.unsentBatches(), QList<qint64>());
        QVERIFY(!other.send(batch, true));
        QVERIFY2(other.refusal().contains(QLatin1String("tst_two_programs")),
                 qPrintable(other.refusal()));

        m_sandbox->server().releaseHeld(true);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().at(1).toInt(), 2); // sent
        for (const char *phone : {"14155550801", "14155550802"})
            QCOMPARE(m_sandbox
                         ->get(QStringLiteral("/v1/messages?phoneNumber=%1&inboxID=413")
                                   .arg(QString::fromLatin1(phone)))
                         .array()
                         .size(),
                     1);
        QTRY_COMPARE_WITH_TIMEOUT(otherCount.last().first().toInt(), 0, 20000);
        QCOMPARE(other.unsentBatches(), QList<qint64>());
    }
};

QTEST_GUILESS_MAIN(TestTwoPrograms)
#include "tst_two_programs.moc"
