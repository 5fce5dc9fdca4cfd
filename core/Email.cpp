#include "core/Email.h"

#include <QCoreApplication>
#include <QStringList>

namespace ContactDesk::Email {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ContactDesk::Email", text);
}

bool isDomainLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63)
        return false;
    if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
        return false;
    for (const QChar c : label) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-')))
            return false;
    }
    return true;
}

} // namespace

QString problem(QStringView address)
{
    if (address.isEmpty())
        return tr("empty");
    if (address.size() > 254)
        return tr("longer than 254 characters");
    for (const QChar c : address) {
        if (c.isSpace())
            return tr("contains a space");
    }
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return tr("has no '@'");
    if (address.indexOf(QLatin1Char('@')) != at)
        return tr("has more than one '@'");
    const QStringView local = address.left(at);
    const QStringView domain = address.mid(at + 1);
    if (local.isEmpty())
        return tr("nothing before the '@'");
    if (local.size() > 64)
        return tr("the part before the '@' is longer than 64 characters");
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) ||
        local.contains(QLatin1String("..")))
        return tr("misplaced '.' before the '@'");
    if (domain.isEmpty())
        return tr("nothing after the '@'");
    if (!domain.contains(QLatin1Char('.')))
        return tr("the domain has no '.'");
    for (const QStringView label : domain.tokenize(QLatin1Char('.'))) {
        if (!isDomainLabel(label))
            return tr("the domain '%1' is not valid").arg(domain);
    }
    return {};
}

} // namespace ContactDesk::Email
