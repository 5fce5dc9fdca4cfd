// The sync engine against a real sandbox: pulls, pushes of every kind of
// edit, offline and back, transient and permanent failures, merges and
// conflicts, reconciliation of deletions, and a create that already reached
// the server before a crash.

#include "api/HeymarketClient.h"
#include "store/ContactStore.h"
#include "sync/SyncEngine.h"
#include "tests/common/SandboxFixture.h"
#include "tests/common/SyncWait.h"
#include "tests/common/TestFiles.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ContactDesk;
using namespace ContactDesk::Store;
using namespace ContactDesk::Sync;
using namespace ContactDesk::Tests;

class TestSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Api::HeymarketClient> m_client;
    std::unique_ptr<ContactStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
    Sandbox::Options m_serverOptions;

    void startServer(int seed)
    {
        m_sandbox = std::make_unique<SandboxFixture>(seed, m_serverOptions);
        QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
        m_serverOptions.port = m_sandbox->server().port(); // a restart comes back on the same port
    }

    bool settled(int timeoutMs = 30000)
    {
        return Tests::waitUntilSettled(*m_engine, *m_store, timeoutMs);
    }

    QJsonObject serverContact(qint64 id)
    {
        return m_sandbox->get(QStringLiteral("/v1/contact/%1").arg(id)).object();
    }

