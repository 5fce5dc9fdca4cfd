#pragma once

#include "core/FastFind.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <string_view>

namespace ContactDesk::SearchText {

// Text folded for matching what people type: case folded, accents and other
// combining marks removed (é -> e, Ø stays ø folded to ø), runs of white
// space made one space; UTF-8, so substring search works byte-wise for every
// script.
QByteArray fold(const QString &text);

// What a search box query means. A query of digits and phone punctuation
// ("415 555", "(415) 5", "+1 415") searches phone numbers by their digits;
// anything else is words that must all occur (in any field).
struct Query
{
    bool phone = false;
    QByteArray digits;       // phone queries
    QList<QByteArray> terms; // folded words
    bool isEmpty() const { return digits.isEmpty() && terms.isEmpty(); }
    // True when every match of `narrower` is also a match of this query, so
    // a search can refine the previous result instead of starting over.
    bool contains(const Query &narrower) const;
};

Query parse(const QString &text);

// The text a contact's words are matched against, the same for the window's
// search box and contactdesk-cli: the folded display name, ended by " \x1f "
// (so it sorts without folding again), then first and last name when the
// display name is not just them, the email and every custom value. Phone
// queries match the phone's digits instead. Tags and owners are not in it:
// they have filters of their own.
QByteArray ofContact(const QJsonObject &fields);

inline bool containsBytes(std::string_view haystack, const QByteArray &needle)
{
    if (needle.isEmpty())
        return true;
    if (haystack.size() < static_cast<size_t>(needle.size()))
        return false;
    return fastFind(haystack.data(), haystack.size(), needle.constData(),
                    static_cast<size_t>(needle.size())) != nullptr;
}

// Whether a contact with this phone (E.164 digits) and text (ofContact)
// matches the query; an empty query matches everyone.
inline bool matches(const Query &query, std::string_view phoneDigits, std::string_view text)
{
    if (query.isEmpty())
        return true;
    if (query.phone)
        return containsBytes(phoneDigits, query.digits);
    for (const QByteArray &term : query.terms) {
        if (!containsBytes(text, term))
            return false;
    }
    return true;
}

} // namespace ContactDesk::SearchText
