// Messaging as the sandbox serves it (spec section 11): SMS/MMS and email
// sends recorded, never delivered; one target family; local_id
// de-duplication; blocked and opted-out contacts refused; the inbox decides
// SMS or email; the history of a conversation.

#include "tests/common/SandboxFixture.h"

#include <QTest>
#include <QUrlQuery>

using namespace ContactDesk;
using namespace ContactDesk::Tests;

class TestSandboxMessages : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;

    // The seeded team: inbox 413 (SMS, members 101-105), 415 (email).
    static QJsonObject sms(const QJsonObject &extra)
    {
        QJsonObject body{{QStringLiteral("inbox_id"), 413}, {QStringLiteral("creator_id"), 101}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        return body;
    }

    HttpResult send(const QJsonObject &body)
    {
        return m_sandbox->post(QStringLiteral("/v1/message/send"), body);
    }

    QJsonArray history(const QString &phone, int inbox = 413)
    {
        return m_sandbox
            ->get(QStringLiteral("/v1/messages?phoneNumber=%1&inboxID=%2").arg(phone).arg(inbox))
            .array();
    }

    void makeContact(const QString &phone, const QString &status)
    {
        QCOMPARE(
            m_sandbox
                ->post(QStringLiteral("/v1/contact"), QJsonObject{{QStringLiteral("phone"), phone}})
                .status,
            200);
        if (!status.isEmpty())
            QCOMPARE(m_sandbox->setStatus(phone, status), 200);
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>(20);
        QVERIFY(m_sandbox->isRunning());
    }
    void cleanup() { m_sandbox.reset(); }

    void smsIsRecordedAndShowsInTheHistory()
    {
        HttpResult result =
            send(sms({{QStringLiteral("phone_number"), QStringLiteral("14155550101")},
                      {QStringLiteral("text"), QStringLiteral("Your table is ready")}}));
        QCOMPARE(result.status, 200);
        const qint64 id = result.object().value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        QVERIFY(!result.object().value(QStringLiteral("date")).toString().isEmpty());
        QVERIFY(!result.object().contains(QStringLiteral("gallery_url")));

        result =
            send(sms({{QStringLiteral("phone_number"), QStringLiteral("14155550101")},
                      {QStringLiteral("text"), QStringLiteral("Photo")},
                      {QStringLiteral("media_url"), QStringLiteral("https://example.com/a.jpg")}}));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.object().value(QStringLiteral("gallery_url")).toString(),
                 QStringLiteral("https://example.com/a.jpg"));

        const QJsonArray messages = history(QStringLiteral("14155550101"));
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("mms")); // newest first
        QCOMPARE(messages.at(1).toObject().value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(messages.at(1).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Your table is ready"));
        QCOMPARE(messages.at(1).toObject().value(QStringLiteral("user")).toInteger(), 101);
        QVERIFY(history(QStringLiteral("14155550101"), 414).isEmpty());
        // A reply into the conversation by its id.
        const qint64 chat = messages.at(0)
                                .toObject()
                                .value(QStringLiteral("conversation"))
                                .toObject()
                                .value(QStringLiteral("id"))
                                .toInteger();
        QCOMPARE(send(sms({{QStringLiteral("chat_id"), chat},
                           {QStringLiteral("text"), QStringLiteral("See you")}}))
                     .status,
                 200);
        QCOMPARE(history(QStringLiteral("14155550101")).size(), 3);
    }

    void aRepeatedLocalIdSendsOnce()
    {
        const QJsonObject body =
            sms({{QStringLiteral("phone_number"), QStringLiteral("14155550102")},
                 {QStringLiteral("text"), QStringLiteral("Once")},
                 {QStringLiteral("local_id"), QStringLiteral("cd-7f3a")}});
        const HttpResult first = send(body);
        const HttpResult second = send(body);
        QCOMPARE(first.status, 200);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.object(), first.object());
        QCOMPARE(history(QStringLiteral("14155550102")).size(), 1);
    }

    void targetsAndContentAreChecked_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        const QJsonValue phone = QStringLiteral("14155550103");
        const QJsonValue text = QStringLiteral("Hi");
        QTest::newRow("no target")
            << sms({{QStringLiteral("text"), text}}) << 400 << QStringLiteral("phone_number");
        QTest::newRow("phone and chat") << sms({{QStringLiteral("phone_number"), phone},
                                                {QStringLiteral("chat_id"), 1},
                                                {QStringLiteral("text"), text}})
                                        << 400 << QStringLiteral("chat_id");
        QTest::newRow("two families") << sms({{QStringLiteral("phone_number"), phone},
                                              {QStringLiteral("targets"), QJsonArray{phone}},
                                              {QStringLiteral("text"), text}})
                                      << 400 << QStringLiteral("phone_number");
        QTest::newRow("list without local_id")
            << sms({{QStringLiteral("list_id"), 5}, {QStringLiteral("text"), text}}) << 400
            << QStringLiteral("local_id");
        QTest::newRow("no content")
            << sms({{QStringLiteral("phone_number"), phone}}) << 400 << QStringLiteral("text");
        QTest::newRow("phone with plus")
            << sms({{QStringLiteral("phone_number"), QStringLiteral("+14155550103")},
                    {QStringLiteral("text"), text}})
            << 400 << QStringLiteral("phone_number");
        QTest::newRow("bad group member")
            << sms({{QStringLiteral("targets"), QJsonArray{phone, QStringLiteral("555")}},
                    {QStringLiteral("text"), text}})
            << 400 << QStringLiteral("targets[1]");
        QTest::newRow("media not a URL")
            << sms({{QStringLiteral("phone_number"), phone},
                    {QStringLiteral("media_url"), QStringLiteral("file:///etc/passwd")}})
            << 400 << QStringLiteral("media_url");
        QTest::newRow("unknown inbox") << QJsonObject{{QStringLiteral("inbox_id"), 999},
                                                      {QStringLiteral("creator_id"), 101},
                                                      {QStringLiteral("phone_number"), phone},
                                                      {QStringLiteral("text"), text}}
                                       << 400 << QStringLiteral("inbox_id");
        QTest::newRow("sender without access")
            << QJsonObject{{QStringLiteral("inbox_id"), 413},
                           {QStringLiteral("creator_id"), 108},
                           {QStringLiteral("phone_number"), phone},
                           {QStringLiteral("text"), text}}
            << 403 << QStringLiteral("creator_id");
        QTest::newRow("SMS from the email inbox")
            << QJsonObject{{QStringLiteral("inbox_id"), 415},
                           {QStringLiteral("creator_id"), 101},
                           {QStringLiteral("phone_number"), phone},
                           {QStringLiteral("text"), text}}
            << 400 << QStringLiteral("inbox_id");
    }
    void targetsAndContentAreChecked()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        const HttpResult result = send(body);
        QCOMPARE(result.status, status);
        QCOMPARE(result.errorField(), field);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/messages?phoneNumber=14155550103&inboxID=413"))
                     .array()
                     .size(),
                 0);
    }

    void blockedAndOptedOutContactsAreRefused()
    {
        makeContact(QStringLiteral("14155550111"), QStringLiteral("unsubscribed"));
        makeContact(QStringLiteral("14155550112"), QStringLiteral("blocked"));
        makeContact(QStringLiteral("14155550113"), QString());
        HttpResult result =
            send(sms({{QStringLiteral("phone_number"), QStringLiteral("14155550111")},
                      {QStringLiteral("text"), QStringLiteral("Hi")}}));
        QCOMPARE(result.status, 400);
        QVERIFY(result.object()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("opted out")));
        result = send(sms({{QStringLiteral("phone_number"), QStringLiteral("14155550112")},
                           {QStringLiteral("text"), QStringLiteral("Hi")}}));
        QCOMPARE(result.status, 400);
        QVERIFY(result.object()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("blocked")));
        // A group with one opted-out member is refused as a whole.
        result = send(sms({{QStringLiteral("targets"), QJsonArray{QStringLiteral("14155550113"),
                                                                  QStringLiteral("14155550111")}},
                           {QStringLiteral("text"), QStringLiteral("Hi all")}}));
        QCOMPARE(result.status, 400);
        QCOMPARE(result.errorField(), QStringLiteral("targets[1]"));
        // A private note to the team is not a message to the contact.
        QCOMPARE(send(sms({{QStringLiteral("phone_number"), QStringLiteral("14155550111")},
                           {QStringLiteral("text"), QStringLiteral("Asked us to stop")},
                           {QStringLiteral("private"), true}}))
                     .status,
                 200);
        QCOMPARE(send(sms({{QStringLiteral("phone_number"), QStringLiteral("14155550113")},
                           {QStringLiteral("text"), QStringLiteral("Hi")}}))
                     .status,
                 200);
    }

    void listsAndBroadcasts()
    {
        const auto createContact = [this](const QString &phone, const QString &first) {
            const HttpResult made = m_sandbox->post(
                QStringLiteral("/v1/contact"),
                QJsonObject{{QStringLiteral("phone"), phone}, {QStringLiteral("first"), first}});
            return made.object().value(QStringLiteral("id")).toInteger();
        };
        const qint64 ann = createContact(QStringLiteral("14155550121"), QStringLiteral("Ann"));
        const qint64 bo = createContact(QStringLiteral("14155550122"), QStringLiteral("Bo"));
        QVERIFY(ann > 0 && bo > 0);
        QCOMPARE(
            m_sandbox->setStatus(QStringLiteral("14155550122"), QStringLiteral("unsubscribed")),
            200);

        const QJsonObject create{
            {QStringLiteral("title"), QStringLiteral("Regulars")},
            {QStringLiteral("type"), QStringLiteral("contacts")},
            {QStringLiteral("local_id"), QStringLiteral("list-1")},
            {QStringLiteral("contacts"), QJsonArray{ann, bo}},
            {QStringLiteral("phones"), QJsonArray{QStringLiteral("14155550123")}},
            {QStringLiteral("emails"), QJsonArray{QStringLiteral("New@Example.com")}}};
        HttpResult result = m_sandbox->post(QStringLiteral("/v2/lists"), create);
        QCOMPARE(result.status, 200);
        const qint64 listId = result.object().value(QStringLiteral("id")).toInteger();
        QVERIFY(listId > 0);
        QCOMPARE(result.object().value(QStringLiteral("rev")).toInteger(), 1);
        QCOMPARE(result.object().value(QStringLiteral("uuid")).toString(),
                 QStringLiteral("list-1"));
        // The same local_id again: the same list, not a second one.
        QCOMPARE(m_sandbox->post(QStringLiteral("/v2/lists"), create)
                     .object()
                     .value(QStringLiteral("id"))
                     .toInteger(),
                 listId);
        // Unknown numbers and addresses became contacts.
        const QJsonArray found =
            m_sandbox
                ->post(QStringLiteral("/v2/contacts/search"),
                       QJsonObject{{QStringLiteral("contact_channels"),
                                    QJsonArray{QJsonObject{
                                        {QStringLiteral("channel_type"), QStringLiteral("email")},
                                        {QStringLiteral("channel_ids"),
                                         QJsonArray{QStringLiteral("new@example.com")}}}}}})
                .array();
        QCOMPARE(found.size(), 1);

        // Refusals name the field.
        const auto refused = [this](const QJsonObject &body) {
            return m_sandbox->post(QStringLiteral("/v2/lists"), body).errorField();
        };
        QCOMPARE(refused({{QStringLiteral("local_id"), QStringLiteral("x")}}),
                 QStringLiteral("title"));
        QCOMPARE(refused({{QStringLiteral("title"), QStringLiteral("x")}}),
                 QStringLiteral("local_id"));
        QCOMPARE(refused({{QStringLiteral("title"), QStringLiteral("x")},
                          {QStringLiteral("local_id"), QStringLiteral("x")},
                          {QStringLiteral("contacts"), QJsonArray{ann, 999999}}}),
                 QStringLiteral("contacts[1]"));
        QCOMPARE(refused({{QStringLiteral("title"), QStringLiteral("x")},
                          {QStringLiteral("local_id"), QStringLiteral("x")},
                          {QStringLiteral("phones"), QJsonArray{QStringLiteral("555")}}}),
                 QStringLiteral("phones[0]"));

        // A broadcast reaches the reachable members, each with their merge values.
        const QJsonObject broadcast =
            sms({{QStringLiteral("list_id"), listId},
                 {QStringLiteral("local_id"), QStringLiteral("broadcast-1")},
                 {QStringLiteral("text"), QStringLiteral("Hi {{first_name}}, bread is out")}});
        result = send(broadcast);
        QCOMPARE(result.status, 200);
        const qint64 broadcastId = result.object().value(QStringLiteral("id")).toInteger();
        QVERIFY(broadcastId > 0);
        QCOMPARE(send(broadcast).object().value(QStringLiteral("id")).toInteger(), broadcastId);
        QJsonArray annHistory = history(QStringLiteral("14155550121"));
        QCOMPARE(annHistory.size(), 1);
        QCOMPARE(annHistory.at(0).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Hi Ann, bread is out"));
        QCOMPARE(annHistory.at(0).toObject().value(QStringLiteral("broadcast_id")).toInteger(),
                 broadcastId);
        QCOMPARE(history(QStringLiteral("14155550122")).size(), 0); // opted out
        QCOMPARE(history(QStringLiteral("14155550123")).size(), 1);

        // Update: rename, remove Ann, add a number; rev goes up.
        result = m_sandbox->put(
            QStringLiteral("/v2/lists/%1").arg(listId),
            QJsonObject{{QStringLiteral("title"), QStringLiteral("Weekend regulars")},
                        {QStringLiteral("remove_contacts"), QJsonArray{ann}},
                        {QStringLiteral("add_phones"), QJsonArray{QStringLiteral("14155550124")}}});
        QCOMPARE(result.status, 200);
        QCOMPARE(result.object().value(QStringLiteral("rev")).toInteger(), 2);
        QCOMPARE(m_sandbox
                     ->put(QStringLiteral("/v2/lists/%1").arg(listId),
                           QJsonObject{{QStringLiteral("add_contacts"), QJsonArray{0}}})
                     .errorField(),
                 QStringLiteral("add_contacts[0]"));
        QCOMPARE(send(sms({{QStringLiteral("list_id"), listId},
                           {QStringLiteral("local_id"), QStringLiteral("broadcast-2")},
                           {QStringLiteral("text"), QStringLiteral("Closed on Monday")}}))
                     .status,
                 200);
        QCOMPARE(history(QStringLiteral("14155550121")).size(), 1);
        QCOMPARE(history(QStringLiteral("14155550123")).size(), 2);
        QCOMPARE(history(QStringLiteral("14155550124")).size(), 1);

        // Delete: the list goes, the contacts stay.
        result = m_sandbox->del(QStringLiteral("/v2/lists/%1").arg(listId));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.object().value(QStringLiteral("deleted")).toBool(), true);
        QCOMPARE(m_sandbox->del(QStringLiteral("/v2/lists/%1").arg(listId)).status, 404);
        QCOMPARE(send(sms({{QStringLiteral("list_id"), listId},
                           {QStringLiteral("local_id"), QStringLiteral("broadcast-3")},
                           {QStringLiteral("text"), QStringLiteral("Hi")}}))
                     .errorField(),
                 QStringLiteral("list_id"));
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/contact/%1").arg(ann)).status, 200);
    }

    void emailThreadsRepliesAndLocalIds()
    {
        const QJsonObject body{{QStringLiteral("inbox"), 415},
                               {QStringLiteral("creator_id"), 102},
                               {QStringLiteral("targets"),
                                QJsonArray{QStringLiteral("to:alice@example.com, bob@example.com"),
                                           QStringLiteral("cc:carol@example.com")}},
                               {QStringLiteral("conv_title"), QStringLiteral("Your refund")},
                               {QStringLiteral("text"), QStringLiteral("<p>Hello</p>")},
                               {QStringLiteral("raw_text"), QStringLiteral("Hello")},
                               {QStringLiteral("local_id"), QStringLiteral("e-123")}};
        HttpResult result = m_sandbox->post(QStringLiteral("/v1/email/send"), body);
        QVERIFY2(result.status == 200, result.raw.constData());
        const QJsonObject answer = result.object();
        QVERIFY(answer.value(QStringLiteral("id")).toInteger() > 0);
        QVERIFY(answer.value(QStringLiteral("convo_id")).toInteger() > 0);
        QCOMPARE(answer.value(QStringLiteral("queued")).toBool(), true);
        QVERIFY(answer.value(QStringLiteral("compliance_results")).isObject());
        // The same local_id: the same answer, no second message.
        QCOMPARE(m_sandbox->post(QStringLiteral("/v1/email/send"), body).object(), answer);
        // A reply keeps the thread.
        result = m_sandbox->post(
            QStringLiteral("/v1/email/send"),
            QJsonObject{{QStringLiteral("inbox"), 415},
                        {QStringLiteral("creator_id"), 102},
                        {QStringLiteral("convo_id"), answer.value(QStringLiteral("convo_id"))},
                        {QStringLiteral("text"), QStringLiteral("<p>Done</p>")}});
        QCOMPARE(result.status, 200);
        QCOMPARE(result.object().value(QStringLiteral("convo_id")),
                 answer.value(QStringLiteral("convo_id")));

        const auto refused = [this](const QJsonObject &bad) {
            return m_sandbox->post(QStringLiteral("/v1/email/send"), bad);
        };
        QJsonObject wrong = body;
        wrong.insert(QStringLiteral("targets"), QJsonArray{QStringLiteral("bcc:x@example.com")});
        QCOMPARE(refused(wrong).errorField(), QStringLiteral("targets[0]"));
        wrong.insert(QStringLiteral("targets"), QJsonArray{QStringLiteral("to:not-an-address")});
        QCOMPARE(refused(wrong).errorField(), QStringLiteral("targets[0]"));
        wrong.insert(QStringLiteral("targets"), QJsonArray{QStringLiteral("cc:a@example.com")});
        QCOMPARE(refused(wrong).errorField(), QStringLiteral("targets"));
        wrong = body;
        wrong.insert(QStringLiteral("inbox"), 999); // no such inbox
        QCOMPARE(refused(wrong).errorField(), QStringLiteral("inbox"));
        wrong = body;
        wrong.remove(QStringLiteral("text"));
        QCOMPARE(refused(wrong).errorField(), QStringLiteral("text"));
        wrong = body;
        wrong.insert(QStringLiteral("convo_id"), 1); // both targets and convo_id
        QCOMPARE(refused(wrong).errorField(), QStringLiteral("targets"));
    }

    void emailFromAnSmsInboxByReading_data()
    {
        QTest::addColumn<QString>("reading");
        QTest::newRow("lenient") << QStringLiteral("lenient");
        QTest::newRow("strict") << QStringLiteral("strict");
    }
    void emailFromAnSmsInboxByReading()
    {
        // 10/11.2: the inbox object has no field that says it sends email.
        // Lenient: any inbox may (the contract's example works for whatever
        // inbox it names); strict: only the inboxes the sandbox knows as
        // email inboxes (415), others refused on `inbox`.
        QFETCH(QString, reading);
        const bool strict = reading == QLatin1String("strict");
        Sandbox::Options options;
        options.reading = *Sandbox::readingFromName(reading);
        SandboxFixture sandbox(0, options);
        const auto send = [&sandbox](int inbox) {
            return sandbox.post(QStringLiteral("/v1/email/send"),
                                QJsonObject{{QStringLiteral("inbox"), inbox},
                                            {QStringLiteral("creator_id"), 101},
                                            {QStringLiteral("targets"),
                                             QJsonArray{QStringLiteral("to:alice@example.com")}},
                                            {QStringLiteral("text"), QStringLiteral("<p>Hi</p>")}});
        };
        QCOMPARE(send(415).status, 200);
        const HttpResult fromSms = send(413);
        QCOMPARE(fromSms.status, strict ? 400 : 200);
        if (strict)
            QVERIFY2(fromSms.raw.contains("cannot send email"), fromSms.raw.constData());
        else
            QVERIFY(fromSms.object().value(QStringLiteral("convo_id")).toInteger() > 0);
        // SMS still needs an inbox with a phone number, in either reading.
        QCOMPARE(
            sandbox
                .post(QStringLiteral("/v1/message/send"),
                      QJsonObject{{QStringLiteral("inbox_id"), 415},
                                  {QStringLiteral("creator_id"), 101},
                                  {QStringLiteral("phone_number"), QStringLiteral("14155550100")},
                                  {QStringLiteral("text"), QStringLiteral("Hi")}})
                .status,
            400);
    }

    void templatesAndTheirMergeTokens()
    {
        const qsizetype seeded = // the demo team's
            m_sandbox->post(QStringLiteral("/v1/templates"), QJsonObject()).array().size();
        HttpResult created = m_sandbox->post(
            QStringLiteral("/v1/template"),
            QJsonObject{{QStringLiteral("title"), QStringLiteral("Welcome")},
                        {QStringLiteral("local_id"), QStringLiteral("tpl-1")},
                        {QStringLiteral("content"),
                         QJsonObject{{QStringLiteral("text"),
                                      QStringLiteral("Hey {{first_name}} {{ last_name }}, "
                                                     "plan {{Plan}} {{unknown}}")}}}});
        QCOMPARE(created.status, 200);
        const qint64 id = created.object().value(QStringLiteral("id")).toInteger();
        QCOMPARE(created.object().value(QStringLiteral("rev")).toInt(), 1);
        QCOMPARE(created.object().value(QStringLiteral("uuid")).toString(),
                 QStringLiteral("tpl-1"));
        // Written as title, read back as name.
        QJsonObject got = m_sandbox->get(QStringLiteral("/v1/template/%1").arg(id)).object();
        QCOMPARE(got.value(QStringLiteral("name")).toString(), QStringLiteral("Welcome"));
        QVERIFY(got.value(QStringLiteral("content"))
                    .toObject()
                    .value(QStringLiteral("gallery"))
                    .isArray());

        // A send with template_id renders its tokens for the contact.
        const HttpResult contact =
            m_sandbox->post(QStringLiteral("/v1/contact"),
                            QJsonObject{{QStringLiteral("phone"), QStringLiteral("14155550121")},
                                        {QStringLiteral("first"), QStringLiteral("Zoë")},
                                        {QStringLiteral("last"), QStringLiteral("Quill")}});
        QCOMPARE(contact.status, 200);
        QCOMPARE(send(sms({{QStringLiteral("phone_number"), QStringLiteral("14155550121")},
                           {QStringLiteral("template_id"), id}}))
                     .status,
                 200);
        QCOMPARE(history(QStringLiteral("14155550121"))
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
                 QStringLiteral("Hey Zoë Quill, plan  {{unknown}}"));
        QCOMPARE(send(sms({{QStringLiteral("phone_number"), QStringLiteral("14155550121")},
                           {QStringLiteral("template_id"), id},
                           {QStringLiteral("text"), QStringLiteral("both")}}))
                     .errorField(),
                 QStringLiteral("text"));

        QCOMPARE(
            m_sandbox
                ->put(QStringLiteral("/v1/template/%1").arg(id),
                      QJsonObject{{QStringLiteral("title"), QStringLiteral("Welcome back")},
                                  {QStringLiteral("content"),
                                   QJsonObject{{QStringLiteral("text"), QStringLiteral("Hi")}}}})
                .object()
                .value(QStringLiteral("rev"))
                .toInt(),
            2);
        got = m_sandbox->get(QStringLiteral("/v1/template/%1").arg(id)).object();
        QCOMPARE(got.value(QStringLiteral("name")).toString(), QStringLiteral("Welcome back"));
        QCOMPARE(got.value(QStringLiteral("local_id")).toString(), QStringLiteral("tpl-1"));
        QCOMPARE(m_sandbox->post(QStringLiteral("/v1/templates"), QJsonObject()).array().size(),
                 seeded + 1);

        QCOMPARE(m_sandbox
                     ->post(QStringLiteral("/v1/template"),
                            QJsonObject{{QStringLiteral("title"), QStringLiteral("x")}})
                     .errorField(),
                 QStringLiteral("content"));
        QCOMPARE(
            m_sandbox
                ->post(QStringLiteral("/v1/template"),
                       QJsonObject{{QStringLiteral("content"),
                                    QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}}}})
                .errorField(),
            QStringLiteral("title"));
        QCOMPARE(m_sandbox->del(QStringLiteral("/v1/template/%1").arg(id)).status, 200);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/template/%1").arg(id)).status, 404);
        QCOMPARE(m_sandbox->post(QStringLiteral("/v1/templates"), QJsonObject()).array().size(),
                 seeded);
    }

    void conversationsListAndGet()
    {
        QCOMPARE(send(sms({{QStringLiteral("phone_number"), QStringLiteral("14155550131")},
                           {QStringLiteral("text"), QStringLiteral("One")}}))
                     .status,
                 200);
        m_sandbox->advanceClock(3); // distinct milliseconds: the cursor compares them
        QCOMPARE(send(sms({{QStringLiteral("phone_number"), QStringLiteral("14155550132")},
                           {QStringLiteral("text"), QStringLiteral("Two")}}))
                     .status,
                 200);
        m_sandbox->advanceClock(3);
        QCOMPARE(m_sandbox
                     ->post(QStringLiteral("/v1/email/send"),
                            QJsonObject{{QStringLiteral("inbox"), 415},
                                        {QStringLiteral("creator_id"), 102},
                                        {QStringLiteral("targets"),
                                         QJsonArray{QStringLiteral("to:dee@example.com")}},
                                        {QStringLiteral("text"), QStringLiteral("Three")}})
                     .status,
                 200);
        const auto list = [this](const QJsonObject &body) {
            return m_sandbox->post(QStringLiteral("/v1/conversations"), body).array();
        };
        const QJsonArray all = list({});
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).toObject().value(QStringLiteral("channel")).toString(),
                 QStringLiteral("email")); // newest first
        QCOMPARE(all.at(1).toObject().value(QStringLiteral("target")).toString(),
                 QStringLiteral("14155550132"));
        QCOMPARE(all.at(1).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("open"));
        QCOMPARE(list({{QStringLiteral("filters"),
                        QJsonObject{{QStringLiteral("inboxes"), QJsonArray{413}}}}})
                     .size(),
                 2);
        // A member sees the conversations of their inboxes only.
        QCOMPARE(list({{QStringLiteral("id"), 105}}).size(), 2); // 413 only
        QCOMPARE(list({{QStringLiteral("id"), 108}}).size(), 0); // 414 only
        QVERIFY(list({{QStringLiteral("filters"), QJsonObject{{QStringLiteral("closed"), true}}}})
                    .isEmpty());
        // The cursor pages back.
        const QString newest = all.at(0).toObject().value(QStringLiteral("updated")).toString();
        QCOMPARE(list({{QStringLiteral("date"), newest}}).size(), 2);

        const qint64 id = all.at(1).toObject().value(QStringLiteral("id")).toInteger();
        const HttpResult one = m_sandbox->get(QStringLiteral("/v1/conversations/%1").arg(id));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.object().value(QStringLiteral("target")).toString(),
                 QStringLiteral("14155550132"));
        QCOMPARE(one.object().value(QStringLiteral("inbox")).toInteger(), 413);
        QCOMPARE(one.object().value(QStringLiteral("creator")).toInteger(), 101);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/conversations/99999")).status, 404);
    }

    void historyNeedsItsParameters()
    {
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/messages?inboxID=413")).errorField(),
                 QStringLiteral("phoneNumber"));
        QCOMPARE(
            m_sandbox->get(QStringLiteral("/v1/messages?phoneNumber=14155550101")).errorField(),
            QStringLiteral("inboxID"));
        QCOMPARE(m_sandbox
                     ->get(QStringLiteral(
                         "/v1/messages?phoneNumber=14155550101&inboxID=413&timestamp=soon"))
                     .errorField(),
                 QStringLiteral("timestamp"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxMessages)
#include "tst_sandbox_messages.moc"