private Q_SLOTS:
    void init()
    {
        m_serverOptions = {};
        m_serverOptions.apiKeys = {QString::fromLatin1(SandboxFixture::apiKey)};
        m_serverOptions.dataFile =
            m_dir.filePath(QStringLiteral("server-%1.sqlite")
                               .arg(QString::fromLatin1(QTest::currentTestFunction())));
        startServer(60);
        m_network = std::make_unique<QNetworkAccessManager>();
        Api::HeymarketClient::Config config;
        config.baseUrl = m_sandbox->baseUrl();
        config.credentials =
            Api::Credentials::fromApiKey(QString::fromLatin1(SandboxFixture::apiKey));
        config.retry = {3, 5, 20, 0.5};
        config.timeoutMs = 3000;
        m_client = std::make_unique<Api::HeymarketClient>(m_network.get(), config);
        m_store = std::make_unique<ContactStore>();
        QCOMPARE(m_store->open(Tests::fileForTest(m_dir, QStringLiteral("store-"))).describe(),
                 QString());
        SyncEngine::Options options;
        options.intervalMs = 3600 * 1000; // the tests drive it
        options.offlineProbeMs = 100;
        options.retry = {1000000, 20, 200, 0.5};
        m_engine = std::make_unique<SyncEngine>(m_store.get(), m_client.get(), options);
        m_engine->start();
        QVERIFY(settled());
        QCOMPARE(m_store->contactCount(), 60);
    }
    void cleanup()
    {
        m_engine.reset();
        m_store.reset();
        m_client.reset();
        m_network.reset();
        m_sandbox.reset();
    }

    void fullPullThenOnlyWhatChanged()
    {
        QCOMPARE(m_store->syncValue(QStringLiteral("pull.full_done")), QStringLiteral("1"));
        QVERIFY(m_store->syncValue(QStringLiteral("pull.since")).toLongLong() > 0);
        QVERIFY(m_store->members().size() >= 5);
        QVERIFY(m_store->customFields().size() >= 5);
        QCOMPARE(m_store->tags().size(), 12);
        // More tags than one page of 30: all of them arrive.
        for (int i = 0; i < 40; ++i)
            QCOMPARE(
                m_sandbox
                    ->post(QStringLiteral("/v1/tag"),
                           QJsonObject{{QStringLiteral("tag"), QStringLiteral("Extra %1").arg(i)}})
                    .status,
                200);
        m_engine->syncNow();
        QVERIFY(settled());
        QTRY_COMPARE(m_store->tags().size(), 52);
        QVERIFY(!m_store->inboxes().isEmpty());
        // The server changes; the next sync brings only that.
        QCOMPARE(m_sandbox
                     ->put(QStringLiteral("/v1/contact/10005"),
                           QJsonObject{{QStringLiteral("phone"),
                                        serverContact(10005).value(QStringLiteral("phone"))},
                                       {QStringLiteral("first"), QStringLiteral("Changed")}})
                     .status,
                 200);
        QCOMPARE(m_sandbox
                     ->post(QStringLiteral("/v1/contact"),
                            QJsonObject{{QStringLiteral("phone"), QStringLiteral("14155550190")},
                                        {QStringLiteral("first"), QStringLiteral("Newcomer")}})
                     .status,
                 200);
        m_engine->syncNow();
        QVERIFY(settled());
        QCOMPARE(m_store->contactCount(), 61);
        QCOMPARE(m_store->contact(10005)->fields.value(Field::first).toString(),
                 QStringLiteral("Changed"));
        QCOMPARE(m_store->contactByPhone(QStringLiteral("14155550190"))
                     ->fields.value(Field::first)
                     .toString(),
                 QStringLiteral("Newcomer"));
        QCOMPARE(m_engine->status().connection, SyncEngine::Status::Connection::Online);
    }

    void blocksMadeElsewhereAreReadOnTheNextSyncBoundedPerSync()
    {
        // Fewer reads per sync than contacts changed: the rest wait for the
        // next sync, none is forgotten.
        m_engine.reset();
        SyncEngine::Options options;
        options.intervalMs = 3600 * 1000;
        options.statusReadsPerSync = 1;
        m_engine = std::make_unique<SyncEngine>(m_store.get(), m_client.get(), options);
        m_engine->start();
        QVERIFY(settled());
        const auto blocked = [this](qint64 id) {
            return m_store->contact(id)->fields.value(Field::blocked).toBool();
        };
        // Made in Heymarket's web app, say: the contact object has no
        // `blocked`, only the status endpoint tells.
        for (const qint64 id : {10003, 10004}) {
            const QString number = serverContact(id).value(QStringLiteral("phone")).toString();
            QCOMPARE(m_sandbox->setStatus(number, QStringLiteral("blocked")), 200);
        }
        QVERIFY(!serverContact(10003).contains(QStringLiteral("blocked")));
        QVERIFY(!blocked(10003) && !blocked(10004));
        m_engine->syncNow();
        QVERIFY(settled());
        QCOMPARE(int(blocked(10003)) + int(blocked(10004)), 1);
        m_engine->syncNow();
        QVERIFY(settled());
        QVERIFY(blocked(10003) && blocked(10004));

        // Unblocked elsewhere: the next sync says so too; a pending local
        // edit of another field is kept over it.
        QVERIFY(m_store->editContact(10003, {{Field::first, QStringLiteral("Local")}}));
        m_engine->stop();
        const QString number = serverContact(10003).value(QStringLiteral("phone")).toString();
        QCOMPARE(m_sandbox->setStatus(number, QStringLiteral("unblocked")), 200);
        m_engine->start();
        QVERIFY(settled());
        QVERIFY(!blocked(10003));
        QCOMPARE(m_store->contact(10003)->fields.value(Field::first).toString(),
                 QStringLiteral("Local"));

        // The contact the window shows is read at once, and after every sync.
        QCOMPARE(m_sandbox->setStatus(number, QStringLiteral("blocked")), 200);
        m_engine->watchContact(10003);
        QVERIFY(settled());
        QVERIFY(blocked(10003));
    }

    void pushesEveryKindOfEdit()
    {
        const qint64 created =
            m_store->createContact({{Field::phone, QStringLiteral("14155550191")},
                                    {Field::first, QStringLiteral("Local")},
                                    {Field::last, QStringLiteral("Create")}});
        m_store->editContact(created, {{QStringLiteral("custom.12"), QStringLiteral("Premium")}});
        m_store->editContact(10001, {{Field::first, QStringLiteral("Edited")},
                                     {Field::tags, QJsonArray{2, 3}},
                                     {Field::owner, 105},
                                     {QStringLiteral("custom.19"), QStringLiteral("AC-42")}});
        m_store->editContact(
            10002, {{Field::owner, QJsonValue::Null}, {QStringLiteral("custom.12"), QString()}});
        m_store->setStatus(10003, ContactStatusChange::Blocked);
        m_store->setStatus(10003, ContactStatusChange::Unsubscribed);
        m_store->addChannel(10004, ChannelType::email, QStringLiteral("second@example.org"));
        m_store->deleteContact(10006);
        QVERIFY(settled());
        QCOMPARE(m_store->failedCount(), 0);

        const auto local = m_store->contactByPhone(QStringLiteral("14155550191"));
        QVERIFY(local && local->id > 0);
        const QJsonObject createdOnServer = serverContact(local->id);
        QCOMPARE(createdOnServer.value(QStringLiteral("first")).toString(),
                 QStringLiteral("Local"));
        QCOMPARE(createdOnServer.value(QStringLiteral("custom"))
                     .toObject()
                     .value(QStringLiteral("12"))
                     .toString(),
                 QStringLiteral("Premium"));
        const QJsonObject edited = serverContact(10001);
        QCOMPARE(edited.value(QStringLiteral("first")).toString(), QStringLiteral("Edited"));
        QCOMPARE(edited.value(QStringLiteral("assigned_user_id")).toInteger(), 105);
        QCOMPARE(edited.value(QStringLiteral("tags")).toArray().size(), 2);
        QCOMPARE(edited.value(QStringLiteral("custom"))
                     .toObject()
                     .value(QStringLiteral("19"))
                     .toString(),
                 QStringLiteral("AC-42"));
        const QJsonObject cleared = serverContact(10002);
        QVERIFY(!cleared.contains(QStringLiteral("assigned_user_id")));
        QVERIFY(!cleared.value(QStringLiteral("custom")).toObject().contains(QStringLiteral("12")));
        const QJsonObject status = m_sandbox
                                       ->post(QStringLiteral("/v1/contact/status"),
                                              QJsonObject{{QStringLiteral("id"), 10003}})
                                       .object();
        QVERIFY(status.value(QStringLiteral("blocked")).toBool());
        QVERIFY(status.value(QStringLiteral("unsubscribed")).toBool());
        const QString uuid = m_store->contact(10004)->uuid;
        QVERIFY(!uuid.isEmpty());
        const QJsonArray channels =
            m_sandbox->get(QStringLiteral("/v2/contact/%1/channels").arg(uuid)).array();
        bool found = false;
        for (const QJsonValue &c : channels)
            found = found || c.toObject().value(QStringLiteral("channel_id")).toString() ==
                                 QLatin1String("second@example.org");
        QVERIFY(found);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/contact/10006")).status, 404);
        QVERIFY(!m_store->contact(10006));
        QCOMPARE(m_store->contact(10001)->state, StoredContact::State::Synced);
    }

    // Before a channel write the engine reads the server's channels again
    // and checks that the channel the type addresses (the primary) is the
    // one the edit means; otherwise nothing is sent and the entry fails
    // with the reason. Under both readings (the strict one lists the
    // primary last and answers PUT/DELETE with "ok").
    void channelWritesCheckTheChannelTheTypeAddresses()
    {
        const qint64 id = 10007;
        const QString primary = serverContact(id).value(QStringLiteral("phone")).toString();
        const QJsonArray found = m_sandbox->searchByChannel(QStringLiteral("phone"), primary);
        QCOMPARE(found.size(), 1);
        const QString uuid = found.at(0).toObject().value(QStringLiteral("uuid")).toString();
        const QString channels = QStringLiteral("/v2/contact/%1/channels").arg(uuid);
        const QString second = QStringLiteral("14155550181");
        QCOMPARE(m_sandbox
                     ->post(QStringLiteral("/v2/contact/%1/channel").arg(uuid),
                            QJsonObject{{QStringLiteral("channel_type"), QStringLiteral("phone")},
                                        {QStringLiteral("channel_id"), second}})
                     .status,
                 200);
        const auto onServer = [&] {
            QStringList all;
            for (const QJsonValue &c : m_sandbox->get(channels).array())
                all.append(c.toObject().value(QStringLiteral("channel_id")).toString());
            all.sort();
            return all;
        };
        const QStringList before = onServer();

        // The read: every channel, the primary found by the phone whatever the order.
        QSignalSpy read(m_engine.get(), &SyncEngine::channelsRead);
        m_engine->fetchChannels(id);
        QVERIFY(settled());
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.first().at(1).toString(), QString());
        const QJsonArray cached = m_store->contact(id)->server.value(Field::channels).toArray();
        int phones = 0;
        for (const QJsonValue &c : cached) {
            if (c.toObject().value(Field::channelType).toString() != ChannelType::phone)
                continue;
            ++phones;
            QCOMPARE(c.toObject().value(Field::channelPrimary).toBool(),
                     c.toObject().value(Field::channelValue).toString() == primary);
        }
        QCOMPARE(phones, 2);
        QCOMPARE(m_store->channelsRev(id), std::optional<qint64>(m_store->contact(id)->rev));
        m_engine->fetchChannels(id); // read at this rev already: no request
        QVERIFY(settled());
        QCOMPARE(read.size(), 1);

        // Removing or changing the second phone: DELETE/PUT would take the
        // primary, so nothing is sent.
        for (int kind = 0; kind < 2; ++kind) {
            if (kind == 0)
                QVERIFY(m_store->removeChannel(id, ChannelType::phone, second));
            else
                QVERIFY(m_store->changeChannel(id, ChannelType::phone, second,
                                               QStringLiteral("14155550182")));
            QVERIFY(settled());
            QCOMPARE(m_store->failedCount(), 1);
            const Store::OutboxEntry failed = m_store->outbox().first();
            QVERIFY2(failed.error.contains(QStringLiteral("not the contact's primary phone")),
                     qPrintable(failed.error));
            QCOMPARE(failed.attempts, 0); // never sent
            QCOMPARE(onServer(), before);
            QVERIFY(m_store->discard(failed.seq));
        }

        // The primary changed elsewhere since the list was read: a change of
        // the old primary finds it gone and sends nothing.
        const QString elsewhere = QStringLiteral("14155550183");
        QCOMPARE(m_sandbox
                     ->put(QStringLiteral("/v2/contact/%1/channel").arg(uuid),
                           QJsonObject{{QStringLiteral("channel_type"), QStringLiteral("phone")},
                                       {QStringLiteral("channel_id"), elsewhere}})
                     .status,
                 200);
        QVERIFY(
            m_store->changeChannel(id, ChannelType::phone, primary, QStringLiteral("14155550184")));
        QVERIFY(settled());
        QCOMPARE(m_store->failedCount(), 1);
        QVERIFY(m_store->outbox().first().error.contains(QStringLiteral("no longer")));
        QVERIFY(m_store->discard(m_store->outbox().first().seq));
        QStringList expected = before;
        expected.replace(expected.indexOf(primary), elsewhere);
        expected.sort();
        QCOMPARE(onServer(), expected);

        // Removing the primary the server has: exactly that one goes, the
        // second becomes the primary, and the store learns the list.
        QVERIFY(m_store->removeChannel(id, ChannelType::phone, elsewhere));
        QVERIFY(settled());
        QCOMPARE(m_store->failedCount(), 0);
        expected.removeAll(elsewhere);
        QCOMPARE(onServer(), expected);
        QCOMPARE(m_store->contact(id)->server.value(Field::phone).toString(), second);
        QCOMPARE(m_store->contact(id)->fields.value(Field::phone).toString(), second);
        QCOMPARE(m_store->channelsRev(id), std::optional<qint64>(m_store->contact(id)->rev));
    }

    void interruptedFirstSyncResumesFromTheStoredCursor()
    {
        // A new device: a fresh store pulls the team, and the connection is
        // lost after the first page (the second waits at the server until
        // the first is stored, written with its cursor at the latest
        // SyncEngine::fullPullBatchMs after it came; then the server fails
        // every request), then the app quits.
        const QString path = m_dir.filePath(QStringLiteral("fresh.sqlite"));
        {
            ContactStore fresh;
            QCOMPARE(fresh.open(path).describe(), QString());
            m_sandbox->server().holdRequestsAfter(QStringLiteral("/v1/contacts"), 1);
            SyncEngine engine(&fresh, m_client.get());
            QSignalSpy idle(&engine, &SyncEngine::idle);
            engine.start();
            QTRY_COMPARE_WITH_TIMEOUT(fresh.contactCount(), 30, 15000);
            QVERIFY(!fresh.syncValue(QStringLiteral("pull.cursor")).isEmpty());
            m_sandbox->server().setFailRate(1.0);
            m_sandbox->server().releaseHeld(false);
            QVERIFY(idle.wait(15000));
            QVERIFY(!engine.status().lastError.isEmpty());
            engine.stop();
        }
        m_sandbox->server().setFailRate(0);
        ContactStore reopened;
        QCOMPARE(reopened.open(path).describe(), QString());
        const QString cursor = reopened.syncValue(QStringLiteral("pull.cursor"));
        QVERIFY(!cursor.isEmpty());
        QVERIFY(reopened.syncValue(QStringLiteral("pull.full_done")).isEmpty());
        const qint64 before = reopened.contactCount();
        QCOMPARE(before, 30); // the first page, and no more
        SyncEngine engine(&reopened, m_client.get());
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            reopened.syncValue(QStringLiteral("pull.full_done")) == QLatin1String("1"), 15000);
        QCOMPARE(reopened.contactCount(), 60);
        QVERIFY(reopened.syncValue(QStringLiteral("pull.cursor")).isEmpty());
    }

    void stoppingWhileAnEditIsOnItsWayThenStartingAgainSendsIt()
    {
        // The update's read passes; its PUT waits at the server's gate, so
        // the engine is stopped while the request is surely on its way.
        Sandbox::SandboxServer &server = m_sandbox->server();
        server.holdRequestsAfter(QStringLiteral("/v1/contact/10007"), 1);
        QVERIFY(m_store->editContact(10007, {{Field::first, QStringLiteral("Restarted")}}));
        m_engine->pushNow();
        QTRY_COMPARE_WITH_TIMEOUT(server.heldCount(), 1, 30000);
        QVERIFY(!m_store->outbox().isEmpty() && m_store->outbox().first().attempts > 0);
        m_engine->stop(); // the request on its way is dropped
        // The server does the work after the client has gone (its answer is
        // lost), before the engine starts again.
        server.releaseHeld(true);
        QTRY_COMPARE_WITH_TIMEOUT(serverContact(10007).value(QStringLiteral("first")).toString(),
                                  QStringLiteral("Restarted"), 30000);
        m_engine->start();
        QVERIFY(settled());
        QCOMPARE(serverContact(10007).value(QStringLiteral("first")).toString(),
                 QStringLiteral("Restarted"));
    }

    void ourOwnEarlierEditsAreNotConflicts()
    {
        m_engine->stop();
        m_store->editContact(10050, {{Field::first, QStringLiteral("One")}});
        m_store->editContact(
            10050, {{Field::first, QStringLiteral("Two")}, {Field::last, QStringLiteral("Later")}});
        m_store->editContact(10050, {{Field::first, QStringLiteral("Three")}});
        const qint64 created = m_store->createContact(
            {{Field::phone, QStringLiteral("14155550194")}, {Field::first, QStringLiteral("A")}});
        m_store->editContact(
            created, {{Field::first, QStringLiteral("B")}, {Field::last, QStringLiteral("C")}});
        m_store->editContact(created, {{Field::first, QStringLiteral("D")}});
        m_engine->pushNow();
        QVERIFY(settled());
        QCOMPARE(m_store->conflictCount(), 0);
        QCOMPARE(m_store->failedCount(), 0);
        const QJsonObject server = serverContact(10050);
        QCOMPARE(server.value(QStringLiteral("first")).toString(), QStringLiteral("Three"));
        QCOMPARE(server.value(QStringLiteral("last")).toString(), QStringLiteral("Later"));
        const QJsonObject made =
            m_sandbox
                ->post(QStringLiteral("/v1/contact/get"),
                       QJsonObject{{QStringLiteral("phone"), QStringLiteral("14155550194")}})
                .object();
        QCOMPARE(made.value(QStringLiteral("first")).toString(), QStringLiteral("D"));
        QCOMPARE(made.value(QStringLiteral("last")).toString(), QStringLiteral("C"));
    }

    // An update reached the server but reading it back failed (the soak
    // found it: a 5xx or a lost connection on the GET after the PUT). The
    // entry was completed without the server's copy, so the next edit of
    // the same field was based on the copy from before our write and came
    // back as a conflict with our own edit. Now the entry goes again and
    // completes with what the server holds.
    void ourOwnEditIsNoConflictWhenItsReadBackFailed()
    {
        m_engine->stop();
        const QString path = QStringLiteral("/v1/contact/10051");
        QVERIFY(m_store->editContact(10051, {{Field::first, QStringLiteral("One")}}));
        const qint64 firstSeq = m_store->outbox().first().seq;
        Sandbox::SandboxServer &server = m_sandbox->server();
        server.holdRequestsAfter(path, 2); // GET and PUT pass; the read-back waits
        m_engine->pushNow(); // a push alone: no pull brings the server's copy meanwhile
        QTRY_COMPARE(server.heldCount(), 1);
        // The next edit of the field (an undo, say) while the first is on
        // its way: an entry of its own, based on the server's copy before.
        QVERIFY(m_store->editContact(10051, {{Field::first, QStringLiteral("Two")}}));
        QCOMPARE(m_store->outbox().size(), 2);
        server.setFailRate(1.0); // the read-back and its retries fail
        server.releaseHeld(false);
        // Until the first entry was dealt with: gone, or waiting after the failure.
        QTRY_VERIFY(m_store->outbox().isEmpty() || m_store->outbox().first().seq != firstSeq ||
                    !m_store->outbox().first().error.isEmpty());
        server.setFailRate(0);
        m_engine->pushNow();
        QVERIFY(settled());
        QCOMPARE(m_store->conflictCount(), 0);
        QCOMPARE(m_store->failedCount(), 0);
        QCOMPARE(serverContact(10051).value(QStringLiteral("first")).toString(),
                 QStringLiteral("Two"));
    }

    // Edits of different contacts go side by side (four on their way at
    // once; one at a time, a bulk edit of 10,000 contacts took hours), one
    // contact's in order; a create waits for them and goes alone.
    void editsOfDifferentContactsGoSideBySide()
    {
        m_engine->stop();
        for (qint64 id = 10001; id <= 10006; ++id)
            QVERIFY(m_store->editContact(id, {{Field::first, QStringLiteral("Side%1").arg(id)}}));
        QVERIFY(m_store->editContact(10001, {{Field::first, QStringLiteral("Later")}}));
        const qint64 created =
            m_store->createContact({{Field::phone, QStringLiteral("14155550195")},
                                    {Field::first, QStringLiteral("Alone")}});
        QVERIFY(created < 0);
        Sandbox::SandboxServer &server = m_sandbox->server();
        // Every read of those contacts waits at the gate: each update's
        // first request is its read.
        server.holdRequestsUnder(QStringLiteral("/v1/contact/1000"), 0);
        m_engine->pushNow(); // a push alone: no pull
        QTRY_COMPARE_WITH_TIMEOUT(server.heldCount(), SyncEngine::maxPushes, 30000);
        // The create is not on its way beside them.
        QCOMPARE(m_sandbox
                     ->post(QStringLiteral("/v1/contact/get"),
                            QJsonObject{{QStringLiteral("phone"), QStringLiteral("14155550195")}})
                     .status,
                 404);
        server.releaseHeld(true);
        QVERIFY(settled());
        QCOMPARE(m_store->conflictCount(), 0);
        QCOMPARE(m_store->failedCount(), 0);
        QCOMPARE(serverContact(10001).value(QStringLiteral("first")).toString(),
                 QStringLiteral("Later"));
        for (qint64 id = 10002; id <= 10006; ++id)
            QCOMPARE(serverContact(id).value(QStringLiteral("first")).toString(),
                     QStringLiteral("Side%1").arg(id));
        QCOMPARE(m_sandbox
                     ->post(QStringLiteral("/v1/contact/get"),
                            QJsonObject{{QStringLiteral("phone"), QStringLiteral("14155550195")}})
                     .object()
                     .value(QStringLiteral("first"))
                     .toString(),
                 QStringLiteral("Alone"));
    }

    // Edits of phones go side by side too, except one that takes a number
    // another contact gives up in an edit on its way: it waits for that
    // one (the server refuses two contacts with one number).
    void aNumberGivenUpIsTakenOnlyAfterward()
    {
        m_engine->stop();
        const QString given = serverContact(10011).value(QStringLiteral("phone")).toString();
        QVERIFY(!given.isEmpty());
        QVERIFY(m_store->editContact(10011, {{Field::phone, QStringLiteral("14155550188")}}));
        QVERIFY(m_store->editContact(10012, {{Field::phone, given}}));
        Sandbox::SandboxServer &server = m_sandbox->server();
        server.holdRequestsAfter(QStringLiteral("/v1/contact/10011"), 1); // its PUT waits
        m_engine->pushNow();
        QTRY_COMPARE_WITH_TIMEOUT(server.heldCount(), 1, 30000);
        server.releaseHeld(true);
        QVERIFY(settled());
        QCOMPARE(m_store->failedCount(), 0);
        QCOMPARE(m_store->conflictCount(), 0);
        QCOMPARE(serverContact(10011).value(QStringLiteral("phone")).toString(),
                 QStringLiteral("14155550188"));
        QCOMPARE(serverContact(10012).value(QStringLiteral("phone")).toString(), given);
    }

    // A contact deleted and another made with its phone (the undo of a
    // create made again, as the soak does): the delete fails and waits; the
    // create must not go before it (the server refuses a second contact
    // with one phone, and the create would fail for good).
    void aCreateWaitsForAnOlderDeleteOfItsPhone()
    {
        m_engine->stop();
        SyncEngine::Options options;
        options.intervalMs = 3600 * 1000;
        options.offlineProbeMs = 100;
        options.retry = {1000000, 60000, 60000, 0}; // a failed entry waits a minute
        SyncEngine engine(m_store.get(), m_client.get(), options);
        // One push first: the team is confirmed, later pushes ask no more.
        QVERIFY(m_store->editContact(10053, {{Field::first, QStringLiteral("Warm")}}));
        engine.pushNow();
        QTRY_VERIFY(m_store->outbox().isEmpty());
        const QString phone = serverContact(10052).value(QStringLiteral("phone")).toString();
        QVERIFY(m_store->deleteContact(10052));
        QVERIFY(m_store->createContact(
            {{Field::phone, phone}, {Field::first, QStringLiteral("Again")}}));
        const QList<Store::OutboxEntry> entries = m_store->outbox();
        QCOMPARE(entries.size(), 2);
        const qint64 deleteSeq = entries.at(0).seq;
        const qint64 createSeq = entries.at(1).seq;
        m_sandbox->server().setFailRate(1.0);
        engine.pushNow();
        QTRY_VERIFY(!m_store->entry(deleteSeq)->error.isEmpty() &&
                    !m_store->entry(createSeq)->error.isEmpty());
        QCOMPARE(m_store->entry(createSeq)->attempts, 0); // never sent while the delete waits
        m_sandbox->server().setFailRate(0);
        QVERIFY(m_store->retry(deleteSeq)); // as the user's "retry now"
        engine.pushNow();
        QTRY_VERIFY_WITH_TIMEOUT(m_store->outbox().isEmpty(), 10000);
        QCOMPARE(m_store->failedCount(), 0);
        const HttpResult found = m_sandbox->post(QStringLiteral("/v1/contact/get"),
                                                 QJsonObject{{QStringLiteral("phone"), phone}});
        QCOMPARE(found.status, 200);
        QCOMPARE(found.object().value(QStringLiteral("first")).toString(), QStringLiteral("Again"));
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/contact/10052")).status, 404);
    }

    // The team question before a push failed with a 5xx (or a 429) after
    // the client's retries: it is asked again, and the edit goes. Before,
    // nothing asked again until the next sync (a day for contactdesk-cli,
    // whose `edit` then never returned).
    void aFailedTeamQuestionIsAskedAgain()
    {
        m_engine->stop();
        SyncEngine::Options options;
        options.intervalMs = 24 * 3600 * 1000; // as contactdesk-cli: no sync comes to help
        options.offlineProbeMs = 100;
        options.retry = {1000000, 20, 200, 0.5};
        SyncEngine engine(m_store.get(), m_client.get(), options);
        QVERIFY(m_store->editContact(10054, {{Field::first, QStringLiteral("Asked again")}}));
        m_sandbox->server().setFailRate(1.0);
        engine.pushNow(); // a new engine asks GET /v1/team first
        QTRY_VERIFY(!engine.status().lastError.isEmpty());
        m_sandbox->server().setFailRate(0);
        QVERIFY(Tests::waitUntilSettled(engine, *m_store, 10000));
        QCOMPARE(serverContact(10054).value(QStringLiteral("first")).toString(),
                 QStringLiteral("Asked again"));
    }

    void offlineEditsReachTheServerWhenItReturns()
    {
        m_sandbox.reset(); // the server goes away
        m_store->editContact(10001, {{Field::first, QStringLiteral("Offline edit")}});
        const qint64 created =
            m_store->createContact({{Field::phone, QStringLiteral("14155550192")},
                                    {Field::first, QStringLiteral("Made offline")}});
        QVERIFY(created < 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->status().connection,
                                  SyncEngine::Status::Connection::Offline, 15000);
        QCOMPARE(m_store->pendingCount(), 2);
        QCOMPARE(m_store->contact(10001)->fields.value(Field::first).toString(),
                 QStringLiteral("Offline edit"));
        QVERIFY(!m_engine->status().lastError.isEmpty());

        startServer(0); // same port, same data
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->status().connection,
                                  SyncEngine::Status::Connection::Online, 15000);
        QVERIFY(settled());
        QCOMPARE(serverContact(10001).value(QStringLiteral("first")).toString(),
                 QStringLiteral("Offline edit"));
        QCOMPARE(m_sandbox
                     ->post(QStringLiteral("/v1/contact/get"),
                            QJsonObject{{QStringLiteral("phone"), QStringLiteral("14155550192")}})
                     .status,
                 200);
    }

    void transientFailuresAreRetried()
    {
        m_sandbox->server().setFailRate(0.6);
        for (int i = 0; i < 5; ++i)
            m_store->editContact(10010 + i, {{Field::last, QStringLiteral("Retried %1").arg(i)}});
        m_engine->pushNow();
        QVERIFY(settled(60000));
        m_sandbox->server().setFailRate(0);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(serverContact(10010 + i).value(QStringLiteral("last")).toString(),
                     QStringLiteral("Retried %1").arg(i));
        QCOMPARE(m_store->failedCount(), 0);
    }

    void permanentFailuresStayVisible()
    {
        m_store->editContact(10020, {{Field::email, QStringLiteral("not-an-email")}});
        m_engine->pushNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_store->failedCount(), 1, 15000);
        const auto c = m_store->contact(10020);
        QCOMPARE(c->state, StoredContact::State::Failed);
        QVERIFY2(c->error.contains(QStringLiteral("email")), qPrintable(c->error));
        QCOMPARE(c->fields.value(Field::email).toString(),
                 QStringLiteral("not-an-email")); // still shown
        const qint64 seq = m_store->outbox().at(0).seq;
        m_store->retry(seq);
        QTRY_COMPARE_WITH_TIMEOUT(m_store->failedCount(), 1, 15000);
        m_store->discard(seq);
        QCOMPARE(m_store->outbox().size(), 0);
        QCOMPARE(m_store->contact(10020)->fields.value(Field::email),
                 m_store->contact(10020)->server.value(Field::email));
    }

    void differentFieldsMergeSameFieldConflicts()
    {
        const QString phone = serverContact(10030).value(QStringLiteral("phone")).toString();
        // Someone else changes the first name; we change a custom value.
        m_sandbox->put(QStringLiteral("/v1/contact/10030"),
                       QJsonObject{{QStringLiteral("phone"), phone},
                                   {QStringLiteral("first"), QStringLiteral("Theirs")}});
        m_store->editContact(10030, {{QStringLiteral("custom.26"), QStringLiteral("2027-01-01")}});
        QVERIFY(settled());
        QJsonObject server = serverContact(10030);
        QCOMPARE(server.value(QStringLiteral("first")).toString(), QStringLiteral("Theirs"));
        QCOMPARE(server.value(QStringLiteral("custom"))
                     .toObject()
                     .value(QStringLiteral("26"))
                     .toString(),
                 QStringLiteral("2027-01-01"));
        QCOMPARE(m_store->contact(10030)->fields.value(Field::first).toString(),
                 QStringLiteral("Theirs"));

        // Both change the last name: a conflict, with both values.
        m_sandbox->put(QStringLiteral("/v1/contact/10030"),
                       QJsonObject{{QStringLiteral("phone"), phone},
                                   {QStringLiteral("last"), QStringLiteral("Their last")}});
        m_store->editContact(10030, {{Field::last, QStringLiteral("My last")}});
        m_engine->pushNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_store->conflictCount(), 1, 15000);
        const OutboxEntry entry = m_store->outbox().at(0);
        QCOMPARE(
            entry.conflicts.value(Field::last).toObject().value(QStringLiteral("mine")).toString(),
            QStringLiteral("My last"));
        QCOMPARE(entry.conflicts.value(Field::last)
                     .toObject()
                     .value(QStringLiteral("theirs"))
                     .toString(),
                 QStringLiteral("Their last"));
        QCOMPARE(m_store->contact(10030)->state, StoredContact::State::Conflict);
        QCOMPARE(serverContact(10030).value(QStringLiteral("last")).toString(),
                 QStringLiteral("Their last")); // nothing pushed
        m_store->resolveConflict(entry.seq, Field::last, true);
        QVERIFY(settled());
        QCOMPARE(serverContact(10030).value(QStringLiteral("last")).toString(),
                 QStringLiteral("My last"));
        QCOMPARE(m_store->contact(10030)->state, StoredContact::State::Synced);
    }

    void reconciliationFindsServerDeletions()
    {
        QCOMPARE(m_sandbox->del(QStringLiteral("/v1/contact/10040")).status, 200);
        QVERIFY(m_store->contact(10040));
        m_engine->reconcileNow();
        QVERIFY(settled());
        QTRY_VERIFY(!m_engine->status().reconciling);
        QVERIFY(!m_store->contact(10040));
        QCOMPARE(m_store->contactCount(), 59);
    }

    void createThatReachedTheServerBeforeACrashIsNotDoubled()
    {
        m_engine->stop();
        const qint64 local = m_store->createContact({{Field::phone, QStringLiteral("14155550193")},
                                                     {Field::first, QStringLiteral("Once")}});
        // The first attempt was sent and reached the server; then the process died.
        m_store->markSent(m_store->outbox().at(0).seq);
        QCOMPARE(m_sandbox
                     ->post(QStringLiteral("/v1/contact"),
                            QJsonObject{{QStringLiteral("phone"), QStringLiteral("14155550193")},
                                        {QStringLiteral("first"), QStringLiteral("Once")}})
                     .status,
                 200);
        const qint64 before = m_sandbox->server().contactCount();
        m_engine->pushNow();
        QVERIFY(settled());
        QCOMPARE(m_sandbox->server().contactCount(), before);
        QVERIFY(!m_store->contact(local));
        QVERIFY(m_store->contactByPhone(QStringLiteral("14155550193"))->id > 0);
        QCOMPARE(m_store->failedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
