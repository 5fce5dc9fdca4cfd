#include "SmsSegments.h"

#include <QSet>

namespace ContactDesk::Sms {

namespace {

// GSM 03.38 basic character set (the 128 positions; ESC at 0x1B is not a
// character of its own).
const char16_t basicTable[] = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                              u"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
// The extension table: each costs an escape septet too.
const char16_t extensionTable[] = u"\f^{}\\[~]|€";

bool inTable(const char16_t *table, char16_t c)
{
    for (const char16_t *p = table; *p; ++p)
        if (*p == c)
            return true;
    return false;
}

int septets(QChar c)
{
    if (inTable(basicTable, c.unicode()))
        return 1;
    if (inTable(extensionTable, c.unicode()))
        return 2;
    return 0; // not GSM-7
}

} // namespace

bool isGsm7(QChar c)
{
    return septets(c) > 0;
}

Segments count(QStringView text)
{
    Segments result;
    QSet<QString> seen;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (septets(text.at(i)))
            continue;
        result.encoding = Encoding::Ucs2;
        // A surrogate pair is one character to name.
        const bool pair =
            text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const QString character = text.mid(i, pair ? 2 : 1).toString();
        if (!seen.contains(character)) {
            seen.insert(character);
            result.forcing.append(character);
        }
        if (pair)
            ++i;
    }
    // Sizes of the characters in units, for splitting.
    QList<int> sizes;
    sizes.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (result.encoding == Encoding::Gsm7) {
            sizes.append(septets(text.at(i)));
        } else if (text.at(i).isHighSurrogate() && i + 1 < text.size() &&
                   text.at(i + 1).isLowSurrogate()) {
            sizes.append(2);
            ++i;
        } else {
            sizes.append(1);
        }
    }
    for (int size : std::as_const(sizes))
        result.units += size;
    const bool gsm = result.encoding == Encoding::Gsm7;
    const int single = gsm ? 160 : 70;
    const int part = gsm ? 153 : 67;
    if (result.units == 0) {
        result.perSegment = single;
        result.remaining = single;
        return result;
    }
    if (result.units <= single) {
        result.segments = 1;
        result.perSegment = single;
        result.remaining = single - result.units;
        return result;
    }
    // Parts of `part` units; a character that does not fit starts the next.
    result.perSegment = part;
    int used = 0;
    result.segments = 1;
    for (int size : std::as_const(sizes)) {
        if (used + size > part) {
            ++result.segments;
            used = 0;
        }
        used += size;
    }
    result.remaining = part - used;
    return result;
}

QString plainPunctuation(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case 0x2018: // ‘ ’ ‚ ‛ ′
        case 0x2019:
        case 0x201A:
        case 0x201B:
        case 0x2032:
            out.append(QLatin1Char('\''));
            break;
        case 0x201C: // “ ” „ ‟ ″
        case 0x201D:
        case 0x201E:
        case 0x201F:
        case 0x2033:
            out.append(QLatin1Char('"'));
            break;
        case 0x2010: // hyphens and dashes, the minus sign
        case 0x2011:
        case 0x2012:
        case 0x2013:
        case 0x2014:
        case 0x2015:
        case 0x2212:
            out.append(QLatin1Char('-'));
            break;
        case 0x2026: // …
            out.append(QLatin1String("..."));
            break;
        case 0x00A0: // no-break and other spaces
        case 0x2002:
        case 0x2003:
        case 0x2009:
        case 0x200A:
        case 0x202F:
            out.append(QLatin1Char(' '));
            break;
        default:
            out.append(c);
        }
    }
    return out;
}

} // namespace ContactDesk::Sms
