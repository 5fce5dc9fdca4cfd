#include "Compose.h"

#include <QCoreApplication>

namespace ContactDesk::Compose {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ContactDesk::Compose", text);
}

// The name inside {{ }}: lower case, inner spaces removed ("First Name" ->
// "firstname" does not happen: only the braces' padding goes).
QString tokenName(QStringView inside)
{
    return inside.trimmed().toString().toLower();
}

template<typename Visit>
void forEachToken(QStringView text, Visit visit)
{
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), pos);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            break;
        visit(open, close + 2, tokenName(text.mid(open + 2, close - open - 2)));
        pos = close + 2;
    }
}

} // namespace

QStringList tokens(QStringView text)
{
    QStringList names;
    forEachToken(text, [&names](qsizetype, qsizetype, const QString &name) {
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    });
    return names;
}

Rendered render(QStringView text, const QHash<QString, QString> &values)
{
    Rendered out;
    qsizetype copied = 0;
    forEachToken(text, [&](qsizetype from, qsizetype to, const QString &name) {
        out.text.append(text.mid(copied, from - copied));
        const auto it = values.constFind(name);
        if (it == values.cend()) {
            out.text.append(text.mid(from, to - from)); // left as written
            if (!out.unknown.contains(name))
                out.unknown.append(name);
        } else {
            out.text.append(*it);
            if (it->isEmpty() && !out.empty.contains(name))
                out.empty.append(name);
        }
        copied = to;
    });
    out.text.append(text.mid(copied));
    return out;
}

Preflight preflight(const QList<Recipient> &recipients, QStringView text, Medium medium)
{
    Preflight result;
    for (const Recipient &recipient : recipients) {
        Check check;
        check.recipient = recipient;
        if (medium == Medium::Sms && recipient.blocked)
            check.reason = tr("blocked");
        else if (medium == Medium::Sms && recipient.optedOut)
            check.reason = tr("opted out of messages");
        else if (medium == Medium::Sms && recipient.phone.isEmpty())
            check.reason = tr("no phone number");
        else if (medium == Medium::Email && recipient.email.isEmpty())
            check.reason = tr("no email address");
        check.send = check.reason.isEmpty();
        if (check.send) {
            check.rendered = render(text, recipient.values);
            if (!check.rendered.empty.isEmpty()) {
                check.reason =
                    tr("no value for %1").arg(check.rendered.empty.join(QLatin1String(", ")));
                ++result.flagged;
            }
            if (medium == Medium::Sms) {
                check.segments = Sms::count(check.rendered.text);
                const bool longer = check.segments.segments > result.longest.segments ||
                                    (check.segments.segments == result.longest.segments &&
                                     check.segments.units > result.longest.units);
                if (longer)
                    result.longest = check.segments;
            }
            ++result.sending;
        } else {
            ++result.excluded;
        }
        result.checks.append(check);
    }
    return result;
}

} // namespace ContactDesk::Compose
