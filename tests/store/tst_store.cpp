// The local store on its own: edits and their outbox entries are written
// together, the user's view is the server's values with pending edits laid
// over them, failures and conflicts stay visible until the user acts, and an
// older database is migrated.

#include "store/ContactStore.h"
#include "store/ImportJournal.h"
#include "store/StoreBinding.h"
#include "tests/common/StoreData.h"
#include "tests/common/TestFiles.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ContactDesk;
using namespace ContactDesk::Store;

using Tests::serverContact;

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ContactStore> m_store;

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<ContactStore>();
        QCOMPARE(m_store->open(Tests::fileForTest(m_dir, QStringLiteral("store-"))).describe(),
                 QString());
    }
    void cleanup() { m_store.reset(); }

    void serverContactsAreStoredAndUpdated()
    {
        QSignalSpy changed(m_store.get(), &ContactStore::contactsChanged);
        m_store->applyServerContacts(
            {serverContact(1, QStringLiteral("Ana")), serverContact(2, QStringLiteral("Bo"))});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_store->contactCount(), 2);
        auto c = m_store->contact(1);
        QVERIFY(c);
        QCOMPARE(c->fields.value(Field::first).toString(), QStringLiteral("Ana"));
        QCOMPARE(c->fields.value(QStringLiteral("custom.12")).toString(),
                 QStringLiteral("Starter"));
        QCOMPARE(c->state, StoredContact::State::Synced);
        m_store->applyServerContacts({serverContact(1, QStringLiteral("Anna"), 2)});
        QCOMPARE(m_store->contact(1)->fields.value(Field::first).toString(),
                 QStringLiteral("Anna"));
        QCOMPARE(m_store->contact(1)->rev, 2);
        QCOMPARE(m_store->contactByPhone(QStringLiteral("14155550002"))->id, 2);
    }

    void editIsDurableWithItsOutboxEntry()
    {
        m_store->applyServerContacts({serverContact(1, QStringLiteral("Ana"))});
        QVERIFY(m_store->editContact(1, {{Field::first, QStringLiteral("Ana Maria")}}));
        // A second connection (another process after a crash) sees both.
        m_store.reset();
        m_store = std::make_unique<ContactStore>();
        QCOMPARE(m_store
                     ->open(m_dir.filePath(
                         QStringLiteral("store-editIsDurableWithItsOutboxEntry.sqlite")))
                     .describe(),
                 QString());
        const auto c = m_store->contact(1);
        QCOMPARE(c->fields.value(Field::first).toString(), QStringLiteral("Ana Maria"));
        QCOMPARE(c->server.value(Field::first).toString(), QStringLiteral("Ana"));
        QCOMPARE(c->state, StoredContact::State::Pending);
        const QList<OutboxEntry> outbox = m_store->outbox();
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.at(0).kind, OutboxEntry::Kind::Update);
        QCOMPARE(outbox.at(0).patch.value(Field::first).toString(), QStringLiteral("Ana Maria"));
        QCOMPARE(outbox.at(0).base.value(Field::first).toString(), QStringLiteral("Ana"));
        QCOMPARE(outbox.at(0).baseRev, 1);
        QCOMPARE(m_store->pendingCount(), 1);
    }

    void pulledChangesKeepPendingEditsOnTop()
    {
        m_store->applyServerContacts({serverContact(1, QStringLiteral("Ana"))});
        m_store->editContact(1, {{QStringLiteral("custom.12"), QStringLiteral("Premium")}});
        Contact newer = serverContact(1, QStringLiteral("Anita"), 2);
        m_store->applyServerContacts({newer});
        const auto c = m_store->contact(1);
        QCOMPARE(c->fields.value(Field::first).toString(),
                 QStringLiteral("Anita")); // theirs
        QCOMPARE(c->fields.value(QStringLiteral("custom.12")).toString(),
                 QStringLiteral("Premium")); // mine, pending
        QCOMPARE(c->rev, 2);
    }

    void everyKindOfEditIsQueuedInOrder()
    {
        m_store->applyServerContacts(
            {serverContact(1, QStringLiteral("Ana")), serverContact(2, QStringLiteral("Bo"))});
        const qint64 created = m_store->createContact(
            {{Field::phone, QStringLiteral("14155559999")}, {Field::first, QStringLiteral("New")}});
        QVERIFY(created < 0);
        QCOMPARE(m_store->contactCount(), 3);
        QVERIFY(!m_store->contact(created)->localId.isEmpty());
        QVERIFY(m_store->editContact(created, {{Field::last, QStringLiteral("Person")}}));
        QVERIFY(m_store->setStatus(1, ContactStatusChange::Blocked));
        QVERIFY(m_store->addChannel(1, ChannelType::email, QStringLiteral("ana@example.com")));
        QVERIFY(m_store->removeChannel(1, ChannelType::email, QStringLiteral("ana@example.com")));
        QVERIFY(m_store->editContact(2, {{Field::tags, QJsonArray{1, 2, 3}}, {Field::owner, 103}}));
        QVERIFY(m_store->deleteContact(2));
        QVERIFY(!m_store->editContact(4242, {{Field::first, QStringLiteral("x")}}));

        QCOMPARE(m_store->contactCount(), 2); // the deleted one is hidden at once
        QCOMPARE(m_store->contact(created)->fields.value(Field::last).toString(),
                 QStringLiteral("Person"));
        QCOMPARE(m_store->contact(1)->fields.value(Field::blocked).toBool(), true);
        const QList<OutboxEntry> outbox = m_store->outbox();
        QCOMPARE(outbox.size(), 7);
        QCOMPARE(outbox.at(0).kind, OutboxEntry::Kind::Create);
        QCOMPARE(outbox.at(6).kind, OutboxEntry::Kind::Delete);
        // Only the first entry of each contact may go.
        const auto first = m_store->nextDue(QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(first->seq, outbox.at(0).seq);
        m_store->deferEntry(outbox.at(0).seq, QDateTime::currentMSecsSinceEpoch() + 60000,
                            QStringLiteral("later"));
        const auto next = m_store->nextDue(QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(next->contactId, 1); // the created contact's second edit waits behind its create
        QCOMPARE(m_store->nextDueTime(), 0); // contact 1's edits are due now
    }

    void createCompletesUnderTheServersId()
    {
        QSignalSpy renamed(m_store.get(), &ContactStore::contactIdChanged);
        const qint64 local = m_store->createContact(
            {{Field::phone, QStringLiteral("14155559999")}, {Field::first, QStringLiteral("New")}});
        m_store->editContact(local, {{Field::first, QStringLiteral("Newer")}});
        const OutboxEntry create = m_store->outbox().at(0);
        Contact server = serverContact(500, QStringLiteral("New"));
        server.phone = QStringLiteral("14155559999");
        server.uuid = QStringLiteral("a1b2c3d4-e5f6-7890-abcd-ef1234567890");
        m_store->completeCreate(create.seq, 500, server.uuid, server);
        QCOMPARE(renamed.size(), 1);
        QVERIFY(!m_store->contact(local));
        const auto c = m_store->contact(500);
        QVERIFY(c);
        QCOMPARE(c->uuid, server.uuid);
        QCOMPARE(c->fields.value(Field::first).toString(),
                 QStringLiteral("Newer")); // the later edit still pending
        QCOMPARE(m_store->outbox().size(), 1);
        QCOMPARE(m_store->outbox().at(0).contactId, 500);
        QCOMPARE(m_store->contactCount(), 1);
    }

    void failedEditStaysVisibleUntilRetriedOrDiscarded()
    {
        m_store->applyServerContacts({serverContact(1, QStringLiteral("Ana"))});
        m_store->editContact(1, {{Field::email, QStringLiteral("not-an-email")}});
        const qint64 seq = m_store->outbox().at(0).seq;
        m_store->failEntry(
            seq, QStringLiteral("The server refused the request (field email): has no '@'"));
        auto c = m_store->contact(1);
        QCOMPARE(c->state, StoredContact::State::Failed);
        QVERIFY(c->error.contains(QStringLiteral("email")));
        QCOMPARE(m_store->failedCount(), 1);
        QVERIFY(!m_store->nextDue(QDateTime::currentMSecsSinceEpoch())); // not sent again by itself
        m_store->retry(seq);
        QCOMPARE(m_store->contact(1)->state, StoredContact::State::Pending);
        QVERIFY(m_store->nextDue(QDateTime::currentMSecsSinceEpoch()));
        m_store->failEntry(seq, QStringLiteral("again"));
        m_store->discard(seq);
        c = m_store->contact(1);
        QCOMPARE(c->state, StoredContact::State::Synced);
        QCOMPARE(c->fields.value(Field::email).toString(), QString());
        QCOMPARE(m_store->outbox().size(), 0);

        // Discarding a create removes the contact it made.
        const qint64 local = m_store->createContact({{Field::phone, QStringLiteral("1415")}});
        m_store->discard(m_store->outbox().at(0).seq);
        QVERIFY(!m_store->contact(local));
        // Discarding a delete brings the contact back.
        m_store->deleteContact(1);
        QCOMPARE(m_store->contactCount(), 0);
        m_store->discard(m_store->outbox().at(0).seq);
        QCOMPARE(m_store->contactCount(), 1);
    }

    void editingAFailedEditFixesIt()
    {
        m_store->applyServerContacts({serverContact(1, QStringLiteral("Ana"))});
        m_store->editContact(1, {{Field::email, QStringLiteral("not-an-email")}});
        const qint64 seq = m_store->outbox().at(0).seq;
        m_store->failEntry(seq, QStringLiteral("has no '@'"));
        m_store->editContact(1, {{Field::email, QStringLiteral("ana@example.com")},
                                 {Field::last, QStringLiteral("S.")}});
        const QList<OutboxEntry> outbox = m_store->outbox();
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.at(0).state, OutboxEntry::State::Pending);
        QCOMPARE(outbox.at(0).patch.value(Field::email).toString(),
                 QStringLiteral("ana@example.com"));
        QCOMPARE(outbox.at(0).patch.value(Field::last).toString(), QStringLiteral("S."));
        QCOMPARE(outbox.at(0).base.value(Field::last).toString(), QStringLiteral("Silva"));
        QCOMPARE(m_store->contact(1)->state, StoredContact::State::Pending);
        QVERIFY(m_store->nextDue(QDateTime::currentMSecsSinceEpoch()));
    }

    void conflictsShowBothValuesAndAwaitAChoice()
    {
        m_store->applyServerContacts({serverContact(1, QStringLiteral("Ana"))});
        m_store->editContact(
            1, {{Field::first, QStringLiteral("Mine")}, {Field::last, QStringLiteral("Mine too")}});
        const qint64 seq = m_store->outbox().at(0).seq;
        Contact theirs = serverContact(1, QStringLiteral("Theirs"), 3);
        theirs.last = QStringLiteral("Their last");
        m_store->conflictEntry(
            seq,
            {{Field::first, QJsonObject{{QStringLiteral("mine"), QStringLiteral("Mine")},
                                        {QStringLiteral("theirs"), QStringLiteral("Theirs")}}},
             {Field::last, QJsonObject{{QStringLiteral("mine"), QStringLiteral("Mine too")},
                                       {QStringLiteral("theirs"), QStringLiteral("Their last")}}}},
            theirs);
        QCOMPARE(m_store->contact(1)->state, StoredContact::State::Conflict);
        QCOMPARE(m_store->conflictCount(), 1);
        QVERIFY(!m_store->nextDue(QDateTime::currentMSecsSinceEpoch()));
        m_store->resolveConflict(seq, Field::first, true);
        QCOMPARE(m_store->entry(seq)->state, OutboxEntry::State::Conflict); // one left
        m_store->resolveConflict(seq, Field::last, false);
        const auto e = m_store->entry(seq);
        QCOMPARE(e->state, OutboxEntry::State::Pending);
        QCOMPARE(e->patch.keys(), QStringList{Field::first});
        QCOMPARE(e->base.value(Field::first).toString(),
                 QStringLiteral("Theirs")); // mine goes over theirs
        const auto c = m_store->contact(1);
        QCOMPARE(c->fields.value(Field::first).toString(), QStringLiteral("Mine"));
        QCOMPARE(c->fields.value(Field::last).toString(), QStringLiteral("Their last"));
    }

    void reconciliationRemovesOnlyUneditedContacts()
    {
        m_store->applyServerContacts({serverContact(1, QStringLiteral("A")),
                                      serverContact(2, QStringLiteral("B")),
                                      serverContact(3, QStringLiteral("C"))});
        m_store->editContact(3, {{Field::first, QStringLiteral("CC")}});
        QSignalSpy removed(m_store.get(), &ContactStore::contactsRemoved);
        QCOMPARE(m_store->removeServerContacts({1}), 1);
        QCOMPARE(removed.size(), 1);
        QVERIFY(m_store->contact(1));
        QVERIFY(!m_store->contact(2));
        QVERIFY(m_store->contact(3)); // has an edit in the outbox: kept, the push will tell
    }

    void syncValuesAndDirectoryPersist()
    {
        m_store->setSyncValue(QStringLiteral("pull.cursor"),
                              QStringLiteral("2026-04-12T15:30:00.000Z"));
        m_store->replaceTags(
            {Tag{1, QStringLiteral("VIP"), QStringLiteral("#FFD700"), 0, 0, {}, 1}});
        m_store->replaceFields({CustomField{12, QStringLiteral("Plan"), false}});
        m_store->replaceMembers({TeamMember{101, QStringLiteral("Maya"), QStringLiteral("owner")}});
        m_store->replaceInboxes({Inbox{413,
                                       QStringLiteral("Support"),
                                       7,
                                       {101},
                                       {QStringLiteral("14155550100")},
                                       QStringLiteral("14155550100"),
                                       true}});
        const QString path = m_store->path();
        m_store.reset();
        m_store = std::make_unique<ContactStore>();
        QCOMPARE(m_store->open(path).describe(), QString());
        QCOMPARE(m_store->syncValue(QStringLiteral("pull.cursor")),
                 QStringLiteral("2026-04-12T15:30:00.000Z"));
        QCOMPARE(m_store->tags().at(0).name, QStringLiteral("VIP"));
        QCOMPARE(m_store->customFields().at(0).title, QStringLiteral("Plan"));
        QCOMPARE(m_store->members().at(0).name, QStringLiteral("Maya"));
        QCOMPARE(m_store->inboxes().at(0).phone, QStringLiteral("14155550100"));
    }

    // ---- the channel cache

    static Channel channel(const QString &type, const QString &value)
    {
        Channel c;
        c.type = type;
        c.value = value;
        return c;
    }
    // "type:value*" (the star marks the primary) in the order shown.
    static QStringList shown(const QJsonArray &channels)
    {
        QStringList all;
        for (const QJsonValue &v : channels)
            all.append(v.toObject().value(Field::channelType).toString() + QLatin1Char(':') +
                       v.toObject().value(Field::channelValue).toString() +
                       (v.toObject().value(Field::channelPrimary).toBool() ? QStringLiteral("*")
                                                                           : QString()));
        return all;
    }

    void statusTheServerDidNotSayIsKept()
    {
        Contact ana = serverContact(1, QStringLiteral("Ana"));
        ana.optedOut = true;
        QVERIFY(m_store->applyServerContacts({ana}));
        ContactStatus status;
        status.id = 1;
        status.blocked = true;
        status.unsubscribed = true;
        bool changed = false;
        QVERIFY(m_store->applyServerStatus(status, &changed));
        QVERIFY(changed);
        // An answer without is_opted_out (and no contact answer has
        // `blocked`) says nothing about either: both stay.
        ana.optedOut = false;
        ana.optedOutKnown = false;
        ana.first = QStringLiteral("Ana B.");
        ana.rev += 1;
        QVERIFY(m_store->applyServerContacts({ana}));
        QCOMPARE(m_store->contact(1)->fields.value(Field::first).toString(),
                 QStringLiteral("Ana B."));
        QVERIFY(m_store->contact(1)->fields.value(Field::optedOut).toBool());
        QVERIFY(m_store->contact(1)->fields.value(Field::blocked).toBool());
        // One that carries it is the server's word.
        ana.optedOutKnown = true;
        QVERIFY(m_store->applyServerContacts({ana}));
        QVERIFY(!m_store->contact(1)->fields.value(Field::optedOut).toBool());
        QVERIFY(m_store->contact(1)->fields.value(Field::blocked).toBool());
        // The same status again changes nothing and says so.
        status.unsubscribed = false;
        QSignalSpy signalled(m_store.get(), &ContactStore::contactsChanged);
        QVERIFY(m_store->applyServerStatus(status, &changed));
        QVERIFY(!changed);
        QCOMPARE(signalled.size(), 0);
    }

    void channelsAreCachedWithTheirPrimaries()
    {
        m_store->applyServerContacts({serverContact(1, QStringLiteral("Ana"))});
        // Not read yet: only the primary phone is known.
        QVERIFY(!m_store->channelsRev(1));
        QVERIFY(!m_store->contact(1)->server.contains(Field::channels));
        QCOMPARE(shown(ContactStore::channelsOf(m_store->contact(1)->fields)),
                 QStringList{QStringLiteral("phone:14155550001*")});
        // A listing in any order: the primary is the one holding the phone.
        QSignalSpy changed(m_store.get(), &ContactStore::contactsChanged);
        QVERIFY(m_store->setServerChannels(
            1,
            {channel(ChannelType::email, QStringLiteral("ana@example.com")),
             channel(ChannelType::phone, QStringLiteral("14155550099")),
             channel(ChannelType::phone, QStringLiteral("14155550001"))},
            1));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_store->channelsRev(1), std::optional<qint64>(1));
        QCOMPARE(shown(m_store->contact(1)->fields.value(Field::channels).toArray()),
                 (QStringList{QStringLiteral("email:ana@example.com*"),
                              QStringLiteral("phone:14155550099"),
                              QStringLiteral("phone:14155550001*")}));
        // A pull (v1: no channels) keeps the list; a new phone is the primary's new value.
        Contact newer = serverContact(1, QStringLiteral("Ana"), 2);
        newer.phone = QStringLiteral("14155550077");
        m_store->applyServerContacts({newer});
        QCOMPARE(shown(m_store->contact(1)->server.value(Field::channels).toArray()),
                 (QStringList{QStringLiteral("email:ana@example.com*"),
                              QStringLiteral("phone:14155550099"),
                              QStringLiteral("phone:14155550077*")}));
        QCOMPARE(m_store->channelsRev(1), std::optional<qint64>(1)); // read at rev 1: stale now
        // The cache survives a reopen.
        const QString path = m_store->path();
        m_store.reset();
        m_store = std::make_unique<ContactStore>();
        QCOMPARE(m_store->open(path).describe(), QString());
        QCOMPARE(m_store->contact(1)->server.value(Field::channels).toArray().size(), 3);
        QCOMPARE(m_store->channelsRev(1), std::optional<qint64>(1));
    }

    void channelEditsChangeOnlyTheirChannel()
    {
        m_store->applyServerContacts({serverContact(1, QStringLiteral("Ana"))});
        m_store->setServerChannels(1,
                                   {channel(ChannelType::phone, QStringLiteral("14155550001")),
                                    channel(ChannelType::phone, QStringLiteral("14155550099")),
                                    channel(ChannelType::email, QStringLiteral("a@example.com"))},
                                   1);
        const auto fields = [this] { return m_store->contact(1)->fields; };
        QVERIFY(m_store->addChannel(1, ChannelType::email, QStringLiteral("b@example.com")));
        QCOMPARE(shown(fields().value(Field::channels).toArray()).last(),
                 QStringLiteral("email:b@example.com"));
        QVERIFY(m_store->changeChannel(1, ChannelType::phone, QStringLiteral("14155550001"),
                                       QStringLiteral("14155550002")));
        QCOMPARE(fields().value(Field::phone).toString(), QStringLiteral("14155550002"));
        QCOMPARE(shown(fields().value(Field::channels).toArray()).first(),
                 QStringLiteral("phone:14155550002*"));
        // Removing the primary: the next of its type takes its place.
        QVERIFY(m_store->removeChannel(1, ChannelType::phone, QStringLiteral("14155550002")));
        QCOMPARE(shown(fields().value(Field::channels).toArray()),
                 (QStringList{QStringLiteral("phone:14155550099*"),
                              QStringLiteral("email:a@example.com*"),
                              QStringLiteral("email:b@example.com")}));
        QCOMPARE(fields().value(Field::phone).toString(), QStringLiteral("14155550099"));
        // The server copy is untouched until the server says so.
        QCOMPARE(m_store->contact(1)->server.value(Field::channels).toArray().size(), 3);
        QCOMPARE(m_store->outbox().size(), 3);
        QCOMPARE(m_store->outbox().at(1).kind, OutboxEntry::Kind::ChannelChange);
    }

    void anUnsentChannelEditIsTakenBack()
    {
        m_store->applyServerContacts({serverContact(1, QStringLiteral("Ana"))});
        const QJsonObject patch{{Field::channelType, QString(ChannelType::email)},
                                {Field::channelValue, QStringLiteral("b@example.com")}};
        QVERIFY(m_store->addChannel(1, ChannelType::email, QStringLiteral("b@example.com")));
        QVERIFY(!m_store->cancelUnsentChannelEdit(1, OutboxEntry::Kind::ChannelRemove, patch));
        QVERIFY(m_store->cancelUnsentChannelEdit(1, OutboxEntry::Kind::ChannelAdd, patch));
        QCOMPARE(m_store->outbox().size(), 0);
        QCOMPARE(shown(ContactStore::channelsOf(m_store->contact(1)->fields)),
                 QStringList{QStringLiteral("phone:14155550001*")});
        QCOMPARE(m_store->contact(1)->state, StoredContact::State::Synced);
        // Once sent (it may have reached the server), it is not taken back here.
        QVERIFY(m_store->addChannel(1, ChannelType::email, QStringLiteral("b@example.com")));
        const qint64 seq = m_store->outbox().first().seq;
        QVERIFY(m_store->markSent(seq));
        QVERIFY(!m_store->cancelUnsentChannelEdit(1, OutboxEntry::Kind::ChannelAdd, patch));
        QCOMPARE(m_store->outbox().size(), 1);
        // An entry gone meanwhile is never marked sent (so never sent).
        QVERIFY(m_store->discard(seq));
        QVERIFY(!m_store->markSent(seq));
    }

    void schema8ForgetsChannelListsNotReadFromTheServer()
    {
        const QString path = m_dir.filePath(QStringLiteral("schema6.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw6"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QCOMPARE(Schema::migrate(db, 6).describe(), QString());
            QSqlQuery q(db);
            // As the old code kept it: the one email it had added, nothing else.
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO contacts(id, fields, server, display_name, phone, email) VALUES"
                " (8, '{\"phone\":\"14155550008\",\"channels\":[{\"type\":\"email\",\"value\":"
                "\"x@example.com\"}]}', '{\"phone\":\"14155550008\",\"channels\":[{\"type\":"
                "\"email\",\"value\":\"x@example.com\"}]}', '', '14155550008', '')")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw6"));
        ContactStore store;
        QCOMPARE(store.open(path).describe(), QString());
        const auto c = store.contact(8);
        QVERIFY(!c->server.contains(Field::channels));
        QVERIFY(!store.channelsRev(8));
        QCOMPARE(shown(ContactStore::channelsOf(c->fields)),
                 QStringList{QStringLiteral("phone:14155550008*")});
    }

    void schema9RecordsTheFileAnImportChecked()
    {
        const QString path = m_dir.filePath(QStringLiteral("schema8.sqlite"));
        {
            // A file at schema 8 with an import as that version wrote it.
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw8"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QCOMPARE(Schema::migrate(db, 8).describe(), QString());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO imports (id, file, started, state) VALUES "
                                          "(4, '/data/old.csv', 1000, 1)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO import_rows (import_id, line, kind, body) "
                                          "VALUES (4, 2, 1, '{\"phone\":\"14155550007\"}')")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw8"));
        QVERIFY(Schema::latest() >= 9);
        ContactStore store;
        QCOMPARE(store.open(path).describe(), QString());
        ImportJournal journal(&store);
        const auto old = journal.import(4);
        QVERIFY(old);
        QCOMPARE(old->file, QStringLiteral("/data/old.csv"));
        QCOMPARE(old->state, ImportRecord::State::Uploading);
        QCOMPARE(old->pending, 1);
        QVERIFY(!old->checked.isKnown()); // not known: never refused for it
        QCOMPARE(old->checked.size, qint64(-1));

        FileCheck checked;
        checked.size = 1234;
        checked.modified = 1700000000123;
        checked.sha256 = QByteArray(64, 'a');
        ImportRow row;
        row.line = 2;
        row.body = QJsonObject{{QStringLiteral("phone"), QStringLiteral("14155550008")}};
        const qint64 id = journal.begin(QStringLiteral("/data/new.csv"), {}, {row}, checked);
        QVERIFY(id > 4);
        QCOMPARE(journal.import(id)->checked, checked);
        QVERIFY(journal.import(id)->checked.isKnown());
    }

    void migratesFromTheePreviousSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
        {
            // A file at schema 1, with a row as version 1 wrote it.
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QCOMPARE(Schema::migrate(db, 1).describe(), QString());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO contacts(id, fields, server, display_name, phone, email) VALUES"
                " (7, '{\"first\":\"Old\",\"display_name\":\"Old "
                "Timer\",\"email\":\"OLD@example.com\","
                "\"phone\":\"14155550007\"}', '{}', 'Old Timer',"
                " '14155550007', 'OLD@example.com')")));
            QVERIFY(q.exec(QStringLiteral("SELECT version FROM schema_version")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        ContactStore store;
        QCOMPARE(store.open(path).describe(), QString());
        QCOMPARE(store.contact(7)->fields.value(Field::first).toString(), QStringLiteral("Old"));
        QCOMPARE(store.contactByPhone(QStringLiteral("14155550007"))->id, 7);
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw2"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT version FROM schema_version")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), Schema::latest());
            QVERIFY(q.exec(QStringLiteral("SELECT search FROM contacts WHERE id = 7")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("old timer \x1f old old@example.com"));
        }
        db.close();
        QSqlDatabase::removeDatabase(QStringLiteral("raw2"));
    }

    void theBindingRuleAndAFileFromBeforeIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("before-binding.sqlite"));
        {
            // A file at the schema before the binding (6), with a contact.
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw6"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QCOMPARE(Schema::migrate(db, 6).describe(), QString());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE name = 'binding'")));
            QVERIFY(!q.next());
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO contacts(id, fields, server, display_name, phone) VALUES"
                " (7, '{\"first\":\"Old\"}', '{}', 'Old', '14155550007')")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw6"));
        ContactStore store;
        QCOMPARE(store.open(path).describe(), QString());
        QCOMPARE(store.contactCount(), 1); // kept
        StoreBinding binding(&store);
        const QString server = QStringLiteral("https://api.heymarket.com:443");
        QVERIFY(!binding.binding());
        QVERIFY(!binding.knows(server, QStringLiteral("api-key:a")));
        QCOMPARE(binding.check(server, 1, QStringLiteral("api-key:a")),
                 StoreBinding::Verdict::Unbound);
        // Its directory, when it names a team, is the witness.
        Inbox inbox;
        inbox.id = 413;
        inbox.teamId = 1;
        QVERIFY(store.replaceInboxes({inbox}));
        QCOMPARE(binding.check(server, 2, QStringLiteral("api-key:b")),
                 StoreBinding::Verdict::OtherTeam);
        QVERIFY(!binding.bind(server, 2, QStringLiteral("B"), QStringLiteral("api-key:b"), 1));

        QVERIFY(binding.bind(server, 1, QStringLiteral("A"), QStringLiteral("api-key:a"), 1000));
        QCOMPARE(binding.binding()->teamId, 1);
        QCOMPARE(binding.binding()->salt.size(), 16);
        QVERIFY(!binding.binding()->credential.contains(QStringLiteral("api-key")));
        QVERIFY(binding.knows(server, QStringLiteral("api-key:a")));
        QCOMPARE(binding.check(server, 1, QStringLiteral("api-key:a")),
                 StoreBinding::Verdict::Same);
        QCOMPARE(binding.check(server, 1, QStringLiteral("api-key:a2")),
                 StoreBinding::Verdict::NewCredential);
        QCOMPARE(binding.check(server, 2, QStringLiteral("api-key:a")),
                 StoreBinding::Verdict::OtherTeam);
        QCOMPARE(binding.check(QStringLiteral("https://staging.example:443"), 1,
                               QStringLiteral("api-key:a")),
                 StoreBinding::Verdict::OtherServer);
        // A rotated key is recorded; the old one is no longer known; the salt stays.
        const QByteArray salt = binding.binding()->salt;
        QVERIFY(binding.bind(server, 1, QStringLiteral("A"), QStringLiteral("api-key:a2"), 2000));
        QVERIFY(binding.knows(server, QStringLiteral("api-key:a2")));
        QVERIFY(!binding.knows(server, QStringLiteral("api-key:a")));
        QCOMPARE(binding.binding()->salt, salt);
        // Another team or server never binds it.
        QVERIFY(!binding.bind(server, 2, QStringLiteral("B"), QStringLiteral("api-key:a2"), 3000));
        QVERIFY(!binding.bind(QStringLiteral("http://127.0.0.1:80"), 1, QStringLiteral("A"),
                              QStringLiteral("api-key:a2"), 3000));
        QCOMPARE(binding.binding()->teamId, 1);
        // A salt per file: the same key has another fingerprint elsewhere.
        ContactStore other;
        QCOMPARE(other.open(m_dir.filePath(QStringLiteral("other-binding.sqlite"))).describe(),
                 QString());
        StoreBinding otherBinding(&other);
        QVERIFY(otherBinding.bind(server, 1, QStringLiteral("A"), QStringLiteral("api-key:a2"), 1));
        QVERIFY(otherBinding.binding()->credential != binding.binding()->credential);
    }

    void newerSchemaIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw3"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (99)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw3"));
        ContactStore store;
        const StoreError error = store.open(path);
        QCOMPARE(error.kind, StoreError::Kind::NewerVersion);
        QVERIFY2(error.describe().contains(QStringLiteral("newer")), qPrintable(error.describe()));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
