// Pure decoding and encoding of Heymarket objects, including every CONFLICT
// and UNSPECIFIED shape the spec lists.

#include "core/ApiJson.h"

#include <QJsonDocument>
#include <QTest>

using namespace ContactDesk;

namespace {

QJsonValue json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + text + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", text);
    return document.array().at(0);
}

} // namespace

class TestApiJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentedContact()
    {
        QString problem;
        const auto c = ApiJson::decodeContact(
            json("{\"id\": 98765, \"display_name\": \"API Contact\", \"first\": \"API\", "
                 "            \"last\": \"Contact\", \"email\": \"help@heymarket.com\", \"phone\": "
                 "\"15105553344\", \"is_opted_out\": false, "
                 "            \"custom\": {\"12\": \"Enterprise\", \"47\": \"Account-9823\"}, "
                 "\"team_id\": 7, \"creator_id\": 3, \"shared\": true, "
                 "            \"created\": \"2026-04-12T15:30:00Z\", \"updated\": "
                 "\"2026-04-12T15:30:00.250Z\", \"rev\": 4, \"op\": \"update\", "
                 "            \"assigned_user_id\": 42, \"tags\": [{\"tag_id\": 55}], \"avatar\": "
                 "\"https://x.example/a.png\"}"),
            &problem);
        QVERIFY2(c, qPrintable(problem));
        QCOMPARE(c->id, 98765);
        QCOMPARE(c->displayName, QStringLiteral("API Contact"));
        QCOMPARE(c->phone, QStringLiteral("15105553344"));
        QCOMPARE(c->custom.value(QStringLiteral("47")), QStringLiteral("Account-9823"));
        QCOMPARE(c->ownerId.value_or(0), 42);
        QCOMPARE(c->tagIds, QList<qint64>{55});
        QCOMPARE(c->updatedText, QStringLiteral("2026-04-12T15:30:00.250Z"));
        QCOMPARE(c->updated, 1776007800250);
        QCOMPARE(c->created, 1776007800000);
        QCOMPARE(c->rev, 4);
        QVERIFY(c->shared);
        QVERIFY(!c->optedOut);
        QVERIFY(c->optedOutKnown);
        QVERIFY(c->uuid.isEmpty()); // the documented object has none
    }

    void tagShapes_data()
    {
        QTest::addColumn<QString>("tags");
        QTest::newRow("integers") << QStringLiteral("[1, 2]");
        QTest::newRow("tag_id objects") << QStringLiteral("[{\"tag_id\": 1}, {\"tag_id\": 2}]");
        QTest::newRow("full tags")
            << QStringLiteral("[{\"id\": 1, \"tag\": \"VIP\", \"color\": \"#FFD700\"}, {\"id\": 2, "
                              "\"tag\": \"Lead\"}]");
        QTest::newRow("string ids") << QStringLiteral("[\"1\", {\"tag_id\": \"2\"}]");
        QTest::newRow("duplicates") << QStringLiteral("[1, {\"id\": 1}, 2]");
    }
    void tagShapes()
    {
        QFETCH(QString, tags);
        QString problem;
        const QByteArray text =
            QByteArray("{\"id\": 1, \"phone\": \"14155550100\", \"tags\": ") + tags.toUtf8() + "}";
        const auto c = ApiJson::decodeContact(json(text.constData()), &problem);
        QVERIFY2(c, qPrintable(problem));
        QCOMPARE(c->tagIds, (QList<qint64>{1, 2}));
    }

    void lenientContactFields()
    {
        QString problem;
        const auto c = ApiJson::decodeContact(
            json("{\"id\": \"42\", \"phone\": \"+14155550100\", \"shared\": 1, "
                 "            \"is_opted_out\": \"true\", \"custom\": {\"12\": 5, \"13\": true, "
                 "\"14\": null}, \"assigned_user_id\": null, "
                 "            \"uuid\": \"a1b2c3d4-e5f6-7890-abcd-ef1234567890\", \"extra\": "
                 "{\"unknown\": [1, 2]}}"),
            &problem);
        QVERIFY2(c, qPrintable(problem));
        QCOMPARE(c->id, 42);
        QCOMPARE(c->phone, QStringLiteral("14155550100"));
        QVERIFY(c->shared);
        QVERIFY(c->optedOut);
        QCOMPARE(c->custom.value(QStringLiteral("12")), QStringLiteral("5"));
        QCOMPARE(c->custom.value(QStringLiteral("13")), QStringLiteral("true"));
        QVERIFY(!c->custom.contains(QStringLiteral("14")));
        QVERIFY(!c->ownerId);
        QCOMPARE(c->uuid, QStringLiteral("a1b2c3d4-e5f6-7890-abcd-ef1234567890"));
    }

    void strictContactFields_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not an object") << QStringLiteral("\"ok\"") << QStringLiteral("object");
        QTest::newRow("no id") << QStringLiteral("{\"phone\": \"14155550100\"}")
                               << QStringLiteral("id");
        QTest::newRow("fractional id") << QStringLiteral("{\"id\": 1.5}") << QStringLiteral("id");
        QTest::newRow("word id") << QStringLiteral("{\"id\": \"abc\"}") << QStringLiteral("id");
        QTest::newRow("phone number type")
            << QStringLiteral("{\"id\": 1, \"phone\": 14155550100}") << QStringLiteral("phone");
        QTest::newRow("tag without id")
            << QStringLiteral("{\"id\": 1, \"tags\": [{\"tag\": \"VIP\"}]}")
            << QStringLiteral("tag");
        QTest::newRow("bad channel")
            << QStringLiteral("{\"id\": 1, \"contact_channels\": [{\"channel_id\": \"x\"}]}")
            << QStringLiteral("channel_type");
    }
    void strictContactFields()
    {
        QFETCH(QString, text);
        QFETCH(QString, problem);
        QString actual;
        QVERIFY(!ApiJson::decodeContact(json(text.toUtf8().constData()), &actual));
        QVERIFY2(actual.contains(problem), qPrintable(actual));
    }

    void contactListsBareOrWrapped()
    {
        QString problem;
        QCOMPARE(ApiJson::decodeContacts(json("[{\"id\": 1}, {\"id\": 2}]"), &problem)->size(), 2);
        QCOMPARE(ApiJson::decodeContacts(json("{\"contacts\": [{\"id\": 1}]}"), &problem)->size(),
                 1);
        QCOMPARE(ApiJson::decodeContacts(json("[]"), &problem)->size(), 0);
        QVERIFY(!ApiJson::decodeContacts(json("{\"id\": 1}"), &problem));
        QVERIFY(!ApiJson::decodeContacts(json("[{\"id\": 1}, \"x\"]"), &problem));
        QVERIFY2(problem.contains(QStringLiteral("[1]")), qPrintable(problem));
    }

    void channelIdsAsStringsOrIntegers()
    {
        QString problem;
        const auto channels = ApiJson::decodeChannels(
            json("[ "
                 "            {\"id\": \"c1\", \"contact_id\": "
                 "\"a1b2c3d4-e5f6-7890-abcd-ef1234567890\", \"channel_type\": \"phone\", "
                 "\"channel_id\": \"+14155550100\"}, "
                 "            {\"id\": 77, \"contact_id\": 98765, \"channel_type\": \"email\", "
                 "\"channel_id\": \"a@example.com\", \"channel_handle\": \"work\"}]"),
            &problem);
        QVERIFY2(channels, qPrintable(problem));
        QCOMPARE(channels->at(0).id, QStringLiteral("c1"));
        QCOMPARE(channels->at(0).value, QStringLiteral("14155550100"));
        QCOMPARE(channels->at(1).id, QStringLiteral("77"));
        QCOMPARE(channels->at(1).contactId, QStringLiteral("98765"));
        QCOMPARE(channels->at(1).handle, QStringLiteral("work"));
    }

    void inboxesBareOrWrappedWithInvitedEitherWay()
    {
        QString problem;
        const auto bare = ApiJson::decodeInboxes(
            json("[{\"id\": 413, \"name\": \"Support\", \"team\": 7, \"members\": [1, 2], "
                 "            \"phones\": [\"14155550100\"], \"phone\": \"14155550100\", "
                 "\"invited\": true}]"),
            &problem);
        QVERIFY2(bare, qPrintable(problem));
        QCOMPARE(bare->at(0).memberIds, (QList<qint64>{1, 2}));
        const auto wrapped = ApiJson::decodeInboxes(
            json("{\"inboxes\": [{\"id\": 5, \"phones\": [\"+15105550100\"], "
                 "            \"invited\": [\"x@example.com\"]}]}"),
            &problem);
        QVERIFY2(wrapped, qPrintable(problem));
        QCOMPARE(wrapped->at(0).phones, QStringList{QStringLiteral("15105550100")});
        QCOMPARE(wrapped->at(0).phone, QStringLiteral("15105550100"));
        QVERIFY(!ApiJson::decodeInboxes(json("\"ok\""), &problem));
    }

    void batchAnswers()
    {
        QString problem;
        auto ok = ApiJson::decodeBatchResult(json("\"ok\""), &problem);
        QVERIFY(ok);
        QVERIFY(ok->failed.isEmpty());
        auto failures =
            ApiJson::decodeBatchResult(json("[{\"phone\": \"+1510\", \"error\": {\"field\": "
                                            "\"[0].phone\", \"message\": \"bad\"}}, "
                                            "            {\"phone\": \"15105550000\"}]"),
                                       &problem);
        QVERIFY(failures);
        QCOMPARE(failures->failed.size(), 2);
        QCOMPARE(failures->failed.at(0).field, QStringLiteral("[0].phone"));
        QCOMPARE(failures->failed.at(0).message, QStringLiteral("bad"));
        QVERIFY(!failures->failed.at(1).message.isEmpty());
        // The generated schema's reading: an array of created contacts.
        auto created =
            ApiJson::decodeBatchResult(json("[{\"id\": 5, \"phone\": \"15105550000\"}]"), &problem);
        QCOMPARE(created->contacts.size(), 1);
        QCOMPARE(created->failed.size(), 0);
        QVERIFY(!ApiJson::decodeBatchResult(json("42"), &problem));

        auto bulk = ApiJson::decodeBulkResult(
            json("{\"contacts\": [{\"id\": 1}], \"failed_contacts\": [{\"contact\": {\"phone\": "
                 "\"x\"}, \"message\": \"nope\"}]}"),
            &problem);
        QVERIFY2(bulk, qPrintable(problem));
        QCOMPARE(bulk->contacts.size(), 1);
        QCOMPARE(bulk->failed.at(0).message, QStringLiteral("nope"));
        QCOMPARE(bulk->failed.at(0).phone, QStringLiteral("x"));
    }

    void smallObjects()
    {
        QString problem;
        QCOMPARE(ApiJson::decodeWriteResult(json("{\"id\": 98765, \"rev\": 1, \"uuid\": \"u\"}"),
                                            &problem)
                     ->id,
                 98765);
        QVERIFY(!ApiJson::decodeWriteResult(json("\"ok\""), &problem));
        QCOMPARE(ApiJson::decodeCount(json("{\"count\": 12}"), &problem).value_or(-1), 12);
        QCOMPARE(ApiJson::decodeCount(json("12"), &problem).value_or(-1), 12);
        QVERIFY(!ApiJson::decodeCount(json("-1"), &problem));
        const auto status =
            ApiJson::decodeContactStatus(json("{\"id\": 1, \"phone\": \"1415\", \"unsubscribed\": "
                                              "true, \"blocked\": false, \"new\": 1}"),
                                         &problem);
        QVERIFY(status->unsubscribed);
        QVERIFY(!status->blocked);
        const auto team = ApiJson::decodeTeam(
            json("{\"id\": 7, \"name\": \"T\", \"list_size\": 100, \"members\": [{\"id\": 1, "
                 "\"name\": \"A\", \"role\": \"owner\"}]}"),
            &problem);
        QCOMPARE(team->members.at(0).role, QStringLiteral("owner"));
        QVERIFY(!ApiJson::decodeTeam(json("{\"id\": 7, \"members\": [{\"name\": \"no id\"}]}"),
                                     &problem));
        const auto users =
            ApiJson::decodeTeamUsers(json("{\"memberships\": [{\"id\": 1, \"phone\": "
                                          "\"15105553344\", \"role_id\": 4, \"team_id\": 7}]}"),
                                     &problem);
        QCOMPARE(users->at(0).roleId, 4);
        const auto fields = ApiJson::decodeCustomFields(
            json("[{\"id\": 12, \"title\": \"Plan\", \"duplicate\": true}]"), &problem);
        QVERIFY(fields->at(0).duplicate);
        const auto tags =
            ApiJson::decodeTags(json("[{\"id\": 55, \"tag\": \"VIP\", \"color\": \"#FFD700\", "
                                     "\"updated\": \"2024-01-10T08:00:00Z\"}]"),
                                &problem);
        QCOMPARE(tags->at(0).name, QStringLiteral("VIP"));
        QCOMPARE(tags->at(0).updatedText, QStringLiteral("2024-01-10T08:00:00Z"));
        QVERIFY(ApiJson::isAcknowledgement(json("\"ok\"")));
        QVERIFY(ApiJson::isAcknowledgement(json("\"success\"")));
        QVERIFY(ApiJson::isAcknowledgement(json("{}")));
        QVERIFY(!ApiJson::isAcknowledgement(json("42")));
    }

    void encodeWriteSendsOnlyWhatIsSet()
    {
        ContactWrite write;
        write.phone = QStringLiteral("15105553344");
        write.first = QStringLiteral("Jordan");
        write.custom = QMap<QString, QString>{{QStringLiteral("12"), QStringLiteral("Premium")},
                                              {QStringLiteral("19"), QString()}};
        write.tagIds = QList<qint64>{55, 56};
        write.owner = std::optional<qint64>();
        write.optedOut = true;
        const QJsonObject json = ApiJson::encodeContactWrite(write);
        QCOMPARE(json.keys(), (QStringList{QStringLiteral("assignee_id"), QStringLiteral("custom"),
                                           QStringLiteral("first"), QStringLiteral("is_opted_out"),
                                           QStringLiteral("phone"), QStringLiteral("tags")}));
        QCOMPARE(json.value(QStringLiteral("assignee_id")).toInteger(), -1);
        QVERIFY(
            json.value(QStringLiteral("custom")).toObject().value(QStringLiteral("19")).isNull());
        QCOMPARE(json.value(QStringLiteral("tags"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("tag_id"))
                     .toInteger(),
                 56);
        write.owner = std::optional<qint64>(101);
        QCOMPARE(
            ApiJson::encodeContactWrite(write).value(QStringLiteral("assignee_id")).toInteger(),
            101);
        QCOMPARE(ApiJson::statusChangeName(ContactStatusChange::Unsubscribed),
                 QStringLiteral("unsubscribed"));
    }
};

QTEST_GUILESS_MAIN(TestApiJson)
#include "tst_api_json.moc"
