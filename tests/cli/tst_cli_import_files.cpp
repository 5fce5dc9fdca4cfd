// The files users bring (tests/data/import: Google Contacts, Outlook, a
// German Excel export in Windows-1252, HubSpot; vCard 2.1, 3.0 and 4.0)
// imported with contactdesk-cli as a user runs it, and checked on the
// sandbox's side: the contacts, their further channels, owners, custom
// values; what the report says (mapping, ignored columns, warnings); and a
// file imported twice changes nothing the second time.

#include "store/Profile.h"
#include "sync/ImportSession.h"
#include "tests/cli/CliRunner.h"
#include "tests/common/SandboxFixture.h"
#include "tests/common/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ContactDesk;
using namespace ContactDesk::Tests;

using Result = CliResult;

class TestCliImportFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;

    CliRunner runner() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CONTACTDESK_API_KEY"),
                           QString::fromLatin1(SandboxFixture::apiKey));
        return CliRunner(QStringLiteral(CLI_EXECUTABLE),
                         {QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("profile")),
                          QStringLiteral("--api-url"), m_sandbox->baseUrl().toString()},
                         environment);
    }
    Result cli(const QStringList &arguments) const { return runner().run(arguments); }
    static QString data(const char *name)
    {
        return QStringLiteral(IMPORT_DATA_DIR "/") + QString::fromLatin1(name);
    }

    // Imports a file with --json (plus `extra`) and returns the report.
    QJsonObject import(const QString &path, const QStringList &extra = {})
    {
        const Result result =
            cli(QStringList{QStringLiteral("import"), path, QStringLiteral("--json")} + extra);
        if (result.exitCode != 0)
            qWarning() << result.exitCode << result.err << result.out;
        return result.json().toObject();
    }

    // The sandbox's contact with this phone (v1), or an empty object.
    QJsonObject contact(const QString &phone) const
    {
        const HttpResult result = m_sandbox->post(QStringLiteral("/v1/contact/get"),
                                                  QJsonObject{{QStringLiteral("phone"), phone}});
        return result.status == 200 ? result.object() : QJsonObject();
    }
    // Its channels' values (v2), sorted.
    QStringList channels(const QString &phone) const
    {
        QStringList values;
        const QJsonArray found =
            m_sandbox
                ->post(QStringLiteral("/v2/contacts/search"),
                       QJsonObject{{QStringLiteral("contact_channels"),
                                    QJsonArray{QJsonObject{
                                        {QStringLiteral("channel_type"), QStringLiteral("phone")},
                                        {QStringLiteral("channel_ids"), QJsonArray{phone}}}}}})
                .json.toArray();
        const QString uuid = found.at(0).toObject().value(QStringLiteral("uuid")).toString();
        for (const QJsonValue &channel :
             m_sandbox->get(QStringLiteral("/v2/contact/%1/channels").arg(uuid)).json.toArray())
            values.append(channel.toObject().value(QStringLiteral("channel_id")).toString());
        values.sort();
        return values;
    }
    // The custom value of the team's field with this title.
    QString customValue(const QJsonObject &contact, const QString &title) const
    {
        qint64 field = 0;
        for (const QJsonValue &value :
             m_sandbox->post(QStringLiteral("/v1/contact-fields"), QJsonObject()).json.toArray())
            if (value.toObject().value(QStringLiteral("title")).toString() == title)
                field = value.toObject().value(QStringLiteral("id")).toInteger();
        const QJsonValue custom = contact.value(QStringLiteral("custom"));
        if (custom.isObject())
            return custom.toObject().value(QString::number(field)).toString();
        for (const QJsonValue &entry : custom.toArray())
            if (entry.toObject().value(QStringLiteral("id")).toInteger() == field)
                return entry.toObject().value(QStringLiteral("value")).toString();
        return {};
    }
    static QStringList strings(const QJsonValue &array)
    {
        QStringList out;
        for (const QJsonValue &value : array.toArray())
            out.append(value.isObject()
                           ? value.toObject().value(QStringLiteral("warning")).toString()
                           : value.toString());
        return out;
    }

