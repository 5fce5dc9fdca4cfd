#pragma once

#include "core/CsvReader.h"
#include "core/ImportMapping.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <functional>
#include <memory>

namespace ContactDesk::Import {

// What the import knows of the team before it starts.
struct TeamIndex
{
    QHash<QString, qint64> contactByPhone; // E.164 digits -> contact id
    QHash<QString, qint64> contactByEmail; // lower-case address -> contact id
    QHash<QString, qint64> tagByName;      // lower-case name -> tag id
    // Lower-case email or name -> member id; 0: the user chose to leave
    // contacts with this owner value unassigned (no warning then).
    QHash<QString, qint64> memberByKey;
};

struct Options
{
    QString region = QStringLiteral("US"); // for numbers written without a country code
    bool updateExisting = false;           // false: rows matching a contact are skipped
    bool overwrite = false; // Update: replace values the contact has (else only fill gaps)
};

// One CSV row, read and checked.
struct Row
{
    enum class Action
    {
        New,
        Update,
        Skip,
        Invalid,
        Unchanged // matches a contact that already has every value of the row: nothing is sent
    };

    qint64 line = 0;
    Action action = Action::Invalid;
    QStringList problems; // each names the column: "Phone Number: too short"
    // What the row does not take but is imported without (an owner the team
    // does not know, a further phone that is not a number), each naming its
    // column; the row is still imported.
    QStringList warnings;
    QString unknownOwner;       // the owner cell, when no team member has that name or email
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

    // Filled by check() for classify(): the phone as a number, the email
    // lower-cased in UTF-8.
    quint64 phoneKey = 0;
    QByteArray emailKey;
};

struct Counts
{
    int newRows = 0;
    int updates = 0;
    int skipped = 0;
    int invalid = 0;
    int unchanged = 0;
    int ownerNotFound = 0; // rows imported (new or update) whose owner is not a team member
};

// The values of a cell that may hold several (Google writes " ::: " between
// them, Outlook and Apple a line break or a semicolon; for emails a comma
// too), trimmed, empty ones dropped. A cell guarded against formulas is
// one value.
QList<QStringView> splitValues(QStringView cell, bool emails);

// Checks rows against the mapping, before anything is sent: phones
// normalised to E.164 digits, emails, at most five tags, owners (one the
// team does not know is a warning: the contact is imported unassigned), Opt
// Out values, duplicates inside the file and against the team (by phone,
// then email). Every phone and email column, and every value of a cell
// holding several, is read: the first valid phone (email) in the mapping's
// order (Mapping::phoneOrder) is the primary, the others become channels.
// An invalid value is a problem when the row has no valid value of its
// kind, else a warning (the value is left out).
//
// Two steps: check() reads one record on its own (const, safe on several
// threads at once); classify() then decides, in file order, whether a
// checked row is new, an update, a duplicate to skip, and adds it to
// counts(). validate() does both. To classify again from the top (after
// the user fixed a row, or changed the options), call restart() first.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::Import::Validator)

public:
    Validator(QStringList header, Mapping mapping, TeamIndex team, Options options);
    ~Validator();

    Row check(const Csv::Record &record) const;
    void classify(Row &row);
    Row validate(const Csv::Record &record);
    void restart();
    void reserve(qsizetype rows); // room for this many rows' keys, to grow once
    // Takes a classified row out of counts() (before classifying it again).
    void uncount(Row::Action action, bool ownerNotFound = false);
    // A classified row that matches a contact and would change nothing of
    // it (the caller compared it with the contact): counted as unchanged.
    void markUnchanged(Row &row);

    const Counts &counts() const { return m_counts; }
    const Options &options() const { return m_options; }
    const QStringList &header() const { return m_header; }
    const Mapping &mapping() const { return m_mapping; }
    const TeamIndex &team() const { return m_team; }

private:
    class SeenKeys;

    QStringList m_header;
    Mapping m_mapping;
    TeamIndex m_team;
    Options m_options;
    QList<int> m_phoneColumns; // in the order they are tried for the primary phone
    QList<int> m_emailColumns; // the same for the email
    // Written by classify() while other threads read the members above in
    // check(): a cache line of its own, so they do not invalidate each other.
    alignas(64) Counts m_counts;
    std::unique_ptr<SeenKeys> m_seen;
};

// Reads every remaining record of reader and validates it, checking rows on
// two threads while this one reads, and classifying in file order; sink
// receives each row in file order (with the record as checked), and may
// change it (mark it unchanged). Records
// whose line is in fixes are checked with those fields instead. Returns
// false when the reader stopped on an error (reader.error() says which).
bool validateAll(Csv::RecordSource &reader, Validator &validator,
                 const std::function<void(Row &row, const Csv::Record &record)> &sink,
                 const QHash<qint64, QStringList> &fixes = {});

} // namespace ContactDesk::Import
