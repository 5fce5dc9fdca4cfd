// Every example request body of ../shared/heymarket-api.md, sent to the
// sandbox in both readings: each is accepted (2xx) and answered with the
// documented shape (its keys, a bare "ok"/"success", or an array). The ids an
// example names (98765, tag 55, inbox 202, ...) are replaced by ones the
// sandbox has; the bodies keep the example's shape exactly. (Bodies holding
// "//" or "#" are ordinary string literals: moc misreads those inside raw
// strings.)

#include "tests/common/SandboxFixture.h"

#include <QTest>

using namespace ContactDesk;
using namespace ContactDesk::Tests;

namespace {

QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (document.isNull())
        qFatal("bad example JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

QJsonArray parseArray(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).array();
}

QString describe(const HttpResult &result)
{
    return QStringLiteral("HTTP %1: %2").arg(result.status).arg(QString::fromUtf8(result.raw));
}

// 2xx and an object with every one of keys.
bool hasKeys(const HttpResult &result, const QStringList &keys, QString *why)
{
    *why = describe(result);
    if (result.status < 200 || result.status > 299 || !result.json.isObject())
        return false;
    const QJsonObject object = result.object();
    for (const QString &key : keys) {
        if (!object.contains(key)) {
            *why = QStringLiteral("no \"%1\" in %2").arg(key, describe(result));
            return false;
        }
    }
    return true;
}

bool isString(const HttpResult &result, const QString &text, QString *why)
{
    *why = describe(result);
    return result.status >= 200 && result.status <= 299 && result.json.isString() &&
           result.json.toString() == text;
}

bool isArray(const HttpResult &result, QString *why)
{
    *why = describe(result);
    return result.status >= 200 && result.status <= 299 && result.json.isArray();
}

bool isSuccess(const HttpResult &result, QString *why)
{
    *why = describe(result);
    return result.status >= 200 && result.status <= 299;
}

#define EXPECT(check)                                                                              \
    do {                                                                                           \
        QString why;                                                                               \
        QVERIFY2(check, qPrintable(why));                                                          \
    } while (false)

} // namespace

