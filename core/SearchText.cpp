#include "core/SearchText.h"

#include "core/ContactFields.h"

namespace ContactDesk::SearchText {

QByteArray fold(const QString &text)
{
    // Fast path: plain ASCII needs only lower-casing and space folding.
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    QString folded;
    if (ascii) {
        folded = text.toLower();
    } else {
        const QString decomposed = text.normalized(QString::NormalizationForm_KD);
        folded.reserve(decomposed.size());
        for (const QChar c : decomposed) {
            const QChar::Category category = c.category();
            if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
                category == QChar::Mark_Enclosing)
                continue;
            folded.append(c);
        }
        folded = folded.toCaseFolded();
    }
    QByteArray out;
    out.reserve(folded.size());
    bool space = true; // drop leading spaces
    const QByteArray utf8 = folded.toUtf8();
    for (const char c : utf8) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (!space)
                out.append(' ');
            space = true;
        } else {
            out.append(c);
            space = false;
        }
    }
    if (out.endsWith(' '))
        out.chop(1);
    return out;
}

Query parse(const QString &text)
{
    Query query;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return query;
    bool phoneLike = false;
    bool other = false;
    for (const QChar c : trimmed) {
        if (c.isDigit())
            phoneLike = true;
        else if (!(c == QLatin1Char(' ') || c == QLatin1Char('(') || c == QLatin1Char(')') ||
                   c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('+') ||
                   c == QLatin1Char('/')))
            other = true;
    }
    if (phoneLike && !other) {
        query.phone = true;
        for (const QChar c : trimmed) {
            if (c.isDigit())
                query.digits.append(static_cast<char>('0' + c.digitValue()));
        }
        return query;
    }
    const QList<QByteArray> words = fold(trimmed).split(' ');
    for (const QByteArray &word : words) {
        if (!word.isEmpty() && !query.terms.contains(word))
            query.terms.append(word);
    }
    return query;
}

QByteArray ofContact(const QJsonObject &fields)
{
    const QString displayName = fields.value(Field::displayName).toString();
    const QString first = fields.value(Field::first).toString();
    const QString last = fields.value(Field::last).toString();
    QString rest = fields.value(Field::email).toString();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!Field::isCustom(it.key()))
            continue;
        const QString value = it.value().toString();
        if (!value.isEmpty())
            rest += QLatin1Char(' ') + value;
    }
    if (displayName != QString(first + QLatin1Char(' ') + last).trimmed())
        rest = first + QLatin1Char(' ') + last + QLatin1Char(' ') + rest;
    return fold(displayName) + " \x1f " + fold(rest);
}

bool Query::contains(const Query &narrower) const
{
    if (isEmpty())
        return true;
    if (phone != narrower.phone)
        return false;
    if (phone)
        return narrower.digits.contains(digits);
    // Every term of ours must be inside some term of the narrower query.
    for (const QByteArray &term : terms) {
        const bool covered = std::any_of(narrower.terms.cbegin(), narrower.terms.cend(),
                                         [&term](const QByteArray &t) { return t.contains(term); });
        if (!covered)
            return false;
    }
    return true;
}

} // namespace ContactDesk::SearchText
