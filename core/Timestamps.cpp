#include "Timestamps.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace ContactDesk::Timestamps {

QString format(qint64 msSinceEpoch)
{
    QString text =
        QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::utc()).toString(Qt::ISODateWithMs);
    // Qt writes the UTC zone as "+00:00"; Heymarket's examples use "Z".
    if (text.endsWith(QLatin1String("+00:00")))
        text.replace(text.size() - 6, 6, QStringLiteral("Z"));
    return text;
}

std::optional<qint64> parse(const QString &text)
{
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
