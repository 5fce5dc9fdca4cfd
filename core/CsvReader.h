#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <memory>

class QIODevice;

namespace ContactDesk::Csv {

enum class Encoding
{
    Auto, // BOM, else UTF-8 when the start of the file is valid UTF-8, else Windows-1252
    Utf8,
    Utf16LE,
    Utf16BE,
    Windows1252
};

QString encodingName(Encoding encoding);

struct Options
{
    Encoding encoding = Encoding::Auto;
    QChar delimiter; // null: sniffed from the first lines (comma, semicolon, tab, pipe)
};

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

// Streams the records of a CSV file (RFC 4180 quoting, with embedded line
// breaks and doubled quotes; CRLF, LF or CR-only line ends) from a device,
// 64 KiB at a time: memory stays bounded by the longest row, whatever the
// file's size. The first record is the header; later records whose field
// count differs carry a problem but are still returned. Errors that stop
// the reading (empty or binary file, a quote never closed) say the line.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::Csv::Reader)

public:
    explicit Reader(QIODevice *device, Options options = {});
    ~Reader();
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;

    // Reads the start of the file: encoding, delimiter, binary or empty.
    // False (with error()) when the file cannot be read as CSV at all.
    bool open();
    // The next record; false at the end of the file or on an error that
    // stops the reading (then error() is set).
    bool next(Record &record);

    QString error() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }
    Encoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 totalBytes() const; // the file's size, or 0 when unknown (a pipe)

private:
    bool fill(); // decodes the next chunk into m_text; false at the end
    void fail(qint64 line, const QString &message);
    QString decode(const QByteArray &bytes, bool last);

    QIODevice *m_device;
    Options m_options;
    Encoding m_encoding = Encoding::Utf8;
    QChar m_delimiter;
    std::unique_ptr<QStringDecoder> m_decoder;
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
