// Rows of an import checked before anything is sent.

#include "core/ImportValidator.h"

#include <QBuffer>
#include <QTest>

using namespace ContactDesk;
using Import::Row;

class TestImportValidator : public QObject
{
    Q_OBJECT

    QList<Row> check(const QByteArray &csv, const Import::TeamIndex &team, Import::Options options,
                     Import::Counts *counts = nullptr)
    {
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        Csv::Reader reader(&buffer);
        if (!reader.open())
            qFatal("%s", qPrintable(reader.error()));
        Csv::Record header;
        reader.next(header);
        Import::Validator validator(header.fields, Import::guessMapping(header.fields, {}), team,
                                    options);
        QList<Row> rows;
        Csv::Record record;
        while (reader.next(record))
            rows.append(validator.validate(record));
        if (counts)
            *counts = validator.counts();
        return rows;
    }

private Q_SLOTS:
    void parallelValidationMatchesOneRowAtATime()
    {
        // 30,000 rows (several batches) with duplicates by phone and email,
        // bad rows, ragged rows and team matches: validateAll (two threads)
        // must give every row what validate() gives it, in file order.
        QByteArray csv = "First Name,Phone Number,Email,Opt Out,List\n";
        for (int i = 0; i < 30000; ++i) {
            const int n = i % 7 == 3 ? i - 3 : i; // every 7th row repeats a phone
            csv += "P" + QByteArray::number(i) + ",+1 415 " + QByteArray::number(2000000 + n) +
                   ",p" + QByteArray::number(i % 11 == 5 ? 1 : i) + "@example.com," +
                   (i % 13 == 0 ? "maybe" : "no") + (i % 17 == 0 ? "\n" : ",VIP\n");
        }
        Import::TeamIndex team;
        team.contactByPhone.insert(QStringLiteral("14152000100"), 77);
        Import::Options options;
        options.updateExisting = true;
        Import::Counts sequentialCounts;
        const QList<Row> expected = check(csv, team, options, &sequentialCounts);

        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        Csv::Reader reader(&buffer);
        QVERIFY(reader.open());
        Csv::Record header;
        QVERIFY(reader.next(header));
        Import::Validator validator(header.fields, Import::guessMapping(header.fields, {}), team,
                                    options);
        QList<Row> rows;
        qint64 lastLine = 0;
        QVERIFY(
            Import::validateAll(reader, validator, [&](const Row &row, const Csv::Record &record) {
                QCOMPARE(record.line, row.line);
                QVERIFY(row.line > lastLine);
                lastLine = row.line;
                rows.append(row);
            }));
        QCOMPARE(rows.size(), expected.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).action, expected.at(i).action);
            QCOMPARE(rows.at(i).problems, expected.at(i).problems);
            QCOMPARE(rows.at(i).duplicateOfLine, expected.at(i).duplicateOfLine);
            QCOMPARE(rows.at(i).existingId, expected.at(i).existingId);
            QCOMPARE(rows.at(i).phone, expected.at(i).phone);
        }
        const Import::Counts counts = validator.counts();
        QCOMPARE(counts.newRows, sequentialCounts.newRows);
        QCOMPARE(counts.skipped, sequentialCounts.skipped);
        QCOMPARE(counts.invalid, sequentialCounts.invalid);
        QCOMPARE(counts.updates, 1);
        QVERIFY(counts.skipped > 4000);
        QVERIFY(counts.invalid > 2000);

        // Classifying again from the top after a row changed: row 1 (line
        // 3) made invalid, the row repeating its email (line 7) becomes new.
        QCOMPARE(rows.at(5).action, Row::Action::Skip);
        QCOMPARE(rows.at(5).duplicateOfLine, 3);
        validator.restart();
        rows[1].action = Row::Action::Invalid;
        rows[1].problems = {QStringLiteral("Phone Number: fixed badly")};
        for (Row &row : rows)
            validator.classify(row);
        QCOMPARE(rows.at(1).action, Row::Action::Invalid);
        QCOMPARE(rows.at(5).action, Row::Action::New);
        QVERIFY(rows.at(5).problems.isEmpty());
        QCOMPARE(validator.counts().invalid, counts.invalid + 1);
        QCOMPARE(validator.counts().newRows, counts.newRows);
    }

    void everyKindOfProblemNamesItsColumn()
    {
        Import::TeamIndex team;
        team.memberByKey.insert(QStringLiteral("aiko@example.com"), 42);
        const QByteArray csv = "First Name,Phone Number,Email,Opt Out,Owner,List\n"
                               "Ada,(415) 555-0101,ada@example.com,yes,aiko@example.com,VIP\n"
                               "Bob,555,bob@,maybe,nobody@example.com,a;b;c;d;e;f\n"
                               "Cy,,cy@example.com,,,\n";
        Import::Counts counts;
        const QList<Row> rows = check(csv, team, {}, &counts);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).action, Row::Action::New);
        QCOMPARE(rows.at(0).phone, QStringLiteral("14155550101"));
        QCOMPARE(rows.at(0).optedOut, std::optional<bool>(true));
        QCOMPARE(rows.at(0).ownerId, std::optional<qint64>(42));
        QCOMPARE(rows.at(0).tags, QStringList{QStringLiteral("VIP")});

        const Row &bad = rows.at(1);
        QCOMPARE(bad.action, Row::Action::Invalid);
        QCOMPARE(bad.line, 3);
        QCOMPARE(bad.problems.size(), 5);
        QVERIFY(bad.problems.at(0).startsWith(
            QStringLiteral("Phone Number: “555” is not a valid phone number")));
        QVERIFY(bad.problems.at(1).startsWith(
            QStringLiteral("Email: “bob@” is not a valid email address")));
        QCOMPARE(bad.problems.at(2), QStringLiteral("Opt Out: “maybe” is not yes or no"));
        QCOMPARE(bad.problems.at(3),
                 QStringLiteral("Owner: no team member is called “nobody@example.com”"));
        QCOMPARE(bad.problems.at(4),
                 QStringLiteral("6 tags where a contact can have at most five"));

        QCOMPARE(rows.at(2).action, Row::Action::Invalid);
        QCOMPARE(rows.at(2).problems,
                 QStringList{QStringLiteral("Phone Number: a phone number is required")});
        QCOMPARE(counts.newRows, 1);
        QCOMPARE(counts.invalid, 2);
    }

    void duplicatesInTheFileAndInTheTeam()
    {
        Import::TeamIndex team;
        team.contactByPhone.insert(QStringLiteral("14155550102"), 7);
        team.contactByEmail.insert(QStringLiteral("eve@example.com"), 8);
        const QByteArray csv = "Name,Phone,Email\n"
                               "Ann,+1 415 555 0101,ann@example.com\n"
                               "Ann again,14155550101,\n" // same phone as line 2
                               "Ann's twin,+44 20 7946 0958,ANN@example.com\n" // same email
                               "Known,415-555-0102,\n"                  // in the team by phone
                               "Eve,+1 415 555 0103,eve@example.com\n"; // in the team by email
        Import::Options skip;
        Import::Counts counts;
        QList<Row> rows = check(csv, team, skip, &counts);
        QCOMPARE(rows.at(0).action, Row::Action::New);
        QCOMPARE(rows.at(1).action, Row::Action::Skip);
        QCOMPARE(rows.at(1).duplicateOfLine, 2);
        QCOMPARE(rows.at(1).problems, QStringList{QStringLiteral("the same contact as line 2")});
        QCOMPARE(rows.at(2).action, Row::Action::Skip);
        QCOMPARE(rows.at(2).duplicateOfLine, 2);
        QCOMPARE(rows.at(3).action, Row::Action::Skip);
        QCOMPARE(rows.at(3).existingId, 7);
        QCOMPARE(rows.at(4).existingId, 8);
        QCOMPARE(counts.newRows, 1);
        QCOMPARE(counts.skipped, 4);

        Import::Options update;
        update.updateExisting = true;
        rows = check(csv, team, update, &counts);
        QCOMPARE(rows.at(3).action, Row::Action::Update);
        QCOMPARE(rows.at(4).action, Row::Action::Update);
        QCOMPARE(counts.updates, 2);
        QCOMPARE(counts.skipped, 2); // the in-file duplicates stay skipped
    }

    void regionReadsLocalNumbersAndChannelsCollectExtras()
    {
        const QByteArray csv =
            "First Name,Mobile Phone,Business Phone,E-mail Address,E-mail 2 Address\n"
            "Dee,020 7946 0958,020 7946 0959,dee@example.co.uk,dee@work.example\n";
        Import::Options gb;
        gb.region = QStringLiteral("GB");
        const QList<Row> rows = check(csv, {}, gb);
        QCOMPARE(rows.at(0).action, Row::Action::New);
        QCOMPARE(rows.at(0).phone, QStringLiteral("442079460958"));
        QCOMPARE(rows.at(0).channels,
                 (QList<QPair<QString, QString>>{
                     {QStringLiteral("phone"), QStringLiteral("442079460959")},
                     {QStringLiteral("email"), QStringLiteral("dee@work.example")}}));
    }
};

QTEST_GUILESS_MAIN(TestImportValidator)
#include "tst_import_validator.moc"
