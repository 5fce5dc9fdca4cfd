#include "sandbox/RateLimiter.h"

namespace ContactDesk::Sandbox {

RateLimiter::Decision RateLimiter::acquire(const QString &credential, qint64 nowMs, int limit)
{
    if (limit <= 0)
        return {true, 0, 0};
    std::deque<qint64> &window = m_windows[credential];
    while (!window.empty() && window.front() <= nowMs - windowMs)
        window.pop_front();
    if (window.size() >= static_cast<size_t>(limit))
        return {false, window.front() + windowMs - nowMs, 0};
    window.push_back(nowMs);
    return {true, 0, limit - static_cast<int>(window.size())};
}

} // namespace ContactDesk::Sandbox
