#pragma once

#include "app/core/Error.h"

#include <QByteArray>
#include <QFont>
#include <QPalette>
#include <functional>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace fortrolig {

// Everything Fortrolig puts on paper (consent and withdrawal receipts, shared documents, and
// whatever comes later) is drawn through here: black text on white paper, whatever the
// desktop's theme. Nothing here reads QGuiApplication::palette(): a QTextDocument drawn with
// drawContents() takes its text colour from the screen's palette, which under a dark theme is
// near-white, on white paper.
namespace PrintDocument {

// Black on white in every colour group (links and highlights too).
QPalette palette();

// A4 with 20 mm margins; begins painting, fills the page white and sets a black pen.
Error begin(QPainter& painter, QPagedPaintDevice& device);

// A text document laid out for `device` (point sizes at its resolution) at `width`, with a
// default style sheet that makes its text black on white. Call before setHtml/setPlainText.
void prepare(QTextDocument& document, QPagedPaintDevice& device, const QFont& font, qreal width);

// Draws the document at the painter's origin with palette(), never the screen's.
void draw(QPainter& painter, QTextDocument& document);
// The same over as many pages as it needs, from the top of the current page. `end`, if given,
// is where the text ends on the last page, for what is drawn after it.
Error drawPages(QPainter& painter, QPagedPaintDevice& device, QTextDocument& document,
                int* end = nullptr);
// A new page, white, unless `height` still fits below `top` on this one; returns where to
// draw it.
Result<int> room(QPainter& painter, QPagedPaintDevice& device, int top, int height);

// Archive::PdfA: a PDF/A-1b file (Qt's writer: fonts embedded, XMP metadata with the PDF/A
// identification, no transparency), for documents the municipality keeps in its records.
enum class Archive
{
    No,
    PdfA
};

// A PDF in memory (300 dpi; nothing is written to disk): `draw` paints its pages.
Result<QByteArray> pdf(const QString& title, const std::function<Error(QPagedPaintDevice&)>& draw,
                       Archive archive = Archive::No);

} // namespace PrintDocument

} // namespace fortrolig
