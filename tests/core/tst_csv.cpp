// The CSV reader against a corpus of awkward files (tests/data/csv) and
// generated extremes: each file reads as expected or fails with an error
// that names the line.

#include "core/CsvReader.h"
#include "core/CsvWriter.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace ContactDesk;

namespace {

struct ReadResult
{
    bool opened = false;
    QList<Csv::Record> records;
    QString error;
    qint64 errorLine = 0;
    Csv::Encoding encoding = Csv::Encoding::Auto;
    QChar delimiter;
};

ReadResult readAll(QIODevice *device, Csv::Options options = {})
{
    ReadResult result;
    Csv::Reader reader(device, options);
    result.opened = reader.open();
    if (result.opened) {
        Csv::Record record;
        while (reader.next(record))
            result.records.append(record);
    }
    result.error = reader.error();
    result.errorLine = reader.errorLine();
    result.encoding = reader.encoding();
    result.delimiter = reader.delimiter();
    return result;
}

ReadResult readFile(const QString &name, Csv::Options options = {})
{
    QFile file(QStringLiteral(CSV_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test file %s", qPrintable(name));
    return readAll(&file, options);
}

ReadResult readBytes(const QByteArray &bytes, Csv::Options options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readAll(&buffer, options);
}

QStringList row(std::initializer_list<const char16_t *> fields)
{
    QStringList list;
    for (const char16_t *field : fields)
        list.append(QString::fromUtf16(field));
    return list;
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writerQuotesWhatNeedsItAndReadsBack()
    {
        const QList<QStringList> rows{
            {QStringLiteral("Name"), QStringLiteral("Note")},
            {QStringLiteral("Zoë, \"Z\""), QStringLiteral("two\nlines")},
            {QStringLiteral(" padded "), QString()},
            {QStringLiteral("plain"), QStringLiteral("semi;colon")},
        };
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        Csv::Writer writer(&buffer, true);
        for (const QStringList &row : rows)
            writer.writeRow(row);
        QVERIFY(writer.ok());
        buffer.close();
        QVERIFY(buffer.data().startsWith("\xEF\xBB\xBFName,Note\r\n\"Zo\xC3\xAB, \"\"Z\"\"\","));
        QCOMPARE(Csv::Writer::quoted(QStringLiteral("plain")), QStringLiteral("plain"));

        buffer.open(QIODevice::ReadOnly);
        Csv::Reader reader(&buffer);
        QVERIFY(reader.open());
        Csv::Record record;
        for (const QStringList &row : rows) {
            QVERIFY(reader.next(record));
            QCOMPARE(record.fields, row);
            QVERIFY(record.problem.isEmpty());
        }
        QVERIFY(!reader.next(record));
    }

    void utf8WithBomAndCrlf()
    {
        const ReadResult r = readFile(QStringLiteral("utf8-bom-crlf.csv"));
        QVERIFY2(r.opened, qPrintable(r.error));
        QCOMPARE(r.encoding, Csv::Encoding::Utf8);
        QCOMPARE(r.delimiter, QChar(u','));
        QCOMPARE(r.records.size(), 3);
        QCOMPARE(r.records.at(0).fields, row({u"First Name", u"Last Name", u"Phone Number"}));
        QCOMPARE(r.records.at(1).fields, row({u"Zoë", u"Müller", u"14155550101"}));
        QCOMPARE(r.records.at(2).fields, row({u"Ann \"Annie\"", u"O’Brien", u"14155550102"}));
        QCOMPARE(r.records.at(2).line, 3);
        QVERIFY(r.records.at(2).problem.isEmpty());
    }

    void windows1252WithSemicolons()
    {
        const ReadResult r = readFile(QStringLiteral("windows1252-semicolon.csv"));
        QVERIFY2(r.opened, qPrintable(r.error));
        QCOMPARE(r.encoding, Csv::Encoding::Windows1252);
        QCOMPARE(r.delimiter, QChar(u';'));
        QCOMPARE(r.records.size(), 3);
        QCOMPARE(r.records.at(1).fields, row({u"René", u"Dürr", u"+33 6 12 34 56 78"}));
        QCOMPARE(r.records.at(2).fields.at(0), QString::fromUtf16(u"Jos€"));
        // The override wins: read as UTF-8 the bytes are not text.
        Csv::Options latin;
        latin.encoding = Csv::Encoding::Utf8;
        const ReadResult forced = readFile(QStringLiteral("windows1252-semicolon.csv"), latin);
        QCOMPARE(forced.encoding, Csv::Encoding::Utf8);
        QVERIFY(forced.records.at(1).fields.at(0).contains(QChar::ReplacementCharacter));
    }

    void utf16WithTabs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Csv::Encoding>("encoding");
        QTest::newRow("LE") << QStringLiteral("utf16le-tab.csv") << Csv::Encoding::Utf16LE;
        QTest::newRow("BE") << QStringLiteral("utf16be-tab.csv") << Csv::Encoding::Utf16BE;
    }
    void utf16WithTabs()
    {
        QFETCH(QString, file);
        QFETCH(Csv::Encoding, encoding);
        const ReadResult r = readFile(file);
        QVERIFY2(r.opened, qPrintable(r.error));
        QCOMPARE(r.encoding, encoding);
        QCOMPARE(r.delimiter, QChar(u'\t'));
        QCOMPARE(r.records.size(), 3);
        QCOMPARE(r.records.at(2).fields, row({u"李", u"小龙", u"+86 138 0013 8000"}));
    }

    void crOnlyLineEndsAndPipes()
    {
        const ReadResult r = readFile(QStringLiteral("cr-only-pipe.csv"));
        QVERIFY2(r.opened, qPrintable(r.error));
        QCOMPARE(r.delimiter, QChar(u'|'));
        QCOMPARE(r.records.size(), 3);
        QCOMPARE(r.records.at(2).fields, row({u"Bob", u"14155550104"}));
        QCOMPARE(r.records.at(2).line, 3);
    }

    void raggedRowsAreReportedAndKept()
    {
        const ReadResult r = readFile(QStringLiteral("ragged-multiline.csv"));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.size(), 5); // the blank line is not a row
        QCOMPARE(r.records.at(1).fields.at(2), QStringLiteral("line one\nline two, with comma"));
        QVERIFY(r.records.at(1).problem.isEmpty());
        QCOMPARE(r.records.at(2).line, 4); // after the two-line field
        QCOMPARE(r.records.at(2).problem,
                 QStringLiteral("line 4: 2 fields where the header has 3 (too few)"));
        QCOMPARE(r.records.at(3).problem,
                 QStringLiteral("line 5: 4 fields where the header has 3 (too many)"));
        QCOMPARE(r.records.at(4).fields, row({u"Dee", u"14155550108", u"ok"}));
        QCOMPARE(r.records.at(4).line, 7);
    }

    void unterminatedQuoteNamesTheLine()
    {
        const ReadResult r = readFile(QStringLiteral("unterminated-quote.csv"));
        QVERIFY(r.opened);
        QCOMPARE(r.records.size(), 2); // the rows before it are read
        QCOMPARE(r.errorLine, 3);
        QCOMPARE(r.error,
                 QStringLiteral("line 3: a quoted field that starts here is never closed"));
    }

    void emptyHeaderOnlyAndBinary()
    {
        ReadResult r = readFile(QStringLiteral("empty.csv"));
        QVERIFY(!r.opened);
        QCOMPARE(r.error, QStringLiteral("The file is empty."));

        r = readFile(QStringLiteral("header-only.csv"));
        QVERIFY(r.opened);
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.records.first().fields.size(), 3);

        QByteArray binary;
        for (int i = 0; i < 4096; ++i)
            binary.append(static_cast<char>((i * 37) % 256));
        r = readBytes(binary);
        QVERIFY(!r.opened);
        QVERIFY2(r.error.startsWith(QStringLiteral("This is not a text file")),
                 qPrintable(r.error));
    }

