// Contacts v2 over real HTTP: create with contact_channels, get/update/delete
// by UUID, search, list, bulk create/update and bulk delete, and v1 integer
// ids kept apart from v2 UUIDs.

#include "sandbox/SandboxOptions.h"
#include "tests/common/SandboxFixture.h"

#include <QTest>

using namespace ContactDesk;
using namespace ContactDesk::Tests;

namespace {

QJsonObject channel(const QString &type, const QString &value)
{
    return {{QStringLiteral("channel_type"), type}, {QStringLiteral("channel_id"), value}};
}

} // namespace

class TestSandboxContactsV2 : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;

    QJsonObject createV2(const QJsonObject &body)
    {
        const HttpResult result = m_sandbox->post(QStringLiteral("/v2/contact"), body);
        if (result.status != 200)
            qWarning() << result.raw;
        return result.object();
    }

    QJsonObject alice()
    {
        return createV2(
            {{QStringLiteral("contact_channels"),
              QJsonArray{channel(QStringLiteral("phone"), QStringLiteral("14155551234")),
                         channel(QStringLiteral("email"), QStringLiteral("alice@example.com"))}},
             {QStringLiteral("first"), QStringLiteral("Alice")},
             {QStringLiteral("display_name"), QStringLiteral("Alice Smith")},
             {QStringLiteral("custom"),
              QJsonObject{{QStringLiteral("12"), QStringLiteral("Enterprise")}}},
             {QStringLiteral("assignee_id"), 102}});
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>(10);
        QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
    }

    void createWithChannelsAndFetchByUuid()
    {
        const QJsonObject created = alice();
        const QString uuid = created.value(QStringLiteral("uuid")).toString();
        QVERIFY(created.value(QStringLiteral("id")).toInteger() > 0);
        QCOMPARE(created.value(QStringLiteral("rev")).toInteger(), 1);
        const HttpResult fetched = m_sandbox->get(QStringLiteral("/v2/contact/") + uuid);
        QCOMPARE(fetched.status, 200);
        const QJsonObject c = fetched.object();
        QCOMPARE(c.value(QStringLiteral("uuid")).toString(), uuid);
        QCOMPARE(c.value(QStringLiteral("id")), created.value(QStringLiteral("id")));
        QCOMPARE(c.value(QStringLiteral("phone")).toString(), QStringLiteral("14155551234"));
        QCOMPARE(c.value(QStringLiteral("email")).toString(), QStringLiteral("alice@example.com"));
        QCOMPARE(c.value(QStringLiteral("display_name")).toString(), QStringLiteral("Alice Smith"));
        QCOMPARE(c.value(QStringLiteral("assigned_user_id")).toInteger(), 102);
        const QJsonArray channels = c.value(QStringLiteral("contact_channels")).toArray();
        QCOMPARE(channels.size(), 2);
        QCOMPARE(channels.at(0).toObject().value(QStringLiteral("channel_type")).toString(),
                 QStringLiteral("phone"));
        QCOMPARE(channels.at(0).toObject().value(QStringLiteral("contact_id")).toString(), uuid);
        QCOMPARE(channels.at(1).toObject().value(QStringLiteral("channel_id")).toString(),
                 QStringLiteral("alice@example.com"));
        // The same contact on the v1 path, by its integer id.
        QCOMPARE(m_sandbox
                     ->get(QStringLiteral("/v1/contact/%1")
                               .arg(created.value(QStringLiteral("id")).toInteger()))
                     .status,
                 200);
    }

    void emailOnlyContact()
    {
        const QJsonObject created = createV2(
            {{QStringLiteral("contact_channels"),
              QJsonArray{channel(QStringLiteral("email"), QStringLiteral("bo@example.org"))}}});
        const QJsonObject c = m_sandbox
                                  ->get(QStringLiteral("/v2/contact/") +
                                        created.value(QStringLiteral("uuid")).toString())
                                  .object();
        QCOMPARE(c.value(QStringLiteral("phone")).toString(), QString());
        // first + last (section 3): no names, no display name.
        QCOMPARE(c.value(QStringLiteral("display_name")).toString(), QString());
    }

    void createValidation_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no channel") << QJsonObject{{QStringLiteral("first"), QStringLiteral("A")}}
                                    << QStringLiteral("contact_channels");
        QTest::newRow("phone field but no channel")
            << QJsonObject{{QStringLiteral("phone"), QStringLiteral("14155551234")},
                           {QStringLiteral("email"), QStringLiteral("a@example.com")}}
            << QStringLiteral("contact_channels");
        QTest::newRow("empty channels")
            << QJsonObject{{QStringLiteral("contact_channels"), QJsonArray()}}
            << QStringLiteral("contact_channels");
        QTest::newRow("channels not array")
            << QJsonObject{{QStringLiteral("contact_channels"), QStringLiteral("x")}}
            << QStringLiteral("contact_channels");
        QTest::newRow("bad phone channel")
            << QJsonObject{{QStringLiteral("contact_channels"),
                            QJsonArray{
                                channel(QStringLiteral("phone"), QStringLiteral("+14155551234"))}}}
            << QStringLiteral("contact_channels[0].channel_id");
        QTest::newRow("bad email channel")
            << QJsonObject{{QStringLiteral("contact_channels"),
                            QJsonArray{channel(QStringLiteral("email"), QStringLiteral("nope"))}}}
            << QStringLiteral("contact_channels[0].channel_id");
        QTest::newRow("missing type")
            << QJsonObject{{QStringLiteral("contact_channels"),
                            QJsonArray{QJsonObject{
                                {QStringLiteral("channel_id"), QStringLiteral("14155551234")}}}}}
            << QStringLiteral("contact_channels[0].channel_type");
        QTest::newRow("v1 id as contact_id")
            << QJsonObject{{QStringLiteral("contact_id"), QStringLiteral("10001")}}
            << QStringLiteral("contact_id");
    }
    void createValidation()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const HttpResult result = m_sandbox->post(QStringLiteral("/v2/contact"), body);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.errorField(), field);
    }

    void idKindsAreKeptApart()
    {
        const QJsonObject created = alice();
        const qint64 id = created.value(QStringLiteral("id")).toInteger();
        const QString uuid = created.value(QStringLiteral("uuid")).toString();
        HttpResult result = m_sandbox->get(QStringLiteral("/v2/contact/%1").arg(id));
        QCOMPARE(result.status, 400);
        QCOMPARE(result.errorField(), QStringLiteral("contactID"));
        QVERIFY(result.object()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("v1")));
        result = m_sandbox->get(QStringLiteral("/v1/contact/") + uuid);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.errorField(), QStringLiteral("id"));
        QVERIFY(result.object()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("UUID")));
        QCOMPARE(m_sandbox->get(QStringLiteral("/v2/contact/00000000-0000-4000-8000-000000000000"))
                     .status,
                 404);
        QCOMPARE(m_sandbox->del(QStringLiteral("/v2/contact/%1").arg(id)).status, 400);
        QCOMPARE(m_sandbox->put(QStringLiteral("/v2/contact/%1").arg(id), QJsonObject()).status,
                 400);
    }

    void updateReturnsTheFullContact()
    {
        const QString uuid = alice().value(QStringLiteral("uuid")).toString();
        const HttpResult result = m_sandbox->put(
            QStringLiteral("/v2/contact/") + uuid,
            QJsonObject{
                {QStringLiteral("last"), QStringLiteral("Smith")},
                {QStringLiteral("custom"),
                 QJsonObject{{QStringLiteral("19"), QStringLiteral("AC-7")}}},
                {QStringLiteral("tags"), QJsonArray{QJsonObject{{QStringLiteral("tag_id"), 1}}}},
                {QStringLiteral("is_opted_out"), true}});
        QCOMPARE(result.status, 200);
        const QJsonObject c = result.object();
        QCOMPARE(c.value(QStringLiteral("uuid")).toString(), uuid);
        QCOMPARE(c.value(QStringLiteral("last")).toString(), QStringLiteral("Smith"));
        QCOMPARE(c.value(QStringLiteral("first")).toString(), QStringLiteral("Alice"));
        QCOMPARE(c.value(QStringLiteral("rev")).toInteger(), 2);
        QCOMPARE(c.value(QStringLiteral("is_opted_out")).toBool(), true);
        QCOMPARE(c.value(QStringLiteral("custom")).toObject().size(), 2); // merged
        QCOMPARE(c.value(QStringLiteral("tags")).toArray().size(), 1);
        QCOMPARE(c.value(QStringLiteral("contact_channels")).toArray().size(), 2);

        const QJsonObject replaced =
            m_sandbox
                ->put(QStringLiteral("/v2/contact/%1?overwrite=true").arg(uuid),
                      QJsonObject{{QStringLiteral("custom"), QJsonObject()}})
                .object();
        QCOMPARE(replaced.value(QStringLiteral("custom")).toObject().size(), 0);
        QCOMPARE(m_sandbox
                     ->put(QStringLiteral("/v2/contact/") + uuid,
                           QJsonObject{{QStringLiteral("tags"), QJsonArray{1, 2, 3, 4, 5, 6}}})
                     .status,
                 400);
    }

    void deleteByUuid()
    {
        const QJsonObject created = alice();
        const QString uuid = created.value(QStringLiteral("uuid")).toString();
        const HttpResult result = m_sandbox->del(QStringLiteral("/v2/contact/") + uuid);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json.toString(), QStringLiteral("ok"));
        QCOMPARE(m_sandbox->get(QStringLiteral("/v2/contact/") + uuid).status, 404);
        QCOMPARE(m_sandbox
                     ->get(QStringLiteral("/v1/contact/%1")
                               .arg(created.value(QStringLiteral("id")).toInteger()))
                     .status,
                 404);
    }

    void searchByChannels()
    {
        const QString aliceUuid = alice().value(QStringLiteral("uuid")).toString();
        const QString bobUuid =
            createV2({{QStringLiteral("contact_channels"),
                       QJsonArray{channel(QStringLiteral("phone"), QStringLiteral("14155559876"))}},
                      {QStringLiteral("first"), QStringLiteral("Bob")}})
                .value(QStringLiteral("uuid"))
                .toString();
        const auto search = [this](const QJsonArray &filters) {
            return m_sandbox->post(QStringLiteral("/v2/contacts/search"),
                                   QJsonObject{{QStringLiteral("contact_channels"), filters}});
        };
        HttpResult result = search({QJsonObject{
            {QStringLiteral("channel_type"), QStringLiteral("phone")},
            {QStringLiteral("channel_ids"),
             QJsonArray{QStringLiteral("14155551234"), QStringLiteral("14155559876")}}}});
        QCOMPARE(result.status, 200);
        QCOMPARE(result.array().size(), 2);
        // Type inferred from the value.
        result = search({QJsonObject{
            {QStringLiteral("channel_ids"), QJsonArray{QStringLiteral("14155559876")}}}});
        QCOMPARE(result.array().size(), 1);
        QCOMPARE(result.array().at(0).toObject().value(QStringLiteral("uuid")).toString(), bobUuid);
        result = search({QJsonObject{
            {QStringLiteral("channel_ids"), QJsonArray{QStringLiteral("ALICE@example.com")}}}});
        QCOMPARE(result.array().size(), 1);
        QCOMPARE(result.array().at(0).toObject().value(QStringLiteral("uuid")).toString(),
                 aliceUuid);
        // No match is an empty array.
        result = search({QJsonObject{
            {QStringLiteral("channel_ids"), QJsonArray{QStringLiteral("14155550000")}}}});
        QCOMPARE(result.status, 200);
        QCOMPARE(result.array().size(), 0);
        // A value that is neither phone nor email needs its type.
        result = search(
            {QJsonObject{{QStringLiteral("channel_ids"), QJsonArray{QStringLiteral("jordan")}}}});
        QCOMPARE(result.errorField(), QStringLiteral("contact_channels[0].channel_ids[0]"));
        QCOMPARE(search({}).errorField(), QStringLiteral("contact_channels"));
        QCOMPARE(search({QJsonObject{{QStringLiteral("channel_type"), QStringLiteral("phone")}}})
                     .errorField(),
                 QStringLiteral("contact_channels[0].channel_ids"));
    }

    void listV2CarriesUuidsAndChannels()
    {
        const HttpResult result = m_sandbox->post(
            QStringLiteral("/v2/contacts/list"), QJsonObject{{QStringLiteral("limit"), 4},
                                                             {QStringLiteral("page"), 0},
                                                             {QStringLiteral("ascending"), false}});
        QCOMPARE(result.status, 200);
        QCOMPARE(result.array().size(), 4);
        for (const QJsonValue &value : result.array()) {
            QVERIFY(!value.toObject().value(QStringLiteral("uuid")).toString().isEmpty());
            QVERIFY(
                !value.toObject().value(QStringLiteral("contact_channels")).toArray().isEmpty());
        }
        const QJsonArray page1 =
            m_sandbox
                ->post(QStringLiteral("/v2/contacts/list"),
                       QJsonObject{{QStringLiteral("limit"), 4}, {QStringLiteral("page"), 1}})
                .array();
        QCOMPARE(page1.size(), 4);
        QVERIFY(page1.at(0).toObject().value(QStringLiteral("uuid")) !=
                result.array().at(0).toObject().value(QStringLiteral("uuid")));
        const QJsonArray ascending = m_sandbox
                                         ->post(QStringLiteral("/v2/contacts/list"),
                                                QJsonObject{{QStringLiteral("limit"), 100},
                                                            {QStringLiteral("ascending"), true}})
                                         .array();
        QCOMPARE(ascending.size(), 10);
        QVERIFY(ascending.first().toObject().value(QStringLiteral("updated")).toString() <=
                ascending.last().toObject().value(QStringLiteral("updated")).toString());
    }

    void bulkCreatesUpdatesAndReportsFailures()
    {
        const QString uuid = alice().value(QStringLiteral("uuid")).toString();
        const QJsonArray contacts{
            QJsonObject{{QStringLiteral("contact_id"), uuid},
                        {QStringLiteral("last"), QStringLiteral("Updated")}},
            QJsonObject{{QStringLiteral("phone"), QStringLiteral("14155550111")},
                        {QStringLiteral("first"), QStringLiteral("New")}},
            QJsonObject{
                {QStringLiteral("contact_channels"),
                 QJsonArray{channel(QStringLiteral("email"), QStringLiteral("new2@example.com"))}}},
            QJsonObject{{QStringLiteral("phone"), QStringLiteral("+14155550112")}},
            QJsonObject{{QStringLiteral("contact_id"),
                         QStringLiteral("00000000-0000-4000-8000-000000000000")}},
            QJsonObject{{QStringLiteral("first"), QStringLiteral("No channel")}},
        };
        const HttpResult result = m_sandbox->post(
            QStringLiteral("/v2/contacts"), QJsonObject{{QStringLiteral("contacts"), contacts}});
        QCOMPARE(result.status, 200);
        const QJsonArray ok = result.object().value(QStringLiteral("contacts")).toArray();
        const QJsonArray failed =
            result.object().value(QStringLiteral("failed_contacts")).toArray();
        QCOMPARE(ok.size(), 3);
        QCOMPARE(failed.size(), 3);
        QCOMPARE(ok.at(0).toObject().value(QStringLiteral("uuid")).toString(), uuid);
        QCOMPARE(ok.at(0).toObject().value(QStringLiteral("last")).toString(),
                 QStringLiteral("Updated"));
        QCOMPARE(ok.at(0).toObject().value(QStringLiteral("first")).toString(),
                 QStringLiteral("Alice"));
        QCOMPARE(ok.at(1).toObject().value(QStringLiteral("phone")).toString(),
                 QStringLiteral("14155550111"));
        QCOMPARE(failed.at(0)
                     .toObject()
                     .value(QStringLiteral("contact"))
                     .toObject()
                     .value(QStringLiteral("phone"))
                     .toString(),
                 QStringLiteral("+14155550112"));
        QCOMPARE(batchErrorField(failed, 0), QStringLiteral("contacts[3].phone"));
        QCOMPARE(batchErrorField(failed, 1), QStringLiteral("contacts[4].contact_id"));
        QCOMPARE(batchErrorField(failed, 2), QStringLiteral("contacts[5].contact_channels"));
        QCOMPARE(m_sandbox->server().contactCount(), 13);
        QCOMPARE(m_sandbox->post(QStringLiteral("/v2/contacts"), QJsonObject()).errorField(),
                 QStringLiteral("contacts"));
    }

    void updateOmittedFields_data()
    {
        QTest::addColumn<bool>("strict");
        QTest::newRow("lenient") << false;
        QTest::newRow("strict") << true;
    }
    // 5.3 and 5.7 (an item with contact_id) read like 4.3: strict takes the
    // body as the whole record (omitted fields cleared, `phone` required when
    // the contact has one), lenient leaves omitted fields alone.
    void updateOmittedFields()
    {
        QFETCH(bool, strict);
        Sandbox::Options options;
        options.reading = strict ? Sandbox::Reading::Strict : Sandbox::Reading::Lenient;
        m_sandbox = std::make_unique<SandboxFixture>(0, options);
        QVERIFY(m_sandbox->isRunning());
        const QString uuid = alice().value(QStringLiteral("uuid")).toString();
        const QString path = QStringLiteral("/v2/contact/") + uuid;
        const HttpResult noPhone =
            m_sandbox->put(path, QJsonObject{{QStringLiteral("last"), QStringLiteral("Smith")}});
        QCOMPARE(noPhone.status, strict ? 400 : 200);
        if (strict)
            QCOMPARE(noPhone.errorField(), QStringLiteral("phone"));
        const QJsonObject c =
            m_sandbox
                ->put(path, QJsonObject{{QStringLiteral("phone"), QStringLiteral("14155551234")},
                                        {QStringLiteral("last"), QStringLiteral("Smith")}})
                .object();
        QCOMPARE(c.value(QStringLiteral("last")).toString(), QStringLiteral("Smith"));
        QCOMPARE(c.value(QStringLiteral("first")).toString(),
                 strict ? QString() : QStringLiteral("Alice"));
        QCOMPARE(c.value(QStringLiteral("display_name")).toString(),
                 strict ? QStringLiteral("Smith") : QStringLiteral("Alice Smith"));
        QCOMPARE(c.value(QStringLiteral("email")).toString(),
                 strict ? QString() : QStringLiteral("alice@example.com"));
        QCOMPARE(c.contains(QStringLiteral("assigned_user_id")), !strict);
        QCOMPARE(c.value(QStringLiteral("custom")).toObject().size(), 1); // overwrite=false

        const QJsonArray contacts{QJsonObject{
            {QStringLiteral("contact_id"), uuid},
            {QStringLiteral("phone"), QStringLiteral("14155551234")},
            {QStringLiteral("first"), QStringLiteral("Alicia")},
            {QStringLiteral("assignee_id"), 102},
            {QStringLiteral("custom"), QJsonObject{{QStringLiteral("19"), QJsonValue::Null}}}}};
        const QJsonObject bulk = m_sandbox
                                     ->post(QStringLiteral("/v2/contacts"),
                                            QJsonObject{{QStringLiteral("contacts"), contacts}})
                                     .object();
        const QJsonArray failed = bulk.value(QStringLiteral("failed_contacts")).toArray();
        QCOMPARE(failed.size(), strict ? 1 : 0);
        if (strict)
            QCOMPARE(batchErrorField(failed, 0), QStringLiteral("contacts[0].custom.19"));
        QJsonArray fixed = contacts;
        QJsonObject item = fixed.at(0).toObject();
        item.remove(QStringLiteral("custom"));
        fixed[0] = item;
        const QJsonObject updated = m_sandbox
                                        ->post(QStringLiteral("/v2/contacts"),
                                               QJsonObject{{QStringLiteral("contacts"), fixed}})
                                        .object()
                                        .value(QStringLiteral("contacts"))
                                        .toArray()
                                        .at(0)
                                        .toObject();
        QCOMPARE(updated.value(QStringLiteral("first")).toString(), QStringLiteral("Alicia"));
        QCOMPARE(updated.value(QStringLiteral("last")).toString(),
                 strict ? QString() : QStringLiteral("Smith"));
        QCOMPARE(updated.value(QStringLiteral("assigned_user_id")).toInteger(), 102);
        QCOMPARE(updated.value(QStringLiteral("custom")).toObject().size(), 1);

        // The phone and email named in contact_channels count as sent.
        const QJsonArray byChannels{QJsonObject{
            {QStringLiteral("contact_id"), uuid},
            {QStringLiteral("first"), QStringLiteral("Alicia")},
            {QStringLiteral("contact_channels"),
             QJsonArray{channel(QStringLiteral("phone"), QStringLiteral("14155551234")),
                        channel(QStringLiteral("email"), QStringLiteral("alicia@example.com"))}}}};
        const QJsonObject kept = m_sandbox
                                     ->post(QStringLiteral("/v2/contacts"),
                                            QJsonObject{{QStringLiteral("contacts"), byChannels}})
                                     .object()
                                     .value(QStringLiteral("contacts"))
                                     .toArray()
                                     .at(0)
                                     .toObject();
        QCOMPARE(kept.value(QStringLiteral("phone")).toString(), QStringLiteral("14155551234"));
        QVERIFY(kept.value(QStringLiteral("email"))
                    .toString()
                    .endsWith(QStringLiteral("@example.com")));
    }

    void bulkCreateWithoutChannelsByReading_data()
    {
        QTest::addColumn<bool>("strict");
        QTest::newRow("lenient") << false;
        QTest::newRow("strict") << true;
    }
    // A new bulk item with a `phone` field but no contact_channels: lenient
    // takes the field for its channel, strict wants the channel 5.1 requires.
    void bulkCreateWithoutChannelsByReading()
    {
        QFETCH(bool, strict);
        Sandbox::Options options;
        options.reading = strict ? Sandbox::Reading::Strict : Sandbox::Reading::Lenient;
        m_sandbox = std::make_unique<SandboxFixture>(0, options);
        QVERIFY(m_sandbox->isRunning());
        const QJsonArray contacts{
            QJsonObject{{QStringLiteral("phone"), QStringLiteral("14155550981")},
                        {QStringLiteral("first"), QStringLiteral("Field")}},
            QJsonObject{
                {QStringLiteral("first"), QStringLiteral("Channel")},
                {QStringLiteral("contact_channels"),
                 QJsonArray{channel(QStringLiteral("phone"), QStringLiteral("14155550982"))}}}};
        const QJsonObject answer = m_sandbox
                                       ->post(QStringLiteral("/v2/contacts"),
                                              QJsonObject{{QStringLiteral("contacts"), contacts}})
                                       .object();
        const QJsonArray failed = answer.value(QStringLiteral("failed_contacts")).toArray();
        QCOMPARE(answer.value(QStringLiteral("contacts")).toArray().size(), strict ? 1 : 2);
        QCOMPARE(failed.size(), strict ? 1 : 0);
        if (strict)
            QCOMPARE(batchErrorField(failed, 0), QStringLiteral("contacts[0].contact_channels"));
    }

    void deletesTakeTheConversationsWithThem()
    {
        // 5.4 and 5.8 delete like 4.4: the conversations with the contact's
        // phones and addresses go with it (an email thread too).
        const QString a =
            createV2(
                {{QStringLiteral("contact_channels"),
                  QJsonArray{channel(QStringLiteral("phone"), QStringLiteral("14155550971")),
                             channel(QStringLiteral("email"), QStringLiteral("del@example.org"))}}})
                .value(QStringLiteral("uuid"))
                .toString();
        const QString b =
            createV2(
                {{QStringLiteral("contact_channels"),
                  QJsonArray{channel(QStringLiteral("phone"), QStringLiteral("14155550972"))}}})
                .value(QStringLiteral("uuid"))
                .toString();
        const auto sms = [this](const QString &phone) {
            return m_sandbox
                ->post(QStringLiteral("/v1/message/send"),
                       QJsonObject{{QStringLiteral("inbox_id"), 413},
                                   {QStringLiteral("creator_id"), 101},
                                   {QStringLiteral("phone_number"), phone},
                                   {QStringLiteral("text"), QStringLiteral("Hi")}})
                .status;
        };
        QCOMPARE(sms(QStringLiteral("14155550971")), 200);
        QCOMPARE(sms(QStringLiteral("14155550972")), 200);
        QCOMPARE(m_sandbox
                     ->post(QStringLiteral("/v1/email/send"),
                            QJsonObject{{QStringLiteral("inbox"), 415},
                                        {QStringLiteral("creator_id"), 101},
                                        {QStringLiteral("targets"),
                                         QJsonArray{QStringLiteral("to:DEL@example.org")}},
                                        {QStringLiteral("text"), QStringLiteral("Hi")}})
                     .status,
                 200);
        const auto targets = [this] {
            QStringList list;
            const QJsonArray all =
                m_sandbox->post(QStringLiteral("/v1/conversations"), QJsonObject()).array();
            for (const QJsonValue &c : all)
                list.append(c.toObject().value(QStringLiteral("target")).toString().toLower());
            return list;
        };
        QVERIFY(targets().contains(QStringLiteral("del@example.org")));
        QCOMPARE(m_sandbox->del(QStringLiteral("/v2/contact/") + a).status, 200);
        QVERIFY(!targets().contains(QStringLiteral("14155550971")));
        QVERIFY(!targets().contains(QStringLiteral("del@example.org")));
        QVERIFY(targets().contains(QStringLiteral("14155550972")));
        QCOMPARE(m_sandbox
                     ->del(QStringLiteral("/v2/contacts"),
                           QJsonObject{{QStringLiteral("contact_channels"),
                                        QJsonArray{QJsonObject{
                                            {QStringLiteral("channel_type"), QStringLiteral("id")},
                                            {QStringLiteral("channel_ids"), QJsonArray{b}}}}}})
                     .status,
                 200);
        QVERIFY(!targets().contains(QStringLiteral("14155550972")));
    }

    void bulkDeleteByUuid()
    {
        const QString a = alice().value(QStringLiteral("uuid")).toString();
        const QString b =
            createV2(
                {{QStringLiteral("contact_channels"),
                  QJsonArray{channel(QStringLiteral("phone"), QStringLiteral("14155550999"))}}})
                .value(QStringLiteral("uuid"))
                .toString();
        const auto body = [](const QJsonArray &ids, const QString &type = QStringLiteral("id")) {
            return QJsonObject{{QStringLiteral("contact_channels"),
                                QJsonArray{QJsonObject{{QStringLiteral("channel_type"), type},
                                                       {QStringLiteral("channel_ids"), ids}}}}};
        };
        QCOMPARE(m_sandbox->del(QStringLiteral("/v2/contacts"), body({a, QStringLiteral("10001")}))
                     .errorField(),
                 QStringLiteral("contact_channels[0].channel_ids[1]"));
        QCOMPARE(m_sandbox->server().contactCount(), 12);
        QCOMPARE(m_sandbox->del(QStringLiteral("/v2/contacts"), body({a}, QStringLiteral("phone")))
                     .errorField(),
                 QStringLiteral("contact_channels"));
        const HttpResult result =
            m_sandbox->del(QStringLiteral("/v2/contacts"),
                           body({a, b, QStringLiteral("00000000-0000-4000-8000-000000000000")}));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json.toString(), QStringLiteral("ok"));
        QCOMPARE(m_sandbox->server().contactCount(), 10);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v2/contact/") + a).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSandboxContactsV2)
#include "tst_sandbox_contacts_v2.moc"
