#pragma once

#include "models/ContrastColors.h"

class QLabel;
class QString;
class QWidget;

namespace ContactDesk::Views {

// Gives a label or button the tone's text colour (ContrastColors::text against the
// application's palette), and keeps it right when that palette changes
// (a switch to a dark theme while the app runs).
void setTone(QWidget *widget, ContrastColors::Tone tone);
// Back to the palette's own text colour.
void clearTone(QWidget *widget);

// A hint under a form field: hidden until there is something to say,
// wrapped, plain text (hints quote what people typed and the team's names).
QLabel *hintLabel(QWidget *parent, const QString &objectName);
// Shows `text` in the hint, in the error tone or muted; empty hides it.
void showHint(QLabel *hint, const QString &text, bool error);

} // namespace ContactDesk::Views
