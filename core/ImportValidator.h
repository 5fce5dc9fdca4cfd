#pragma once

#include "CsvReader.h"
#include "ImportMapping.h"

#include <QHash>
#include <QMap>

namespace ContactDesk::Import {

// What the import knows of the team before it starts.
struct TeamIndex
{
    QHash<QString, qint64> contactByPhone; // E.164 digits -> contact id
    QHash<QString, qint64> contactByEmail; // lower-case address -> contact id
    QHash<QString, qint64> tagByName;      // lower-case name -> tag id
    QHash<QString, qint64> memberByKey;    // lower-case email or name -> member id
};

struct Options
{
    QString region = QStringLiteral("US"); // for numbers written without a country code
    bool updateExisting = false;           // false: rows matching a contact are skipped
};

// One CSV row, read and checked.
struct Row
{
    enum class Action
    {
        New,
        Update,
        Skip,
        Invalid
    };

    qint64 line = 0;
    Action action = Action::Invalid;
    QStringList problems;       // each names the column: "Phone Number: too short"
    qint64 existingId = 0;      // Update/Skip: the contact it matches
    qint64 duplicateOfLine = 0; // Skip: an earlier row of the file with the same phone or email

    QString first;
    QString last;
    QString displayName;
    QString phone; // E.164 digits
    QString email;
    QStringList tags; // names; new ones are created at upload
    std::optional<qint64> ownerId;
    std::optional<bool> optedOut;
    QMap<int, QString> custom;               // column index -> value (custom field columns)
    QList<QPair<QString, QString>> channels; // further phones and emails: type, value
};

struct Counts
{
    int newRows = 0;
    int updates = 0;
    int skipped = 0;
    int invalid = 0;
};

// Checks rows against the mapping, before anything is sent: phones
// normalised to E.164 digits, emails, at most five tags, known owners, Opt
// Out values, duplicates inside the file and against the team (by phone,
// then email). Each row is validated once, in file order (counts() adds
// them up); re-checking a row the user fixed is for the import wizard.
class Validator
{
public:
    Validator(QStringList header, Mapping mapping, TeamIndex team, Options options);

    Row validate(const Csv::Record &record);
    const Counts &counts() const { return m_counts; }

private:
    QStringList m_header;
    Mapping m_mapping;
    TeamIndex m_team;
    Options m_options;
    Counts m_counts;
    QHash<QString, qint64> m_linesByPhone;
    QHash<QString, qint64> m_linesByEmail;
};

} // namespace ContactDesk::Import
