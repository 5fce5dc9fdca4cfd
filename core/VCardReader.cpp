#include "core/VCardReader.h"

#include <QFileDevice>
#include <QFileInfo>
#include <QIODevice>
#include <QStringDecoder>

#include <array>
#include <limits>

namespace ContactDesk::VCard {

namespace {

constexpr qsizetype chunkBytes = 64 * 1024;
constexpr int maxWarnings = 100;
// The most bytes a character of a value can take in the file: "=E2=82=AC"
// (quoted-printable UTF-8) is nine bytes for one UTF-16 unit.
constexpr qsizetype bytesPerChar = 9;
constexpr qsizetype headerSlack = 64 * 1024;

// Windows-1252 bytes 0x80..0x9F (the rest is Latin-1); its five undefined
// bytes are the C1 controls of the same number, as WHATWG reads them.
constexpr std::array<char16_t, 32> cp1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

void fromWindows1252(QByteArrayView bytes, QString *text)
{
    text->resize(bytes.size());
    QChar *out = text->data();
    for (const char byte : bytes) {
        const auto b = static_cast<uchar>(byte);
        *out++ = (b >= 0x80 && b < 0xA0) ? QChar(cp1252High[b - 0x80]) : QChar(char16_t(b));
    }
}

qsizetype saturatedTimes(qsizetype value, qsizetype factor, qsizetype plus)
{
    constexpr qsizetype most = std::numeric_limits<qsizetype>::max();
    if (value <= 0)
        return plus;
    if (value > (most - plus) / factor)
        return most;
    return value * factor + plus;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimmed(QByteArrayView v)
{
    qsizetype b = 0;
    qsizetype e = v.size();
    while (b < e && isBlank(v[b]))
        ++b;
    while (e > b && isBlank(v[e - 1]))
        --e;
    return v.sliced(b, e - b);
}

QByteArrayView rightTrimmed(QByteArrayView v)
{
    qsizetype e = v.size();
    while (e > 0 && isBlank(v[e - 1]))
        --e;
    return v.first(e);
}

// ASCII case-insensitive: `upper` is written in capitals.
bool is(QByteArrayView v, const char *upper)
{
    qsizetype i = 0;
    for (; upper[i]; ++i) {
        if (i >= v.size())
            return false;
        char c = v[i];
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
        if (c != upper[i])
            return false;
    }
    return i == v.size();
}

bool isBase64Text(QByteArrayView v)
{
    for (const char c : v) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=' || isBlank(c);
        if (!ok)
            return false;
    }
    return true;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// The offset of the first byte that is not UTF-8 (the start of its
// sequence), or -1.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *d = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar b = d[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int more = 0;
        uchar low = 0x80, high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            more = 1;
        } else if (b == 0xE0) {
            more = 2;
            low = 0xA0;
        } else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) {
            more = 2;
        } else if (b == 0xED) {
            more = 2;
            high = 0x9F;
        } else if (b == 0xF0) {
            more = 3;
            low = 0x90;
        } else if (b >= 0xF1 && b <= 0xF3) {
            more = 3;
        } else if (b == 0xF4) {
            more = 3;
            high = 0x8F;
        } else {
            return i;
        }
        for (int k = 1; k <= more; ++k) {
            if (i + k >= n || d[i + k] < low || d[i + k] > high)
                return i;
            low = 0x80;
            high = 0xBF;
        }
        i += more + 1;
    }
    return -1;
}

// The bytes at offset, for an error ("0xE9 0x20").
QString bytesAt(QByteArrayView bytes, qsizetype offset)
{
    QStringList hex;
    for (qsizetype i = offset; i < bytes.size() && i < offset + 4; ++i)
        hex.append(
            QLatin1String("0x") +
            QString::number(static_cast<uchar>(bytes[i]), 16).rightJustified(2, u'0').toUpper());
    return hex.join(QLatin1Char(' '));
}

// Appends `in` with its backslash escapes taken away: 3.0 and 4.0's \n \N
// \, \; \: \\, or 2.1's \; only; any other backslash stays as written.
void appendUnescaped(QString &out, QStringView in, bool v21)
{
    const QChar *p = in.data();
    const QChar *const end = p + in.size();
    while (p < end) {
        const QChar *q = p;
        while (q < end && *q != u'\\')
            ++q;
        out.append(p, q - p);
        if (q == end)
            break;
        if (q + 1 == end) {
            out.append(*q);
            break;
        }
        const QChar next = q[1];
        if (v21) {
            if (next == u';') {
                out.append(next);
                p = q + 2;
            } else {
                out.append(*q);
                p = q + 1;
            }
        } else if (next == u'n' || next == u'N') {
            out.append(QChar(u'\n'));
            p = q + 2;
        } else if (next == u',' || next == u';' || next == u':' || next == u'\\') {
            out.append(next);
            p = q + 2;
        } else {
            out.append(*q);
            p = q + 1;
        }
    }
}

