#pragma once

#include <QRandomGenerator>

#include <optional>

namespace ContactDesk::Api {

// Bounded exponential backoff with jitter. attempt counts from 1 (the delay
// before the second try). A server's Retry-After wins over the backoff.
struct RetryPolicy
{
    int maxAttempts = 4; // tries in all, the first included
    int baseDelayMs = 500;
    int maxDelayMs = 30000;
    double jitter = 0.5; // the delay varies by up to this share either way

    int delayMs(int attempt, std::optional<int> retryAfterMs, QRandomGenerator &random) const;
};

} // namespace ContactDesk::Api
