// The app starts on its embedded sandbox and shows how many contacts it
// holds; --profile keeps every file under one folder.

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
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <thread>

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
            QVERIFY(context.workspace().sandbox()->isRunning());
            QCOMPARE(context.workspace().sandbox()->baseUrl().host(), QStringLiteral("127.0.0.1"));
            QVERIFY(context.workspace().sandbox()->port() != 0);
            context.mainWindow()->show();
            QVERIFY(refreshed.wait(15000));
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
        QVERIFY(keychain->entries.contains(QStringLiteral("Support")));
        QCOMPARE(context.currentSettings().region, QStringLiteral("GB"));
        context.workspace().settings().sync();
        QFile settingsFile(config.profile.settingsFile());
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        QVERIFY(!settingsFile.readAll().contains("typed-team-key"));
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
        QVERIFY(panel->addTag(QStringLiteral("Spring launch 2027")));
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
        QVERIFY(name.startsWith(QLatin1String("contactdesk-")));
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

    void commandLineHelp()
    {
        QProcess process;
        process.start(QStringLiteral(APP_EXECUTABLE), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitCode(), 0);
        const QString help = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(help.contains(QStringLiteral("--profile")), qPrintable(help));
        QVERIFY(help.contains(QStringLiteral("--help")));
        QVERIFY(help.contains(QStringLiteral("--version")));
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
