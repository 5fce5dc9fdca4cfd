// The window while the local store cannot be written: the app keeps
// running, says what happened in a sentence (never SQLite's words), keeps
// the edit, and after a restart the edit is there and reaches the server.
// The failure is a real one: the store's connection made read-only
// (PRAGMA query_only), as a file or folder that became read-only would.

#include "app/AppContext.h"
#include "store/ContactStore.h"
#include "sync/SyncEngine.h"
#include "tests/common/MemorySecretBackend.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ContactDesk;

class TestStoreFailure : public QObject
{
    Q_OBJECT

private:
    static App::AppContext::Config config(const QTemporaryDir &dir)
    {
        App::AppContext::Config c;
        c.profile = Store::Profile::inDirectory(dir.path());
        c.sandboxContacts = 30;
        c.secretBackend = [] { return std::make_unique<Tests::MemoryBackend>(); };
        return c;
    }

    template<typename T>
    static T *child(App::AppContext &context, const char *name)
    {
        return context.mainWindow()->findChild<T *>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void anEditWhileTheStoreIsReadOnlyIsKeptAndArrivesAfterARestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qint64 id = 0;
        QString before;
        {
            App::AppContext context(config(dir));
            QSignalSpy synced(&context, &App::AppContext::synced);
            QCOMPARE(context.start(), QString());
            context.mainWindow()->show();
            QVERIFY(synced.wait(15000));
            Store::ContactStore *store = context.workspace().store();
            store->forEachContact([&](const Store::StoredContact &c) {
                id = c.id;
                before = c.fields.value(Field::first).toString();
                return false;
            });
            QVERIFY(id > 0);
            QVERIFY(context.mainWindow()->selectContact(id));
            auto *first = child<QLineEdit>(context, "firstNameEdit");
            QTRY_COMPARE(first->text(), before);

            // The disk's file turns read-only while the user edits.
            QSqlQuery(store->database()).exec(QStringLiteral("PRAGMA query_only = 1"));
            first->setFocus();
            first->selectAll();
            QTest::keyClicks(first, QStringLiteral("Renamed"));
            QTest::keyClick(first, Qt::Key_Return);

            auto *error = child<QLabel>(context, "errorLabel");
            QTRY_VERIFY(error->isVisible());
            QVERIFY2(error->text().contains(QLatin1String("read-only")), qPrintable(error->text()));
            QVERIFY2(!error->text().contains(QLatin1String("readonly database")),
                     qPrintable(error->text())); // SQLite's own words stay in the log
            QCOMPARE(store->unwrittenCount(), 1);
            // What the user typed stays where they typed it.
            QCOMPARE(first->text(), QStringLiteral("Renamed"));

            // The app keeps working: another contact can be opened and read.
            qint64 other = 0;
            store->forEachContact([&](const Store::StoredContact &c) {
                if (c.id != id)
                    other = c.id;
                return other == 0;
            });
            QVERIFY(context.mainWindow()->selectContact(other));
            QTRY_COMPARE(first->text(),
                         store->contact(other)->fields.value(Field::first).toString());
            QVERIFY(context.mainWindow()->isVisible());
        } // the app quits with the store still read-only

        App::AppContext again(config(dir));
        QSignalSpy synced(&again, &App::AppContext::synced);
        QCOMPARE(again.start(), QString());
        Store::ContactStore *store = again.workspace().store();
        QCOMPARE(store->unwrittenCount(), 0);
        QCOMPARE(store->contact(id)->fields.value(Field::first).toString(),
                 QStringLiteral("Renamed"));
        // And it goes to the server: once pushed, the server's copy says so.
        QTRY_VERIFY_WITH_TIMEOUT(store->pendingCount() == 0 &&
                                     store->contact(id)->server.value(Field::first) ==
                                         QStringLiteral("Renamed"),
                                 20000);
        QVERIFY(!child<QLabel>(again, "errorLabel")->isVisible());
    }
};

QTEST_MAIN(TestStoreFailure)
#include "tst_store_failure.moc"
