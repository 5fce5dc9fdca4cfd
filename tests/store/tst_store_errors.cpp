// The store's error policy: nothing throws; a write that fails leaves the
// database as it was and is reported as a StoreError with a sentence for
// people; a local edit that cannot be written is kept (in memory, in
// order, beside the file at close) and written once the store works again.
// The failures are real SQLite ones: a read-only connection
// (PRAGMA query_only) and a full database (PRAGMA max_page_count).

#include "store/ContactStore.h"
#include "store/Schema.h"
#include "store/StoreError.h"
#include "tests/common/StoreData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ContactDesk;
using namespace ContactDesk::Store;
using Tests::serverContact;

namespace {

bool pragma(ContactStore &store, const QString &statement)
{
    QSqlQuery q(store.database());
    return q.exec(statement);
}

QString first(const ContactStore &store, qint64 id)
{
    const auto contact = store.contact(id);
    return contact ? contact->fields.value(Field::first).toString() : QStringLiteral("<none>");
}

} // namespace

class TestStoreErrors : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ContactStore> m_store;

    QString path() const
    {
        return m_dir.filePath(
            QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    }
    // The lists of unwritten edits kept beside the store file (one per
    // store that keeps one: `<file>.unsaved.<name>`), not their locks.
    QStringList unsavedFiles() const
    {
        const QString prefix = QFileInfo(path()).fileName() + QStringLiteral(".unsaved");
        QStringList files;
        for (const QString &name :
             QDir(m_dir.path()).entryList({prefix, prefix + QStringLiteral(".*")}, QDir::Files))
            if (!name.endsWith(QLatin1String(".lock")))
                files.append(name);
        return files;
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<ContactStore>();
        QCOMPARE(m_store->open(path()).describe(), QString());
        QVERIFY(m_store->applyServerContacts(
            {serverContact(1, QStringLiteral("Ana")), serverContact(2, QStringLiteral("Bo"))}));
    }
    void cleanup() { m_store.reset(); }

    void aReadOnlyStoreKeepsTheEditAndWritesItLater()
    {
        QSignalSpy failed(m_store.get(), &ContactStore::failed);
        QSignalSpy recovered(m_store.get(), &ContactStore::recovered);
        QVERIFY(pragma(*m_store, QStringLiteral("PRAGMA query_only = 1")));

        QVERIFY(m_store->editContact(1, {{Field::first, QStringLiteral("Anna")}}));
        QCOMPARE(failed.size(), 1);
        const StoreError error = failed.first().first().value<StoreError>();
        QCOMPARE(error.kind, StoreError::Kind::ReadOnly);
        QCOMPARE(error.path, path());
        QVERIFY2(error.describe().contains(QLatin1String("read-only")),
                 qPrintable(error.describe()));
        QVERIFY(!error.describe().contains(error.detail)); // SQLite's words stay in the log
        QCOMPARE(m_store->lastError().kind, StoreError::Kind::ReadOnly);
        // Kept, not written: the database is as it was; on disk beside it at
        // once, so a crash now does not lose it either.
        QCOMPARE(m_store->unwrittenCount(), 1);
        QCOMPARE(unsavedFiles().size(), 1);
        QCOMPARE(m_store->pendingCount(), 0);
        QCOMPARE(first(*m_store, 1), QStringLiteral("Ana"));
        // A later edit waits behind it, and is kept too.
        QVERIFY(m_store->editContact(1, {{Field::last, QStringLiteral("Sousa")}}));
        QCOMPARE(m_store->unwrittenCount(), 2);
        QVERIFY(!m_store->writeUnwritten());
        QVERIFY(recovered.isEmpty());

        QVERIFY(pragma(*m_store, QStringLiteral("PRAGMA query_only = 0")));
        QVERIFY(m_store->writeUnwritten());
        QCOMPARE(m_store->unwrittenCount(), 0);
        QCOMPARE(unsavedFiles(), QStringList()); // never replayed again
        QCOMPARE(recovered.size(), 1);
        QCOMPARE(m_store->lastError().kind, StoreError::Kind::None);
        QCOMPARE(first(*m_store, 1), QStringLiteral("Anna"));
        QCOMPARE(m_store->contact(1)->fields.value(Field::last).toString(),
                 QStringLiteral("Sousa"));
        const QList<OutboxEntry> outbox = m_store->outbox();
        QCOMPARE(outbox.size(), 2);
        QCOMPARE(outbox.at(0).patch, QJsonObject({{Field::first, QStringLiteral("Anna")}}));
        QCOMPARE(outbox.at(1).patch, QJsonObject({{Field::last, QStringLiteral("Sousa")}}));
    }

    void theStoreTriesAgainOnItsOwn()
    {
        QVERIFY(pragma(*m_store, QStringLiteral("PRAGMA query_only = 1")));
        QVERIFY(m_store->setStatus(2, ContactStatusChange::Blocked));
        QCOMPARE(m_store->unwrittenCount(), 1);
        QVERIFY(pragma(*m_store, QStringLiteral("PRAGMA query_only = 0")));
        // No call from outside: the store's own retry writes it.
        QSignalSpy recovered(m_store.get(), &ContactStore::recovered);
        QVERIFY(recovered.wait(10000));
        QCOMPARE(m_store->unwrittenCount(), 0);
        QVERIFY(m_store->contact(2)->fields.value(Field::blocked).toBool());
    }

    void aFullStoreKeepsEditsInTheirOrder()
    {
        QSqlQuery pages(m_store->database());
        QVERIFY(pages.exec(QStringLiteral("PRAGMA page_count")) && pages.next());
        const int used = pages.value(0).toInt();
        pages.finish();
        QVERIFY(pragma(*m_store, QStringLiteral("PRAGMA max_page_count = %1").arg(used)));
        QSignalSpy failed(m_store.get(), &ContactStore::failed);
        // More than fits in the pages there are.
        const QString big(200 * 1024, QLatin1Char('x'));
        QVERIFY(m_store->editContact(2, {{Field::custom(7), big}}));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<StoreError>().kind, StoreError::Kind::DiskFull);
        QVERIFY(m_store->lastError().describe().contains(QLatin1String("full")));
        // Small enough to fit, but it comes after: it waits.
        QVERIFY(m_store->editContact(2, {{Field::first, QStringLiteral("Bob")}}));
        const qint64 created = m_store->createContact(
            {{Field::phone, QStringLiteral("14155550999")}, {Field::first, QStringLiteral("New")}});
        QVERIFY(created < 0);
        // An edit of the contact that exists only in memory yet is kept too.
        QVERIFY(m_store->editContact(created, {{Field::last, QStringLiteral("Person")}}));
        QCOMPARE(m_store->unwrittenCount(), 4);
        QCOMPARE(first(*m_store, 2), QStringLiteral("Bo"));

        QVERIFY(pragma(*m_store, QStringLiteral("PRAGMA max_page_count = 1073741823")));
        QVERIFY(m_store->writeUnwritten());
        QCOMPARE(m_store->contact(2)->fields.value(Field::custom(7)).toString(), big);
        QCOMPARE(first(*m_store, 2), QStringLiteral("Bob"));
        QCOMPARE(first(*m_store, created), QStringLiteral("New"));
        QCOMPARE(m_store->contact(created)->fields.value(Field::last).toString(),
                 QStringLiteral("Person"));
        const QList<OutboxEntry> outbox = m_store->outbox();
        QCOMPARE(outbox.size(), 4);
        QCOMPARE(outbox.at(0).kind, OutboxEntry::Kind::Update);
        QVERIFY(outbox.at(0).patch.contains(Field::custom(7)));
        QCOMPARE(outbox.at(1).patch.value(Field::first).toString(), QStringLiteral("Bob"));
        QCOMPARE(outbox.at(2).kind, OutboxEntry::Kind::Create);
        QCOMPARE(outbox.at(2).contactId, created);
    }

    void editsThatCouldNotBeWrittenSurviveARestart()
    {
        QVERIFY(pragma(*m_store, QStringLiteral("PRAGMA query_only = 1")));
        QVERIFY(m_store->editContact(1, {{Field::first, QStringLiteral("Anna")}}));
        const qint64 created =
            m_store->createContact({{Field::phone, QStringLiteral("14155550998")}});
        QVERIFY(m_store->deleteContact(2));
        QCOMPARE(m_store->unwrittenCount(), 3);
        m_store.reset(); // closes while the file still cannot be written
        QCOMPARE(unsavedFiles().size(), 1);

        ContactStore reopened;
        QCOMPARE(reopened.open(path()).describe(), QString());
        QCOMPARE(reopened.unwrittenCount(), 0);
        QCOMPARE(unsavedFiles(), QStringList());
        QCOMPARE(first(reopened, 1), QStringLiteral("Anna"));
        QVERIFY(reopened.contact(created).has_value());
        QVERIFY(reopened.contactByPhone(QStringLiteral("14155550998")).has_value());
        QCOMPARE(reopened.contactCount(), 2); // 1 and the new one; 2 is being deleted
        QCOMPARE(reopened.pendingCount(), 3);
    }

    void twoProgramsKeepTheirOwnListsAndEachIsWrittenOnce()
    {
        // Two stores on one file (two programs on one profile), neither able
        // to write: each keeps its own list on disk; neither overwrites the
        // other's.
        auto other = std::make_unique<ContactStore>();
        QCOMPARE(other->open(path()).describe(), QString());
        QVERIFY(pragma(*m_store, QStringLiteral("PRAGMA query_only = 1")));
        QVERIFY(pragma(*other, QStringLiteral("PRAGMA query_only = 1")));
        QVERIFY(m_store->editContact(1, {{Field::first, QStringLiteral("Anna")}}));
        QVERIFY(other->editContact(2, {{Field::first, QStringLiteral("Bob")}}));
        QVERIFY(m_store->editContact(1, {{Field::last, QStringLiteral("Sousa")}}));
        QCOMPARE(unsavedFiles().size(), 2);

        // The first ends; a store opened now writes its list, not the one
        // of the program still running.
        m_store.reset();
        {
            ContactStore next;
            QCOMPARE(next.open(path()).describe(), QString());
            QCOMPARE(next.unwrittenCount(), 0);
            QCOMPARE(first(next, 1), QStringLiteral("Anna"));
            QCOMPARE(next.contact(1)->fields.value(Field::last).toString(),
                     QStringLiteral("Sousa"));
            QCOMPARE(first(next, 2), QStringLiteral("Bo"));
            QCOMPARE(next.pendingCount(), 2);
            QCOMPARE(unsavedFiles().size(), 1); // the running program's
        }
        QCOMPARE(other->unwrittenCount(), 1);

        // It ends too, still unable to write: the next open writes its list,
        // once; a later open finds nothing left to write.
        QVERIFY(!other->writeUnwritten());
        other.reset();
        for (int open = 0; open < 2; ++open) {
            ContactStore next;
            QCOMPARE(next.open(path()).describe(), QString());
            QCOMPARE(next.unwrittenCount(), 0);
            QCOMPARE(first(next, 2), QStringLiteral("Bob"));
            QCOMPARE(next.pendingCount(), 3);
            const QList<OutboxEntry> outbox = next.outbox();
            QCOMPARE(outbox.size(), 3);
            QCOMPARE(std::count_if(outbox.cbegin(), outbox.cend(),
                                   [](const OutboxEntry &e) { return e.contactId == 2; }),
                     1);
            QCOMPARE(unsavedFiles(), QStringList());
        }
    }

    void syncWritesThatFailReturnFalseAndChangeNothing()
    {
        QVERIFY(pragma(*m_store, QStringLiteral("PRAGMA query_only = 1")));
        const quint64 before = m_store->failureCount();
        QSignalSpy changed(m_store.get(), &ContactStore::contactsChanged);
        QVERIFY(!m_store->applyServerContacts({serverContact(1, QStringLiteral("Renamed"))}));
        QVERIFY(!m_store->setSyncValue(QStringLiteral("pull.since"), QStringLiteral("5")));
        QVERIFY(!m_store->replaceTags({Tag{9, QStringLiteral("VIP"), {}, 0, 0, {}, 0}}));
        QCOMPARE(m_store->forgetContacts({2}), -1);
        QCOMPARE(m_store->failureCount(), before + 4);
        QVERIFY(changed.isEmpty());
        QCOMPARE(first(*m_store, 1), QStringLiteral("Ana"));
        QVERIFY(m_store->contact(2).has_value());
        QVERIFY(m_store->tags().isEmpty());
        QCOMPARE(m_store->unwrittenCount(), 0); // the server's data comes again; nothing kept
    }

    void anotherProgramsWritesDoNotBlockThisOne()
    {
        // The window and contactdesk-cli on one profile: two stores on one
        // file. After the other writes, this one reads what it wrote and
        // writes on at once (no read snapshot of its own is kept open).
        QCOMPARE(first(*m_store, 1), QStringLiteral("Ana"));
        QCOMPARE(m_store->pendingCount(), 0);
        ContactStore other;
        QCOMPARE(other.open(path()).describe(), QString());
        QVERIFY(other.editContact(1, {{Field::first, QStringLiteral("From the CLI")}}));
        QCOMPARE(first(*m_store, 1), QStringLiteral("From the CLI"));
        const quint64 failures = m_store->failureCount();
        QVERIFY(m_store->editContact(2, {{Field::first, QStringLiteral("From the window")}}));
        QCOMPARE(m_store->failureCount(), failures);
        QCOMPARE(m_store->unwrittenCount(), 0);
        QCOMPARE(first(other, 2), QStringLiteral("From the window"));
        QCOMPARE(other.pendingCount(), 2);
    }

    void aCreateKeptOverARestartIsWrittenWithItsId()
    {
        QVERIFY(pragma(*m_store, QStringLiteral("PRAGMA query_only = 1")));
        const qint64 kept = m_store->createContact({{Field::phone, QStringLiteral("14155550997")}});
        m_store.reset(); // still read-only: saved beside the file
        m_store = std::make_unique<ContactStore>();
        QCOMPARE(m_store->open(path()).describe(), QString());
        const qint64 fresh =
            m_store->createContact({{Field::phone, QStringLiteral("14155550996")}});
        QVERIFY(fresh != kept);
        QCOMPARE(m_store->contact(kept)->fields.value(Field::phone).toString(),
                 QStringLiteral("14155550997"));
        QCOMPARE(m_store->contact(fresh)->fields.value(Field::phone).toString(),
                 QStringLiteral("14155550996"));
    }

    void sqliteFailuresAreClassified_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        const auto row = [](const char *name, const char *code, const char *text,
                            StoreError::Kind kind) {
            QTest::newRow(name) << QString::fromLatin1(code) << QString::fromLatin1(text)
                                << int(kind);
        };
        row("busy", "5", "database is locked", StoreError::Kind::Busy);
        row("locked", "6", "database table is locked", StoreError::Kind::Busy);
        row("busy extended", "261", "database is locked", StoreError::Kind::Busy);
        row("read-only", "8", "attempt to write a readonly database", StoreError::Kind::ReadOnly);
        row("corrupt", "11", "database disk image is malformed", StoreError::Kind::Corrupt);
        row("not a database", "26", "file is not a database", StoreError::Kind::Corrupt);
        row("full", "13", "database or disk is full", StoreError::Kind::DiskFull);
        row("cannot open", "14", "unable to open database file", StoreError::Kind::CannotOpen);
        row("i/o", "10", "disk I/O error", StoreError::Kind::Io);
        row("i/o extended", "778", "disk I/O error", StoreError::Kind::Io);
        row("no code, text says locked", "", "database is locked Unable to fetch row",
            StoreError::Kind::Busy);
        row("anything else", "1", "no such table: nothing", StoreError::Kind::Other);
    }
    void sqliteFailuresAreClassified()
    {
        QFETCH(QString, code);
        QFETCH(QString, text);
        QFETCH(int, kind);
        const StoreError error =
            StoreError::fromSql(QSqlError(QString(), text, QSqlError::StatementError, code),
                                QStringLiteral("/x.sqlite"));
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.detail.contains(text), true);
        // Every kind has its own sentence, and none is SQLite's.
        QVERIFY(!error.describe().isEmpty());
        QVERIFY(!error.describe().contains(text));
    }

    void everyFeatureRegistersItsSchemaSteps()
    {
        const QList<Schema::Step> &steps = Schema::steps();
        QSet<QString> features;
        for (qsizetype i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps.at(i).version, int(i + 1));
            QVERIFY(!steps.at(i).statements.isEmpty());
            features.insert(steps.at(i).feature);
        }
        QCOMPARE(features, QSet<QString>({QStringLiteral("contacts"), QStringLiteral("imports"),
                                          QStringLiteral("messages"), QStringLiteral("binding")}));
        QCOMPARE(Schema::latest(), int(steps.size()));
        QCOMPARE(Schema::versionOf(m_store->database()), Schema::latest());
    }

    void aLockedStoreKeepsTheEditAndWritesItOnceTheLockGoes()
    {
        // Another program holds the write lock longer than the busy
        // timeout (a test connection in BEGIN EXCLUSIVE).
        const QString other = QStringLiteral("locker");
        {
            QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), other);
            locker.setDatabaseName(path());
            QVERIFY(locker.open());
            QSqlQuery lock(locker);
            QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QSignalSpy failed(m_store.get(), &ContactStore::failed);
            QSignalSpy recovered(m_store.get(), &ContactStore::recovered);
            QVERIFY(m_store->editContact(1, {{Field::first, QStringLiteral("Anna")}}));
            QCOMPARE(failed.size(), 1);
            const StoreError error = failed.first().first().value<StoreError>();
            QCOMPARE(error.kind, StoreError::Kind::Busy);
            QVERIFY2(error.describe().contains(QLatin1String("Close the other program")) &&
                         error.describe().contains(QDir::toNativeSeparators(path())),
                     qPrintable(error.describe()));
            QCOMPARE(m_store->unwrittenCount(), 1);
            // Reading goes on meanwhile (WAL: the lock stops writers only).
            QCOMPARE(first(*m_store, 1), QStringLiteral("Ana"));
            QVERIFY(lock.exec(QStringLiteral("COMMIT")));
            // The store's own retry writes it, no call from outside.
            QVERIFY(recovered.wait(20000));
            QCOMPARE(m_store->unwrittenCount(), 0);
            QCOMPARE(first(*m_store, 1), QStringLiteral("Anna"));
            QCOMPARE(m_store->lastError().kind, StoreError::Kind::None);
            locker.close();
        }
        QSqlDatabase::removeDatabase(other);
    }

    void aFileANewerContactDeskWroteIsLeftAsItIs()
    {
        m_store.reset();
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE schema_version SET version = %1")
                                           .arg(Schema::latest() + 1)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        ContactStore store;
        const StoreError error = store.open(path());
        QCOMPARE(error.kind, StoreError::Kind::NewerVersion);
        QVERIFY2(error.describe().contains(QLatin1String("newer ContactDesk")) &&
                     error.describe().contains(QLatin1String("nothing in it was changed")),
                 qPrintable(error.describe()));
        QVERIFY(!store.rescue().happened()); // not damaged: not moved
        QCOMPARE(store.contactCount(), 0);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }
};

QTEST_GUILESS_MAIN(TestStoreErrors)
#include "tst_store_errors.moc"
