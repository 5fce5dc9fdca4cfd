// The demo team looks like a real one: people's names (most with first and
// last name, some businesses, a few phone numbers alone), display names as
// a team writes them, real-looking companies, templates with the merge
// tokens the contract documents, broadcast lists with members.

#include "core/Compose.h"
#include "sandbox/SandboxSeeder.h"
#include "tests/common/SandboxFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace ContactDesk;
using namespace ContactDesk::Tests;

class TestSandboxSeeder : public QObject
{
    Q_OBJECT

    static constexpr int contacts = 2000;

private Q_SLOTS:
    void namesLookLikeATeamWroteThem()
    {
        Sandbox::SandboxStore store(QString{});
        Sandbox::seedDemoTeam(store, contacts);
        qint64 companyField = 0;
        for (const Sandbox::FieldRecord &field : store.listFields()) {
            if (field.title == QLatin1String("Company"))
                companyField = field.id;
        }
        QVERIFY(companyField);
        Sandbox::SandboxStore::ListQuery query;
        query.limit = contacts;
        const QList<Sandbox::ContactRecord> seeded = store.listContacts(query);
        QCOMPARE(seeded.size(), contacts);
        int full = 0;
        int companyOnly = 0;
        int phoneOnly = 0;
        for (const Sandbox::ContactRecord &c : seeded) {
            const QString why = QStringLiteral("contact %1: \"%2\"").arg(c.id).arg(c.displayName);
            // Never a raw number, never a name that sorts by its punctuation.
            QVERIFY2(c.displayName != c.phone, qPrintable(why));
            if (!c.displayName.isEmpty()) {
                QVERIFY2(c.displayName.at(0).isLetterOrNumber(), qPrintable(why));
                QVERIFY2(!(c.displayName.startsWith(QLatin1Char('(')) &&
                           c.displayName.endsWith(QLatin1Char(')'))),
                         qPrintable(why));
            }
            const QString company = c.custom.value(QString::number(companyField)).toString();
            if (!company.isEmpty())
                QVERIFY2(company.at(0).isLetterOrNumber(), qPrintable(company));
            if (!c.first.isEmpty() && !c.last.isEmpty())
                ++full;
            if (c.first.isEmpty() && c.last.isEmpty()) {
                if (c.displayName.isEmpty()) {
                    ++phoneOnly; // first + last: empty (spec 3), so the app shows the phone
                    QVERIFY2(c.email.isEmpty() && !c.phone.isEmpty(), qPrintable(why));
                } else {
                    ++companyOnly; // a business goes by its company
                    QCOMPARE(c.displayName, company);
                }
            }
        }
        QVERIFY2(full > contacts * 3 / 4, qPrintable(QString::number(full)));
        QVERIFY2(companyOnly > contacts / 25 && companyOnly < contacts / 8,
                 qPrintable(QString::number(companyOnly)));
        QVERIFY2(phoneOnly > contacts / 100 && phoneOnly < contacts / 16,
                 qPrintable(QString::number(phoneOnly)));
        for (const char *toy : {"Acme", "Globex", "Initech", "Hooli", "Stark", "Wayne"}) {
            for (const Sandbox::ContactRecord &c : seeded)
                QVERIFY2(!c.displayName.contains(QLatin1String(toy)), qPrintable(c.displayName));
        }
    }

