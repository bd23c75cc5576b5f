#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace fortrolig {

// Colours for what must stand out on screen, derived from the palette so that they read in
// light and dark themes alike. (Paper never uses these: receipt/PrintDocument is always black
// on white.)
namespace Colours {

// A banner that asks for attention: the palette's tool-tip colours, which every theme makes a
// set-apart box with its own readable text.
void makeNotice(QWidget* widget);

// The text of an error or a warning on `palette`'s window: red, light on a dark window and
// dark on a light one, so that it keeps a contrast of at least 4.5:1 (WCAG AA).
QColor warningText(const QPalette& palette);

// Secondary text on `palette`'s `background` (a note's date and author): the text colour
// moved towards the background as far as a contrast of 4.5:1 allows.
QColor quietText(const QPalette& palette, QPalette::ColorRole background = QPalette::Base);

// The contrast ratio of two colours (WCAG 2: 1 to 21).
double contrast(const QColor& a, const QColor& b);

} // namespace Colours

} // namespace fortrolig
