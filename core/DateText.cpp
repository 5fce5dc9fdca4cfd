#include "core/DateText.h"

#include <QRegularExpression>

namespace ContactDesk::DateText {

bool isDateFieldTitle(QStringView title)
{
    // A word "date(s)": no letter before or after it, or a capital D after
    // a small letter (camelCase).
    static const QRegularExpression dateWord(
        QStringLiteral("(?<!\\p{L})dates?(?!\\p{L})|(?<=\\p{Ll})Dates?(?!\\p{Ll})"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression caseless(
        QStringLiteral("(?<!\\p{L})dates?(?!\\p{L})|birthday|datum|geburtstag|fecha|cumpleaños"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return caseless.match(title.toString()).hasMatch() ||
           dateWord.match(title.toString()).hasMatch();
}

std::optional<QDate> parse(QStringView text, const QLocale &locale)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return std::nullopt;
    const QDate iso = QDate::fromString(trimmed, Qt::ISODate);
    if (iso.isValid())
        return iso;
    const QString shortFormat = locale.dateFormat(QLocale::ShortFormat);
    QStringList formats{shortFormat};
    // "yy" reads two digits only: also take the year written out.
    if (shortFormat.contains(QLatin1String("yy")) && !shortFormat.contains(QLatin1String("yyyy")))
        formats.append(QString(shortFormat).replace(QLatin1String("yy"), QLatin1String("yyyy")));
    for (const QString &format : std::as_const(formats)) {
        const QDate date = locale.toDate(trimmed, format);
        if (date.isValid())
            return date;
    }
    return std::nullopt;
}

} // namespace ContactDesk::DateText