// The components of a structured value, split at `separator` where it is
// not escaped (the components still escaped).
void splitEscaped(QStringView in, QChar separator, std::vector<QStringView> *parts)
{
    parts->clear();
    qsizetype start = 0;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == u'\\') {
            ++i;
        } else if (in[i] == separator) {
            parts->push_back(in.sliced(start, i - start));
            start = i + 1;
        }
    }
    parts->push_back(in.sliced(start));
}

QString decodedForMessage(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes.first(std::min<qsizetype>(bytes.size(), 40)));
}

} // namespace

Reader::Reader(QIODevice *device, Csv::Limits limits, const std::atomic<bool> *stop)
    : m_device(device)
    , m_limits(limits)
    , m_stop(stop)
    , m_lineCap(saturatedTimes(limits.fieldChars, bytesPerChar, headerSlack))
{
    if (const auto *file = qobject_cast<const QFileDevice *>(device))
        m_name = QFileInfo(file->fileName()).fileName();
    // A custom field titled as one of these is read into it (the others
    // are not custom fields: a field titled "Phone" is a column of its own).
    for (const int column : {int(Organization), int(Note), int(Birthday)})
        m_columnByKey.insert(columns().at(column).toCaseFolded(), column);
}

Reader::~Reader() = default;

QStringList Reader::columns()
{
    return {
        QStringLiteral("Full Name"),    QStringLiteral("First Name"), QStringLiteral("Last Name"),
        QStringLiteral("Phone"),        QStringLiteral("Email"),      QStringLiteral("Categories"),
        QStringLiteral("Organization"), QStringLiteral("Note"),       QStringLiteral("Birthday")};
}

QStringList Reader::header() const
{
    return columns() + m_extraColumns;
}

// The column of a ContactDesk property's title, added while the columns are
// not known yet; -1 (with a warning, once a title) when it has none.
int Reader::extraColumn(const QString &title, qint64 line)
{
    const QString key = title.toCaseFolded();
    if (const auto it = m_columnByKey.constFind(key); it != m_columnByKey.cend())
        return *it;
    if (!m_extrasKnown && m_extraColumns.size() < maxExtraColumns) {
        const int column = int(ColumnCount + m_extraColumns.size());
        m_extraColumns.append(title);
        m_columnByKey.insert(key, column);
        return column;
    }
    if (!m_leftOut.contains(key)) {
        m_leftOut.insert(key);
        if (m_extrasKnown && m_extraColumns.size() < maxExtraColumns)
            warn(tr("line %1: “%2” is left out: ContactDesk's own properties are read only from "
                    "a file that can be read twice, and this one cannot (a pipe)")
                     .arg(line)
                     .arg(title));
        else
            warn(tr("line %1: “%2” is left out: a file may add at most %L3 columns of its own")
                     .arg(line)
                     .arg(title)
                     .arg(maxExtraColumns));
    }
    return -1;
}

// Reads the file through once, keeping only ContactDesk's properties, for
// the columns they add; then back to where it was.
void Reader::scanExtraColumns()
{
    if (m_device->isSequential())
        return;
    const qint64 start = m_device->pos();
    {
        Reader scan(m_device, m_limits, m_stop);
        scan.m_scanOnly = true;
        if (scan.open()) {
            Csv::Record record;
            while (scan.next(record)) {
            }
        }
        m_extraColumns = std::move(scan.m_extraColumns);
        m_columnByKey = std::move(scan.m_columnByKey);
    }
    if (!m_device->seek(start))
        fail(0, tr("The file cannot be read again: %1").arg(m_device->errorString()));
}

qint64 Reader::totalBytes() const
{
    return !m_device || m_device->isSequential() ? 0 : m_device->size();
}

void Reader::fail(qint64 line, const QString &message)
{
    if (!m_error.isEmpty())
        return;
    m_errorLine = line;
    if (line <= 0) {
        m_error = message;
        return;
    }
    const QString where =
        m_name.isEmpty() ? tr("line %1").arg(line) : tr("%1, line %2").arg(m_name).arg(line);
    m_error = tr("%1: %2").arg(where, message);
}

void Reader::warn(const QString &warning)
{
    ++m_warningCount;
    if (m_warningCount <= maxWarnings)
        m_warnings.append(warning);
    else if (m_warningCount == maxWarnings + 1)
        m_warnings.append(tr("(more warnings, not listed)"));
}

