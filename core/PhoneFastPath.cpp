#include "core/PhoneFastPath.h"

#include <QHash>
#include <QReadWriteLock>

#include <algorithm>
#include <array>
#include <climits>
#include <optional>
#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <string>

// libphonenumber's compiled-in metadata (metadata.h is not installed, the
// functions are exported).
namespace i18n::phonenumbers {
int metadata_size();
const void *metadata_get();
} // namespace i18n::phonenumbers

namespace ContactDesk::Phone::FastPath {

namespace {

using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneMetadataCollection;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberDesc;
using i18n::phonenumbers::PhoneNumberUtil;

constexpr int unbounded = 1000;
constexpr quint16 anyDigit = 0x3ff;

// What a regular expression (the subset libphonenumber's metadata uses:
// digits, \d, [classes], groups, alternation, ?, *, +, {n}, {n,m}, {n,})
// can match: the shortest and longest match, the digits a match can start
// with, and how many trailing digits of any match can be changed freely
// without changing whether it matches.
struct Shape
{
    int minLength = 0;
    int maxLength = 0;
    int freeSuffix = 0;
    quint16 firstDigits = 0; // bit d: a match can start with digit d
    bool allFree = true;     // every character of every match is \d
    // The longest match of what comes before the trailing run of \d: in a
    // match of length L, at least L - headMax trailing digits are free.
    int headMax = 0;

    int freeAt(int length) const { return std::max(freeSuffix, length - headMax); }
};

class PatternReader
{
public:
    explicit PatternReader(const std::string &pattern)
        : m_text(pattern)
    {}

    // A conservative shape: anything outside the subset gives "nothing free,
    // unbounded".
    Shape read()
    {
        const QList<Shape> shapes = alternatives();
        Shape all = shapes.value(0);
        for (const Shape &next : shapes)
            all = either(all, next);
        return all;
    }

    // The shapes of the top-level alternatives, each on its own.
    QList<Shape> alternatives()
    {
        QList<Shape> shapes{sequence()};
        while (!m_failed && peek() == '|') {
            ++m_pos;
            shapes.append(sequence());
        }
        if (m_failed || m_pos != m_text.size())
            return {Shape{0, unbounded, 0, anyDigit, false, unbounded}};
        return shapes;
    }

private:
    static Shape either(Shape a, const Shape &b)
    {
        a.minLength = std::min(a.minLength, b.minLength);
        a.maxLength = std::max(a.maxLength, b.maxLength);
        a.freeSuffix = std::min(a.freeSuffix, b.freeSuffix);
        a.firstDigits |= b.firstDigits;
        a.allFree = a.allFree && b.allFree;
        a.headMax = std::max(a.headMax, b.headMax);
        return a;
    }

    Shape alternation()
    {
        Shape all = sequence();
        while (!m_failed && peek() == '|') {
            ++m_pos;
            all = either(all, sequence());
        }
        return all;
    }

    Shape sequence()
    {
        Shape seq; // empty: matches "", fully free
        while (!m_failed && m_pos < m_text.size() && peek() != '|' && peek() != ')') {
            const Shape item = quantified();
            // P then X: when X is all \d, whatever length it matched, the
            // free end of P's match stays free too.
            const int free = item.allFree ? seq.freeSuffix + item.minLength : item.freeSuffix;
            if (seq.minLength == 0) // everything so far can match nothing
                seq.firstDigits |= item.firstDigits;
            if (!item.allFree) // else the trailing run grows, the head stays
                seq.headMax = std::min(unbounded, seq.maxLength + item.headMax);
            seq.minLength += item.minLength;
            seq.maxLength = std::min(unbounded, seq.maxLength + item.maxLength);
            seq.freeSuffix = free;
            seq.allFree = seq.allFree && item.allFree;
        }
        return seq;
    }

