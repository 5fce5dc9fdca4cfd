// The vCard reader over any bytes (the first byte picks the limits and how
// many bytes the device hands out at a time, the rest is the file), with
// two checks that abort on a difference:
// - read in small pieces (a slow pipe), the file gives the same records,
//   warnings and error as read whole (once both open it);
// - every card read, written again by VCard::Writer and read back, gives
//   the values the writer promises (VCardWriter.h).
#include "core/VCardReader.h"
#include "core/VCardWriter.h"
#include "fuzz/FuzzSupport.h"

#include <QBuffer>
#include <QHash>

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace ContactDesk;

namespace {

class PiecesDevice final : public QIODevice
{
public:
    PiecesDevice(const QByteArray &bytes, qint64 step)
        : m_bytes(bytes)
        , m_step(step)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    // A file, read twice when it has ContactDesk's properties.
    qint64 size() const override { return m_bytes.size(); }
    bool seek(qint64 pos) override
    {
        m_at = pos;
        return QIODevice::seek(pos);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min({maxSize, m_step, qint64(m_bytes.size()) - m_at});
        if (n <= 0)
            return 0;
        memcpy(data, m_bytes.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    const QByteArray &m_bytes;
    qint64 m_step;
    qint64 m_at = 0;
};

struct Reading
{
    bool opened = false;
    QList<Csv::Record> records;
    QString error;
    qint64 errorLine = 0;
    QStringList warnings;
};

Reading readAll(QIODevice *device, Csv::Limits limits)
{
    Reading reading;
    VCard::Reader reader(device, limits);
    reading.opened = reader.open();
    Csv::Record record;
    while (reading.opened && reader.next(record))
        reading.records.append(record);
    reading.error = reader.error();
    reading.errorLine = reader.errorLine();
    reading.warnings = reader.warnings();
    (void)reader.encoding();
    (void)reader.bytesRead();
    return reading;
}

[[noreturn]] void differs(const char *what, const QString &expected, const QString &actual)
{
    std::fprintf(stderr, "%s differs:\n  expected: %s\n  actual:   %s\n", what,
                 expected.toUtf8().constData(), actual.toUtf8().constData());
    std::abort();
}

// A value as the writer writes and the reader reads it back: line breaks
// as LF, no NUL, trimmed.
QString normalised(QString value)
{
    value.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    value.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    value.remove(QChar(u'\0'));
    return value.trimmed();
}

bool allDigits(const QString &text)
{
    for (const QChar c : text)
        if (c < u'0' || c > u'9')
            return false;
    return !text.isEmpty();
}

void roundTrip(const QStringList &columns, const Csv::Record &record)
{
    const QStringList &f = record.fields;
    for (const QStringList *list : {&f, &columns})
        for (const QString &field : *list)
            if (!field.isValidUtf16())
                return; // not text the writer can write
    const QString separator = QString::fromUtf16(VCard::valueSeparator);
    VCard::Card card;
    card.fullName = f.at(VCard::FullName);
    card.first = f.at(VCard::FirstName);
    card.last = f.at(VCard::LastName);
    card.phones = f.at(VCard::Phone).split(separator, Qt::SkipEmptyParts);
    card.emails = f.at(VCard::Email).split(separator, Qt::SkipEmptyParts);
    card.categories = f.at(VCard::Categories).split(QLatin1String(", "), Qt::SkipEmptyParts);
    card.organization = f.at(VCard::Organization);
    card.note = f.at(VCard::Note);
    // ContactDesk's columns: the owner, and custom fields by title (an opt
    // out the writer writes as yes or no only: left out).
    QHash<QString, QString> own; // case-folded title: the value written
    for (qsizetype c = VCard::ColumnCount; c < f.size() && c < columns.size(); ++c) {
        const QString value = normalised(f.at(c));
        if (columns.at(c) == QLatin1String("Owner")) {
            card.owner = f.at(c);
        } else if (columns.at(c) != QLatin1String("Opt Out")) {
            card.fields.append({columns.at(c), f.at(c)});
            const QString key = normalised(columns.at(c)).toCaseFolded();
            if (!value.isEmpty() && !key.isEmpty() && !own.contains(key))
                own.insert(key, value); // the first of a title is read back
        }
    }
    if (card.phones.size() + card.emails.size() + card.fields.size() > 9000)
        return; // past maxProperties with FN and N
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    VCard::Writer writer(&out);
    writer.writeCard(card);
    if (!writer.ok())
        std::abort();
    out.close();
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    VCard::Reader reader(&in);
    Csv::Record header;
    Csv::Record back;
    if (!reader.open() || !reader.next(header) || !reader.next(back))
        differs("the written card", QString::fromUtf8(bytes), reader.error());
    const QStringList &b = back.fields;

    QString fullName = normalised(card.fullName);
    if (fullName.isEmpty()) // FN is the first and last names
        fullName = normalised(card.first.trimmed() + QLatin1Char(' ') + card.last.trimmed());
    if (b.at(VCard::FullName) != fullName)
        differs("FN", fullName, b.at(VCard::FullName));
    if (b.at(VCard::FirstName) != normalised(card.first))
        differs("first name", normalised(card.first), b.at(VCard::FirstName));
    if (b.at(VCard::LastName) != normalised(card.last))
        differs("last name", normalised(card.last), b.at(VCard::LastName));
    if (b.at(VCard::Organization) != normalised(card.organization))
        differs("ORG", normalised(card.organization), b.at(VCard::Organization));
    if (b.at(VCard::Note) != normalised(card.note))
        differs("NOTE", normalised(card.note), b.at(VCard::Note));
    QStringList phones;
    bool uri = false;
    for (const QString &phone : card.phones) {
        const QString value = normalised(phone);
        uri = uri || value.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive);
        if (!value.isEmpty())
            phones.append(allDigits(phone) ? QLatin1Char('+') + value : value);
    }
    if (!uri && b.at(VCard::Phone) != phones.join(separator))
        differs("TEL", phones.join(separator), b.at(VCard::Phone));
    QStringList emails;
    for (const QString &email : card.emails)
        if (const QString value = normalised(email); !value.isEmpty())
            emails.append(value);
    if (b.at(VCard::Email) != emails.join(separator))
        differs("EMAIL", emails.join(separator), b.at(VCard::Email));
    QStringList categories;
    for (const QString &category : card.categories)
        if (const QString value = normalised(category); !value.isEmpty())
            categories.append(value);
    if (b.at(VCard::Categories) != categories.join(QLatin1String(", ")))
        differs("CATEGORIES", categories.join(QLatin1String(", ")), b.at(VCard::Categories));
    const QStringList backHeader = reader.header();
    for (qsizetype c = VCard::ColumnCount; c < backHeader.size(); ++c) {
        const QString title = backHeader.at(c);
        if (title == QLatin1String("Owner")) {
            if (b.value(c) != normalised(card.owner))
                differs("X-CONTACTDESK-OWNER", normalised(card.owner), b.value(c));
        } else if (own.take(title.toCaseFolded()) != b.value(c)) {
            differs("X-CONTACTDESK-FIELD", title, b.value(c));
        }
    }
    if (!own.isEmpty())
        differs("X-CONTACTDESK-FIELD read back", own.keys().join(u'|'), QString());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t pick = data[0];
    Csv::Limits limits;
    if (pick & 1) {
        limits.fieldChars = 64;
        limits.rowChars = 256;
    }
    const qint64 step = 1 + (pick >> 1) % 13;
    const QByteArray file = Fuzz::bytes(data + 1, size - 1);

    QBuffer buffer;
    buffer.setData(file);
    buffer.open(QIODevice::ReadOnly);
    const Reading whole = readAll(&buffer, limits);

    PiecesDevice pieces(file, step);
    const Reading inPieces = readAll(&pieces, limits);
    if (whole.opened && inPieces.opened) {
        if (inPieces.error != whole.error)
            differs("the error read in pieces", whole.error, inPieces.error);
        if (inPieces.errorLine != whole.errorLine)
            differs("the error line read in pieces", QString::number(whole.errorLine),
                    QString::number(inPieces.errorLine));
        if (inPieces.warnings != whole.warnings)
            differs("the warnings read in pieces", whole.warnings.join(u'|'),
                    inPieces.warnings.join(u'|'));
        if (inPieces.records.size() != whole.records.size())
            differs("the records read in pieces", QString::number(whole.records.size()),
                    QString::number(inPieces.records.size()));
        for (qsizetype i = 0; i < whole.records.size(); ++i) {
            if (inPieces.records.at(i).fields != whole.records.at(i).fields ||
                inPieces.records.at(i).line != whole.records.at(i).line)
                differs("a record read in pieces", whole.records.at(i).fields.join(u'|'),
                        inPieces.records.at(i).fields.join(u'|'));
        }
    }
    for (qsizetype i = 1; i < whole.records.size(); ++i)
        roundTrip(whole.records.first().fields, whole.records.at(i));
    return 0;
}