private Q_SLOTS:
    void init()
    {
        Sandbox::Options options;
        options.apiKeys = {QString::fromLatin1(SandboxFixture::apiKey)};
        options.rateLimitPerMinute = 0;
        m_sandbox = std::make_unique<SandboxFixture>(20, options);
        QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
        QDir(m_dir.filePath(QStringLiteral("profile"))).removeRecursively();
    }
    void cleanup() { m_sandbox.reset(); }

    void googleCellsWithSeveralValues()
    {
        const QJsonObject report = import(data("google-contacts.csv"));
        QCOMPARE(report.value(QStringLiteral("new")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("invalid")).toInt(), 0);
        QCOMPARE(m_sandbox->contactCount(), 22);
        const QJsonObject amara = contact(QStringLiteral("14155550131"));
        QCOMPARE(amara.value(QStringLiteral("first")).toString(), QStringLiteral("Amara"));
        QCOMPARE(amara.value(QStringLiteral("email")).toString(),
                 QStringLiteral("amara@okafor.example"));
        QCOMPARE(channels(QStringLiteral("14155550131")),
                 (QStringList{QStringLiteral("14155550131"), QStringLiteral("14155550132"),
                              QStringLiteral("amara.home@example.com"),
                              QStringLiteral("amara@okafor.example")}));
        // "Organization Name" lands in the team's Company field.
        QCOMPARE(customValue(amara, QStringLiteral("Company")), QStringLiteral("Okafor Design"));
        // Notes is no field of the team: ignored, and named, without --create-fields.
        QVERIFY(strings(report.value(QStringLiteral("ignored_columns")))
                    .contains(QStringLiteral("Notes")));
        QCOMPARE(channels(QStringLiteral("31612345678")),
                 (QStringList{QStringLiteral("31201234567"), QStringLiteral("31612345678"),
                              QStringLiteral("bram@devries.example")}));
    }

    void outlookWithOnlyABusinessPhone()
    {
        const QJsonObject report = import(data("outlook-business-phone.csv"));
        QCOMPARE(report.value(QStringLiteral("new")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("invalid")).toInt(), 0);
        const QJsonObject carla = contact(QStringLiteral("12125550141"));
        QCOMPARE(carla.value(QStringLiteral("last")).toString(), QStringLiteral("Moreno"));
        // The mobile is Dev's phone; the home phone and the second address channels.
        const QJsonObject dev = contact(QStringLiteral("12125550143"));
        QCOMPARE(dev.value(QStringLiteral("first")).toString(), QStringLiteral("Dev"));
        QCOMPARE(channels(QStringLiteral("12125550143")),
                 (QStringList{QStringLiteral("12125550142"), QStringLiteral("12125550143"),
                              QStringLiteral("dev.home@example.com"),
                              QStringLiteral("dev@patel.example")}));
        // --phone-order: the home phone first instead.
        QCOMPARE(cli({QStringLiteral("undo-import")}).exitCode, 0);
        const QJsonObject ordered =
            import(data("outlook-business-phone.csv"),
                   {QStringLiteral("--phone-order"),
                    QStringLiteral("Home Phone,Mobile Phone,Business Phone")});
        QCOMPARE(strings(ordered.value(QStringLiteral("phone_order"))),
                 (QStringList{QStringLiteral("Home Phone"), QStringLiteral("Mobile Phone"),
                              QStringLiteral("Business Phone")}));
        QCOMPARE(contact(QStringLiteral("12125550142")).value(QStringLiteral("first")).toString(),
                 QStringLiteral("Dev"));
    }

    void germanExcelInWindows1252()
    {
        const QJsonObject report = import(data("excel-de-windows1252.csv"),
                                          {QStringLiteral("--region"), QStringLiteral("DE")});
        QCOMPARE(report.value(QStringLiteral("new")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("invalid")).toInt(), 0);
        const QJsonObject juergen = contact(QStringLiteral("49301234567"));
        QCOMPARE(juergen.value(QStringLiteral("first")).toString(), QStringLiteral("Jürgen"));
        QCOMPARE(juergen.value(QStringLiteral("last")).toString(), QStringLiteral("Weiß"));
        QCOMPARE(juergen.value(QStringLiteral("email")).toString(),
                 QStringLiteral("juergen@weiss.example"));
        QCOMPARE(customValue(juergen, QStringLiteral("Company")), QStringLiteral("Weiß & Söhne"));
        const QJsonObject grete = contact(QStringLiteral("49897654321"));
        QCOMPARE(grete.value(QStringLiteral("first")).toString(), QStringLiteral("Grete"));
        // "ja" under "Abgemeldet": opted out; "nein": not.
        QCOMPARE(m_sandbox->statusOf(QStringLiteral("49897654321"))
                     .value(QStringLiteral("unsubscribed"))
                     .toBool(),
                 true);
        QCOMPARE(m_sandbox->statusOf(QStringLiteral("49301234567"))
                     .value(QStringLiteral("unsubscribed"))
                     .toBool(),
                 false);
        const QStringList mapped = [&report] {
            QStringList out;
            for (const QJsonValue &entry : report.value(QStringLiteral("mapping")).toArray())
                out.append(entry.toObject().value(QStringLiteral("column")).toString() + u'=' +
                           entry.toObject().value(QStringLiteral("target")).toString());
            return out;
        }();
        QCOMPARE(mapped,
                 (QStringList{QStringLiteral("Vorname=first"), QStringLiteral("Nachname=last"),
                              QStringLiteral("Telefon=phone"), QStringLiteral("E-Mail=email"),
                              QStringLiteral("Firma=custom:Company"),
                              QStringLiteral("Abgemeldet=opt-out")}));
    }

    void anOwnerMappedInTheWizardIsTheCommandLinesToo()
    {
        // The window's wizard remembered rep@… as Aiko (id 104): the CLI
        // counts and sends that choice, in its dry run and its import alike.
        {
            const auto settings =
                Store::Profile::inDirectory(m_dir.filePath(QStringLiteral("profile")))
                    .openSettings();
            Sync::ImportSession::setOwnerChoice(settings.get(), QStringLiteral("Rep@Example.com"),
                                                104);
        }
        Result dry = cli({QStringLiteral("import"), data("hubspot-unknown-owner.csv"),
                          QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(!dry.out.contains("owner not found"), dry.out.constData());
        QVERIFY2(dry.out.contains(": 3 rows: 3 new,"), dry.out.constData());
        const QJsonObject report = import(data("hubspot-unknown-owner.csv"));
        QCOMPARE(report.value(QStringLiteral("owner_not_found")).toInt(), 0);
        for (const char *phone : {"16465550151", "16465550152", "16465550153"})
            QCOMPARE(
                contact(QLatin1String(phone)).value(QStringLiteral("assigned_user_id")).toInteger(),
                104);
    }

    void oneRowIsARow()
    {
        QFile file(m_dir.filePath(QStringLiteral("one.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("First Name,Phone,Contact owner\nSolo,+1 646 555 0199,nobody@example.com\n");
        file.close();
        Result dry = cli({QStringLiteral("import"), file.fileName(), QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains(": 1 row: 1 new,"), dry.out.constData());
        QVERIFY2(dry.out.contains("\n1 row: owner not found, will be unassigned."),
                 dry.out.constData());
    }

    void hubspotOwnerTheTeamDoesNotKnow()
    {
        // Dry run: the rows are counted apart and warned, nothing is sent.
        Result dry = cli({QStringLiteral("import"), data("hubspot-unknown-owner.csv"),
                          QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains("2 rows: owner not found, will be unassigned."),
                 dry.out.constData());
        QVERIFY2(dry.out.contains(":2: warning: Contact owner: no team member is called "
                                  "\xE2\x80\x9Crep@example.com\xE2\x80\x9D"),
                 dry.out.constData());
        // Lifecycle Stage would be a new team field: ignored and named.
        QVERIFY2(dry.out.contains("Ignored columns: Record ID, Lifecycle Stage."),
                 dry.out.constData());
        QCOMPARE(m_sandbox->contactCount(), 20);

        const QJsonObject report = import(data("hubspot-unknown-owner.csv"));
        QCOMPARE(report.value(QStringLiteral("new")).toInt(), 3);
        QCOMPARE(report.value(QStringLiteral("owner_not_found")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("warnings")).toArray().size(), 2);
        QCOMPARE(contact(QStringLiteral("16465550151")).value(QStringLiteral("first")).toString(),
                 QStringLiteral("Elif"));
        QCOMPARE(contact(QStringLiteral("16465550151"))
                     .value(QStringLiteral("assigned_user_id"))
                     .toInteger(),
                 0);
        QCOMPARE(contact(QStringLiteral("16465550152"))
                     .value(QStringLiteral("assigned_user_id"))
                     .toInteger(),
                 104); // Aiko, known by her email
    }

    void createFieldsAndMapColumns()
    {
        // --map says what a column is; --create-fields makes the team field.
        const QJsonObject report =
            import(data("hubspot-unknown-owner.csv"),
                   {QStringLiteral("--map"), QStringLiteral("Record ID=custom:Account number"),
                    QStringLiteral("--map"), QStringLiteral("Lifecycle Stage=custom:Stage"),
                    QStringLiteral("--map"), QStringLiteral("Contact owner=ignore"),
                    QStringLiteral("--create-fields")});
        QCOMPARE(report.value(QStringLiteral("new")).toInt(), 3);
        QCOMPARE(report.value(QStringLiteral("owner_not_found")).toInt(), 0);
        const QJsonObject elif = contact(QStringLiteral("16465550151"));
        QCOMPARE(customValue(elif, QStringLiteral("Account number")), QStringLiteral("1001"));
        QCOMPARE(customValue(elif, QStringLiteral("Stage")), QStringLiteral("lead"));
        // A --map naming a column the file does not have is refused, naming its columns.
        const Result wrong = cli({QStringLiteral("import"), data("hubspot-unknown-owner.csv"),
                                  QStringLiteral("--map"), QStringLiteral("Telefon=phone")});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains("the file has no column \xE2\x80\x9CTelefon\xE2\x80\x9D"),
                 wrong.err.constData());
        const Result badTarget = cli({QStringLiteral("import"), data("hubspot-unknown-owner.csv"),
                                      QStringLiteral("--map"), QStringLiteral("Email=telephone")});
        QCOMPARE(badTarget.exitCode, 2);
    }

    void vCard21FromOutlookWithQuotedPrintable()
    {
        const QJsonObject report =
            import(data("outlook-2.1-quoted-printable.vcf"), {QStringLiteral("--create-fields")});
        QCOMPARE(report.value(QStringLiteral("new")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("invalid")).toInt(), 0);
        // The PREF'd mobile and email are primary; the others channels.
        const QJsonObject rene = contact(QStringLiteral("33612345678"));
        QCOMPARE(rene.value(QStringLiteral("first")).toString(), QStringLiteral("René"));
        QCOMPARE(rene.value(QStringLiteral("last")).toString(), QStringLiteral("Dürr"));
        QCOMPARE(rene.value(QStringLiteral("email")).toString(), QStringLiteral("rene@example.fr"));
        QCOMPARE(channels(QStringLiteral("33612345678")),
                 (QStringList{QStringLiteral("33142685300"), QStringLiteral("33612345678"),
                              QStringLiteral("rene.durr@example.com"),
                              QStringLiteral("rene@example.fr")}));
        QCOMPARE(customValue(rene, QStringLiteral("Company")),
                 QStringLiteral("Dürr & Söhne, Vertrieb"));
        // Quoted-printable in Windows-1252 with a soft line break, made a
        // "Note" field with --create-fields.
        QCOMPARE(customValue(rene, QStringLiteral("Note")),
                 QStringLiteral("Prix: 20 € à payer\nDeuxième ligne, assez longue pour "
                                "qu'Outlook la coupe ici avec une suite."));
        const QJsonObject zofia = contact(QStringLiteral("48221234567"));
        QCOMPARE(zofia.value(QStringLiteral("last")).toString(), QStringLiteral("Łukasiewicz"));
    }

    void vCard30FromAppleWithSeveralNumbers()
    {
        const QJsonObject report = import(data("apple-3.0-several-numbers.vcf"));
        QCOMPARE(report.value(QStringLiteral("new")).toInt(), 1);
        // The preferred cell phone is the phone, though the work one comes first.
        const QJsonObject hiro = contact(QStringLiteral("14155550162"));
        QCOMPARE(hiro.value(QStringLiteral("display_name")).toString(),
                 QStringLiteral("Hiro Tanaka"));
        QCOMPARE(hiro.value(QStringLiteral("email")).toString(),
                 QStringLiteral("hiro@tanaka.example"));
        QCOMPARE(channels(QStringLiteral("14155550162")),
                 (QStringList{QStringLiteral("14155550161"), QStringLiteral("14155550162"),
                              QStringLiteral("14155550163"), QStringLiteral("hiro@tanaka.example"),
                              QStringLiteral("orders@tanaka.example")}));
        QCOMPARE(customValue(hiro, QStringLiteral("Company")), QStringLiteral("Tanaka Imports"));
        QCOMPARE(hiro.value(QStringLiteral("tags")).toArray().size(), 2); // Suppliers, VIP
    }

    void vCard40FromThunderbird()
    {
        const QJsonObject report = import(data("thunderbird-4.0.vcf"));
        QCOMPARE(report.value(QStringLiteral("new")).toInt(), 1);
        // PREF=1 wins: the work phone and the plain address.
        const QJsonObject ines = contact(QStringLiteral("351213456789"));
        QCOMPARE(ines.value(QStringLiteral("first")).toString(), QStringLiteral("Inês"));
        QCOMPARE(ines.value(QStringLiteral("email")).toString(), QStringLiteral("ines@example.pt"));
        QCOMPARE(channels(QStringLiteral("351213456789")),
                 (QStringList{QStringLiteral("351213456789"), QStringLiteral("351912345678"),
                              QStringLiteral("ines.work@example.pt"),
                              QStringLiteral("ines@example.pt")}));
    }

    void aBrokenVCardIsRefusedNamingTheLine()
    {
        const Result result = cli({QStringLiteral("import"), data("unterminated.vcf")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("unterminated.vcf:7:") && result.err.contains("never ends"),
                 result.err.constData());
        QCOMPARE(m_sandbox->contactCount(), 20); // not even the good card before it
        // A binary file named .vcf.
        const QString binary = Tests::writeFile(m_dir, QStringLiteral("photo.vcf"),
                                                QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11));
        const Result refused = cli({QStringLiteral("import"), binary});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(!refused.err.isEmpty(), refused.err.constData());
        QCOMPARE(m_sandbox->contactCount(), 20);
    }

    void aVCardExportImportsBackWithNothingToChange()
    {
        QCOMPARE(import(data("apple-3.0-several-numbers.vcf")).value(QStringLiteral("new")).toInt(),
                 1);
        const QString exported = m_dir.filePath(QStringLiteral("everyone.vcf"));
        Result result = cli({QStringLiteral("export"), exported});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray vcf = file.readAll();
        QCOMPARE(vcf.count("BEGIN:VCARD"), 21);
        QVERIFY(vcf.contains("VERSION:3.0\r\n"));
        QVERIFY(vcf.contains("TEL;TYPE=CELL,PREF:+14155550162\r\n"));
        QVERIFY(vcf.contains("ORG:Tanaka Imports\r\n"));
        for (const char *mode : {"skip", "update"}) {
            const QJsonObject report =
                import(exported, {QStringLiteral("--on-duplicate"), QString::fromLatin1(mode),
                                  QStringLiteral("--dry-run")});
            QCOMPARE(report.value(QStringLiteral("rows")).toInt(), 21);
            QCOMPARE(report.value(QStringLiteral("invalid")).toInt(), 0);
            QCOMPARE(report.value(QStringLiteral("unchanged")).toInt(), 21);
        }
        // --format overrides the suffix; --bom is CSV only.
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("vcf"),
                      QStringLiteral("--bom"), m_dir.filePath(QStringLiteral("x.vcf"))})
                     .exitCode,
                 2);
        result = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("vcf"),
                      m_dir.filePath(QStringLiteral("cards.txt"))});
        QCOMPARE(result.exitCode, 0);
        QFile cards(m_dir.filePath(QStringLiteral("cards.txt")));
        QVERIFY(cards.open(QIODevice::ReadOnly));
        QVERIFY(cards.readAll().startsWith("BEGIN:VCARD\r\n"));
    }

    // Owner, opt-out and every custom field travel in a vCard too
    // (ContactDesk's X-CONTACTDESK- properties): the team's contacts
    // exported, deleted, and imported from the file into a new profile are
    // the same contacts on the sandbox's side.
    void aVCardExportKeepsOwnerOptOutAndCustomFields()
    {
        const auto everyone = [this]() {
            QHash<QString, QJsonObject> byPhone;
            for (const QJsonValue &value :
                 m_sandbox->post(QStringLiteral("/v1/contacts"), QJsonObject()).json.toArray())
                byPhone.insert(value.toObject().value(QStringLiteral("phone")).toString(),
                               value.toObject());
            return byPhone;
        };
        QHash<QString, QJsonObject> before = everyone();
        QCOMPARE(before.size(), 20);
        // One opted out (its status: the strict reading lists no
        // is_opted_out).
        const QJsonObject first = before.constBegin().value();
        QCOMPARE(
            m_sandbox
                ->post(QStringLiteral("/v1/contact/set_status"),
                       QJsonObject{{QStringLiteral("phone"), first.value(QStringLiteral("phone"))},
                                   {QStringLiteral("status"), QStringLiteral("unsubscribed")}})
                .status,
            200);
        before = everyone();
        const auto count = [&before](auto has) {
            return std::count_if(before.cbegin(), before.cend(), has);
        };
        const auto optedOut = [this](const QString &phone) {
            return m_sandbox
                ->post(QStringLiteral("/v1/contact/status"),
                       QJsonObject{{QStringLiteral("phone"), phone}})
                .object()
                .value(QStringLiteral("unsubscribed"))
                .toBool();
        };
        QVERIFY(optedOut(first.value(QStringLiteral("phone")).toString()));
        QVERIFY(count([](const QJsonObject &c) {
                    return c.value(QStringLiteral("assigned_user_id")).toInteger() > 0;
                }) >= 1);
        QVERIFY(count([](const QJsonObject &c) {
                    return c.value(QStringLiteral("custom")).toObject().size() >= 2;
                }) >= 1);

        const QString exported = m_dir.filePath(QStringLiteral("everyone.vcf"));
        const Result result = cli({QStringLiteral("export"), exported});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray vcf = file.readAll();
        QVERIFY(vcf.contains("\r\nX-CONTACTDESK-OWNER:"));
        // The opt-out as the client knows it: from the contacts the server
        // lists (the lenient reading); the strict one's carry none, and the
        // file says nothing rather than "no".
        const bool listed = m_sandbox->server().options().reading == Sandbox::Reading::Lenient;
        QCOMPARE(vcf.contains("\r\nX-CONTACTDESK-OPT-OUT:yes\r\n"), listed);
        QCOMPARE(vcf.contains("\r\nX-CONTACTDESK-OPT-OUT:no\r\n"), listed);
        QVERIFY(vcf.contains("\r\nX-CONTACTDESK-FIELD:"));
        // Imported back as it is: nothing to change.
        const QJsonObject same =
            import(exported, {QStringLiteral("--on-duplicate"), QStringLiteral("update"),
                              QStringLiteral("--dry-run")});
        QCOMPARE(same.value(QStringLiteral("unchanged")).toInt(), 20);
        // Owner and Opt Out read as such, every field's column into the
        // team's field (none new).
        QHash<QString, QString> targets;
        for (const QJsonValue &value : same.value(QStringLiteral("mapping")).toArray()) {
            const QJsonObject map = value.toObject();
            QVERIFY2(!map.value(QStringLiteral("new_field")).toBool(),
                     qPrintable(map.value(QStringLiteral("column")).toString()));
            targets.insert(map.value(QStringLiteral("column")).toString(),
                           map.value(QStringLiteral("target")).toString());
        }
        QCOMPARE(targets.value(QStringLiteral("Owner")), QStringLiteral("owner"));
        QCOMPARE(targets.value(QStringLiteral("Opt Out")),
                 listed ? QStringLiteral("opt-out") : QString());
        QVERIFY2(targets.size() >= 8, qPrintable(targets.keys().join(u',')));

        QHash<QString, bool> wasOptedOut;
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            wasOptedOut.insert(it.key(), optedOut(it.key()));
        QCOMPARE(std::count(wasOptedOut.cbegin(), wasOptedOut.cend(), true), 1);
        for (const QJsonObject &contact : std::as_const(before))
            QCOMPARE(m_sandbox
                         ->del(QStringLiteral("/v1/contact/%1")
                                   .arg(contact.value(QStringLiteral("id")).toInteger()))
                         .status,
                     200);
        QCOMPARE(m_sandbox->contactCount(), 0);
        QDir(m_dir.filePath(QStringLiteral("profile"))).removeRecursively();
        const QJsonObject report = import(exported);
        QCOMPARE(report.value(QStringLiteral("new")).toInt(), 20);
        QCOMPARE(report.value(QStringLiteral("invalid")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("owner_not_found")).toInt(), 0);
        const QHash<QString, QJsonObject> after = everyone();
        QCOMPARE(after.size(), 20);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const QJsonObject back = after.value(it.key());
            QVERIFY2(!back.isEmpty(), qPrintable(it.key()));
            QCOMPARE(optedOut(it.key()), listed && wasOptedOut.value(it.key()));
            for (const char *key :
                 {"first", "last", "display_name", "email", "assigned_user_id", "custom"})
                QVERIFY2(back.value(QLatin1String(key)) == it->value(QLatin1String(key)),
                         qPrintable(it.key() + u' ' + QLatin1String(key) + u' ' +
                                    QString::fromUtf8(QJsonDocument(back).toJson())));
            QCOMPARE(back.value(QStringLiteral("tags")).toArray().size(),
                     it->value(QStringLiteral("tags")).toArray().size());
        }
    }

    // An opt-out imported onto a contact is known from then on, in either
    // reading (the strict one's contacts never say it): the same file again
    // changes nothing.
    void anImportedOptOutIsKnownAfterwards()
    {
        const QJsonArray all =
            m_sandbox->post(QStringLiteral("/v1/contacts"), QJsonObject()).json.toArray();
        const QString phone = all.at(0).toObject().value(QStringLiteral("phone")).toString();
        QVERIFY(!phone.isEmpty());
        QFile file(m_dir.filePath(QStringLiteral("optout.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Phone Number,Opt Out\n+" + phone.toLatin1() + ",yes\n");
        file.close();
        const QStringList update{QStringLiteral("--on-duplicate"), QStringLiteral("update")};
        const QJsonObject first = import(file.fileName(), update);
        QCOMPARE(first.value(QStringLiteral("update")).toInt(), 1);
        QVERIFY(m_sandbox->statusOf(phone).value(QStringLiteral("unsubscribed")).toBool());
        const QJsonObject again =
            import(file.fileName(), update + QStringList{QStringLiteral("--dry-run")});
        QCOMPARE(again.value(QStringLiteral("update")).toInt(), 0);
        QCOMPARE(again.value(QStringLiteral("unchanged")).toInt(), 1);
    }

    void anExportImportedBackChangesNothing()
    {
        QVERIFY(import(data("outlook-business-phone.csv")).value(QStringLiteral("new")).toInt() ==
                2);
        const QString exported = m_dir.filePath(QStringLiteral("everyone.csv"));
        QCOMPARE(cli({QStringLiteral("export"), exported}).exitCode, 0);
        for (const char *mode : {"skip", "update"}) {
            const QJsonObject report =
                import(exported, {QStringLiteral("--on-duplicate"), QString::fromLatin1(mode),
                                  QStringLiteral("--dry-run")});
            QCOMPARE(report.value(QStringLiteral("rows")).toInt(), 22);
            QCOMPARE(report.value(QStringLiteral("unchanged")).toInt(), 22);
            QCOMPARE(report.value(QStringLiteral("update")).toInt(), 0);
            QCOMPARE(report.value(QStringLiteral("skip")).toInt(), 0);
        }
        // And sent: nothing goes (no contact's revision moves).
        const qint64 updated =
            contact(QStringLiteral("12125550143")).value(QStringLiteral("updated")).toInteger();
        const QJsonObject sent =
            import(exported, {QStringLiteral("--on-duplicate"), QStringLiteral("update"),
                              QStringLiteral("--overwrite")});
        QCOMPARE(sent.value(QStringLiteral("updated")).toInt(), 0);
        QCOMPARE(
            contact(QStringLiteral("12125550143")).value(QStringLiteral("updated")).toInteger(),
            updated);
    }
};

QTEST_GUILESS_MAIN(TestCliImportFiles)
#include "tst_cli_import_files.moc"