    Shape quantified()
    {
        const Shape atom = this->atom();
        int low = 1;
        int high = 1;
        switch (peek()) {
        case '?':
            low = 0;
            ++m_pos;
            break;
        case '*':
            low = 0;
            high = unbounded;
            ++m_pos;
            break;
        case '+':
            high = unbounded;
            ++m_pos;
            break;
        case '{': {
            ++m_pos;
            low = number();
            high = low;
            if (peek() == ',') {
                ++m_pos;
                high = peek() == '}' ? unbounded : number();
            }
            if (peek() != '}' || low < 0 || high < low)
                m_failed = true;
            ++m_pos;
            break;
        }
        default:
            return atom;
        }
        Shape shape;
        shape.firstDigits = atom.firstDigits;
        shape.allFree = atom.allFree;
        shape.minLength = std::min(unbounded, low * atom.minLength);
        shape.maxLength = std::min(unbounded, high * atom.maxLength);
        if (atom.allFree) {
            shape.freeSuffix = shape.minLength; // every character is free
            shape.headMax = 0;
        } else if (low == 0) {
            shape.freeSuffix = 0;
            shape.headMax = shape.maxLength;
        } else {
            shape.freeSuffix = atom.freeSuffix; // the last repetition's
            shape.headMax = std::min(unbounded, (high - 1) * atom.maxLength + atom.headMax);
        }
        return shape;
    }

    Shape atom()
    {
        const char c = peek();
        if (c >= '0' && c <= '9') {
            ++m_pos;
            return {1, 1, 0, quint16(1u << (c - '0')), false, 1};
        }
        if (c == '\\' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == 'd') {
            m_pos += 2;
            return {1, 1, 1, anyDigit, true, 0};
        }
        if (c == '[') {
            const size_t close = m_text.find(']', m_pos);
            if (close == std::string::npos) {
                m_failed = true;
                return {0, unbounded, 0, anyDigit, false, unbounded};
            }
            const quint16 digits = classDigits(m_pos + 1, close);
            m_pos = close + 1;
            return {1, 1, 0, digits, false, 1};
        }
        if (c == '(') {
            ++m_pos;
            if (m_text.compare(m_pos, 2, "?:") == 0)
                m_pos += 2;
            const Shape inner = alternation();
            if (peek() != ')')
                m_failed = true;
            ++m_pos;
            return inner;
        }
        m_failed = true;
        ++m_pos;
        return {0, unbounded, 0, anyDigit, false, unbounded};
    }

    // The digits of a class such as [0135-9]; anything unusual counts as
    // every digit.
    quint16 classDigits(size_t from, size_t to) const
    {
        quint16 digits = 0;
        for (size_t i = from; i < to; ++i) {
            const char c = m_text[i];
            if (c < '0' || c > '9')
                return anyDigit;
            char last = c;
            if (i + 2 < to && m_text[i + 1] == '-') {
                last = m_text[i + 2];
                if (last < c || last > '9')
                    return anyDigit;
                i += 2;
            }
            for (char d = c; d <= last; ++d)
                digits |= quint16(1u << (d - '0'));
        }
        return digits;
    }

    int number()
    {
        int value = -1;
        while (peek() >= '0' && peek() <= '9') {
            value = std::max(value, 0) * 10 + (peek() - '0');
            ++m_pos;
            if (value > unbounded)
                value = unbounded;
        }
        return value;
    }

    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }

