#pragma once

#include "core/Domain.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace ContactDesk::Import {

// What a CSV column becomes.
enum class Target
{
    Ignore,
    First,
    Last,
    DisplayName,
    Phone,       // the primary phone
    Email,       // the primary email
    ExtraPhone,  // a further phone: a contact channel
    ExtraEmail,  // a further email: a contact channel
    Tags,        // split on ';' or ',' (Google's " ::: " too)
    Owner,       // a team member's email or name
    OptOut,      // yes/y/true/t/1 or no/n/false/f/0
    CustomField, // an existing field (customFieldId) or a new one (customTitle)
};

struct ColumnMapping
{
    Target target = Target::Ignore;
    qint64 customFieldId = 0; // CustomField: an existing field, or 0 for a new one
    QString customTitle;      // CustomField: the team field's title, or the header for a new one

    friend bool operator==(const ColumnMapping &a, const ColumnMapping &b)
    {
        return a.target == b.target && a.customFieldId == b.customFieldId &&
               a.customTitle == b.customTitle;
    }
};

struct Mapping
{
    QList<ColumnMapping> columns; // one per header column
    QString layout; // whose export it looks like: "Heymarket", "Google Contacts", "Outlook",
                    // "HubSpot", or empty
    // The columns tried for the primary phone (email), first to last: the
    // first non-empty valid value is the primary, the others channels.
    // Empty: the Phone (Email) columns in file order, then ExtraPhone
    // (ExtraEmail) ones. Columns listed that are not mapped to a phone
    // (email) target are not read; phone columns missing from the list are
    // tried after it.
    QList<int> phoneOrder;
    QList<int> emailOrder;
};

// A target's name on the command line and in reports: "first", "last",
// "name", "phone", "other-phone", "email", "other-email", "tags", "owner",
// "opt-out", "ignore", and "custom:<Title>" for a custom field.
QString targetName(const ColumnMapping &column);
// The reverse, for `--map HEADER=TARGET`: a custom field is matched to the
// team's by title (case-insensitive), else it is a new one. std::nullopt
// for a name that is none of these.
std::optional<ColumnMapping> parseTarget(const QString &name, const QList<CustomField> &teamFields);
// The column of header called `title` (case, spacing and punctuation
// ignored, as guessMapping reads headers), or -1.
int findColumn(const QStringList &header, const QString &title);

// The phone (emails: email) columns of a mapping in the order they are tried.
QList<int> valueOrder(const Mapping &mapping, bool emails);

// Maps each header to a target from the names used by Heymarket's importer,
// by the exports of Google Contacts, Outlook and HubSpot and by a vCard
// reader, and from what people type, in English, German, Spanish, French,
// Italian, Portuguese and Dutch, ignoring case, accents, punctuation and
// spacing. One phone and one email column are primary (the first named as
// the phone or mobile, else the first), the others channels. A company,
// notes or a birthday column lands in the team's field of that concept,
// titled in any of those languages; other columns in the team's field of
// their title; else each becomes a new field titled with its header.
Mapping guessMapping(const QStringList &header, const QList<CustomField> &teamFields);

// A key for remembering a mapping per header layout (same headers in the
// same order, ignoring case, spacing and punctuation, not accents: the key
// is the one mappings were remembered under before guessMapping ignored
// accents).
QString layoutKey(const QStringList &header);

// A mapping as JSON (for remembering it per layout), and back: fromJson
// gives std::nullopt when the JSON does not describe `columns` columns.
QJsonArray mappingToJson(const Mapping &mapping);
std::optional<Mapping> mappingFromJson(const QJsonArray &json, qsizetype columns);
// The settings key under which the mapping of this header is remembered.
QString mappingSettingsKey(const QStringList &header);

// "yes"/"y"/"true"/"t"/"1" and "no"/"n"/"false"/"f"/"0", and the same words
// in German, French, Spanish, Italian, Portuguese and Dutch ("ja", "nein",
// "oui", "non", "sí", "não", "nee"…; case, accents and spaces ignored);
// empty means not given; anything else is std::nullopt with ok=false.
std::optional<bool> parseOptOut(QStringView value, bool *ok);

// Whether a custom field of this title holds notes ("Notes", "Notizen",
// "Remarques", "Opmerkingen"...: the notes titles guessMapping knows), so
// its value may go over several lines.
bool isNotesTitle(const QString &title);

// Tag names in a cell: split on ';', ',' or Google's " ::: ", trimmed, empty
// and repeated names dropped (case-insensitively), order kept. Google's
// "* myContacts" system label is dropped too.
QStringList splitTags(QStringView value);

} // namespace ContactDesk::Import
