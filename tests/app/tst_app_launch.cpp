// The app starts on its embedded sandbox and shows how many contacts it
// holds; --profile keeps every file under one folder.

#include "api/SecretVault.h"
#include "app/AppContext.h"
#include "app/SingleInstance.h"
#include "models/ContactFilterModel.h"
#include "sandbox/SandboxHost.h"
#include "store/ContactStore.h"
#include "sync/Settings.h"
#include "tests/common/DialogAnswer.h"
#include "tests/common/MemorySecretBackend.h"
#include "tests/common/SandboxFixture.h"
#include "views/ContactDetailPanel.h"
#include "views/ImportWizard.h"
#include "views/MainWindow.h"
#include "views/SettingsDialog.h"
#include "views/SyncStatusBar.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace ContactDesk;

class TestAppLaunch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { Tests::answerDialogsInTests(); }
    void cleanup() { QCOMPARE(Views::Dialogs::unusedAnswers(), 0); }

    void startsTheSandboxAndShowsTheCount()
    {
        QTemporaryDir profileDir;
        QVERIFY(profileDir.isValid());
        App::AppContext::Config config;
        config.profile = Store::Profile::inDirectory(profileDir.path());
        config.sandboxContacts = 250;
        {
            App::AppContext context(config);
            QSignalSpy refreshed(&context, &App::AppContext::synced);
            QCOMPARE(context.start(), QString());
            context.mainWindow()->show();
            QVERIFY(refreshed.wait(15000));
            QVERIFY(context.workspace().sandbox()->isRunning());
            QCOMPARE(context.workspace().sandbox()->baseUrl().host(), QStringLiteral("127.0.0.1"));
            QVERIFY(context.workspace().sandbox()->port() != 0);
            auto *count =
                context.mainWindow()->findChild<QLabel *>(QStringLiteral("contactCountLabel"));
            QVERIFY(count);
            QCOMPARE(count->text(), QStringLiteral("250 contact(s)"));
            auto *server = context.mainWindow()->findChild<QLabel *>(QStringLiteral("serverLabel"));
            QCOMPARE(server->text(), context.workspace().sandbox()->baseUrl().toString());
            QVERIFY(!context.mainWindow()
                         ->findChild<QLabel *>(QStringLiteral("errorLabel"))
                         ->isVisible());

            // F5 syncs again; a change on the server arrives.
            QTest::keyClick(context.mainWindow(), Qt::Key_F5);
            QVERIFY(refreshed.wait(15000));
            QCOMPARE(count->text(), QStringLiteral("250 contact(s)"));
            auto *status =
                context.mainWindow()->findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
            QVERIFY2(status->text().contains(QStringLiteral("Up to date")),
                     qPrintable(status->text()));

            // The contacts are in the table; typing filters them.
            auto *table =
                context.mainWindow()->findChild<QTableView *>(QStringLiteral("contactTable"));
            QVERIFY(table);
            QTRY_COMPARE(table->model()->rowCount(), 250);
            QVERIFY(!table->model()->index(0, 0).data().toString().isEmpty());
            auto *search =
                context.mainWindow()->findChild<QLineEdit *>(QStringLiteral("searchField"));
            QTest::keyClick(context.mainWindow(), Qt::Key_F, Qt::ControlModifier);
            QTRY_VERIFY(search->hasFocus());
            const QString name = table->model()->index(0, 0).data().toString();
            QTest::keyClicks(search, name);
            QTRY_VERIFY(table->model()->rowCount() < 250);
            QVERIFY(table->model()->rowCount() >= 1);
            QVERIFY(count->text().contains(QStringLiteral("of 250")));
            for (int row = 0; row < table->model()->rowCount(); ++row)
                QVERIFY(table->model()->index(row, 0).data().toString().contains(
                            name, Qt::CaseInsensitive) ||
                        table->model()->rowCount() > 1);
            search->clear();
            QTRY_COMPARE(table->model()->rowCount(), 250);
            // Sorting by a column header.
            table->sortByColumn(2, Qt::DescendingOrder);
            QCOMPARE(static_cast<Models::ContactFilterModel *>(table->model())->sortColumn(), 2);
            context.workspace().settings().setValue(QStringLiteral("probe"), 1);
            context.workspace().settings().sync();
        }
        // Every file lives under the profile folder.
        QVERIFY(QFile::exists(profileDir.filePath(QStringLiteral("data/sandbox.sqlite"))));
        QVERIFY(QFile::exists(profileDir.filePath(QStringLiteral("settings.ini"))));

        QVERIFY(
            QFile::exists(profileDir.filePath(QStringLiteral("data/sandbox-workspace.sqlite"))));

        // A second start shows the stored contacts before any request
        // returns, and reuses the sandbox's data: seeded once.
        config.sandboxContacts = 10;
        App::AppContext again(config);
        QSignalSpy refreshed(&again, &App::AppContext::synced);
        QCOMPARE(again.start(), QString());
        QCOMPARE(
            again.mainWindow()->findChild<QLabel *>(QStringLiteral("contactCountLabel"))->text(),
            QStringLiteral("250 contact(s)"));
        auto *table = again.mainWindow()->findChild<QTableView *>(QStringLiteral("contactTable"));
        QTRY_COMPARE(table->model()->rowCount(), 250);
        // The column layout came back.
        QCOMPARE(static_cast<Models::ContactFilterModel *>(table->model())->sortColumn(), 2);
        // (The sync may have finished while the table filled.)
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > 0, 15000);
        QCOMPARE(
            again.mainWindow()->findChild<QLabel *>(QStringLiteral("contactCountLabel"))->text(),
            QStringLiteral("250 contact(s)"));
    }

    void theWindowComesBeforeTheDemoTeamIsSeeded()
    {
        // #18: with a big demo team nothing showed for seconds, as the
        // sandbox seeded it before start() returned. Now start() returns
        // at once, and the window says how far the seed got.
        QTemporaryDir profileDir;
        App::AppContext::Config config;
        config.profile = Store::Profile::inDirectory(profileDir.path());
        config.sandboxContacts = 5000;
        App::AppContext context(config);
        QSignalSpy refreshed(&context, &App::AppContext::synced);
        QCOMPARE(context.start(), QString());
        auto *status = context.mainWindow()->findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
        QVERIFY(status);
        // No event ran since start(): the sandbox has not even said it is
        // there, so nothing of the team was seeded or pulled before this.
        QVERIFY(!context.workspace().client());
        QVERIFY(!context.workspace().store());
        QCOMPARE(status->text(), QStringLiteral("Starting the local sandbox…"));
        // What the window showed at each step of the seed.
        QStringList shown;
        connect(&context.workspace(), &Sync::Workspace::preparing, this,
                [&] { shown.append(status->text()); });
        context.mainWindow()->show();
        QVERIFY(QTest::qWaitForWindowExposed(context.mainWindow()));
        QVERIFY(refreshed.wait(60000));
        QVERIFY2(shown.size() == 4 &&
                     shown.at(0).startsWith(
                         QStringLiteral("Preparing the demo team: 0 of 5,000 contacts")) &&
                     shown.at(1).startsWith(
                         QStringLiteral("Preparing the demo team: 2,000 of 5,000 contacts")),
                 qPrintable(shown.join(QLatin1Char('\n'))));
        QCOMPARE(context.workspace().store()->contactCount(), 5000);
        QTRY_VERIFY2(status->text().startsWith(QStringLiteral("Up to date")),
                     qPrintable(status->text()));
        QCOMPARE(context.mainWindow()->findChild<QLabel *>(QStringLiteral("serverLabel"))->text(),
                 context.workspace().sandbox()->baseUrl().toString());
    }

    void aFirstSyncShowsHowFarItIsAndTheTimeLeft()
    {
        // The window is there, with the count and the time left, while the
        // first pull runs (held by the server after three pages, so the
        // test sees it mid-way; each reading of the status bar's clock is
        // one second later).
        Sandbox::Options serverOptions;
        serverOptions.apiKeys = {QString::fromLatin1(Tests::SandboxFixture::apiKey)};
        Tests::SandboxFixture server(2000, serverOptions);
        QVERIFY(server.isRunning());
        server.server().holdRequestsAfter(QStringLiteral("/v1/contacts"), 3);
        QTemporaryDir profileDir;
        App::AppContext::Config config;
        config.profile = Store::Profile::inDirectory(profileDir.path());
        config.secretBackend = [] { return std::make_unique<Tests::MemoryBackend>(); };
        config.server = Sync::Workspace::Server{
            server.baseUrl(),
            Api::Credentials::fromApiKey(QString::fromLatin1(Tests::SandboxFixture::apiKey))};
        App::AppContext context(config);
        QSignalSpy refreshed(&context, &App::AppContext::synced);
        auto seconds = std::make_shared<qint64>(0);
        QCOMPARE(context.start(), QString());
        context.mainWindow()->syncStatusBar()->setClock([seconds] { return ++*seconds * 1000; });
        context.mainWindow()->show();
        auto *status = context.mainWindow()->findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(server.server().heldCount() == 1, 15000);
        QTRY_VERIFY2(status->text().contains(QRegularExpression(
                         QStringLiteral("^Syncing: [0-9,]+ of 2,000 contacts — "
                                        "about \\d+ (second|minute)\\(s\\) left"))),
                     qPrintable(status->text()));
        QVERIFY(context.mainWindow()->isVisible());
        QVERIFY(context.workspace().engine()->status().pulling);
        QVERIFY(refreshed.isEmpty());
        server.server().releaseHeld();
        QVERIFY(refreshed.wait(60000));
        QCOMPARE(context.workspace().store()->contactCount(), 2000);
        QTRY_VERIFY2(status->text().startsWith(QStringLiteral("Up to date")),
                     qPrintable(status->text()));
    }

    void connectsToAHeymarketAccountFromSettings()
    {
        // The "Heymarket" here is a sandbox started by the test with its own
        // key; the app must use the key from the keychain, not a sandbox of
        // its own.
        Sandbox::Options serverOptions;
        serverOptions.apiKeys = {QStringLiteral("team-key-from-keychain")};
        Tests::SandboxFixture heymarket(30, serverOptions);
        QVERIFY(heymarket.isRunning());
        QTemporaryDir profileDir;
        App::AppContext::Config config;
        config.profile = Store::Profile::inDirectory(profileDir.path());
        {
            QSettings settings(config.profile.settingsFile(), QSettings::IniFormat);
            settings.setValue(Sync::Settings::accountKind, QStringLiteral("heymarket"));
            settings.setValue(Sync::Settings::accountName, QStringLiteral("team-7"));
            settings.setValue(Sync::Settings::accountBaseUrl, heymarket.baseUrl().toString());
        }
        auto keychain = std::make_shared<Tests::MemoryBackend>();
        keychain->entries.insert(QStringLiteral("team-7"),
                                 Api::SecretVault::encode(Api::Credentials::fromApiKey(
                                     QStringLiteral("team-key-from-keychain"))));
        config.secretBackend = [keychain] {
            auto backend = std::make_unique<Tests::MemoryBackend>();
            backend->entries = keychain->entries;
            return backend;
        };
        App::AppContext context(config);
        QSignalSpy refreshed(&context, &App::AppContext::synced);
        QCOMPARE(context.start(), QString());
        QVERIFY(!context.workspace().sandbox());
        QVERIFY(refreshed.wait(15000));
        QCOMPARE(
            context.mainWindow()->findChild<QLabel *>(QStringLiteral("contactCountLabel"))->text(),
            QStringLiteral("30 contact(s)"));
        QVERIFY(context.mainWindow()
                    ->findChild<QLabel *>(QStringLiteral("workspaceLabel"))
                    ->text()
                    .contains(QStringLiteral("team-7")));
        QVERIFY(!QFile::exists(profileDir.filePath(QStringLiteral("data/sandbox.sqlite"))));
        QFile settingsFile(config.profile.settingsFile());
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        QVERIFY(!settingsFile.readAll().contains("team-key-from-keychain"));
    }

    void settingsSwitchTheAccountWhileRunning()
    {
        Sandbox::Options serverOptions;
        serverOptions.apiKeys = {QStringLiteral("typed-team-key")};
        Tests::SandboxFixture heymarket(40, serverOptions);
        QVERIFY(heymarket.isRunning());
        QTemporaryDir profileDir;
        App::AppContext::Config config;
        config.profile = Store::Profile::inDirectory(profileDir.path());
        config.sandboxContacts = 25;
        auto *keychain = new Tests::MemoryBackend;
        config.secretBackend = [keychain] { return std::unique_ptr<Api::SecretBackend>(keychain); };
        App::AppContext context(config);
        QSignalSpy refreshed(&context, &App::AppContext::synced);
        QCOMPARE(context.start(), QString());
        QVERIFY(refreshed.wait(15000));
        auto *count =
            context.mainWindow()->findChild<QLabel *>(QStringLiteral("contactCountLabel"));
        QCOMPARE(count->text(), QStringLiteral("25 contact(s)"));

        // The dialog refuses an account without a name or key.
        Views::AppSettings wanted = context.currentSettings();
        QVERIFY(!wanted.heymarket);
        Views::SettingsDialog dialog(wanted);
        dialog.findChild<QRadioButton *>(QStringLiteral("heymarketRadio"))->setChecked(true);
        QCOMPARE(dialog.problem(), QStringLiteral("Give the account a name."));
        dialog.findChild<QLineEdit *>(QStringLiteral("accountNameEdit"))
            ->setText(QStringLiteral("Support"));
        dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))
            ->setText(heymarket.baseUrl().toString());
        QCOMPARE(dialog.problem(), QStringLiteral("Enter the team API key."));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("settingsProblemLabel"))
                    ->isVisibleTo(&dialog));

        // "Test connection" asks the server: a wrong key is reported, the right one passes.
        dialog.setConnectionTester([&context](const QUrl &url, const Api::Credentials &credentials,
                                              std::function<void(const QString &)> done) {
            context.testConnection(url, credentials, std::move(done));
        });
        auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        key->setText(QStringLiteral("wrong-key"));
        dialog.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.testResult().startsWith(QStringLiteral("Could not connect")), 15000);
        key->setText(QStringLiteral("typed-team-key"));
        dialog.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.testResult().startsWith(QStringLiteral("Connected")),
                                 15000);
        auto *region = dialog.findChild<QComboBox *>(QStringLiteral("regionCombo"));
        region->setCurrentIndex(region->findData(QStringLiteral("GB")));
        QCOMPARE(dialog.problem(), QString());

        // Saving switches to the account at once; the key goes to the keychain only.
        context.applySettings(dialog.settings());
        QVERIFY(refreshed.wait(15000));
        QTRY_COMPARE(count->text(), QStringLiteral("40 contact(s)"));
        QVERIFY(!context.workspace().sandbox());
        QVERIFY(context.mainWindow()
                    ->findChild<QLabel *>(QStringLiteral("workspaceLabel"))
                    ->text()
                    .contains(QStringLiteral("Support")));
        QVERIFY(keychain->entries.contains(
            Api::SecretVault::entryName(QStringLiteral("Support"), heymarket.baseUrl())));
        QCOMPARE(context.currentSettings().region, QStringLiteral("GB"));
        context.workspace().settings().sync();
        QFile settingsFile(config.profile.settingsFile());
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        QVERIFY(!settingsFile.readAll().contains("typed-team-key"));
    }

    void changingOnlyTheServerSendsTheStoredKeyNowhere()
    {
        // The account's key is stored for server A. The settings then name
        // server B with the key fields left empty (the dialog refuses that;
        // this is what a caller or a hand-edited settings file could still
        // do): no key is found for B, and B is never asked anything.
        Sandbox::Options serverOptions;
        serverOptions.apiKeys = {QStringLiteral("key-of-server-a")};
        Tests::SandboxFixture serverA(10, serverOptions);
        QVERIFY(serverA.isRunning());
        QTcpServer serverB;
        QVERIFY(serverB.listen(QHostAddress::LocalHost));
        int connectionsToB = 0;
        connect(&serverB, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = serverB.nextPendingConnection()) {
                ++connectionsToB;
                socket->deleteLater();
            }
        });
        const QUrl urlB(QStringLiteral("http://127.0.0.1:%1").arg(serverB.serverPort()));

        QTemporaryDir profileDir;
        App::AppContext::Config config;
        config.profile = Store::Profile::inDirectory(profileDir.path());
        {
            QSettings settings(config.profile.settingsFile(), QSettings::IniFormat);
            settings.setValue(Sync::Settings::accountKind, QStringLiteral("heymarket"));
            settings.setValue(Sync::Settings::accountName, QStringLiteral("team-7"));
            settings.setValue(Sync::Settings::accountBaseUrl, serverA.baseUrl().toString());
        }
        auto *keychain = new Tests::MemoryBackend;
        keychain->entries.insert(
            Api::SecretVault::entryName(QStringLiteral("team-7"), serverA.baseUrl()),
            Api::SecretVault::encode(
                Api::Credentials::fromApiKey(QStringLiteral("key-of-server-a")),
                Api::serverIdentity(serverA.baseUrl())));
        config.secretBackend = [keychain] { return std::unique_ptr<Api::SecretBackend>(keychain); };
        App::AppContext context(config);
        QSignalSpy refreshed(&context, &App::AppContext::synced);
        QCOMPARE(context.start(), QString());
        QVERIFY(refreshed.wait(15000));
        auto *count =
            context.mainWindow()->findChild<QLabel *>(QStringLiteral("contactCountLabel"));
        QCOMPARE(count->text(), QStringLiteral("10 contact(s)"));

        Views::AppSettings moved = context.currentSettings();
        moved.baseUrl = urlB;
        QVERIFY(!moved.credentials.isValid());
        refreshed.clear();
        context.applySettings(moved);
        QVERIFY(refreshed.wait(15000));
        const QString error =
            context.mainWindow()->findChild<QLabel *>(QStringLiteral("errorLabel"))->text();
        QVERIFY2(error.contains(QStringLiteral("No credentials for the account “team-7” on")),
                 qPrintable(error));
        QVERIFY(!context.workspace().client()); // nothing to send with, nowhere
        QCOMPARE(connectionsToB, 0);
    }

    void theSettingsDialogAsksForTheKeyWhenTheServerChanges()
    {
        Views::AppSettings current;
        current.heymarket = true;
        current.accountName = QStringLiteral("Support");
        current.baseUrl = QUrl(QStringLiteral("https://api.heymarket.com"));
        Views::SettingsDialog dialog(current);
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"));
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("accountNameEdit"));
        auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("keyRequiredLabel"));
        QVERIFY(note);
        // Nothing changed: the stored key is kept.
        QCOMPARE(dialog.problem(), QString());
        QVERIFY(!note->isVisibleTo(&dialog));
        // The same server written otherwise is no change.
        url->setText(QStringLiteral("https://API.heymarket.com:443/"));
        QCOMPARE(dialog.problem(), QString());

        // Another server: the dialog says so, and Save is refused until a key is typed.
        url->setText(QStringLiteral("https://other.example"));
        QVERIFY(note->isVisibleTo(&dialog));
        QVERIFY2(dialog.problem().contains(QStringLiteral("enter the team API key for it")),
                 qPrintable(dialog.problem()));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("settingsProblemLabel"))
                    ->isVisibleTo(&dialog));
        QVERIFY(!dialog.settings().credentials.isValid());
        key->setText(QStringLiteral("key-for-other"));
        QCOMPARE(dialog.problem(), QString());
        QCOMPARE(dialog.settings().credentials.apiKey, QStringLiteral("key-for-other"));

        // Back to the first server with the key field empty: kept again.
        key->clear();
        url->setText(QStringLiteral("https://api.heymarket.com"));
        QCOMPARE(dialog.problem(), QString());
        QVERIFY(!note->isVisibleTo(&dialog));
        // A new name is a new keychain entry: the key is asked for too.
        name->setText(QStringLiteral("Sales"));
        QVERIFY(note->isVisibleTo(&dialog));
        QVERIFY(!dialog.problem().isEmpty());
        name->setText(QStringLiteral("Support"));

        // A Secret ID/Key account the same way.
        dialog.findChild<QRadioButton *>(QStringLiteral("secretRadio"))->setChecked(true);
        url->setText(QStringLiteral("https://other.example"));
        QVERIFY2(
            dialog.problem().contains(QStringLiteral("enter the Secret ID and the Secret Key")),
            qPrintable(dialog.problem()));
    }

    void theSettingsDialogRefusesPlainHttpToAnotherHost()
    {
        Views::AppSettings current;
        Views::SettingsDialog dialog(current);
        dialog.findChild<QRadioButton *>(QStringLiteral("heymarketRadio"))->setChecked(true);
        dialog.findChild<QLineEdit *>(QStringLiteral("accountNameEdit"))
            ->setText(QStringLiteral("Support"));
        dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"))->setText(QStringLiteral("k"));
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"));
        for (const QString &plain :
             {QStringLiteral("http://x.test"), QStringLiteral("http://192.168.1.5:8080"),
              QStringLiteral("HTTP://api.heymarket.com")}) {
            url->setText(plain);
            const QString problem = dialog.problem();
            QVERIFY2(problem.contains(QStringLiteral("is not https://")), qPrintable(problem));
            QVERIFY2(problem.contains(QUrl(plain).toDisplayString()), qPrintable(problem));
            dialog.accept();
            QVERIFY(dialog.result() != QDialog::Accepted);
            // "Test connection" sends nothing either.
            bool tested = false;
            dialog.setConnectionTester(
                [&tested](const QUrl &, const Api::Credentials &,
                          std::function<void(const QString &)>) { tested = true; });
            dialog.testConnection();
            QVERIFY(!tested);
        }
        for (const QString &fine :
             {QStringLiteral("https://x.test"), QStringLiteral("http://127.0.0.1:4321"),
              QStringLiteral("http://localhost:4321"), QStringLiteral("http://[::1]:4321")}) {
            url->setText(fine);
            QVERIFY2(dialog.problem().isEmpty(),
                     qPrintable(fine + QLatin1Char(' ') + dialog.problem()));
        }
    }

    void aNewTagIsCreatedFromTheDetailPanel()
    {
        QTemporaryDir profileDir;
        App::AppContext::Config config;
        config.profile = Store::Profile::inDirectory(profileDir.path());
        config.sandboxContacts = 20;
        App::AppContext context(config);
        QSignalSpy refreshed(&context, &App::AppContext::synced);
        QCOMPARE(context.start(), QString());
        QVERIFY(refreshed.wait(15000));
        context.mainWindow()->show();
        const int tagsBefore = static_cast<int>(context.workspace().store()->tags().size());
        // A contact with room for one more tag.
        qint64 id = 0;
        for (const Store::StoredContact &c : context.workspace().store()->allContacts())
            if (c.fields.value(Field::tags).toArray().size() < 5) {
                id = c.id;
                break;
            }
        QVERIFY(id);
        QTRY_VERIFY(context.mainWindow()->selectContact(id));
        Views::ContactDetailPanel *panel = context.mainWindow()->detailPanel();
        QCOMPARE(panel->contactId(), id);
        Views::Dialogs::setNextAnswer(QMessageBox::Yes);
        // Typed as a person types it; the next tag is started at once,
        // while the new one is still being created.
        auto *input = panel->findChild<QLineEdit *>(QStringLiteral("tagInput"));
        input->setFocus();
        QTest::keyClicks(input, QStringLiteral("Spring launch 2027"));
        QTest::keyClick(input, Qt::Key_Return);
        QTest::keyClicks(input, QStringLiteral("Next"));
        QCOMPARE(Tests::lastAsked().title, QStringLiteral("New tag"));
        QCOMPARE(Tests::lastAsked().text,
                 QStringLiteral("The team has no tag called “Spring launch 2027”. Create it?"));
        QTRY_COMPARE_WITH_TIMEOUT(context.workspace().store()->tags().size(), tagsBefore + 1,
                                  15000);
        qint64 created = 0;
        for (const Tag &tag : context.workspace().store()->tags())
            if (tag.name == QStringLiteral("Spring launch 2027"))
                created = tag.id;
        QVERIFY(created > 0);
        QTRY_VERIFY_WITH_TIMEOUT(context.workspace()
                                     .store()
                                     ->contact(id)
                                     ->fields.value(Field::tags)
                                     .toArray()
                                     .contains(QJsonValue(created)),
                                 15000);
        // What was typed meanwhile is all still there.
        QCOMPARE(input->text(), QStringLiteral("Next"));
        // The server took the contact's new tag: nothing pending, nothing failed.
        QTRY_COMPARE_WITH_TIMEOUT(context.workspace().store()->pendingCount(), 0, 15000);
        QCOMPARE(context.workspace().store()->failedCount(), 0);
        QCOMPARE(context.workspace().store()->contact(id)->server.value(Field::tags),
                 context.workspace().store()->contact(id)->fields.value(Field::tags));
    }

    void withoutAKeychainTheWindowSaysSo()
    {
        QTemporaryDir profileDir;
        App::AppContext::Config config;
        config.profile = Store::Profile::inDirectory(profileDir.path());
        {
            QSettings settings(config.profile.settingsFile(), QSettings::IniFormat);
            settings.setValue(Sync::Settings::accountKind, QStringLiteral("heymarket"));
            settings.setValue(Sync::Settings::accountName, QStringLiteral("team-7"));
        }
        config.secretBackend = [] {
            auto backend = std::make_unique<Tests::MemoryBackend>();
            backend->available = false;
            return backend;
        };
        App::AppContext context(config);
        QSignalSpy refreshed(&context, &App::AppContext::synced);
        QCOMPARE(context.start(), QString());
        context.mainWindow()->show();
        QVERIFY(refreshed.wait(15000));
        auto *notice = context.mainWindow()->findChild<QLabel *>(QStringLiteral("noticeLabel"));
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QStringLiteral("this session only")));
        auto *error = context.mainWindow()->findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("team-7")));
        // Nothing claims the account runs while the banner says it cannot
        // be reached.
        QVERIFY2(!context.mainWindow()->statusBar()->currentMessage().contains(
                     QStringLiteral("is running")),
                 qPrintable(context.mainWindow()->statusBar()->currentMessage()));

        // Back to the sandbox, which needs no keychain: the notice goes.
        Views::AppSettings sandbox = context.currentSettings();
        sandbox.heymarket = false;
        context.applySettings(sandbox);
        QVERIFY(refreshed.wait(15000));
        QTRY_VERIFY(context.workspace().sandbox());
        QVERIFY(!notice->isVisible());
    }

    // A Test connection that failed: saving exactly those settings asks
    // first (Enter goes back); other settings, or "Save anyway", save.
    void aFailedConnectionTestAsksBeforeSaving()
    {
        Views::AppSettings current;
        Views::SettingsDialog dialog(current);
        dialog.findChild<QRadioButton *>(QStringLiteral("heymarketRadio"))->setChecked(true);
        dialog.findChild<QLineEdit *>(QStringLiteral("accountNameEdit"))
            ->setText(QStringLiteral("Support"));
        dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))
            ->setText(QStringLiteral("https://api.example.test"));
        auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
        key->setText(QStringLiteral("mistyped"));
        dialog.setConnectionTester([](const QUrl &, const Api::Credentials &credentials,
                                      std::function<void(const QString &)> done) {
            done(credentials.apiKey == QLatin1String("mistyped") ? QStringLiteral("key refused")
                                                                 : QString());
        });
        dialog.testConnection();
        QVERIFY(dialog.testResult().startsWith(QStringLiteral("Could not connect")));
        Views::Dialogs::setNextAnswer(QMessageBox::Cancel);
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(Tests::lastAsked().title, QStringLiteral("Save settings"));
        QVERIFY(Tests::lastAsked().text.contains(QStringLiteral("key refused")));
        QCOMPARE(Tests::lastAsked().buttonTexts.value(0).second, QStringLiteral("Save anyway"));
        QCOMPARE(Tests::lastAsked().defaultButton, QMessageBox::Cancel);
        Views::Dialogs::setNextAnswer(QMessageBox::Yes);
        dialog.accept();
        QCOMPARE(dialog.result(), QDialog::Accepted);

        // Another key than the one that failed is saved without a question.
        Views::SettingsDialog again(current);
        again.findChild<QRadioButton *>(QStringLiteral("heymarketRadio"))->setChecked(true);
        again.findChild<QLineEdit *>(QStringLiteral("accountNameEdit"))
            ->setText(QStringLiteral("Support"));
        again.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))
            ->setText(QStringLiteral("https://api.example.test"));
        auto *typed = again.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
        typed->setText(QStringLiteral("mistyped"));
        again.setConnectionTester(
            [](const QUrl &, const Api::Credentials &, std::function<void(const QString &)> done) {
                done(QStringLiteral("key refused"));
            });
        again.testConnection();
        typed->setText(QStringLiteral("corrected"));
        const qsizetype asked = Views::Dialogs::asked().size();
        again.accept();
        QCOMPARE(again.result(), QDialog::Accepted);
        QCOMPARE(Views::Dialogs::asked().size(), asked);
    }

    void incompleteAccountSettingsAreReported()
    {
        QTemporaryDir profileDir;
        App::AppContext::Config config;
        config.profile = Store::Profile::inDirectory(profileDir.path());
        {
            QSettings settings(config.profile.settingsFile(), QSettings::IniFormat);
            settings.setValue(Sync::Settings::accountKind, QStringLiteral("heymarket"));
        }
        App::AppContext context(config);
        const QString problem = context.start();
        QVERIFY2(problem.contains(QStringLiteral("account/name")), qPrintable(problem));
        QVERIFY(problem.contains(config.profile.settingsFile()));
    }

    void unusableProfileIsReported()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        App::AppContext::Config config;
        config.profile =
            Store::Profile::inDirectory(dir.filePath(QStringLiteral("blocker/profile")));
        App::AppContext context(config);
        const QString problem = context.start();
        QVERIFY2(problem.contains(QStringLiteral("blocker")), qPrintable(problem));
    }

    void aSecondInstanceHandsItsFilesOver()
    {
        QTemporaryDir dir;
        const QString name = App::SingleInstance::nameFor(dir.path());
        QVERIFY(QFileInfo(name).fileName().startsWith(QLatin1String("contactdesk-")));
        QVERIFY(name != App::SingleInstance::nameFor(dir.filePath(QStringLiteral("other"))));
        App::SingleInstance first(name);
        QVERIFY(!first.handOff({QStringLiteral("a.csv")}, 500)); // nobody runs yet
        QString why;
        QVERIFY2(first.listen(&why), qPrintable(why));
        QSignalSpy received(&first, &App::SingleInstance::filesReceived);
        // The later launch blocks while it hands over, as a process would.
        bool handed = false;
        std::thread later([&name, &handed, &dir] {
            App::SingleInstance second(name);
            handed = second.handOff(
                {dir.filePath(QStringLiteral("leads.csv")), QStringLiteral("relative.csv")});
        });
        QTRY_COMPARE(received.size(), 1);
        later.join();
        QVERIFY(handed);
        const QStringList files = received.first().first().toStringList();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0), dir.filePath(QStringLiteral("leads.csv")));
        QCOMPARE(files.at(1), QDir::current().absoluteFilePath(QStringLiteral("relative.csv")));
    }

    void handedFilesOpenTheImportWizard()
    {
        QTemporaryDir dir;
        Store::ContactStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("store.sqlite"))).describe(), QString());
        Views::MainWindow window;
        window.setStore(&store);
        window.show();
        App::SingleInstance running(App::SingleInstance::nameFor(dir.path()));
        QVERIFY(running.listen());
        App::openHandedFiles(running, &window);
        const QString csv = dir.filePath(QStringLiteral("leads.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("First Name,Phone Number\nAnn,(415) 555-0101\n");
        file.close();
        bool handed = false;
        std::thread later([&running, &handed, &csv] {
            App::SingleInstance second(running.name());
            handed = second.handOff({csv});
        });
        QTRY_VERIFY(!window.findChildren<Views::ImportWizard *>().isEmpty());
        later.join();
        QVERIFY(handed);
        Views::ImportWizard *wizard = window.findChildren<Views::ImportWizard *>().first();
        QVERIFY(wizard->isVisible());
        QVERIFY2(wizard->windowTitle().contains(QLatin1String("leads.csv")),
                 qPrintable(wizard->windowTitle()));
    }

    void aCrashedInstanceLeavesNoLock()
    {
        QTemporaryDir dir;
        const QString name = App::SingleInstance::nameFor(dir.path());
        {
            // A socket file nobody listens on, as a killed instance leaves.
            QLocalServer stale;
            QVERIFY(stale.listen(name));
            stale.close();
        }
        App::SingleInstance next(name);
        QVERIFY(!next.handOff({}, 500));
        QString why;
        QVERIFY2(next.listen(&why), qPrintable(why));
    }

    void theSocketLivesInAFolderOnlyThisUserCanEnter()
    {
        const QByteArray savedRuntime = qgetenv("XDG_RUNTIME_DIR");
        const auto restore = qScopeGuard([&savedRuntime] {
            if (savedRuntime.isEmpty())
                qunsetenv("XDG_RUNTIME_DIR");
            else
                qputenv("XDG_RUNTIME_DIR", savedRuntime);
        });
        const mode_t savedMask = ::umask(0); // a permissive umask changes nothing
        const auto restoreMask = qScopeGuard([savedMask] { ::umask(savedMask); });
        const auto modeOf = [](const QString &path) {
            struct stat info = {};
            return ::lstat(QFile::encodeName(path).constData(), &info) == 0
                       ? int(info.st_mode & 07777)
                       : -1;
        };

        // No XDG_RUNTIME_DIR: a 0700 folder in the profile.
        qunsetenv("XDG_RUNTIME_DIR");
        QTemporaryDir dir;
        const QString name = App::SingleInstance::nameFor(dir.path());
        QCOMPARE(QFileInfo(name).absolutePath(), dir.filePath(QStringLiteral("run")));
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("run"))), 0700);
        App::SingleInstance first(name);
        QString why;
        QVERIFY2(first.listen(&why), qPrintable(why));
        QCOMPARE(modeOf(name) & 077, 0); // UserAccessOption

        // XDG_RUNTIME_DIR (the session's own folder): a 0700 folder in it.
        QTemporaryDir runtime;
        QVERIFY(::chmod(QFile::encodeName(runtime.path()).constData(), 0700) == 0);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
        const QString inRuntime = App::SingleInstance::nameFor(dir.path());
        QCOMPARE(QFileInfo(inRuntime).absolutePath(),
                 runtime.filePath(QStringLiteral("contactdesk")));
        QCOMPARE(modeOf(runtime.filePath(QStringLiteral("contactdesk"))), 0700);
        // A folder of ours that others could enter is narrowed.
        QVERIFY(
            ::chmod(QFile::encodeName(runtime.filePath(QStringLiteral("contactdesk"))).constData(),
                    0777) == 0);
        QCOMPARE(App::SingleInstance::nameFor(dir.path()), inRuntime);
        QCOMPARE(modeOf(runtime.filePath(QStringLiteral("contactdesk"))), 0700);
        // An XDG_RUNTIME_DIR others can enter is not used (nor changed).
        QVERIFY(::chmod(QFile::encodeName(runtime.path()).constData(), 0777) == 0);
        QCOMPARE(QFileInfo(App::SingleInstance::nameFor(dir.path())).absolutePath(),
                 dir.filePath(QStringLiteral("run")));
        QCOMPARE(modeOf(runtime.path()), 0777);
    }

    void aFolderOrSocketOfAnotherUserIsRefused()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to give a file to another user");
        const QByteArray savedRuntime = qgetenv("XDG_RUNTIME_DIR");
        qunsetenv("XDG_RUNTIME_DIR");
        const auto restore = qScopeGuard([&savedRuntime] {
            if (!savedRuntime.isEmpty())
                qputenv("XDG_RUNTIME_DIR", savedRuntime);
        });
        constexpr uid_t nobody = 65534;

        // Another user made the folder first (and listens in it): refused.
        QTemporaryDir squatted;
        const QString run = squatted.filePath(QStringLiteral("run"));
        QVERIFY(QDir().mkpath(run));
        QVERIFY(::chown(QFile::encodeName(run).constData(), nobody, nobody) == 0);
        QString why;
        QCOMPARE(App::SingleInstance::nameFor(squatted.path(), &why), QString());
        QVERIFY2(why.contains(QStringLiteral("belongs to another user")), qPrintable(why));
        App::SingleInstance none(QString{});
        QVERIFY(!none.handOff({QStringLiteral("a.csv")}, 500));
        QVERIFY(!none.listen(&why));

        // A socket in our folder that is not ours: the paths are not handed
        // to it, and it is not replaced.
        QTemporaryDir dir;
        const QString name = App::SingleInstance::nameFor(dir.path());
        QLocalServer squatter;
        QVERIFY(squatter.listen(name));
        int handedToSquatter = 0;
        connect(&squatter, &QLocalServer::newConnection, this, [&] {
            while (QLocalSocket *socket = squatter.nextPendingConnection()) {
                ++handedToSquatter;
                socket->deleteLater();
            }
        });
        QVERIFY(::lchown(QFile::encodeName(name).constData(), nobody, nobody) == 0);
        App::SingleInstance second(name);
        QVERIFY(!second.handOff({dir.filePath(QStringLiteral("leads.csv"))}, 500));
        QVERIFY(!second.listen(&why));
        QVERIFY2(why.contains(QStringLiteral("is not this user's socket")), qPrintable(why));
        QVERIFY(QFileInfo::exists(name));
        QCoreApplication::processEvents();
        QCOMPARE(handedToSquatter, 0);
    }

    void theRealAppTakesASecondLaunchsFiles()
    {
        QTemporaryDir profile;
        QProcess first;
        first.start(QStringLiteral(APP_EXECUTABLE),
                    {QStringLiteral("--profile"), profile.path(),
                     QStringLiteral("--sandbox-contacts"), QStringLiteral("10")});
        QVERIFY(first.waitForStarted(15000));
        const QString name = App::SingleInstance::nameFor(
            Store::Profile::inDirectory(profile.path()).dataDirectory());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&name] {
                QLocalSocket probe;
                probe.connectToServer(name);
                return probe.waitForConnected(200);
            }(),
            20000);
        const QString csv = profile.filePath(QStringLiteral("leads.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("First Name,Phone Number\nAnn,(415) 555-0101\n");
        file.close();
        QProcess second;
        second.start(QStringLiteral(APP_EXECUTABLE),
                     {QStringLiteral("--profile"), profile.path(), csv});
        QVERIFY(second.waitForFinished(15000));
        QCOMPARE(second.exitCode(), 0); // handed over, no second window
        QCOMPARE(first.state(), QProcess::Running);
        first.terminate();
        if (!first.waitForFinished(10000))
            first.kill();
    }

    // --help and --version answer in a terminal with no display at all (ssh,
    // a container): no platform plugin is asked for.
    void commandLineHelp()
    {
        QProcessEnvironment noDisplay = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            noDisplay.remove(QString::fromLatin1(name));
        QProcess process;
        process.setProcessEnvironment(noDisplay);
        process.start(QStringLiteral(APP_EXECUTABLE), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QString help = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(help.contains(QStringLiteral("--profile")), qPrintable(help));
        QVERIFY(help.contains(QStringLiteral("--help")));
        QVERIFY(help.contains(QStringLiteral("--version")));

        QProcess version;
        version.setProcessEnvironment(noDisplay);
        version.start(QStringLiteral(APP_EXECUTABLE), {QStringLiteral("--version")});
        QVERIFY(version.waitForFinished(15000));
        QCOMPARE(version.exitStatus(), QProcess::NormalExit);
        QCOMPARE(version.exitCode(), 0);
        QVERIFY(QString::fromUtf8(version.readAllStandardOutput())
                    .contains(QStringLiteral(CONTACTDESK_VERSION)));
    }

    void badCommandLineValue()
    {
        QProcess process;
        process.start(QStringLiteral(APP_EXECUTABLE),
                      {QStringLiteral("--sandbox-contacts"), QStringLiteral("many")});
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(QString::fromUtf8(process.readAllStandardError())
                    .contains(QStringLiteral("--sandbox-contacts")));
    }
};

QTEST_MAIN(TestAppLaunch)
#include "tst_app_launch.moc"