    const std::string &m_text;
    size_t m_pos = 0;
    bool m_failed = false;
};

// What the fast path knows of one country calling code.
struct Country
{
    static constexpr int maxLength = 17;
    bool known = false;
    // By national number length and first digit: the fewest free trailing
    // digits over every alternative, of every pattern the check consults,
    // that can match a number of that length starting with that digit.
    std::array<std::array<int, 10>, maxLength + 1> freeSuffix{};
    int leadingDigitsMax = 0; // longest prefix a region's leading_digits can look at
    // The digits the main region's national_prefix_for_parsing can start
    // with (0 when it has none): a national number starting otherwise has no
    // national prefix to strip.
    quint16 prefixFirstDigits = 0;
    bool prefixSeen = false;
};

class Countries
{
public:
    Countries()
    {
        PhoneMetadataCollection collection;
        collection.ParseFromArray(i18n::phonenumbers::metadata_get(),
                                  i18n::phonenumbers::metadata_size());
        for (const PhoneMetadata &region : collection.metadata()) {
            const int code = region.country_code();
            // Non-geographic entities (800, 808, ...) are left to libphonenumber.
            if (code <= 0 || code >= int(m_countries.size()) || region.id() == "001")
                continue;
            Country &country = m_countries[size_t(code)];
            if (!country.known)
                for (auto &byDigit : country.freeSuffix)
                    byDigit.fill(unbounded);
            country.known = true;
            for (const PhoneNumberDesc *desc :
                 {&region.general_desc(), &region.fixed_line(), &region.mobile(),
                  &region.toll_free(), &region.premium_rate(), &region.shared_cost(),
                  &region.personal_number(), &region.voip(), &region.pager(), &region.uan(),
                  &region.voicemail()}) {
                if (!desc->has_national_number_pattern() || desc->national_number_pattern().empty())
                    continue;
                const QList<Shape> shapes =
                    PatternReader(desc->national_number_pattern()).alternatives();
                for (int length = 0; length <= Country::maxLength; ++length) {
                    for (const Shape &shape : shapes)
                        if (shape.minLength <= length && length <= shape.maxLength)
                            for (int digit = 0; digit < 10; ++digit)
                                if (shape.firstDigits & (1u << digit)) {
                                    int &free = country.freeSuffix[size_t(length)][size_t(digit)];
                                    free = std::min(free, shape.freeAt(length));
                                }
                }
            }
            if (region.has_leading_digits())
                country.leadingDigitsMax =
                    std::max(country.leadingDigitsMax,
                             PatternReader(region.leading_digits()).read().maxLength);
            if (region.main_country_for_code() || !country.prefixSeen) {
                country.prefixSeen = true;
                const std::string &prefix = region.national_prefix_for_parsing();
                if (prefix.empty()) {
                    country.prefixFirstDigits = 0;
                } else {
                    const Shape shape = PatternReader(prefix).read();
                    country.prefixFirstDigits = shape.minLength == 0 ? anyDigit : shape.firstDigits;
                }
            }
        }
    }

    const Country *find(int code) const
    {
        if (code <= 0 || code >= int(m_countries.size()) || !m_countries[size_t(code)].known)
            return nullptr;
        return &m_countries[size_t(code)];
    }

private:
    std::array<Country, 1000> m_countries;
};

const Countries &countries()
{
    static const Countries table;
    return table;
}

bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case ' ':
    case '-':
    case '.':
    case '(':
    case ')':
    case '/':
    case 0x00A0: // no-break space
    case 0x2010: // hyphen
    case 0x2011:
    case 0x2012:
    case 0x2013: // en dash
    case 0x2014:
    case 0x2212: // minus
        return true;
    default:
        return false;
    }
}

// Answers by (country code, length, prefix), shared by the threads that
// check an import (each answer is worth ~14 us; finding it, well under 1).
class ValidityCache
{
public:
    std::optional<bool> find(quint64 key) const
    {
        QReadLocker locker(&m_lock);
        const auto it = m_answers.constFind(key);
        if (it == m_answers.cend())
            return std::nullopt;
        return *it;
    }
    void insert(quint64 key, bool valid)
    {
        QWriteLocker locker(&m_lock);
        if (m_answers.size() >= maxEntries)
            m_answers.clear();
        m_answers.insert(key, valid);
    }

private:
    static constexpr qsizetype maxEntries = 1 << 20;
    mutable QReadWriteLock m_lock;
    QHash<quint64, bool> m_answers;
};

bool isValid(int code, const Country &country, const char *national, int length)
{
    // The free count depends on the first digit, so the prefix always keeps
    // it (at least one digit); prefixes of different lengths cannot meet as
    // numbers since none starts with 0.
    const int free = country.freeSuffix[size_t(length)][size_t(national[0] - '0')];
    int prefixLength = std::max(1, length - std::min(free, length));
    if (prefixLength < country.leadingDigitsMax)
        prefixLength = length; // the regions' leading digits look further: no sharing
    quint64 prefix = 0;
    for (int i = 0; i < prefixLength; ++i)
        prefix = prefix * 10 + quint64(national[i] - '0');
    // code < 2^10, length < 2^5, prefix < 10^14 < 2^47 (prefixLength is implied).
    const quint64 key = (quint64(code) << 52) | (quint64(length) << 47) | prefix;
    thread_local ValidityCache cache;
    if (const auto known = cache.find(key))
        return *known;

    quint64 value = 0;
    for (int i = 0; i < length; ++i)
        value = value * 10 + quint64(national[i] - '0');
    PhoneNumber number;
    number.set_country_code(code);
    number.set_national_number(value);
    PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    const auto possible = util.IsPossibleNumberWithReason(number);
    const bool valid = (possible == PhoneNumberUtil::IS_POSSIBLE ||
                        possible == PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY) &&
                       util.IsValidNumber(number);
    cache.insert(key, valid);
    return valid;
}

