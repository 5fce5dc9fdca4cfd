#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

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

} // namespace ContactDesk::SearchText
