#include "api/RequestScheduler.h"

#include <QElapsedTimer>

namespace ContactDesk::Api {

namespace {

qint64 steadyNow()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

constexpr qint64 minuteMs = 60 * 1000;

} // namespace

RequestScheduler::RequestScheduler(Limits limits, Clock clock, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_clock(clock ? std::move(clock) : Clock(steadyNow))
{
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &RequestScheduler::pump);
}

RequestScheduler::~RequestScheduler() = default;

qint64 RequestScheduler::now() const
{
    return m_clock();
}

quint64 RequestScheduler::enqueue(Priority priority, std::function<void()> start)
{
    const quint64 ticket = m_nextTicket++;
    (priority == Priority::User ? m_user : m_background).push_back({ticket, std::move(start)});
    // Start from the event loop, never inside the caller's stack.
    QMetaObject::invokeMethod(this, &RequestScheduler::pump, Qt::QueuedConnection);
    return ticket;
}

bool RequestScheduler::cancel(quint64 ticket)
{
    for (auto *queue : {&m_user, &m_background}) {
        for (auto it = queue->begin(); it != queue->end(); ++it) {
            if (it->ticket == ticket) {
                queue->erase(it);
                return true;
            }
        }
    }
    return false;
}

void RequestScheduler::done()
{
    if (m_inFlight > 0)
        --m_inFlight;
    QMetaObject::invokeMethod(this, &RequestScheduler::pump, Qt::QueuedConnection);
}

void RequestScheduler::holdUntil(qint64 untilMs)
{
    const qint64 t = now();
    m_holdUntil = std::min(std::max(m_holdUntil, untilMs), t + maxRetryAfterMs);
    scheduleWake(m_holdUntil);
}

void RequestScheduler::scheduleWake(qint64 atMs)
{
    const qint64 delay = std::max<qint64>(0, atMs - now());
    if (!m_wake.isActive() || m_wake.remainingTime() > delay)
        m_wake.start(static_cast<int>(std::min<qint64>(delay, minuteMs)));
}

void RequestScheduler::pump()
{
    while (!m_user.empty() || !m_background.empty()) {
        const qint64 t = now();
        if (t < m_holdUntil) {
            scheduleWake(m_holdUntil);
            return;
        }
        if (m_limits.maxInFlight > 0 && m_inFlight >= m_limits.maxInFlight)
            return; // done() pumps again
        while (!m_started.empty() && m_started.front() <= t - minuteMs)
            m_started.pop_front();
        if (m_limits.perMinute > 0 && m_started.size() >= static_cast<size_t>(m_limits.perMinute)) {
            scheduleWake(m_started.front() + minuteMs);
            return;
        }
        auto &queue = !m_user.empty() ? m_user : m_background;
        Entry entry = std::move(queue.front());
        queue.pop_front();
        m_started.push_back(t);
        ++m_inFlight;
        entry.start();
    }
}

} // namespace ContactDesk::Api
