#pragma once

#include <QColor>
#include <QPalette>

// Colours that read well in light and in dark palettes. Every colour the
// app adds to Qt's own comes from here, chosen against the palette in use
// (the application's, or a widget's), so nothing is fixed to a light theme.
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

// For widgets: setTone()/clearTone() in views/Tone.h.

} // namespace ContactDesk::ContrastColors
