#pragma once

#include <QColor>
#include <QPalette>

// Colours that read well in light and in dark palettes. Every colour the
// app adds to Qt's own comes from here: text tones chosen against the
// palette in use (the application's, or a widget's), and a few fixed
// colours that bring their own background, so they read the same on light
// and dark palettes. The team's tag colours are the team's own; the text
// on them is textOn().
namespace ContactDesk::ContrastColors {

enum class Tone
{
    Error,   // refusals, failed edits and sends, invalid rows
    Warning, // waiting to be sent
    Conflict,
    Muted // hints, excluded recipients
};

// The application's palette; a default one where there is no
// QGuiApplication (models used from the command line or GUI-less tests).
QPalette applicationPalette();
bool isDark(const QPalette &palette);
// A text colour of that tone for text on the palette's base and window.
QColor text(Tone tone, const QPalette &palette);
// Black or white, whichever reads better on `background` (tag chips).
QColor textOn(const QColor &background);
// WCAG 2 contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b);

// Fixed on purpose: the window's error banner is white on a deep red
// (7.3:1) whatever the palette, so it stands out on light and dark alike.
QColor errorBannerText();
QColor errorBannerBackground();
// A tag chip's background for a tag the team gave no colour: slate grey
// (black text on it, 4.8:1).
QColor tagWithoutColor();

// For widgets: setTone()/clearTone() in views/TonedText.h.

} // namespace ContactDesk::ContrastColors
