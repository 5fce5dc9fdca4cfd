// A store file that is damaged (pages overwritten in the middle), is not a
// database, or was cut short: ContactStore::open moves it aside with its
// companions (its bytes as they were), makes a fresh file, and carries
// over the outbox rows that can be read (local edits in their order with
// their base, a create with its local id, unsent messages), counting what
// could not be read. The damage is real: bytes overwritten in the file.

#include "store/ContactStore.h"
#include "store/MessageOutbox.h"
#include "store/StoreRescue.h"
#include "tests/common/StoreData.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ContactDesk;
using namespace ContactDesk::Store;
using Tests::serverContact;

namespace {

constexpr int pageSize = 4096; // SQLite's default, which the store keeps

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The one file in `dir` whose name starts with `prefix` + ".damaged-" and
// has no suffix after the time.
QString damagedFile(const QString &dir, const QString &name)
{
    const QStringList found =
        QDir(dir).entryList({name + QStringLiteral(".damaged-*")}, QDir::Files, QDir::Name);
    for (const QString &file : found)
        if (!file.endsWith(QLatin1String("-wal")) && !file.endsWith(QLatin1String("-shm")) &&
            !file.endsWith(QLatin1String(".unsaved")))
            return dir + QLatin1Char('/') + file;
    return {};
}

// Overwrites every byte of page `page` (1-based) with 0xff.
void spoilPage(QByteArray &bytes, int page)
{
    const qsizetype at = qsizetype(page - 1) * pageSize;
    for (qsizetype i = at; i < at + pageSize && i < bytes.size(); ++i)
        bytes[i] = char(0xff);
}

quint32 bigEndian(const QByteArray &bytes, qsizetype at, int width)
{
    quint32 value = 0;
    for (int i = 0; i < width; ++i)
        value = (value << 8) | quint8(bytes.at(at + i));
    return value;
}

// The leaf pages of the table b-tree rooted at `root` (one interior level
// at most, as these small tables have), read from the file's bytes.
QList<int> leafPages(const QByteArray &bytes, int root)
{
    const qsizetype at = qsizetype(root - 1) * pageSize;
    const quint8 type = quint8(bytes.at(at));
    if (type == 0x0d)
        return {root};
    QList<int> leaves;
    if (type != 0x05)
        return leaves;
    const int cells = int(bigEndian(bytes, at + 3, 2));
    for (int i = 0; i < cells; ++i) {
        const qsizetype cell = at + bigEndian(bytes, at + 12 + 2 * i, 2);
        leaves.append(int(bigEndian(bytes, cell, 4)));
    }
    leaves.append(int(bigEndian(bytes, at + 8, 4))); // the right-most child
    return leaves;
}

// The page among `pages` whose bytes hold `needle`.
int pageHolding(const QByteArray &bytes, const QList<int> &pages, const QByteArray &needle)
{
    for (int page : pages)
        if (bytes.mid(qsizetype(page - 1) * pageSize, pageSize).contains(needle))
            return page;
    return -1;
}

int rootPageOf(const QString &path, const QString &table)
{
    int root = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("root"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"));
            q.addBindValue(table);
            if (q.exec() && q.next())
                root = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("root"));
    return root;
}

QString marker(int i)
{
    return QStringLiteral("marker-%1-").arg(i, 4, 10, QLatin1Char('0'));
}

} // namespace

