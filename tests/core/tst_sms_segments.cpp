// SMS segment counting: GSM-7 and UCS-2, single and concatenated parts,
// extension characters, surrogate pairs, and what forced UCS-2.

#include "core/SmsSegments.h"

#include <QTest>

using namespace ContactDesk;

class TestSmsSegments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void table_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("gsm");
        QTest::addColumn<int>("units");
        QTest::addColumn<int>("segments");
        QTest::addColumn<int>("remaining");
        const QString a = QStringLiteral("a");
        QTest::newRow("empty") << QString() << true << 0 << 0 << 160;
        QTest::newRow("GSM 160") << a.repeated(160) << true << 160 << 1 << 0;
        QTest::newRow("GSM 161") << a.repeated(161) << true << 161 << 2 << 153 * 2 - 161;
        QTest::newRow("GSM 306") << a.repeated(306) << true << 306 << 2 << 0;
        QTest::newRow("GSM 307") << a.repeated(307) << true << 307 << 3 << 153 * 3 - 307;
        QTest::newRow("basic table accents")
            << QStringLiteral("Café Müller, ¿qué? Å Ø Δ £5") << true << 27 << 1 << 133;
        // Extension characters take two septets each.
        QTest::newRow("euro and brackets") << QStringLiteral("€[x]{y}") << true << 12 << 1 << 148;
        QTest::newRow("159 + euro")
            << a.repeated(159) + QStringLiteral("€") << true << 161 << 2 << 153 * 2 - 161;
        // An escape pair is not split: 152 septets then "€" starts part two.
        QTest::newRow("escape pair at the boundary")
            << a.repeated(152) + QStringLiteral("€") + a.repeated(10) << true << 164 << 2
            << 153 - 12;
        QTest::newRow("UCS-2 70") << QString(70, QChar(0x4E2D)) << false << 70 << 1 << 0;
        QTest::newRow("UCS-2 71") << QString(71, QChar(0x4E2D)) << false << 71 << 2 << 67 * 2 - 71;
        QTest::newRow("one smart quote forces UCS-2")
            << a.repeated(100) + QStringLiteral("’") << false << 101 << 2 << 67 * 2 - 101;
        // Emoji are surrogate pairs: two units, never split.
        QTest::newRow("emoji") << QStringLiteral("Hi 😀") << false << 5 << 1 << 65;
        QTest::newRow("emoji at the boundary")
            << QString(66, QChar(0x4E2D)) + QStringLiteral("😀") + QString(5, QChar(0x4E2D)) << false
            << 73 << 2 << 67 - 7;
    }
    void table()
    {
        QFETCH(QString, text);
        QFETCH(bool, gsm);
        QFETCH(int, units);
        QFETCH(int, segments);
        QFETCH(int, remaining);
        const Sms::Segments counted = Sms::count(text);
        QCOMPARE(counted.encoding == Sms::Encoding::Gsm7, gsm);
        QCOMPARE(counted.units, units);
        QCOMPARE(counted.segments, segments);
        QCOMPARE(counted.remaining, remaining);
        QCOMPARE(counted.forcing.isEmpty(), gsm);
    }

    void namesWhatForcedUcs2AndOffersPlainPunctuation()
    {
        const QString text = QStringLiteral("We’re open — come by… “today” 😀 ’");
        const Sms::Segments counted = Sms::count(text);
        QCOMPARE(counted.encoding, Sms::Encoding::Ucs2);
        QCOMPARE(counted.forcing,
                 (QStringList{QStringLiteral("’"), QStringLiteral("—"), QStringLiteral("…"),
                              QStringLiteral("“"), QStringLiteral("”"), QStringLiteral("😀")}));
        const QString plain = Sms::plainPunctuation(text);
        QCOMPARE(plain, QStringLiteral("We're open - come by... \"today\" 😀 '"));
        // Only the emoji is left forcing UCS-2.
        QCOMPARE(Sms::count(plain).forcing, QStringList{QStringLiteral("😀")});
        QCOMPARE(Sms::count(Sms::plainPunctuation(QStringLiteral("It’s 5–7 pm"))).encoding,
                 Sms::Encoding::Gsm7);
        QVERIFY(Sms::isGsm7(QChar(u'€')));
        QVERIFY(!Sms::isGsm7(QChar(u'ç'))); // only capital Ç is in the table
    }
};

QTEST_GUILESS_MAIN(TestSmsSegments)
#include "tst_sms_segments.moc"
