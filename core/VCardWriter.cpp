#include "core/VCardWriter.h"

#include "core/VCardReader.h"

#include <QIODevice>

namespace ContactDesk::VCard {

namespace {

constexpr qsizetype foldOctets = 75; // the most octets of a line, without its CRLF

// The text escaped for a 3.0 value (RFC 2426 4: backslash, comma,
// semicolon, line breaks).
QString escaped(QStringView text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case u'\\':
            out.append(QLatin1String("\\\\"));
            break;
        case u',':
            out.append(QLatin1String("\\,"));
            break;
        case u';':
            out.append(QLatin1String("\\;"));
            break;
        case u'\r':
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            out.append(QLatin1String("\\n"));
            break;
        case u'\n':
            out.append(QLatin1String("\\n"));
            break;
        case u'\0':
            break;
        default:
            out.append(c);
        }
    }
    return out;
}

bool isContinuationByte(char c)
{
    return (static_cast<uchar>(c) & 0xC0) == 0x80;
}

// Appends one content line, folded: each physical line at most 75 octets,
// continuation lines starting with a space, no UTF-8 sequence cut.
void appendLine(QByteArray &out, const QByteArray &line)
{
    qsizetype at = 0;
    qsizetype room = foldOctets;
    while (line.size() - at > room) {
        qsizetype cut = at + room;
        while (cut > at && isContinuationByte(line[cut]))
            --cut;
        out.append(line.constData() + at, cut - at);
        out.append("\r\n ");
        at = cut;
        room = foldOctets - 1; // after the space
    }
    out.append(line.constData() + at, line.size() - at);
    out.append("\r\n");
}

void appendProperty(QByteArray &out, const char *nameAndParameters, const QString &value)
{
    appendLine(out, QByteArray(nameAndParameters) + ':' + value.toUtf8());
}

// Nothing a reader would show: blanks, line breaks and NULs only.
bool blank(const QString &text)
{
    for (const QChar c : text)
        if (!c.isSpace() && c != u'\0')
            return false;
    return true;
}

bool allDigits(const QString &text)
{
    for (const QChar c : text)
        if (c < u'0' || c > u'9')
            return false;
    return !text.isEmpty();
}

} // namespace

Writer::Writer(QIODevice *out)
    : m_out(out)
{}

void Writer::writeCard(const Card &card)
{
    QByteArray &out = m_card;
    out.resize(0);
    out.append("BEGIN:VCARD\r\nVERSION:3.0\r\n");
    QString fullName = card.fullName;
    if (blank(fullName))
        fullName = QString(card.first.trimmed() + QLatin1Char(' ') + card.last.trimmed()).trimmed();
    appendProperty(out, "FN", escaped(fullName));
    appendProperty(out, "N",
                   escaped(card.last) + QLatin1String(";") + escaped(card.first) +
                       QLatin1String(";;;"));
    bool first = true;
    for (const QString &phone : card.phones) {
        if (blank(phone))
            continue;
        const QString value = allDigits(phone) ? QLatin1Char('+') + phone : phone;
        appendProperty(out, first ? "TEL;TYPE=CELL,PREF" : "TEL;TYPE=CELL", escaped(value));
        first = false;
    }
    first = true;
    for (const QString &email : card.emails) {
        if (blank(email))
            continue;
        appendProperty(out, first ? "EMAIL;TYPE=INTERNET,PREF" : "EMAIL;TYPE=INTERNET",
                       escaped(email));
        first = false;
    }
    QString categories;
    for (const QString &category : card.categories) {
        if (blank(category))
            continue;
        if (!categories.isEmpty())
            categories.append(QLatin1Char(','));
        categories.append(escaped(category));
    }
    if (!categories.isEmpty())
        appendProperty(out, "CATEGORIES", categories);
    if (!blank(card.organization))
        appendProperty(out, "ORG", escaped(card.organization));
    if (!blank(card.note))
        appendProperty(out, "NOTE", escaped(card.note));
    if (!blank(card.owner))
        appendProperty(out, ownerProperty, escaped(card.owner));
    if (card.optedOut)
        appendProperty(out, optOutProperty,
                       *card.optedOut ? QStringLiteral("yes") : QStringLiteral("no"));
    for (const auto &[title, value] : card.fields) {
        if (!blank(title) && !blank(value))
            appendProperty(out, fieldProperty, escaped(title) + QLatin1Char(';') + escaped(value));
    }
    out.append("END:VCARD\r\n");
    if (!m_out || m_out->write(out) != out.size())
        m_ok = false;
}

} // namespace ContactDesk::VCard
