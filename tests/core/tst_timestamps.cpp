#include "core/Timestamps.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace ContactDesk;

class TestTimestamps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatIsUtcWithMillisecondsAndZ()
    {
        QCOMPARE(Timestamps::format(1776007800123), QStringLiteral("2026-04-12T15:30:00.123Z"));
        QCOMPARE(Timestamps::format(0), QStringLiteral("1970-01-01T00:00:00.000Z"));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms"); // -1 = refused
        QTest::newRow("Z") << QStringLiteral("2026-04-12T15:30:00Z") << qint64(1776007800000);
        QTest::newRow("ms Z") << QStringLiteral("2026-04-12T15:30:00.123Z")
                              << qint64(1776007800123);
        QTest::newRow("offset") << QStringLiteral("2022-01-01T00:00:00+00:00")
                                << qint64(1640995200000);
        QTest::newRow("positive offset")
            << QStringLiteral("2022-01-01T02:00:00+02:00") << qint64(1640995200000);
        QTest::newRow("micro") << QStringLiteral("2026-04-12T15:30:00.123456Z")
                               << qint64(1776007800123);
        QTest::newRow("lowercase")
            << QStringLiteral("2026-04-12t15:30:00z") << qint64(1776007800000);
        QTest::newRow("no zone") << QStringLiteral("2026-04-12T15:30:00") << qint64(-1);
        QTest::newRow("date only") << QStringLiteral("2026-04-12") << qint64(-1);
        QTest::newRow("unix") << QStringLiteral("1776007800") << qint64(-1);
        QTest::newRow("bad month") << QStringLiteral("2026-13-12T15:30:00Z") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const auto parsed = Timestamps::parse(text);
        if (ms < 0) {
            QVERIFY(!parsed);
        } else {
            QVERIFY(parsed);
            QCOMPARE(*parsed, ms);
        }
    }

    void fastPathAgreesWithQt()
    {
        // Every day across leap years and centuries, at odd times.
        for (qint64 ms = -86400000LL * 800; ms < 4102444800000LL; ms += 86400000LL * 37 + 3723456) {
            const QString qt =
                QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
            const QString ours = Timestamps::format(ms);
            if (ms >= 0)
                QCOMPARE(ours.left(23), qt.left(23));
            QCOMPARE(Timestamps::parse(ours).value_or(-1), ms);
        }
        QVERIFY(!Timestamps::parse(QStringLiteral("2026-02-29T00:00:00Z"))); // not a leap year
        QVERIFY(Timestamps::parse(QStringLiteral("2024-02-29T00:00:00Z")));
        QVERIFY(!Timestamps::parse(QStringLiteral("2026-04-31T00:00:00Z")));
        QVERIFY(!Timestamps::parse(QStringLiteral("2026-04-12T25:00:00Z")));
        QVERIFY(!Timestamps::parse(QStringLiteral("2026-04-12T15:30:00,123Z")));
    }

    void roundTrip()
    {
        for (qint64 ms : {qint64(0), qint64(1), qint64(1776007800999), qint64(4102444800000)})
            QCOMPARE(Timestamps::parse(Timestamps::format(ms)).value_or(-1), ms);
    }
};

QTEST_GUILESS_MAIN(TestTimestamps)
#include "tst_timestamps.moc"
