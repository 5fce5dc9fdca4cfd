// Column mapping guessed from the header layouts teams bring: Heymarket's
// importer, Google Contacts, Outlook and HubSpot exports.

#include "core/ImportMapping.h"

#include <QTest>

using namespace ContactDesk;
using Import::Target;

namespace {

QList<Target> targets(const Import::Mapping &mapping)
{
    QList<Target> list;
    for (const Import::ColumnMapping &column : mapping.columns)
        list.append(column.target);
    return list;
}

} // namespace

class TestImportMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void heymarketColumns()
    {
        const QList<CustomField> team{{7, QStringLiteral("Plan"), false}};
        const Import::Mapping m = Import::guessMapping(
            {QStringLiteral("First Name"), QStringLiteral("Last Name"),
             QStringLiteral("Phone Number"), QStringLiteral("Email"), QStringLiteral("Opt Out"),
             QStringLiteral("Owner"), QStringLiteral("List"), QStringLiteral("plan"),
             QStringLiteral("Favourite colour")},
            team);
        QCOMPARE(m.layout, QStringLiteral("Heymarket"));
        QCOMPARE(targets(m),
                 (QList<Target>{Target::First, Target::Last, Target::Phone, Target::Email,
                                Target::OptOut, Target::Owner, Target::Tags, Target::CustomField,
                                Target::CustomField}));
        QCOMPARE(m.columns.at(7).customFieldId, 7); // matched to the team's field by title
        QCOMPARE(m.columns.at(8).customFieldId, 0); // a new field
        QCOMPARE(m.columns.at(8).customTitle, QStringLiteral("Favourite colour"));
    }

    // ContactDesk's own export: its further channels come back as channels.
    void contactDeskExport()
    {
        const Import::Mapping m = Import::guessMapping(
            {QStringLiteral("First Name"), QStringLiteral("Phone Number"), QStringLiteral("Email"),
             QStringLiteral("Other Phone"), QStringLiteral("Other Email")},
            {});
        QCOMPARE(targets(m), (QList<Target>{Target::First, Target::Phone, Target::Email,
                                            Target::ExtraPhone, Target::ExtraEmail}));
    }

    void googleContacts()
    {
        const Import::Mapping m = Import::guessMapping(
            {QStringLiteral("Name"), QStringLiteral("Given Name"), QStringLiteral("Family Name"),
             QStringLiteral("Group Membership"), QStringLiteral("E-mail 1 - Type"),
             QStringLiteral("E-mail 1 - Value"), QStringLiteral("E-mail 2 - Value"),
             QStringLiteral("Phone 1 - Type"), QStringLiteral("Phone 1 - Value"),
             QStringLiteral("Phone 2 - Value")},
            {});
        QCOMPARE(m.layout, QStringLiteral("Google Contacts"));
        QCOMPARE(targets(m),
                 (QList<Target>{Target::DisplayName, Target::First, Target::Last, Target::Tags,
                                Target::Ignore, Target::Email, Target::ExtraEmail, Target::Ignore,
                                Target::Phone, Target::ExtraPhone}));
    }

    void outlookAndHubspot()
    {
        Import::Mapping m = Import::guessMapping(
            {QStringLiteral("First Name"), QStringLiteral("Last Name"),
             QStringLiteral("E-mail Address"), QStringLiteral("E-mail 2 Address"),
             QStringLiteral("Mobile Phone"), QStringLiteral("Business Phone"),
             QStringLiteral("Categories")},
            {});
        QCOMPARE(m.layout, QStringLiteral("Outlook"));
        QCOMPARE(targets(m),
                 (QList<Target>{Target::First, Target::Last, Target::Email, Target::ExtraEmail,
                                Target::Phone, Target::ExtraPhone, Target::Tags}));
        m = Import::guessMapping({QStringLiteral("Record ID"), QStringLiteral("First Name"),
                                  QStringLiteral("Phone Number"),
                                  QStringLiteral("Mobile Phone Number"), QStringLiteral("Email"),
                                  QStringLiteral("Contact owner"),
                                  QStringLiteral("Lifecycle Stage")},
                                 {});
        QCOMPARE(m.layout, QStringLiteral("HubSpot"));
        QCOMPARE(targets(m),
                 (QList<Target>{Target::Ignore, Target::First, Target::Phone, Target::ExtraPhone,
                                Target::Email, Target::Owner, Target::CustomField}));
    }

    void layoutKeyIgnoresCaseAndSpacing()
    {
        QCOMPARE(Import::layoutKey({QStringLiteral("First Name"), QStringLiteral("E-mail")}),
                 Import::layoutKey({QStringLiteral("first_name"), QStringLiteral("EMAIL")}));
        QVERIFY(Import::layoutKey({QStringLiteral("a"), QStringLiteral("b")}) !=
                Import::layoutKey({QStringLiteral("b"), QStringLiteral("a")}));
    }

    void optOutValues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("expected"); // -1 = not given
        for (const char *yes : {"yes", "Y", " TRUE ", "t", "1"})
            QTest::newRow(yes) << QString::fromLatin1(yes) << true << 1;
        for (const char *no : {"no", "N", "False", "f", "0"})
            QTest::newRow(no) << QString::fromLatin1(no) << true << 0;
        QTest::newRow("empty") << QString() << true << -1;
        QTest::newRow("maybe") << QStringLiteral("maybe") << false << -1;
        QTest::newRow("2") << QStringLiteral("2") << false << -1;
    }
    void optOutValues()
    {
        QFETCH(QString, value);
        QFETCH(bool, ok);
        QFETCH(int, expected);
        bool parsed = false;
        const std::optional<bool> result = Import::parseOptOut(value, &parsed);
        QCOMPARE(parsed, ok);
        QCOMPARE(result.has_value() ? int(*result) : -1, expected);
    }

    void tagCells()
    {
        QCOMPARE(Import::splitTags(QStringLiteral("VIP; Newsletter,vip , Café regulars")),
                 (QStringList{QStringLiteral("VIP"), QStringLiteral("Newsletter"),
                              QStringLiteral("Café regulars")}));
        QCOMPARE(Import::splitTags(QStringLiteral("* myContacts ::: Friends ::: Work")),
                 (QStringList{QStringLiteral("Friends"), QStringLiteral("Work")}));
        QVERIFY(Import::splitTags(QStringLiteral(" ; , ")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_import_mapping.moc"
