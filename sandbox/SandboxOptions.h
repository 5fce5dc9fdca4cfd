#pragma once

#include "sandbox/Clock.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace ContactDesk::Sandbox {

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
    double failRate = 0.0;           // share of requests answered 500 before doing anything
    double dropRate = 0.0; // share of requests whose connection is closed after the work is done
    qint64 maxBodyBytes = 4 * 1024 * 1024; // larger bodies get 413
    quint32 faultSeed = 1;                 // seeds the fault-injection dice, for repeatable tests
    bool accessLog = false;    // one line per request on stderr (never headers or bodies)
    Clock nowMs = wallClockMs; // the time for timestamps, JWT checks and the rate limit
};

} // namespace ContactDesk::Sandbox
