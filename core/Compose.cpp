#include "core/Compose.h"

#include <QCoreApplication>

#include <algorithm>

namespace ContactDesk::Compose {

bool canSend(const Inbox &inbox, Medium medium)
{
    if (medium == Medium::Email)
        return inbox.id != 0;
    return !inbox.phones.isEmpty() || !inbox.phone.isEmpty();
}

QList<Inbox> inboxesFor(Medium medium, const QList<Inbox> &inboxes,
                        const QHash<qint64, QString> &refused)
{
    QList<Inbox> offered;
    if (medium == Medium::Sms) {
        for (const Inbox &inbox : inboxes)
            if (canSend(inbox, Medium::Sms))
                offered.append(inbox);
        return offered;
    }
    const auto rank = [&refused](const Inbox &inbox) {
        if (refused.contains(inbox.id))
            return 2;
        return canSend(inbox, Medium::Sms) ? 1 : 0;
    };
    for (const Inbox &inbox : inboxes)
        if (canSend(inbox, Medium::Email))
            offered.append(inbox);
    std::stable_sort(offered.begin(), offered.end(),
                     [&rank](const Inbox &a, const Inbox &b) { return rank(a) < rank(b); });
    return offered;
}

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

namespace {

// A text cut once into literal runs and tokens, so rendering it for many
// recipients only looks values up and appends.
struct Piece
{
    QString literal; // text before the token (or the tail)
    QString token;   // the token's name; empty for the tail
    QString written; // the token as written, for unknown ones
};

QList<Piece> cut(QStringView text)
{
    QList<Piece> pieces;
    qsizetype copied = 0;
    forEachToken(text, [&](qsizetype from, qsizetype to, const QString &name) {
        pieces.append({text.mid(copied, from - copied).toString(), name,
                       text.mid(from, to - from).toString()});
        copied = to;
    });
    pieces.append({text.mid(copied).toString(), {}, {}});
    return pieces;
}

Rendered renderPieces(const QList<Piece> &pieces, qsizetype sizeHint,
                      const QHash<QString, QString> &values, Values how)
{
    Rendered out;
    out.text.reserve(sizeHint + 32);
    for (const Piece &piece : pieces) {
        out.text.append(piece.literal);
        if (piece.written.isEmpty())
            continue; // the tail
        const auto it = values.constFind(piece.token);
        if (it == values.cend()) {
            out.text.append(piece.written); // left as written
            if (!out.unknown.contains(piece.token))
                out.unknown.append(piece.token);
        } else {
            if (how == Values::HtmlEscaped)
                out.text.append(
                    it->toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&#39;")));
            else
                out.text.append(*it);
            if (it->isEmpty() && !out.empty.contains(piece.token))
                out.empty.append(piece.token);
        }
    }
    return out;
}

} // namespace

Rendered render(QStringView text, const QHash<QString, QString> &values, Values how)
{
    return renderPieces(cut(text), text.size(), values, how);
}

Preflight preflight(const QList<Recipient> &recipients, QStringView text, Medium medium)
{
    const QList<Piece> pieces = cut(text);
    // Translated once, not once per recipient.
    const QString blocked = tr("blocked");
    const QString optedOut = tr("opted out of messages");
    const QString noPhone = tr("no phone number");
    const QString noEmail = tr("no email address");
    const QString noValue = tr("no value for %1");
    Preflight result;
    result.checks.reserve(recipients.size());
    for (const Recipient &recipient : recipients) {
        Check check;
        check.recipient = recipient;
        if (medium == Medium::Sms && recipient.blocked)
            check.reason = blocked;
        else if (medium == Medium::Sms && recipient.optedOut)
            check.reason = optedOut;
        else if (medium == Medium::Sms && recipient.phone.isEmpty())
            check.reason = noPhone;
        else if (medium == Medium::Email && recipient.email.isEmpty())
            check.reason = noEmail;
        check.send = check.reason.isEmpty();
        if (check.send) {
            check.rendered =
                renderPieces(pieces, text.size(), recipient.values,
                             medium == Medium::Email ? Values::HtmlEscaped : Values::AsText);
            if (!check.rendered.empty.isEmpty()) {
                check.reason = noValue.arg(check.rendered.empty.join(QLatin1String(", ")));
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
        result.checks.append(std::move(check));
    }
    return result;
}

} // namespace ContactDesk::Compose
