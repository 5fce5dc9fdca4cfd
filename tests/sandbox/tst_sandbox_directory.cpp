// Custom fields, tags, team, users and inboxes.

#include "tests/common/SandboxFixture.h"

#include <QTest>

using namespace ContactDesk;
using namespace ContactDesk::Tests;

namespace {

Sandbox::Options optionsFor(const QString &reading)
{
    Sandbox::Options options;
    options.reading = *Sandbox::readingFromName(reading);
    return options;
}

qint64 tagNamed(SandboxFixture &sandbox, const QString &name)
{
    const QJsonArray tags = sandbox.post(QStringLiteral("/v1/tags"), QJsonObject()).array();
    for (const QJsonValue &tag : tags) {
        if (tag.toObject().value(QStringLiteral("tag")).toString() == name)
            return tag.toObject().value(QStringLiteral("id")).toInteger();
    }
    return 0;
}

} // namespace

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
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/tag/abc")).errorField(), QStringLiteral("id"));
    }

    void tagWithAnExistingName_data()
    {
        QTest::addColumn<QString>("reading");
        QTest::newRow("lenient") << QStringLiteral("lenient");
        QTest::newRow("strict") << QStringLiteral("strict");
    }
    void tagWithAnExistingName()
    {
        // 7.2 never refuses a name that exists. Lenient answers the existing
        // tag; strict makes a second tag of the same name.
        QFETCH(QString, reading);
        SandboxFixture sandbox(0, optionsFor(reading));
        const qint64 seeded = tagNamed(sandbox, QStringLiteral("VIP"));
        QVERIFY(seeded > 0);
        const int before =
            int(sandbox.post(QStringLiteral("/v1/tags"), QJsonObject()).array().size());
        const HttpResult again =
            sandbox.post(QStringLiteral("/v1/tag"),
                         QJsonObject{{QStringLiteral("tag"), QStringLiteral("vip")},
                                     {QStringLiteral("color"), QStringLiteral("#FFD700")}});
        QCOMPARE(again.status, 200);
        const qint64 id = again.object().value(QStringLiteral("id")).toInteger();
        QVERIFY(!again.object().value(QStringLiteral("uuid")).toString().isEmpty());
        const int after =
            int(sandbox.post(QStringLiteral("/v1/tags"), QJsonObject()).array().size());
        if (reading == QLatin1String("strict")) {
            QVERIFY(id != seeded);
            QCOMPARE(after, before + 1);
            QCOMPARE(sandbox.get(QStringLiteral("/v1/tag/%1").arg(id))
                         .object()
                         .value(QStringLiteral("tag"))
                         .toString(),
                     QStringLiteral("vip"));
        } else {
            QCOMPARE(id, seeded);
            QCOMPARE(after, before);
        }
    }

    void tagCursorByReading_data()
    {
        QTest::addColumn<QString>("reading");
        QTest::newRow("lenient") << QStringLiteral("lenient");
        QTest::newRow("strict") << QStringLiteral("strict");
    }
    void tagCursorByReading()
    {
        // 7.4 "updated before that time": at or before (lenient), strictly
        // before (strict).
        QFETCH(QString, reading);
        SandboxFixture sandbox(0, optionsFor(reading));
        sandbox.advanceClock(60000);
        const HttpResult created =
            sandbox.post(QStringLiteral("/v1/tag"),
                         QJsonObject{{QStringLiteral("tag"), QStringLiteral("Edge")}});
        const qint64 id = created.object().value(QStringLiteral("id")).toInteger();
        const QString updated = sandbox.get(QStringLiteral("/v1/tag/%1").arg(id))
                                    .object()
                                    .value(QStringLiteral("updated"))
                                    .toString();
        const QJsonArray page =
            sandbox.post(QStringLiteral("/v1/tags"), QJsonObject{{QStringLiteral("date"), updated}})
                .array();
        QVERIFY(!page.isEmpty());
        const bool includesIt = page.at(0).toObject().value(QStringLiteral("id")).toInteger() == id;
        QCOMPARE(includesIt, reading == QLatin1String("lenient"));
        for (const QJsonValue &tag : page) {
            const QString time = tag.toObject().value(QStringLiteral("updated")).toString();
            QVERIFY(reading == QLatin1String("lenient") ? time <= updated : time < updated);
        }
    }

    void templateCursorIsStrictlyBeforeInBothReadings_data()
    {
        QTest::addColumn<QString>("reading");
        QTest::newRow("lenient") << QStringLiteral("lenient");
        QTest::newRow("strict") << QStringLiteral("strict");
    }
    void templateCursorIsStrictlyBeforeInBothReadings()
    {
        QFETCH(QString, reading);
        SandboxFixture sandbox(0, optionsFor(reading));
        const QJsonObject body{{QStringLiteral("title"), QStringLiteral("Edge")},
                               {QStringLiteral("content"),
                                QJsonObject{{QStringLiteral("text"), QStringLiteral("Hi")}}}};
        const qint64 id = sandbox.post(QStringLiteral("/v1/template"), body)
                              .object()
                              .value(QStringLiteral("id"))
                              .toInteger();
        const QString updated = sandbox.get(QStringLiteral("/v1/template/%1").arg(id))
                                    .object()
                                    .value(QStringLiteral("updated"))
                                    .toString();
        const QJsonArray page = sandbox
                                    .post(QStringLiteral("/v1/templates"),
                                          QJsonObject{{QStringLiteral("date"), updated}})
                                    .array();
        for (const QJsonValue &t : page)
            QVERIFY(t.toObject().value(QStringLiteral("id")).toInteger() != id);
        QCOMPARE(sandbox.post(QStringLiteral("/v1/templates"), QJsonObject())
                     .array()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toInteger(),
                 id);
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

    void inboxesByReading_data()
    {
        QTest::addColumn<QString>("reading");
        QTest::newRow("lenient") << QStringLiteral("lenient");
        QTest::newRow("strict") << QStringLiteral("strict");
    }
    void inboxesByReading()
    {
        // 10 (CONFLICT): a bare array (lenient) or {"inboxes": [...]}
        // (strict); either way only the contract's fields: no "email", not
        // even for the email inbox 415.
        QFETCH(QString, reading);
        SandboxFixture sandbox(0, optionsFor(reading));
        const HttpResult result = sandbox.get(QStringLiteral("/v1/inboxes"));
        QCOMPARE(result.status, 200);
        const bool strict = reading == QLatin1String("strict");
        QCOMPARE(result.json.isArray(), !strict);
        const QJsonArray inboxes =
            strict ? result.object().value(QStringLiteral("inboxes")).toArray() : result.array();
        QCOMPARE(inboxes.size(), 3);
        for (const QJsonValue &inbox : inboxes) {
            QVERIFY(!inbox.toObject().contains(QStringLiteral("email")));
            QVERIFY(!inbox.toObject().contains(QStringLiteral("sandbox_email")));
        }
        QCOMPARE(inboxes.at(2).toObject().value(QStringLiteral("id")).toInteger(), 415);
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
