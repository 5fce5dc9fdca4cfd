#include "core/Email.h"

#include <QTest>

using namespace ContactDesk;

class TestEmail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("problem"); // empty = valid
        QTest::newRow("plain") << QStringLiteral("jordan.rivera@example.com") << QString();
        QTest::newRow("plus tag") << QStringLiteral("a+news@example.co.uk") << QString();
        QTest::newRow("idn domain") << QStringLiteral("zoë@bücher.example") << QString();
        QTest::newRow("no at") << QStringLiteral("jordan.example.com") << QStringLiteral("no '@'");
        QTest::newRow("two ats") << QStringLiteral("a@b@example.com")
                                 << QStringLiteral("more than one");
        QTest::newRow("space") << QStringLiteral("jo rdan@example.com") << QStringLiteral("space");
        QTest::newRow("no local") << QStringLiteral("@example.com") << QStringLiteral("before");
        QTest::newRow("no domain") << QStringLiteral("jordan@") << QStringLiteral("after");
        QTest::newRow("dotless domain")
            << QStringLiteral("jordan@localhost") << QStringLiteral("no '.'");
        QTest::newRow("double dot")
            << QStringLiteral("jo..rdan@example.com") << QStringLiteral("'.'");
        QTest::newRow("bad label")
            << QStringLiteral("jordan@-example.com") << QStringLiteral("not valid");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
    }
    void check()
    {
        QFETCH(QString, address);
        QFETCH(QString, problem);
        const QString actual = Email::problem(address);
        if (problem.isEmpty())
            QVERIFY2(actual.isEmpty(), qPrintable(actual));
        else
            QVERIFY2(actual.contains(problem), qPrintable(actual));
        QCOMPARE(Email::isValid(address), problem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEmail)
#include "tst_email.moc"
