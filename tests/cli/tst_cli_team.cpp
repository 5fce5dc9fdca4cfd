// One team per store, through contactdesk-cli: two sandboxes of different
// teams answer on the same URL (the same port) in turn. What the CLI
// filled and left pending for team A is never listed, searched, exported,
// messaged or pushed under team B; the same team with a rotated key keeps
// its store (and its pending edits go to it).

#include "store/ContactStore.h"
#include "store/StoreBinding.h"
#include "sync/Workspace.h"
#include "tests/cli/CliRunner.h"
#include "tests/common/TeamSandbox.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ContactDesk;
using namespace ContactDesk::Tests;

namespace {

constexpr auto alicePhone = "14155550101";
constexpr auto pendingPhone = "14155550199";
constexpr auto beaPhone = "14155550201";

} // namespace

class TestCliTeam : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TeamSandbox m_team;

    QString profile() const
    {
        return m_dir.filePath(
            QStringLiteral("profile-%1").arg(QString::fromLatin1(QTest::currentTestFunction())));
    }
    CliRunner cli(const QString &key) const
    {
        return CliRunner(QStringLiteral(CLI_EXECUTABLE),
                         {QStringLiteral("--profile"), profile(), QStringLiteral("--api-url"),
                          m_team.sandbox->baseUrl().toString(), QStringLiteral("--api-key"), key});
    }
    void makeContact(const QString &phone, const QString &first, const QString &last)
    {
        QCOMPARE(m_team.makeContact(phone, first, last), 200);
    }
    HttpResult serverContactByPhone(const QString &phone)
    {
        return m_team.sandbox->post(QStringLiteral("/v1/contact/get"),
                                    QJsonObject{{QStringLiteral("phone"), phone}});
    }
    QString storePath(qint64 teamId) const
    {
        return profile() + QStringLiteral("/data/") +
               Sync::Workspace::serverStoreFile(Sandbox::SandboxServer::baseUrlFor(m_team.port),
                                                teamId);
    }

    // Team A (id 1, "key-a") with Alice Apple, filled into the CLI's store
    // by `list`; then, with A stopped, a pending local create and an edit
    // of Alice written to that store as the window or a failed push would
    // leave them.
    void fillTeamA(const QString &dataFile = {})
    {
        QVERIFY(m_team.start(1, QStringLiteral("Team A"), {QStringLiteral("key-a")}, dataFile));
        makeContact(QString::fromLatin1(alicePhone), QStringLiteral("Alice"),
                    QStringLiteral("Apple"));
        const CliResult listed = cli(QStringLiteral("key-a")).run({QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains("Alice"), listed.out.constData());
        m_team.sandbox.reset(); // A stops

        Store::ContactStore store;
        QCOMPARE(store.open(storePath(1)).describe(), QString());
        QCOMPARE(Store::StoreBinding(&store).binding()->teamId, 1);
        const auto alice = store.contactByPhone(QString::fromLatin1(alicePhone));
        QVERIFY(alice);
        QVERIFY(store.editContact(
            alice->id, QJsonObject{{QStringLiteral("first"), QStringLiteral("Alicia")}}));
        QVERIFY(store.createContact(
            QJsonObject{{QStringLiteral("first"), QStringLiteral("Pending")},
                        {QStringLiteral("last"), QStringLiteral("Apple")},
                        {QStringLiteral("phone"), QString::fromLatin1(pendingPhone)}}));
        QCOMPARE(store.pendingCount(), 2);
    }

    // What team B (on the same URL) must look like after the CLI ran.
    void checkBUntouched()
    {
        QCOMPARE(m_team.sandbox->contactCount(), 1);
        QCOMPARE(serverContactByPhone(QString::fromLatin1(pendingPhone)).status, 404);
        QCOMPARE(serverContactByPhone(QString::fromLatin1(alicePhone)).status, 404);
        const QJsonObject bea = serverContactByPhone(QString::fromLatin1(beaPhone)).object();
        QCOMPARE(bea.value(QStringLiteral("first")).toString(), QStringLiteral("Bea"));
        QCOMPARE(m_team.sandbox
                     ->get(QStringLiteral("/v1/messages?phoneNumber=%1&inboxID=413")
                               .arg(QString::fromLatin1(alicePhone)))
                     .array()
                     .size(),
                 0);
        // A's store still holds its pending edits, for team A.
        Store::ContactStore store;
        QCOMPARE(store.open(storePath(1)).describe(), QString());
        QCOMPARE(store.pendingCount(), 2);
    }

    void runEveryReadUnder(const QString &keyB)
    {
        const CliRunner b = cli(keyB);
        const CliResult list = b.run({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains("Bea") && !list.out.contains("Alic") &&
                     !list.out.contains("Pending"),
                 list.out.constData());
        const CliResult search = b.run({QStringLiteral("search"), QStringLiteral("Apple")});
        QVERIFY2(!search.out.contains("Alic") && !search.out.contains("Pending"),
                 search.out.constData());
        const QString csv = m_dir.filePath(
            QStringLiteral("%1.csv").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QCOMPARE(b.run({QStringLiteral("export"), csv}).exitCode, 0);
        QFile exported(csv);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray rows = exported.readAll();
        QVERIFY2(rows.contains("Bea") && !rows.contains("Alic") && !rows.contains("Pending"),
                 rows.constData());
        const CliResult send =
            b.run({QStringLiteral("send"), QStringLiteral("--search"), QStringLiteral("Apple"),
                   QStringLiteral("--text"), QStringLiteral("Hello"), QStringLiteral("--json")});
        QVERIFY2(send.exitCode != 0 && !send.out.contains(alicePhone) &&
                     !send.out.contains(pendingPhone),
                 send.out.constData());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void anotherTeamOnTheSameUrlNeverSeesOrGetsTheStore()
    {
        fillTeamA();
        QVERIFY(m_team.start(2, QStringLiteral("Team B"), {QStringLiteral("key-b")}));
        makeContact(QString::fromLatin1(beaPhone), QStringLiteral("Bea"), QStringLiteral("Banana"));
        runEveryReadUnder(QStringLiteral("key-b"));
        checkBUntouched();
        // B has a store of its own, bound to B.
        Store::ContactStore own;
        QCOMPARE(own.open(storePath(2)).describe(), QString());
        QCOMPARE(Store::StoreBinding(&own).binding()->teamId, 2);
        QCOMPARE(own.contactCount(), 1);
    }

    void anotherTeamWithTheSameKeyNeverSeesOrGetsTheStore()
    {
        // The key is not the team: B accepts A's key too (a test server, a
        // proxy); the team B's server names decides.
        fillTeamA();
        QVERIFY(m_team.start(2, QStringLiteral("Team B"), {QStringLiteral("key-a")}));
        makeContact(QString::fromLatin1(beaPhone), QStringLiteral("Bea"), QStringLiteral("Banana"));
        runEveryReadUnder(QStringLiteral("key-a"));
        checkBUntouched();
    }

    void theSameTeamWithANewKeyKeepsItsStore()
    {
        const QString data = m_dir.filePath(QStringLiteral("team-a.sqlite"));
        fillTeamA(data);
        // Team A again, its key rotated: the store is the team's.
        QVERIFY(m_team.start(1, QStringLiteral("Team A"), {QStringLiteral("key-a2")}, data));
        const CliResult list = cli(QStringLiteral("key-a2")).run({QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains("Alicia") && list.out.contains("Pending"), list.out.constData());
        // Its pending edits went to team A.
        QCOMPARE(serverContactByPhone(QString::fromLatin1(alicePhone))
                     .object()
                     .value(QStringLiteral("first"))
                     .toString(),
                 QStringLiteral("Alicia"));
        QCOMPARE(serverContactByPhone(QString::fromLatin1(pendingPhone)).status, 200);
        Store::ContactStore store;
        QCOMPARE(store.open(storePath(1)).describe(), QString());
        QCOMPARE(store.pendingCount(), 0);
        QVERIFY(Store::StoreBinding(&store).knows(
            Sync::Workspace::serverIdentity(m_team.sandbox->baseUrl()),
            QStringLiteral("api-key:key-a2")));
        QVERIFY(!Store::StoreBinding(&store).knows(
            Sync::Workspace::serverIdentity(m_team.sandbox->baseUrl()),
            QStringLiteral("api-key:key-a")));
        // The key itself is nowhere in the file.
        store.database().close();
        QFile file(storePath(1));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("key-a2"));
    }

    void aStoreFromBeforeIsKeptForItsServerButNotForAnotherTeam()
    {
        // A file named after the server alone (before #15), filled by team A.
        QVERIFY(m_team.start(1, QStringLiteral("Team A"), {QStringLiteral("key-a")}));
        const QString legacy = profile() + QStringLiteral("/data/") +
                               Sync::Workspace::legacyServerStoreFile(m_team.sandbox->baseUrl());
        QVERIFY(QDir().mkpath(profile() + QStringLiteral("/data")));
        {
            Store::ContactStore store;
            QCOMPARE(store.open(legacy).describe(), QString());
            Inbox inbox;
            inbox.id = 413;
            inbox.name = QStringLiteral("Support");
            inbox.teamId = 1;
            QVERIFY(store.replaceInboxes({inbox}));
            QVERIFY(store.createContact(
                QJsonObject{{QStringLiteral("first"), QStringLiteral("Legacy")},
                            {QStringLiteral("phone"), QString::fromLatin1(pendingPhone)}}));
        }
        // Team B on that URL: the old file names team 1 in its inboxes, so
        // it is not taken over; B gets its own.
        QVERIFY(m_team.start(2, QStringLiteral("Team B"), {QStringLiteral("key-b")}));
        CliResult list = cli(QStringLiteral("key-b")).run({QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(!list.out.contains("Legacy"), list.out.constData());
        QCOMPARE(serverContactByPhone(QString::fromLatin1(pendingPhone)).status, 404);
        QVERIFY(QFile::exists(legacy));
        // Team A again: the old file becomes A's store, its edit goes to A.
        QVERIFY(m_team.start(1, QStringLiteral("Team A"), {QStringLiteral("key-a")}));
        list = cli(QStringLiteral("key-a")).run({QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains("Legacy"), list.out.constData());
        QVERIFY(!QFile::exists(legacy));
        QVERIFY(QFile::exists(storePath(1)));
        QCOMPARE(serverContactByPhone(QString::fromLatin1(pendingPhone)).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestCliTeam)
#include "tst_cli_team.moc"
