#pragma once

#include "core/CsvReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <atomic>
#include <memory>
#include <vector>

class QIODevice;

namespace ContactDesk::VCard {

// The most properties one vCard may have (with Csv::Limits' fieldChars for
// one value and rowChars for all the values of a card kept): past it the
// reading stops with an error naming the line.
inline constexpr qsizetype maxProperties = 10000;
// The most columns a file's ContactDesk properties add (X-CONTACTDESK-FIELD
// titles, the owner, the opt-out): past it, a property of a title not seen
// yet is left out with a warning naming its line.
inline constexpr qsizetype maxExtraColumns = 1000;

// ContactDesk's own properties (VCard::Writer writes them; other programs
// keep or ignore X- properties, RFC 2426 3.8): the contact's owner, its
// opt-out ("yes" or "no"), and one custom field each, "title;value".
inline constexpr char ownerProperty[] = "X-CONTACTDESK-OWNER";
inline constexpr char optOutProperty[] = "X-CONTACTDESK-OPT-OUT";
inline constexpr char fieldProperty[] = "X-CONTACTDESK-FIELD";

// The columns of the header record, in the order of every record's fields.
enum Column
{
    FullName,
    FirstName,
    LastName,
    Phone,
    Email,
    Categories,
    Organization,
    Note,
    Birthday,
    ColumnCount
};

// Several values of one column (phones, emails) in one cell, as Google
// Contacts' CSV export writes them: the primary value first.
inline constexpr char16_t valueSeparator[] = u" ::: ";

// Streams the contacts of a .vcf file (vCard 2.1, 3.0 and 4.0) from a
// device, 64 KiB at a time, as records the import reads like a CSV file's:
// the first record is a header of fixed titles (columns()), then one record
// per vCard (line: the line of its BEGIN:VCARD; index 1, 2, ...).
//
// What is read, and how:
// - Lines end in CRLF, LF or CR. A line starting with a space or a tab
//   continues the one before (3.0 and 4.0: that character is dropped; 2.1
//   keeps it, as its spec says); a quoted-printable value whose line ends in
//   "=" continues on the next line whatever it starts with.
// - Property names and parameters are case-insensitive; a group ("item1.")
//   is dropped. Parameters: TYPE=a,b, TYPE=a;TYPE=b, 2.1's bare ones
//   (TEL;CELL;PREF), quoted values. ENCODING=QUOTED-PRINTABLE is decoded;
//   base64 values (ENCODING=b or BASE64: photos, keys, sounds), including
//   2.1's blocks that end at an empty line, are skipped, as is every
//   property other than FN, N, TEL, EMAIL, CATEGORIES, ORG, NOTE, BDAY and
//   ContactDesk's own (ownerProperty, optOutProperty, fieldProperty).
// - ContactDesk's own properties add columns after columns(), in the order
//   the file first has them: "Owner", "Opt Out", and each custom field's
//   title (its first spelling; the same title in other letter case is the
//   same column; a title that is one of columns(), "Note" say, is that
//   column). To know them before the first record, a file that can be read
//   twice (not a pipe) is read through once first, skipping everything
//   else; from a pipe they are left out with a warning.
// - Text: 3.0 and 4.0 values unescape \n \N \, \; \: \\ (any other
//   backslash is kept as it stands); 2.1 values unescape \; only. N splits
//   into family;given;additional;prefix;suffix (First Name is given, Last
//   Name family; with no FN, Full Name is prefix given additional family
//   suffix). ORG's components are joined with ", " (empty ones left out),
//   CATEGORIES of every property with ", ", several NOTEs with a line
//   break; FN, N and BDAY are the first of the card; a 4.0 TEL's "tel:" is
//   dropped. Several TEL or EMAIL: the preferred one (2.1 PREF, 3.0
//   TYPE=pref, 4.0 the lowest PREF=n; the first of equals) first, then the
//   others in file order, joined with valueSeparator. Values are trimmed and
//   otherwise as written, except that a quoted-printable CRLF is read as a
//   line break "\n" like 3.0's \n.
// - Encoding: a BOM (UTF-8, UTF-16 LE or BE) decides the file's; else its
//   text is UTF-8. A value's CHARSET (UTF-8, ISO-8859-1, US-ASCII,
//   Windows-1252, and whatever QStringDecoder knows) decides that value's,
//   ISO-8859-1 and US-ASCII read as Windows-1252 (as WHATWG and mail
//   readers do: Outlook writes "€" into ISO-8859-1). A 2.1 vCard's text
//   without a CHARSET that is not UTF-8 makes the file Windows-1252 from
//   there on (encoding(), with a warning naming the line): the 2.1 text
//   without a CHARSET after it is read so. 3.0 and 4.0 vCards are UTF-8
//   (a CHARSET aside), whatever came before: other bytes are an error. An
//   unknown CHARSET is read as UTF-8 (Windows-1252 when it is not), with a
//   warning.
// - Errors stop the reading and name the line (and the file, for a
//   QFile): an empty or binary file, one that does not begin with
//   BEGIN:VCARD, a vCard begun inside another or never ended, END:VCARD
//   without BEGIN, text between vCards, a property line without ":", a
//   VERSION other than 2.1, 3.0 and 4.0, a broken quoted-printable escape,
//   text that is not in its encoding, and the limits (Csv::Limits:
//   fieldChars for a value, rowChars for a card's values, maxProperties;
//   a physical line longer than nine times fieldChars bytes, the most a
//   value of fieldChars characters can take, plus 64 KiB). Skipped values
//   count towards no limit but the line's. Memory stays bounded by the
//   limits plus a chunk, whatever the file.
class Reader final : public Csv::RecordSource
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::VCard::Reader)

