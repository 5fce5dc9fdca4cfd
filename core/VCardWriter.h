#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

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
    // ContactDesk's own (VCard::ownerProperty and the others): the owner's
    // name, the opt-out, and custom fields as (title, value).
    QString owner;
    std::optional<bool> optedOut;
    QList<std::pair<QString, QString>> fields;
};

// Writes vCard 3.0 (RFC 2426, the version most programs read) in UTF-8
// with CRLF line ends, lines folded at 75 octets (never inside a UTF-8
// sequence): BEGIN, VERSION, FN, N, TEL;TYPE=CELL,PREF for the first phone
// and TEL;TYPE=CELL for the others, EMAIL;TYPE=INTERNET,PREF and
// EMAIL;TYPE=INTERNET, CATEGORIES, ORG, NOTE, then X-CONTACTDESK-OWNER,
// X-CONTACTDESK-OPT-OUT ("yes" or "no") and one X-CONTACTDESK-FIELD
// "title;value" a custom field (both escaped), END. Text is escaped (\\ \,
// \; \n); a line break (LF, CRLF or CR) is written as \n, and NUL, which no
// vCard may hold, is left out. FN and N are always written (3.0 requires
// them): with no full name, FN is the first and last names. Empty phones,
// emails, categories, owner and fields (an empty title or value) are left
// out. What VCard::Reader reads back is
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
