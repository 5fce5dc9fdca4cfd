#pragma once

#include <QString>

namespace ContactDesk::Phone::FastPath {

// libphonenumber's Parse costs ~20 us and IsValidNumber ~14 us a number on
// this hardware (ICU regular expressions), too slow for a million-row import.
// This is the shortcut Phone::normalize tries first:
//
// - It reads only what is unambiguous: "+<digits>" with spaces, dashes,
//   dots, slashes and parentheses between them, and 10- or 11-digit numbers
//   of the North American plan when the default region is in it. Anything
//   else (letters, extensions, 00/011 prefixes, national prefixes, leading
//   zeros) is left to libphonenumber.
// - It asks libphonenumber's IsValidNumber on the PhoneNumber it built, and
//   remembers the answer by the number's prefix: libphonenumber's metadata
//   is read once and each country's patterns analysed for how many trailing
//   digits they leave free (`\d{4}` at the end of every alternative of every
//   pattern the check consults that can match a number of that length and
//   first digit), so numbers that differ only there share an answer
//   exactly, not by guess.
//
// Returns the E.164 digits when the number is valid. An empty string means
// "not decided here": the caller asks libphonenumber, which also words the
// reason a number is wrong.
QString validDigits(QStringView input, QStringView defaultRegion);

// The free trailing digits found for a country calling code, national
// number length and first digit (for tests): -1 when the code is unknown.
int freeTrailingDigits(int countryCode, int length, int firstDigit);

} // namespace ContactDesk::Phone::FastPath
