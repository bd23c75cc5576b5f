#include "app/receipt/ConsentReceipt.h"

#include "app/consent/ReceiptText.h"
#include "app/journal/Journal.h"
#include "app/receipt/PrintDocument.h"
#include "app/receipt/SignatureImage.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>

namespace fortrolig {

QString ConsentReceipt::dateText(QDate date, const QString& language)
{
    return ReceiptText::dateText(date, language);
}

QStringList ConsentReceipt::sentences(const ConsentRecord& r, const ConsentTemplate& form)
{
    return ReceiptText::sentences(r, form);
}

QStringList ConsentReceipt::withdrawalSentences(const ConsentRecord& r, const ConsentTemplate& form,
                                                int index)
{
    return ReceiptText::withdrawalSentences(r, form, index);
}

namespace {
// Title, the person's name, the sentences, the signature (if any) drawn from its strokes,
// and the reference line last, in small print, over as many pages as they need (the
// signature and the reference never split). Black on white (PrintDocument), whatever the
// desktop's palette.
Error paint(QPagedPaintDevice& device, const QStringList& lines, bool rtl,
            const QByteArray& signatureJson)
{
    QPainter p;
    if (PrintDocument::begin(p, device))
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
    PrintDocument::prepare(doc, device, QFont(QStringLiteral("DejaVu Sans"), 11), page.width());
    doc.setHtml(html);
    int top = 0;
    if (Error e = PrintDocument::drawPages(p, device, doc, &top))
        return e;
    top += 40;
    if (!signatureJson.isEmpty()) {
        const QSize sigSize(page.width() / 3, page.width() / 9);
        auto at = PrintDocument::room(p, device, top, sigSize.height());
        if (!at.ok())
            return at.error();
        top = at.value();
        auto signature = Signature::fromJson(signatureJson);
        p.drawImage(
            QPoint(0, top),
            renderSignature(signature.ok() ? signature.value() : Signature{}, sigSize, true));
        p.setPen(QPen(Qt::black));
        p.drawLine(0, top + sigSize.height(), sigSize.width(), top + sigSize.height());
        top += sigSize.height();
    }
    QTextDocument ref;
    // Monospaced: ids and hashes are read and typed character by character, and a
    // proportional font joins "ff" or "fi" in them into one ligature glyph.
    PrintDocument::prepare(ref, device, QFont(QStringLiteral("DejaVu Sans Mono"), 8), page.width());
    ref.setPlainText(lines.last());
    auto at = PrintDocument::room(p, device, top + 40, int(ref.size().height()));
    if (!at.ok())
        return at.error();
    p.translate(0, at.value());
    PrintDocument::draw(p, ref);
    if (!p.end())
        return Error(ErrorCode::IoError, QStringLiteral("cannot finish the receipt"));
    return {};
}
} // namespace

Error ConsentReceipt::render(const ConsentRecord& r, const ConsentTemplate& form,
                             QPagedPaintDevice& device, int withdrawal)
{
    if (withdrawal < 0)
        return paint(device, sentences(r, form), form.rightToLeft(), r.signature);
    if (withdrawal >= r.withdrawals.size())
        return Error(ErrorCode::NotFound, QStringLiteral("withdrawal"));
    return paint(device, withdrawalSentences(r, form, withdrawal), form.rightToLeft(), {});
}

Result<QByteArray> ConsentReceipt::pdf(const ConsentRecord& r, const ConsentTemplate& form,
                                       int withdrawal)
{
    if (withdrawal >= r.withdrawals.size())
        return Error(ErrorCode::NotFound, QStringLiteral("withdrawal"));
    return PrintDocument::pdf(form.receiptPhrase(withdrawal < 0
                                                     ? QStringLiteral("title")
                                                     : QStringLiteral("withdrawalTitle")),
                              [&](QPagedPaintDevice& d) { return render(r, form, d, withdrawal); });
}

Error ConsentReceipt::save(Journal& journal, const ConsentRecord& r, const ConsentTemplate& form,
                           int withdrawal, const QString& path)
{
    auto bytes = pdf(r, form, withdrawal);
    if (!bytes.ok())
        return bytes.error();
    return journal.exportFile(r.citizenId,
                              withdrawal < 0 ? QStringLiteral("consent receipt")
                                             : QStringLiteral("withdrawal receipt"),
                              path, bytes.value());
}

const ConsentTemplate* ConsentReceipt::formFor(const ConsentRecord& r,
                                               const TemplateCatalogue& catalogue, QString* problem)
{
    if (r.templateId == QStringLiteral("paper")) {
        *problem = tr("A consent signed on paper has the paper copy as its receipt.");
        return nullptr;
    }
    const ConsentTemplate* form = catalogue.find(r.templateId, r.language, r.templateVersion);
    if (!form) {
        // Another version's text would not be what the citizen was shown.
        *problem = tr("The form this consent was given on (%1, version %2, %3) is not installed "
                      "here, so its receipt cannot be made.")
                       .arg(r.templateId)
                       .arg(r.templateVersion)
                       .arg(r.language);
        return nullptr;
    }
    problem->clear();
    return form;
}

} // namespace fortrolig