bool Reader::open()
{
    if (!m_device || !m_device->isReadable()) {
        fail(0, tr("The file cannot be read."));
        return false;
    }
    if (!m_scanOnly) {
        scanExtraColumns();
        m_extrasKnown = true;
        if (!m_error.isEmpty())
            return false;
    }
    QByteArray sample = m_device->read(chunkBytes);
    m_bytesRead = sample.size();
    if (sample.isEmpty()) {
        fail(0, tr("The file is empty."));
        return false;
    }
    bool binary = false;
    if (sample.startsWith("\xFF\xFE") || sample.startsWith("\xFE\xFF")) {
        const bool le = sample.startsWith("\xFF\xFE");
        m_encoding = le ? Csv::Encoding::Utf16LE : Csv::Encoding::Utf16BE;
        m_utf16 =
            std::make_unique<QStringDecoder>(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                                             QStringDecoder::Flag::ConvertInitialBom);
        const QString text = (*m_utf16)(QByteArrayView(sample).sliced(2));
        if (m_utf16->hasError()) {
            fail(0, tr("The file is not UTF-16 text, as its start says (a lone surrogate)."));
            return false;
        }
        m_buffer = text.toUtf8();
    } else {
        const qsizetype bom = sample.startsWith("\xEF\xBB\xBF") ? 3 : 0;
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
        // Many other control bytes: binary, unless it begins a vCard after
        // all (values may hold them).
        binary = control * 100 > sample.size();
        m_buffer = bom ? sample.sliced(bom) : sample;
    }
    // The first line with something on it must begin a vCard: read until
    // it is whole (a pipe may hand out a few bytes at a time).
    qsizetype at = 0;
    qint64 line = 1;
    for (;;) {
        const QByteArray &b = m_buffer;
        qsizetype end = at;
        while (end < b.size() && b[end] != '\n' && b[end] != '\r')
            ++end;
        const bool whole = end < b.size() || m_eof;
        const QByteArrayView text = trimmed(QByteArrayView(b).sliced(at, end - at));
        if (whole && !text.isEmpty()) {
            const qsizetype colon = text.indexOf(':');
            if (colon < 0 || !is(trimmed(text.first(colon)), "BEGIN") ||
                !is(trimmed(text.sliced(colon + 1)), "VCARD")) {
                if (binary)
                    fail(0, tr("This is not a text file: it holds binary data."));
                else
                    fail(line,
                         tr("this is not a vCard file: it does not begin with “BEGIN:VCARD”"));
                return false;
            }
            break;
        }
        if (end == b.size()) {
            if (m_eof) {
                fail(0, tr("The file is empty."));
                return false;
            }
            if (end - at > m_lineCap)
                break; // next() says what is wrong with it
            if (!refill() && !m_error.isEmpty())
                return false;
            continue;
        }
        if (b[end] == '\r' && end + 1 == b.size() && !m_eof) {
            if (!refill() && !m_error.isEmpty())
                return false;
            continue; // a CRLF's LF may follow
        }
        if (b[end] == '\r' && end + 1 < b.size() && b[end + 1] == '\n')
            ++end;
        at = end + 1;
        ++line;
    }
    m_started = true;
    return true;
}

bool Reader::refill()
{
    if (m_stop && m_stop->load(std::memory_order_relaxed)) {
        fail(0, Csv::stoppedMessage());
        return false;
    }
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    if (m_utf16) {
        const QByteArray bytes = m_device->read(chunkBytes);
        m_bytesRead += bytes.size();
        if (bytes.isEmpty()) {
            m_eof = true;
            return false;
        }
        const QString text = (*m_utf16)(bytes);
        if (m_utf16->hasError()) {
            fail(m_line + 1,
                 tr("text that is not %1 (a lone surrogate)").arg(Csv::encodingName(m_encoding)));
            return false;
        }
        m_buffer.append(text.toUtf8());
        return true;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + chunkBytes);
    const qint64 n = m_device->read(m_buffer.data() + old, chunkBytes);
    m_buffer.resize(old + std::max<qint64>(n, 0));
    if (n <= 0) {
        m_eof = true;
        if (n < 0)
            fail(m_line + 1,
                 tr("the file cannot be read further: %1").arg(m_device->errorString()));
        return false;
    }
    m_bytesRead += n;
    return true;
}

// The next physical line, without its line end, in *line (valid until the
// buffer is read into again); taken when `consume`. False at the end of
// the file, or on an error (then m_error is set).
bool Reader::physicalLine(QByteArrayView *line, bool consume)
{
    qsizetype scanned = 0; // bytes after m_pos known to hold no line end
    for (;;) {
        const char *const d = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        qsizetype i = m_pos + scanned;
        while (i < size) {
            const char c = d[i];
            if (c == '\n' || c == '\r' || c == '\0')
                break;
            ++i;
        }
        if (i < size && d[i] == '\0') {
            fail(m_line + 1, tr("a NUL byte: this is not a text file"));
            return false;
        }
        if (i < size && !(d[i] == '\r' && i + 1 == size && !m_eof)) {
            qsizetype next = i + 1;
            if (d[i] == '\r' && next < size && d[next] == '\n')
                ++next;
            *line = QByteArrayView(d + m_pos, i - m_pos);
            if (consume) {
                m_pos = next;
                ++m_line;
            }
            return true;
        }
        if (i == size && m_eof) {
            if (m_pos == size)
                return false;
            *line = QByteArrayView(d + m_pos, size - m_pos);
            if (consume) {
                m_pos = size;
                ++m_line;
            }
            return true;
        }
        // A line going on past the buffer (or a CR at its end, which may
        // be a CRLF's): read more.
        scanned = i - m_pos;
        if (scanned > m_lineCap) {
            fail(m_line + 1, tr("a line longer than %L1 bytes (the most one line may hold); the "
                                "file is not read further")
                                 .arg(m_lineCap));
            return false;
        }
        if (!refill() && !m_error.isEmpty())
            return false;
    }
}

