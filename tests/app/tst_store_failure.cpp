// The window while the local store cannot be written: the app keeps
// running, says what happened in a sentence (never SQLite's words), keeps
// the edit, and once the cause is gone (or after a restart) the edit is
// there and reaches the server. The failures are real ones: the store's
// connection made read-only (PRAGMA query_only), as a file or folder that
// became read-only would; the file full (PRAGMA max_page_count); another
// connection holding the write lock (BEGIN EXCLUSIVE). A file a newer
// ContactDesk wrote is left alone by the window and the CLI; a damaged file
// is set aside, rebuilt from the sandbox, and its outbox carried over.

#include "app/AppContext.h"
#include "store/ContactStore.h"
#include "store/MessageOutbox.h"
#include "store/Schema.h"
#include "sync/MessageSender.h"
#include "sync/SyncEngine.h"
#include "sync/Workspace.h"
#include "tests/cli/CliRunner.h"
#include "tests/common/MemorySecretBackend.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int pageSize = 4096;

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

quint32 bigEndian(const QByteArray &bytes, qsizetype at, int width)
{
    quint32 value = 0;
    for (int i = 0; i < width; ++i)
        value = (value << 8) | quint8(bytes.at(at + i));
    return value;
}

// A query on a connection of the test's own (not the app's).
QVariant ask(const QString &file, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ask"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("ask"));
    return value;
}

// The leaf pages of a table b-tree of at most one interior level.
QList<int> leafPages(const QByteArray &bytes, int root)
{
    const qsizetype at = qsizetype(root - 1) * pageSize;
    if (quint8(bytes.at(at)) == 0x0d)
        return {root};
    QList<int> leaves;
    const int cells = int(bigEndian(bytes, at + 3, 2));
    for (int i = 0; i < cells; ++i)
        leaves.append(int(bigEndian(bytes, at + bigEndian(bytes, at + 12 + 2 * i, 2), 4)));
    leaves.append(int(bigEndian(bytes, at + 8, 4)));
    return leaves;
}

