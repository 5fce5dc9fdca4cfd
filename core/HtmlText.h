#pragma once

#include <QString>

// Plain text and HTML, without a GUI module: the plain-text part of an
// email made from its HTML body, and text escaped for HTML. Bounded: a
// single pass over the input, no recursion.
namespace ContactDesk::HtmlText {

// What a reader sees of an HTML fragment, as text: tags dropped (with the
// contents of script, style, head and title), block elements (p, div, br,
// li, h1–h6, tr, table, blockquote, pre, hr …) on lines of their own, runs
// of white space as one space (kept as written inside pre), character
// references decoded, no-break spaces as spaces.
QString toPlainText(const QString &html);

// Text safe to put in HTML: & < > " and ' escaped.
QString escaped(const QString &text);

// Untrusted text for a place Qt guesses the format of (tool tips): shown
// exactly as written, whatever markup it holds.
QString forToolTip(const QString &text);

} // namespace ContactDesk::HtmlText