bool Reader::nextIsContinuation()
{
    if (!m_error.isEmpty())
        return false;
    if (m_pos >= m_buffer.size() && !refill())
        return false;
    return isBlank(m_buffer.at(m_pos));
}

qsizetype Reader::colonIn(QByteArrayView line)
{
    bool inParameters = false;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"')
                quoted = false;
        } else if (c == ':') {
            return i;
        } else if (c == ';') {
            inParameters = true;
        } else if (c == '"' && inParameters) {
            quoted = true;
        }
    }
    // A quote never closed: the first colon after all.
    return quoted ? line.indexOf(':') : -1;
}

Reader::Header Reader::parseHeader(QByteArrayView header)
{
    Header h;
    qsizetype semicolon = header.indexOf(';');
    if (semicolon < 0)
        semicolon = header.size();
    QByteArrayView name = header.first(semicolon);
    if (const qsizetype dot = name.lastIndexOf('.'); dot >= 0)
        name = name.sliced(dot + 1); // the group
    name = trimmed(name);
    switch (name.size()) {
    case 1:
        if (is(name, "N"))
            h.kind = Kind::Name;
        break;
    case 2:
        if (is(name, "FN"))
            h.kind = Kind::FullName;
        break;
    case 3:
        if (is(name, "TEL"))
            h.kind = Kind::Tel;
        else if (is(name, "ORG"))
            h.kind = Kind::Org;
        else if (is(name, "END"))
            h.kind = Kind::End;
        break;
    case 4:
        if (is(name, "NOTE"))
            h.kind = Kind::Note;
        else if (is(name, "BDAY"))
            h.kind = Kind::Birthday;
        break;
    case 5:
        if (is(name, "EMAIL"))
            h.kind = Kind::Email;
        else if (is(name, "BEGIN"))
            h.kind = Kind::Begin;
        break;
    case 7:
        if (is(name, "VERSION"))
            h.kind = Kind::Version;
        break;
    case 10:
        if (is(name, "CATEGORIES"))
            h.kind = Kind::Categories;
        break;
    case 19:
        if (is(name, ownerProperty))
            h.kind = Kind::Owner;
        else if (is(name, fieldProperty))
            h.kind = Kind::Field;
        break;
    case 21:
        if (is(name, optOutProperty))
            h.kind = Kind::OptOut;
        break;
    default:
        break;
    }
    const auto preferred = [&h](int rank) {
        if (rank >= 1 && rank <= 100 && (h.pref == 0 || rank < h.pref))
            h.pref = rank;
    };
    const auto encoding = [&h](QByteArrayView value) {
        if (is(value, "QUOTED-PRINTABLE"))
            h.transfer = Transfer::QuotedPrintable;
        else if (is(value, "B") || is(value, "BASE64"))
            h.transfer = Transfer::Base64;
    };
    qsizetype i = semicolon;
    while (i < header.size()) {
        const qsizetype start = ++i;
        bool quoted = false;
        while (i < header.size() && (quoted || header[i] != ';')) {
            if (header[i] == '"')
                quoted = !quoted;
            ++i;
        }
        const QByteArrayView parameter = trimmed(header.sliced(start, i - start));
        if (parameter.isEmpty())
            continue;
        const qsizetype equals = parameter.indexOf('=');
        if (equals < 0) {
            // 2.1's bare parameters: TEL;CELL;PREF, NOTE;QUOTED-PRINTABLE.
            if (is(parameter, "PREF"))
                preferred(1);
            else
                encoding(parameter);
            continue;
        }
        const QByteArrayView key = trimmed(parameter.first(equals));
        const QByteArrayView values = trimmed(parameter.sliced(equals + 1));
        // Each of a comma list, quotes taken away.
        const auto each = [&values](auto &&take) {
            qsizetype from = 0;
            bool inQuotes = false;
            for (qsizetype k = 0; k <= values.size(); ++k) {
                if (k < values.size() && values[k] == '"') {
                    inQuotes = !inQuotes;
                    continue;
                }
                if (k == values.size() || (values[k] == ',' && !inQuotes)) {
                    QByteArrayView one = trimmed(values.sliced(from, k - from));
                    if (one.size() >= 2 && one.front() == '"' && one.back() == '"')
                        one = trimmed(one.sliced(1, one.size() - 2));
                    else if (!one.isEmpty() && one.front() == '"')
                        one = trimmed(one.sliced(1));
                    else if (!one.isEmpty() && one.back() == '"')
                        one = trimmed(one.first(one.size() - 1));
                    take(one);
                    from = k + 1;
                }
            }
        };
        if (is(key, "TYPE")) {
            each([&](QByteArrayView one) {
                if (is(one, "PREF"))
                    preferred(1);
            });
        } else if (is(key, "PREF")) {
            each([&](QByteArrayView one) {
                bool ok = false;
                const int rank = QByteArray(one.data(), one.size()).toInt(&ok);
                if (ok)
                    preferred(rank);
            });
        } else if (is(key, "ENCODING")) {
            each(encoding);
        } else if (is(key, "CHARSET")) {
            each([&](QByteArrayView one) {
                if (is(one, "UTF-8") || is(one, "UTF8")) {
                    h.charset = Charset::Utf8;
                } else if (is(one, "WINDOWS-1252") || is(one, "CP1252") || is(one, "ISO-8859-1") ||
                           is(one, "ISO8859-1") || is(one, "LATIN1") || is(one, "US-ASCII") ||
                           is(one, "ASCII")) {
                    h.charset = Charset::Windows1252;
                } else if (!one.isEmpty()) {
                    h.charset = Charset::Other;
                    h.charsetName = one;
                }
            });
        }
    }
    return h;
}

