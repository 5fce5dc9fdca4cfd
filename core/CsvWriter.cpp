#include "core/CsvWriter.h"

namespace ContactDesk::Csv {

namespace {

bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// The index of the first character that is not a single quote.
qsizetype afterQuotes(QStringView value)
{
    qsizetype i = 0;
    while (i < value.size() && value.at(i) == u'\'')
        ++i;
    return i;
}

} // namespace

bool startsLikeFormula(QStringView value)
{
    return !value.isEmpty() && isFormulaStart(value.front());
}

QString guarded(const QString &value, Formulas formulas)
{
    const qsizetype quotes = afterQuotes(value);
    if (quotes == value.size() || !isFormulaStart(value.at(quotes)))
        return value;
    if (quotes == 0 && formulas == Formulas::Kept)
        return value;
    return QLatin1Char('\'') + value;
}

bool unguarded(QStringView cell, QStringView *value)
{
    const qsizetype quotes = afterQuotes(cell);
    if (quotes == 0 || quotes == cell.size() || !isFormulaStart(cell.at(quotes)))
        return false;
    *value = cell.mid(1);
    return true;
}

Writer::Writer(QIODevice *device, bool byteOrderMark, QChar delimiter, Formulas formulas)
    : m_device(device)
    , m_delimiter(delimiter)
    , m_formulas(formulas)
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
        const QString &field = fields.at(i);
        const QString cell = guarded(field, m_formulas);
        if (cell.size() != field.size()) {
            // A guarded cell is always quoted (OWASP): no spreadsheet splits
            // or trims it.
            QString out = cell;
            out.replace(QLatin1Char('"'), QLatin1String("\"\""));
            line.append(QLatin1Char('"') + out + QLatin1Char('"'));
        } else {
            line.append(quoted(field, m_delimiter));
        }
    }
    line.append(QLatin1String("\r\n"));
    const QByteArray bytes = line.toUtf8();
    if (m_device->write(bytes) != bytes.size())
        m_ok = false;
}

} // namespace ContactDesk::Csv
