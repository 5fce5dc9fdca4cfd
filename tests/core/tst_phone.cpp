#include "core/Phone.h"
#include "core/PhoneFastPath.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTest>

using namespace ContactDesk;

class TestPhone : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void e164Digits_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QString>("problem"); // empty = accepted
        QTest::newRow("US") << QStringLiteral("14155553434") << QString();
        QTest::newRow("UK mobile") << QStringLiteral("447400123456") << QString();
        QTest::newRow("Germany") << QStringLiteral("4915123456789") << QString();
        QTest::newRow("plus") << QStringLiteral("+14155553434") << QStringLiteral("'+'");
        QTest::newRow("spaces") << QStringLiteral("1 415 555 3434")
                                << QStringLiteral("digits only");
        QTest::newRow("dashes") << QStringLiteral("1-415-555-3434")
                                << QStringLiteral("digits only");
        QTest::newRow("letters") << QStringLiteral("1415555ABCD") << QStringLiteral("digits only");
        QTest::newRow("trunk zero")
            << QStringLiteral("02079460958") << QStringLiteral("country code");
        QTest::newRow("too short") << QStringLiteral("1415") << QStringLiteral("8 to 15");
        QTest::newRow("too long") << QStringLiteral("1415555343412345")
                                  << QStringLiteral("8 to 15");
        QTest::newRow("unknown country")
            << QStringLiteral("99912345678") << QStringLiteral("country code");
        QTest::newRow("US too short") << QStringLiteral("141555534") << QStringLiteral("short");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
    }
    void e164Digits()
    {
        QFETCH(QString, digits);
        QFETCH(QString, problem);
        const QString actual = Phone::e164DigitsProblem(digits);
        if (problem.isEmpty())
            QVERIFY2(actual.isEmpty(), qPrintable(actual));
        else
            QVERIFY2(actual.contains(problem), qPrintable(actual));
        QCOMPARE(Phone::isE164Digits(digits), problem.isEmpty());
    }

    void normalize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("digits");
        QTest::newRow("US national") << QStringLiteral("(415) 555-3434") << QStringLiteral("US")
                                     << QStringLiteral("14155553434");
        QTest::newRow("US dotted") << QStringLiteral("415.555.3434") << QStringLiteral("us")
                                   << QStringLiteral("14155553434");
        QTest::newRow("international with plus")
            << QStringLiteral("+44 20 7946 0958") << QStringLiteral("US")
            << QStringLiteral("442079460958");
        QTest::newRow("UK national") << QStringLiteral("020 7946 0958") << QStringLiteral("GB")
                                     << QStringLiteral("442079460958");
        QTest::newRow("00 prefix from DE")
            << QStringLiteral("0044 20 7946 0958") << QStringLiteral("DE")
            << QStringLiteral("442079460958");
        QTest::newRow("garbage") << QStringLiteral("call me") << QStringLiteral("US") << QString();
        QTest::newRow("too short") << QStringLiteral("555") << QStringLiteral("US") << QString();
        QTest::newRow("no region") << QStringLiteral("415 555 3434") << QString() << QString();
    }
    void normalize()
    {
        QFETCH(QString, input);
        QFETCH(QString, region);
        QFETCH(QString, digits);
        const Phone::Normalized result = Phone::normalize(input, region);
        QCOMPARE(result.digits, digits);
        QCOMPARE(result.problem.isEmpty(), !digits.isEmpty());
    }

    void displayFormat_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QString>("shown");
        QTest::newRow("US") << QStringLiteral("14155553434") << QStringLiteral("+1 415-555-3434");
        QTest::newRow("Canada") << QStringLiteral("16135550123")
                                << QStringLiteral("+1 613-555-0123");
        QTest::newRow("UK") << QStringLiteral("442079460958") << QStringLiteral("+44 20 7946 0958");
        QTest::newRow("Germany mobile")
            << QStringLiteral("4915123456789") << QStringLiteral("+49 1512 3456789");
        QTest::newRow("unknown") << QStringLiteral("99912") << QStringLiteral("+99912");
        QTest::newRow("empty") << QString() << QString();
    }
    void displayFormat()
    {
        QFETCH(QString, digits);
        QFETCH(QString, shown);
        QCOMPARE(Phone::formatForDisplay(digits), shown);
    }

    void nanpFastPathAgreesWithLibphonenumber()
    {
        // The fast path must print what libphonenumber prints.
        for (const QString &digits : {QStringLiteral("12015550123"), QStringLiteral("19175550199"),
                                      QStringLiteral("18005550100")}) {
            const Phone::Normalized parsed =
                Phone::normalize(QString(QLatin1Char('+') + digits), QStringLiteral("US"));
            QCOMPARE(parsed.digits, digits);
            QCOMPARE(Phone::formatForDisplay(digits).left(3), QStringLiteral("+1 "));
            QCOMPARE(Phone::formatForDisplay(digits).size(), 15);
        }
    }

    void fastPathAgreesWithLibphonenumberEverywhere()
    {
        // Every region's example numbers with varied digits, written the ways
        // people write them, random "+" strings and North American national
        // numbers: normalize() (fast path first) must answer exactly what
        // libphonenumber alone answers.
        QRandomGenerator random(20261126);
        QStringList inputs;
        const QStringList regions = Phone::regions();
        QVERIFY(regions.size() > 200);
        for (const QString &region : regions) {
            for (quint32 serial = 0; serial < 6; ++serial) {
                QString number = Phone::exampleNumber(region, serial);
                if (number.isEmpty())
                    continue;
                for (int variant = 0; variant < 8; ++variant) {
                    // Change up to five digits anywhere after the first.
                    QString changed = number;
                    for (int k = 0; k < 1 + variant % 5; ++k) {
                        const int at = 1 + int(random.bounded(changed.size() - 1));
                        changed[at] = QChar(u'0' + random.bounded(10));
                    }
                    inputs << QLatin1Char('+') + changed
                           << QStringLiteral("+%1 %2-%3")
                                  .arg(changed.left(2), changed.mid(2, 3), changed.mid(5))
                           << QStringLiteral("+%1 (%2) %3")
                                  .arg(changed.left(1), changed.mid(1, 3), changed.mid(4));
                }
            }
        }
        for (int i = 0; i < 4000; ++i) {
            QString digits;
            const int length = 6 + int(random.bounded(12));
            for (int d = 0; d < length; ++d)
                digits.append(QChar(u'0' + random.bounded(10)));
            inputs << QLatin1Char('+') + digits << digits.left(10)
                   << QLatin1Char('1') + digits.left(10);
        }
        int fast = 0;
        for (const QString &input : std::as_const(inputs)) {
            for (const char *region : {"US", "CA", "JM", "GB"}) {
                const QString defaultRegion = QString::fromLatin1(region);
                const Phone::Normalized expected =
                    Phone::normalizeWithLibphonenumber(input, defaultRegion);
                const Phone::Normalized actual = Phone::normalize(input, defaultRegion);
                QVERIFY2(
                    actual.digits == expected.digits,
                    qPrintable(QStringLiteral("%1 in %2: %3, libphonenumber %4")
                                   .arg(input, defaultRegion, actual.digits, expected.digits)));
                QCOMPARE(actual.problem, expected.problem);
                if (!Phone::FastPath::validDigits(input, defaultRegion).isEmpty())
                    ++fast;
            }
        }
        // The fast path did decide most of the valid ones.
        QVERIFY2(fast > inputs.size(), qPrintable(QString::number(fast)));
        // North American numbers starting with 2 share answers by their
        // first 7 digits (Barbados' "246...52(?:1[147]|20))\\d{3}" leaves 3
        // free), those starting with 4 by their first 6; British 7-digit
        // numbers starting with 8 share nothing (the toll-free "8001111").
        QCOMPARE(Phone::FastPath::freeTrailingDigits(1, 10, 2), 3);
        QVERIFY(Phone::FastPath::freeTrailingDigits(1, 10, 4) >= 4);
        QVERIFY(Phone::FastPath::freeTrailingDigits(44, 10, 7) >= 3);
        QCOMPARE(Phone::FastPath::freeTrailingDigits(44, 7, 8), 0);
        QCOMPARE(Phone::FastPath::freeTrailingDigits(999, 10, 1), -1);
        QCOMPARE(Phone::countryCodeForRegion(QStringLiteral("gb")), 44);
    }

    // The region a new profile starts with comes from the system locale;
    // the choices name the country, not only its code.
    void regionFromTheLocaleAndNamedChoices()
    {
        QCOMPARE(Phone::regionForLocale(QLocale(QStringLiteral("de_DE"))), QStringLiteral("DE"));
        QCOMPARE(Phone::regionForLocale(QLocale(QStringLiteral("pt_BR"))), QStringLiteral("BR"));
        QCOMPARE(Phone::regionForLocale(QLocale(QStringLiteral("fr_CH"))), QStringLiteral("CH"));
        QCOMPARE(Phone::regionForLocale(QLocale::c()), QStringLiteral("US"));
        const QList<Phone::NamedRegion> named = Phone::namedRegions();
        QCOMPARE(named.size(), Phone::regions().size());
        const auto germany = std::find_if(named.cbegin(), named.cend(), [](const auto &region) {
            return region.code == QLatin1String("DE");
        });
        QVERIFY(germany != named.cend());
        QCOMPARE(germany->label, QStringLiteral("Germany (DE, +49)"));
        for (qsizetype i = 1; i < named.size(); ++i)
            QVERIFY2(QString::localeAwareCompare(named.at(i - 1).label, named.at(i).label) <= 0,
                     qPrintable(named.at(i).label));
    }

    void exampleNumbersAreValidAndVaried()
    {
        QSet<QString> seen;
        for (const char *region : {"US", "GB", "DE", "FR", "JP", "BR", "IN", "NZ"}) {
            for (quint32 serial = 0; serial < 50; ++serial) {
                const QString number = Phone::exampleNumber(QString::fromLatin1(region), serial);
                QVERIFY2(Phone::isE164Digits(number), qPrintable(number));
                QCOMPARE(Phone::normalize(QString(QLatin1Char('+') + number), QStringLiteral("US"))
                             .digits,
                         number);
                seen.insert(number);
            }
        }
        QVERIFY2(seen.size() > 380, qPrintable(QString::number(seen.size())));
        QCOMPARE(Phone::exampleNumber(QStringLiteral("US"), 7),
                 Phone::exampleNumber(QStringLiteral("US"), 7));
        QVERIFY(Phone::exampleNumber(QStringLiteral("XX"), 1).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPhone)
#include "tst_phone.moc"
