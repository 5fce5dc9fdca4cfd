// Numbers no 64-bit integer can hold, where the wire format expects ids and
// counts: each is range-checked before any conversion (casting 1e300, -1e300
// or NaN to an integer is undefined behaviour, which the sanitizer build
// catches) and comes out as a decode error naming what was wrong, never as
// a wrapped or clamped value.

#include "core/ApiJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace ContactDesk;

namespace {

// The value of "v" in {"v": <text>}, as the JSON parser reads it.
QJsonValue parsed(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("{\"v\": " + text + "}", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("not JSON: %s", text.constData());
    return document.object().value(QStringLiteral("v"));
}

QJsonObject object(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

class TestHostileNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idsOutOfRangeAreNotIds_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("1e300") << QByteArray("1e300");
        QTest::newRow("-1e300") << QByteArray("-1e300");
        QTest::newRow("2^63") << QByteArray("9223372036854775808");
        QTest::newRow("-2^63 - 2048") << QByteArray("-9223372036854777856");
        QTest::newRow("9.3e18") << QByteArray("9.3e18");
        QTest::newRow("-9.3e18") << QByteArray("-9.3e18");
        QTest::newRow("1.7976931348623157e308") << QByteArray("1.7976931348623157e308");
        QTest::newRow("a fraction") << QByteArray("2.5");
        QTest::newRow("a huge string") << QByteArray("\"99999999999999999999\"");
    }
    void idsOutOfRangeAreNotIds()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!ApiJson::readId(parsed(text)));
    }

    void nanAndInfinityAreNotIds()
    {
        // The parser refuses them, but a QJsonValue can hold them.
        QVERIFY(!ApiJson::readId(QJsonValue(std::numeric_limits<double>::quiet_NaN())));
        QVERIFY(!ApiJson::readId(QJsonValue(std::numeric_limits<double>::infinity())));
        QVERIFY(!ApiJson::readId(QJsonValue(-std::numeric_limits<double>::infinity())));
        QVERIFY(!ApiJson::readId(QJsonValue(1e300)));
    }

    void integersAtTheEdgesAreExact()
    {
        QCOMPARE(ApiJson::readId(parsed("9223372036854775807")).value_or(0),
                 std::numeric_limits<qint64>::max());
        QCOMPARE(ApiJson::readId(parsed("-9223372036854775808")).value_or(0),
                 std::numeric_limits<qint64>::min());
        // Above 2^53 a double would round: the integer the parser kept wins.
        QCOMPARE(ApiJson::readId(parsed("9007199254740993")).value_or(0), qint64(9007199254740993));
        QCOMPARE(ApiJson::readId(parsed("1e3")).value_or(0), 1000);
        QCOMPARE(ApiJson::readId(parsed("-4")).value_or(0), -4);
        QCOMPARE(ApiJson::readId(parsed("\"77\"")).value_or(0), 77);
    }

    void decodersRefuseThem_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        QTest::newRow("contact id 1e300") << QByteArray("{\"id\": 1e300}") << "integer id";
        QTest::newRow("contact id -1e300") << QByteArray("{\"id\": -1e300}") << "integer id";
        QTest::newRow("tag id 1e300") << QByteArray("{\"id\": 5, \"tags\": [1e300]}") << "tag";
        QTest::newRow("tag_id -1e300")
            << QByteArray("{\"id\": 5, \"tags\": [{\"tag_id\": -1e300}]}") << "tag";
        QTest::newRow("tag id 2^63")
            << QByteArray("{\"id\": 5, \"tags\": [9223372036854775808]}") << "tag";
    }
    void decodersRefuseThem()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        QString why;
        QVERIFY(!ApiJson::decodeContact(object(json), &why));
        QVERIFY2(why.contains(problem), qPrintable(why));
    }

    void optionalIdsOutOfRangeAreLeftOut()
    {
        // An owner, creator, team or rev no integer holds reads as absent
        // (what a non-integer there always read as), with no conversion.
        QString why;
        const auto contact = ApiJson::decodeContact(
            object("{\"id\": 5, \"assigned_user_id\": 1e300, \"creator_id\": -1e300, "
                   "\"team_id\": 9.3e18, \"rev\": 1e308}"),
            &why);
        QVERIFY2(contact, qPrintable(why));
        QVERIFY(!contact->ownerId);
        QCOMPARE(contact->creatorId, 0);
        QCOMPARE(contact->teamId, 0);
        QCOMPARE(contact->rev, 0);
    }

    void countsAndSmallNumbersAreRangeChecked()
    {
        QString why;
        QVERIFY(!ApiJson::decodeCount(parsed("1e300"), &why));
        QVERIFY(!ApiJson::decodeCount(object("{\"count\": -1e300}"), &why));
        QVERIFY(!ApiJson::decodeCount(object("{\"count\": 9223372036854775808}"), &why));
        QCOMPARE(ApiJson::decodeCount(object("{\"count\": 9223372036854775807}"), &why).value_or(0),
                 std::numeric_limits<qint64>::max());

        // int fields: out of int's range is a decode error, not a wrapped value.
        why.clear();
        QVERIFY(!ApiJson::decodeTeam(object("{\"id\": 1, \"list_size\": 1e300, \"members\": []}"),
                                     &why));
        QVERIFY2(why.contains(QStringLiteral("list_size")), qPrintable(why));
        QVERIFY(!ApiJson::decodeTeam(
            object("{\"id\": 1, \"list_size\": 4294967297, \"members\": []}"), &why));
        const auto team =
            ApiJson::decodeTeam(object("{\"id\": 1, \"list_size\": 2500, \"members\": []}"), &why);
        QVERIFY(team);
        QCOMPARE(team->listSize, 2500);

        why.clear();
        QVERIFY(!ApiJson::decodeTeamUsers(
            QJsonDocument::fromJson("[{\"id\": 3, \"role_id\": 4294967297}]").array(), &why));
        QVERIFY2(why.contains(QStringLiteral("role_id")), qPrintable(why));
        QVERIFY(!ApiJson::decodeTeamUsers(
            QJsonDocument::fromJson("[{\"id\": 3, \"role_id\": -1e300}]").array(), &why));
        QVERIFY(
            !ApiJson::decodeTeamUsers(QJsonDocument::fromJson("[{\"id\": 1e300}]").array(), &why));
        const auto users = ApiJson::decodeTeamUsers(
            QJsonDocument::fromJson("[{\"id\": 3, \"role_id\": 2}]").array(), &why);
        QVERIFY(users && users->size() == 1);
        QCOMPARE(users->at(0).roleId, 2);
    }

    void everyDecoderSurvivesHugeIds_data()
    {
        QTest::addColumn<QByteArray>("number");
        QTest::newRow("1e300") << QByteArray("1e300");
        QTest::newRow("-1e300") << QByteArray("-1e300");
        QTest::newRow("2^63") << QByteArray("9223372036854775808");
        QTest::newRow("-9.3e18") << QByteArray("-9.3e18");
    }
    void everyDecoderSurvivesHugeIds()
    {
        // Every numeric field of every decoder at once; under UBSan any
        // unchecked conversion stops the test.
        QFETCH(QByteArray, number);
        const QByteArray n = number;
        QString why;
        const QJsonObject all =
            object("{\"id\": " + n + ", \"rev\": " + n + ", \"team\": " + n + ", \"user\": " + n +
                   ", \"inbox\": " + n + ", \"convo_id\": " + n + ", \"conversation\": " + n +
                   ", \"list_size\": " + n + ", \"role_id\": " + n + ", \"team_id\": " + n +
                   ", \"members\": [" + n + ", {\"id\": " + n + "}], \"tags\": [" + n +
                   "], \"assigned_user_id\": " + n + ", \"creator_id\": " + n + "}");
        QVERIFY(!ApiJson::decodeContact(all, &why));
        QVERIFY(!ApiJson::decodeTag(all, &why));
        QVERIFY(!ApiJson::decodeWriteResult(all, &why));
        QVERIFY(ApiJson::decodeContactStatus(all, &why)); // its id is optional
        QVERIFY(!ApiJson::decodeTeam(all, &why));
        QVERIFY(!ApiJson::decodeTeamUsers(QJsonArray{all}, &why));
        QVERIFY(!ApiJson::decodeInboxes(QJsonArray{all}, &why));
        QVERIFY(!ApiJson::decodeMessage(all, &why));
        QVERIFY(!ApiJson::decodeSentMessage(all, &why));
        QVERIFY(!ApiJson::decodeTemplate(all, &why));
        QVERIFY(!ApiJson::decodeConversation(all, &why));
        QVERIFY(!ApiJson::decodeCustomFields(QJsonArray{all}, &why));
        QVERIFY(!ApiJson::decodeCount(all, &why));
        // A batch answer skips what it cannot read as a contact.
        QVERIFY(ApiJson::decodeBatchResult(QJsonArray{all}, &why));
        QVERIFY(ApiJson::decodeBulkResult(
            QJsonObject{{QStringLiteral("contacts"), QJsonArray()},
                        {QStringLiteral("failed_contacts"), QJsonArray{all}}},
            &why));
    }
};

QTEST_GUILESS_MAIN(TestHostileNumbers)
#include "tst_hostile_numbers.moc"