// Reads one content line: unfolded, its name and parameters read, its value
// kept in m_card (when it is one the records take). False at the end of
// the file, or on an error.
bool Reader::readProperty(RawProperty *property, bool *blank)
{
    *blank = false;
    QByteArrayView line;
    if (!physicalLine(&line))
        return false;
    const qint64 lineNumber = m_line;
    if (trimmed(line).isEmpty()) {
        *blank = true;
        return true;
    }
    const bool keepFoldBlank = m_version == 21;
    qsizetype colon = colonIn(line);
    QByteArrayView head;
    QByteArrayView value;
    if (colon >= 0) {
        head = line.first(colon);
        value = line.sliced(colon + 1);
    } else {
        // The name and parameters may go on over folded lines.
        m_header.resize(0);
        m_header.append(line.data(), line.size());
        while (colon < 0 && nextIsContinuation()) {
            if (!physicalLine(&line))
                break;
            m_header.append(keepFoldBlank ? line : line.sliced(1));
            if (m_header.size() > m_lineCap) {
                fail(lineNumber, tr("a line longer than %L1 bytes (the most one line may hold); "
                                    "the file is not read further")
                                     .arg(m_lineCap));
                return false;
            }
            colon = colonIn(m_header);
        }
        if (!m_error.isEmpty())
            return false;
        if (colon < 0) {
            property->kind = Kind::Skip;
            property->line = lineNumber;
            property->start = property->end = -1; // not a property
            return true;
        }
        head = QByteArrayView(m_header).first(colon);
        value = QByteArrayView(m_header).sliced(colon + 1);
    }
    const Header h = parseHeader(head);
    property->kind = h.transfer == Transfer::Base64 ? Kind::Skip : h.kind;
    if (m_scanOnly && property->kind != Kind::Begin && property->kind != Kind::End &&
        property->kind != Kind::Version && property->kind != Kind::Owner &&
        property->kind != Kind::OptOut && property->kind != Kind::Field)
        property->kind = Kind::Skip;
    property->transfer = h.transfer;
    property->charset = h.charset;
    property->pref = h.pref;
    property->line = lineNumber;
    if (h.charset == Charset::Other)
        property->charsetName = QByteArray(h.charsetName.data(), h.charsetName.size());
    else
        property->charsetName.clear();
    const bool qp = h.transfer == Transfer::QuotedPrintable;

    if (property->kind == Kind::Skip) {
        property->start = property->end = 0;
        bool soft = qp && rightTrimmed(value).endsWith('=');
        for (;;) {
            if (soft) {
                if (!physicalLine(&line))
                    break;
            } else if (nextIsContinuation()) {
                if (!physicalLine(&line))
                    break;
            } else {
                break;
            }
            soft = qp && rightTrimmed(line).endsWith('=');
        }
        if (!m_error.isEmpty())
            return false;
        if (h.transfer == Transfer::Base64)
            skipBase64Block();
        return m_error.isEmpty();
    }

    const qsizetype valueCap = saturatedTimes(m_limits.fieldChars, bytesPerChar, 0);
    const qsizetype cardCap = saturatedTimes(m_limits.rowChars, bytesPerChar, 0);
    property->start = m_card.size();
    // A quoted-printable line's trailing blanks were added on the way
    // (RFC 2045): dropped, like its soft line break.
    const auto append = [&](QByteArrayView part) {
        if (qp) {
            part = rightTrimmed(part);
            m_card.append(part.data(), part.size());
            if (part.endsWith('=')) {
                m_card.chop(1);
                return true;
            }
            return false;
        }
        m_card.append(part.data(), part.size());
        return false;
    };
    bool soft = append(value);
    for (;;) {
        if (m_card.size() - property->start > valueCap) {
            fail(lineNumber, tr("a value longer than %L1 characters (the most one value may "
                                "hold); the file is not read further")
                                 .arg(m_limits.fieldChars));
            return false;
        }
        if (m_card.size() > cardCap) {
            fail(lineNumber, tr("the vCard begun on line %1 holds more than %L2 characters (the "
                                "most one vCard may hold); the file is not read further")
                                 .arg(m_cardLine)
                                 .arg(m_limits.rowChars));
            return false;
        }
        if (soft) {
            if (!physicalLine(&line))
                break;
            soft = append(line);
        } else if (nextIsContinuation()) {
            if (!physicalLine(&line))
                break;
            soft = append(keepFoldBlank ? line : line.sliced(1));
        } else {
            break;
        }
    }
    property->end = m_card.size();
    return m_error.isEmpty();
}

