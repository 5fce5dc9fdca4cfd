#include "core/CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <array>

namespace ContactDesk::Csv {

namespace {

constexpr qint64 chunkBytes = 64 * 1024;
constexpr int sniffLines = 20;

QString tr(const char *text)
{
    return QCoreApplication::translate("ContactDesk::Csv", text);
}

// Windows-1252 bytes 0x80..0x9F; the rest is Latin-1. Undefined bytes map
// to U+FFFD.
constexpr std::array<char16_t, 32> cp1252High{
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

QString fromWindows1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto b = static_cast<uchar>(byte);
        *out++ = (b >= 0x80 && b < 0xA0) ? QChar(cp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

// Counts `delimiter` outside quotes on each of the first lines of `text`.
QList<int> countsPerLine(const QString &text, QChar delimiter)
{
    QList<int> counts;
    int count = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            if (count > 0 || !counts.isEmpty())
                counts.append(count);
            count = 0;
            if (counts.size() >= sniffLines)
                break;
        } else if (!quoted && c == delimiter) {
            ++count;
        }
    }
    if (count > 0 && counts.size() < sniffLines)
        counts.append(count); // a last line without a line break
    return counts;
}

QChar sniffDelimiter(const QString &sample)
{
    QChar best = u',';
    int bestScore = -1;
    int bestWidth = 0;
    for (const QChar candidate : {QChar(u','), QChar(u';'), QChar(u'\t'), QChar(u'|')}) {
        const QList<int> counts = countsPerLine(sample, candidate);
        if (counts.isEmpty() || counts.first() == 0)
            continue;
        // Lines that agree with the header; a wider header breaks ties.
        const int score =
            static_cast<int>(std::count(counts.cbegin(), counts.cend(), counts.first()));
        if (score > bestScore || (score == bestScore && counts.first() > bestWidth)) {
            best = candidate;
            bestScore = score;
            bestWidth = counts.first();
        }
    }
    return best;
}

} // namespace

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto:
        return tr("automatic");
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16 LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16 BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

Reader::Reader(QIODevice *device, Options options)
    : m_device(device)
    , m_options(options)
{}

Reader::~Reader() = default;

void Reader::fail(qint64 line, const QString &message)
{
    m_errorLine = line;
    m_error = line > 0 ? tr("line %1: %2").arg(line).arg(message) : message;
}

bool Reader::open()
{
    if (!m_device || !m_device->isReadable()) {
        fail(0, tr("The file cannot be read."));
        return false;
    }
    QByteArray sample = m_device->read(chunkBytes);
    m_bytesRead = sample.size();
    if (sample.isEmpty()) {
        fail(0, tr("The file is empty."));
        return false;
    }
    Encoding encoding = m_options.encoding;
    qsizetype bom = 0;
    if (sample.startsWith("\xEF\xBB\xBF")) {
        bom = 3;
        if (encoding == Encoding::Auto)
            encoding = Encoding::Utf8;
    } else if (sample.startsWith("\xFF\xFE")) {
        bom = 2;
        if (encoding == Encoding::Auto)
            encoding = Encoding::Utf16LE;
    } else if (sample.startsWith("\xFE\xFF")) {
        bom = 2;
        if (encoding == Encoding::Auto)
            encoding = Encoding::Utf16BE;
    }
    const bool utf16 = encoding == Encoding::Utf16LE || encoding == Encoding::Utf16BE;
    if (!utf16) {
        // Text files have no NUL and few other control bytes.
        qsizetype control = 0;
        for (qsizetype i = 0; i < sample.size(); ++i) {
            const auto b = static_cast<uchar>(sample.at(i));
            if (b == 0) {
                fail(0, tr("This is not a text file: it holds binary data (byte %1).").arg(i + 1));
                return false;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C)
                ++control;
        }
        if (control * 100 > sample.size()) {
            fail(0, tr("This is not a text file: it holds binary data."));
            return false;
        }
    }
    if (encoding == Encoding::Auto) {
        QStringDecoder probe(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        // A sequence cut by the end of the sample is not an error.
        qsizetype end = sample.size();
        for (int back = 0;
             back < 3 && end > 0 && (static_cast<uchar>(sample.at(end - 1)) & 0xC0) == 0x80; ++back)
            --end;
        if (end > 0 && static_cast<uchar>(sample.at(end - 1)) >= 0xC0)
            --end;
        const QString decoded = probe(QByteArrayView(sample).first(end));
        encoding = probe.hasError() ? Encoding::Windows1252 : Encoding::Utf8;
        Q_UNUSED(decoded);
    }
    m_encoding = encoding;
    switch (encoding) {
    case Encoding::Utf16LE:
        m_decoder = std::make_unique<QStringDecoder>(QStringDecoder::Utf16LE);
        break;
    case Encoding::Utf16BE:
        m_decoder = std::make_unique<QStringDecoder>(QStringDecoder::Utf16BE);
        break;
    case Encoding::Utf8:
        m_decoder = std::make_unique<QStringDecoder>(QStringDecoder::Utf8);
        break;
    default:
        break;
    }
    m_pendingBytes = sample.mid(bom);

    m_delimiter = m_options.delimiter;
    if (m_delimiter.isNull()) {
        // Sniff on a copy of the decoder's view of the sample.
        QString text;
        if (encoding == Encoding::Windows1252)
            text = fromWindows1252(m_pendingBytes);
        else
            text = QStringDecoder(encoding == Encoding::Utf16LE ? QStringDecoder::Utf16LE
                                  : encoding == Encoding::Utf16BE
                                      ? QStringDecoder::Utf16BE
                                      : QStringDecoder::Utf8)(m_pendingBytes);
        m_delimiter = sniffDelimiter(text);
    }
    m_started = true;
    return true;
}

QString Reader::decode(const QByteArray &bytes, bool last)
{
    if (!m_decoder)
        return fromWindows1252(bytes);
    QString text = (*m_decoder)(bytes);
    if (last && m_decoder->hasError())
        text.append(QChar::ReplacementCharacter);
    return text;
}

bool Reader::fill()
{
    QByteArray bytes;
    if (!m_pendingBytes.isEmpty()) {
        bytes = std::exchange(m_pendingBytes, {});
    } else if (!m_eof) {
        bytes = m_device->read(chunkBytes);
        m_bytesRead += bytes.size();
        if (bytes.isEmpty())
            m_eof = true;
    }
    if (bytes.isEmpty())
        return false;
    m_text = decode(bytes, false);
    m_pos = 0;
    return true;
}

qint64 Reader::totalBytes() const
{
    return m_device->isSequential() ? 0 : m_device->size();
}

bool Reader::next(Record &record)
{
    if (!m_started || !m_error.isEmpty())
        return false;
    enum State
    {
        StartField,
        Unquoted,
        Quoted,
        QuoteInQuoted
    };
    // Each field is written straight into the record's string at its place,
    // which keeps its capacity when the caller reuses the record: once warm,
    // reading a row allocates nothing.
    QStringList &fields = record.fields;
    qsizetype count = 0;
    QString *current = nullptr;
    const auto field = [&]() -> QString & {
        if (!current) {
            if (count < fields.size()) {
                current = &fields[count];
                if (current->isDetached())
                    current->resize(0);
                else // still shared with something made from it
                    *current = QString();
            } else {
                current = &fields.emplaceBack();
            }
        }
        return *current;
    };
    const auto takeField = [&]() {
        field();
        ++count;
        current = nullptr;
    };
    State state = StartField;
    bool any = false;        // something of this record was seen
    bool quotedSeen = false; // the record has a quoted field (an empty one counts)
    qint64 recordLine = m_line;
    qint64 quoteLine = 0;
    const QChar delimiter = m_delimiter;

    const auto finish = [&]() -> bool {
        takeField();
        if (!quotedSeen && count == 1 && fields.first().isEmpty()) {
            // A blank line: not a record.
            count = 0;
            any = false;
            return false;
        }
        fields.resize(count);
        record.line = recordLine;
        record.index = m_records++;
        record.problem.clear();
        if (m_headerFields < 0) {
            m_headerFields = static_cast<int>(record.fields.size());
        } else if (record.fields.size() != m_headerFields) {
            record.problem = record.fields.size() < m_headerFields
                                 ? tr("line %1: %2 fields where the header has %3 (too few)")
                                       .arg(recordLine)
                                       .arg(record.fields.size())
                                       .arg(m_headerFields)
                                 : tr("line %1: %2 fields where the header has %3 (too many)")
                                       .arg(recordLine)
                                       .arg(record.fields.size())
                                       .arg(m_headerFields);
        }
        return true;
    };

    for (;;) {
        if (m_pos >= m_text.size() && !fill()) {
            if (state == Quoted) {
                fail(quoteLine, tr("a quoted field that starts here is never closed"));
                return false;
            }
            if (any && finish())
                return true;
            return false;
        }
        const QChar *const begin = m_text.constData();
        const QChar *p = begin + m_pos;
        const QChar *const end = begin + m_text.size();
        while (p < end) {
            if (m_skipLF) {
                m_skipLF = false;
                if (*p == u'\n') {
                    ++p;
                    continue;
                }
            }
            if (!any) {
                any = true;
                recordLine = m_line;
            }
            switch (state) {
            case Quoted: {
                if (m_quotedCR) {
                    m_quotedCR = false;
                    if (*p == u'\n') { // the LF of a CRLF split between chunks
                        field().append(*p++);
                        break;
                    }
                }
                const QChar *q = p;
                while (q < end && *q != u'"' && *q != u'\n' && *q != u'\r')
                    ++q;
                field().append(p, q - p);
                p = q;
                if (p == end)
                    break;
                if (*p == u'"') {
                    state = QuoteInQuoted;
                } else {
                    // A line break inside quotes is part of the value.
                    field().append(*p);
                    ++m_line;
                    if (*p == u'\r' && p + 1 < end && p[1] == u'\n') {
                        field().append(p[1]);
                        ++p;
                    } else if (*p == u'\r' && p + 1 == end) {
                        m_quotedCR = true;
                    }
                }
                ++p;
                break;
            }
            case StartField:
            case Unquoted: {
                if (state == StartField && *p == u'"') {
                    state = Quoted;
                    quotedSeen = true;
                    quoteLine = m_line;
                    ++p;
                    break;
                }
                const QChar *q = p;
                while (q < end && *q != delimiter && *q != u'\n' && *q != u'\r')
                    ++q;
                field().append(p, q - p);
                state = Unquoted;
                p = q;
                if (p == end)
                    break;
                [[fallthrough]];
            }
            case QuoteInQuoted: {
                const QChar c = *p++;
                if (c == delimiter) {
                    takeField();
                    state = StartField;
                } else if (c == u'\n' || c == u'\r') {
                    ++m_line;
                    m_skipLF = c == u'\r';
                    state = StartField;
                    if (finish()) {
                        m_pos = p - begin;
                        return true;
                    }
                } else if (c == u'"') {
                    // A doubled quote inside a quoted field.
                    field().append(c);
                    state = Quoted;
                } else {
                    // Text after a closing quote: kept as it stands.
                    field().append(c);
                    state = Unquoted;
                }
                break;
            }
            }
        }
        m_pos = m_text.size();
    }
}

} // namespace ContactDesk::Csv
