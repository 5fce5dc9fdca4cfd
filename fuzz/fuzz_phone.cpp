// Phone normalisation over any text, in a few regions (the fast path and
// libphonenumber), and the display form of what it accepted.
#include "core/Phone.h"
#include "fuzz/FuzzSupport.h"

using namespace ContactDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(Fuzz::bytes(data, size));
    for (const char *region : {"US", "DE", "GB", ""}) {
        const Phone::Normalized n = Phone::normalize(input, QString::fromLatin1(region));
        if (!n.digits.isEmpty())
            (void)Phone::formatForDisplay(n.digits);
    }
    (void)Phone::normalizeWithLibphonenumber(input, QStringLiteral("US"));
    (void)Phone::e164DigitsProblem(input);
    (void)Phone::countryCodeForRegion(input.left(8));
    (void)Phone::formatForDisplay(input);
    return 0;
}
