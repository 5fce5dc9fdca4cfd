#include "core/CsvReader.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QFileInfo>
#include <QIODevice>

#include <array>
#include <cstring>

namespace ContactDesk::Csv {

namespace {

constexpr qint64 chunkBytes = 64 * 1024;
constexpr qint64 scanBytes = 1024 * 1024; // read at a time to tell whether a file is UTF-8
constexpr int sniffLines = 20;

QString tr(const char *text)
{
    return QCoreApplication::translate("ContactDesk::Csv", text);
}

// Windows-1252 bytes 0x80..0x9F; the rest is Latin-1. The five bytes
// Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are the C1
// controls of the same number, as the WHATWG encoding standard (and
// Windows) reads them: never a silent U+FFFD.
constexpr std::array<char16_t, 32> cp1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

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

// The bytes at offset, for an error ("0xE9 0x20").
QString bytesAt(const QByteArray &bytes, qsizetype offset)
{
    QStringList hex;
    for (qsizetype i = offset; i < bytes.size() && i < offset + 4; ++i)
        hex.append(QStringLiteral("0x%1")
                       .arg(static_cast<uchar>(bytes.at(i)), 2, 16, QLatin1Char('0'))
                       .toUpper()
                       .replace(QLatin1String("0X"), QLatin1String("0x")));
    return hex.join(QLatin1Char(' '));
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

QString stoppedMessage()
{
    return tr("The reading was stopped.");
}

RecordSource::~RecordSource() = default;

Reader::Reader(QIODevice *device, Options options)
    : m_device(device)
    , m_options(options)
{
    if (const auto *file = qobject_cast<const QFileDevice *>(device))
        m_name = QFileInfo(file->fileName()).fileName();
}

Reader::~Reader() = default;

void Reader::fail(qint64 line, const QString &message)
{
    m_errorLine = line;
    m_error = line > 0 ? tr("line %1: %2").arg(line).arg(message) : message;
}

void Reader::failAt(qint64 line, qsizetype column, const QString &message)
{
    m_errorLine = line;
    const QString where = m_name.isEmpty()
                              ? tr("line %1, column %2").arg(line).arg(column)
                              : tr("%1, line %2, column %3").arg(m_name).arg(line).arg(column);
    m_error = tr("%1: %2").arg(where, message);
}

qsizetype Reader::invalidUtf8(Utf8State &state, const char *data, qsizetype size)
{
    qsizetype i = 0;
    while (i < size) {
        if (!state.pending) {
            // ASCII eight bytes at a time.
            while (i + 8 <= size) {
                quint64 word;
                memcpy(&word, data + i, 8);
                if (word & 0x8080808080808080ULL)
                    break;
                i += 8;
            }
            if (i == size)
                break;
        }
        const auto b = static_cast<uchar>(data[i]);
        if (state.pending) {
            if (b < state.low || b > state.high)
                return std::max<qsizetype>(0, state.sequenceStart);
            state.low = 0x80;
            state.high = 0xBF;
            --state.pending;
            ++i;
            continue;
        }
        if (b >= 0x80) {
            state.sequenceStart = i;
            if (b >= 0xC2 && b <= 0xDF) {
                state.pending = 1;
            } else if (b == 0xE0) {
                state.pending = 2;
                state.low = 0xA0; // no overlong form
            } else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) {
                state.pending = 2;
            } else if (b == 0xED) {
                state.pending = 2;
                state.high = 0x9F; // no surrogate
            } else if (b == 0xF0) {
                state.pending = 3;
                state.low = 0x90;
            } else if (b >= 0xF1 && b <= 0xF3) {
                state.pending = 3;
            } else if (b == 0xF4) {
                state.pending = 3;
                state.high = 0x8F; // nothing past U+10FFFF
            } else {
                return i;
            }
        }
        ++i;
    }
    state.sequenceStart -= size; // before the next call's data
    return -1;
}

// The line a byte of the chunk about to be parsed is on (UTF-8 and
// Windows-1252: a line break is one byte).
qint64 Reader::lineOfByte(const QByteArray &bytes, qsizetype offset) const
{
    qint64 line = m_line;
    qsizetype i = 0;
    if ((m_skipLF || m_quotedCR) && !bytes.isEmpty() && bytes.front() == '\n')
        i = 1; // the LF of a CRLF counted already
    for (; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n')
            ++line;
        else if (bytes.at(i) == '\r' && !(i + 1 < bytes.size() && bytes.at(i + 1) == '\n'))
            ++line;
    }
    return line;
}

// Whether the file is UTF-8 from its first byte to its last: read through
// (1 MiB at a time, nothing kept) when the device can go back; a pipe is
// told by its sample, and checked as it is read.
bool Reader::wholeFileIsUtf8(const QByteArray &sample)
{
    Utf8State state;
    if (invalidUtf8(state, sample.constData(), sample.size()) >= 0)
        return false;
    if (m_device->isSequential() || m_device->atEnd())
        return true;
    const qint64 start = m_device->pos();
    bool valid = true;
    QByteArray chunk;
    for (;;) {
        if (m_options.stop && m_options.stop->load(std::memory_order_relaxed)) {
            fail(0, stoppedMessage());
            return false;
        }
        chunk = m_device->read(scanBytes);
        if (chunk.isEmpty())
            break;
        if (invalidUtf8(state, chunk.constData(), chunk.size()) >= 0) {
            valid = false;
            break;
        }
    }
    // A file cut inside its last character is UTF-8 still: the reading
    // warns about the end (fill()).
    if (!m_device->seek(start)) {
        fail(0, tr("The file cannot be read: %1").arg(m_device->errorString()));
        return false;
    }
    return valid;
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
        encoding = wholeFileIsUtf8(sample) ? Encoding::Utf8 : Encoding::Windows1252;
        if (!m_error.isEmpty())
            return false;
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
        m_checkUtf8 = true;
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

bool Reader::decode(const QByteArray &bytes)
{
    if (!m_decoder) {
        m_text = fromWindows1252(bytes);
        return true;
    }
    if (m_checkUtf8) {
        if (const qsizetype bad = invalidUtf8(m_utf8, bytes.constData(), bytes.size()); bad >= 0) {
            fail(lineOfByte(bytes, bad),
                 tr("bytes that are not UTF-8 (%1): the file may be in Windows-1252; choose that "
                    "encoding")
                     .arg(bytesAt(bytes, bad)));
            return false;
        }
    } else if (bytes.size() % 2) {
        m_utf16Odd = !m_utf16Odd;
    }
    m_text = (*m_decoder)(bytes);
    if (m_decoder->hasError()) {
        // UTF-16 with a lone surrogate: the line of the first one replaced.
        const qsizetype at = m_text.indexOf(QChar::ReplacementCharacter);
        qint64 line = m_line;
        for (qsizetype i = 0; i < at; ++i)
            if (m_text.at(i) == u'\n' ||
                (m_text.at(i) == u'\r' && !(i + 1 < m_text.size() && m_text.at(i + 1) == u'\n')))
                ++line;
        fail(line, tr("text that is not %1 (a lone surrogate): choose the file's encoding")
                       .arg(encodingName(m_encoding)));
        return false;
    }
    return true;
}

bool Reader::fill()
{
    if (m_options.stop && m_options.stop->load(std::memory_order_relaxed)) {
        fail(0, stoppedMessage());
        return false;
    }
    QByteArray bytes;
    if (!m_pendingBytes.isEmpty()) {
        bytes = std::exchange(m_pendingBytes, {});
    } else if (!m_eof) {
        bytes = m_device->read(chunkBytes);
        m_bytesRead += bytes.size();
        if (bytes.isEmpty())
            m_eof = true;
    }
    if (bytes.isEmpty()) {
        // The decoder is flushed: a file cut inside its last character
        // says so (the record shows U+FFFD where the character was).
        if ((m_checkUtf8 && m_utf8.pending) || m_utf16Odd) {
            m_utf8.pending = 0;
            m_utf16Odd = false;
            m_cutWarning =
                tr("line %1: the file ends inside a character (its last bytes are not a whole "
                   "%2 character): the end of this row is lost, shown as “\uFFFD”")
                    .arg(m_line)
                    .arg(encodingName(m_encoding));
            m_warnings.append(m_cutWarning);
            m_text = QString(QChar::ReplacementCharacter);
            m_pos = 0;
            return true;
        }
        return false;
    }
    if (!decode(bytes))
        return false;
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
    qsizetype rowChars = 0; // in the fields taken so far
    const Limits &limits = m_options.limits;
    const auto takeField = [&]() {
        rowChars += field().size();
        ++count;
        current = nullptr;
    };
    State state = StartField;
    bool any = false;        // something of this record was seen
    bool quotedSeen = false; // the record has a quoted field (an empty one counts)
    qint64 recordLine = m_line;
    qint64 quoteLine = 0;
    const QChar delimiter = m_delimiter;

    // Past a limit: the error, and true.
    const auto overLimits = [&](qsizetype fieldSize, qsizetype rowSize, qsizetype column) {
        if (fieldSize > limits.fieldChars)
            failAt(recordLine, column,
                   tr("a field longer than %L1 characters (the most one field may hold); the file "
                      "is not read further")
                       .arg(limits.fieldChars));
        else if (rowSize > limits.rowChars)
            failAt(recordLine, column,
                   tr("a row longer than %L1 characters (the most one row may hold); the file is "
                      "not read further")
                       .arg(limits.rowChars));
        else if (column > limits.columns)
            failAt(recordLine, column,
                   tr("more than %L1 columns (the most a row may have); the file is not read "
                      "further")
                       .arg(limits.columns));
        else
            return false;
        return true;
    };

    // False for a blank line, and past a limit (then m_error is set).
    const auto finish = [&]() -> bool {
        const qsizetype last = field().size();
        takeField();
        if (overLimits(last, rowChars, count))
            return false;
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
        if (!m_cutWarning.isEmpty())
            record.problem = std::exchange(m_cutWarning, {});
        if (m_headerFields < 0) {
            m_headerFields = static_cast<int>(record.fields.size());
        } else if (record.fields.size() != m_headerFields) {
            if (!record.problem.isEmpty())
                record.problem += QLatin1String("; ");
            record.problem += record.fields.size() < m_headerFields
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
            if (!m_error.isEmpty())
                return false;
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
                    if (!m_error.isEmpty())
                        return false;
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
            // The limits, checked as the row grows: past one, nothing more
            // of the file is taken in.
            if (current ? overLimits(current->size(), rowChars + current->size(), count + 1)
                        : overLimits(0, rowChars, count))
                return false;
        }
        m_pos = m_text.size();
    }
}

} // namespace ContactDesk::Csv
