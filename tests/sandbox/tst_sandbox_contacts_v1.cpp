// Contacts v1 over real HTTP: create, get, update with overwrite, delete,
// list, count, get by phone/id, status, set_status and batch create.

#include "core/Timestamps.h"
#include "sandbox/SandboxOptions.h"
#include "tests/common/SandboxFixture.h"

#include <QTest>

using namespace ContactDesk;
using namespace ContactDesk::Tests;

namespace {

QJsonObject contactBody(const QString &phone, const QString &first = QStringLiteral("Jordan"),
                        const QString &last = QStringLiteral("Rivera"))
{
    return {{QStringLiteral("phone"), phone},
            {QStringLiteral("first"), first},
            {QStringLiteral("last"), last}};
}

QJsonArray tagRefs(std::initializer_list<int> ids)
{
    QJsonArray array;
    for (int id : ids)
        array.append(QJsonObject{{QStringLiteral("tag_id"), id}});
    return array;
}

// The tag ids of a contact answer, whatever the reading makes of each tag
// (a Tag object or a bare id).
QList<qint64> tagIdsOf(const QJsonObject &contact)
{
    QList<qint64> ids;
    const QJsonArray tags = contact.value(QStringLiteral("tags")).toArray();
    for (const QJsonValue &tag : tags)
        ids.append(tag.isObject() ? tag.toObject().value(QStringLiteral("id")).toInteger()
                                  : tag.toInteger());
    return ids;
}

// A contact with every write-side field set.
QJsonObject everyField(const QString &phone)
{
    return {
        {QStringLiteral("phone"), phone},
        {QStringLiteral("first"), QStringLiteral("Jordan")},
        {QStringLiteral("last"), QStringLiteral("Rivera")},
        {QStringLiteral("display_name"), QStringLiteral("Dr. J")},
        {QStringLiteral("email"), QStringLiteral("jordan@example.com")},
        {QStringLiteral("avatar"), QStringLiteral("https://example.com/j.png")},
        {QStringLiteral("custom"), QJsonObject{{QStringLiteral("12"), QStringLiteral("Starter")},
                                               {QStringLiteral("19"), QStringLiteral("AC-1")}}},
        {QStringLiteral("tags"), tagRefs({1, 2})},
        {QStringLiteral("assignee_id"), 103},
        {QStringLiteral("is_opted_out"), true}};
}

Sandbox::Options withReading(bool strict)
{
    Sandbox::Options options;
    options.reading = strict ? Sandbox::Reading::Strict : Sandbox::Reading::Lenient;
    return options;
}

} // namespace

