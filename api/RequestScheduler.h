#pragma once

#include "api/ApiError.h"

#include <QObject>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <functional>

namespace ContactDesk::Api {

// Decides when a request may go out: at most `perMinute` starts in any
// rolling minute (Heymarket allows 500 per credential), at most
// `maxInFlight` at once, user-initiated requests before background ones, and
// nobody while a server's Retry-After holds. One scheduler per credential.
class RequestScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestScheduler)

public:
    enum class Priority
    {
        User,
        Background
    };

    struct Limits
    {
        int perMinute = 500; // 0 = unlimited
        int maxInFlight = 4;
    };

    using Clock = std::function<qint64()>; // milliseconds, monotonic

    explicit RequestScheduler(Limits limits, Clock clock = {}, QObject *parent = nullptr);
    ~RequestScheduler() override;

    // `start` runs when the request may go; it must call done() once the
    // request has finished (successfully or not). Returns a ticket.
    quint64 enqueue(Priority priority, std::function<void()> start);
    // Drops a queued request; false when it already started.
    bool cancel(quint64 ticket);
    void done();
    // Hold every start until clock() >= untilMs (a 429's Retry-After), but
    // never longer than maxRetryAfterMs from now: one server's "come back in
    // an hour" must not freeze every request of the account that long.
    void holdUntil(qint64 untilMs);
    void holdFor(qint64 ms) { holdUntil(now() + ms); }
    // How long the hold still runs (0: none).
    qint64 holdRemainingMs() const { return std::max<qint64>(0, m_holdUntil - now()); }

    int queued() const { return static_cast<int>(m_user.size() + m_background.size()); }
    int inFlight() const { return m_inFlight; }
    const Limits &limits() const { return m_limits; }

    // Runs what may run now; called by the timer and after every change.
    void pump();

private:
    struct Entry
    {
        quint64 ticket;
        std::function<void()> start;
    };
    qint64 now() const;
    void scheduleWake(qint64 atMs);

    Limits m_limits;
    Clock m_clock;
    std::deque<Entry> m_user;
    std::deque<Entry> m_background;
    std::deque<qint64> m_started; // start times within the last minute
    int m_inFlight = 0;
    quint64 m_nextTicket = 1;
    qint64 m_holdUntil = 0;
    QTimer m_wake;
};

} // namespace ContactDesk::Api