QString e164(int code, const char *national, int length)
{
    QString digits = QString::number(code);
    digits.reserve(digits.size() + length);
    for (int i = 0; i < length; ++i)
        digits.append(QLatin1Char(national[i]));
    return digits;
}

// Whether a region (ISO 3166 code, any case) dials +1; the last answer is
// kept, as an import asks about the same region for every row.
bool isNorthAmerican(QStringView region)
{
    thread_local char16_t last[2] = {0, 0};
    thread_local bool lastAnswer = false;
    const char16_t a = QChar::toUpper(region[0].unicode());
    const char16_t b = QChar::toUpper(region[1].unicode());
    if (a != last[0] || b != last[1]) {
        const std::string code{char(a), char(b)};
        lastAnswer = a < 128 && b < 128 &&
                     PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(code) == 1;
        last[0] = a;
        last[1] = b;
    }
    return lastAnswer;
}

} // namespace

QString validDigits(QStringView input, QStringView defaultRegion)
{
    constexpr int maxDigits = 17;
    char digits[maxDigits];
    int count = 0;
    bool plus = false;
    bool started = false;
    for (const QChar c : input) {
        const char16_t u = c.unicode();
        if (u >= '0' && u <= '9') {
            if (count == maxDigits)
                return {};
            digits[count++] = char(u);
            started = true;
        } else if (u == '+' && !started && !plus) {
            plus = true;
            started = true;
        } else if (!isSeparator(c)) {
            return {};
        }
    }
    if (count == 0)
        return {};

    if (plus) {
        // The calling code: the first 1, 2 or 3 digits that name one, as
        // libphonenumber reads it.
        for (int ccLength = 1; ccLength <= 3 && ccLength < count; ++ccLength) {
            int code = 0;
            for (int i = 0; i < ccLength; ++i)
                code = code * 10 + (digits[i] - '0');
            if (digits[0] == '0')
                return {};
            const Country *country = countries().find(code);
            if (!country)
                continue;
            const char *national = digits + ccLength;
            const int length = count - ccLength;
            if (length > 14)
                return {}; // longer than E.164 allows
            if (national[0] == '0')
                return {}; // a leading zero: Italian-style numbers, or a trunk prefix
            // libphonenumber strips a national prefix written after the
            // calling code ("+44 0 20..."): leave any such possibility to it.
            if (country->prefixFirstDigits & (1u << (national[0] - '0')))
                return {};
            return isValid(code, *country, national, length) ? e164(code, national, length)
                                                             : QString();
        }
        return {};
    }

    // National numbers: only the North American plan (10 digits, or 11 with its
    // leading 1), where the reading is unambiguous.
    if (defaultRegion.size() != 2 || !isNorthAmerican(defaultRegion))
        return {};
    const char *national = digits;
    int length = count;
    if (length == 11 && digits[0] == '1') {
        ++national;
        --length;
    }
    if (length != 10 || national[0] < '2')
        return {};
    const Country *country = countries().find(1);
    if (!country)
        return {};
    return isValid(1, *country, national, length) ? e164(1, national, length) : QString();
}

int freeTrailingDigits(int countryCode, int length, int firstDigit)
{
    const Country *country = countries().find(countryCode);
    if (!country || length < 0 || length > Country::maxLength || firstDigit < 0 || firstDigit > 9)
        return -1;
    return std::min(country->freeSuffix[size_t(length)][size_t(firstDigit)], length);
}

} // namespace ContactDesk::Phone::FastPath