void spoilPage(QByteArray &bytes, int page)
{
    for (qsizetype i = qsizetype(page - 1) * pageSize; i < qsizetype(page) * pageSize; ++i)
        bytes[i] = char(0xff);
}

} // namespace

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

    // The window opened on the profile, synced once and closed: the store
    // file is there and filled.
    static bool syncOnceAndClose(const QTemporaryDir &dir)
    {
        App::AppContext context(config(dir));
        QSignalSpy synced(&context, &App::AppContext::synced);
        return context.start().isEmpty() && synced.wait(15000);
    }

    static QString storeFile(const QTemporaryDir &dir)
    {
        return Store::Profile::inDirectory(dir.path()).dataDirectory() + QLatin1Char('/') +
               Sync::Workspace::sandboxStoreFile();
    }

    static qint64 firstContact(Store::ContactStore *store)
    {
        qint64 id = 0;
        store->forEachContact([&](const Store::StoredContact &c) {
            id = c.id;
            return false;
        });
        return id;
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

    void anEditWhileTheStoreFailsIsKeptAndArrivesOnceTheCauseIsGone_data()
    {
        QTest::addColumn<QString>("cause");
        QTest::addColumn<QString>("sentence"); // what the banner must say
        QTest::newRow("read-only")
            << QStringLiteral("read-only") << QStringLiteral("Make it writable");
        QTest::newRow("disk full") << QStringLiteral("full") << QStringLiteral("Free some space");
        QTest::newRow("locked") << QStringLiteral("locked")
                                << QStringLiteral("Close the other program");
    }
    void anEditWhileTheStoreFailsIsKeptAndArrivesOnceTheCauseIsGone()
    {
        QFETCH(QString, cause);
        QFETCH(QString, sentence);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        App::AppContext context(config(dir));
        QSignalSpy synced(&context, &App::AppContext::synced);
        QCOMPARE(context.start(), QString());
        context.mainWindow()->show();
        QVERIFY(synced.wait(15000));
        Store::ContactStore *store = context.workspace().store();
        qint64 id = firstContact(store);
        QVERIFY(id > 0);
        QVERIFY(context.mainWindow()->selectContact(id));
        auto *first = child<QLineEdit>(context, "firstNameEdit");
        QTRY_COMPARE(first->text(), store->contact(id)->fields.value(Field::first).toString());
        QString value = QStringLiteral("Renamed");
        QHash<qint64, QString> typed; // contact -> the last first name typed
        // Types a first name into the detail panel, as a user does.
        const auto type = [&](qint64 contact, const QString &text) {
            QVERIFY(context.mainWindow()->selectContact(contact));
            QTRY_COMPARE(first->text(),
                         store->contact(contact)->fields.value(Field::first).toString());
            first->setFocus();
            first->setText(text.chopped(1));
            QTest::keyClick(first, text.back().toLatin1());
            QTest::keyClick(first, Qt::Key_Return);
            typed.insert(contact, text);
        };

        QSqlDatabase locker;
        if (cause == QLatin1String("read-only")) {
            QVERIFY(QSqlQuery(store->database()).exec(QStringLiteral("PRAGMA query_only = 1")));
            type(id, value);
        } else if (cause == QLatin1String("full")) {
            // The file may not grow by a page: no free page is left inside
            // (VACUUM) and it may have no more pages than now. The user
            // edits on, each name longer than the one before, until one
            // needs a page: that one is kept (edits are in their pages'
            // free room until then, and go to the server).
            QSqlQuery q(store->database());
            QVERIFY(q.exec(QStringLiteral("VACUUM")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA freelist_count")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
            const int pages = q.value(0).toInt();
            QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
            q.finish();
            QList<qint64> ids;
            store->forEachContact([&](const Store::StoredContact &c) {
                ids.append(c.id);
                return true;
            });
            for (int i = 0; i < 200 && store->unwrittenCount() == 0; ++i) {
                const qint64 contact = ids.at(i % ids.size());
                // The server takes up to 255 characters.
                value = QStringLiteral("Full%1-").arg(i, 3, 10, QLatin1Char('0')) +
                        QString(240, QLatin1Char('n'));
                type(contact, value);
                if (QTest::currentTestFailed())
                    return;
            }
            QCOMPARE(store->unwrittenCount(), 1);
            id = typed.key(value);
        } else {
            // Another program holds the write lock longer than the store waits.
            locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
            locker.setDatabaseName(store->path());
            QVERIFY(locker.open());
            QVERIFY(QSqlQuery(locker).exec(QStringLiteral("BEGIN EXCLUSIVE")));
            type(id, value);
        }

        auto *error = child<QLabel>(context, "errorLabel");
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(sentence), qPrintable(error->text()));
        QCOMPARE(store->unwrittenCount(), 1);
        QCOMPARE(first->text(), value); // kept where it was typed
        QVERIFY(context.mainWindow()->isVisible());

        // The cause goes: no restart, no click; the store's own retry
        // writes the edit, the engine pushes it, the banner goes.
        if (cause == QLatin1String("read-only")) {
            QVERIFY(QSqlQuery(store->database()).exec(QStringLiteral("PRAGMA query_only = 0")));
        } else if (cause == QLatin1String("full")) {
            QVERIFY(QSqlQuery(store->database())
                        .exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        } else {
            QVERIFY(QSqlQuery(locker).exec(QStringLiteral("COMMIT")));
            locker.close();
        }
        const auto arrived = [&] {
            for (auto it = typed.cbegin(); it != typed.cend(); ++it)
                if (store->contact(it.key())->server.value(Field::first) != it.value())
                    return false;
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            store->unwrittenCount() == 0 && store->pendingCount() == 0 && arrived(), 60000);
        QTRY_VERIFY(!error->isVisible());
        QCOMPARE(store->contact(id)->fields.value(Field::first).toString(), value);
        if (locker.isValid()) {
            locker = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        }
    }

    void aStoreANewerContactDeskWroteIsLeftAloneByTheWindowAndTheCli()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(syncOnceAndClose(dir));
        const QString file = storeFile(dir);
        ask(file, QStringLiteral("UPDATE schema_version SET version = %1 RETURNING version")
                      .arg(Store::Schema::latest() + 1));
        QCOMPARE(ask(file, QStringLiteral("SELECT version FROM schema_version")).toInt(),
                 Store::Schema::latest() + 1);
        const QByteArray before = bytesOf(file);

        {
            // The window opens, says so, and shows no store: no engine runs.
            App::AppContext context(config(dir));
            QCOMPARE(context.start(), QString());
            context.mainWindow()->show();
            QVERIFY(!context.workspace().store());
            QVERIFY(!context.workspace().engine());
            QVERIFY(!context.workspace().sandbox());
            auto *error = child<QLabel>(context, "errorLabel");
            QVERIFY(error->isVisible());
            QVERIFY2(error->text().contains(QLatin1String("newer ContactDesk")) &&
                         error->text().contains(QLatin1String("nothing in it was changed")),
                     qPrintable(error->text()));
        }
        QCOMPARE(bytesOf(file), before);

        // The CLI stops with the same sentence.
        Tests::CliRunner cli(QStringLiteral(CLI_EXECUTABLE),
                             {QStringLiteral("--profile"), dir.path()});
        const Tests::CliResult result = cli.run({QStringLiteral("list")});
        QVERIFY(result.exitCode > 0);
        QVERIFY2(result.err.contains("newer ContactDesk"), result.err.constData());
        QCOMPARE(bytesOf(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral(".unsaved")));
    }

    void aDamagedStoreIsSetAsideRebuiltAndItsOutboxGoesOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = storeFile(dir);
        QHash<qint64, QString> edited; // contact -> the last name given, in order
        QHash<qint64, qint64> revs;    // contact -> its server rev before
        QString messageText;
        {
            App::AppContext context(config(dir));
            QSignalSpy synced(&context, &App::AppContext::synced);
            QCOMPARE(context.start(), QString());
            QVERIFY(synced.wait(15000));
            context.workspace().engine()->stop(); // the edits wait in the outbox
            Store::ContactStore *store = context.workspace().store();
            QList<qint64> ids;
            store->forEachContact([&](const Store::StoredContact &c) {
                ids.append(c.id);
                revs.insert(c.id, c.rev);
                return ids.size() < 24;
            });
            QCOMPARE(ids.size(), 24);
            // Big enough that the outbox spans pages (four or five edits a
            // page); the server takes up to 255 characters a field.
            const QString padding(240, QLatin1Char('p'));
            for (int i = 0; i < ids.size(); ++i) {
                const QString last =
                    QStringLiteral("mark%1-").arg(i, 2, 10, QLatin1Char('0')) + padding;
                QVERIFY(store->editContact(ids.at(i),
                                           {{Field::last, last},
                                            {Field::first, QString(250, QLatin1Char('f'))},
                                            {Field::displayName, QString(250, QLatin1Char('d'))}}));
                edited.insert(ids.at(i), last);
            }
            QCOMPARE(store->pendingCount(), 24);
            Store::OutgoingMessage message;
            const auto target = store->contact(ids.last());
            message.contactId = target->id;
            message.label = target->fields.value(Field::phone).toString();
            message.to = message.label;
            message.inboxId = store->inboxes().first().id;
            message.creatorId = store->members().first().id;
            messageText =
                QStringLiteral("carried over %1").arg(QDateTime::currentMSecsSinceEpoch());
            message.text = messageText;
            QString problem;
            QVERIFY(context.workspace().messageSender()->enqueue({message}, &problem) > 0);
        }
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));

        // Damage in the middle of the file: the contacts table's root page
        // and the outbox page that holds the edit "mark05".
        QByteArray bytes = bytesOf(file);
        const int contactsRoot =
            ask(file, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'contacts'"))
                .toInt();
        const int outboxRoot =
            ask(file, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'outbox'"))
                .toInt();
        int lostPage = -1;
        for (int page : leafPages(bytes, outboxRoot))
            if (bytes.mid(qsizetype(page - 1) * pageSize, pageSize).contains("mark05-"))
                lostPage = page;
        QVERIFY(lostPage > 0 && contactsRoot > 0 && lostPage != contactsRoot);
        QSet<qint64> lost;
        const QByteArray page = bytes.mid(qsizetype(lostPage - 1) * pageSize, pageSize);
        for (auto it = edited.cbegin(); it != edited.cend(); ++it)
            if (page.contains(it.value().left(7).toUtf8()))
                lost.insert(it.key());
        QVERIFY(!lost.isEmpty() && lost.size() < edited.size());
        spoilPage(bytes, contactsRoot);
        spoilPage(bytes, lostPage);
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QCOMPARE(out.write(bytes), bytes.size());
        }

        App::AppContext context(config(dir));
        QSignalSpy synced(&context, &App::AppContext::synced);
        QCOMPARE(context.start(), QString());
        context.mainWindow()->show();
        // Set aside as it was, and the user is told what was carried.
        QStringList aside =
            QDir(QFileInfo(file).absolutePath())
                .entryList({QFileInfo(file).fileName() + QStringLiteral(".damaged-*")});
        aside.removeIf([](const QString &name) {
            return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"));
        });
        QCOMPARE(aside.size(), 1);
        QCOMPARE(bytesOf(QFileInfo(file).absolutePath() + QLatin1Char('/') + aside.first()), bytes);
        auto *notice = child<QLabel>(context, "noticeLabel");
        QVERIFY(notice->isVisible());
        const int carried = int(edited.size() - lost.size());
        QVERIFY2(
            notice->text().contains(QStringLiteral("%1 unsent changes").arg(carried)) &&
                notice->text().contains(QStringLiteral("1 unsent messages")) &&
                notice->text().contains(QStringLiteral("%1 could not be read").arg(lost.size())),
            qPrintable(notice->text()));

        // Rebuilt from the sandbox: the table fills again; the carried
        // edits reach the server once each (one new rev), the lost do not.
        Store::ContactStore *store = context.workspace().store();
        QVERIFY(store);
        QTRY_VERIFY_WITH_TIMEOUT(store->contactCount() == 30 && store->pendingCount() == 0, 60000);
        for (auto it = edited.cbegin(); it != edited.cend(); ++it) {
            const auto c = store->contact(it.key());
            QVERIFY(c);
            if (lost.contains(it.key())) {
                QVERIFY(c->server.value(Field::last).toString() != it.value());
                QCOMPARE(c->rev, revs.value(it.key()));
            } else {
                QCOMPARE(c->server.value(Field::last).toString(), it.value());
                QCOMPARE(c->rev, revs.value(it.key()) + 1);
            }
        }
        // The unsent message goes when asked, once.
        Sync::MessageSender *sender = context.workspace().messageSender();
        QCOMPARE(sender->unsentCount(), 1);
        QSignalSpy finished(sender, &Sync::MessageSender::finished);
        QVERIFY(sender->send(sender->unsentBatches().first()));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(1).toInt(), 1);
        QCOMPARE(sender->unsentCount(), 0);
        const QString sandboxFile = Store::Profile::inDirectory(dir.path()).sandboxDataFile();
        QCOMPARE(
            ask(sandboxFile, QStringLiteral("SELECT count(*) FROM messages WHERE json LIKE '%%1%'")
                                 .arg(messageText))
                .toInt(),
            1);
    }

    void theCliSaysWhatARescueCarriedOnStderr()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(syncOnceAndClose(dir));
        const QString file = storeFile(dir);
        const QByteArray junk(16384, 'z'); // not a database at all
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QCOMPARE(out.write(junk), junk.size());
        }
        Tests::CliRunner cli(QStringLiteral(CLI_EXECUTABLE),
                             {QStringLiteral("--profile"), dir.path()});
        QCOMPARE(QFile(file).size(), junk.size()); // nothing wrote the file back meanwhile
        const Tests::CliResult result = cli.run({QStringLiteral("list")});
        QCOMPARE(result.exitCode, 0);
        // (It once said nothing, under load: all it said is shown.)
        QVERIFY2(result.err.contains("was damaged") && result.err.contains("carried over") &&
                     result.err.contains("could not be read"),
                 qPrintable(QStringLiteral("stderr: %1\nstdout: %2\nfiles: %3")
                                .arg(QString::fromUtf8(result.err),
                                     QString::fromUtf8(result.out.left(400)),
                                     QDir(QFileInfo(file).path())
                                         .entryList(QDir::Files)
                                         .join(QLatin1Char(' ')))));
        // Rebuilt from the sandbox: the list has the team's contacts again.
        QVERIFY2(result.out.count('\n') >= 30, result.out.constData());
        QStringList aside =
            QDir(QFileInfo(file).absolutePath())
                .entryList({QFileInfo(file).fileName() + QStringLiteral(".damaged-*")});
        aside.removeIf([](const QString &name) {
            return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"));
        });
        QCOMPARE(aside.size(), 1);
        QCOMPARE(bytesOf(QFileInfo(file).absolutePath() + QLatin1Char('/') + aside.first()), junk);
    }
};

QTEST_MAIN(TestStoreFailure)
#include "tst_store_failure.moc"
