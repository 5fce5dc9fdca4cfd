#pragma once

#include <QDateTime>

#include <functional>

namespace ContactDesk::Sandbox {

// "Now", in milliseconds since the epoch. The sandbox asks its clock, never
// the system, whenever the time matters: write timestamps (SandboxStore),
// the JWT iat/exp check and the rate-limit minute (SandboxServer). Tests give
// it a clock they set and advance instead of waiting for time to pass.
using Clock = std::function<qint64()>;

inline qint64 wallClockMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace ContactDesk::Sandbox
