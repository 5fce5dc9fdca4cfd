#include "Phone.h"

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

    void exampleNumbersAreValidAndVaried()
    {
        QSet<QString> seen;
        for (const char *region : {"US", "GB", "DE", "FR", "JP", "BR", "IN", "NZ"}) {
            for (quint32 serial = 0; serial < 50; ++serial) {
                const QString number = Phone::exampleNumber(QString::fromLatin1(region), serial);
                QVERIFY2(Phone::isE164Digits(number), qPrintable(number));
                QCOMPARE(Phone::normalize(QLatin1Char('+') + number, QStringLiteral("US")).digits,
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
