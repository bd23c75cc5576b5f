#include "app/receipt/PrintDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>

namespace fortrolig {

QPalette PrintDocument::palette()
{
    const QColor ink(Qt::black);
    const QColor paper(Qt::white);
    QPalette p(ink, paper);
    for (auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        for (auto role :
             {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::BrightText,
              QPalette::Link, QPalette::LinkVisited, QPalette::HighlightedText,
              QPalette::PlaceholderText, QPalette::ToolTipText})
            p.setColor(group, role, ink);
        for (auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase,
                          QPalette::Button, QPalette::Highlight, QPalette::ToolTipBase})
            p.setColor(group, role, paper);
    }
    return p;
}

Error PrintDocument::begin(QPainter& p, QPagedPaintDevice& device)
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    if (!p.begin(&device))
        return Error(ErrorCode::IoError, QStringLiteral("cannot begin the page"));
    p.fillRect(p.viewport(), Qt::white);
    p.setPen(QPen(Qt::black));
    p.setBrush(Qt::NoBrush);
    return {};
}

void PrintDocument::prepare(QTextDocument& doc, QPagedPaintDevice& device, const QFont& font,
                            qreal width)
{
    doc.documentLayout()->setPaintDevice(&device); // point sizes at the device's resolution
    doc.setDefaultFont(font);
    // Explicit colours in the text's own formats, so that even a plain drawContents() could
    // not fall back to the screen's palette.
    doc.setDefaultStyleSheet(QStringLiteral("body { color: #000000; background-color: #ffffff; }"
                                            " h1, h2, h3, p, div, span, a { color: #000000; }"));
    doc.setTextWidth(width);
}

void PrintDocument::draw(QPainter& p, QTextDocument& doc)
{
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette();
    p.save();
    p.setPen(QPen(Qt::black));
    doc.documentLayout()->draw(&p, context);
    p.restore();
}

Error PrintDocument::drawPages(QPainter& p, QPagedPaintDevice& device, QTextDocument& doc, int* end)
{
    const QRect page = p.viewport();
    doc.setPageSize(QSizeF(page.width(), page.height()));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette();
    for (int i = 0; i < doc.pageCount(); ++i) {
        if (i > 0) {
            if (!device.newPage())
                return Error(ErrorCode::IoError, QStringLiteral("cannot add a page"));
            p.fillRect(page, Qt::white);
        }
        p.save();
        p.setPen(QPen(Qt::black));
        p.setClipRect(QRect(0, 0, page.width(), page.height()));
        p.translate(0, -i * page.height());
        context.clip = QRectF(0, i * page.height(), page.width(), page.height());
        doc.documentLayout()->draw(&p, context);
        p.restore();
    }
    if (end) {
        const qreal bottom = doc.documentLayout()->blockBoundingRect(doc.lastBlock()).bottom();
        *end = int(bottom) - (doc.pageCount() - 1) * page.height();
    }
    return {};
}

Result<int> PrintDocument::room(QPainter& p, QPagedPaintDevice& device, int top, int height)
{
    const QRect page = p.viewport();
    if (top + height <= page.height() || top == 0)
        return top;
    if (!device.newPage())
        return Error(ErrorCode::IoError, QStringLiteral("cannot add a page"));
    p.fillRect(page, Qt::white);
    return 0;
}

Result<QByteArray> PrintDocument::pdf(const QString& title,
                                      const std::function<Error(QPagedPaintDevice&)>& draw,
                                      Archive archive)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        if (!buffer.open(QIODevice::WriteOnly))
            return Error(ErrorCode::Internal, QStringLiteral("PDF buffer"));
        QPdfWriter pdf(&buffer);
        pdf.setResolution(300);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Fortrolig"));
        if (archive == Archive::PdfA)
            pdf.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        if (Error e = draw(pdf))
            return e;
    }
    if (bytes.isEmpty())
        return Error(ErrorCode::Internal, QStringLiteral("empty PDF"));
    return bytes;
}

} // namespace fortrolig