    void templatesUseTheDocumentedMergeTokens()
    {
        SandboxFixture sandbox(50);
        QStringList fields;
        for (const QJsonValue &field :
             sandbox.post(QStringLiteral("/v1/contact-fields"), QJsonObject()).array())
            fields.append(field.toObject().value(QStringLiteral("title")).toString().toLower());
        const QJsonArray templates =
            sandbox.post(QStringLiteral("/v1/templates"), QJsonObject()).array();
        QStringList names;
        int active = 0;
        for (const QJsonValue &value : templates) {
            const QJsonObject t = value.toObject();
            names.append(t.value(QStringLiteral("name")).toString());
            active += !t.value(QStringLiteral("archived")).toBool();
            const QString text = t.value(QStringLiteral("content"))
                                     .toObject()
                                     .value(QStringLiteral("text"))
                                     .toString();
            QVERIFY2(text.contains(QLatin1String("{{first_name}}")), qPrintable(text));
            for (const QString &token : Compose::tokens(text)) {
                const QString name = token.toLower();
                QVERIFY2(name == QLatin1String("first_name") ||
                             name == QLatin1String("last_name") || fields.contains(name),
                         qPrintable(token));
            }
            // Each one answers GET in the documented shape.
            const QJsonObject got = sandbox
                                        .get(QStringLiteral("/v1/template/%1")
                                                 .arg(t.value(QStringLiteral("id")).toInteger()))
                                        .object();
            QCOMPARE(got.value(QStringLiteral("name")), t.value(QStringLiteral("name")));
        }
        QVERIFY2(active >= 3, qPrintable(names.join(QStringLiteral(", "))));
        QVERIFY(names.contains(QStringLiteral("Order ready")));
        QVERIFY(names.contains(QStringLiteral("Appointment reminder")));
        QVERIFY(names.contains(QStringLiteral("Follow-up")));

        // A send with a template renders the contact's values (for the
        // first named contact who may be messaged: blocked ones are refused).
        const qint64 orderReady = templates.at(int(names.indexOf(QStringLiteral("Order ready"))))
                                      .toObject()
                                      .value(QStringLiteral("id"))
                                      .toInteger();
        const QJsonArray people =
            sandbox.post(QStringLiteral("/v1/contacts"), QJsonObject()).array();
        QString rendered;
        QString first;
        for (const QJsonValue &p : people) {
            const QJsonObject c = p.toObject();
            first = c.value(QStringLiteral("first")).toString();
            const QString phone = c.value(QStringLiteral("phone")).toString();
            if (first.isEmpty() || c.value(QStringLiteral("is_opted_out")).toBool())
                continue;
            const HttpResult sent =
                sandbox.post(QStringLiteral("/v1/message/send"),
                             QJsonObject{{QStringLiteral("inbox_id"), 413},
                                         {QStringLiteral("creator_id"), 101},
                                         {QStringLiteral("phone_number"), phone},
                                         {QStringLiteral("template_id"), orderReady}});
            if (sent.status != 200)
                continue;
            const QJsonArray history =
                sandbox.get(QStringLiteral("/v1/messages?phoneNumber=%1&inboxID=413").arg(phone))
                    .array();
            QVERIFY(!history.isEmpty());
            rendered = history.at(0).toObject().value(QStringLiteral("text")).toString();
            break;
        }
        QVERIFY2(rendered.startsWith(QStringLiteral("Hi %1, your order is ready").arg(first)),
                 qPrintable(rendered));
    }

    void listsHaveMembersAndCanBeSentTo()
    {
        Sandbox::SandboxStore store(QString{});
        Sandbox::seedDemoTeam(store, contacts);
        QStringList titles;
        for (qint64 id = 1; id <= 10; ++id) {
            const auto list = store.listById(id);
            if (!list)
                continue;
            titles.append(list->value(QStringLiteral("name")).toString());
            const QJsonArray members = list->value(QStringLiteral("contacts")).toArray();
            QVERIFY2(!members.isEmpty(), qPrintable(titles.last()));
            QVERIFY(members.size() <= store.team().listSize);
            const QJsonObject targets = list->value(QStringLiteral("targets")).toObject();
            for (const QJsonValue &member : members) {
                const auto contact = store.contactById(member.toInteger());
                QVERIFY(contact);
                QVERIFY(!contact->optedOut && !contact->blocked);
                QVERIFY(targets.contains(contact->phone));
            }
        }
        QVERIFY2(titles.size() >= 2, qPrintable(titles.join(QStringLiteral(", "))));
        // No contacts, no lists: nobody to put in them.
        Sandbox::SandboxStore empty(QString{});
        Sandbox::seedDemoTeam(empty, 0);
        QVERIFY(!empty.listById(1));

        // A broadcast to a seeded list reaches its members.
        SandboxFixture sandbox(200);
        const HttpResult sent =
            sandbox.post(QStringLiteral("/v1/message/send"),
                         QJsonObject{{QStringLiteral("inbox_id"), 413},
                                     {QStringLiteral("creator_id"), 101},
                                     {QStringLiteral("list_id"), 1},
                                     {QStringLiteral("local_id"), QStringLiteral("demo-broadcast")},
                                     {QStringLiteral("text"),
                                      QStringLiteral("Fresh bread at 7, {{first_name}}")}});
        QCOMPARE(sent.status, 200);
    }

    void theSameCountGivesTheSameTeam()
    {
        Sandbox::SandboxStore one(QString{});
        Sandbox::SandboxStore two(QString{});
        Sandbox::seedDemoTeam(one, 300);
        Sandbox::seedDemoTeam(two, 300);
        Sandbox::SandboxStore::ListQuery query;
        query.limit = 300;
        const QList<Sandbox::ContactRecord> a = one.listContacts(query);
        const QList<Sandbox::ContactRecord> b = two.listContacts(query);
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a.at(i).displayName, b.at(i).displayName);
            QCOMPARE(a.at(i).phone, b.at(i).phone);
        }
        QCOMPARE(one.listById(1), two.listById(1));
        QCOMPARE(one.listTemplates(std::numeric_limits<qint64>::max(), 30),
                 two.listTemplates(std::numeric_limits<qint64>::max(), 30));
    }
};

QTEST_GUILESS_MAIN(TestSandboxSeeder)
#include "tst_sandbox_seeder.moc"