public:
    explicit Reader(QIODevice *device, Csv::Limits limits = {},
                    const std::atomic<bool> *stop = nullptr);
    ~Reader() override;
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;

    // The header record's fields: "Full Name", "First Name", "Last Name",
    // "Phone", "Email", "Categories", "Organization", "Note", "Birthday"
    // (Column's order; not translated: the import mapper reads them).
    static QStringList columns();
    // The header record's fields for this file: columns(), then the columns
    // its ContactDesk properties add (known once open() returned true).
    QStringList header() const;

    // Reads the start of the file: BOM, binary, empty, not a vCard. False
    // (with error()) when it cannot be read as vCards at all.
    bool open() override;
    // The header (first), then the next vCard; false at the end of the
    // file or on an error that stops the reading (then error() is set).
    bool next(Csv::Record &record) override;

    QString error() const override { return m_error; }
    qint64 errorLine() const override { return m_errorLine; }
    // Things read that a person should know (an unknown CHARSET, text read
    // as Windows-1252, a vCard without VERSION), each naming the line; the
    // first hundred.
    QStringList warnings() const override { return m_warnings; }
    Csv::Encoding encoding() const override { return m_encoding; }
    QChar delimiter() const override { return {}; }
    qint64 bytesRead() const override { return m_bytesRead; }
    qint64 totalBytes() const override;

private:
    enum class Kind : quint8
    {
        Skip,
        Begin,
        End,
        Version,
        FullName,
        Name,
        Tel,
        Email,
        Categories,
        Org,
        Note,
        Birthday,
        Owner,
        OptOut,
        Field
    };
    enum class Transfer : quint8
    {
        None,
        QuotedPrintable,
        Base64
    };
    enum class Charset : quint8
    {
        Default, // none given: the file's
        Utf8,
        Windows1252,
        Other // named in RawProperty::charsetName
    };
    struct RawProperty
    {
        Kind kind = Kind::Skip;
        Transfer transfer = Transfer::None;
        Charset charset = Charset::Default;
        int pref = 0; // 0: not preferred; else 1 (most) .. 100
        qint64 line = 0;
        qsizetype start = 0; // the value's bytes in m_card
        qsizetype end = 0;
        QByteArray charsetName;
    };
    struct Header // what the part of a line before its ":" says
    {
        Kind kind = Kind::Skip;
        Transfer transfer = Transfer::None;
        Charset charset = Charset::Default;
        int pref = 0;
        QByteArrayView charsetName;
    };

    bool refill();
    bool physicalLine(QByteArrayView *line, bool consume = true);
    bool nextIsContinuation();
    bool readProperty(RawProperty *property, bool *blank);
    void skipBase64Block();
    bool finishCard(Csv::Record &record);
    bool decode(const RawProperty &property, QString *text);
    bool decodeBytes(QByteArrayView bytes, const RawProperty &property, QString *text);
    void warn(const QString &warning);
    void fail(qint64 line, const QString &message);
    static Header parseHeader(QByteArrayView header);
    static qsizetype colonIn(QByteArrayView line);
    void scanExtraColumns();
    int extraColumn(const QString &title, qint64 line);

    QIODevice *m_device;
    Csv::Limits m_limits;
    const std::atomic<bool> *m_stop;
    qsizetype m_lineCap; // the longest physical line taken in, in bytes
    QString m_name;      // the file's name, for errors (empty: not a file)
    Csv::Encoding m_encoding = Csv::Encoding::Utf8;
    bool m_fileIsUtf8 = true;                // text without a CHARSET: UTF-8 (else Windows-1252)
    std::unique_ptr<QStringDecoder> m_utf16; // a UTF-16 file, turned into UTF-8 as it is read
    QByteArray m_buffer;                     // bytes read, not taken yet from m_pos
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_started = false;
    bool m_headerGiven = false;
    bool m_anyCard = false;
    qint64 m_line = 0; // physical lines taken so far
    qint64 m_records = 0;
    qint64 m_bytesRead = 0;
    // The vCard being read: its kept values' bytes, its properties.
    QByteArray m_card;
    std::vector<RawProperty> m_properties;
    QByteArray m_header; // a property's name and parameters folded over lines
    QByteArray m_bytes;  // scratch: quoted-printable decoded
    QString m_text;      // scratch: a value decoded
    QString m_value;     // scratch: a value unescaped
    std::vector<QStringView> m_parts;
    std::array<QString, 5> m_nameParts; // N: family, given, additional, prefix, suffix
    std::vector<int> m_order;           // the phones and emails, in file order
    std::vector<int> m_own;             // ContactDesk's properties, in file order
    RawProperty m_property;
    int m_version = 0; // 21, 30, 40 (0: none seen yet)
    qint64 m_cardLine = 0;
    // ContactDesk's columns: found by a first read through the file
    // (m_scanOnly: that read, which keeps only their properties).
    bool m_scanOnly = false;
    bool m_extrasKnown = false; // no column is added from here on
    QStringList m_extraColumns;
    QHash<QString, int> m_columnByKey; // case-folded title: its column
    QSet<QString> m_leftOut;           // case-folded titles warned of
    QStringList m_warnings;
    int m_warningCount = 0;
    QString m_error;
    qint64 m_errorLine = 0;
};

} // namespace ContactDesk::VCard
