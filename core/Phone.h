#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QLocale;

namespace ContactDesk::Phone {

// Heymarket wants phone numbers as E.164 digits without the leading '+'
// (for example 14155553434).

// The reason a string is not acceptable E.164 digits, or an empty string when
// it is: digits only, no '+', a known country code and a number that
// libphonenumber considers possible for that country.
QString e164DigitsProblem(const QString &digits);

inline bool isE164Digits(const QString &digits)
{
    return e164DigitsProblem(digits).isEmpty();
}

struct Normalized
{
    QString digits;  // E.164 digits without '+', empty when the input failed
    QString problem; // why it failed, for people; empty on success
};

// Parses what a person typed ("(415) 555-3434", "+44 20 7946 0958",
// "0044 20...") with defaultRegion (ISO 3166 code such as "US") used when the
// number has no country code, and returns E.164 digits or the reason it
// cannot.
// Common shapes (+<digits>, North American numbers) take a fast path with
// the same answers (see PhoneFastPath.h).
Normalized normalize(QStringView input, const QString &defaultRegion);

// The same without the fast path: libphonenumber's Parse and IsValidNumber
// for every call (for tests and benchmarks that compare the two).
Normalized normalizeWithLibphonenumber(const QString &input, const QString &defaultRegion);

// E.164 digits written the way people read them: "+1 415-555-3434",
// "+44 20 7946 0958". Digits that libphonenumber cannot parse come back
// with a '+' in front, unchanged otherwise.
QString formatForDisplay(const QString &digits);

// The ISO 3166 codes of the regions libphonenumber knows, sorted.
QStringList regions();

// The calling code of a region ("US" -> 1), 0 when unknown.
int countryCodeForRegion(const QString &region);

// The regions as a person picks one: "Germany (DE, +49)" and its code,
// sorted by that label.
struct NamedRegion
{
    QString label;
    QString code;
};
QList<NamedRegion> namedRegions();

// The region of a locale's territory ("de_DE" -> "DE"), when libphonenumber
// knows it; else "US" (the C locale, "en" alone).
QString regionForLocale(const QLocale &locale);

// A valid mobile-looking number for region (ISO 3166) built from serial, for
// demo data. Deterministic for the same arguments.
QString exampleNumber(const QString &region, quint32 serial);

} // namespace ContactDesk::Phone
