#include "app/receipt/SharedDocument.h"

#include "app/receipt/PrintDocument.h"

#include <QPainter>
#include <QTextDocument>

namespace fortrolig {

Error SharedDocument::render(const QString& title, const QString& text, QPagedPaintDevice& device)
{
    QPainter p;
    if (PrintDocument::begin(p, device))
        return Error(ErrorCode::IoError, QStringLiteral("cannot write the document"));
    QTextDocument doc;
    PrintDocument::prepare(doc, device, QFont(QStringLiteral("DejaVu Sans"), 11),
                           p.viewport().width());
    doc.setHtml(QStringLiteral("<h2>") + title.toHtmlEscaped() + QStringLiteral("</h2><p>") +
                text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
                QStringLiteral("</p>"));
    if (Error e = PrintDocument::drawPages(p, device, doc))
        return e;
    if (!p.end())
        return Error(ErrorCode::IoError, QStringLiteral("cannot finish the document"));
    return {};
}

Result<QByteArray> SharedDocument::pdf(const QString& title, const QString& text)
{
    return PrintDocument::pdf(title, [&](QPagedPaintDevice& d) { return render(title, text, d); });
}

} // namespace fortrolig
