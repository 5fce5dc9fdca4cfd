#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace ContactDesk::DateText {

// Whether a custom field's title says it holds a date. The contract gives
// custom fields a title only, no type (spec 6.2), so the title is all there
// is: the word "date" or "dates" (not inside "update"), "birthday", and the
// German and Spanish words the app is translated into ("Datum" anywhere,
// as in "Geburtsdatum"; "Geburtstag", "fecha", "cumpleaños"). Case is
// ignored; "renewalDate" and "renewal_date" count.
bool isDateFieldTitle(QStringView title);

// The date `text` names: ISO 8601 (2027-03-31), or the locale's short date
// format, with a two- or four-digit year (3/31/27 or 3/31/2027 in the US,
// 31.03.27 or 31.03.2027 in Germany). Surrounding spaces are ignored;
// anything else (an empty text, "next spring", 2027-02-30) is nullopt.
std::optional<QDate> parse(QStringView text, const QLocale &locale = QLocale());

} // namespace ContactDesk::DateText
