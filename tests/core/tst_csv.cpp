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

// A file made up as it is read: `head`, then `fill` repeated up to `size`
// bytes; nothing of it is ever held in memory. Sequential (a pipe: read
// once) or not (a file: the reader may read it through twice).
class GeneratedDevice final : public QIODevice
{
public:
    GeneratedDevice(QByteArray head, char fill, qint64 size, QByteArray tail, bool sequential)
        : m_head(std::move(head))
        , m_tail(std::move(tail))
        , m_fill(fill)
        , m_size(size)
        , m_sequential(sequential)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return m_sequential; }
    qint64 size() const override { return m_size; }
    qint64 delivered() const { return m_delivered; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 at = m_sequential ? m_streamed : pos();
        const qint64 n = std::min(maxSize, m_size - at);
        if (n <= 0)
            return 0;
        const qint64 tailStart = m_size - m_tail.size();
        for (qint64 i = 0; i < n; ++i) {
            const qint64 p = at + i;
            data[i] = p < m_head.size() ? m_head.at(p)
                      : p >= tailStart  ? m_tail.at(p - tailStart)
                                        : m_fill;
        }
        m_streamed += n;
        m_delivered += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_head;
    QByteArray m_tail;
    char m_fill;
    qint64 m_size;
    bool m_sequential;
    qint64 m_streamed = 0;
    qint64 m_delivered = 0;
};

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
        // The override wins: read as UTF-8 the bytes are not text, and the
        // reading stops there saying so (never a silent U+FFFD).
        Csv::Options latin;
        latin.encoding = Csv::Encoding::Utf8;
        const ReadResult forced = readFile(QStringLiteral("windows1252-semicolon.csv"), latin);
        QCOMPARE(forced.encoding, Csv::Encoding::Utf8);
        QVERIFY(forced.records.isEmpty()); // the first chunk holds the bad bytes
        QCOMPARE(forced.errorLine, 2);
        QCOMPARE(forced.error, QStringLiteral("line 2: bytes that are not UTF-8 (0xE9 0x3B 0x44 "
                                              "0xFC): the file may be in Windows-1252; choose "
                                              "that encoding"));
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
        // Past the default limits (1,000 columns, 1 Mi characters a field):
        // read here with room for them.
        Csv::Options roomy;
        roomy.limits.columns = 10000;
        roomy.limits.fieldChars = 16 << 20;
        roomy.limits.rowChars = 16 << 20;
        ReadResult r = readBytes(wide, roomy);
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
        r = readBytes(big, roomy);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.size(), 3);
        QCOMPARE(r.records.at(1).fields.at(1).size(), expected.size());
        QVERIFY(r.records.at(1).fields.at(1) == expected);
        const qint64 breaks = expected.count(u'\n');
        QCOMPARE(r.records.at(2).line, 3 + breaks);
    }

    void excelExportNeutralisesFormulasAndReadsBack()
    {
        // OWASP: a cell starting with = + - @ TAB or CR gets a quote in
        // front and is quoted; the importer takes the quote away again.
        const QStringList values{QStringLiteral("=HYPERLINK(\"http://x.test\",\"Open\")"),
                                 QStringLiteral("@home"),
                                 QStringLiteral("-5"),
                                 QStringLiteral("+1 555"),
                                 QStringLiteral("\tTab first"),
                                 QStringLiteral("\rCR first"),
                                 QStringLiteral("+14155550101"),
                                 QStringLiteral("'=already quoted"),
                                 QStringLiteral("''@twice"),
                                 QStringLiteral("O'Neil"),
                                 QStringLiteral("'quoted, no formula"),
                                 QStringLiteral("plain")};
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        Csv::Writer excel(&buffer, true, u',', Csv::Formulas::Neutralised);
        excel.writeRow(values);
        buffer.close();
        const QByteArray written = buffer.data();
        QCOMPARE(written, QByteArray("\xEF\xBB\xBF"
                                     "\"'=HYPERLINK(\"\"http://x.test\"\",\"\"Open\"\")\","
                                     "\"'@home\",\"'-5\",\"'+1 555\",\"'\tTab first\","
                                     "\"'\rCR first\",\"'+14155550101\",\"''=already quoted\","
                                     "\"'''@twice\",O'Neil,\"'quoted, no formula\",plain\r\n"));
        // No cell of it starts with a formula character (after the quote
        // of CSV): a spreadsheet runs none.
        buffer.open(QIODevice::ReadOnly);
        Csv::Reader reader(&buffer);
        QVERIFY(reader.open());
        Csv::Record record;
        QVERIFY(reader.next(record));
        QCOMPARE(record.fields.size(), values.size());
        for (qsizetype i = 0; i < values.size(); ++i) {
            QVERIFY2(!Csv::startsLikeFormula(record.fields.at(i)), qPrintable(record.fields.at(i)));
            QStringView value = record.fields.at(i);
            Csv::unguarded(record.fields.at(i), &value);
            QCOMPARE(value.toString(), values.at(i));
        }
        buffer.close();

        // Kept (the plain export): as they are, but a value that looks
        // guarded gets one more quote, so it reads back unchanged too.
        QBuffer plain;
        plain.open(QIODevice::WriteOnly);
        Csv::Writer kept(&plain);
        kept.writeRow(values);
        plain.close();
        plain.open(QIODevice::ReadOnly);
        Csv::Reader back(&plain);
        QVERIFY(back.open());
        QVERIFY(back.next(record));
        QCOMPARE(record.fields.at(0), values.at(0));
        QCOMPARE(record.fields.at(7), QStringLiteral("''=already quoted"));
        for (qsizetype i = 0; i < values.size(); ++i) {
            QStringView value = record.fields.at(i);
            Csv::unguarded(record.fields.at(i), &value);
            QCOMPARE(value.toString(), values.at(i));
        }
    }

    void limitsStopTheReadingNamingFileLineAndColumn()
    {
        QTemporaryDir dir;
        const auto readWritten = [&dir](const QByteArray &bytes) {
            const QString path = dir.filePath(QStringLiteral("big.csv"));
            QFile out(path);
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) < 0)
                qFatal("cannot write the test file");
            out.close();
            QFile in(path);
            in.open(QIODevice::ReadOnly);
            return readAll(&in);
        };
        // A field of 1 Mi characters is taken; one more is not.
        QByteArray csv = "name,notes\nAda,ok\nBob,\"" + QByteArray(Csv::maxFieldChars, 'x') +
                         "\"\nCid," + QByteArray(Csv::maxFieldChars + 1, 'y') + "\nDee,after\n";
        ReadResult r = readWritten(csv);
        QCOMPARE(r.records.size(), 3);
        QCOMPARE(r.records.at(2).fields.at(1).size(), Csv::maxFieldChars);
        QCOMPARE(r.errorLine, 4);
        QCOMPARE(r.error, QStringLiteral("big.csv, line 4, column 2: a field longer than "
                                         "1,048,576 characters (the most one field may hold); "
                                         "the file is not read further"));
        // A row of five fields of 900,000: past 4 Mi characters at the fifth.
        csv = "a,b,c,d,e\n";
        for (int i = 0; i < 5; ++i)
            csv += (i ? "," : "") + QByteArray(900000, 'z');
        csv += "\n";
        r = readWritten(csv);
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.error, QStringLiteral("big.csv, line 2, column 5: a row longer than "
                                         "4,194,304 characters (the most one row may hold); "
                                         "the file is not read further"));
        // 1,000 columns are read; 1,001 are not (the header, and a row).
        QByteArray thousand;
        for (int i = 0; i < Csv::maxColumns; ++i)
            thousand += (i ? "," : "") + QByteArray::number(i);
        r = readWritten(thousand + "\n" + thousand + ",one more\n");
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.records.at(0).fields.size(), Csv::maxColumns);
        QCOMPARE(r.error, QStringLiteral("big.csv, line 2, column 1001: more than 1,000 columns "
                                         "(the most a row may have); the file is not read "
                                         "further"));
        r = readWritten(thousand + ",x\n1\n");
        QCOMPARE(r.records.size(), 0);
        QCOMPARE(r.errorLine, 1);
        // Not a file: no name.
        r = readBytes("a\n" + QByteArray(Csv::maxFieldChars + 1, 'q'));
        QCOMPARE(r.error, QStringLiteral("line 2, column 1: a field longer than 1,048,576 "
                                         "characters (the most one field may hold); the file "
                                         "is not read further"));
    }

    void aTwoGigabyteLineIsNotReadIntoMemory()
    {
        // 2 GB with no line break, made up as it is read: the reader stops
        // at the field limit, having read a few MiB of it.
        const qint64 size = qint64(2) << 30;
        for (const bool sequential : {true, false}) {
            GeneratedDevice device("name,notes\nAda,", 'a', size, {}, sequential);
            Csv::Options options;
            // A file that can be read twice is read through once to tell its
            // encoding: chosen here, as the wizard's Encoding box does.
            if (!sequential)
                options.encoding = Csv::Encoding::Utf8;
            Csv::Reader reader(&device, options);
            QVERIFY(reader.open());
            QCOMPARE(reader.totalBytes(), sequential ? 0 : size);
            Csv::Record record;
            QVERIFY(reader.next(record)); // the header
            QVERIFY(!reader.next(record));
            QCOMPARE(reader.errorLine(), 2);
            QVERIFY2(reader.error().startsWith(
                         QStringLiteral("line 2, column 2: a field longer than 1,048,576")),
                     qPrintable(reader.error()));
            QVERIFY2(device.delivered() < 4 * 1024 * 1024,
                     qPrintable(QString::number(device.delivered())));
            QVERIFY(reader.bytesRead() < 4 * 1024 * 1024);
        }
    }

    void encodingIsDecidedOverTheWholeFile()
    {
        // The first "é" comes after 64 KiB of ASCII rows.
        QByteArray csv = "First Name,Phone Number\n";
        int rows = 0;
        while (csv.size() < 100 * 1024) {
            csv += "Ann,+1 415 555 0101\n";
            ++rows;
        }
        csv += "Jos\xE9,+1 415 555 0102\n";
        ReadResult r = readBytes(csv);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.encoding, Csv::Encoding::Windows1252);
        QCOMPARE(r.records.last().fields.first(), QString::fromUtf16(u"José"));
        QCOMPARE(r.records.size(), rows + 2);
        // UTF-8 after 64 KiB: UTF-8.
        QByteArray utf8 = csv;
        utf8.replace("Jos\xE9", "Jos\xC3\xA9");
        r = readBytes(utf8);
        QCOMPARE(r.encoding, Csv::Encoding::Utf8);
        QCOMPARE(r.records.last().fields.first(), QString::fromUtf16(u"José"));

        // A pipe cannot be read twice: told from its start, and stopped with
        // an error naming the line where it is not UTF-8 after all.
        GeneratedDevice pipe(csv, ' ', csv.size(), {}, true);
        Csv::Reader reader(&pipe);
        QVERIFY(reader.open());
        QCOMPARE(reader.encoding(), Csv::Encoding::Utf8);
        Csv::Record record;
        qint64 read = 0;
        while (reader.next(record)) {
            QVERIFY(!record.fields.join(QString()).contains(QChar::ReplacementCharacter));
            ++read;
        }
        QVERIFY(read <= rows + 1);
        QCOMPARE(reader.errorLine(), rows + 2);
        QCOMPARE(reader.error(), QStringLiteral("line %1: bytes that are not UTF-8 (0xE9 0x2C 0x2B "
                                                "0x31): the file may be in Windows-1252; choose "
                                                "that encoding")
                                     .arg(rows + 2));
        // Windows-1252's five undefined bytes are C1 controls, not U+FFFD.
        Csv::Options cp1252;
        cp1252.encoding = Csv::Encoding::Windows1252;
        r = readBytes("a\nx\x81\x8D\x8F\x90\x9Dy\n", cp1252);
        QCOMPARE(r.records.at(1).fields.first(),
                 QString::fromUtf16(u"x\u0081\u008D\u008F\u0090\u009Dy"));
    }

    void aFileCutInsideItsLastCharacterSaysSo()
    {
        // "é" is C3 A9: the file ends after C3. The last row says so, with
        // U+FFFD where the character was; the rows before are as they were.
        ReadResult r = readBytes("name,city\nAnn,Paris\nJos\xC3");
        QCOMPARE(r.encoding, Csv::Encoding::Utf8);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.size(), 3);
        QVERIFY(r.records.at(1).problem.isEmpty());
        const Csv::Record &last = r.records.at(2);
        QCOMPARE(last.fields.first(), QString::fromUtf16(u"Jos\uFFFD"));
        QVERIFY2(last.problem.startsWith(QStringLiteral(
                     "line 3: the file ends inside a character (its last bytes are not a whole "
                     "UTF-8 character)")),
                 qPrintable(last.problem));
        QBuffer buffer;
        buffer.setData("name\nJos\xE2\x82");
        buffer.open(QIODevice::ReadOnly);
        Csv::Reader reader(&buffer);
        QVERIFY(reader.open());
        Csv::Record record;
        QVERIFY(reader.next(record));
        QVERIFY(reader.warnings().isEmpty());
        QVERIFY(reader.next(record));
        QCOMPARE(record.fields.first(), QString::fromUtf16(u"Jos\uFFFD"));
        QCOMPARE(reader.warnings().size(), 1);
        QVERIFY(reader.warnings().first().startsWith(QStringLiteral("line 2: ")));
        // UTF-16 with an odd number of bytes.
        r = readBytes(QByteArray("\xFF\xFEn\0\n\0J\0o\0", 10) + "s");
        QCOMPARE(r.encoding, Csv::Encoding::Utf16LE);
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records.at(1).fields.first(), QString::fromUtf16(u"Jo\uFFFD"));
        QVERIFY2(r.records.at(1).problem.contains(QStringLiteral("UTF-16 LE")),
                 qPrintable(r.records.at(1).problem));
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
