#include "core/Timestamps.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <cstdio>

namespace ContactDesk::Timestamps {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (era arithmetic over
// 400-year cycles of 146097 days).
qint64 daysFromCivil(qint64 year, unsigned month, unsigned day)
{
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const auto yearOfEra = static_cast<unsigned>(year - era * 400);
    const unsigned dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + static_cast<qint64>(dayOfEra) - 719468;
}

void civilFromDays(qint64 days, int &year, unsigned &month, unsigned &day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const auto dayOfEra = static_cast<unsigned>(days - era * 146097);
    const unsigned yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned mp = (5 * dayOfYear + 2) / 153;
    day = dayOfYear - (153 * mp + 2) / 5 + 1;
    month = mp < 10 ? mp + 3 : mp - 9;
    year = static_cast<int>(static_cast<qint64>(yearOfEra) + era * 400 + (month <= 2));
}

int digits(const QString &text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// The form Heymarket and the sandbox write: 2026-04-12T15:30:00Z or
// 2026-04-12T15:30:00.123Z. Nothing when text has another form.
std::optional<qint64> parseUtcFast(const QString &text)
{
    const auto size = text.size();
    if ((size != 20 && size != 24) || text.at(4) != QLatin1Char('-') ||
        text.at(7) != QLatin1Char('-') || text.at(10) != QLatin1Char('T') ||
        text.at(13) != QLatin1Char(':') || text.at(16) != QLatin1Char(':') ||
        text.at(size - 1) != QLatin1Char('Z'))
        return std::nullopt;
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    int ms = 0;
    if (size == 24) {
        if (text.at(19) != QLatin1Char('.'))
            return std::nullopt;
        ms = digits(text, 20, 3);
    }
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 ||
        minute > 59 || second < 0 || second > 59 || ms < 0)
        return std::nullopt;
    static constexpr int monthDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > monthDays[month - 1] || (month == 2 && day == 29 && !leap))
        return std::nullopt;
    const qint64 days =
        daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    return ((days * 24 + hour) * 60 + minute) * 60000LL + second * 1000LL + ms;
}

} // namespace

QString format(qint64 msSinceEpoch)
{
    if (msSinceEpoch >= 0 && msSinceEpoch < 253402300800000LL) { // up to year 9999
        const qint64 days = msSinceEpoch / 86400000;
        const int rest = static_cast<int>(msSinceEpoch % 86400000);
        int year = 0;
        unsigned month = 0;
        unsigned day = 0;
        civilFromDays(days, year, month, day);
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", year,
                      month % 13u, day % 32u, rest / 3600000, rest / 60000 % 60, rest / 1000 % 60,
                      rest % 1000);
        return QString::fromLatin1(buffer);
    }
    QString text =
        QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::utc()).toString(Qt::ISODateWithMs);
    // Qt writes the UTC zone as "+00:00"; Heymarket's examples use "Z".
    if (text.endsWith(QLatin1String("+00:00")))
        text.replace(text.size() - 6, 6, QStringLiteral("Z"));
    return text;
}

std::optional<qint64> parse(const QString &text)
{
    if (const auto fast = parseUtcFast(text))
        return fast;
    // A date-time with seconds, an optional fraction and a zone: Z or +hh:mm.
    static const QRegularExpression shape(QStringLiteral(
        R"(^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:?\d{2})$)"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    QString normalized = text;
    normalized.replace(10, 1, QLatin1Char('T'));
    if (normalized.endsWith(QLatin1Char('z')))
        normalized.back() = QLatin1Char('Z');
    // Qt parses at most milliseconds; trim longer fractions.
    static const QRegularExpression longFraction(QStringLiteral(R"((\.\d{3})\d+)"));
    normalized.replace(longFraction, QStringLiteral("\\1"));
    const QDateTime parsed = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toMSecsSinceEpoch();
}

} // namespace ContactDesk::Timestamps