    void tenThousandColumnsAndATenMegabyteField()
    {
        QByteArray wide;
        for (int i = 0; i < 10000; ++i)
            wide.append(i ? "," : "").append("c").append(QByteArray::number(i));
        wide.append("\n");
        for (int i = 0; i < 10000; ++i)
            wide.append(i ? "," : "").append(QByteArray::number(i));
        wide.append("\n");
        ReadResult r = readBytes(wide);
        QVERIFY2(r.opened, qPrintable(r.error));
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records.at(1).fields.size(), 10000);
        QCOMPARE(r.records.at(1).fields.last(), QStringLiteral("9999"));

        // A quoted field of 10 MB with line breaks and doubled quotes, across
        // many 64 KiB chunks (a CRLF inside it lands on chunk edges too).
        QByteArray big = "name,notes\nAda,\"";
        QString expected;
        while (big.size() < 10 * 1024 * 1024) {
            big.append("abc \"\"quoted\"\"\r\n");
            expected.append(QStringLiteral("abc \"quoted\"\r\n"));
        }
        big.append("\"\nBob,short\n");
        r = readBytes(big);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.size(), 3);
        QCOMPARE(r.records.at(1).fields.at(1).size(), expected.size());
        QVERIFY(r.records.at(1).fields.at(1) == expected);
        const qint64 breaks = expected.count(u'\n');
        QCOMPARE(r.records.at(2).line, 3 + breaks);
    }

    void delimiterOverrideAndQuotedDelimiters()
    {
        const QByteArray text = "a;b,c\n\"x;y\",z\n";
        Csv::Options comma;
        comma.delimiter = u',';
        const ReadResult r = readBytes(text, comma);
        QCOMPARE(r.delimiter, QChar(u','));
        QCOMPARE(r.records.at(0).fields, row({u"a;b", u"c"}));
        QCOMPARE(r.records.at(1).fields, row({u"x;y", u"z"}));
        // Sniffed: semicolons agree on every line once quotes are respected.
        const ReadResult sniffed = readBytes("name;note\n\"Ann\";\"a, b, c\"\nBob;\"d, e\"\n");
        QCOMPARE(sniffed.delimiter, QChar(u';'));
        QCOMPARE(sniffed.records.at(1).fields, row({u"Ann", u"a, b, c"}));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
