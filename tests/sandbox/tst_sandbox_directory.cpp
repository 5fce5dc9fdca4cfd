// Custom fields, tags, team, users and inboxes.

#include "tests/common/SandboxFixture.h"

#include <QTest>

using namespace ContactDesk;
using namespace ContactDesk::Tests;

class TestSandboxDirectory : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>(50);
        QVERIFY(m_sandbox->isRunning());
    }

    void listAndCreateCustomFields()
    {
        HttpResult result = m_sandbox->post(QStringLiteral("/v1/contact-fields"), QJsonObject());
        QCOMPARE(result.status, 200);
        const int seeded = static_cast<int>(result.array().size());
        QVERIFY(seeded >= 5);
        QCOMPARE(result.array().at(0).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Plan"));
        QVERIFY(result.array().at(0).toObject().value(QStringLiteral("id")).toInteger() > 0);

        result = m_sandbox->post(
            QStringLiteral("/v1/contacts/fields"),
            QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("Loyalty tier")}},
                       QJsonObject{{QStringLiteral("title"), QStringLiteral("plan")}}});
        QCOMPARE(result.status, 200);
        const QJsonArray created = result.array();
        QCOMPARE(created.size(), 2);
        QCOMPARE(created.at(0).toObject().value(QStringLiteral("duplicate")).toBool(), false);
        QCOMPARE(created.at(1).toObject().value(QStringLiteral("duplicate")).toBool(), true);
        QCOMPARE(created.at(1).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Plan"));
        const qint64 newId = created.at(0).toObject().value(QStringLiteral("id")).toInteger();
        QCOMPARE(
            m_sandbox->post(QStringLiteral("/v1/contact-fields"), QJsonValue(QJsonValue::Undefined))
                .array()
                .size(),
            seeded + 1);

        // The new field is usable in custom values at once.
        const HttpResult contact = m_sandbox->post(
            QStringLiteral("/v1/contact"),
            QJsonObject{{QStringLiteral("phone"), QStringLiteral("14155550101")},
                        {QStringLiteral("custom"),
                         QJsonObject{{QString::number(newId), QStringLiteral("Gold")}}}});
        QCOMPARE(contact.status, 200);

        QCOMPARE(m_sandbox
                     ->post(QStringLiteral("/v1/contacts/fields"),
                            QJsonArray{QJsonObject{{QStringLiteral("title"), QString()}}})
                     .errorField(),
                 QStringLiteral("[0].title"));
        QCOMPARE(m_sandbox
                     ->post(QStringLiteral("/v1/contacts/fields"),
                            QJsonObject{{QStringLiteral("title"), QStringLiteral("x")}})
                     .status,
                 400);
    }

    void tagsCreateGetListDelete()
    {
        HttpResult result =
            m_sandbox->post(QStringLiteral("/v1/tag"),
                            QJsonObject{{QStringLiteral("tag"), QStringLiteral("Gold")},
                                        {QStringLiteral("color"), QStringLiteral("#FFD701")}});
        QCOMPARE(result.status, 200);
        const qint64 id = result.object().value(QStringLiteral("id")).toInteger();
        QCOMPARE(result.object().value(QStringLiteral("rev")).toInteger(), 1);
        QVERIFY(!result.object().value(QStringLiteral("uuid")).toString().isEmpty());

        result = m_sandbox->get(QStringLiteral("/v1/tag/%1").arg(id));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.object().value(QStringLiteral("tag")).toString(), QStringLiteral("Gold"));
        QCOMPARE(result.object().value(QStringLiteral("color")).toString(),
                 QStringLiteral("#FFD701"));
        QCOMPARE(result.object().value(QStringLiteral("team_id")).toInteger(), 7);

        result = m_sandbox->post(QStringLiteral("/v1/tags"), QJsonObject());
        QCOMPARE(result.status, 200);
        QCOMPARE(result.array().at(0).toObject().value(QStringLiteral("id")).toInteger(),
                 id); // most recent first
        const QJsonArray older = m_sandbox
                                     ->post(QStringLiteral("/v1/tags"),
                                            QJsonObject{{QStringLiteral("date"),
                                                         QStringLiteral("2024-01-01T00:00:00Z")}})
                                     .array();
        for (const QJsonValue &tag : older)
            QVERIFY(tag.toObject().value(QStringLiteral("updated")).toString() <=
                    QStringLiteral("2024-01-01T00:00:00Z"));
        QVERIFY(older.size() < result.array().size());

        // Put it on a contact, then delete it: the contact loses it and moves.
        const HttpResult created =
            m_sandbox->post(QStringLiteral("/v1/contact"),
                            QJsonObject{{QStringLiteral("phone"), QStringLiteral("14155550102")},
                                        {QStringLiteral("tags"),
                                         QJsonArray{QJsonObject{{QStringLiteral("tag_id"), id}}}}});
        const qint64 contactId = created.object().value(QStringLiteral("id")).toInteger();
        result = m_sandbox->del(QStringLiteral("/v1/tag/%1").arg(id));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json.toString(), QStringLiteral("ok"));
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/tag/%1").arg(id)).status, 404);
        const QJsonObject contact =
            m_sandbox->get(QStringLiteral("/v1/contact/%1").arg(contactId)).object();
        QCOMPARE(contact.value(QStringLiteral("tags")).toArray().size(), 0);
        QCOMPARE(contact.value(QStringLiteral("rev")).toInteger(), 2);
        QCOMPARE(m_sandbox->del(QStringLiteral("/v1/tag/%1").arg(id)).status, 404);
    }

    void tagValidation()
    {
        QCOMPARE(m_sandbox->post(QStringLiteral("/v1/tag"), QJsonObject()).errorField(),
                 QStringLiteral("tag"));
        QCOMPARE(m_sandbox
                     ->post(QStringLiteral("/v1/tag"),
                            QJsonObject{{QStringLiteral("tag"), QStringLiteral("X")},
                                        {QStringLiteral("color"), QStringLiteral("red")}})
                     .errorField(),
                 QStringLiteral("color"));
        const HttpResult duplicate = m_sandbox->post(
            QStringLiteral("/v1/tag"), QJsonObject{{QStringLiteral("tag"), QStringLiteral("vip")}});
        QCOMPARE(duplicate.errorField(), QStringLiteral("tag"));
        QCOMPARE(duplicate.object().value(QStringLiteral("id")).toInteger(), 1);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/tag/abc")).errorField(), QStringLiteral("id"));
    }

    void team()
    {
        const HttpResult result = m_sandbox->get(QStringLiteral("/v1/team"));
        QCOMPARE(result.status, 200);
        const QJsonObject team = result.object();
        QCOMPARE(team.value(QStringLiteral("id")).toInteger(), 7);
        QVERIFY(!team.value(QStringLiteral("name")).toString().isEmpty());
        QVERIFY(team.value(QStringLiteral("list_size")).toInteger() > 0);
        const QJsonArray members = team.value(QStringLiteral("members")).toArray();
        QVERIFY(members.size() >= 5);
        for (const QJsonValue &member : members) {
            QVERIFY(member.toObject().value(QStringLiteral("id")).toInteger() > 0);
            QVERIFY(!member.toObject().value(QStringLiteral("name")).toString().isEmpty());
            QVERIFY(!member.toObject().value(QStringLiteral("role")).toString().isEmpty());
        }
    }

    void usersGetWithAJsonBodyOnGet()
    {
        HttpResult result =
            m_sandbox->get(QStringLiteral("/v1/users/get"),
                           "{\"email\": [\"TOM@harbourstreet.example\", \"nobody@example.com\"]}");
        QCOMPARE(result.status, 200);
        const QJsonArray memberships =
            result.object().value(QStringLiteral("memberships")).toArray();
        QCOMPARE(memberships.size(), 1);
        const QJsonObject tom = memberships.at(0).toObject();
        QCOMPARE(tom.value(QStringLiteral("name")).toString(), QStringLiteral("Tom Becker"));
        QCOMPARE(tom.value(QStringLiteral("role_id")).toInt(), 4);
        QCOMPARE(tom.value(QStringLiteral("team_id")).toInteger(), 7);
        const QString phone = tom.value(QStringLiteral("phone")).toString();
        result = m_sandbox->get(QStringLiteral("/v1/users/get"),
                                QByteArray("{\"phone\": [\"") + phone.toLatin1() + "\"]}");
        QCOMPARE(result.object().value(QStringLiteral("memberships")).toArray().size(), 1);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/users/get")).status, 400);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/users/get"), "{\"phone\": [\"+1415\"]}")
                     .errorField(),
                 QStringLiteral("phone[0]"));
    }

    void inboxesIsABareArray()
    {
        const HttpResult result = m_sandbox->get(QStringLiteral("/v1/inboxes"));
        QCOMPARE(result.status, 200);
        QVERIFY(result.json.isArray());
        QVERIFY(result.array().size() >= 2);
        const QJsonObject inbox = result.array().at(0).toObject();
        QVERIFY(inbox.value(QStringLiteral("id")).toInteger() > 0);
        QVERIFY(!inbox.value(QStringLiteral("name")).toString().isEmpty());
        QVERIFY(!inbox.value(QStringLiteral("members")).toArray().isEmpty());
        const QString phone = inbox.value(QStringLiteral("phone")).toString();
        QVERIFY(!phone.startsWith(QLatin1Char('+')));
        QCOMPARE(inbox.value(QStringLiteral("phones")).toArray().at(0).toString(), phone);
    }

    void unknownPathsAndMethods()
    {
        HttpResult result = m_sandbox->get(QStringLiteral("/v1/nothing-here"));
        QCOMPARE(result.status, 404);
        QCOMPARE(result.object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("not_found"));
        result = m_sandbox->get(QStringLiteral("/v1/contacts"));
        QCOMPARE(result.status, 405);
        QCOMPARE(result.header("Allow"), QByteArray("POST"));
        QCOMPARE(m_sandbox->post(QStringLiteral("/v1/team"), QJsonObject()).status, 405);
    }
};

QTEST_GUILESS_MAIN(TestSandboxDirectory)
#include "tst_sandbox_directory.moc"
