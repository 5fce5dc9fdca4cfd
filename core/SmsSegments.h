#pragma once

#include <QString>
#include <QStringList>

namespace ContactDesk::Sms {

// How a text goes out as SMS: GSM 03.38 7-bit when every character is in
// its basic table or extension table (the extension's ^ { } [ ] ~ | \ € and
// form feed take two septets: an escape and the character), else UCS-2
// (UTF-16 code units: an emoji is a surrogate pair, two units).
// One segment holds 160 septets or 70 units; a longer message is split in
// parts of 153 septets or 67 units (the rest is the concatenation header),
// never splitting an escape pair or a surrogate pair across parts.
enum class Encoding
{
    Gsm7,
    Ucs2
};

struct Segments
{
    Encoding encoding = Encoding::Gsm7;
    int units = 0;       // septets (GSM-7) or UTF-16 code units (UCS-2)
    int segments = 0;    // 0 for an empty text
    int perSegment = 0;  // 160/153 or 70/67, as the count used
    int remaining = 0;   // room left in the last segment
    QStringList forcing; // the distinct characters that made it UCS-2, in order
};

Segments count(QStringView text);

// Smart quotes, dashes, the ellipsis and unusual spaces replaced by the
// plain characters GSM-7 has ("—" -> "-", "’" -> "'", "…" -> "...").
QString plainPunctuation(QStringView text);

// True when c (one UTF-16 unit) is in the GSM-7 basic or extension table.
bool isGsm7(QChar c);

} // namespace ContactDesk::Sms
