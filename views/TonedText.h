#pragma once

#include "models/ContrastColors.h"

class QWidget;

namespace ContactDesk::Views {

// Gives a label or button the tone's text colour (ContrastColors::text against the
// application's palette), and keeps it right when that palette changes
// (a switch to a dark theme while the app runs).
void setTone(QWidget *widget, ContrastColors::Tone tone);
// Back to the palette's own text colour.
void clearTone(QWidget *widget);

} // namespace ContactDesk::Views
