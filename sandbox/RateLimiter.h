#pragma once

#include <QHash>
#include <QString>

#include <deque>

namespace ContactDesk::Sandbox {

// At most `limit` requests per rolling 60-second window for each credential.
class RateLimiter final
{
public:
    static constexpr qint64 windowMs = 60 * 1000;

    struct Decision
    {
        bool allowed = true;
        qint64 retryAfterMs = 0; // when refused: until the oldest request leaves the window
        int remaining = 0;
    };

    // limit <= 0 means unlimited.
    Decision acquire(const QString &credential, qint64 nowMs, int limit);

private:
    QHash<QString, std::deque<qint64>> m_windows;
};

} // namespace ContactDesk::Sandbox
