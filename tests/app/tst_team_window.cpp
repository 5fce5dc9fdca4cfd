// One team per store, through the window: the app's Heymarket account
// filled for team A on a URL; then team B answers on that URL (the same
// port). The window on the account, now with B's key (or even A's key,
// which B accepts), shows nothing of A's and pushes nothing of A's; an
// offline start shows the store only to a key verified for its team.

#include "api/SecretVault.h"
#include "app/AppContext.h"
#include "models/ContactTableModel.h"
#include "store/ContactStore.h"
#include "sync/Settings.h"
#include "sync/SyncEngine.h"
#include "sync/Workspace.h"
#include "tests/common/DialogAnswer.h"
#include "tests/common/MemorySecretBackend.h"
#include "tests/common/TeamSandbox.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ContactDesk;
using namespace ContactDesk::Tests;

namespace {

constexpr auto alicePhone = "14155550101";
constexpr auto pendingPhone = "14155550199";
constexpr auto beaPhone = "14155550201";
const QString account = QStringLiteral("Shop");

} // namespace

class TestTeamWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TeamSandbox m_team;

    QString profile() const
    {
        return m_dir.filePath(
            QStringLiteral("profile-%1").arg(QString::fromLatin1(QTest::currentTestFunction())));
    }
    QString storePath() const
    {
        return profile() + QStringLiteral("/data/") + Sync::Workspace::accountStoreFile(account);
    }
    void makeContact(const QString &phone, const QString &first)
    {
        QCOMPARE(m_team.makeContact(phone, first, QStringLiteral("Apple")), 200);
    }
    int serverStatusOf(const QString &phone)
    {
        return m_team.sandbox
            ->post(QStringLiteral("/v1/contact/get"), QJsonObject{{QStringLiteral("phone"), phone}})
            .status;
    }
    // The window's composition root on the profile's account "Shop" at the
    // sandbox's URL, with `key` in the keychain.
    std::unique_ptr<App::AppContext> app(const QString &key)
    {
        App::AppContext::Config config;
        config.profile = Store::Profile::inDirectory(profile());
        {
            QSettings settings(config.profile.settingsFile(), QSettings::IniFormat);
            Sync::Settings::setAccount(
                settings, {true, account, Sandbox::SandboxServer::baseUrlFor(m_team.port)});
        }
        config.secretBackend = [key] {
            auto backend = std::make_unique<MemoryBackend>();
            backend->entries.insert(account,
                                    Api::SecretVault::encode(Api::Credentials::fromApiKey(key)));
            return backend;
        };
        return std::make_unique<App::AppContext>(config);
    }
    QString errorText(App::AppContext &context) const
    {
        auto *label = context.mainWindow()->findChild<QLabel *>(QStringLiteral("errorLabel"));
        return label && !label->isHidden() ? label->text() : QString();
    }

    // Team A (id 1) fills the account's store through the window; with A
    // stopped, a pending create and an edit of Alice are left in it.
    void fillTeamA()
    {
        QVERIFY(m_team.start(1, QStringLiteral("Team A"), {QStringLiteral("key-a")}));
        makeContact(QString::fromLatin1(alicePhone), QStringLiteral("Alice"));
        {
            auto context = app(QStringLiteral("key-a"));
            QSignalSpy synced(context.get(), &App::AppContext::synced);
            QCOMPARE(context->start(), QString());
            QVERIFY(synced.wait(20000));
            QTRY_COMPARE(context->contacts()->rowCount(), 1);
            QCOMPARE(context->workspace().team().id, 1);
        }
        m_team.sandbox.reset();
        Store::ContactStore store;
        QCOMPARE(store.open(storePath()).describe(), QString());
        const auto alice = store.contactByPhone(QString::fromLatin1(alicePhone));
        QVERIFY(alice);
        QVERIFY(store.editContact(
            alice->id, QJsonObject{{QStringLiteral("first"), QStringLiteral("Alicia")}}));
        QVERIFY(store.createContact(
            QJsonObject{{QStringLiteral("first"), QStringLiteral("Pending")},
                        {QStringLiteral("phone"), QString::fromLatin1(pendingPhone)}}));
        QCOMPARE(store.pendingCount(), 2);
    }

    void windowOnTeamBShowsAndPushesNothingOfA(const QString &key, const QStringList &bKeys)
    {
        fillTeamA();
        QVERIFY(m_team.start(2, QStringLiteral("Team B"), bKeys));
        makeContact(QString::fromLatin1(beaPhone), QStringLiteral("Bea"));
        {
            auto context = app(key);
            QSignalSpy synced(context.get(), &App::AppContext::synced);
            QCOMPARE(context->start(), QString());
            QVERIFY(synced.wait(20000));
            const QString error = errorText(*context);
            QVERIFY2(error.contains(QStringLiteral("Team B")) &&
                         error.contains(QStringLiteral("an account of its own")),
                     qPrintable(error));
            QVERIFY(!context->workspace().store());
            QVERIFY(!context->workspace().engine());
            QCOMPARE(context->contacts()->rowCount(), 0);
            // What is already queued (a deferred load, a queued signal)
            // shows nothing either: it is delivered here, not waited for.
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
            QCOMPARE(context->contacts()->rowCount(), 0);
        }
        // Nothing of A's reached B; A's store still holds its edits.
        QCOMPARE(m_team.sandbox->contactCount(), 1);
        QCOMPARE(serverStatusOf(QString::fromLatin1(pendingPhone)), 404);
        QCOMPARE(m_team.sandbox
                     ->post(QStringLiteral("/v1/contact/get"),
                            QJsonObject{{QStringLiteral("phone"), QString::fromLatin1(beaPhone)}})
                     .object()
                     .value(QStringLiteral("first"))
                     .toString(),
                 QStringLiteral("Bea"));
        Store::ContactStore store;
        QCOMPARE(store.open(storePath()).describe(), QString());
        QCOMPARE(store.pendingCount(), 2);
    }

