#pragma once

#include <QIODevice>
#include <QStringList>

namespace ContactDesk::Csv {

// Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that
// starts with one of these as a formula. The guard is a single quote put in
// front of such a cell (spreadsheets take it as "this is text" and do not
// show it), and the importer takes it away again (unguarded()).
bool startsLikeFormula(QStringView value);

// How a Writer treats cells that a spreadsheet would run.
enum class Formulas
{
    // Written as they are, except a value that already looks guarded (a
    // single quote, or several, before one of = + - @ TAB CR): it gets one
    // more quote, so that reading it back (unguarded()) gives it unchanged.
    Kept,
    // Every cell starting with = + - @ TAB or CR (after any single quotes)
    // gets a single quote in front and is quoted: safe to open in a
    // spreadsheet. Phones (+1…) are then text, so Excel shows them as
    // written (unguarded they would become numbers: 1.55E+10).
    Neutralised
};

// The cell as a Writer with these rules writes it (before CSV quoting).
QString guarded(const QString &value, Formulas formulas);
// What a cell holds once its guard is taken away: a single quote in front
// of one of = + - @ TAB CR (after any further quotes) is dropped, in any
// file (a person rarely types a quote before a formula character; a file
// written by ContactDesk or any exporter following OWASP does). True when
// a quote was dropped: the rest is the value exactly, spaces included.
bool unguarded(QStringView cell, QStringView *value);

// Writes RFC 4180 CSV in UTF-8: fields with the delimiter, a quote, a line
// break or leading/trailing spaces are quoted (quotes doubled), lines end
// in CRLF. With a BOM, Excel reads accented letters right.
class Writer
{
public:
    explicit Writer(QIODevice *device, bool byteOrderMark = false, QChar delimiter = u',',
                    Formulas formulas = Formulas::Kept);

    void writeRow(const QStringList &fields);
    // False when the device refused bytes (disk full, closed).
    bool ok() const { return m_ok; }

    static QString quoted(const QString &field, QChar delimiter = u',');

private:
    QIODevice *m_device;
    QChar m_delimiter;
    Formulas m_formulas;
    bool m_ok = true;
};

} // namespace ContactDesk::Csv
