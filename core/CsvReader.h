#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <atomic>
#include <memory>

class QIODevice;

namespace ContactDesk::Csv {

enum class Encoding
{
    // A BOM, else UTF-8 when the whole file is valid UTF-8 (a file is read
    // through once to tell), else Windows-1252. A device that cannot be
    // read twice (a pipe) is told from its first 64 KiB; invalid UTF-8
    // later stops the reading with an error naming its line.
    Auto,
    Utf8,
    Utf16LE,
    Utf16BE,
    Windows1252
};

QString encodingName(Encoding encoding);

// The most a reader takes in, so that a file that is not a contact list (a
// 2 GB file with no line break, a million columns) stops with an error
// instead of filling the memory. Sizes count characters (UTF-16 units: one
// per byte of ASCII text). Past one, reading stops with an error naming the
// file, the line the row starts on and the column.
inline constexpr qsizetype maxFieldChars = qsizetype(1) << 20; // 1 Mi characters in one field
inline constexpr qsizetype maxRowChars = qsizetype(4) << 20;   // 4 Mi characters in one row
inline constexpr qsizetype maxColumns = 1000;                  // fields in one row

struct Limits
{
    qsizetype fieldChars = maxFieldChars;
    qsizetype rowChars = maxRowChars;
    qsizetype columns = maxColumns;
};

struct Options
{
    Encoding encoding = Encoding::Auto;
    QChar delimiter; // null: sniffed from the first lines (comma, semicolon, tab, pipe)
    Limits limits;
    // Set (from any thread) to stop a reading in another: the reader stops
    // before its next 64 KiB with stoppedMessage() as its error.
    const std::atomic<bool> *stop = nullptr;
};

QString stoppedMessage();

// One row of the file.
struct Record
{
    QStringList fields;
    qint64 line = 0;  // the physical line (1-based) the row starts on
    qint64 index = 0; // 0 for the header row, then 1, 2, ...
    // Why the row is not as the header promised (too few or too many
    // fields), for people; empty when it is fine. The fields are kept.
    QString problem;
};

// What the import reads a file through: a CSV file (Reader) or a vCard
// file (VCard::Reader, whose records have a header of its own). The first
// record is the header; next() is false at the end or on an error that
// stops the reading (error() and errorLine() say what and where).
class RecordSource
{
public:
    virtual ~RecordSource();
    virtual bool open() = 0;
    virtual bool next(Record &record) = 0;
    virtual QString error() const = 0;
    virtual qint64 errorLine() const = 0;
    virtual QStringList warnings() const = 0;
    virtual Encoding encoding() const = 0;
    virtual QChar delimiter() const = 0; // null for a file that is not CSV
    virtual qint64 bytesRead() const = 0;
    virtual qint64 totalBytes() const = 0; // the file's size, or 0 when unknown (a pipe)
};

// Streams the records of a CSV file (RFC 4180 quoting, with embedded line
// breaks and doubled quotes; CRLF, LF or CR-only line ends) from a device,
// 64 KiB at a time: memory stays bounded by the longest row, and rows are
// bounded by Options::limits, whatever the file's size. The first record is
// the header; later records whose field count differs carry a problem but
// are still returned. Errors that stop the reading (empty or binary file,
// a quote never closed, a field, row or column count past the limits,
// bytes that are not in the file's encoding) say the line. No character is
// ever replaced silently: a file that ends inside a multibyte character
// gives its last record a problem (and warnings()) naming the line.
class Reader final : public RecordSource
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::Csv::Reader)

public:
    explicit Reader(QIODevice *device, Options options = {});
    ~Reader() override;
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;

    // Reads the start of the file: encoding, delimiter, binary or empty.
    // False (with error()) when the file cannot be read as CSV at all.
    bool open() override;
    // The next record; false at the end of the file or on an error that
    // stops the reading (then error() is set).
    bool next(Record &record) override;

    QString error() const override { return m_error; }
    // Things read that the records show but a person should know (a file
    // cut inside its last character), each naming the line.
    QStringList warnings() const override { return m_warnings; }
    qint64 errorLine() const override { return m_errorLine; }
    Encoding encoding() const override { return m_encoding; }
    QChar delimiter() const override { return m_delimiter; }
    qint64 bytesRead() const override { return m_bytesRead; }
    qint64 totalBytes() const override;

private:
    bool fill(); // decodes the next chunk into m_text; false at the end (or on an error)
    void fail(qint64 line, const QString &message);
    void failAt(qint64 line, qsizetype column, const QString &message);
    bool decode(const QByteArray &bytes);
    bool wholeFileIsUtf8(const QByteArray &sample);
    qint64 lineOfByte(const QByteArray &bytes, qsizetype offset) const;

    QIODevice *m_device;
    Options m_options;
    Encoding m_encoding = Encoding::Utf8;
    QChar m_delimiter;
    std::unique_ptr<QStringDecoder> m_decoder;
    struct Utf8State
    {
        int pending = 0;               // continuation bytes still due
        uchar low = 0x80, high = 0xBF; // the range of the next one
        qsizetype sequenceStart = 0;   // offset (in the chunk) of the sequence's first byte
    };
    // The offset in data of the first byte that is not UTF-8 (the start of
    // its sequence), or -1; state carries a sequence over to the next call.
    static qsizetype invalidUtf8(Utf8State &state, const char *data, qsizetype size);
    Utf8State m_utf8;
    bool m_checkUtf8 = false; // validate as UTF-8 (every UTF-8 reading)
    bool m_utf16Odd = false;  // an odd number of UTF-16 bytes so far
    QString m_name;           // the file's name, for errors (empty: not a file)
    QString m_cutWarning;     // for the record being read when the file ended inside a character
    QStringList m_warnings;
    QByteArray m_pendingBytes; // read while sniffing, not decoded yet
    QString m_text;            // decoded text not parsed yet
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_skipLF = false;   // a CR ended the last line: a LF right after belongs to it
    bool m_quotedCR = false; // a CR inside quotes ended the last chunk
    bool m_started = false;
    qint64 m_line = 1;
    qint64 m_records = 0;
    int m_headerFields = -1;
    qint64 m_bytesRead = 0;
    QString m_error;
    qint64 m_errorLine = 0;
};

} // namespace ContactDesk::Csv