private Q_SLOTS:
    void init() { answerDialogsInTests(); }
    void cleanup() { QCOMPARE(Views::Dialogs::unusedAnswers(), 0); }

    void anotherTeamsKeyOnTheSameUrl()
    {
        windowOnTeamBShowsAndPushesNothingOfA(QStringLiteral("key-b"), {QStringLiteral("key-b")});
    }

    void theSameKeyAnsweredByAnotherTeam()
    {
        // The store is shown at once (its key was verified for team A), and
        // taken away when the server names team B: still nothing is pushed.
        windowOnTeamBShowsAndPushesNothingOfA(QStringLiteral("key-a"), {QStringLiteral("key-a")});
    }

    void aServerSwappedBehindARunningWindowGetsNothing()
    {
        // Connected to team A; the server goes away, an edit waits, and team
        // B comes back on the same URL with the same key: the next sync asks
        // who answers before anything goes, and takes A's store away.
        QVERIFY(m_team.start(1, QStringLiteral("Team A"), {QStringLiteral("key-a")}));
        makeContact(QString::fromLatin1(alicePhone), QStringLiteral("Alice"));
        auto context = app(QStringLiteral("key-a"));
        QSignalSpy synced(context.get(), &App::AppContext::synced);
        QCOMPARE(context->start(), QString());
        QVERIFY(synced.wait(20000));
        QTRY_COMPARE(context->contacts()->rowCount(), 1);
        Store::ContactStore *store = context->workspace().store();
        const auto alice = store->contactByPhone(QString::fromLatin1(alicePhone));
        QVERIFY(alice);
        m_team.sandbox.reset();
        QVERIFY(store->editContact(
            alice->id, QJsonObject{{QStringLiteral("first"), QStringLiteral("Alicia")}}));
        QTRY_COMPARE_WITH_TIMEOUT(context->workspace().engine()->status().connection,
                                  Sync::SyncEngine::Status::Connection::Offline, 20000);
        QVERIFY(m_team.start(2, QStringLiteral("Team B"), {QStringLiteral("key-a")}));
        makeContact(QString::fromLatin1(beaPhone), QStringLiteral("Bea")); // the same id as Alice
        context->workspace().engine()->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(context->workspace().engine()->teamRefused(), 20000);
        QTRY_VERIFY2(errorText(*context).contains(QStringLiteral("Team B")),
                     qPrintable(errorText(*context)));
        QCOMPARE(context->contacts()->rowCount(), 0);
        // Nothing of A's reached B: Bea keeps her name, no Alicia there.
        const QJsonObject bea =
            m_team.sandbox
                ->post(QStringLiteral("/v1/contact/get"),
                       QJsonObject{{QStringLiteral("phone"), QString::fromLatin1(beaPhone)}})
                .object();
        QCOMPARE(bea.value(QStringLiteral("id")).toInteger(), alice->id);
        QCOMPARE(bea.value(QStringLiteral("first")).toString(), QStringLiteral("Bea"));
        QCOMPARE(m_team.sandbox->contactCount(), 1);
        QCOMPARE(store->pendingCount(), 1); // A's edit waits for A
        // And nothing of B's came into A's store.
        QVERIFY(!store->contactByPhone(QString::fromLatin1(beaPhone)));
    }

    void offlineStartShowsTheStoreOnlyToAVerifiedKey()
    {
        fillTeamA(); // no server answers now
        {
            auto context = app(QStringLiteral("key-a"));
            QSignalSpy synced(context.get(), &App::AppContext::synced);
            QCOMPARE(context->start(), QString());
            QVERIFY(synced.wait(20000)); // the team cannot be asked
            QVERIFY2(errorText(*context).contains(QStringLiteral("cannot be reached")),
                     qPrintable(errorText(*context)));
            QVERIFY(context->workspace().store());
            QTRY_COMPARE(context->contacts()->rowCount(), 2); // Alicia and Pending
        }
        {
            auto context = app(QStringLiteral("key-never-verified"));
            QSignalSpy synced(context.get(), &App::AppContext::synced);
            QCOMPARE(context->start(), QString());
            QVERIFY(synced.wait(20000));
            QVERIFY(!context->workspace().store());
            QCOMPARE(context->contacts()->rowCount(), 0);
        }
    }
};

QTEST_MAIN(TestTeamWindow)
#include "tst_team_window.moc"
