// Which custom fields hold dates (by title: the contract has no field
// types), and which texts are dates.

#include "core/DateText.h"

#include <QTest>

using namespace ContactDesk;

class TestDateText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void titles_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("date");
        QTest::newRow("renewal date") << QStringLiteral("Renewal date") << true;
        QTest::newRow("Date of birth") << QStringLiteral("Date of birth") << true;
        QTest::newRow("camelCase") << QStringLiteral("renewalDate") << true;
        QTest::newRow("snake_case") << QStringLiteral("renewal_date") << true;
        QTest::newRow("plural") << QStringLiteral("Key dates") << true;
        QTest::newRow("birthday") << QStringLiteral("Birthday") << true;
        QTest::newRow("German compound") << QStringLiteral("Geburtsdatum") << true;
        QTest::newRow("German Datum") << QStringLiteral("Datum der Verlängerung") << true;
        QTest::newRow("German birthday") << QStringLiteral("Geburtstag") << true;
        QTest::newRow("Spanish") << QStringLiteral("Fecha de renovación") << true;
        QTest::newRow("update") << QStringLiteral("Last update") << false;
        QTest::newRow("candidate") << QStringLiteral("Candidate") << false;
        QTest::newRow("Updated") << QStringLiteral("UpdatedBy") << false;
        QTest::newRow("plan") << QStringLiteral("Plan") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void titles()
    {
        QFETCH(QString, title);
        QFETCH(bool, date);
        QCOMPARE(DateText::isDateFieldTitle(title), date);
    }

    void texts_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date"); // invalid: not a date
        const QString us = QStringLiteral("en_US");
        const QString de = QStringLiteral("de_DE");
        QTest::newRow("ISO") << us << QStringLiteral("2027-03-31") << QDate(2027, 3, 31);
        QTest::newRow("ISO, spaces") << de << QStringLiteral(" 2027-03-31 ") << QDate(2027, 3, 31);
        QTest::newRow("US long year") << us << QStringLiteral("3/31/2027") << QDate(2027, 3, 31);
        QTest::newRow("German long year")
            << de << QStringLiteral("31.03.2027") << QDate(2027, 3, 31);
        QTest::newRow("German in the US") << us << QStringLiteral("31.03.2027") << QDate();
        QTest::newRow("words") << us << QStringLiteral("next spring") << QDate();
        QTest::newRow("no such day") << us << QStringLiteral("2027-02-30") << QDate();
        QTest::newRow("month only") << us << QStringLiteral("2027-03") << QDate();
        QTest::newRow("empty") << us << QString() << QDate();
    }
    void texts()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(QDate, date);
        const std::optional<QDate> parsed = DateText::parse(text, QLocale(locale));
        QCOMPARE(parsed.value_or(QDate()), date);
        QCOMPARE(parsed.has_value(), date.isValid());
    }

    void twoDigitYearsAreDatesToo()
    {
        // The locale's short format as it is (3/31/27): a date, whichever
        // century Qt reads it in.
        QVERIFY(DateText::parse(QStringLiteral("3/31/27"), QLocale(QStringLiteral("en_US"))));
        QVERIFY(DateText::parse(QStringLiteral("31.03.27"), QLocale(QStringLiteral("de_DE"))));
    }
};

QTEST_GUILESS_MAIN(TestDateText)
#include "tst_date_text.moc"