// 2.1's base64 blocks go on over lines that need not start with a blank,
// to an empty line: taken up to it (and it), or to a line that is not
// base64 (the next property, with its colon).
void Reader::skipBase64Block()
{
    QByteArrayView line;
    while (physicalLine(&line, false)) {
        const QByteArrayView text = trimmed(line);
        const bool empty = text.isEmpty();
        if (!empty && !isBase64Text(text))
            return;
        if (!physicalLine(&line) || empty)
            return;
    }
}

bool Reader::decodeBytes(QByteArrayView bytes, const RawProperty &property, QString *text)
{
    const auto utf8 = [&]() {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                         QStringDecoder::Flag::ConvertInitialBom);
        text->resize(bytes.size());
        QChar *end = decoder.appendToBuffer(text->data(), bytes);
        text->resize(end - text->constData());
        return !decoder.hasError();
    };
    const auto notUtf8 = [&](const QString &why) {
        fail(property.line, tr("bytes that are not UTF-8 (%1): %2")
                                .arg(bytesAt(bytes, firstInvalidUtf8(bytes)), why));
        return false;
    };
    // A UTF-16 file's text was made UTF-8 as it was read.
    if (m_utf16 && property.transfer != Transfer::QuotedPrintable)
        return utf8();
    switch (property.charset) {
    case Charset::Utf8:
        return utf8() || notUtf8(tr("its CHARSET says UTF-8"));
    case Charset::Windows1252:
        fromWindows1252(bytes, text);
        return true;
    case Charset::Other: {
        QStringDecoder decoder(property.charsetName.constData(),
                               QStringDecoder::Flag::Stateless |
                                   QStringDecoder::Flag::ConvertInitialBom);
        if (decoder.isValid()) {
            *text = decoder(bytes);
            if (!decoder.hasError())
                return true;
            fail(property.line, tr("text that is not %1, as its CHARSET says")
                                    .arg(QString::fromLatin1(property.charsetName)));
            return false;
        }
        const bool isUtf8 = utf8();
        if (!isUtf8)
            fromWindows1252(bytes, text);
        warn(tr("line %1: CHARSET “%2” is not one this reads: the value is read as %3")
                 .arg(property.line)
                 .arg(QString::fromLatin1(property.charsetName),
                      isUtf8 ? QStringLiteral("UTF-8") : QStringLiteral("Windows-1252")));
        return true;
    }
    case Charset::Default:
        break;
    }
    // 3.0 and 4.0 are UTF-8 whatever the file's 2.1 cards were.
    if (m_version != 21)
        return utf8() ||
               notUtf8(tr("a vCard %1 is UTF-8")
                           .arg(m_version == 40 ? QStringLiteral("4.0") : QStringLiteral("3.0")));
    if (!m_fileIsUtf8) {
        fromWindows1252(bytes, text);
        return true;
    }
    if (utf8())
        return true;
    m_fileIsUtf8 = false;
    m_encoding = Csv::Encoding::Windows1252;
    warn(tr("line %1: text that is not UTF-8 and has no CHARSET: it is read as Windows-1252, as "
            "is the rest of the file's text without a CHARSET")
             .arg(property.line));
    fromWindows1252(bytes, text);
    return true;
}

bool Reader::decode(const RawProperty &property, QString *text)
{
    const QByteArrayView raw =
        QByteArrayView(m_card).sliced(property.start, property.end - property.start);
    if (property.transfer != Transfer::QuotedPrintable)
        return decodeBytes(raw, property, text);
    m_bytes.resize(raw.size());
    char *const begin = m_bytes.data();
    char *out = begin;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        char c = raw[i];
        if (c == '=') {
            const int high = i + 1 < raw.size() ? hexValue(raw[i + 1]) : -1;
            const int low = i + 2 < raw.size() ? hexValue(raw[i + 2]) : -1;
            if (high < 0 || low < 0) {
                fail(property.line, tr("a quoted-printable escape that is not one: “%1”")
                                        .arg(decodedForMessage(raw.sliced(i).first(
                                            std::min<qsizetype>(3, raw.size() - i)))));
                return false;
            }
            c = char(high * 16 + low);
            i += 2;
        }
        if (c == '\n' && out > begin && out[-1] == '\r')
            out[-1] = '\n'; // a CRLF is a line break
        else
            *out++ = c;
    }
    m_bytes.resize(out - begin);
    return decodeBytes(m_bytes, property, text);
}

