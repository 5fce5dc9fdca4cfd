#pragma once

#include "sandbox/Clock.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ContactDesk::Sandbox {

// How the sandbox reads the points the Heymarket docs leave open (marked
// UNSPECIFIED, INFERRED or CONFLICT in the spec). Lenient takes the reading
// that is kind to a client; Strict the one that is hardest for it (omitted
// fields cleared on a PUT, no Retry-After, plain-text errors, ...). Both
// answer every example request of the spec with the documented shape.
// sandbox/README.md lists every point and its two readings.
enum class Reading
{
    Lenient,
    Strict
};

inline QString readingName(Reading reading)
{
    return reading == Reading::Strict ? QStringLiteral("strict") : QStringLiteral("lenient");
}

// "strict" or "lenient" (any case); nothing for anything else.
inline std::optional<Reading> readingFromName(const QString &name)
{
    if (name.compare(QLatin1String("strict"), Qt::CaseInsensitive) == 0)
        return Reading::Strict;
    if (name.compare(QLatin1String("lenient"), Qt::CaseInsensitive) == 0)
        return Reading::Lenient;
    return std::nullopt;
}

// Everything the sandbox server can be told, from its command line or by the
// code that embeds it. Defaults match Heymarket's documented limits.
struct Options
{
    quint16 port = 0;                // 0 = a free port chosen by the system
    QString dataFile;                // SQLite file; empty = in memory, gone at exit
    QStringList apiKeys;             // team API keys accepted as Bearer tokens
    QHash<QString, QString> secrets; // Secret ID -> Secret Key, for HS256 JWTs
    int seedContacts = 0;            // on an empty database, seed a demo team of this size
    int rateLimitPerMinute = 500;    // per credential, rolling minute; 0 = unlimited
    int latencyMs = 0;               // added before every answer
    int latencyRangeMs = 0;          // plus a random 0..N ms (the fault dice) on every answer
    double failRate = 0.0;           // share of requests answered 500 before doing anything
    // Share of requests answered 429 before doing anything, as the rate
    // limiter answers (Retry-After in the lenient reading, none in strict).
    double tooManyRate = 0.0;
    // Share of requests whose connection is closed before anything is done.
    double dropBeforeRate = 0.0;
    double dropRate = 0.0; // share of requests whose connection is closed after the work is done
    qint64 maxBodyBytes = 4 * 1024 * 1024; // larger bodies get 413 (as soon as their headers say)
    // What a connection may cost (sandbox/ConnectionGuard.h): at most this
    // many at once, headers of at most this size, and the connection closed
    // when a request stalls this long or it sits idle between requests.
    int maxConnections = 64;
    qint64 maxHeaderBytes = 64 * 1024;
    int idleTimeoutMs = 30 * 1000;
    int keepAliveMs = 120 * 1000;
    quint32 faultSeed = 1;              // seeds the fault-injection dice, for repeatable tests
    bool accessLog = false;             // one line per request on stderr (never headers or bodies)
    Clock nowMs = wallClockMs;          // the time for timestamps, JWT checks and the rate limit
    Reading reading = Reading::Lenient; // how the spec's open points are read
    // The team GET /v1/team names (and inboxes' `team`), given to the seed
    // of an empty database; the demo team's when not set. A database that
    // holds another team id is refused; a name is applied to it.
    std::optional<qint64> teamId;
    std::optional<QString> teamName;
    // Told how the seed of an empty database goes (contacts written of
    // seedContacts), in the server's thread; answering false stops it
    // (start() then fails). SandboxHost::startInBackground uses it.
    std::function<bool(int seeded, int total)> seedProgress;
};

} // namespace ContactDesk::Sandbox