class TestStoreRescue : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const char *name) const
    {
        return m_dir.filePath(QString::fromLatin1(name) + QStringLiteral(".sqlite"));
    }

    // A store with 80 contacts, 40 edits whose patches are big enough to
    // take about half a page each, a create, a delete and a status change,
    // and three messages of which one was sent; closed (its WAL is in the
    // file then).
    struct Filled
    {
        QList<OutboxEntry> outbox;
        QList<OutgoingEntry> messages; // all three
        qint64 created = 0;
    };
    static Filled fill(const QString &file)
    {
        Filled filled;
        ContactStore store;
        if (store.open(file).isError())
            return filled;
        QList<Contact> contacts;
        for (int id = 1; id <= 80; ++id)
            contacts.append(serverContact(id, QStringLiteral("Person%1").arg(id)));
        store.applyServerContacts(contacts);
        const QString padding(1500, QLatin1Char('p'));
        for (int i = 0; i < 40; ++i)
            store.editContact(1 + i % 30,
                              QJsonObject{{Field::custom(7), QString(marker(i) + padding)}});
        filled.created = store.createContact({{Field::phone, QStringLiteral("14155550990")},
                                              {Field::first, QStringLiteral("Made")}});
        store.deleteContact(77);
        store.setStatus(78, ContactStatusChange::Blocked);
        MessageOutbox messages(&store);
        QList<OutgoingMessage> batch;
        for (int i = 0; i < 3; ++i) {
            OutgoingMessage m;
            m.contactId = 40 + i;
            m.to = QStringLiteral("141555500%1").arg(40 + i);
            m.text = QStringLiteral("message %1").arg(i);
            m.inboxId = 1;
            batch.append(m);
        }
        const qint64 number = messages.enqueue(batch);
        OutgoingEntry sent = messages.entries(number).first();
        sent.state = OutgoingEntry::State::Sent;
        sent.messageId = 9001;
        messages.record(sent);
        filled.outbox = store.outbox();
        filled.messages = messages.entries(number);
        return filled;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void damagedPagesAreSetAsideAndTheReadableOutboxIsCarriedOver()
    {
        const QString file = path("damaged");
        const Filled filled = fill(file);
        QCOMPARE(filled.outbox.size(), 43);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
        // Two pages in the middle of the file overwritten: the contacts
        // table's root (every contact row unreadable) and the outbox leaf
        // holding edit 20 (it and its neighbours on that page).
        QByteArray bytes = bytesOf(file);
        const int contactsRoot = rootPageOf(file, QStringLiteral("contacts"));
        const int editPage =
            pageHolding(bytes, leafPages(bytes, rootPageOf(file, QStringLiteral("outbox"))),
                        marker(20).toUtf8());
        QVERIFY(contactsRoot > 1 && editPage > 1 && contactsRoot != editPage);
        QSet<int> lost; // the edits whose rows were on that page
        {
            const QByteArray page = bytes.mid(qsizetype(editPage - 1) * pageSize, pageSize);
            static const QRegularExpression found(QStringLiteral("marker-(\\d{4})-"));
            auto it = found.globalMatch(QString::fromLatin1(page));
            while (it.hasNext())
                lost.insert(it.next().captured(1).toInt());
        }
        QVERIFY(lost.contains(20));
        QVERIFY(lost.size() < 40);
        spoilPage(bytes, contactsRoot);
        spoilPage(bytes, editPage);
        QVERIFY(writeBytes(file, bytes));

        ContactStore store;
        QCOMPARE(store.open(file).describe(), QString());
        const RescueReport &rescue = store.rescue();
        QVERIFY(rescue.happened());
        // Moved aside, never deleted: the bytes as they were.
        QCOMPARE(rescue.damagedPath, damagedFile(m_dir.path(), QStringLiteral("damaged.sqlite")));
        QCOMPARE(bytesOf(rescue.damagedPath), bytes);
        QVERIFY(QFile::exists(file));
        QCOMPARE(rescue.unreadable, int(lost.size()));
        QCOMPARE(rescue.editsCarried, 43 - int(lost.size()));
        QCOMPARE(rescue.messagesCarried, 2);
        QVERIFY(!rescue.incomplete); // the index listed every key
        const QString sentence = rescue.describe();
        QVERIFY2(sentence.contains(QString::number(43 - lost.size())) &&
                     sentence.contains(QString::number(lost.size())) &&
                     sentence.contains(QDir::toNativeSeparators(rescue.damagedPath)),
                 qPrintable(sentence));

        // The carried edits: in their order, with their base and rev.
        QList<OutboxEntry> expected;
        for (const OutboxEntry &e : filled.outbox) {
            const QString custom = e.patch.value(Field::custom(7)).toString();
            const int number = custom.isEmpty() ? -1 : custom.mid(7, 4).toInt();
            if (number < 0 || !lost.contains(number))
                expected.append(e);
        }
        const QList<OutboxEntry> carried = store.outbox();
        QCOMPARE(carried.size(), expected.size());
        for (qsizetype i = 0; i < carried.size(); ++i) {
            QCOMPARE(carried.at(i).seq, expected.at(i).seq);
            QCOMPARE(carried.at(i).kind, expected.at(i).kind);
            QCOMPARE(carried.at(i).contactId, expected.at(i).contactId);
            QCOMPARE(carried.at(i).patch, expected.at(i).patch);
            QCOMPARE(carried.at(i).base, expected.at(i).base);
            QCOMPARE(carried.at(i).baseRev, expected.at(i).baseRev);
        }
        // The create's row was lost with the contacts table: made again
        // from its create, with its id and local id.
        const auto made = store.contact(filled.created);
        QVERIFY(made.has_value());
        QCOMPARE(made->fields.value(Field::first).toString(), QStringLiteral("Made"));
        QVERIFY(!made->localId.isEmpty());
        QCOMPARE(made->localId, filled.outbox.at(40).patch.value(Field::localId).toString());
        // The rest comes with the first pull: nothing else is in the file.
        QCOMPARE(store.contactCount(), 1);
        // A new edit goes after the carried ones.
        QVERIFY(store.editContact(filled.created, {{Field::last, QStringLiteral("Later")}}));
        QVERIFY(store.outbox().last().seq > expected.last().seq);

        // The unsent messages, with their local ids (sending again is safe).
        MessageOutbox messages(&store);
        QCOMPARE(messages.unsentCount(), 2);
        const QList<OutgoingEntry> unsent = messages.entries(filled.messages.first().batch);
        QCOMPARE(unsent.size(), 2);
        QCOMPARE(unsent.at(0).localId, filled.messages.at(1).localId);
        QCOMPARE(unsent.at(1).localId, filled.messages.at(2).localId);
        QCOMPARE(unsent.at(1).message.text, QStringLiteral("message 2"));
    }

    void aFileThatIsNotADatabaseIsSetAsideWithItsCompanions()
    {
        const QString file = path("notadb");
        const QByteArray junk = QByteArray(8192, 'z');
        const QByteArray wal = QByteArray(100, 'w');
        QVERIFY(writeBytes(file, junk));
        QVERIFY(writeBytes(file + QStringLiteral("-wal"), wal));
        ContactStore store;
        QCOMPARE(store.open(file).describe(), QString());
        const RescueReport &rescue = store.rescue();
        QVERIFY(rescue.happened());
        QVERIFY(rescue.incomplete);
        QCOMPARE(rescue.editsCarried, 0);
        QCOMPARE(bytesOf(rescue.damagedPath), junk);
        QCOMPARE(bytesOf(rescue.damagedPath + QStringLiteral("-wal")), wal);
        QVERIFY2(rescue.describe().contains(QLatin1String("could not be read")),
                 qPrintable(rescue.describe()));
        // The fresh file works.
        QVERIFY(store.applyServerContacts({serverContact(1, QStringLiteral("Ana"))}));
        QCOMPARE(store.contactCount(), 1);
        QVERIFY(store.lastError().kind == StoreError::Kind::None);
    }

    void aTruncatedFileIsSetAside()
    {
        const QString file = path("truncated");
        fill(file);
        const QByteArray whole = bytesOf(file);
        const QByteArray half = whole.left(whole.size() / 2 / pageSize * pageSize);
        QVERIFY(writeBytes(file, half));
        ContactStore store;
        QCOMPARE(store.open(file).describe(), QString());
        QVERIFY(store.rescue().happened());
        QCOMPARE(bytesOf(store.rescue().damagedPath), half);
        QVERIFY(store.applyServerContacts({serverContact(1, QStringLiteral("Ana"))}));
    }

    void aDamagedFileAnotherProgramHasOpenIsNotSetAside()
    {
        // The other program (here a second store on the file: its lock is
        // held the same way) would go on writing into a moved file; the
        // rescue waits for an open that has the file to itself.
        const QString file = path("shared");
        fill(file);
        const QByteArray half = bytesOf(file).left(bytesOf(file).size() / 2 / pageSize * pageSize);
        auto other = std::make_unique<ContactStore>();
        QCOMPARE(other->open(file).describe(), QString());
        QVERIFY(writeBytes(file, half));
        {
            ContactStore store;
            const StoreError error = store.open(file);
            QCOMPARE(error.kind, StoreError::Kind::Corrupt);
            QVERIFY(error.describe().contains(QStringLiteral("contactdesk-cli")));
            QVERIFY(!store.rescue().happened());
            QCOMPARE(bytesOf(file), half); // where it was, untouched
        }
        other.reset();
        ContactStore alone;
        QCOMPARE(alone.open(file).describe(), QString());
        QVERIFY(alone.rescue().happened());
        QCOMPARE(bytesOf(alone.rescue().damagedPath), half);
    }

    void editsKeptBesideADamagedFileAreWrittenIntoTheNewOne()
    {
        const QString file = path("kept");
        {
            ContactStore store;
            QCOMPARE(store.open(file).describe(), QString());
            QVERIFY(store.applyServerContacts({serverContact(1, QStringLiteral("Ana"))}));
            QSqlQuery(store.database()).exec(QStringLiteral("PRAGMA query_only = 1"));
            QVERIFY(store.editContact(1, {{Field::first, QStringLiteral("Anna")}}));
            QCOMPARE(store.unwrittenCount(), 1);
        } // saved beside the file, in this program's own list
        const QFileInfo info(file);
        const QStringList lists =
            QDir(info.absolutePath())
                .entryList({info.fileName() + QStringLiteral(".unsaved.*")}, QDir::Files)
                .filter(QRegularExpression(QStringLiteral("\\.unsaved\\.[^.]+$")));
        QCOMPARE(lists.size(), 1);
        const QString suffix = lists.first().mid(info.fileName().size());
        const QByteArray unsaved = bytesOf(file + suffix);
        QVERIFY(!unsaved.isEmpty());
        QByteArray bytes = bytesOf(file);
        spoilPage(bytes, rootPageOf(file, QStringLiteral("outbox")));
        QVERIFY(writeBytes(file, bytes));

        ContactStore store;
        QCOMPARE(store.open(file).describe(), QString());
        QVERIFY(store.rescue().happened());
        QCOMPARE(bytesOf(store.rescue().damagedPath + suffix), unsaved);
        QCOMPARE(store.rescue().editsCarried, 1);
        QCOMPARE(store.contact(1)->fields.value(Field::first).toString(), QStringLiteral("Anna"));
        QCOMPARE(store.outbox().size(), 1);
        QCOMPARE(store.outbox().first().base.value(Field::first).toString(), QStringLiteral("Ana"));
    }

    void aDamagedPageMetWhileWorkingAsksForACheckAtTheNextOpen()
    {
        const QString file = path("marked");
        {
            ContactStore store;
            QCOMPARE(store.open(file).describe(), QString());
            store.reportFailure(StoreError::of(StoreError::Kind::Corrupt, file));
        }
        QVERIFY(QFile::exists(file + QStringLiteral(".check")));
        QVERIFY(StoreRescue::shouldCheck(file));
        ContactStore store;
        QCOMPARE(store.open(file).describe(), QString());
        QVERIFY(!store.rescue().happened()); // sound after all
        QVERIFY(!QFile::exists(file + QStringLiteral(".check")));
    }
};

QTEST_GUILESS_MAIN(TestStoreRescue)
#include "tst_store_rescue.moc"