class TestSandboxContactsV1 : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;

    qint64 create(const QJsonObject &body)
    {
        const HttpResult result = m_sandbox->post(QStringLiteral("/v1/contact"), body);
        if (result.status != 200)
            qWarning() << result.raw;
        return result.object().value(QStringLiteral("id")).toInteger();
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>(20);
        QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
    }

    void createReturnsIdRevAndUuid()
    {
        QJsonObject body = contactBody(QStringLiteral("15105553344"));
        body.insert(QStringLiteral("email"), QStringLiteral("jordan.rivera@example.com"));
        body.insert(QStringLiteral("tags"), tagRefs({1, 2}));
        const HttpResult result = m_sandbox->post(QStringLiteral("/v1/contact"), body);
        QCOMPARE(result.status, 200);
        QVERIFY(!result.header("X-Request-Id").isEmpty());
        const QJsonObject json = result.object();
        QVERIFY(json.value(QStringLiteral("id")).toInteger() > 0);
        QCOMPARE(json.value(QStringLiteral("rev")).toInteger(), 1);
        QVERIFY(!json.value(QStringLiteral("uuid")).toString().isEmpty());

        const HttpResult fetched = m_sandbox->get(
            QStringLiteral("/v1/contact/%1").arg(json.value(QStringLiteral("id")).toInteger()));
        QCOMPARE(fetched.status, 200);
        const QJsonObject contact = fetched.object();
        QCOMPARE(contact.value(QStringLiteral("phone")).toString(), QStringLiteral("15105553344"));
        QCOMPARE(contact.value(QStringLiteral("display_name")).toString(),
                 QStringLiteral("Jordan Rivera"));
        QCOMPARE(contact.value(QStringLiteral("email")).toString(),
                 QStringLiteral("jordan.rivera@example.com"));
        QCOMPARE(contact.value(QStringLiteral("is_opted_out")).toBool(), false);
        QCOMPARE(contact.value(QStringLiteral("tags")).toArray().size(), 2);
        QCOMPARE(contact.value(QStringLiteral("tags"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toInteger(),
                 1);
        QCOMPARE(contact.value(QStringLiteral("team_id")).toInteger(), 7);
        QVERIFY(contact.value(QStringLiteral("created")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(contact.value(QStringLiteral("created")),
                 contact.value(QStringLiteral("updated")));
        QCOMPARE(contact.value(QStringLiteral("op")).toString(), QStringLiteral("create"));
        QVERIFY2(!contact.contains(QStringLiteral("uuid")),
                 "the documented v1 Contact carries no uuid");
    }

    void createValidation_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no phone") << QJsonObject{{QStringLiteral("first"), QStringLiteral("A")}}
                                  << QStringLiteral("phone");
        QTest::newRow("plus") << contactBody(QStringLiteral("+15105553344"))
                              << QStringLiteral("phone");
        QTest::newRow("formatted")
            << contactBody(QStringLiteral("(510) 555-3344")) << QStringLiteral("phone");
        QTest::newRow("phone as number")
            << QJsonObject{{QStringLiteral("phone"), 15105553344.0}} << QStringLiteral("phone");
        QJsonObject badEmail = contactBody(QStringLiteral("15105553344"));
        badEmail.insert(QStringLiteral("email"), QStringLiteral("not-an-email"));
        QTest::newRow("bad email") << badEmail << QStringLiteral("email");
        QJsonObject sixTags = contactBody(QStringLiteral("15105553344"));
        sixTags.insert(QStringLiteral("tags"), tagRefs({1, 2, 3, 4, 5, 6}));
        QTest::newRow("six tags") << sixTags << QStringLiteral("tags");
        QJsonObject unknownTag = contactBody(QStringLiteral("15105553344"));
        unknownTag.insert(QStringLiteral("tags"), tagRefs({999}));
        QTest::newRow("unknown tag") << unknownTag << QStringLiteral("tags[0].tag_id");
        QJsonObject bareTags = contactBody(QStringLiteral("15105553344"));
        bareTags.insert(QStringLiteral("tags"), QJsonArray{1, 2});
        QTest::newRow("tags not objects") << bareTags << QStringLiteral("tags[0].tag_id");
        QJsonObject titleKey = contactBody(QStringLiteral("15105553344"));
        titleKey.insert(QStringLiteral("custom"),
                        QJsonObject{{QStringLiteral("Plan"), QStringLiteral("Premium")}});
        QTest::newRow("custom keyed by title") << titleKey << QStringLiteral("custom.Plan");
        QJsonObject unknownField = contactBody(QStringLiteral("15105553344"));
        unknownField.insert(QStringLiteral("custom"),
                            QJsonObject{{QStringLiteral("999"), QStringLiteral("x")}});
        QTest::newRow("unknown custom field") << unknownField << QStringLiteral("custom.999");
        QJsonObject numberValue = contactBody(QStringLiteral("15105553344"));
        numberValue.insert(QStringLiteral("custom"), QJsonObject{{QStringLiteral("12"), 5}});
        QTest::newRow("custom value number") << numberValue << QStringLiteral("custom.12");
        QJsonObject badOwner = contactBody(QStringLiteral("15105553344"));
        badOwner.insert(QStringLiteral("assignee_id"), 4242);
        QTest::newRow("unknown owner") << badOwner << QStringLiteral("assignee_id");
        QJsonObject badOptOut = contactBody(QStringLiteral("15105553344"));
        badOptOut.insert(QStringLiteral("is_opted_out"), QStringLiteral("yes"));
        QTest::newRow("opt out not bool") << badOptOut << QStringLiteral("is_opted_out");
        QJsonObject longName =
            contactBody(QStringLiteral("15105553344"), QString(300, QLatin1Char('a')));
        QTest::newRow("long name") << longName << QStringLiteral("first");
    }
    void createValidation()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const qint64 before = m_sandbox->server().contactCount();
        const HttpResult result = m_sandbox->post(QStringLiteral("/v1/contact"), body);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("bad_data"));
        QCOMPARE(result.errorField(), field);
        QVERIFY(!result.object().value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(m_sandbox->server().contactCount(), before);
    }

    void duplicatePhoneIsRefusedWithTheHoldersId()
    {
        const qint64 id = create(contactBody(QStringLiteral("15105553344")));
        const HttpResult again =
            m_sandbox->post(QStringLiteral("/v1/contact"),
                            contactBody(QStringLiteral("15105553344"), QStringLiteral("Other")));
        QCOMPARE(again.status, 400);
        QCOMPARE(again.errorField(), QStringLiteral("phone"));
        QCOMPARE(again.object().value(QStringLiteral("id")).toInteger(), id);
    }

    void displayNameDefaultsAndFollowsNames()
    {
        const qint64 id = create(contactBody(QStringLiteral("15105553345"), QStringLiteral("Zoë"),
                                             QStringLiteral("Müller")));
        QJsonObject c = m_sandbox->get(QStringLiteral("/v1/contact/%1").arg(id)).object();
        QCOMPARE(c.value(QStringLiteral("display_name")).toString(), QStringLiteral("Zoë Müller"));
        m_sandbox->put(QStringLiteral("/v1/contact/%1").arg(id),
                       contactBody(QStringLiteral("15105553345"), QStringLiteral("Zoe")));
        c = m_sandbox->get(QStringLiteral("/v1/contact/%1").arg(id)).object();
        QCOMPARE(c.value(QStringLiteral("display_name")).toString(), QStringLiteral("Zoe Rivera"));
        QJsonObject explicitName = contactBody(QStringLiteral("15105553345"));
        explicitName.insert(QStringLiteral("display_name"), QStringLiteral("Dr. Z"));
        m_sandbox->put(QStringLiteral("/v1/contact/%1").arg(id), explicitName);
        m_sandbox->put(QStringLiteral("/v1/contact/%1").arg(id),
                       contactBody(QStringLiteral("15105553345"), QStringLiteral("Zed")));
        c = m_sandbox->get(QStringLiteral("/v1/contact/%1").arg(id)).object();
        QCOMPARE(c.value(QStringLiteral("display_name")).toString(), QStringLiteral("Dr. Z"));
    }

    void displayNameWithoutNamesIsEmpty()
    {
        // Section 3: display_name "defaults to first + last"; without names
        // that is empty, not the phone.
        const qint64 id =
            create(QJsonObject{{QStringLiteral("phone"), QStringLiteral("15105553399")}});
        const QJsonObject c = m_sandbox->get(QStringLiteral("/v1/contact/%1").arg(id)).object();
        QVERIFY(c.contains(QStringLiteral("display_name")));
        QCOMPARE(c.value(QStringLiteral("display_name")).toString(), QString());
    }

    void updateBumpsRevAndUpdatedAndMergesCustom()
    {
        QJsonObject body = contactBody(QStringLiteral("15105553346"));
        body.insert(QStringLiteral("custom"),
                    QJsonObject{{QStringLiteral("12"), QStringLiteral("Starter")},
                                {QStringLiteral("19"), QStringLiteral("AC-1")}});
        const qint64 id = create(body);
        const QJsonObject before =
            m_sandbox->get(QStringLiteral("/v1/contact/%1").arg(id)).object();
        m_sandbox->advanceClock(5); // the update gets a later `updated`

        QJsonObject update = contactBody(QStringLiteral("15105553346"));
        update.insert(QStringLiteral("custom"),
                      QJsonObject{{QStringLiteral("12"), QStringLiteral("Premium")},
                                  {QStringLiteral("26"), QStringLiteral("2026-06-01")}});
        HttpResult result =
            m_sandbox->put(QStringLiteral("/v1/contact/%1?overwrite=false").arg(id), update);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.object().value(QStringLiteral("rev")).toInteger(), 2);
        QCOMPARE(result.object().value(QStringLiteral("id")).toInteger(), id);
        QJsonObject after = m_sandbox->get(QStringLiteral("/v1/contact/%1").arg(id)).object();
        QCOMPARE(after.value(QStringLiteral("custom")).toObject(),
                 (QJsonObject{{QStringLiteral("12"), QStringLiteral("Premium")},
                              {QStringLiteral("19"), QStringLiteral("AC-1")},
                              {QStringLiteral("26"), QStringLiteral("2026-06-01")}}));
        QVERIFY(after.value(QStringLiteral("updated")).toString() >
                before.value(QStringLiteral("updated")).toString());
        QCOMPARE(after.value(QStringLiteral("created")), before.value(QStringLiteral("created")));
        QCOMPARE(after.value(QStringLiteral("op")).toString(), QStringLiteral("update"));

        // Default (no query) is overwrite=false as well.
        QJsonObject clearOne = contactBody(QStringLiteral("15105553346"));
        clearOne.insert(QStringLiteral("custom"),
                        QJsonObject{{QStringLiteral("19"), QJsonValue::Null}});
        QCOMPARE(m_sandbox->put(QStringLiteral("/v1/contact/%1").arg(id), clearOne).status, 200);
        after = m_sandbox->get(QStringLiteral("/v1/contact/%1").arg(id)).object();
        QCOMPARE(after.value(QStringLiteral("custom")).toObject().keys(),
                 (QStringList{QStringLiteral("12"), QStringLiteral("26")}));
        QCOMPARE(after.value(QStringLiteral("rev")).toInteger(), 3);
    }

    void timestampsComeFromTheSandboxClockAndNeverGoBack()
    {
        const qint64 t = 1776007800000; // 2026-04-12T15:30:00Z
        const QString phone = QStringLiteral("15105553349");
        m_sandbox->setClock(t);
        const QString path = QStringLiteral("/v1/contact/%1").arg(create(contactBody(phone)));
        const auto rename = [&](const QString &first) {
            return m_sandbox->put(path, contactBody(phone, first)).status;
        };
        const auto stored = [&](const char *key) {
            return m_sandbox->get(path).object().value(QLatin1String(key)).toString();
        };
        QCOMPARE(stored("created"), Timestamps::format(t));
        QCOMPARE(stored("updated"), Timestamps::format(t));
        m_sandbox->advanceClock(250);
        QCOMPARE(rename(QStringLiteral("Jo")), 200);
        QCOMPARE(stored("created"), Timestamps::format(t));
        QCOMPARE(stored("updated"), Timestamps::format(t + 250));
        // A clock set back does not give a write an earlier time than the last one.
        m_sandbox->setClock(t - 60000);
        QCOMPARE(rename(QStringLiteral("Joe")), 200);
        QCOMPARE(stored("first"), QStringLiteral("Joe"));
        QCOMPARE(stored("updated"), Timestamps::format(t + 250));
    }

    void updateWithOverwriteReplacesCustom()
    {
        QJsonObject body = contactBody(QStringLiteral("15105553347"));
        body.insert(QStringLiteral("custom"),
                    QJsonObject{{QStringLiteral("12"), QStringLiteral("Starter")},
                                {QStringLiteral("19"), QStringLiteral("AC-1")}});
        const qint64 id = create(body);
        QJsonObject update = contactBody(QStringLiteral("15105553347"));
        update.insert(QStringLiteral("custom"),
                      QJsonObject{{QStringLiteral("26"), QStringLiteral("2027-01-01")}});
        QCOMPARE(
            m_sandbox->put(QStringLiteral("/v1/contact/%1?overwrite=true").arg(id), update).status,
            200);
        const QJsonObject after = m_sandbox->get(QStringLiteral("/v1/contact/%1").arg(id)).object();
        QCOMPARE(after.value(QStringLiteral("custom")).toObject(),
                 (QJsonObject{{QStringLiteral("26"), QStringLiteral("2027-01-01")}}));
        QCOMPARE(m_sandbox->put(QStringLiteral("/v1/contact/%1?overwrite=perhaps").arg(id), update)
                     .errorField(),
                 QStringLiteral("overwrite"));
    }

    void updateFieldsOwnerTagsOptOutAndPhone()
    {
        const qint64 id = create(contactBody(QStringLiteral("15105553348")));
        QJsonObject update =
            contactBody(QStringLiteral("15105553349"), QStringLiteral("Jordan"), QString());
        update.insert(QStringLiteral("assignee_id"), 103);
        update.insert(QStringLiteral("tags"), tagRefs({3, 4, 5, 6, 7}));
        update.insert(QStringLiteral("is_opted_out"), true);
        update.insert(QStringLiteral("email"), QStringLiteral("j@example.org"));
        QCOMPARE(m_sandbox->put(QStringLiteral("/v1/contact/%1").arg(id), update).status, 200);
        QJsonObject c = m_sandbox->get(QStringLiteral("/v1/contact/%1").arg(id)).object();
        QCOMPARE(c.value(QStringLiteral("phone")).toString(), QStringLiteral("15105553349"));
        QCOMPARE(c.value(QStringLiteral("last")).toString(), QString());
        QCOMPARE(c.value(QStringLiteral("assigned_user_id")).toInteger(), 103);
        QCOMPARE(c.value(QStringLiteral("tags")).toArray().size(), 5);
        QCOMPARE(c.value(QStringLiteral("is_opted_out")).toBool(), true);
        QCOMPARE(c.value(QStringLiteral("email")).toString(), QStringLiteral("j@example.org"));

        // -1 unassigns; omitted fields stay; the old phone is free again.
        QJsonObject unassign{{QStringLiteral("phone"), QStringLiteral("15105553349")},
                             {QStringLiteral("assignee_id"), -1}};
        QCOMPARE(m_sandbox->put(QStringLiteral("/v1/contact/%1").arg(id), unassign).status, 200);
        c = m_sandbox->get(QStringLiteral("/v1/contact/%1").arg(id)).object();
        QVERIFY(!c.contains(QStringLiteral("assigned_user_id")));
        QCOMPARE(c.value(QStringLiteral("email")).toString(), QStringLiteral("j@example.org"));
        QCOMPARE(c.value(QStringLiteral("tags")).toArray().size(), 5);
        QVERIFY(create(contactBody(QStringLiteral("15105553348"))) > 0);
    }

    void updateNeedsPhoneAndKnownIds()
    {
        const qint64 id = create(contactBody(QStringLiteral("15105553350")));
        QCOMPARE(m_sandbox
                     ->put(QStringLiteral("/v1/contact/%1").arg(id),
                           QJsonObject{{QStringLiteral("first"), QStringLiteral("X")}})
                     .errorField(),
                 QStringLiteral("phone"));
        QCOMPARE(m_sandbox
                     ->put(QStringLiteral("/v1/contact/99999999"),
                           contactBody(QStringLiteral("15105553350")))
                     .status,
                 404);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/contact/99999999")).status, 404);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/contact/abc")).errorField(),
                 QStringLiteral("id"));
    }

    void updateOmittedFields_data()
    {
        QTest::addColumn<bool>("strict");
        QTest::newRow("lenient") << false;
        QTest::newRow("strict") << true;
    }
    // 4.3: the lenient reading leaves what a PUT omits alone; the strict one
    // takes the body as the whole record and clears the rest (custom values
    // merge with overwrite=false; is_opted_out is left alone in both).
    void updateOmittedFields()
    {
        QFETCH(bool, strict);
        SandboxFixture sandbox(0, withReading(strict));
        QVERIFY(sandbox.isRunning());
        const QString phone = QStringLiteral("15105553360");
        const qint64 id = sandbox.post(QStringLiteral("/v1/contact"), everyField(phone))
                              .object()
                              .value(QStringLiteral("id"))
                              .toInteger();
        QVERIFY(id > 0);
        const QString path = QStringLiteral("/v1/contact/%1").arg(id);
        QCOMPARE(sandbox
                     .put(path, QJsonObject{{QStringLiteral("phone"), phone},
                                            {QStringLiteral("first"), QStringLiteral("Jo")}})
                     .status,
                 200);
        QJsonObject c = sandbox.get(path).object();
        QCOMPARE(c.value(QStringLiteral("first")).toString(), QStringLiteral("Jo"));
        QCOMPARE(c.value(QStringLiteral("phone")).toString(), phone);
        QCOMPARE(c.value(QStringLiteral("last")).toString(),
                 strict ? QString() : QStringLiteral("Rivera"));
        QCOMPARE(c.value(QStringLiteral("display_name")).toString(),
                 strict ? QStringLiteral("Jo") : QStringLiteral("Dr. J"));
        QCOMPARE(c.value(QStringLiteral("email")).toString(),
                 strict ? QString() : QStringLiteral("jordan@example.com"));
        QCOMPARE(c.value(QStringLiteral("avatar")).toString(),
                 strict ? QString() : QStringLiteral("https://example.com/j.png"));
        QCOMPARE(tagIdsOf(c), strict ? QList<qint64>() : (QList<qint64>{1, 2}));
        QCOMPARE(c.contains(QStringLiteral("assigned_user_id")), !strict);
        QCOMPARE(c.value(QStringLiteral("custom")).toObject().keys(),
                 (QStringList{QStringLiteral("12"), QStringLiteral("19")}));
        const auto optedOut = [&] {
            return sandbox
                .post(QStringLiteral("/v1/contact/status"), QJsonObject{{QStringLiteral("id"), id}})
                .object()
                .value(QStringLiteral("unsubscribed"))
                .toBool();
        };
        QVERIFY(optedOut());

        // overwrite=true without custom: strict replaces them with nothing.
        QCOMPARE(sandbox.put(path + QStringLiteral("?overwrite=true"), everyField(phone)).status,
                 200);
        QJsonObject body = everyField(phone);
        body.remove(QStringLiteral("custom"));
        QCOMPARE(sandbox.put(path + QStringLiteral("?overwrite=true"), body).status, 200);
        c = sandbox.get(path).object();
        QCOMPARE(c.value(QStringLiteral("custom")).toObject().size(), strict ? 0 : 2);
        // Everything sent: the same in both readings.
        QCOMPARE(c.value(QStringLiteral("last")).toString(), QStringLiteral("Rivera"));
        QCOMPARE(c.value(QStringLiteral("display_name")).toString(), QStringLiteral("Dr. J"));
        QCOMPARE(tagIdsOf(c), (QList<qint64>{1, 2}));
        QCOMPARE(c.value(QStringLiteral("assigned_user_id")).toInteger(), 103);
    }

    void nullCustomValue_data() { updateOmittedFields_data(); }
    // 4.3 documents no null: lenient removes the key, strict refuses it
    // (naming custom.<id>) and changes nothing; strict keeps "" as a value.
    void nullCustomValue()
    {
        QFETCH(bool, strict);
        SandboxFixture sandbox(0, withReading(strict));
        QVERIFY(sandbox.isRunning());
        const QString phone = QStringLiteral("15105553361");
        const qint64 id = sandbox.post(QStringLiteral("/v1/contact"), everyField(phone))
                              .object()
                              .value(QStringLiteral("id"))
                              .toInteger();
        const QString path = QStringLiteral("/v1/contact/%1").arg(id);
        QJsonObject body = everyField(phone);
        body.insert(QStringLiteral("custom"),
                    QJsonObject{{QStringLiteral("19"), QJsonValue::Null},
                                {QStringLiteral("12"), QStringLiteral("Premium")}});
        const HttpResult result = sandbox.put(path, body);
        QCOMPARE(result.status, strict ? 400 : 200);
        QJsonObject custom = sandbox.get(path).object().value(QStringLiteral("custom")).toObject();
        if (strict) {
            QCOMPARE(result.errorField(), QStringLiteral("custom.19"));
            QCOMPARE(custom.value(QStringLiteral("12")).toString(), QStringLiteral("Starter"));
            QCOMPARE(custom.value(QStringLiteral("19")).toString(), QStringLiteral("AC-1"));
        } else {
            QCOMPARE(custom, (QJsonObject{{QStringLiteral("12"), QStringLiteral("Premium")}}));
        }
        // The documented way to clear one works in both.
        body.insert(QStringLiteral("custom"),
                    QJsonObject{{QStringLiteral("12"), QStringLiteral("Premium")}});
        QCOMPARE(sandbox.put(path + QStringLiteral("?overwrite=true"), body).status, 200);
        custom = sandbox.get(path).object().value(QStringLiteral("custom")).toObject();
        QCOMPARE(custom, (QJsonObject{{QStringLiteral("12"), QStringLiteral("Premium")}}));
        // "" : removed (lenient) or a value (strict).
        body.insert(QStringLiteral("custom"), QJsonObject{{QStringLiteral("12"), QString()}});
        QCOMPARE(sandbox.put(path, body).status, 200);
        custom = sandbox.get(path).object().value(QStringLiteral("custom")).toObject();
        QCOMPARE(custom.contains(QStringLiteral("12")), strict);
    }

    void batchOverwrite_data() { updateOmittedFields_data(); }
    // 4.10: ?overwrite=true overwrites the contact with that phone; strict
    // reads that as the whole contact (what the item omits is cleared).
    void batchOverwrite()
    {
        QFETCH(bool, strict);
        SandboxFixture sandbox(0, withReading(strict));
        QVERIFY(sandbox.isRunning());
        const QString phone = QStringLiteral("15105553362");
        const qint64 id = sandbox.post(QStringLiteral("/v1/contact"), everyField(phone))
                              .object()
                              .value(QStringLiteral("id"))
                              .toInteger();
        const QJsonArray batch{QJsonObject{{QStringLiteral("phone"), phone},
                                           {QStringLiteral("first"), QStringLiteral("Alice")}}};
        QCOMPARE(sandbox.post(QStringLiteral("/v1/batch/contacts?overwrite=true"), batch)
                     .json.toString(),
                 QStringLiteral("ok"));
        const QJsonObject c = sandbox.get(QStringLiteral("/v1/contact/%1").arg(id)).object();
        QCOMPARE(c.value(QStringLiteral("first")).toString(), QStringLiteral("Alice"));
        QCOMPARE(c.value(QStringLiteral("last")).toString(),
                 strict ? QString() : QStringLiteral("Rivera"));
        QCOMPARE(c.value(QStringLiteral("email")).toString(),
                 strict ? QString() : QStringLiteral("jordan@example.com"));
        QCOMPARE(tagIdsOf(c), strict ? QList<qint64>() : (QList<qint64>{1, 2}));
        QCOMPARE(c.contains(QStringLiteral("assigned_user_id")), !strict);
        QCOMPARE(c.value(QStringLiteral("custom")).toObject().size(), strict ? 0 : 2);
        // The whole record sent: the same in both readings.
        QCOMPARE(sandbox
                     .post(QStringLiteral("/v1/batch/contacts?overwrite=true"),
                           QJsonArray{everyField(phone)})
                     .json.toString(),
                 QStringLiteral("ok"));
        const QJsonObject whole = sandbox.get(QStringLiteral("/v1/contact/%1").arg(id)).object();
        QCOMPARE(whole.value(QStringLiteral("last")).toString(), QStringLiteral("Rivera"));
        QCOMPARE(tagIdsOf(whole), (QList<qint64>{1, 2}));
        QCOMPARE(whole.value(QStringLiteral("custom")).toObject().size(), 2);
    }

    void deleteAnswersOkAndRemoves()
    {
        const qint64 id = create(contactBody(QStringLiteral("15105553351")));
        const HttpResult result = m_sandbox->del(QStringLiteral("/v1/contact/%1").arg(id));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json.toString(), QStringLiteral("ok"));
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/contact/%1").arg(id)).status, 404);
        QCOMPARE(m_sandbox->del(QStringLiteral("/v1/contact/%1").arg(id)).status, 404);
    }

    void deleteTakesTheMessageHistoryWithIt()
    {
        // 4.4: "the contact's conversation history ... go[es] with it".
        const qint64 id = create(contactBody(QStringLiteral("15105553352")));
        const qint64 other = create(contactBody(QStringLiteral("15105553353")));
        QVERIFY(id > 0 && other > 0);
        for (const QString &phone :
             {QStringLiteral("15105553352"), QStringLiteral("15105553353")}) {
            QCOMPARE(m_sandbox
                         ->post(QStringLiteral("/v1/message/send"),
                                QJsonObject{{QStringLiteral("inbox_id"), 413},
                                            {QStringLiteral("creator_id"), 101},
                                            {QStringLiteral("phone_number"), phone},
                                            {QStringLiteral("text"), QStringLiteral("Hello")}})
                         .status,
                     200);
        }
        const auto history = [this](const QString &phone) {
            return m_sandbox
                ->get(QStringLiteral("/v1/messages?phoneNumber=%1&inboxID=413").arg(phone))
                .array()
                .size();
        };
        const auto conversationsWith = [this](const QString &phone) {
            int count = 0;
            const QJsonArray all =
                m_sandbox->post(QStringLiteral("/v1/conversations"), QJsonObject()).array();
            for (const QJsonValue &c : all)
                count += c.toObject().value(QStringLiteral("target")).toString() == phone;
            return count;
        };
        QCOMPARE(history(QStringLiteral("15105553352")), 1);
        QCOMPARE(conversationsWith(QStringLiteral("15105553352")), 1);
        QCOMPARE(m_sandbox->del(QStringLiteral("/v1/contact/%1").arg(id)).status, 200);
        QCOMPARE(history(QStringLiteral("15105553352")), 0);
        QCOMPARE(conversationsWith(QStringLiteral("15105553352")), 0);
        QCOMPARE(history(QStringLiteral("15105553353")), 1); // another contact keeps its own
        QCOMPARE(conversationsWith(QStringLiteral("15105553353")), 1);
    }

    void tagsInContactsByReading_data()
    {
        QTest::addColumn<QString>("reading");
        QTest::newRow("lenient") << QStringLiteral("lenient");
        QTest::newRow("strict") << QStringLiteral("strict");
    }
    void tagsInContactsByReading()
    {
        // 3 (tags in responses UNSPECIFIED): full Tag objects (lenient) or
        // bare integer ids (strict), in v1 and v2 answers.
        QFETCH(QString, reading);
        const bool strict = reading == QLatin1String("strict");
        Sandbox::Options options;
        options.reading = *Sandbox::readingFromName(reading);
        SandboxFixture sandbox(0, options);
        QJsonObject body = contactBody(QStringLiteral("15105553354"));
        body.insert(QStringLiteral("tags"), tagRefs({1, 2}));
        const HttpResult created = sandbox.post(QStringLiteral("/v1/contact"), body);
        QCOMPARE(created.status, 200);
        const qint64 id = created.object().value(QStringLiteral("id")).toInteger();
        const QString uuid = created.object().value(QStringLiteral("uuid")).toString();
        const QList<QJsonObject> answers = {
            sandbox.get(QStringLiteral("/v1/contact/%1").arg(id)).object(),
            sandbox.post(QStringLiteral("/v1/contacts"), QJsonObject()).array().at(0).toObject(),
            sandbox
                .post(QStringLiteral("/v1/contact/get"),
                      QJsonObject{{QStringLiteral("phone"), QStringLiteral("15105553354")}})
                .object(),
            sandbox.get(QStringLiteral("/v2/contact/") + uuid).object()};
        for (const QJsonObject &contact : answers) {
            QCOMPARE(contact.value(QStringLiteral("id")).toInteger(), id);
            const QJsonArray tags = contact.value(QStringLiteral("tags")).toArray();
            QCOMPARE(tags.size(), 2);
            if (strict) {
                QVERIFY(tags.at(0).isDouble());
                QCOMPARE(tags.at(0).toInteger(), 1);
            } else {
                QCOMPARE(tags.at(0).toObject().value(QStringLiteral("id")).toInteger(), 1);
                QVERIFY(!tags.at(0).toObject().value(QStringLiteral("tag")).toString().isEmpty());
            }
        }
        // v1 answers carry neither uuid nor channels, in either reading.
        for (qsizetype i = 0; i < 3; ++i) {
            QVERIFY(!answers.at(i).contains(QStringLiteral("uuid")));
            QVERIFY(!answers.at(i).contains(QStringLiteral("contact_channels")));
        }
    }

    void listPagingByReading_data()
    {
        QTest::addColumn<QString>("reading");
        QTest::newRow("lenient") << QStringLiteral("lenient");
        QTest::newRow("strict") << QStringLiteral("strict");
    }
    void listPagingByReading()
    {
        // 4.5: `limit` and `page` are only in the generated schema. Lenient
        // honours them; strict ignores them (30 from the cursor, even an
        // invalid limit). The v2 list (5.6 documents them) honours both in
        // either reading.
        QFETCH(QString, reading);
        const bool strict = reading == QLatin1String("strict");
        Sandbox::Options options;
        options.reading = *Sandbox::readingFromName(reading);
        SandboxFixture sandbox(80, options);
        const auto ids = [&sandbox](const QString &path, const QJsonObject &body) {
            QList<qint64> list;
            const QJsonArray page = sandbox.post(path, body).array();
            for (const QJsonValue &c : page)
                list.append(c.toObject().value(QStringLiteral("id")).toInteger());
            return list;
        };
        const QString v1 = QStringLiteral("/v1/contacts");
        const QList<qint64> first = ids(v1, QJsonObject());
        QCOMPARE(first.size(), 30);
        QCOMPARE(ids(v1, QJsonObject{{QStringLiteral("limit"), 5}}).size(), strict ? 30 : 5);
        QCOMPARE(ids(v1, QJsonObject{{QStringLiteral("limit"), 100}}).size(), strict ? 30 : 80);
        const QList<qint64> second = ids(v1, QJsonObject{{QStringLiteral("page"), 1}});
        QCOMPARE(second == first, strict);
        QCOMPARE(sandbox.post(v1, QJsonObject{{QStringLiteral("limit"), 0}}).status,
                 strict ? 200 : 400);

        const QString v2 = QStringLiteral("/v2/contacts/list");
        QCOMPARE(ids(v2, QJsonObject{{QStringLiteral("limit"), 5}}).size(), 5);
        QCOMPARE(ids(v2, QJsonObject{{QStringLiteral("limit"), 30}}), first);
        const QList<qint64> v2Second =
            ids(v2, QJsonObject{{QStringLiteral("limit"), 30}, {QStringLiteral("page"), 1}});
        QCOMPARE(v2Second.size(), 30);
        QVERIFY(v2Second != first);
        if (!strict)
            QCOMPARE(second, v2Second);
    }

    void listPagesOfThirtyNewestFirst()
    {
        const HttpResult first =
            m_sandbox->post(QStringLiteral("/v1/contacts"), QJsonValue(QJsonValue::Undefined));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.array().size(), 20); // the seeded team has 20
        QString previous = QStringLiteral("9999");
        for (const QJsonValue &value : first.array()) {
            const QString updated = value.toObject().value(QStringLiteral("updated")).toString();
            QVERIFY(updated <= previous);
            previous = updated;
        }
        for (int i = 0; i < 25; ++i)
            create(contactBody(QStringLiteral("1510555%1").arg(4000 + i)));
        const HttpResult page = m_sandbox->post(QStringLiteral("/v1/contacts"), QJsonObject());
        QCOMPARE(page.array().size(), 30);
        const QJsonArray small =
            m_sandbox
                ->post(QStringLiteral("/v1/contacts"), QJsonObject{{QStringLiteral("limit"), 5}})
                .array();
        QCOMPARE(small.size(), 5);
        const QJsonArray owned = m_sandbox
                                     ->post(QStringLiteral("/v1/contacts"),
                                            QJsonObject{{QStringLiteral("assigned"), 101},
                                                        {QStringLiteral("limit"), 100}})
                                     .array();
        for (const QJsonValue &value : owned)
            QCOMPARE(value.toObject().value(QStringLiteral("assigned_user_id")).toInteger(), 101);
        QCOMPARE(m_sandbox
                     ->post(QStringLiteral("/v1/contacts"),
                            QJsonObject{{QStringLiteral("date"), QStringLiteral("yesterday")}})
                     .errorField(),
                 QStringLiteral("date"));
        QCOMPARE(
            m_sandbox
                ->post(QStringLiteral("/v1/contacts"), QJsonObject{{QStringLiteral("limit"), 0}})
                .errorField(),
            QStringLiteral("limit"));
    }

    void countAllAndBeforeADate()
    {
        HttpResult result = m_sandbox->post(QStringLiteral("/v1/contacts/count"), QJsonObject());
        QCOMPARE(result.status, 200);
        QCOMPARE(result.object().value(QStringLiteral("count")).toInteger(), 20);
        result = m_sandbox->post(
            QStringLiteral("/v1/contacts/count"),
            QJsonObject{{QStringLiteral("date"), QStringLiteral("2000-01-01T00:00:00Z")}});
        QCOMPARE(result.object().value(QStringLiteral("count")).toInteger(), 0);
        create(contactBody(QStringLiteral("15105553352")));
        result = m_sandbox->post(QStringLiteral("/v1/contacts/count"),
                                 QJsonValue(QJsonValue::Undefined));
        QCOMPARE(result.object().value(QStringLiteral("count")).toInteger(), 21);
    }

    void getByPhoneOrId()
    {
        const qint64 id = create(contactBody(QStringLiteral("15105553353")));
        const qint64 other =
            create(contactBody(QStringLiteral("15105553354"), QStringLiteral("Other")));
        HttpResult result =
            m_sandbox->post(QStringLiteral("/v1/contact/get"),
                            QJsonObject{{QStringLiteral("phone"), QStringLiteral("15105553353")}});
        QCOMPARE(result.status, 200);
        QCOMPARE(result.object().value(QStringLiteral("id")).toInteger(), id);
        result = m_sandbox->post(QStringLiteral("/v1/contact/get"),
                                 QJsonObject{{QStringLiteral("id"), QString::number(other)}});
        QCOMPARE(result.object().value(QStringLiteral("id")).toInteger(), other);
        // Both given: phone wins.
        result =
            m_sandbox->post(QStringLiteral("/v1/contact/get"),
                            QJsonObject{{QStringLiteral("id"), QString::number(other)},
                                        {QStringLiteral("phone"), QStringLiteral("15105553353")}});
        QCOMPARE(result.object().value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(m_sandbox
                     ->post(QStringLiteral("/v1/contact/get"),
                            QJsonObject{{QStringLiteral("phone"), QStringLiteral("15105550000")}})
                     .status,
                 404);
        QCOMPARE(m_sandbox->post(QStringLiteral("/v1/contact/get"), QJsonObject()).errorField(),
                 QStringLiteral("phone"));
    }

    void statusAndSetStatus()
    {
        const qint64 id = create(contactBody(QStringLiteral("15105553355")));
        const auto status = [this](qint64 contactId) {
            return m_sandbox
                ->post(QStringLiteral("/v1/contact/status"),
                       QJsonObject{{QStringLiteral("id"), contactId}})
                .object();
        };
        QJsonObject s = status(id);
        QCOMPARE(s.value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(s.value(QStringLiteral("phone")).toString(), QStringLiteral("15105553355"));
        QCOMPARE(s.value(QStringLiteral("unsubscribed")).toBool(), false);
        QCOMPARE(s.value(QStringLiteral("blocked")).toBool(), false);

        const auto set = [this](const QJsonObject &body) {
            return m_sandbox->post(QStringLiteral("/v1/contact/set_status"), body);
        };
        HttpResult result = set({{QStringLiteral("phone"), QStringLiteral("15105553355")},
                                 {QStringLiteral("status"), QStringLiteral("unsubscribed")}});
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json.toString(), QStringLiteral("success"));
        QCOMPARE(status(id).value(QStringLiteral("unsubscribed")).toBool(), true);
        const QJsonObject contact =
            m_sandbox->get(QStringLiteral("/v1/contact/%1").arg(id)).object();
        QCOMPARE(contact.value(QStringLiteral("is_opted_out")).toBool(), true);
        QCOMPARE(contact.value(QStringLiteral("rev")).toInteger(), 2);

        set({{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("blocked")}});
        QCOMPARE(status(id).value(QStringLiteral("blocked")).toBool(), true);
        set({{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("unblocked")}});
        QCOMPARE(status(id).value(QStringLiteral("blocked")).toBool(), false);
        QCOMPARE(status(id).value(QStringLiteral("unsubscribed")).toBool(), true);
        set({{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("subscribed")}});
        QCOMPARE(status(id).value(QStringLiteral("unsubscribed")).toBool(), false);
        set({{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("blocked")}});
        set({{QStringLiteral("id"), id},
             {QStringLiteral("status"), QStringLiteral("unsubscribed")}});
        set({{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("active")}});
        s = status(id);
        QCOMPARE(s.value(QStringLiteral("blocked")).toBool(), false);
        QCOMPARE(s.value(QStringLiteral("unsubscribed")).toBool(), false);

        QCOMPARE(set({{QStringLiteral("id"), id},
                      {QStringLiteral("status"), QStringLiteral("opted_out")}})
                     .errorField(),
                 QStringLiteral("status"));
        QCOMPARE(set({{QStringLiteral("id"), id}}).errorField(), QStringLiteral("status"));
        QCOMPARE(set({{QStringLiteral("id"), 424242},
                      {QStringLiteral("status"), QStringLiteral("active")}})
                     .status,
                 404);
        QCOMPARE(m_sandbox->post(QStringLiteral("/v1/contact/status"), QJsonObject()).status, 400);
    }

    void batchCreateSkipsOrOverwritesDuplicates()
    {
        create(contactBody(QStringLiteral("15105551234"), QStringLiteral("Original")));
        const QJsonArray batch{
            QJsonObject{{QStringLiteral("phone"), QStringLiteral("15105551234")},
                        {QStringLiteral("first"), QStringLiteral("Alice")}},
            QJsonObject{{QStringLiteral("phone"), QStringLiteral("15105555678")},
                        {QStringLiteral("first"), QStringLiteral("Bob")},
                        {QStringLiteral("display_name"), QStringLiteral("Bob Jones")}},
        };
        HttpResult result = m_sandbox->post(QStringLiteral("/v1/batch/contacts"), batch);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json.toString(), QStringLiteral("ok"));
        QJsonObject existing =
            m_sandbox
                ->post(QStringLiteral("/v1/contact/get"),
                       QJsonObject{{QStringLiteral("phone"), QStringLiteral("15105551234")}})
                .object();
        QCOMPARE(existing.value(QStringLiteral("first")).toString(), QStringLiteral("Original"));
        QCOMPARE(m_sandbox
                     ->post(QStringLiteral("/v1/contact/get"),
                            QJsonObject{{QStringLiteral("phone"), QStringLiteral("15105555678")}})
                     .object()
                     .value(QStringLiteral("display_name"))
                     .toString(),
                 QStringLiteral("Bob Jones"));

        result = m_sandbox->post(QStringLiteral("/v1/batch/contacts?overwrite=true"), batch);
        QCOMPARE(result.json.toString(), QStringLiteral("ok"));
        existing = m_sandbox
                       ->post(QStringLiteral("/v1/contact/get"),
                              QJsonObject{{QStringLiteral("phone"), QStringLiteral("15105551234")}})
                       .object();
        QCOMPARE(existing.value(QStringLiteral("first")).toString(), QStringLiteral("Alice"));
        QCOMPARE(existing.value(QStringLiteral("rev")).toInteger(), 2);
    }

    void batchReportsFailedContactsAndKeepsTheRest()
    {
        const qint64 before = m_sandbox->server().contactCount();
        const QJsonArray batch{
            QJsonObject{{QStringLiteral("phone"), QStringLiteral("15105557001")}},
            QJsonObject{{QStringLiteral("phone"), QStringLiteral("+15105557002")}},
            QJsonObject{{QStringLiteral("first"), QStringLiteral("No phone")}},
            QJsonObject{{QStringLiteral("phone"), QStringLiteral("15105557003")},
                        {QStringLiteral("is_opted_out"), true}},
            QStringLiteral("not an object"),
        };
        const HttpResult result = m_sandbox->post(QStringLiteral("/v1/batch/contacts"), batch);
        QCOMPARE(result.status, 200);
        const QJsonArray failed = result.array();
        QCOMPARE(failed.size(), 3);
        QCOMPARE(failed.at(0).toObject().value(QStringLiteral("phone")).toString(),
                 QStringLiteral("+15105557002"));
        QCOMPARE(batchErrorField(failed, 0), QStringLiteral("[1].phone"));
        QCOMPARE(batchErrorField(failed, 1), QStringLiteral("[2].phone"));
        QCOMPARE(batchErrorField(failed, 2), QStringLiteral("[4]"));
        QCOMPARE(m_sandbox->server().contactCount(), before + 2);
        const QJsonObject optedOut =
            m_sandbox
                ->post(QStringLiteral("/v1/contact/get"),
                       QJsonObject{{QStringLiteral("phone"), QStringLiteral("15105557003")}})
                .object();
        QCOMPARE(optedOut.value(QStringLiteral("is_opted_out")).toBool(), true);

        QCOMPARE(m_sandbox->post(QStringLiteral("/v1/batch/contacts"), QJsonObject()).status, 400);
        QJsonArray tooMany;
        for (int i = 0; i < 1001; ++i)
            tooMany.append(
                QJsonObject{{QStringLiteral("phone"),
                             QStringLiteral("1510556%1").arg(i, 4, 10, QLatin1Char('0'))}});
        QCOMPARE(m_sandbox->post(QStringLiteral("/v1/batch/contacts"), tooMany).status, 400);
        QCOMPARE(m_sandbox->server().contactCount(), before + 2);
    }

    void batchContactsShareOneUpdatedValue()
    {
        QJsonArray batch;
        for (int i = 0; i < 40; ++i)
            batch.append(
                QJsonObject{{QStringLiteral("phone"),
                             QStringLiteral("1510558%1").arg(i, 4, 10, QLatin1Char('0'))}});
        QCOMPARE(m_sandbox->post(QStringLiteral("/v1/batch/contacts"), batch).json.toString(),
                 QStringLiteral("ok"));
        const QJsonArray page =
            m_sandbox->post(QStringLiteral("/v1/contacts"), QJsonObject()).array();
        QCOMPARE(page.size(), 30);
        const QJsonValue updated = page.first().toObject().value(QStringLiteral("updated"));
        for (const QJsonValue &value : page)
            QCOMPARE(value.toObject().value(QStringLiteral("updated")), updated);
    }
};

QTEST_GUILESS_MAIN(TestSandboxContactsV1)
#include "tst_sandbox_contacts_v1.moc"
