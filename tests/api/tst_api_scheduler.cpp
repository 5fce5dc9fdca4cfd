// The client-side rate limit: at most N starts per rolling minute, a cap on
// requests in flight, user requests before background ones, and holds.

#include "api/RequestScheduler.h"

#include <QSignalSpy>
#include <QTest>

using namespace ContactDesk::Api;

// Runs everything already posted to this thread (the scheduler's queued
// pumps): after it, a start that has not happened is one the scheduler
// held back, not one still on its way. No time passes on the scheduler's
// clock, so its wake timer (set from that clock) cannot fire meanwhile.
static void runPostedWork()
{
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
}

class TestApiScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rollingMinuteLimit()
    {
        qint64 now = 0;
        RequestScheduler scheduler({5, 0}, [&now] { return now; });
        int started = 0;
        for (int i = 0; i < 8; ++i)
            scheduler.enqueue(RequestScheduler::Priority::User, [&] {
                ++started;
                scheduler.done();
            });
        QTRY_COMPARE(started, 5);
        runPostedWork();
        QCOMPARE(started, 5);
        QCOMPARE(scheduler.queued(), 3);
        now = 59999;
        scheduler.pump();
        QCOMPARE(started, 5); // still inside the minute
        now = 60000;
        scheduler.pump();
        QCOMPARE(started, 8);
    }

    void defaultIsFiveHundredPerMinute()
    {
        qint64 now = 0;
        RequestScheduler scheduler({}, [&now] { return now; });
        QCOMPARE(scheduler.limits().perMinute, 500);
        int started = 0;
        for (int i = 0; i < 501; ++i)
            scheduler.enqueue(RequestScheduler::Priority::Background, [&] {
                ++started;
                scheduler.done();
            });
        QTRY_COMPARE(started, 500);
        runPostedWork();
        QCOMPARE(started, 500);
        now = 60000;
        scheduler.pump();
        QCOMPARE(started, 501);
    }

    void inFlightCapAndPriorities()
    {
        RequestScheduler scheduler({0, 2});
        QList<QString> order;
        for (int i = 0; i < 3; ++i)
            scheduler.enqueue(RequestScheduler::Priority::Background,
                              [&order, i] { order.append(QStringLiteral("b%1").arg(i)); });
        QTRY_COMPARE(order.size(), 2);
        QCOMPARE(scheduler.inFlight(), 2);
        // A user request jumps the background queue.
        scheduler.enqueue(RequestScheduler::Priority::User,
                          [&order] { order.append(QStringLiteral("u")); });
        runPostedWork();
        QCOMPARE(order.size(), 2);
        scheduler.done();
        QTRY_COMPARE(order.size(), 3);
        QCOMPARE(order.last(), QStringLiteral("u"));
        scheduler.done();
        QTRY_COMPARE(order.size(), 4);
        QCOMPARE(order.last(), QStringLiteral("b2"));
    }

    void holdAndCancel()
    {
        qint64 now = 1000;
        RequestScheduler scheduler({0, 0}, [&now] { return now; });
        scheduler.holdUntil(5000);
        int started = 0;
        const quint64 kept =
            scheduler.enqueue(RequestScheduler::Priority::User, [&] { ++started; });
        const quint64 dropped =
            scheduler.enqueue(RequestScheduler::Priority::User, [&] { started += 100; });
        QVERIFY(kept != dropped);
        QVERIFY(scheduler.cancel(dropped));
        runPostedWork();
        QCOMPARE(started, 0);
        now = 5000;
        scheduler.pump();
        QCOMPARE(started, 1);
        QVERIFY(!scheduler.cancel(kept)); // already started
    }

    void aHoldLastsAtMostFiveMinutes()
    {
        // A server's Retry-After of an hour must not freeze every request of
        // the account for an hour: the hold is capped.
        qint64 now = 1000;
        RequestScheduler scheduler({0, 0}, [&now] { return now; });
        scheduler.holdFor(3600 * 1000);
        QCOMPARE(scheduler.holdRemainingMs(), qint64(maxRetryAfterMs));
        int started = 0;
        scheduler.enqueue(RequestScheduler::Priority::User, [&] { ++started; });
        runPostedWork();
        QCOMPARE(started, 0);
        now = 1000 + maxRetryAfterMs - 1;
        scheduler.pump();
        QCOMPARE(started, 0); // still held
        now = 1000 + maxRetryAfterMs;
        scheduler.pump();
        QCOMPARE(started, 1);
        // An absolute hold far ahead is capped the same way.
        scheduler.holdUntil(now + 24 * 3600 * 1000LL);
        QCOMPARE(scheduler.holdRemainingMs(), qint64(maxRetryAfterMs));
        // A shorter hold is kept as asked.
        now += maxRetryAfterMs;
        scheduler.holdFor(7000);
        QCOMPARE(scheduler.holdRemainingMs(), qint64(7000));
    }
};

QTEST_GUILESS_MAIN(TestApiScheduler)
#include "tst_api_scheduler.moc"
