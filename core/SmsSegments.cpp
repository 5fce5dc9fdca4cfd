#include "core/SmsSegments.h"

#include <QSet>

namespace ContactDesk::Sms {

namespace {

// GSM 03.38 basic character set (the 128 positions; ESC at 0x1B is not a
// character of its own).
const char16_t basicTable[] = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                              u"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
// The extension table: each costs an escape septet too.
const char16_t extensionTable[] = u"\f^{}\\[~]|€";

// Septets per UTF-16 unit below 0x3B0 (Latin and the Greek capitals the
// basic table has): 1 basic, 2 extension, 0 not GSM-7. Built once from the
// tables above; the euro sign (0x20AC) is the only one beyond it.
struct SeptetTable
{
    quint8 size[0x3B0] = {};
    SeptetTable()
    {
        for (const char16_t *p = basicTable; *p; ++p)
            if (*p < 0x3B0)
                size[*p] = 1;
        for (const char16_t *p = extensionTable; *p; ++p)
            if (*p < 0x3B0)
                size[*p] = 2;
    }
};

int septets(QChar c)
{
    static const SeptetTable table;
    const char16_t u = c.unicode();
    if (u < 0x3B0)
        return table.size[u];
    return u == 0x20AC ? 2 : 0; // €
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
    // The size of each character in units (a surrogate pair is one
    // character of two units), for counting and for splitting.
    const bool gsm = result.encoding == Encoding::Gsm7;
    const auto forEachCharacter = [&text, gsm](auto visit) {
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (gsm) {
                visit(septets(text.at(i)));
            } else if (text.at(i).isHighSurrogate() && i + 1 < text.size() &&
                       text.at(i + 1).isLowSurrogate()) {
                visit(2);
                ++i;
            } else {
                visit(1);
            }
        }
    };
    forEachCharacter([&result](int size) { result.units += size; });
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
    forEachCharacter([&](int size) {
        if (used + size > part) {
            ++result.segments;
            used = 0;
        }
        used += size;
    });
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
