// The vCard reader against exports of Google Contacts, Apple Contacts,
// Outlook, Android and Thunderbird (tests/data/vcard), broken files whose
// errors name their line, generated extremes (limits, a 2 GB line, a huge
// photo, chunk edges), and the writer's files read back.

#include "core/VCardReader.h"
#include "core/VCardWriter.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ContactDesk;

namespace {

struct ReadResult
{
    bool opened = false;
    QList<Csv::Record> records;
    QString error;
    qint64 errorLine = 0;
    QStringList warnings;
    Csv::Encoding encoding = Csv::Encoding::Auto;
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
};

ReadResult readAll(QIODevice *device, Csv::Limits limits = {})
{
    ReadResult result;
    VCard::Reader reader(device, limits);
    result.opened = reader.open();
    if (result.opened) {
        Csv::Record record;
        while (reader.next(record))
            result.records.append(record);
    }
    result.error = reader.error();
    result.errorLine = reader.errorLine();
    result.warnings = reader.warnings();
    result.encoding = reader.encoding();
    result.bytesRead = reader.bytesRead();
    result.totalBytes = reader.totalBytes();
    return result;
}

QString dataPath(const QString &name)
{
    return QStringLiteral(VCARD_DATA_DIR "/") + name;
}

ReadResult readFile(const QString &name, Csv::Limits limits = {})
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test file %s", qPrintable(name));
    return readAll(&file, limits);
}

QByteArray fileBytes(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test file %s", qPrintable(name));
    return file.readAll();
}

ReadResult readBytes(const QByteArray &bytes, Csv::Limits limits = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readAll(&buffer, limits);
}

// A record's fields, in VCard::Column order.
QStringList card(std::initializer_list<const char16_t *> fields)
{
    QStringList list;
    for (const char16_t *field : fields)
        list.append(QString::fromUtf16(field));
    return list;
}

// Hands out its bytes a few at a time, like a slow pipe: every line end,
// fold and escape lands on a read's edge somewhere.
class TrickleDevice final : public QIODevice
{
public:
    TrickleDevice(QByteArray bytes, qint64 step)
        : m_bytes(std::move(bytes))
        , m_step(step)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min({maxSize, m_step, qint64(m_bytes.size()) - m_at});
        if (n <= 0)
            return 0;
        memcpy(data, m_bytes.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_step;
    qint64 m_at = 0;
};

// A file made up as it is read: `head`, `unit` repeated up to `size` bytes
// (the last one cut), then `tail`; nothing of it is held in memory.
class GeneratedDevice final : public QIODevice
{
public:
    GeneratedDevice(QByteArray head, QByteArray unit, qint64 size, QByteArray tail)
        : m_head(std::move(head))
        , m_unit(std::move(unit))
        , m_tail(std::move(tail))
        , m_size(size)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 size() const override { return m_size; }
    qint64 delivered() const { return m_at; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min(maxSize, m_size - m_at);
        if (n <= 0)
            return 0;
        const qint64 tailStart = m_size - m_tail.size();
        for (qint64 i = 0; i < n; ++i) {
            const qint64 p = m_at + i;
            data[i] = p < m_head.size() ? m_head.at(p)
                      : p >= tailStart  ? m_tail.at(p - tailStart)
                                        : m_unit.at((p - m_head.size()) % m_unit.size());
        }
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_head;
    QByteArray m_unit;
    QByteArray m_tail;
    qint64 m_size;
    qint64 m_at = 0;
};

QByteArray written(const QList<VCard::Card> &cards)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    VCard::Writer writer(&buffer);
    for (const VCard::Card &c : cards)
        writer.writeCard(c);
    if (!writer.ok())
        qFatal("the writer failed on a buffer");
    return buffer.data();
}

} // namespace

class TestVCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerIsTheFixedColumns()
    {
        QCOMPARE(VCard::Reader::columns(),
                 QStringList({QStringLiteral("Full Name"), QStringLiteral("First Name"),
                              QStringLiteral("Last Name"), QStringLiteral("Phone"),
                              QStringLiteral("Email"), QStringLiteral("Categories"),
                              QStringLiteral("Organization"), QStringLiteral("Note"),
                              QStringLiteral("Birthday")}));
        const ReadResult r = readFile(QStringLiteral("google.vcf"));
        QVERIFY2(r.opened, qPrintable(r.error));
        QCOMPARE(r.records.first().fields, VCard::Reader::columns());
        QCOMPARE(r.records.first().index, 0);
        QCOMPARE(r.records.at(1).index, 1);
        QCOMPARE(r.records.at(2).index, 2);
        VCard::Reader reader(nullptr);
        QCOMPARE(reader.delimiter(), QChar());
    }

    void googleContacts()
    {
        const ReadResult r = readFile(QStringLiteral("google.vcf"));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.size(), 3);
        QCOMPARE(r.encoding, Csv::Encoding::Utf8);
        QVERIFY(r.warnings.isEmpty());
        // TYPE=pref (as a TYPE=a;TYPE=b list) first, then the others in file
        // order, grouped ones (item1.EMAIL, item2.TEL) included.
        QCOMPARE(r.records.at(1).fields,
                 card({u"Ann Lee", u"Ann", u"Lee",
                       u"+1 415-555-0101 ::: (415) 555-0102 ::: +1 415 555 0103 ::: +1 415 555 "
                       u"0104",
                       u"ann.lee@work.example ::: ann@example.com ::: ann@custom.example",
                       u"myContacts, Friends", u"Acme, Inc., Research",
                       u"Met at the conference\nLikes tea; not coffee. This note is long enough "
                       u"that Google folds it over more than one line of seventy-five octets.",
                       u"1985-04-12"}));
        QCOMPARE(r.records.at(1).line, 1);
        // CATEGORIES of two properties joined.
        QCOMPARE(r.records.at(2).fields, card({u"Bob Stone", u"Bob", u"Stone", u"+44 7700 900123",
                                               u"", u"myContacts, Work Team", u"", u"", u""}));
        QCOMPARE(r.records.at(2).line, 23);
        QCOMPARE(r.bytesRead, fileBytes(QStringLiteral("google.vcf")).size());
        QCOMPARE(r.totalBytes, r.bytesRead);
    }

    void appleContacts()
    {
        const ReadResult r = readFile(QStringLiteral("apple.vcf"));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.size(), 3);
        // type=CELL,VOICE,pref: that phone first; the photo's base64 block
        // (folded over 27 lines) skipped; X-ABShowAs ignored.
        QCOMPARE(r.records.at(1).fields,
                 card({u"Dr. Jürgen Karl Müller", u"Jürgen", u"Müller",
                       u"+49 151 23456789 ::: +49 30 1234567 ::: +49 30 7654321",
                       u"juergen@example.de", u"", u"Müller GmbH", u"", u"1979-11-03"}));
        QCOMPARE(r.records.at(2).fields, card({u"Acme Ltd", u"", u"", u"+44 20 7946 0000", u"", u"",
                                               u"Acme Ltd", u"", u""}));
        QCOMPARE(r.records.at(2).line, 43);
    }

    void outlookQuotedPrintableAndCharsets()
    {
        const ReadResult r = readFile(QStringLiteral("outlook.vcf"));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.size(), 4);
        // CHARSET=Windows-1252, raw and quoted-printable ("=80" is €); the
        // soft line break joins "ici " and "avec"; PREF (bare) first.
        QCOMPARE(r.records.at(1).fields,
                 card({u"René Dürr", u"René", u"Dürr", u"+33 1 23 45 67 89 ::: +33 6 12 34 56 78",
                       u"rene@example.fr ::: rene.durr@example.com", u"", u"Dürr & Söhne, Vertrieb",
                       u"Prix: 20 € à payer\nDeuxième ligne, assez longue pour qu'Outlook la "
                       u"coupe ici avec une suite.",
                       u""}));
        // CHARSET=UTF-8, quoted-printable; a soft break between two escapes.
        QCOMPARE(r.records.at(2).fields,
                 card({u"Zofia Łukasiewicz", u"Zofia", u"Łukasiewicz", u"+48 22 123 45 67", u"",
                       u"", u"", u"Pierwsza linia\nDruga linia z żółwiem", u""}));
        QCOMPARE(r.records.at(2).line, 15);
        // No CHARSET and not UTF-8: the file is Windows-1252 from there, and
        // says so.
        QCOMPARE(r.records.at(3).fields.mid(0, 4),
                 card({u"Zoë Noël", u"Zoë", u"Noël", u"+33 6 98 76 54 32"}));
        QCOMPARE(r.encoding, Csv::Encoding::Windows1252);
        QCOMPARE(r.warnings,
                 QStringList{QStringLiteral(
                     "line 25: text that is not UTF-8 and has no CHARSET: it is read as "
                     "Windows-1252, as is the rest of the file's text without a CHARSET")});
    }

    void androidExport()
    {
        const ReadResult r = readFile(QStringLiteral("android.vcf"));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.size(), 3);
        QCOMPARE(r.records.at(1).fields,
                 card({u"王小明", u"小明", u"王", u"+86 138 0013 8000 ::: 010-1234-5678",
                       u"wang@example.cn", u"", u"",
                       u"备注 a long quoted-printable line that Android breaks with a soft line "
                       u"break",
                       u""}));
        // A base64 block whose lines start with no blank, ended by an empty
        // line; the EMAIL after it is read.
        QCOMPARE(r.records.at(2).fields, card({u"Maria Garcia", u"Maria", u"Garcia",
                                               u"+34 91 123 45 67 ::: +34 612 345 678",
                                               u"maria@example.es", u"", u"", u"", u""}));
        QCOMPARE(r.records.at(2).line, 40);
    }

    void thunderbirdVersion4()
    {
        const ReadResult r = readFile(QStringLiteral("thunderbird.vcf"));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.size(), 2);
        // tel: URIs; PREF=1 wins over PREF=2 and PREF=3; a quoted TYPE list.
        QCOMPARE(
            r.records.at(1).fields,
            card({u"Zoë Ålander", u"Zoë", u"Ålander",
                  u"+1-555-555-0101 ::: +1-555-555-0100 ::: +1-555-555-0102",
                  u"zoe@example.se ::: zoe.alander@work.example", u"Friends, Sweden", u"Ålander AB",
                  u"Line one\nLine two, with a comma and a \\ backslash", u"--0412"}));
    }

    void mixedVersionsInOneFile()
    {
        const ReadResult r = readFile(QStringLiteral("mixed.vcf"));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.size(), 5);
        // Lower-case names, LF line ends, blank lines between cards.
        QCOMPARE(r.records.at(1).fields.mid(0, 4), card({u"One Two", u"", u"", u"555 0001"}));
        QCOMPARE(r.records.at(1).line, 2);
        // 3.0 folding drops the tab or space a continuation starts with.
        QCOMPARE(r.records.at(2).fields.at(VCard::Note),
                 QStringLiteral("folded with atab and a space kept"));
        QCOMPARE(r.records.at(2).line, 8);
        QCOMPARE(r.records.at(4).line, 21);
        QCOMPARE(r.records.at(3).fields.at(VCard::Email), QStringLiteral("five@example.org"));
        QCOMPARE(r.records.at(4).fields.at(VCard::FullName), QStringLiteral("No Version"));
        QCOMPARE(r.warnings,
                 QStringList{QStringLiteral(
                     "line 21: the vCard begun here has no VERSION: it is read as vCard 3.0")});
    }

    void everyFileReadsTheSameInTinyPieces_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name :
             {"google.vcf", "apple.vcf", "outlook.vcf", "android.vcf", "thunderbird.vcf",
              "mixed.vcf", "bad-nested.vcf", "bad-unterminated.vcf", "bad-quoted-printable.vcf"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void everyFileReadsTheSameInTinyPieces()
    {
        QFETCH(QString, file);
        const ReadResult whole = readFile(file);
        for (const qint64 step : {1, 2, 3, 7, 64}) {
            TrickleDevice device(fileBytes(file), step);
            const ReadResult r = readAll(&device);
            QCOMPARE(r.records.size(), whole.records.size());
            for (qsizetype i = 0; i < r.records.size(); ++i) {
                QCOMPARE(r.records.at(i).fields, whole.records.at(i).fields);
                QCOMPARE(r.records.at(i).line, whole.records.at(i).line);
            }
            QCOMPARE(r.errorLine, whole.errorLine);
            QCOMPARE(r.warnings, whole.warnings);
            QCOMPARE(r.totalBytes, 0); // a pipe
        }
    }

    void crOnlyLineEndsAndByteOrderMarks()
    {
        QByteArray google = fileBytes(QStringLiteral("google.vcf"));
        const ReadResult plain = readBytes(google);
        QByteArray cr = google;
        cr.replace("\r\n", "\r");
        ReadResult r = readBytes(cr);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.size(), plain.records.size());
        QCOMPARE(r.records.at(2).fields, plain.records.at(2).fields);
        QCOMPARE(r.records.at(2).line, 23);

        r = readBytes("\xEF\xBB\xBF" + google);
        QCOMPARE(r.encoding, Csv::Encoding::Utf8);
        QCOMPARE(r.records.at(1).fields, plain.records.at(1).fields);

        const QString text = QString::fromUtf8(fileBytes(QStringLiteral("apple.vcf")));
        const ReadResult apple = readFile(QStringLiteral("apple.vcf"));
        for (const bool le : {true, false}) {
            QByteArray utf16 = le ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
            for (const QChar c : text) {
                const char lo = char(c.unicode() & 0xFF), hi = char(c.unicode() >> 8);
                utf16.append(le ? lo : hi).append(le ? hi : lo);
            }
            r = readBytes(utf16);
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
            QCOMPARE(r.encoding, le ? Csv::Encoding::Utf16LE : Csv::Encoding::Utf16BE);
            QCOMPARE(r.records.size(), apple.records.size());
            QCOMPARE(r.records.at(1).fields, apple.records.at(1).fields);
            QCOMPARE(r.records.at(2).line, 43);
        }
    }

    void unterminatedCardNamesItsBegin()
    {
        const ReadResult r = readFile(QStringLiteral("bad-unterminated.vcf"));
        QVERIFY(r.opened);
        QCOMPARE(r.records.size(), 2); // the header and the card before it
        QCOMPARE(r.errorLine, 6);
        QCOMPARE(r.error, QStringLiteral("bad-unterminated.vcf, line 6: the vCard begun here never "
                                         "ends: the file ends before its END:VCARD"));
    }

    void beginInsideACard()
    {
        const ReadResult r = readFile(QStringLiteral("bad-nested.vcf"));
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.errorLine, 8);
        QCOMPARE(r.error, QStringLiteral("bad-nested.vcf, line 8: a vCard begins before the one "
                                         "begun on line 5 ends"));
    }

    void endWithoutBegin()
    {
        const ReadResult r = readFile(QStringLiteral("bad-end-without-begin.vcf"));
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.errorLine, 6);
        QCOMPARE(r.error, QStringLiteral("bad-end-without-begin.vcf, line 6: END:VCARD without a "
                                         "BEGIN:VCARD before it"));
        // Anything else between two cards stops the reading too.
        const ReadResult between =
            readBytes("BEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\nFN:B\nEND:VCARD\n");
        QCOMPARE(between.records.size(), 2);
        QCOMPARE(between.error, QStringLiteral("line 5: text between two vCards (after an "
                                               "END:VCARD, before the next BEGIN:VCARD)"));
    }

    void propertyWithoutColon()
    {
        const ReadResult r = readFile(QStringLiteral("bad-no-colon.vcf"));
        QCOMPARE(r.records.size(), 1); // the header: nothing of the broken card
        QCOMPARE(r.errorLine, 4);
        QCOMPARE(r.error, QStringLiteral("bad-no-colon.vcf, line 4: a line that is not a property: "
                                         "it has no “:”"));
    }

    void unknownVersion()
    {
        const ReadResult r = readFile(QStringLiteral("bad-version.vcf"));
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.errorLine, 6);
        QCOMPARE(r.error, QStringLiteral("bad-version.vcf, line 6: vCard version “5.0” is not one "
                                         "this reads (2.1, 3.0 or 4.0)"));
    }

    void brokenQuotedPrintable()
    {
        const ReadResult r = readFile(QStringLiteral("bad-quoted-printable.vcf"));
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.errorLine, 4);
        QCOMPARE(r.error, QStringLiteral("bad-quoted-printable.vcf, line 4: a quoted-printable "
                                         "escape that is not one: “=ZZ”"));
    }

    void emptyBinaryAndNotAVCard()
    {
        ReadResult r = readFile(QStringLiteral("empty.vcf"));
        QVERIFY(!r.opened);
        QCOMPARE(r.error, QStringLiteral("The file is empty."));
        QCOMPARE(r.errorLine, 0);
        r = readBytes("\r\n  \r\n\t\n");
        QVERIFY(!r.opened);
        QCOMPARE(r.error, QStringLiteral("The file is empty."));

        r = readFile(QStringLiteral("bad-binary.vcf"));
        QVERIFY(!r.opened);
        QCOMPARE(r.error,
                 QStringLiteral("This is not a text file: it holds binary data (byte 9)."));

        // Binary without a NUL: control bytes, and no BEGIN:VCARD.
        QByteArray noNul;
        for (int i = 0; i < 4096; ++i)
            noNul.append(static_cast<char>(1 + (i * 37) % 255));
        r = readBytes(noNul);
        QVERIFY(!r.opened);
        QCOMPARE(r.error, QStringLiteral("This is not a text file: it holds binary data."));
        // A short vCard holding a control byte is a vCard (a writer may
        // write one).
        r = readBytes("BEGIN:VCARD\nVERSION:3.0\nFN:A\x1A\nEND:VCARD\n");
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.at(1).fields.first(), QStringLiteral("A\x1A"));

        r = readFile(QStringLiteral("not-a-vcard.vcf"));
        QVERIFY(!r.opened);
        QCOMPARE(r.errorLine, 2);
        QCOMPARE(r.error, QStringLiteral("not-a-vcard.vcf, line 2: this is not a vCard file: it "
                                         "does not begin with “BEGIN:VCARD”"));
        // A CSV file named .vcf.
        r = readBytes("First Name,Last Name\nAnn,Lee\n");
        QVERIFY(!r.opened);
        QCOMPARE(r.errorLine, 1);

        // A NUL after the first chunk: the line it is on.
        QByteArray late;
        int cards = 0;
        while (late.size() < 100 * 1024) {
            late += "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nEND:VCARD\r\n";
            ++cards;
        }
        late += "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A";
        late += '\0';
        late += "nn\r\nEND:VCARD\r\n";
        r = readBytes(late);
        QCOMPARE(r.records.size(), cards + 1);
        QCOMPARE(r.errorLine, 4 * cards + 3);
        QCOMPARE(r.error,
                 QStringLiteral("line %1: a NUL byte: this is not a text file").arg(4 * cards + 3));
        // In a folded line of a property that is skipped, or kept: the
        // reading stops there (read from a pipe, which open() cannot look
        // through first; it once went round for ever).
        const QByteArray before = late.left(late.lastIndexOf("BEGIN:VCARD"));
        for (const QByteArray &property : {QByteArray("X-SKIPPED"), QByteArray("NOTE")}) {
            QByteArray folded = before + "BEGIN:VCARD\r\nVERSION:3.0\r\n" + property + ":a\r\n b";
            folded += '\0';
            folded += "c\r\nEND:VCARD\r\n";
            TrickleDevice pipe(folded, 5);
            r = readAll(&pipe);
            QCOMPARE(r.records.size(), cards + 1);
            QCOMPARE(
                r.error,
                QStringLiteral("line %1: a NUL byte: this is not a text file").arg(4 * cards + 4));
        }
    }

    void textThatIsNotItsEncoding()
    {
        // 3.0 and 4.0 are UTF-8: other bytes stop the reading, naming them.
        ReadResult r = readBytes("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ren\xE9\r\nEND:VCARD\r\n");
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.errorLine, 3);
        QCOMPARE(r.error,
                 QStringLiteral("line 3: bytes that are not UTF-8 (0xE9): a vCard 3.0 is UTF-8"));
        // A 2.1 card in Windows-1252 leaves a 3.0 card after it UTF-8.
        r = readBytes("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ren\xE9\r\nEND:VCARD\r\n"
                      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zo\xC3\xAB\r\nEND:VCARD\r\n"
                      "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:No\xEBl\r\nEND:VCARD\r\n");
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.encoding, Csv::Encoding::Windows1252);
        QCOMPARE(r.records.at(1).fields.first(), QString::fromUtf16(u"René"));
        QCOMPARE(r.records.at(2).fields.first(), QString::fromUtf16(u"Zoë"));
        QCOMPARE(r.records.at(3).fields.first(), QString::fromUtf16(u"Noël"));
        QCOMPARE(r.warnings.size(), 1);
        // A CHARSET that says UTF-8 and is not.
        r = readBytes("BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8:Ren\xE9 D\r\nEND:VCARD\r\n");
        QCOMPARE(r.error, QStringLiteral("line 3: bytes that are not UTF-8 (0xE9 0x20 0x44): its "
                                         "CHARSET says UTF-8"));
        // An unknown CHARSET: read as UTF-8, with a warning.
        r = readBytes("BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=X-MARTIAN:Zo\xC3\xAB\r\n"
                      "END:VCARD\r\n");
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.at(1).fields.first(), QString::fromUtf16(u"Zoë"));
        QCOMPARE(r.warnings, QStringList{QStringLiteral("line 3: CHARSET “X-MARTIAN” is not one "
                                                        "this reads: the value is read as UTF-8")});
        // Other charsets through QStringDecoder.
        r = readBytes("BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=KOI8-R;ENCODING=QUOTED-PRINTABLE:"
                      "=F0=D2=C9=D7=C5=D4\r\nEND:VCARD\r\n");
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.at(1).fields.first(), QString::fromUtf16(u"Привет"));
        QVERIFY(r.warnings.isEmpty());
        // ISO-8859-1 is read as Windows-1252 (Outlook writes € into it).
        r = readBytes("BEGIN:VCARD\r\nVERSION:2.1\r\nNOTE;CHARSET=ISO-8859-1;ENCODING=QUOTED-"
                      "PRINTABLE:=80 5\r\nEND:VCARD\r\n");
        QCOMPARE(r.records.at(1).fields.at(VCard::Note), QString::fromUtf16(u"€ 5"));
    }

    void escapesParametersAndPreferences()
    {
        const ReadResult r = readBytes("BEGIN:VCARD\r\n"
                                       "VERSION:3.0\r\n"
                                       "N:O\\;Brien;Ann\\, Marie;Q;Dr.;PhD\r\n"
                                       "ORG:;Unit;;\r\n"
                                       "NOTE:a\\Nb \\x \\: \\\\n\r\n"
                                       "NOTE:second\r\n"
                                       "TEL;TYPE=\"cell\";X-LABEL=\"a;b:c\":+1 555 0100\r\n"
                                       "EMAIL;type=INTERNET:   spaced@example.com   \r\n"
                                       "EMAIL;TYPE=internet,PREF:pref@example.com\r\n"
                                       "EMAIL:\r\n"
                                       "BDAY:19850412\r\n"
                                       "BDAY:1999-01-01\r\n"
                                       "END:VCARD\r\n");
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        const QStringList &f = r.records.at(1).fields;
        // With no FN: prefix given additional family suffix.
        QCOMPARE(f.at(VCard::FullName), QStringLiteral("Dr. Ann, Marie Q O;Brien PhD"));
        QCOMPARE(f.at(VCard::FirstName), QStringLiteral("Ann, Marie"));
        QCOMPARE(f.at(VCard::LastName), QStringLiteral("O;Brien"));
        QCOMPARE(f.at(VCard::Organization), QStringLiteral("Unit"));
        QCOMPARE(f.at(VCard::Note), QStringLiteral("a\nb \\x : \\n\nsecond"));
        QCOMPARE(f.at(VCard::Phone), QStringLiteral("+1 555 0100"));
        QCOMPARE(f.at(VCard::Email), QStringLiteral("pref@example.com ::: spaced@example.com"));
        QCOMPARE(f.at(VCard::Birthday), QStringLiteral("19850412"));

        // 2.1 takes \; only: other backslashes are the text's.
        const ReadResult old = readBytes("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Lee\\;Li;Ann\r\n"
                                         "NOTE:C:\\new\\, files\r\nEND:VCARD\r\n");
        QCOMPARE(old.records.at(1).fields.at(VCard::LastName), QStringLiteral("Lee;Li"));
        QCOMPARE(old.records.at(1).fields.at(VCard::Note), QStringLiteral("C:\\new\\, files"));
        // 2.1 folding keeps the blank a continuation starts with.
        const ReadResult folded =
            readBytes("BEGIN:VCARD\r\nVERSION:2.1\r\nNOTE:one\r\n two\r\nEND:VCARD\r\n");
        QCOMPARE(folded.records.at(1).fields.at(VCard::Note), QStringLiteral("one two"));
        // The name and parameters folded before the colon.
        const ReadResult header = readBytes(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL;TY\r\n PE=CELL\r\n :+1 555 0199\r\nEND:VCARD\r\n");
        QVERIFY2(header.error.isEmpty(), qPrintable(header.error));
        QCOMPARE(header.records.at(1).fields.at(VCard::Phone), QStringLiteral("+1 555 0199"));
    }

    void limitsStopTheReading()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.vcf"));
        const auto readWritten = [&path](const QByteArray &bytes, Csv::Limits limits = {}) {
            QFile out(path);
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) < 0)
                qFatal("cannot write the test file");
            out.close();
            QFile in(path);
            in.open(QIODevice::ReadOnly);
            return readAll(&in, limits);
        };
        Csv::Limits small;
        small.fieldChars = 10;
        small.rowChars = 25;
        // A value of 10 characters is taken (é quoted-printable: 6 bytes for
        // one); 11 are not.
        const QByteArray ten = "BEGIN:VCARD\r\nVERSION:2.1\r\nNOTE;CHARSET=UTF-8;QUOTED-PRINTABLE:"
                               "=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9\r\n"
                               "END:VCARD\r\n";
        ReadResult r = readWritten(ten, small);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.at(1).fields.at(VCard::Note), QString(10, QChar(u'é')));
        r = readWritten(ten + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nNOTE:12345678901\r\n"
                              "END:VCARD\r\n",
                        small);
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.errorLine, 8);
        QCOMPARE(r.error, QStringLiteral("big.vcf, line 8: a value longer than 10 characters (the "
                                         "most one value may hold); the file is not read further"));
        // Three values of 10: past 25 at the third.
        r = readWritten("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:aaaaaaaaaa\r\nTEL:1111111111\r\n"
                        "EMAIL:bbbbbbbbbb\r\nEND:VCARD\r\n",
                        small);
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.errorLine, 5);
        QCOMPARE(r.error, QStringLiteral("big.vcf, line 5: the vCard begun on line 1 holds more "
                                         "than 25 characters (the most one vCard may hold); the "
                                         "file is not read further"));
        // Values far past the limit stop the reading as they are read.
        r = readWritten("BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:" + QByteArray(200, 'x') + "\r\n" +
                            QByteArray(50, ' ') + "\r\nEND:VCARD\r\n",
                        small);
        QCOMPARE(r.errorLine, 3);
        QVERIFY2(r.error.startsWith(QStringLiteral("big.vcf, line 3: a value longer than 10")),
                 qPrintable(r.error));

        // 10,000 properties are read; one more is not.
        QByteArray many = "BEGIN:VCARD\r\nVERSION:3.0\r\n";
        for (qsizetype i = 1; i < VCard::maxProperties; ++i)
            many += "X-P:" + QByteArray::number(i) + "\r\n";
        r = readWritten(many + "END:VCARD\r\n");
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.size(), 2);
        r = readWritten(many + "X-ONE-MORE:x\r\nEND:VCARD\r\n");
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.errorLine, 2 + VCard::maxProperties);
        QCOMPARE(r.error, QStringLiteral("big.vcf, line 10002: the vCard begun on line 1 has more "
                                         "than 10,000 properties (the most one vCard may have); "
                                         "the file is not read further"));
    }

    void aTwoGigabyteLineIsNotReadIntoMemory()
    {
        GeneratedDevice device("BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:", "a", qint64(2) << 30, {});
        VCard::Reader reader(&device);
        QVERIFY(reader.open());
        Csv::Record record;
        QVERIFY(reader.next(record)); // the header
        QVERIFY(!reader.next(record));
        QCOMPARE(reader.errorLine(), 3);
        QCOMPARE(reader.error(), QStringLiteral("line 3: a line longer than 9,502,720 bytes (the "
                                                "most one line may hold); the file is not read "
                                                "further"));
        QVERIFY2(device.delivered() < 16 * 1024 * 1024,
                 qPrintable(QString::number(device.delivered())));
    }

    void aHugePhotoIsSkippedInBoundedMemory()
    {
        // 256 MiB of folded base64: skipped line by line, nothing kept.
        const QByteArray head = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nPHOTO;ENCODING=b;TYPE="
                                "JPEG:/9j/\r\n";
        const QByteArray unit =
            " QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3"
            "h5ejAxMjM0\r\n";
        const qint64 size = head.size() + unit.size() * ((qint64(256) << 20) / unit.size());
        const QByteArray tail = "TEL:+1 555 0100\r\nEND:VCARD\r\n";
        GeneratedDevice device(head, unit, size + tail.size(), tail);
        VCard::Reader reader(&device);
        QVERIFY(reader.open());
        Csv::Record record;
        QVERIFY(reader.next(record));
        QVERIFY2(reader.next(record), qPrintable(reader.error()));
        QCOMPARE(record.fields.at(VCard::FullName), QStringLiteral("Ann"));
        QCOMPARE(record.fields.at(VCard::Phone), QStringLiteral("+1 555 0100"));
        QVERIFY(!reader.next(record));
        QVERIFY(reader.error().isEmpty());
        QCOMPARE(reader.bytesRead(), size + tail.size());
    }

    void stopFlagStopsAtTheNextChunk()
    {
        QByteArray many;
        int cards = 0;
        while (many.size() < 1024 * 1024) {
            many += "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nTEL:+1 555 0100\r\nEND:VCARD\r\n";
            ++cards;
        }
        QBuffer buffer(&many);
        buffer.open(QIODevice::ReadOnly);
        std::atomic<bool> stop{false};
        VCard::Reader reader(&buffer, {}, &stop);
        QVERIFY(reader.open());
        Csv::Record record;
        QVERIFY(reader.next(record));
        QVERIFY(reader.next(record));
        stop = true;
        int read = 1;
        while (reader.next(record))
            ++read;
        QVERIFY(read < cards);
        QCOMPARE(reader.error(), Csv::stoppedMessage());
        QVERIFY(reader.bytesRead() <= 2 * 64 * 1024);
        QCOMPARE(reader.totalBytes(), many.size());
    }

    void writerRoundTripsHostileValues()
    {
        QString longNote;
        for (int i = 0; i < 400; ++i)
            longNote +=
                QString::fromUtf16(u"Zeile %1: Grüße, \"quotes\"; back\\slash 🎉 é\n").arg(i);
        longNote += QStringLiteral("end");
        QList<VCard::Card> cards;
        VCard::Card hostile;
        hostile.fullName = QString::fromUtf16(u"Zoë, \"Z\"; O'Brien \\ the 2nd 🎉");
        hostile.first = QString::fromUtf16(u"Zoë;Anne");
        hostile.last = QStringLiteral("O\\Brien,Jr");
        hostile.phones = {QStringLiteral("14155550101"), QStringLiteral("447700900123")};
        hostile.emails = {QStringLiteral("zoe@example.com"), QStringLiteral("z;o,e@example.org")};
        hostile.categories = {QStringLiteral("VIP"), QStringLiteral("a;b"),
                              QString::fromUtf16(u"Café 🍰")};
        hostile.organization = QString::fromUtf16(u"Acme; Sales, EMEA \\ 🚀");
        hostile.note = longNote;
        cards.append(hostile);
        VCard::Card plain;
        plain.fullName = QStringLiteral("Bob");
        plain.phones = {QStringLiteral("14155550102")};
        cards.append(plain);
        VCard::Card unnamed; // FN is required: the first and last names
        unnamed.first = QStringLiteral("Cid");
        unnamed.last = QStringLiteral("Moe");
        unnamed.note =
            QString(3000, QChar(u'é')) + QString::fromUtf16(u"😀😀😀") + QString(200, QChar(u'x'));
        cards.append(unnamed);

        const QByteArray bytes = written(cards);
        QVERIFY(bytes.startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zo\xC3\xAB\\, \"Z\"\\; "));
        QVERIFY(bytes.contains("\r\nTEL;TYPE=CELL,PREF:+14155550101\r\nTEL;TYPE=CELL:+447700900123"
                               "\r\nEMAIL;TYPE=INTERNET,PREF:zoe@example.com\r\n"
                               "EMAIL;TYPE=INTERNET:z\\;o\\,e@example.org\r\n"));
        QVERIFY(bytes.contains("\r\nN:O\\\\Brien\\,Jr;Zo\xC3\xAB\\;Anne;;;\r\n"));
        // Every line at most 75 octets, whole UTF-8, ending in CRLF.
        QVERIFY(bytes.endsWith("END:VCARD\r\n"));
        QVERIFY(!bytes.contains("\r\r") && bytes.count('\n') == bytes.count("\r\n"));
        for (const QByteArray &line : bytes.split('\n')) {
            QVERIFY2(line.size() <= 76, line.constData()); // with its CR
            QVERIFY(QString::fromUtf8(line).toUtf8() == line);
            QVERIFY(!QString::fromUtf8(line).contains(QChar::ReplacementCharacter));
        }

        const ReadResult r = readBytes(bytes);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.size(), 4);
        QCOMPARE(r.records.at(1).fields,
                 QStringList({hostile.fullName, hostile.first, hostile.last,
                              QStringLiteral("+14155550101 ::: +447700900123"),
                              hostile.emails.join(QLatin1String(" ::: ")),
                              hostile.categories.join(QLatin1String(", ")), hostile.organization,
                              hostile.note, QString()}));
        QCOMPARE(r.records.at(2).fields, QStringList({QStringLiteral("Bob"), QString(), QString(),
                                                      QStringLiteral("+14155550102"), QString(),
                                                      QString(), QString(), QString(), QString()}));
        QCOMPARE(r.records.at(3).fields.at(VCard::FullName), QStringLiteral("Cid Moe"));
        QCOMPARE(r.records.at(3).fields.at(VCard::Note), unnamed.note);
    }

    void contactDeskPropertiesRoundTripAsColumns()
    {
        VCard::Card ann;
        ann.fullName = QStringLiteral("Ann");
        ann.phones = {QStringLiteral("14155550101")};
        ann.owner = QStringLiteral("Maya Okonkwo");
        ann.optedOut = true;
        ann.fields = {{QStringLiteral("Renewal date"), QStringLiteral("2027-03-01")},
                      {QStringLiteral("Plan; tier"), QString::fromUtf16(u"Gold, \\ annual\n🎉")},
                      {QStringLiteral("Empty"), QString()}};
        VCard::Card bob;
        bob.fullName = QStringLiteral("Bob");
        bob.optedOut = false;
        // A title spelt otherwise is the same column; one named as a
        // column of the reader's fills it.
        bob.fields = {{QStringLiteral("renewal DATE"), QStringLiteral("soon")},
                      {QStringLiteral("Note"), QStringLiteral("from a field")},
                      {QString(QStringLiteral("Long ")).repeated(1) + QString(200, u'x'),
                       QString(300, QChar(u'é'))}};
        VCard::Card cid; // nothing of ContactDesk's: no column for it
        cid.fullName = QStringLiteral("Cid");
        const QByteArray bytes = written({ann, bob, cid});
        QVERIFY(bytes.contains("\r\nX-CONTACTDESK-OWNER:Maya Okonkwo\r\n"
                               "X-CONTACTDESK-OPT-OUT:yes\r\n"
                               "X-CONTACTDESK-FIELD:Renewal date;2027-03-01\r\n"
                               "X-CONTACTDESK-FIELD:Plan\\; tier;Gold\\, \\\\ annual\\n"));
        QVERIFY(!bytes.contains("Empty"));
        QVERIFY(bytes.contains("X-CONTACTDESK-OPT-OUT:no\r\n"));
        for (const QByteArray &line : bytes.split('\n'))
            QVERIFY2(line.size() <= 76, line.constData());

        const ReadResult r = readBytes(bytes);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'\n')));
        const QString longTitle = QStringLiteral("Long ") + QString(200, u'x');
        QCOMPARE(r.records.first().fields,
                 VCard::Reader::columns() +
                     QStringList({QStringLiteral("Owner"), QStringLiteral("Opt Out"),
                                  QStringLiteral("Renewal date"), QStringLiteral("Plan; tier"),
                                  longTitle}));
        QCOMPARE(r.records.size(), 4);
        const QStringList &a = r.records.at(1).fields;
        QCOMPARE(a.size(), VCard::ColumnCount + 5);
        QCOMPARE(a.mid(VCard::ColumnCount),
                 QStringList({QStringLiteral("Maya Okonkwo"), QStringLiteral("yes"),
                              QStringLiteral("2027-03-01"),
                              QString::fromUtf16(u"Gold, \\ annual\n🎉"), QString()}));
        const QStringList &b = r.records.at(2).fields;
        QCOMPARE(b.mid(VCard::ColumnCount),
                 QStringList({QString(), QStringLiteral("no"), QStringLiteral("soon"), QString(),
                              QString(300, QChar(u'é'))}));
        QCOMPARE(b.at(VCard::Note), QStringLiteral("from a field"));
        QCOMPARE(r.records.at(3).fields.mid(VCard::ColumnCount), QStringList(5, QString()));

        // A card's NOTE is its note, before a field titled so.
        const ReadResult both = readBytes("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dee\r\n"
                                          "X-CONTACTDESK-FIELD:note;second\r\nNOTE:first\r\n"
                                          "END:VCARD\r\n");
        QCOMPARE(both.records.first().fields, VCard::Reader::columns());
        QCOMPARE(both.records.at(1).fields.at(VCard::Note), QStringLiteral("first"));
    }

    void contactDeskPropertiesFromAPipeAreLeftOutAndSaidSo()
    {
        VCard::Card ann;
        ann.fullName = QStringLiteral("Ann");
        ann.owner = QStringLiteral("Maya");
        ann.fields = {{QStringLiteral("Plan"), QStringLiteral("Gold")}};
        TrickleDevice pipe(written({ann, ann}), 7);
        const ReadResult r = readAll(&pipe);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.size(), 3);
        QCOMPARE(r.records.first().fields, VCard::Reader::columns());
        QCOMPARE(r.records.at(1).fields.at(VCard::FullName), QStringLiteral("Ann"));
        QCOMPARE(r.records.at(1).fields.size(), VCard::ColumnCount);
        // Once a title, naming the line.
        QCOMPARE(r.warnings,
                 QStringList({QStringLiteral("line 5: “Owner” is left out: ContactDesk's own "
                                             "properties are read only from a file that can be "
                                             "read twice, and this one cannot (a pipe)"),
                              QStringLiteral("line 6: “Plan” is left out: ContactDesk's own "
                                             "properties are read only from a file that can be "
                                             "read twice, and this one cannot (a pipe)")}));
    }

    void contactDeskPropertiesAreBounded()
    {
        QByteArray bytes = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\n";
        for (qsizetype i = 0; i <= VCard::maxExtraColumns; ++i)
            bytes += "X-CONTACTDESK-FIELD:F" + QByteArray::number(i) + ";v\r\n";
        bytes += "X-CONTACTDESK-FIELD:no title and value\r\nEND:VCARD\r\n";
        const ReadResult r = readBytes(bytes);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.first().fields.size(), VCard::ColumnCount + VCard::maxExtraColumns);
        QCOMPARE(r.records.at(1).fields.constLast(), QStringLiteral("v"));
        QCOMPARE(r.warnings,
                 QStringList({QStringLiteral("line 1004: “F1000” is left out: a file may add at "
                                             "most 1,000 columns of its own"),
                              QStringLiteral("line 1005: X-CONTACTDESK-FIELD without a “;” "
                                             "between the field's title and its value: it is left "
                                             "out")}));
    }

    void writerReportsARefusedDevice()
    {
        QBuffer closed;
        VCard::Writer writer(&closed);
        VCard::Card c;
        c.fullName = QStringLiteral("Ann");
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): device not open");
        writer.writeCard(c);
        QVERIFY(!writer.ok());
        QBuffer open;
        open.open(QIODevice::WriteOnly);
        VCard::Writer fine(&open);
        fine.writeCard(c);
        QVERIFY(fine.ok());
        QCOMPARE(open.data(), QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nN:;;;;\r\n"
                                         "END:VCARD\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestVCard)
#include "tst_vcard.moc"
