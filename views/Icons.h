#pragma once

#include <QIcon>
#include <QPalette>

class QWidget;

namespace ContactDesk::Views::Icons {

// An action icon from :/icons/actions/<name>.svg, drawn in the palette's
// button text colour (dimmed when disabled), rendered from the SVG at the
// size and device pixel ratio asked for: sharp at any scale, right in light
// and dark palettes.
QIcon themed(const QString &name, const QPalette &palette);

// Gives every QAction under `root` whose "iconName" property is set its
// themed icon; call again when the palette changes.
void applyToActions(QWidget *root);

} // namespace ContactDesk::Views::Icons