bool Reader::finishCard(Csv::Record &record)
{
    if (m_version == 0) {
        warn(tr("line %1: the vCard begun here has no VERSION: it is read as vCard 3.0")
                 .arg(m_cardLine));
        m_version = 30;
    }
    const bool v21 = m_version == 21;
    QStringList &fields = record.fields;
    fields.resize(ColumnCount + m_extraColumns.size());
    for (QString &field : fields) {
        if (field.isDetached())
            field.resize(0);
        else // still shared with something made from it
            field = QString();
    }
    qsizetype total = 0;
    // Past a limit: the error, and false.
    const auto within = [&](const RawProperty &property, qsizetype size) {
        if (size > m_limits.fieldChars) {
            fail(property.line, tr("a value longer than %L1 characters (the most one value may "
                                   "hold); the file is not read further")
                                    .arg(m_limits.fieldChars));
            return false;
        }
        total += size;
        if (total > m_limits.rowChars) {
            fail(property.line, tr("the vCard begun on line %1 holds more than %L2 characters (the "
                                   "most one vCard may hold); the file is not read further")
                                    .arg(m_cardLine)
                                    .arg(m_limits.rowChars));
            return false;
        }
        return true;
    };
    // The value unescaped and trimmed, in m_value.
    const auto textOf = [&](const RawProperty &property) {
        if (!decode(property, &m_text))
            return false;
        m_value.resize(0);
        appendUnescaped(m_value, QStringView(m_text).trimmed(), v21);
        const QStringView kept = QStringView(m_value).trimmed();
        if (kept.size() != m_value.size())
            m_value = kept.toString();
        return within(property, m_value.size());
    };
    // m_value in the column of a ContactDesk property's title, unless an
    // earlier property of the card filled it.
    const auto put = [&](const QString &title, qint64 line) {
        const int column = extraColumn(title, line);
        if (column >= 0 && column < fields.size() && fields[column].isEmpty())
            fields[column] = m_value;
    };
    const auto join = [](QString &field, QStringView separator, QStringView value) {
        if (value.isEmpty())
            return;
        if (!field.isEmpty())
            field.append(separator);
        field.append(value);
    };
    bool haveFullName = false;
    bool haveName = false;
    std::array<QString, 5> &name = m_nameParts;
    for (QString &part : name)
        part.resize(0);
    m_order.clear();
    m_own.clear();
    for (int i = 0; i < int(m_properties.size()); ++i) {
        const RawProperty &property = m_properties[size_t(i)];
        switch (property.kind) {
        case Kind::FullName:
            if (haveFullName)
                break;
            if (!textOf(property))
                return false;
            fields[FullName].append(m_value);
            haveFullName = true;
            break;
        case Kind::Name: {
            if (haveName)
                break;
            if (!decode(property, &m_text))
                return false;
            splitEscaped(m_text, u';', &m_parts);
            for (size_t k = 0; k < m_parts.size() && k < name.size(); ++k) {
                name[k].resize(0);
                appendUnescaped(name[k], m_parts[k].trimmed(), v21);
                if (const QStringView kept = QStringView(name[k]).trimmed();
                    kept.size() != name[k].size())
                    name[k] = kept.toString();
                if (!within(property, name[k].size()))
                    return false;
            }
            fields[LastName].append(name[0]);
            fields[FirstName].append(name[1]);
            haveName = true;
            break;
        }
        case Kind::Tel:
        case Kind::Email:
            m_order.push_back(i);
            break;
        case Kind::Categories:
        case Kind::Org: {
            if (!decode(property, &m_text))
                return false;
            const bool org = property.kind == Kind::Org;
            splitEscaped(m_text, org ? u';' : u',', &m_parts);
            QString &field = fields[org ? Organization : Categories];
            for (const QStringView part : m_parts) {
                m_value.resize(0);
                appendUnescaped(m_value, part.trimmed(), v21);
                const QStringView kept = QStringView(m_value).trimmed();
                if (!within(property, kept.size()))
                    return false;
                join(field, u", ", kept);
            }
            break;
        }
        case Kind::Note:
            if (!textOf(property))
                return false;
            join(fields[Note], u"\n", m_value);
            break;
        case Kind::Birthday:
            if (!fields[Birthday].isEmpty())
                break;
            if (!textOf(property))
                return false;
            fields[Birthday].append(m_value);
            break;
        case Kind::Owner:
        case Kind::OptOut:
        case Kind::Field:
            m_own.push_back(i); // after the card's own ORG, NOTE and BDAY
            break;
        default:
            break;
        }
    }
    // ContactDesk's properties, in file order, after the card's own.
    for (const int i : m_own) {
        const RawProperty &property = m_properties[size_t(i)];
        if (property.kind != Kind::Field) {
            if (!textOf(property))
                return false;
            if (!m_value.isEmpty())
                put(property.kind == Kind::Owner ? QStringLiteral("Owner")
                                                 : QStringLiteral("Opt Out"),
                    property.line);
            continue;
        }
        // title;value, each escaped: split at the first bare ";".
        if (!decode(property, &m_text))
            return false;
        qsizetype cut = -1;
        for (qsizetype k = 0; k < m_text.size() && cut < 0; ++k) {
            if (m_text.at(k) == u'\\')
                ++k;
            else if (m_text.at(k) == u';')
                cut = k;
        }
        if (cut < 0) {
            warn(tr("line %1: %2 without a “;” between the field's title and its value: it is "
                    "left out")
                     .arg(property.line)
                     .arg(QLatin1String(fieldProperty)));
            continue;
        }
        QString title;
        appendUnescaped(title, QStringView(m_text).first(cut).trimmed(), v21);
        title = title.trimmed();
        m_value.resize(0);
        appendUnescaped(m_value, QStringView(m_text).sliced(cut + 1).trimmed(), v21);
        if (const QStringView kept = QStringView(m_value).trimmed(); kept.size() != m_value.size())
            m_value = kept.toString();
        if (!within(property, title.size() + m_value.size()))
            return false;
        if (!title.isEmpty() && !m_value.isEmpty())
            put(title, property.line);
    }
    if (!haveFullName && haveName) {
        // prefix given additional family suffix
        for (const size_t k : {size_t(3), size_t(1), size_t(2), size_t(0), size_t(4)})
            join(fields[FullName], u" ", name[k]);
    }
    // Phones, then emails: the preferred one first, then the rest in order.
    for (const Kind kind : {Kind::Tel, Kind::Email}) {
        int best = -1;
        for (const int i : m_order) {
            const RawProperty &property = m_properties[size_t(i)];
            if (property.kind == kind && property.pref > 0 &&
                (best < 0 || property.pref < m_properties[size_t(best)].pref))
                best = i;
        }
        QString &field = fields[kind == Kind::Tel ? Phone : Email];
        const auto add = [&](const RawProperty &property) {
            if (!textOf(property))
                return false;
            QStringView value = m_value;
            if (kind == Kind::Tel && value.startsWith(u"tel:", Qt::CaseInsensitive))
                value = value.sliced(4).trimmed();
            join(field, valueSeparator, value);
            return true;
        };
        if (best >= 0 && !add(m_properties[size_t(best)]))
            return false;
        for (const int i : m_order) {
            if (i != best && m_properties[size_t(i)].kind == kind && !add(m_properties[size_t(i)]))
                return false;
        }
    }
    record.line = m_cardLine;
    record.index = m_records++;
    record.problem.clear();
    return true;
}

