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
        QCOMPARE(bad.problems.size(), 4);
        QVERIFY(bad.problems.at(0).startsWith(
            QStringLiteral("Phone Number: “555” is not a valid phone number")));
        QVERIFY(bad.problems.at(1).startsWith(
            QStringLiteral("Email: “bob@” is not a valid email address")));
        QCOMPARE(bad.problems.at(2), QStringLiteral("Opt Out: “maybe” is not yes or no"));
        QCOMPARE(bad.problems.at(3),
                 QStringLiteral("6 tags where a contact can have at most five"));
        // An owner the team does not know is no reason to leave the contact out.
        QCOMPARE(bad.warnings,
                 QStringList{QStringLiteral("Owner: no team member is called "
                                            "“nobody@example.com”: the contact will be "
                                            "unassigned")});
        QCOMPARE(bad.unknownOwner, QStringLiteral("nobody@example.com"));

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

    void multiValueCellsSplitIntoPrimaryAndChannels()
    {
        // Google Contacts: several numbers in one cell with " ::: ", and
        // two addresses likewise; Outlook/Apple: a line break or a semicolon.
        const QByteArray csv =
            "Name,Phone 1 - Value,E-mail 1 - Value\n"
            "Ada,+1 415 555 0101 ::: +1 415 555 0102 ::: +1 415 555 0101,"
            "ada@example.com ::: ada@work.example\n"
            "Bob,\"+1 415 555 0103\n+1 415 555 0104\",bob@example.com; bob@home.example\n";
        Import::Counts counts;
        const QList<Row> rows = check(csv, {}, {}, &counts);
        QCOMPARE(counts.newRows, 2);
        QCOMPARE(rows.at(0).phone, QStringLiteral("14155550101"));
        QCOMPARE(rows.at(0).email, QStringLiteral("ada@example.com"));
        QCOMPARE(rows.at(0).channels,
                 (QList<QPair<QString, QString>>{
                     {QStringLiteral("phone"), QStringLiteral("14155550102")},
                     {QStringLiteral("email"), QStringLiteral("ada@work.example")}}));
        QCOMPARE(rows.at(1).phone, QStringLiteral("14155550103"));
        QCOMPARE(rows.at(1).channels,
                 (QList<QPair<QString, QString>>{
                     {QStringLiteral("phone"), QStringLiteral("14155550104")},
                     {QStringLiteral("email"), QStringLiteral("bob@home.example")}}));
        QVERIFY(rows.at(1).warnings.isEmpty());
    }

    void theFirstNonEmptyPhoneColumnIsThePrimary()
    {
        // Outlook: only a business phone. Today's rule read the first phone
        // column alone and rejected the row.
        const QByteArray csv = "First Name,Mobile Phone,Business Phone,Home Phone\n"
                               "Cy,,+1 415 555 0105,\n"
                               "Di,,+1 415 555 0106,+1 415 555 0107\n"
                               "Ed,,,\n";
        Import::Counts counts;
        const QList<Row> rows = check(csv, {}, {}, &counts);
        QCOMPARE(rows.at(0).action, Row::Action::New);
        QCOMPARE(rows.at(0).phone, QStringLiteral("14155550105"));
        QVERIFY(rows.at(0).channels.isEmpty());
        QCOMPARE(rows.at(1).phone, QStringLiteral("14155550106"));
        QCOMPARE(rows.at(1).channels,
                 (QList<QPair<QString, QString>>{
                     {QStringLiteral("phone"), QStringLiteral("14155550107")}}));
        QCOMPARE(rows.at(2).action, Row::Action::Invalid);
        QCOMPARE(rows.at(2).problems,
                 QStringList{QStringLiteral("Mobile Phone: a phone number is required")});
        QCOMPARE(counts.newRows, 2);
    }

    void theUserOrdersThePhoneColumns()
    {
        const QStringList header{QStringLiteral("Name"), QStringLiteral("Mobile Phone"),
                                 QStringLiteral("Business Phone")};
        Import::Mapping mapping = Import::guessMapping(header, {});
        QCOMPARE(Import::valueOrder(mapping, false), (QList<int>{1, 2}));
        mapping.phoneOrder = {2, 1}; // the business phone first
        QCOMPARE(Import::valueOrder(mapping, false), (QList<int>{2, 1}));
        Import::Validator validator(header, mapping, {}, {});
        Csv::Record record;
        record.line = 2;
        record.fields = QStringList{QStringLiteral("Fay"), QStringLiteral("+1 415 555 0108"),
                                    QStringLiteral("+1 415 555 0109")};
        const Row row = validator.validate(record);
        QCOMPARE(row.phone, QStringLiteral("14155550109"));
        QCOMPARE(row.channels, (QList<QPair<QString, QString>>{
                                   {QStringLiteral("phone"), QStringLiteral("14155550108")}}));
        // The order survives being remembered.
        const auto back = Import::mappingFromJson(Import::mappingToJson(mapping), header.size());
        QVERIFY(back);
        QCOMPARE(back->phoneOrder, (QList<int>{2, 1}));
    }

    void anInvalidFurtherValueIsAWarningNotARejection()
    {
        const QByteArray csv = "Name,Mobile Phone,Business Phone,Email,E-mail 2 Address\n"
                               "Gil,+1 415 555 0110,n/a,gil@example.com,gil@\n";
        Import::Counts counts;
        const QList<Row> rows = check(csv, {}, {}, &counts);
        QCOMPARE(rows.at(0).action, Row::Action::New);
        QCOMPARE(rows.at(0).phone, QStringLiteral("14155550110"));
        QVERIFY(rows.at(0).channels.isEmpty());
        QCOMPARE(rows.at(0).warnings.size(), 2);
        QVERIFY(rows.at(0).warnings.at(0).startsWith(
            QStringLiteral("Business Phone: “n/a” is not a valid phone number")));
        QVERIFY(rows.at(0).warnings.at(0).endsWith(QStringLiteral(": left out")));
        QVERIFY(rows.at(0).warnings.at(1).startsWith(
            QStringLiteral("E-mail 2 Address: “gil@” is not a valid email address")));
    }

    void unknownOwnersAreCountedAndMayBeLeftUnassigned()
    {
        Import::TeamIndex team;
        team.memberByKey.insert(QStringLiteral("aiko@example.com"), 42);
        team.memberByKey.insert(QStringLiteral("former@example.com"), 0); // the user's choice
        const QByteArray csv = "Name,Phone,Contact owner\n"
                               "Hal,+1 415 555 0111,rep@example.com\n"
                               "Ivy,+1 415 555 0112,REP@example.com\n"
                               "Jo,+1 415 555 0113,aiko@example.com\n"
                               "Kai,+1 415 555 0114,former@example.com\n";
        Import::Counts counts;
        const QList<Row> rows = check(csv, team, {}, &counts);
        QCOMPARE(counts.newRows, 4);
        QCOMPARE(counts.ownerNotFound, 2);
        QCOMPARE(rows.at(0).unknownOwner, QStringLiteral("rep@example.com"));
        QVERIFY(!rows.at(0).ownerId);
        QCOMPARE(rows.at(2).ownerId, std::optional<qint64>(42));
        QVERIFY(rows.at(3).warnings.isEmpty()); // chosen to be unassigned: no warning
        QVERIFY(!rows.at(3).ownerId);
    }
};

QTEST_GUILESS_MAIN(TestImportValidator)
#include "tst_import_validator.moc"
