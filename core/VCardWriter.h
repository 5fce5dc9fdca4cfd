#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

namespace ContactDesk::VCard {

// One contact as Writer writes it.
struct Card
{
    QString fullName, first, last;
    QStringList phones; // E.164 digits without '+' (written "+digits"); the first is the primary
    QStringList emails; // the first is the primary
    QStringList categories;
    QString organization, note;
};

// Writes vCard 3.0 (RFC 2426, the version most programs read) in UTF-8
// with CRLF line ends, lines folded at 75 octets (never inside a UTF-8
// sequence): BEGIN, VERSION, FN, N, TEL;TYPE=CELL,PREF for the first phone
// and TEL;TYPE=CELL for the others, EMAIL;TYPE=INTERNET,PREF and
// EMAIL;TYPE=INTERNET, CATEGORIES, ORG, NOTE, END. Text is escaped (\\ \,
// \; \n); a line break (LF, CRLF or CR) is written as \n, and NUL, which no
// vCard may hold, is left out. FN and N are always written (3.0 requires
// them): with no full name, FN is the first and last names. Empty phones,
// emails and categories are left out. What VCard::Reader reads back is
// each value as written, trimmed.
class Writer
{
public:
    explicit Writer(QIODevice *out);

    void writeCard(const Card &card);
    // False when the device refused bytes (disk full, closed).
    bool ok() const { return m_ok; }

private:
    QIODevice *m_out;
    QByteArray m_card; // the card being written, reused
    bool m_ok = true;
};

} // namespace ContactDesk::VCard
