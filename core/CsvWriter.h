#pragma once

#include <QIODevice>
#include <QStringList>

namespace ContactDesk::Csv {

// Writes RFC 4180 CSV in UTF-8: fields with the delimiter, a quote, a line
// break or leading/trailing spaces are quoted (quotes doubled), lines end
// in CRLF. With a BOM, Excel reads accented letters right.
class Writer
{
public:
    explicit Writer(QIODevice *device, bool byteOrderMark = false, QChar delimiter = u',');

    void writeRow(const QStringList &fields);
    // False when the device refused bytes (disk full, closed).
    bool ok() const { return m_ok; }

    static QString quoted(const QString &field, QChar delimiter = u',');

private:
    QIODevice *m_device;
    QChar m_delimiter;
    bool m_ok = true;
};

} // namespace ContactDesk::Csv
