// Rows of an import checked before anything is sent.

#include "ImportValidator.h"

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
