// Every request type against a real sandbox started by the test: success
// and error paths, typed results, typed errors.

#include "api/ContactRequests.h"
#include "api/ContactV2Requests.h"
#include "api/DirectoryRequests.h"
#include "api/HeymarketClient.h"
#include "api/MessageRequests.h"
#include "tests/common/SandboxFixture.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace ContactDesk;
using namespace ContactDesk::Api;
using namespace ContactDesk::Tests;

namespace {

bool run(ApiRequest &request)
{
    QSignalSpy finished(&request, &ApiRequest::finished);
    request.start();
    return finished.wait(15000);
}

#define RUN_OK(request)                                                                            \
    do {                                                                                           \
        QVERIFY(run(request));                                                                     \
        QVERIFY2(!(request).error().isError(), qPrintable((request).error().describe()));          \
    } while (false)

// The field an error names: in the lenient reading the sandbox's JSON error
// names it; in the strict one the body is the message as plain text, which
// the client keeps as the message (and no field).
#define EXPECT_FIELD(error, name)                                                                  \
    do {                                                                                           \
        if (strict()) {                                                                            \
            QVERIFY2((error).field.isEmpty(), qPrintable((error).field));                          \
            QVERIFY(!(error).message.isEmpty());                                                   \
            QVERIFY(!(error).message.startsWith(QLatin1Char('{')));                                \
            QVERIFY2((error).message.startsWith(QStringLiteral(name ": ")),                        \
                     qPrintable((error).message));                                                 \
        } else {                                                                                   \
            QCOMPARE((error).field, QStringLiteral(name));                                         \
        }                                                                                          \
    } while (false)

ContactWrite person(const QString &phone, const QString &first = QStringLiteral("Ana"))
{
    ContactWrite write;
    write.phone = phone;
    write.first = first;
    return write;
}

} // namespace

