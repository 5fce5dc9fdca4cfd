#pragma once

#include <QString>

#include <optional>

namespace ContactDesk::Timestamps {

// Object timestamps are ISO 8601 in UTC with milliseconds,
// "2026-04-12T15:30:00.123Z"; the pagination cursor is RFC 3339 and may carry
// an offset ("2022-01-01T00:00:00+00:00") or no fraction.

QString format(qint64 msSinceEpoch);

// Milliseconds since the epoch, or nothing when text is not an RFC 3339 /
// ISO 8601 date-time with a zone designator.
std::optional<qint64> parse(const QString &text);

} // namespace ContactDesk::Timestamps
