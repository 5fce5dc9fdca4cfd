#include "core/Phone.h"

#include "core/PhoneFastPath.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <phonenumbers/phonenumberutil.h>
#include <set>
#include <string>

namespace ContactDesk::Phone {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

PhoneNumberUtil &util()
{
    return *PhoneNumberUtil::GetInstance();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ContactDesk::Phone", text);
}

QString validationProblem(PhoneNumberUtil::ValidationResult result)
{
    switch (result) {
    case PhoneNumberUtil::IS_POSSIBLE:
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        return {};
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return tr("unknown country code");
    case PhoneNumberUtil::TOO_SHORT:
        return tr("too short for its country");
    case PhoneNumberUtil::INVALID_LENGTH:
        return tr("wrong length for its country");
    case PhoneNumberUtil::TOO_LONG:
        return tr("too long for its country");
    }
    return tr("not a possible phone number");
}

} // namespace

QString e164DigitsProblem(const QString &digits)
{
    if (digits.isEmpty())
        return tr("empty");
    if (digits.startsWith(QLatin1Char('+')))
        return tr("must be E.164 digits without a leading '+'");
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return tr("must contain digits only");
    }
    if (digits.startsWith(QLatin1Char('0')))
        return tr("must start with a country code, not 0");
    if (digits.size() < 8 || digits.size() > 15)
        return tr("must have 8 to 15 digits");
    // A valid number is a possible one: the fast path answers most.
    if (!FastPath::validDigits(QString(QLatin1Char('+') + digits), u"ZZ").isEmpty())
        return {};

    PhoneNumber number;
    const std::string plus = "+" + digits.toStdString();
    const auto parsed = util().Parse(plus, "ZZ", &number);
    if (parsed == PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR)
        return tr("unknown country code");
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR)
        return tr("not a phone number");
    return validationProblem(util().IsPossibleNumberWithReason(number));
}

Normalized normalize(QStringView input, const QString &defaultRegion)
{
    if (QString digits = FastPath::validDigits(input, defaultRegion); !digits.isEmpty())
        return {std::move(digits), {}};
    return normalizeWithLibphonenumber(input.toString(), defaultRegion);
}

Normalized normalizeWithLibphonenumber(const QString &input, const QString &defaultRegion)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return {{}, tr("empty")};
    PhoneNumber number;
    const auto parsed =
        util().Parse(trimmed.toStdString(), defaultRegion.toUpper().toStdString(), &number);
    switch (parsed) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return {{}, tr("no country code and no default region to assume")};
    case PhoneNumberUtil::TOO_SHORT_NSN:
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
        return {{}, tr("too short")};
    case PhoneNumberUtil::TOO_LONG_NSN:
        return {{}, tr("too long")};
    case PhoneNumberUtil::NOT_A_NUMBER:
        return {{}, tr("not a phone number")};
    }
    const QString problem = validationProblem(util().IsPossibleNumberWithReason(number));
    if (!problem.isEmpty())
        return {{}, problem};
    if (!util().IsValidNumber(number))
        return {{}, tr("not a valid number for its country")};
    std::string e164;
    util().Format(number, PhoneNumberUtil::E164, &e164);
    return {QString::fromStdString(e164).mid(1), {}};
}

QString formatForDisplay(const QString &digits)
{
    if (digits.isEmpty())
        return {};
    // North American numbers (most teams' most numbers) without the cost
    // of libphonenumber's regular expressions (~30 us a number): +1 415-555-3434.
    if (digits.size() == 11 && digits.at(0) == QLatin1Char('1')) {
        bool allDigits = true;
        for (const QChar c : digits)
            allDigits = allDigits && c.isDigit();
        if (allDigits)
            return QStringLiteral("+1 ") + QStringView(digits).mid(1, 3) + QLatin1Char('-') +
                   QStringView(digits).mid(4, 3) + QLatin1Char('-') + QStringView(digits).mid(7);
    }
    PhoneNumber number;
    const std::string plus = "+" + digits.toStdString();
    if (util().Parse(plus, "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return QLatin1Char('+') + digits;
    std::string formatted;
    util().Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

QStringList regions()
{
    std::set<std::string> codes;
    util().GetSupportedRegions(&codes);
    QStringList list;
    list.reserve(qsizetype(codes.size()));
    for (const std::string &code : codes)
        list.append(QString::fromStdString(code));
    return list;
}

int countryCodeForRegion(const QString &region)
{
    return util().GetCountryCodeForRegion(region.toUpper().toStdString());
}

QList<NamedRegion> namedRegions()
{
    QList<NamedRegion> named;
    for (const QString &code : regions()) {
        const QLocale::Territory territory = QLocale::codeToTerritory(code);
        const QString name =
            territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
        named.append(
            {QStringLiteral("%1 (%2, +%3)").arg(name, code).arg(countryCodeForRegion(code)), code});
    }
    std::sort(named.begin(), named.end(), [](const NamedRegion &a, const NamedRegion &b) {
        return QString::localeAwareCompare(a.label, b.label) < 0;
    });
    return named;
}

QString regionForLocale(const QLocale &locale)
{
    const QString code = QLocale::territoryToCode(locale.territory());
    if (locale.territory() != QLocale::AnyTerritory && countryCodeForRegion(code) > 0)
        return code;
    return QStringLiteral("US");
}

QString exampleNumber(const QString &region, quint32 serial)
{
    PhoneNumber example;
    if (!util().GetExampleNumberForType(region.toStdString(), PhoneNumberUtil::MOBILE, &example))
        return {};
    std::string national;
    util().GetNationalSignificantNumber(example, &national);
    // Vary the last six digits and keep the first variant libphonenumber
    // still accepts as valid; fall back to the example itself.
    for (quint32 attempt = 0; attempt < 32; ++attempt) {
        std::string candidate = national;
        quint32 value =
            static_cast<quint32>((quint64(serial) * 7919u + attempt * 104729u) % 1000000u);
        for (int i = 0; i < 6 && i + 3 < static_cast<int>(candidate.size()); ++i) {
            candidate[candidate.size() - 1 - static_cast<size_t>(i)] =
                static_cast<char>('0' + value % 10);
            value /= 10;
        }
        PhoneNumber number;
        number.set_country_code(example.country_code());
        number.set_national_number(std::stoull(candidate));
        if (example.has_italian_leading_zero())
            number.set_italian_leading_zero(example.italian_leading_zero());
        if (util().IsValidNumber(number)) {
            std::string e164;
            util().Format(number, PhoneNumberUtil::E164, &e164);
            return QString::fromStdString(e164).mid(1);
        }
    }
    std::string e164;
    util().Format(example, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164).mid(1);
}

} // namespace ContactDesk::Phone