class TestApiEndpoints : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HeymarketClient> m_client;

    bool strict() const
    {
        return m_sandbox->server().options().reading == Sandbox::Reading::Strict;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>(40);
        QVERIFY(m_sandbox->isRunning());
        m_network = std::make_unique<QNetworkAccessManager>();
        HeymarketClient::Config config;
        config.baseUrl = m_sandbox->baseUrl();
        config.credentials = Credentials::fromApiKey(QString::fromLatin1(SandboxFixture::apiKey));
        config.retry.baseDelayMs = 5;
        m_client = std::make_unique<HeymarketClient>(m_network.get(), config);
    }
    void cleanup()
    {
        m_client.reset();
        m_network.reset();
        m_sandbox.reset();
    }

    void contactsV1Lifecycle()
    {
        ContactWrite write = person(QStringLiteral("14155550100"));
        write.last = QStringLiteral("Silva");
        write.email = QStringLiteral("ana@example.com");
        write.tagIds = QList<qint64>{1, 2};
        write.custom = QMap<QString, QString>{{QStringLiteral("12"), QStringLiteral("Premium")}};
        write.owner = std::optional<qint64>(103);
        CreateContactRequest create(m_client.get(), write);
        RUN_OK(create);
        const WriteResult created = create.result();
        QVERIFY(created.id > 0);
        QCOMPARE(created.rev, 1);
        QVERIFY(!created.uuid.isEmpty());

        GetContactRequest get(m_client.get(), created.id);
        RUN_OK(get);
        QCOMPARE(get.contact().displayName, QStringLiteral("Ana Silva"));
        QCOMPARE(get.contact().tagIds, (QList<qint64>{1, 2}));
        QCOMPARE(get.contact().ownerId.value_or(0), 103);
        QCOMPARE(get.contact().custom.value(QStringLiteral("12")), QStringLiteral("Premium"));

        ContactWrite update;
        update.phone = QStringLiteral("14155550100");
        update.custom = QMap<QString, QString>{{QStringLiteral("19"), QStringLiteral("AC-1")}};
        update.owner = std::optional<qint64>();
        UpdateContactRequest merge(m_client.get(), created.id, update, false);
        RUN_OK(merge);
        QCOMPARE(merge.result().rev, 2);
        FindContactRequest byPhone(m_client.get(),
                                   ContactKey::byPhone(QStringLiteral("14155550100")));
        RUN_OK(byPhone);
        QCOMPARE(byPhone.contact().custom.size(), 2);
        QVERIFY(!byPhone.contact().ownerId);
        UpdateContactRequest replace(m_client.get(), created.id, update, true);
        RUN_OK(replace);
        FindContactRequest byId(m_client.get(), ContactKey::byId(created.id));
        RUN_OK(byId);
        QCOMPARE(byId.contact().custom.keys(), QStringList{QStringLiteral("19")});

        SetContactStatusRequest block(m_client.get(), ContactKey::byId(created.id),
                                      ContactStatusChange::Blocked);
        RUN_OK(block);
        SetContactStatusRequest optOut(m_client.get(),
                                       ContactKey::byPhone(QStringLiteral("14155550100")),
                                       ContactStatusChange::Unsubscribed);
        RUN_OK(optOut);
        ContactStatusRequest status(m_client.get(), ContactKey::byId(created.id));
        RUN_OK(status);
        QVERIFY(status.status().blocked);
        QVERIFY(status.status().unsubscribed);

        DeleteContactRequest remove(m_client.get(), created.id);
        RUN_OK(remove);
        GetContactRequest gone(m_client.get(), created.id);
        QVERIFY(run(gone));
        QCOMPARE(gone.error().kind, ApiError::Kind::NotFound);
        QCOMPARE(gone.error().httpStatus, 404);
    }

    void contactsV1Errors()
    {
        CreateContactRequest badPhone(m_client.get(), person(QStringLiteral("+14155550100")));
        QVERIFY(run(badPhone));
        QCOMPARE(badPhone.error().kind, ApiError::Kind::BadRequest);
        EXPECT_FIELD(badPhone.error(), "phone");
        QVERIFY(!badPhone.error().requestId.isEmpty());

        ContactWrite sixTags = person(QStringLiteral("14155550101"));
        sixTags.tagIds = QList<qint64>{1, 2, 3, 4, 5, 6};
        CreateContactRequest tooMany(m_client.get(), sixTags);
        QVERIFY(run(tooMany));
        EXPECT_FIELD(tooMany.error(), "tags");

        UpdateContactRequest missing(m_client.get(), 999999, person(QStringLiteral("14155550102")),
                                     false);
        QVERIFY(run(missing));
        QCOMPARE(missing.error().kind, ApiError::Kind::NotFound);
        FindContactRequest nobody(m_client.get(),
                                  ContactKey::byPhone(QStringLiteral("14155550199")));
        QVERIFY(run(nobody));
        QCOMPARE(nobody.error().kind, ApiError::Kind::NotFound);
        ContactStatusRequest noStatus(m_client.get(), ContactKey::byId(999999));
        QVERIFY(run(noStatus));
        QCOMPARE(noStatus.error().kind, ApiError::Kind::NotFound);
        SetContactStatusRequest noSet(m_client.get(), ContactKey::byId(999999),
                                      ContactStatusChange::Active);
        QVERIFY(run(noSet));
        QCOMPARE(noSet.error().kind, ApiError::Kind::NotFound);
        DeleteContactRequest noDelete(m_client.get(), 999999);
        QVERIFY(run(noDelete));
        QCOMPARE(noDelete.error().kind, ApiError::Kind::NotFound);
        ListContactsRequest badCursor(m_client.get(),
                                      {QStringLiteral("yesterday"), 0, 30, false, std::nullopt});
        QVERIFY(run(badCursor));
        EXPECT_FIELD(badCursor.error(), "date");
        CountContactsRequest badCount(m_client.get(), QStringLiteral("soon"));
        QVERIFY(run(badCount));
        QCOMPARE(badCount.error().kind, ApiError::Kind::BadRequest);
    }

    void listCountAndBatch()
    {
        CountContactsRequest count(m_client.get());
        RUN_OK(count);
        QCOMPARE(count.count(), 40);
        ListContactsRequest page(m_client.get(), {});
        RUN_OK(page);
        QCOMPARE(page.contacts().size(), 30);
        QVERIFY(!page.contacts().first().updatedText.isEmpty());

        BatchCreateContactsRequest batch(
            m_client.get(),
            {person(QStringLiteral("14155550110"), QStringLiteral("One")),
             person(QStringLiteral("+14155550111"), QStringLiteral("Bad")),
             person(QStringLiteral("14155550112"), QStringLiteral("Two"))},
            false);
        RUN_OK(batch);
        QCOMPARE(batch.result().failed.size(), 1);
        QCOMPARE(batch.result().failed.at(0).phone, QStringLiteral("+14155550111"));
        QCOMPARE(batch.result().failed.at(0).field, QStringLiteral("[1].phone"));
        BatchCreateContactsRequest clean(m_client.get(), {person(QStringLiteral("14155550113"))},
                                         true);
        RUN_OK(clean);
        QVERIFY(clean.result().failed.isEmpty());
        CountContactsRequest after(m_client.get());
        RUN_OK(after);
        QCOMPARE(after.count(), 43);
    }

    void contactsV2AndChannels()
    {
        ContactWrite write;
        write.first = QStringLiteral("Bo");
        write.channels = {
            Channel{{}, {}, QStringLiteral("phone"), QStringLiteral("14155550120"), {}, {}, 0, 0},
            Channel{
                {}, {}, QStringLiteral("email"), QStringLiteral("bo@example.com"), {}, {}, 0, 0}};
        CreateContactV2Request create(m_client.get(), write);
        RUN_OK(create);
        const QString uuid = create.result().uuid;

        GetContactV2Request get(m_client.get(), uuid);
        RUN_OK(get);
        QCOMPARE(get.contact().uuid, uuid);
        QCOMPARE(get.contact().channels.size(), 2);
        QCOMPARE(get.contact().channels.at(0).contactId, uuid);

        ContactWrite update; // the whole record: the strict reading clears what it omits
        update.phone = QStringLiteral("14155550120");
        update.first = QStringLiteral("Bo");
        update.last = QStringLiteral("Diddley");
        update.email = QStringLiteral("bo@example.com");
        UpdateContactV2Request put(m_client.get(), uuid, update, false);
        RUN_OK(put);
        QCOMPARE(put.contact().displayName, QStringLiteral("Bo Diddley"));
        QCOMPARE(put.contact().rev, 2);

        AddChannelRequest add(m_client.get(), uuid,
                              {{},
                               {},
                               QStringLiteral("phone"),
                               QStringLiteral("14155550121"),
                               QStringLiteral("work"),
                               {},
                               0,
                               0});
        RUN_OK(add);
        QCOMPARE(add.channels().size(), 3);
        UpdateChannelRequest change(
            m_client.get(), uuid,
            {{}, {}, QStringLiteral("email"), QStringLiteral("bo2@example.com"), {}, {}, 0, 0});
        RUN_OK(change);
        ListChannelsRequest list(m_client.get(), uuid);
        RUN_OK(list);
        QCOMPARE(list.channels().at(1).value, QStringLiteral("bo2@example.com"));
        GetChannelRequest one(m_client.get(), uuid, QStringLiteral("email"));
        RUN_OK(one);
        QCOMPARE(one.channel().value, QStringLiteral("bo2@example.com"));
        DeleteChannelRequest drop(m_client.get(), uuid, QStringLiteral("phone"),
                                  QStringLiteral("14155550120"));
        RUN_OK(drop);
        GetContactV2Request promoted(m_client.get(), uuid);
        RUN_OK(promoted);
        QCOMPARE(promoted.contact().phone, QStringLiteral("14155550121"));

        SearchContactsRequest search(
            m_client.get(),
            {{{}, {QStringLiteral("bo2@example.com"), QStringLiteral("14155550121")}}});
        RUN_OK(search);
        QCOMPARE(search.contacts().size(), 1);
        ListContactsV2Request v2List(m_client.get(), {{}, 1, 10, false, std::nullopt});
        RUN_OK(v2List);
        QCOMPARE(v2List.contacts().size(), 10);
        QVERIFY(!v2List.contacts().first().uuid.isEmpty());

        ContactWrite bulkUpdate;
        bulkUpdate.contactUuid = uuid;
        bulkUpdate.phone = promoted.contact().phone; // strict: required when it has one
        bulkUpdate.first = QStringLiteral("Ellas");
        ContactWrite bulkCreate;
        bulkCreate.phone = QStringLiteral("14155550122");
        ContactWrite bulkBad;
        bulkBad.phone = QStringLiteral("555");
        BulkContactsV2Request bulk(m_client.get(), {bulkUpdate, bulkCreate, bulkBad}, false);
        RUN_OK(bulk);
        QCOMPARE(bulk.result().contacts.size(), 2);
        QCOMPARE(bulk.result().failed.size(), 1);
        QCOMPARE(bulk.result().failed.at(0).phone, QStringLiteral("555"));

        BulkDeleteContactsV2Request bulkDelete(m_client.get(),
                                               {uuid, bulk.result().contacts.at(1).uuid});
        RUN_OK(bulkDelete);
        DeleteContactV2Request again(m_client.get(), uuid);
        QVERIFY(run(again));
        QCOMPARE(again.error().kind, ApiError::Kind::NotFound);
    }

    void contactsV2Errors()
    {
        GetContactV2Request v1Id(m_client.get(), QStringLiteral("10001"));
        QVERIFY(run(v1Id));
        QCOMPARE(v1Id.error().kind, ApiError::Kind::BadRequest);
        EXPECT_FIELD(v1Id.error(), "contactID");
        CreateContactV2Request noChannel(m_client.get(), ContactWrite());
        QVERIFY(run(noChannel));
        EXPECT_FIELD(noChannel.error(), "contact_channels");
        ListChannelsRequest unknown(m_client.get(),
                                    QStringLiteral("00000000-0000-4000-8000-000000000000"));
        QVERIFY(run(unknown));
        QCOMPARE(unknown.error().kind, ApiError::Kind::NotFound);
        SearchContactsRequest vague(m_client.get(), {{{}, {QStringLiteral("jordan")}}});
        QVERIFY(run(vague));
        QCOMPARE(vague.error().kind, ApiError::Kind::BadRequest);
    }

    void directory()
    {
        ListCustomFieldsRequest fields(m_client.get());
        RUN_OK(fields);
        QVERIFY(fields.fields().size() >= 5);
        CreateCustomFieldsRequest createFields(m_client.get(),
                                               {QStringLiteral("Tier"), QStringLiteral("plan")});
        RUN_OK(createFields);
        QVERIFY(!createFields.fields().at(0).duplicate);
        QVERIFY(createFields.fields().at(1).duplicate);

        CreateTagRequest createTag(m_client.get(), QStringLiteral("Gold"),
                                   QStringLiteral("#FFD700"));
        RUN_OK(createTag);
        GetTagRequest getTag(m_client.get(), createTag.result().id);
        RUN_OK(getTag);
        QCOMPARE(getTag.tag().name, QStringLiteral("Gold"));
        ListTagsRequest tags(m_client.get());
        RUN_OK(tags);
        QCOMPARE(tags.tags().first().id, createTag.result().id);
        DeleteTagRequest deleteTag(m_client.get(), createTag.result().id);
        RUN_OK(deleteTag);
        // An existing name is never refused: the lenient sandbox answers the
        // tag the team has, the strict one makes a second tag of that name
        // (Sync::DirectoryWrites looks a name up before creating).
        CreateTagRequest duplicate(m_client.get(), QStringLiteral("vip"));
        RUN_OK(duplicate);
        QCOMPARE(duplicate.result().id == 1, !strict());
        CreateTagRequest badColor(m_client.get(), QStringLiteral("Silver"), QStringLiteral("grey"));
        QVERIFY(run(badColor));
        EXPECT_FIELD(badColor.error(), "color");
        GetTagRequest noTag(m_client.get(), createTag.result().id);
        QVERIFY(run(noTag));
        QCOMPARE(noTag.error().kind, ApiError::Kind::NotFound);

        GetTeamRequest team(m_client.get());
        RUN_OK(team);
        QCOMPARE(team.team().id, 7);
        QVERIFY(team.team().members.size() >= 5);
        GetUsersRequest users(m_client.get(), {}, {QStringLiteral("tom@harbourstreet.example")});
        RUN_OK(users);
        QCOMPARE(users.users().size(), 1);
        GetUsersRequest noUsers(m_client.get(), {}, {});
        QVERIFY(run(noUsers));
        QCOMPARE(noUsers.error().kind, ApiError::Kind::BadRequest);
        ListInboxesRequest inboxes(m_client.get());
        RUN_OK(inboxes);
        QVERIFY(inboxes.inboxes().size() >= 2);
        QVERIFY(!inboxes.inboxes().first().phone.isEmpty());
    }

    void wrongCredentials()
    {
        m_client->setCredentials(Credentials::fromApiKey(QStringLiteral("nope")));
        ListInboxesRequest inboxes(m_client.get());
        QVERIFY(run(inboxes));
        QCOMPARE(inboxes.error().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(inboxes.attempts(), 1);
        QVERIFY(!inboxes.error().describe().contains(QStringLiteral("nope")));
    }

    void messaging()
    {
        MessageSend sms;
        sms.inboxId = 413;
        sms.creatorId = 101;
        sms.phone = QStringLiteral("14155550160");
        sms.text = QStringLiteral("Your order is ready");
        sms.localId = QStringLiteral("cd-msg-1");
        SendMessageRequest send(m_client.get(), sms);
        RUN_OK(send);
        QVERIFY(send.result().id > 0);
        QVERIFY(send.result().date > 0);

        // The answer is lost after the server recorded the message: the
        // retry carries the same local_id and does not send it twice.
        m_sandbox->server().dropNextRequests(1);
        sms.localId = QStringLiteral("cd-msg-2");
        sms.text = QStringLiteral("Second");
        // (Qt itself may re-send a POST whose connection closed before the
        // answer; either way the server answers the repeat from local_id.)
        SendMessageRequest retried(m_client.get(), sms);
        RUN_OK(retried);
        // Without a local_id our client never sends it again.
        m_sandbox->server().dropNextRequests(1);
        sms.localId.clear();
        sms.text = QStringLiteral("Third");
        SendMessageRequest unsafe(m_client.get(), sms);
        QVERIFY(run(unsafe));
        QCOMPARE(unsafe.attempts(), 1);

        MessageHistoryRequest history(m_client.get(), QStringLiteral("14155550160"), 413);
        RUN_OK(history);
        const auto sent = [&history](const QString &text) {
            return std::count_if(history.messages().cbegin(), history.messages().cend(),
                                 [&text](const Message &m) { return m.text == text; });
        };
        QCOMPARE(sent(QStringLiteral("Your order is ready")), 1);
        QCOMPARE(sent(QStringLiteral("Second")), 1); // answer lost, not sent twice
        QVERIFY(sent(QStringLiteral("Third")) >= 1);
        QCOMPARE(history.messages().last().id, send.result().id); // newest first
        QCOMPARE(history.messages().last().type, QStringLiteral("sms"));
        QCOMPARE(history.messages().last().userId, 101);
        QVERIFY(history.messages().last().conversationId > 0);

        // Refusals name the field.
        sms.phone = QStringLiteral("+14155550160");
        SendMessageRequest bad(m_client.get(), sms);
        QVERIFY(run(bad));
        QCOMPARE(bad.error().kind, ApiError::Kind::BadRequest);
        EXPECT_FIELD(bad.error(), "phone_number");

        ListInboxesRequest inboxes(m_client.get());
        RUN_OK(inboxes);
        const auto email = std::find_if(inboxes.inboxes().cbegin(), inboxes.inboxes().cend(),
                                        [](const Inbox &inbox) { return inbox.id == 415; });
        QVERIFY(email != inboxes.inboxes().cend());
        QVERIFY(email->phones.isEmpty()); // the seeded email inbox

        EmailSend mail;
        mail.inboxId = 415;
        mail.creatorId = 102;
        mail.to = {QStringLiteral("alice@example.com")};
        mail.cc = {QStringLiteral("carol@example.com")};
        mail.title = QStringLiteral("Your refund");
        mail.html = QStringLiteral("<p>Hello</p>");
        mail.plain = QStringLiteral("Hello");
        mail.localId = QStringLiteral("cd-mail-1");
        m_sandbox->advanceClock(3); // distinct milliseconds for the conversations' cursor below
        SendEmailRequest thread(m_client.get(), mail);
        RUN_OK(thread);
        QVERIFY(thread.result().conversationId > 0);
        QVERIFY(thread.result().queued);
        EmailSend answer;
        answer.inboxId = 415;
        answer.creatorId = 102;
        answer.conversationId = thread.result().conversationId;
        answer.html = QStringLiteral("<p>Done</p>");
        SendEmailRequest reply(m_client.get(), answer);
        RUN_OK(reply);
        QCOMPARE(reply.result().conversationId, thread.result().conversationId);

        // Conversations: member 101 is in the SMS inbox 413 and the email
        // inbox 415; newest activity first.
        ListConversationsRequest conversations(m_client.get(), 101);
        RUN_OK(conversations);
        QCOMPARE(conversations.conversations().size(), 2);
        const Conversation &email2 = conversations.conversations().first();
        QCOMPARE(email2.channel, QStringLiteral("email"));
        QCOMPARE(email2.id, thread.result().conversationId);
        QCOMPARE(email2.target, QStringLiteral("alice@example.com"));
        ListConversationsRequest older(m_client.get(), 101, {413, 415}, email2.updatedText);
        RUN_OK(older);
        QCOMPARE(older.conversations().size(), 1);
        QCOMPARE(older.conversations().first().target, QStringLiteral("14155550160"));
        GetConversationRequest one(m_client.get(), older.conversations().first().id);
        RUN_OK(one);
        QCOMPARE(one.result().inboxId, 413);
        QCOMPARE(one.result().status, QStringLiteral("open"));
    }

    void templates()
    {
        ListTemplatesRequest seeded(m_client.get()); // the demo team's
        RUN_OK(seeded);
        CreateTemplateRequest create(m_client.get(), QStringLiteral("Welcome"),
                                     QStringLiteral("Hi {{first_name}}"),
                                     QStringLiteral("tpl-local-1"));
        RUN_OK(create);
        QVERIFY(create.result().id > 0);
        QCOMPARE(create.result().uuid, QStringLiteral("tpl-local-1"));
        ListTemplatesRequest list(m_client.get());
        RUN_OK(list);
        QCOMPARE(list.templates().size(), seeded.templates().size() + 1);
        QCOMPARE(list.templates().first().name, QStringLiteral("Welcome")); // the newest
        QCOMPARE(list.templates().first().text, QStringLiteral("Hi {{first_name}}"));
        UpdateTemplateRequest update(m_client.get(), create.result().id,
                                     QStringLiteral("Welcome back"), QStringLiteral("Hello"));
        RUN_OK(update);
        QCOMPARE(update.result().rev, 2);
        GetTemplateRequest get(m_client.get(), create.result().id);
        RUN_OK(get);
        QCOMPARE(get.result().name, QStringLiteral("Welcome back"));
        QCOMPARE(get.result().text, QStringLiteral("Hello"));
        QCOMPARE(get.result().localId, QStringLiteral("tpl-local-1"));
        QVERIFY(get.result().updated > 0);
        DeleteTemplateRequest remove(m_client.get(), create.result().id);
        RUN_OK(remove);
        GetTemplateRequest gone(m_client.get(), create.result().id);
        QVERIFY(run(gone));
        QCOMPARE(gone.error().kind, ApiError::Kind::NotFound);
    }

    void lists()
    {
        // The answer to the create is lost: the retry carries the same
        // local_id and finds the list the first attempt made.
        m_sandbox->server().dropNextRequests(1);
        CreateListRequest create(
            m_client.get(), QStringLiteral("Regulars"), QStringLiteral("cd-list-1"),
            {{}, {QStringLiteral("14155550170"), QStringLiteral("14155550171")}, {}});
        RUN_OK(create);
        QVERIFY(create.result().id > 0);
        QCOMPARE(create.result().uuid, QStringLiteral("cd-list-1"));
        CreateListRequest again(m_client.get(), QStringLiteral("Regulars"),
                                QStringLiteral("cd-list-1"), {});
        RUN_OK(again);
        QCOMPARE(again.result().id, create.result().id);

        MessageSend broadcast;
        broadcast.inboxId = 413;
        broadcast.creatorId = 101;
        broadcast.listId = create.result().id;
        broadcast.localId = QStringLiteral("cd-broadcast-1");
        broadcast.text = QStringLiteral("Fresh bread at 7");
        SendMessageRequest send(m_client.get(), broadcast);
        RUN_OK(send);
        MessageHistoryRequest first(m_client.get(), QStringLiteral("14155550171"), 413);
        RUN_OK(first);
        QCOMPARE(first.messages().size(), 1);
        QCOMPARE(first.messages().first().text, QStringLiteral("Fresh bread at 7"));

        ListUpdate update;
        update.title = QStringLiteral("Morning regulars");
        update.remove.phones = {QStringLiteral("14155550171")};
        update.add.phones = {QStringLiteral("14155550172")};
        UpdateListRequest change(m_client.get(), create.result().id, update);
        RUN_OK(change);
        QCOMPARE(change.result().rev, 2);
        broadcast.localId = QStringLiteral("cd-broadcast-2");
        SendMessageRequest second(m_client.get(), broadcast);
        RUN_OK(second);
        MessageHistoryRequest removed(m_client.get(), QStringLiteral("14155550171"), 413);
        RUN_OK(removed);
        QCOMPARE(removed.messages().size(), 1);
        MessageHistoryRequest added(m_client.get(), QStringLiteral("14155550172"), 413);
        RUN_OK(added);
        QCOMPARE(added.messages().size(), 1);

        DeleteListRequest remove(m_client.get(), create.result().id);
        RUN_OK(remove);
        DeleteListRequest gone(m_client.get(), create.result().id);
        QVERIFY(run(gone));
        QCOMPARE(gone.error().kind, ApiError::Kind::NotFound);
    }

    void readsBothReadings_data()
    {
        QTest::addColumn<QString>("reading");
        QTest::newRow("lenient") << QStringLiteral("lenient");
        QTest::newRow("strict") << QStringLiteral("strict");
    }
    void readsBothReadings()
    {
        // Every shape the strict reading answers is read: the wrapped inbox
        // list, bare tag ids, v1 contacts without uuid or channels, errors
        // as plain text (kept as the message), a 429 without Retry-After
        // (the retry policy backs off by itself).
        QFETCH(QString, reading);
        Sandbox::Options options;
        options.reading = *Sandbox::readingFromName(reading);
        SandboxFixture sandbox(5, options);
        const bool strictSandbox = sandbox.server().options().reading == Sandbox::Reading::Strict;
        QNetworkAccessManager network;
        HeymarketClient::Config config;
        config.baseUrl = sandbox.baseUrl();
        config.credentials = Credentials::fromApiKey(QString::fromLatin1(SandboxFixture::apiKey));
        config.retry.baseDelayMs = 5;
        HeymarketClient client(&network, config);

        ListInboxesRequest inboxes(&client);
        RUN_OK(inboxes);
        QCOMPARE(inboxes.inboxes().size(), 3);
        QCOMPARE(inboxes.inboxes().at(0).id, 413);
        QCOMPARE(inboxes.inboxes().at(2).id, 415);

        ContactWrite write = person(QStringLiteral("14155550177"));
        write.tagIds = QList<qint64>{2, 3};
        CreateContactRequest create(&client, write);
        RUN_OK(create);
        GetContactRequest get(&client, create.result().id);
        RUN_OK(get);
        QCOMPARE(get.contact().tagIds, (QList<qint64>{2, 3}));
        QVERIFY(get.contact().uuid.isEmpty());
        QVERIFY(get.contact().channels.isEmpty());
        QCOMPARE(get.contact().phone, QStringLiteral("14155550177"));
        ListContactsRequest list(&client, {});
        RUN_OK(list);
        QCOMPARE(list.contacts().first().tagIds, (QList<qint64>{2, 3}));

        FindContactRequest nobody(&client, ContactKey::byPhone(QStringLiteral("14155550199")));
        QVERIFY(run(nobody));
        QCOMPARE(nobody.error().kind, ApiError::Kind::NotFound);
        QCOMPARE(nobody.error().message, QStringLiteral("no contact with phone 14155550199"));
        QVERIFY(nobody.error().describe().contains(QStringLiteral("no contact with phone")));

        client.setRetryPolicy({1, 5, 20, 0.5});
        sandbox.advanceClock(61000); // a new minute: the requests above are out of it
        sandbox.server().setRateLimitPerMinute(1);
        ListInboxesRequest first(&client);
        RUN_OK(first);
        ListInboxesRequest limited(&client);
        QVERIFY(run(limited));
        QCOMPARE(limited.error().kind, ApiError::Kind::RateLimited);
        QVERIFY(limited.error().isTransient());
        QCOMPARE(limited.error().retryAfterMs.has_value(), !strictSandbox);
        QVERIFY(limited.error().message.contains(QStringLiteral("requests in the current minute")));
    }

    void survivesInjectedFaults()
    {
        m_sandbox->server().setFailRate(0.5);
        m_client->setRetryPolicy({8, 5, 20, 0.5});
        for (int i = 0; i < 10; ++i) {
            ListContactsRequest page(m_client.get(), {});
            RUN_OK(page);
            QCOMPARE(page.contacts().size(), 30);
        }
        m_sandbox->server().setFailRate(0);
        // A create whose answer is dropped after the server made it.
        m_sandbox->server().dropNextRequests(1);
        CreateContactRequest create(m_client.get(), person(QStringLiteral("14155550150")));
        QVERIFY(run(create));
        QVERIFY2(!create.error().isError(), qPrintable(create.error().describe()));
        QVERIFY(create.recovered());
        QVERIFY(!create.result().uuid.isEmpty());
        QCOMPARE(m_sandbox->server().contactCount(), 41); // not doubled
    }
};

QTEST_GUILESS_MAIN(TestApiEndpoints)
#include "tst_api_endpoints.moc"
