// Two sandboxes on one data file, as the app's embedded sandbox and the
// CLI's (both start one on the profile's sandbox.sqlite): each keeps
// writing after the other has written, and each reads what the other wrote.

#include "sandbox/SandboxStore.h"
#include "tests/common/SandboxFixture.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ContactDesk;
using namespace ContactDesk::Tests;

namespace {

QString messageOf(const HttpResult &result)
{
    return QStringLiteral("HTTP %1: %2").arg(result.status).arg(QString::fromUtf8(result.raw));
}

// Creates a contact with `phone` through `sandbox`; its id (0 on failure,
// with the failure recorded in `error`).
qint64 createContact(SandboxFixture &sandbox, const QString &phone, const QString &first,
                     QString &error)
{
    const HttpResult created =
        sandbox.post(QStringLiteral("/v1/contact"), QJsonObject{{QStringLiteral("phone"), phone},
                                                                {QStringLiteral("first"), first}});
    if (created.status != 200) {
        error = messageOf(created);
        return 0;
    }
    return created.object().value(QStringLiteral("id")).toInteger();
}

// The number of commits to the file any other connection has made, as a
// third connection sees it (PRAGMA data_version moves when another
// connection commits).
class FileWatcher
{
public:
    explicit FileWatcher(const QString &path)
        : m_name(QStringLiteral("tst-shared-file-watcher"))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~FileWatcher()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    qint64 dataVersion() const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

} // namespace

class TestSandboxSharedFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_options = {};
        m_options.dataFile = m_dir.filePath(QStringLiteral("sandbox-%1.sqlite").arg(++m_count));
    }

    // The bug QA found: the app's sandbox answered reads, the CLI started a
    // second one on the same file (and read through it), and from then on
    // every write of the app's sandbox failed with "database is locked".
    void firstServerWritesAfterASecondStarts()
    {
        SandboxFixture app(20, m_options);
        QVERIFY2(app.isRunning(), qPrintable(app.errorString()));
        // Reads of every kind, as the app's sync and views make them.
        QCOMPARE(
            app.post(QStringLiteral("/v2/contacts/list"), QJsonObject{{QStringLiteral("limit"), 5}})
                .status,
            200);
        const QJsonArray listed =
            app.post(QStringLiteral("/v1/contacts"), QJsonObject{{QStringLiteral("limit"), 3}})
                .array();
        QVERIFY(!listed.isEmpty());
        const QJsonObject first = listed.first().toObject();
        const qint64 firstId = first.value(QStringLiteral("id")).toInteger();
        const QString firstPhone = first.value(QStringLiteral("phone")).toString();
        QCOMPARE(app.get(QStringLiteral("/v1/contact/%1").arg(firstId)).status, 200);
        QCOMPARE(app.statusOf(firstPhone).value(QStringLiteral("phone")).toString(), firstPhone);
        QCOMPARE(app.post(QStringLiteral("/v1/tags"), QJsonObject()).status, 200);
        QCOMPARE(app.get(QStringLiteral("/v1/team")).status, 200);

        {
            // The CLI: starts on the seeded file, reads, exits.
            SandboxFixture cli(20, m_options);
            QVERIFY2(cli.isRunning(), qPrintable(cli.errorString()));
            QCOMPARE(cli.get(QStringLiteral("/v1/contact/%1").arg(firstId)).status, 200);
            QCOMPARE(cli.post(QStringLiteral("/v1/contacts"), QJsonObject()).status, 200);
        }

        // Every kind of write still goes through on the app's sandbox.
        QString error;
        const qint64 created =
            createContact(app, QStringLiteral("12015238030"), QStringLiteral("Ada"), error);
        QVERIFY2(created, qPrintable(error));
        QCOMPARE(app.setStatus(firstPhone, QStringLiteral("unsubscribed")), 200);
        const HttpResult updated =
            app.put(QStringLiteral("/v1/contact/%1").arg(created),
                    QJsonObject{{QStringLiteral("phone"), QStringLiteral("12015238030")},
                                {QStringLiteral("last"), QStringLiteral("Lovelace")}});
        QVERIFY2(updated.status == 200, qPrintable(messageOf(updated)));
        const HttpResult tag =
            app.post(QStringLiteral("/v1/tag"),
                     QJsonObject{{QStringLiteral("tag"), QStringLiteral("Pioneer")}});
        QVERIFY2(tag.status == 200, qPrintable(messageOf(tag)));
        QCOMPARE(app.get(QStringLiteral("/v1/contact/%1").arg(created))
                     .object()
                     .value(QStringLiteral("last"))
                     .toString(),
                 QStringLiteral("Lovelace"));
    }

    // Both servers stay up, and take turns: each writes, then reads what
    // the other wrote and writes over it, several times over.
    void interleavedWritesAndReads()
    {
        SandboxFixture one(10, m_options);
        QVERIFY2(one.isRunning(), qPrintable(one.errorString()));
        QCOMPARE(one.post(QStringLiteral("/v1/contacts"), QJsonObject()).status, 200);
        SandboxFixture two(10, m_options);
        QVERIFY2(two.isRunning(), qPrintable(two.errorString()));
        QCOMPARE(two.contactCount(), 10);

        SandboxFixture *servers[2] = {&one, &two};
        for (int round = 0; round < 6; ++round) {
            SandboxFixture &writer = *servers[round % 2];
            SandboxFixture &other = *servers[(round + 1) % 2];
            const QString phone = QStringLiteral("1201523%1").arg(8030 + round);
            QString error;
            // Reads first, so a snapshot from before the other's write
            // would still be about.
            QCOMPARE(writer.post(QStringLiteral("/v1/contacts"), QJsonObject()).status, 200);
            const qint64 id =
                createContact(writer, phone, QStringLiteral("Round %1").arg(round), error);
            QVERIFY2(id, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(error)));

            // The other reads it, and writes to it.
            const QJsonObject seen = other.get(QStringLiteral("/v1/contact/%1").arg(id)).object();
            QCOMPARE(seen.value(QStringLiteral("first")).toString(),
                     QStringLiteral("Round %1").arg(round));
            QCOMPARE(other.setStatus(phone, QStringLiteral("blocked")), 200);
            const HttpResult updated =
                other.put(QStringLiteral("/v1/contact/%1").arg(id),
                          QJsonObject{{QStringLiteral("phone"), phone},
                                      {QStringLiteral("last"), QStringLiteral("Other")}});
            QVERIFY2(updated.status == 200,
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(messageOf(updated))));

            // And the writer sees that, and writes again.
            QCOMPARE(writer.statusOf(phone).value(QStringLiteral("blocked")).toBool(), true);
            QCOMPARE(writer.get(QStringLiteral("/v1/contact/%1").arg(id))
                         .object()
                         .value(QStringLiteral("last"))
                         .toString(),
                     QStringLiteral("Other"));
            QCOMPARE(writer.setStatus(phone, QStringLiteral("unblocked")), 200);
            QCOMPARE(other.statusOf(phone).value(QStringLiteral("blocked")).toBool(), false);
        }
        QCOMPARE(one.contactCount(), 16);
        QCOMPARE(two.contactCount(), 16);
    }

    // A second start on a seeded file (same team, no new name) writes
    // nothing, so it cannot disturb the first.
    void startOnASeededFileWritesNothing()
    {
        SandboxFixture one(5, m_options);
        QVERIFY2(one.isRunning(), qPrintable(one.errorString()));
        FileWatcher watcher(m_options.dataFile);
        const qint64 before = watcher.dataVersion();
        QVERIFY(before >= 0);
        SandboxFixture two(5, m_options);
        QVERIFY2(two.isRunning(), qPrintable(two.errorString()));
        QCOMPARE(two.get(QStringLiteral("/v1/team")).status, 200);
        QCOMPARE(watcher.dataVersion(), before);
        // A write does show (the watcher works).
        QCOMPARE(two.post(QStringLiteral("/v1/tag"),
                          QJsonObject{{QStringLiteral("tag"), QStringLiteral("T")}})
                     .status,
                 200);
        QVERIFY(watcher.dataVersion() != before);
    }

    // The store itself: a read leaves its cached statement on its row;
    // another connection then writes; this store's next write transaction
    // must still go through (and see the other's row).
    void storeWritesAfterAnotherConnectionWrote()
    {
        Sandbox::SandboxStore store(m_options.dataFile);
        QVERIFY2(store.openError().isEmpty(), qPrintable(store.openError()));
        Sandbox::FieldRecord first{0, QStringLiteral("First"), 1};
        {
            Sandbox::SandboxStore::Transaction transaction(store);
            store.insertField(first);
            transaction.commit();
        }
        QVERIFY(store.fieldExists(first.id)); // a read, left on its row

        FileWatcher other(m_options.dataFile);
        QSqlQuery write(other.db());
        QVERIFY2(write.exec(QStringLiteral("INSERT INTO fields(title, created) VALUES ('x', 1)")),
                 qPrintable(write.lastError().text()));

        try {
            Sandbox::SandboxStore::Transaction transaction(store);
            Sandbox::FieldRecord field{0, QStringLiteral("Era"), 2};
            store.insertField(field);
            transaction.commit();
        } catch (const Sandbox::SandboxStore::StoreError &error) {
            QFAIL(qPrintable(error.message));
        }
        QStringList titles;
        for (const Sandbox::FieldRecord &field : store.listFields())
            titles.append(field.title);
        QCOMPARE(titles, (QStringList{QStringLiteral("First"), QStringLiteral("x"),
                                      QStringLiteral("Era")}));
    }

    // A write that fails because another program holds the write lock
    // leaves nothing behind: once the lock is gone, the next write works.
    void aFailedWriteLeavesNothingStuck()
    {
        Sandbox::SandboxStore store(m_options.dataFile);
        QVERIFY2(store.openError().isEmpty(), qPrintable(store.openError()));
        store.setBusyTimeoutMs(0); // the lock below is held throughout: no need to wait
        FileWatcher other(m_options.dataFile);
        QSqlQuery lock(other.db());
        QVERIFY2(lock.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(lock.lastError().text()));
        QVERIFY(lock.exec(QStringLiteral("INSERT INTO fields(title, created) VALUES ('x', 1)")));

        bool failed = false;
        try {
            Sandbox::SandboxStore::Transaction transaction(store);
            Sandbox::FieldRecord field{0, QStringLiteral("Era"), 2};
            store.insertField(field);
            transaction.commit();
        } catch (const Sandbox::SandboxStore::StoreError &error) {
            failed = true;
            QVERIFY2(error.message.contains(QStringLiteral("locked")), qPrintable(error.message));
        }
        QVERIFY(failed);
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));

        {
            Sandbox::SandboxStore::Transaction transaction(store);
            Sandbox::FieldRecord field{0, QStringLiteral("Era"), 2};
            store.insertField(field);
            transaction.commit();
        }
        QStringList titles;
        for (const Sandbox::FieldRecord &field : store.listFields())
            titles.append(field.title);
        QCOMPARE(titles, (QStringList{QStringLiteral("x"), QStringLiteral("Era")}));
    }

private:
    QTemporaryDir m_dir;
    Sandbox::Options m_options;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestSandboxSharedFile)
#include "tst_sandbox_shared_file.moc"
