#include "api/RetryPolicy.h"

#include <algorithm>
#include <cmath>

namespace ContactDesk::Api {

int RetryPolicy::delayMs(int attempt, std::optional<int> retryAfterMs,
                         QRandomGenerator &random) const
{
    if (retryAfterMs)
        return std::max(0, *retryAfterMs) +
               static_cast<int>(random.bounded(std::max(1, baseDelayMs / 4)));
    const double exponential = baseDelayMs * std::pow(2.0, std::max(0, attempt - 1));
    const double capped = std::min<double>(exponential, maxDelayMs);
    const double spread = capped * jitter;
    const double delay = capped - spread + random.generateDouble() * 2 * spread;
    return static_cast<int>(std::clamp(delay, 0.0, static_cast<double>(maxDelayMs)));
}

} // namespace ContactDesk::Api