bool Reader::next(Csv::Record &record)
{
    if (!m_started || !m_error.isEmpty())
        return false;
    if (!m_headerGiven) {
        m_headerGiven = true;
        record.fields = header();
        record.line = 0;
        record.index = m_records++;
        record.problem.clear();
        return true;
    }
    bool inCard = false;
    qsizetype properties = 0;
    RawProperty &property = m_property;
    const auto isVCard = [this, &property]() {
        return is(
            trimmed(QByteArrayView(m_card).sliced(property.start, property.end - property.start)),
            "VCARD");
    };
    for (;;) {
        bool blank = false;
        if (!readProperty(&property, &blank)) {
            if (!m_error.isEmpty())
                return false;
            if (inCard)
                fail(m_cardLine, tr("the vCard begun here never ends: the file ends before its "
                                    "END:VCARD"));
            else if (!m_anyCard)
                fail(0, tr("The file is empty."));
            return false;
        }
        if (blank)
            continue;
        if (property.start < 0) {
            fail(property.line, tr("a line that is not a property: it has no “:”"));
            return false;
        }
        if (!inCard) {
            if (property.kind == Kind::Begin && isVCard()) {
                inCard = true;
                m_cardLine = property.line;
                m_card.resize(0);
                m_properties.clear();
                m_version = 0;
                continue;
            }
            if (property.kind == Kind::End && isVCard())
                fail(property.line, tr("END:VCARD without a BEGIN:VCARD before it"));
            else if (!m_anyCard)
                fail(property.line,
                     tr("this is not a vCard file: it does not begin with “BEGIN:VCARD”"));
            else
                fail(property.line, tr("text between two vCards (after an END:VCARD, before the "
                                       "next BEGIN:VCARD)"));
            return false;
        }
        if (property.kind != Kind::End && ++properties > maxProperties) {
            fail(property.line, tr("the vCard begun on line %1 has more than %L2 properties (the "
                                   "most one vCard may have); the file is not read further")
                                    .arg(m_cardLine)
                                    .arg(maxProperties));
            return false;
        }
        switch (property.kind) {
        case Kind::Begin:
            if (isVCard()) {
                fail(property.line,
                     tr("a vCard begins before the one begun on line %1 ends").arg(m_cardLine));
                return false;
            }
            m_card.resize(property.start);
            break;
        case Kind::End:
            if (isVCard()) {
                m_card.resize(property.start);
                m_anyCard = true;
                return finishCard(record);
            }
            m_card.resize(property.start);
            break;
        case Kind::Version: {
            const QByteArrayView text = trimmed(
                QByteArrayView(m_card).sliced(property.start, property.end - property.start));
            if (m_version == 0) {
                if (text == "2.1")
                    m_version = 21;
                else if (text == "3.0")
                    m_version = 30;
                else if (text == "4.0")
                    m_version = 40;
                else {
                    fail(property.line, tr("vCard version “%1” is not one this reads (2.1, 3.0 "
                                           "or 4.0)")
                                            .arg(decodedForMessage(text)));
                    return false;
                }
            }
            m_card.resize(property.start);
            break;
        }
        case Kind::Skip:
            break;
        default:
            m_properties.push_back(property);
            break;
        }
    }
}

} // namespace ContactDesk::VCard
