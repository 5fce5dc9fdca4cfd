#pragma once

#include <QString>

namespace ContactDesk::Email {

// Why address is not a plausible email address, or an empty string when it
// is. Checks the shape people and mail servers agree on (one '@', a local
// part, a dotted domain of letters, digits and hyphens, no spaces); it does
// not try to implement all of RFC 5322.
QString problem(QStringView address);

inline bool isValid(QStringView address)
{
    return problem(address).isEmpty();
}

} // namespace ContactDesk::Email
