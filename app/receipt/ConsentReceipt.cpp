#include "receipt/ConsentReceipt.h"

#include "receipt/SignatureImage.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <functional>

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

// Every receipt ends the same way: the consultant, then the reference that ties it to the
// record (the consent's id, the form's version and the hash of its text).
QStringList closingLines(const ConsentRecord& r, const ConsentTemplate& form)
{
    return {fill(form.receiptPhrase(QStringLiteral("consultant")),
                 {{QStringLiteral("consultant"), r.consultant}}),
            fill(form.receiptPhrase(QStringLiteral("reference")),
                 {{QStringLiteral("id"), r.id},
                  {QStringLiteral("template"), r.templateId},
                  {QStringLiteral("version"), QString::number(r.templateVersion)},
                  {QStringLiteral("hash"), r.textHash}})};
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
    return out << closingLines(r, form);
}

QStringList ConsentReceipt::withdrawalSentences(const ConsentRecord& r, const ConsentTemplate& form,
                                                int index)
{
    const ConsentWithdrawal& w = r.withdrawals.at(index);
    const QString date =
        dateText(QDateTime::fromString(w.at, Qt::ISODateWithMs).date(), form.language());
    QStringList out;
    out << form.receiptPhrase(QStringLiteral("withdrawalTitle")) << r.citizenName;
    out << fill(form.text(QStringLiteral("controller")),
                {{QStringLiteral("municipality"), r.controller}});
    if (w.recipient.kind.isEmpty()) {
        out << fill(form.receiptPhrase(QStringLiteral("withdrawnAll")),
                    {{QStringLiteral("date"), date}});
    } else {
        out << fill(form.shareSentence(r.processor, w.recipient, w.categories,
                                       QStringLiteral("withdrawnSome")),
                    {{QStringLiteral("date"), date}});
        out << form.receiptPhrase(QStringLiteral("stillValid"));
    }
    out << form.text(QStringLiteral("rights"));
    return out << closingLines(r, form);
}

namespace {
// Title, the person's name, the sentences, the signature (if any) drawn from its strokes,
// and the reference line last, in small print.
Error paint(QPagedPaintDevice& device, const QStringList& lines, bool rtl,
            const QByteArray& signatureJson)
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    QPainter p;
    if (!p.begin(&device))
        return Error(ErrorCode::IoError, QStringLiteral("cannot write the receipt"));
    const QRect page = p.viewport();
    QString html =
        QStringLiteral("<div dir=\"%1\">").arg(rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"));
    html += QStringLiteral("<h1>") + lines.at(0).toHtmlEscaped() + QStringLiteral("</h1><h2>") +
            lines.at(1).toHtmlEscaped() + QStringLiteral("</h2>");
    for (qsizetype i = 2; i + 1 < lines.size(); ++i)
        html += QStringLiteral("<p>") + lines.at(i).toHtmlEscaped() + QStringLiteral("</p>");
    html += QStringLiteral("</div>");
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device); // point sizes at the device's resolution
    doc.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 11));
    doc.setPageSize(QSizeF(page.width(), page.height()));
    doc.setTextWidth(page.width());
    doc.setHtml(html);
    doc.drawContents(&p);
    int top = int(doc.size().height()) + 40;
    if (!signatureJson.isEmpty()) {
        const QSize sigSize(page.width() / 3, page.width() / 9);
        auto signature = Signature::fromJson(signatureJson);
        p.drawImage(
            QPoint(0, top),
            renderSignature(signature.ok() ? signature.value() : Signature{}, sigSize, true));
        p.drawLine(0, top + sigSize.height(), sigSize.width(), top + sigSize.height());
        top += sigSize.height();
    }
    QTextDocument ref;
    ref.documentLayout()->setPaintDevice(&device);
    // Monospaced: ids and hashes are read and typed character by character, and a
    // proportional font joins "ff" or "fi" in them into one ligature glyph.
    ref.setDefaultFont(QFont(QStringLiteral("DejaVu Sans Mono"), 8));
    ref.setTextWidth(page.width());
    ref.setPlainText(lines.last());
    p.translate(0, top + 40);
    ref.drawContents(&p);
    if (!p.end())
        return Error(ErrorCode::IoError, QStringLiteral("cannot finish the receipt"));
    return {};
}

Error toPdf(const QString& path, const QString& title,
            const std::function<Error(QPagedPaintDevice&)>& draw)
{
    {
        QPdfWriter pdf(path);
        pdf.setResolution(300);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Fortrolig"));
        if (Error e = draw(pdf))
            return e;
    }
    return QFile::exists(path) ? Error()
                               : Error(ErrorCode::IoError, QStringLiteral("receipt file"));
}
} // namespace

Error ConsentReceipt::render(const ConsentRecord& r, const ConsentTemplate& form,
                             QPagedPaintDevice& device)
{
    return paint(device, sentences(r, form), form.rightToLeft(), r.signature);
}

Error ConsentReceipt::writePdf(const ConsentRecord& r, const ConsentTemplate& form,
                               const QString& path)
{
    return toPdf(path, form.receiptPhrase(QStringLiteral("title")),
                 [&](QPagedPaintDevice& d) { return render(r, form, d); });
}

Error ConsentReceipt::renderWithdrawal(const ConsentRecord& r, const ConsentTemplate& form,
                                       int index, QPagedPaintDevice& device)
{
    if (index < 0 || index >= r.withdrawals.size())
        return Error(ErrorCode::NotFound, QStringLiteral("withdrawal"));
    return paint(device, withdrawalSentences(r, form, index), form.rightToLeft(), {});
}

Error ConsentReceipt::writeWithdrawalPdf(const ConsentRecord& r, const ConsentTemplate& form,
                                         int index, const QString& path)
{
    return toPdf(path, form.receiptPhrase(QStringLiteral("withdrawalTitle")),
                 [&](QPagedPaintDevice& d) { return renderWithdrawal(r, form, index, d); });
}

} // namespace fortrolig
