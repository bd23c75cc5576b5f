#include "app/receipt/ConsentReceipt.h"

#include "app/journal/Journal.h"
#include "app/receipt/PrintDocument.h"
#include "app/receipt/SignatureImage.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>

namespace fortrolig {

namespace {
QString fill(QString text, const QList<std::pair<QString, QString>>& values)
{
    for (const auto& [key, value] : values)
        text.replace(QLatin1Char('{') + key + QLatin1Char('}'), value);
    return text;
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

QString ConsentReceipt::dateText(QDate d, const QString& language)
{
    // Danish (and its neighbours) write the day as an ordinal: "1. december 2026".
    static const QStringList ordinalDay = {QStringLiteral("da"), QStringLiteral("nb"),
                                           QStringLiteral("nn"), QStringLiteral("no"),
                                           QStringLiteral("de"), QStringLiteral("is")};
    const QLocale locale(language);
    const QString base = locale.name().section(QLatin1Char('_'), 0, 0);
    return locale.toString(d, ordinalDay.contains(base) ? QStringLiteral("d. MMMM yyyy")
                                                        : QStringLiteral("d MMMM yyyy"));
}

QStringList ConsentReceipt::sentences(const ConsentRecord& r, const ConsentTemplate& form)
{
    // The day in this computer's time zone, not in UTC: the day of signing as the journal
    // wrote it, wherever the receipt is made in the zone it was signed in (Denmark, for all).
    const QDate signedOn = r.signedAt.toLocalTime().date();
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
        for (const ConsentGrant& g : r.grants) {
            out << form.grantSentence(r.processor, r.controller, g);
            for (const ConsentTemplate::RecipientKindText& k : form.recipients())
                if (k.kind == g.recipient.kind && !k.explanation.isEmpty())
                    out << k.explanation;
        }
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
    const QString date = dateText(w.at.toLocalTime().date(), form.language());
    QStringList out;
    out << form.receiptPhrase(QStringLiteral("withdrawalTitle")) << r.citizenName;
    out << fill(form.text(QStringLiteral("controller")),
                {{QStringLiteral("municipality"), r.controller}});
    if (w.recipient.kind.isEmpty()) {
        out << fill(form.receiptPhrase(QStringLiteral("withdrawnAll")),
                    {{QStringLiteral("date"), date}});
    } else {
        const ConsentGrant withdrawn{w.recipient, w.categories,
                                     w.direction.value_or(Direction::Tell)};
        out << fill(form.grantSentence(r.processor, r.controller, withdrawn, true),
                    {{QStringLiteral("date"), date}});
        out << form.receiptPhrase(QStringLiteral("stillValid"));
    }
    out << form.text(QStringLiteral("rights"));
    return out << closingLines(r, form);
}

namespace {
// Title, the person's name, the sentences, the signature (if any) drawn from its strokes,
// and the reference line last, in small print. Black on white (PrintDocument), whatever the
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
    PrintDocument::draw(p, doc);
    int top = int(doc.size().height()) + 40;
    if (!signatureJson.isEmpty()) {
        const QSize sigSize(page.width() / 3, page.width() / 9);
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
    p.translate(0, top + 40);
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