class TestSandboxContractExamples : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    bool m_strict = false;

    SandboxFixture &api() { return *m_sandbox; }

    qint64 createTag(const QString &name)
    {
        return api()
            .post(QStringLiteral("/v1/tag"), QJsonObject{{QStringLiteral("tag"), name}})
            .object()
            .value(QStringLiteral("id"))
            .toInteger();
    }
    qint64 createField(const QString &title)
    {
        return api()
            .post(QStringLiteral("/v1/contacts/fields"),
                  QJsonArray{QJsonObject{{QStringLiteral("title"), title}}})
            .array()
            .at(0)
            .toObject()
            .value(QStringLiteral("id"))
            .toInteger();
    }
    qint64 createContact(const QString &phone)
    {
        return api()
            .post(QStringLiteral("/v1/contact"), QJsonObject{{QStringLiteral("phone"), phone}})
            .object()
            .value(QStringLiteral("id"))
            .toInteger();
    }
    QString uuidOf(qint64 id)
    {
        // v1 answers need not carry the UUID: find it through the v2 list.
        const QJsonArray all = api()
                                   .post(QStringLiteral("/v2/contacts/list"),
                                         QJsonObject{{QStringLiteral("limit"), 100}})
                                   .array();
        for (const QJsonValue &c : all) {
            if (c.toObject().value(QStringLiteral("id")).toInteger() == id)
                return c.toObject().value(QStringLiteral("uuid")).toString();
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        QFETCH_GLOBAL(QString, reading);
        Sandbox::Options options;
        options.reading = *Sandbox::readingFromName(reading);
        m_strict = options.reading == Sandbox::Reading::Strict;
        m_sandbox = std::make_unique<SandboxFixture>(10, options);
        QVERIFY(m_sandbox->isRunning());
    }
    void cleanup() { m_sandbox.reset(); }

    void initTestCase_data()
    {
        QTest::addColumn<QString>("reading");
        QTest::newRow("lenient") << QStringLiteral("lenient");
        QTest::newRow("strict") << QStringLiteral("strict");
    }

    // Sections 4.x: contacts v1.
    void contactsV1()
    {
        const qint64 tag55 = createTag(QStringLiteral("Example A"));
        const qint64 tag56 = createTag(QStringLiteral("Example B"));
        QVERIFY(tag55 > 0 && tag56 > 0);
        // 4.1
        QJsonObject create = parse(R"({"phone": "15105553344", "first": "Jordan", "last": "Rivera",
            "email": "jordan.rivera@example.com", "tags": [{"tag_id": 55}, {"tag_id": 56}]})");
        create.insert(QStringLiteral("tags"),
                      QJsonArray{QJsonObject{{QStringLiteral("tag_id"), tag55}},
                                 QJsonObject{{QStringLiteral("tag_id"), tag56}}});
        const HttpResult created = api().post(QStringLiteral("/v1/contact"), create);
        EXPECT(hasKeys(
            created, {QStringLiteral("id"), QStringLiteral("rev"), QStringLiteral("uuid")}, &why));
        const qint64 id = created.object().value(QStringLiteral("id")).toInteger();

        // 4.2
        const HttpResult got = api().get(QStringLiteral("/v1/contact/%1").arg(id));
        EXPECT(
            hasKeys(got,
                    {QStringLiteral("id"), QStringLiteral("display_name"), QStringLiteral("first"),
                     QStringLiteral("last"), QStringLiteral("email"), QStringLiteral("phone")},
                    &why));

        // 4.3, custom keys are the sandbox's field ids
        const qint64 field123 = createField(QStringLiteral("Example plan"));
        const qint64 field456 = createField(QStringLiteral("Example renewal"));
        QJsonObject update = parse(R"({"phone": "15105553344", "first": "Jordan",
            "custom": {"123": "Premium", "456": "2026-06-01"}})");
        update.insert(QStringLiteral("custom"),
                      QJsonObject{{QString::number(field123), QStringLiteral("Premium")},
                                  {QString::number(field456), QStringLiteral("2026-06-01")}});
        const HttpResult updated =
            api().put(QStringLiteral("/v1/contact/%1?overwrite=false").arg(id), update);
        EXPECT(hasKeys(updated, {QStringLiteral("id"), QStringLiteral("rev")}, &why));

        // 4.5 (first page, then the guide's cursor)
        EXPECT(isArray(api().post(QStringLiteral("/v1/contacts"), QJsonObject()), &why));
        EXPECT(isArray(api().post(QStringLiteral("/v1/contacts"),
                                  parse(R"({"date": "2026-04-12T15:30:00Z"})")),
                       &why));
        // 4.6 (shape UNSPECIFIED: accepted)
        EXPECT(isSuccess(api().post(QStringLiteral("/v1/contacts/count"), QJsonObject()), &why));

        // 4.7
        const HttpResult byPhone =
            api().post(QStringLiteral("/v1/contact/get"), parse(R"({"phone": "15105553344"})"));
        EXPECT(hasKeys(byPhone, {QStringLiteral("id"), QStringLiteral("phone")}, &why));
        QCOMPARE(byPhone.object().value(QStringLiteral("id")).toInteger(), id);
        // 4.8
        EXPECT(hasKeys(
            api().post(QStringLiteral("/v1/contact/status"), parse(R"({"phone": "15105553344"})")),
            {QStringLiteral("id"), QStringLiteral("phone"), QStringLiteral("unsubscribed"),
             QStringLiteral("blocked")},
            &why));
        // 4.9: the example's id and phone name one contact
        const qint64 other = createContact(QStringLiteral("12345678900"));
        QVERIFY(other > 0);
        QJsonObject setStatus =
            parse(R"({"id": 10000, "phone": "12345678900", "status": "active"})");
        setStatus.insert(QStringLiteral("id"), other);
        EXPECT(isString(api().post(QStringLiteral("/v1/contact/set_status"), setStatus),
                        QStringLiteral("success"), &why));

        // 4.10
        const HttpResult batch = api().post(QStringLiteral("/v1/batch/contacts"), parseArray(R"([
            {"phone": "15105551234", "first": "Alice", "last": "Smith", "email": "alice@example.com", "is_opted_out": false},
            {"phone": "15105555678", "first": "Bob", "last": "Jones", "display_name": "Bob Jones"}])"));
        EXPECT(isString(batch, QStringLiteral("ok"), &why));

        // 4.4
        EXPECT(isString(api().del(QStringLiteral("/v1/contact/%1").arg(id)), QStringLiteral("ok"),
                        &why));
    }

    // Sections 5.x: contacts v2 and channels.
    void contactsV2()
    {
        const qint64 field12 = createField(QStringLiteral("Example tier"));
        const qint64 member42 = api()
                                    .get(QStringLiteral("/v1/team"))
                                    .object()
                                    .value(QStringLiteral("members"))
                                    .toArray()
                                    .at(1)
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toInteger();
        QVERIFY(member42 > 0);
        // 5.1
        QJsonObject create = parse(R"({
            "contact_channels": [
                {"channel_type": "phone", "channel_id": "14155551234"},
                {"channel_type": "email", "channel_id": "alice@example.com"}],
            "first": "Alice", "display_name": "Alice Smith",
            "custom": {"12": "Enterprise"}, "assignee_id": 42})");
        create.insert(QStringLiteral("custom"),
                      QJsonObject{{QString::number(field12), QStringLiteral("Enterprise")}});
        create.insert(QStringLiteral("assignee_id"), member42);
        const HttpResult created = api().post(QStringLiteral("/v2/contact"), create);
        EXPECT(hasKeys(
            created, {QStringLiteral("id"), QStringLiteral("rev"), QStringLiteral("uuid")}, &why));
        const QString uuid = created.object().value(QStringLiteral("uuid")).toString();

        // 5.2
        EXPECT(hasKeys(api().get(QStringLiteral("/v2/contact/") + uuid),
                       {QStringLiteral("id"), QStringLiteral("first")}, &why));

        // 5.3, on a contact of its own (the example's phone is its phone)
        const qint64 johnId = createContact(QStringLiteral("12345678900"));
        const QString john = uuidOf(johnId);
        QVERIFY(!john.isEmpty());
        const qint64 tag1 = createTag(QStringLiteral("Example one"));
        const qint64 tag2 = createTag(QStringLiteral("Example two"));
        QJsonObject update =
            parse("{ \"phone\": \"12345678900\", \"avatar\": "
                  "\"https://some.image.url.com/img.jpg\", \"custom\": {}, \"display_name\": "
                  "\"John Smith\", \"email\": \"john.s@heymarket.com\", \"first\": \"John\", "
                  "\"last\": \"Smith\", \"assignee_id\": 42, \"tags\": [{\"tag_id\": 1}, "
                  "{\"tag_id\": 2}], \"is_opted_out\": true, \"email_suppressions\": [123]}");
        update.insert(QStringLiteral("assignee_id"), member42);
        update.insert(QStringLiteral("tags"),
                      QJsonArray{QJsonObject{{QStringLiteral("tag_id"), tag1}},
                                 QJsonObject{{QStringLiteral("tag_id"), tag2}}});
        EXPECT(hasKeys(api().put(QStringLiteral("/v2/contact/") + john, update),
                       {QStringLiteral("id"), QStringLiteral("first"), QStringLiteral("phone")},
                       &why));

        // 5.5 (both examples)
        EXPECT(isArray(api().post(QStringLiteral("/v2/contacts/search"), parse(R"(
            {"contact_channels": [{"channel_type": "phone", "channel_ids": ["14155551234", "14155559876"]}]})")),
                       &why));
        const HttpResult untyped = api().post(QStringLiteral("/v2/contacts/search"), parse(R"(
            {"contact_channels": [{"channel_ids": ["14155551234"]}]})"));
        EXPECT(isArray(untyped, &why));
        QCOMPARE(untyped.array().size(), 1);
        // 5.6
        EXPECT(isArray(api().post(QStringLiteral("/v2/contacts/list"), parse(R"(
            {"limit": 30, "page": 0, "date": "2024-01-01T00:00:00Z", "ascending": false})")),
                       &why));
        // 5.7 (the section shows the wrapper; one element of the v2 shape)
        const HttpResult bulk = api().post(QStringLiteral("/v2/contacts"), parse(R"({"contacts": [
            {"contact_channels": [{"channel_type": "phone", "channel_id": "14155550999"}],
             "first": "Bulk", "last": "Example"}]})"));
        EXPECT(
            hasKeys(bulk, {QStringLiteral("contacts"), QStringLiteral("failed_contacts")}, &why));
        QCOMPARE(bulk.object().value(QStringLiteral("contacts")).toArray().size(), 1);

        // 5.9
        const QString channel = QStringLiteral("/v2/contact/%1/channel").arg(uuid);
        EXPECT(isArray(
            api().post(channel, parse(R"({"channel_type": "phone", "channel_id": "14155551234"})")),
            &why));
        EXPECT(isSuccess(
            api().put(channel, parse(R"({"channel_type": "phone", "channel_id": "14155551299"})")),
            &why));
        EXPECT(isArray(api().get(QStringLiteral("/v2/contact/%1/channels").arg(uuid)), &why));
        EXPECT(hasKeys(api().get(channel + QStringLiteral("/phone")),
                       {QStringLiteral("channel_type"), QStringLiteral("channel_id")}, &why));
        EXPECT(isSuccess(api().del(channel + QStringLiteral("/email")), &why));

        // 5.4
        EXPECT(
            isString(api().del(QStringLiteral("/v2/contact/") + uuid), QStringLiteral("ok"), &why));
        // 5.8, with two real UUIDs
        const QString a = uuidOf(createContact(QStringLiteral("14155550901")));
        const QString b = uuidOf(createContact(QStringLiteral("14155550902")));
        QJsonObject bulkDelete = parse(R"(
            {"contact_channels": [{"channel_type": "id", "channel_ids": ["uuid-1", "uuid-2"]}]})");
        bulkDelete.insert(
            QStringLiteral("contact_channels"),
            QJsonArray{QJsonObject{{QStringLiteral("channel_type"), QStringLiteral("id")},
                                   {QStringLiteral("channel_ids"), QJsonArray{a, b}}}});
        EXPECT(isString(api().del(QStringLiteral("/v2/contacts"), bulkDelete), QStringLiteral("ok"),
                        &why));
    }

    // Sections 6, 7, 9, 10: the directory.
    void directory()
    {
        // 6.1, 6.2
        EXPECT(isArray(api().post(QStringLiteral("/v1/contact-fields"), QJsonObject()), &why));
        const HttpResult fields =
            api().post(QStringLiteral("/v1/contacts/fields"),
                       parseArray(R"([{"title": "Plan"}, {"title": "Account number"}])"));
        EXPECT(isArray(fields, &why));
        for (const QJsonValue &field : fields.array()) {
            for (const char *key : {"id", "title", "duplicate"})
                QVERIFY2(field.toObject().contains(QLatin1String(key)), key);
        }

        // 7.2, twice: the second time the name exists (the contract never
        // says that is refused)
        const QJsonObject tagBody = parse("{\"tag\": \"VIP\", \"color\": \"#FFD700\"}");
        const HttpResult first = api().post(QStringLiteral("/v1/tag"), tagBody);
        EXPECT(hasKeys(first, {QStringLiteral("id"), QStringLiteral("rev"), QStringLiteral("uuid")},
                       &why));
        const HttpResult again = api().post(QStringLiteral("/v1/tag"), tagBody);
        EXPECT(hasKeys(again, {QStringLiteral("id"), QStringLiteral("rev"), QStringLiteral("uuid")},
                       &why));
        const qint64 id = first.object().value(QStringLiteral("id")).toInteger();
        // 7.3
        EXPECT(hasKeys(api().get(QStringLiteral("/v1/tag/%1").arg(id)),
                       {QStringLiteral("id"), QStringLiteral("tag"), QStringLiteral("color"),
                        QStringLiteral("team_id"), QStringLiteral("created"),
                        QStringLiteral("updated"), QStringLiteral("rev")},
                       &why));
        // 7.4
        EXPECT(isArray(api().post(QStringLiteral("/v1/tags"), QJsonObject()), &why));
        EXPECT(isArray(
            api().post(QStringLiteral("/v1/tags"), parse(R"({"date": "2026-04-12T15:30:00Z"})")),
            &why));
        // 7.5
        EXPECT(isSuccess(api().del(QStringLiteral("/v1/tag/%1").arg(id)), &why));

        // 9.1
        const HttpResult team = api().get(QStringLiteral("/v1/team"));
        EXPECT(hasKeys(team,
                       {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("list_size"),
                        QStringLiteral("members")},
                       &why));
        const QJsonArray members = team.object().value(QStringLiteral("members")).toArray();
        QVERIFY(members.size() >= 2);
        // 9.2 (a GET with a JSON body)
        EXPECT(hasKeys(api().get(QStringLiteral("/v1/users/get"),
                                 R"({"phone": ["15105553344"], "email": ["help@heymarket.com"]})"),
                       {QStringLiteral("memberships")}, &why));
        // 9.3, with two real member ids
        QJsonObject users = parse(R"({"users": [{"id": 1, "first_name": "John", "last_name": "Doe"},
                                                {"id": 2, "role_id": 4}]})");
        QJsonArray entries = users.value(QStringLiteral("users")).toArray();
        for (int i = 0; i < 2; ++i) {
            QJsonObject entry = entries.at(i).toObject();
            entry.insert(QStringLiteral("id"),
                         members.at(i + 1).toObject().value(QStringLiteral("id")));
            entries.replace(i, entry);
        }
        users.insert(QStringLiteral("users"), entries);
        const HttpResult updated = api().post(QStringLiteral("/v1/users/update"), users);
        EXPECT(hasKeys(updated, {QStringLiteral("memberships")}, &why));
        QCOMPARE(updated.object()
                     .value(QStringLiteral("memberships"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("John Doe"));

        // 10: bare (lenient) or wrapped (strict), the contract's fields only
        const HttpResult inboxes = api().get(QStringLiteral("/v1/inboxes"));
        QCOMPARE(inboxes.status, 200);
        const QJsonArray list = m_strict
                                    ? inboxes.object().value(QStringLiteral("inboxes")).toArray()
                                    : inboxes.array();
        QVERIFY2(!list.isEmpty(), qPrintable(describe(inboxes)));
        static const QStringList documented = {QStringLiteral("id"),
                                               QStringLiteral("name"),
                                               QStringLiteral("team"),
                                               QStringLiteral("members"),
                                               QStringLiteral("phones"),
                                               QStringLiteral("phone"),
                                               QStringLiteral("auto_assignable"),
                                               QStringLiteral("forward_number"),
                                               QStringLiteral("widget_code"),
                                               QStringLiteral("widget_settings"),
                                               QStringLiteral("allowed_domains"),
                                               QStringLiteral("invited"),
                                               QStringLiteral("bco_chats"),
                                               QStringLiteral("op"),
                                               QStringLiteral("rev")};
        for (const QJsonValue &inbox : list) {
            const QStringList keys = inbox.toObject().keys();
            for (const QString &key : keys)
                QVERIFY2(documented.contains(key), qPrintable(key));
        }
    }

    // Sections 11-14: messages, templates, lists, conversations.
    void messaging()
    {
        const qint64 member = 101; // a member of every seeded inbox
        const qint64 smsInbox = 413;
        const qint64 emailInbox = 415;
        const qint64 c1 = createContact(QStringLiteral("15105553344"));
        const qint64 c2 = createContact(QStringLiteral("16505551003"));
        const qint64 c3 = createContact(QStringLiteral("14155551234"));
        const qint64 c4 = createContact(QStringLiteral("14155551235"));
        const qint64 c5 = createContact(QStringLiteral("14155551236"));
        QVERIFY(c1 > 0 && c2 > 0 && c3 > 0 && c4 > 0 && c5 > 0);

        // 13.2
        QJsonObject list = parse(R"({"title": "My VIP Contacts", "type": "contacts",
            "local_id": "dc3deb9b-940a-444d-9d0e-8e3087a160e9", "contacts": [1001, 1002, 1003]})");
        list.insert(QStringLiteral("contacts"), QJsonArray{c1, c2, c3});
        const HttpResult listCreated = api().post(QStringLiteral("/v2/lists"), list);
        EXPECT(hasKeys(listCreated,
                       {QStringLiteral("id"), QStringLiteral("rev"), QStringLiteral("uuid")},
                       &why));
        const qint64 listId = listCreated.object().value(QStringLiteral("id")).toInteger();

        // 11.1 (the three examples)
        QJsonObject sms = parse(R"({"inbox_id": 42, "creator_id": 7, "phone_number": "15105553344",
            "text": "Hi! Your order has shipped and will arrive by Friday."})");
        sms.insert(QStringLiteral("inbox_id"), smsInbox);
        sms.insert(QStringLiteral("creator_id"), member);
        EXPECT(hasKeys(api().post(QStringLiteral("/v1/message/send"), sms),
                       {QStringLiteral("id"), QStringLiteral("date")}, &why));
        QJsonObject broadcast = parse(R"({"inbox_id": 42, "creator_id": 7, "list_id": 501,
            "local_id": "broadcast-april-2026-001",
            "text": "Hi {{first_name}}, your exclusive April offer is ready. Reply DETAILS for more info."})");
        broadcast.insert(QStringLiteral("inbox_id"), smsInbox);
        broadcast.insert(QStringLiteral("creator_id"), member);
        broadcast.insert(QStringLiteral("list_id"), listId);
        EXPECT(hasKeys(api().post(QStringLiteral("/v1/message/send"), broadcast),
                       {QStringLiteral("id"), QStringLiteral("date")}, &why));
        QJsonObject firstMessage = parse(R"({"creator_id": 1, "inbox_id": 1,
            "phone_number": "16505551003", "text": "My first api message",
            "local_id": "6d8d0429-3f15-4293-8d0b-38bf1dd5ca06"})");
        firstMessage.insert(QStringLiteral("inbox_id"), smsInbox);
        firstMessage.insert(QStringLiteral("creator_id"), member);
        EXPECT(hasKeys(api().post(QStringLiteral("/v1/message/send"), firstMessage),
                       {QStringLiteral("id"), QStringLiteral("date")}, &why));

        // 11.2 (a new thread, then the reply in it)
        QJsonObject email = parse(R"({"creator_id": 55, "inbox": 202,
            "targets": ["to:alice@example.com,bob@example.com", "cc:carol@example.com"],
            "conv_title": "Your refund", "text": "<p>Hello</p>", "raw_text": "Hello",
            "local_id": "e-123"})");
        email.insert(QStringLiteral("inbox"), emailInbox);
        email.insert(QStringLiteral("creator_id"), member);
        const HttpResult sent = api().post(QStringLiteral("/v1/email/send"), email);
        EXPECT(hasKeys(sent,
                       {QStringLiteral("id"), QStringLiteral("convo_id"), QStringLiteral("queued"),
                        QStringLiteral("date"), QStringLiteral("compliance_results")},
                       &why));
        QJsonObject reply = parse(R"({"creator_id": 55, "inbox": 202, "convo_id": 10045,
            "text": "<p>Thanks for reaching out! We have processed your refund.</p>",
            "raw_text": "Thanks for reaching out! We have processed your refund."})");
        reply.insert(QStringLiteral("inbox"), emailInbox);
        reply.insert(QStringLiteral("creator_id"), member);
        reply.insert(QStringLiteral("convo_id"), sent.object().value(QStringLiteral("convo_id")));
        EXPECT(hasKeys(api().post(QStringLiteral("/v1/email/send"), reply),
                       {QStringLiteral("id"), QStringLiteral("convo_id"), QStringLiteral("queued")},
                       &why));

        // 11.4
        const HttpResult history = api().get(
            QStringLiteral("/v1/messages?phoneNumber=15105553344&inboxID=%1").arg(smsInbox));
        EXPECT(isArray(history, &why));
        QVERIFY(!history.array().isEmpty());

        // 12.2-12.6
        const QJsonObject templateBody = parse(
            R"({"title": "Welcome message", "local_id": "88ae517b-ff42-4ef2-958d-86b27db6b21c",
            "content": {"text": "Hey {{first_name}} {{last_name}}, welcome to our service!"},
            "archived": false})");
        const HttpResult templ = api().post(QStringLiteral("/v1/template"), templateBody);
        EXPECT(hasKeys(templ, {QStringLiteral("id"), QStringLiteral("rev"), QStringLiteral("uuid")},
                       &why));
        const QString one = QStringLiteral("/v1/template/%1")
                                .arg(templ.object().value(QStringLiteral("id")).toInteger());
        EXPECT(hasKeys(api().get(one),
                       {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("local_id"),
                        QStringLiteral("content"), QStringLiteral("shared"),
                        QStringLiteral("archived"), QStringLiteral("rev")},
                       &why));
        EXPECT(isSuccess(api().put(one, templateBody), &why));
        EXPECT(isArray(api().post(QStringLiteral("/v1/templates"), QJsonObject()), &why));
        EXPECT(isSuccess(api().del(one), &why));

        // 13.3, 13.4
        QJsonObject listUpdate =
            parse(R"({"title": "Updated VIP List", "add_contacts": [1004, 1005],
                                           "remove_contacts": [1001]})");
        listUpdate.insert(QStringLiteral("add_contacts"), QJsonArray{c4, c5});
        listUpdate.insert(QStringLiteral("remove_contacts"), QJsonArray{c1});
        const QString listPath = QStringLiteral("/v2/lists/%1").arg(listId);
        EXPECT(hasKeys(api().put(listPath, listUpdate),
                       {QStringLiteral("id"), QStringLiteral("rev")}, &why));
        QJsonObject listDelete = parse(R"({"contact_ids": [1002, 1003]})");
        listDelete.insert(QStringLiteral("contact_ids"), QJsonArray{c2, c3});
        EXPECT(hasKeys(api().del(listPath, listDelete),
                       {QStringLiteral("deleted"), QStringLiteral("id")}, &why));

        // 14.2, 14.4
        QJsonObject conversations = parse(R"({"date": "2022-01-01T00:00:00+00:00", "id": 1111,
            "filters": {"inboxes": [2222, 3333], "closed": false, "unread": false}})");
        conversations.insert(QStringLiteral("id"), member);
        conversations.insert(QStringLiteral("filters"),
                             QJsonObject{{QStringLiteral("inboxes"), QJsonArray{413, 414}},
                                         {QStringLiteral("closed"), false},
                                         {QStringLiteral("unread"), false}});
        EXPECT(isArray(api().post(QStringLiteral("/v1/conversations"), conversations), &why));
        conversations.remove(QStringLiteral("date"));
        const HttpResult open = api().post(QStringLiteral("/v1/conversations"), conversations);
        EXPECT(isArray(open, &why));
        QVERIFY(!open.array().isEmpty());
        EXPECT(hasKeys(
            api().get(
                QStringLiteral("/v1/conversations/%1")
                    .arg(open.array().at(0).toObject().value(QStringLiteral("id")).toInteger())),
            {QStringLiteral("id"), QStringLiteral("inbox"), QStringLiteral("target")}, &why));
    }
};

QTEST_GUILESS_MAIN(TestSandboxContractExamples)
#include "tst_sandbox_contract_examples.moc"
