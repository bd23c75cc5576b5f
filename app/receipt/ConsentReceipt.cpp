#include "receipt/ConsentReceipt.h"

#include "receipt/SignatureImage.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace fortrolig {

namespace {
QString fill(QString text, const QList<std::pair<QString, QString>>& values)
{
    for (const auto& [key, value] : values)
        text.replace(QLatin1Char('{') + key + QLatin1Char('}'), value);
    return text;
}

QString dateText(const QDate& d, const QString& language)
{
    return QLocale(language).toString(d, QStringLiteral("d MMMM yyyy"));
}

} // namespace

QStringList ConsentReceipt::sentences(const ConsentRecord& r, const ConsentTemplate& form)
{
    const QDate signedOn = QDateTime::fromString(r.signedAt, Qt::ISODateWithMs).date();
    QStringList out;
    out << form.receiptPhrase(QStringLiteral("title")) << r.citizenName
        << form.receiptPhrase(QStringLiteral("intro"));
    out << fill(form.text(QStringLiteral("controller")),
                {{QStringLiteral("municipality"), r.controller}});
    out << fill(form.text(QStringLiteral("processor")),
                {{QStringLiteral("provider"), r.processor}});
    if (r.status != QStringLiteral("given") || r.grants.isEmpty()) {
        out << form.receiptPhrase(QStringLiteral("nothingShared"));
    } else {
        for (const ConsentGrant& g : r.grants)
            out << form.shareSentence(r.processor, g.recipient, g.categories);
        out << (r.validUntil.isValid()
                    ? fill(form.receiptPhrase(QStringLiteral("validUntil")),
                           {{QStringLiteral("date"), dateText(r.validUntil, form.language())}})
                    : form.receiptPhrase(QStringLiteral("untilCourseEnd")));
    }
    out << form.text(QStringLiteral("withdraw")) << form.text(QStringLiteral("rights"));
    out << fill(form.receiptPhrase(QStringLiteral("signed")),
                {{QStringLiteral("signer"), r.signer},
                 {QStringLiteral("place"), r.place},
                 {QStringLiteral("date"), dateText(signedOn, form.language())}});
    if (r.signerRole == QStringLiteral("guardian"))
        out << form.receiptPhrase(QStringLiteral("guardian"));
    out << fill(form.receiptPhrase(QStringLiteral("consultant")),
                {{QStringLiteral("consultant"), r.consultant}});
    out << fill(form.receiptPhrase(QStringLiteral("reference")),
                {{QStringLiteral("id"), r.id},
                 {QStringLiteral("template"), r.templateId},
                 {QStringLiteral("version"), QString::number(r.templateVersion)},
                 {QStringLiteral("hash"), r.textHash}});
    return out;
}

Error ConsentReceipt::writePdf(const ConsentRecord& r, const ConsentTemplate& form,
                               const QString& path)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    pdf.setResolution(300);
    pdf.setTitle(form.receiptPhrase(QStringLiteral("title")));
    pdf.setCreator(QStringLiteral("Fortrolig"));
    QPainter p;
    if (!p.begin(&pdf))
        return Error(ErrorCode::IoError, QStringLiteral("cannot write the receipt"));
    const QRect page = p.viewport();
    const QStringList lines = sentences(r, form);
    QString html = QStringLiteral("<div dir=\"%1\">")
                       .arg(form.rightToLeft() ? QStringLiteral("rtl") : QStringLiteral("ltr"));
    html += QStringLiteral("<h1>") + lines.at(0).toHtmlEscaped() + QStringLiteral("</h1><h2>") +
            lines.at(1).toHtmlEscaped() + QStringLiteral("</h2>");
    for (qsizetype i = 2; i + 1 < lines.size(); ++i)
        html += QStringLiteral("<p>") + lines.at(i).toHtmlEscaped() + QStringLiteral("</p>");
    html += QStringLiteral("</div>");
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&pdf); // point sizes at the PDF's resolution
    doc.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 11));
    doc.setPageSize(QSizeF(page.width(), page.height()));
    doc.setTextWidth(page.width());
    doc.setHtml(html);
    doc.drawContents(&p);
    // The signature drawn again from its strokes, then the reference line with the hashes.
    const int top = int(doc.size().height()) + 40;
    const QSize sigSize(page.width() / 3, page.width() / 9);
    if (!r.signature.isEmpty()) {
        auto signature = Signature::fromJson(r.signature);
        p.drawImage(QPoint(0, top),
                    renderSignature(signature.ok() ? signature.value() : Signature{}, sigSize));
        p.drawLine(0, top + sigSize.height(), sigSize.width(), top + sigSize.height());
    }
    QTextDocument ref;
    ref.documentLayout()->setPaintDevice(&pdf);
    ref.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 8));
    ref.setTextWidth(page.width());
    ref.setPlainText(lines.last());
    p.translate(0, top + sigSize.height() + 40);
    ref.drawContents(&p);
    if (!p.end())
        return Error(ErrorCode::IoError, QStringLiteral("cannot finish the receipt"));
    return QFile::exists(path) ? Error()
                               : Error(ErrorCode::IoError, QStringLiteral("receipt file"));
}

} // namespace fortrolig
