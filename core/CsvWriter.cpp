#include "core/CsvWriter.h"

namespace ContactDesk::Csv {

Writer::Writer(QIODevice *device, bool byteOrderMark, QChar delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
{
    if (byteOrderMark)
        m_ok = m_device->write("\xEF\xBB\xBF") == 3;
}

QString Writer::quoted(const QString &field, QChar delimiter)
{
    bool needs = !field.isEmpty() && (field.front().isSpace() || field.back().isSpace());
    for (const QChar c : field) {
        if (c == delimiter || c == u'"' || c == u'\n' || c == u'\r') {
            needs = true;
            break;
        }
    }
    if (!needs)
        return field;
    QString out = field;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

void Writer::writeRow(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line.append(m_delimiter);
        line.append(quoted(fields.at(i), m_delimiter));
    }
    line.append(QLatin1String("\r\n"));
    const QByteArray bytes = line.toUtf8();
    if (m_device->write(bytes) != bytes.size())
        m_ok = false;
}

} // namespace ContactDesk::Csv
