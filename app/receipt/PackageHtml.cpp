// The parts of the access package's and the hand-over package's PDFs that read the same
// JSON parts (app/journal/PackageParts.h): values, tables, notes, consents, disclosures and
// the items to review.
#include "app/receipt/PackageHtml.h"
#include "app/core/Dates.h"

#include "app/journal/Records.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QTextDocument>

namespace fortrolig::PackageHtml {

QString tr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("fortrolig::PackageHtml", text, disambiguation, n);
}

QString esc(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("–");
    if (v.isBool())
        return v.toBool() ? tr("yes") : tr("no");
    if (v.isDouble())
        return QString::number(v.toInteger());
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue& item : v.toArray())
            parts << item.toString();
        return parts.join(QStringLiteral(", ")).toHtmlEscaped();
    }
    const QString s = v.toString();
    // A moment as the reader's language writes it, in this computer's time zone.
    static const QRegularExpression moment(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:"));
    if (moment.match(s).hasMatch()) {
        const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (t.isValid())
            return Dates::moment(t).toHtmlEscaped();
    }
    return s.isEmpty() ? QStringLiteral("–") : s.toHtmlEscaped();
}

QString heading(const QString& text)
{
    return QStringLiteral("<h2>") + text.toHtmlEscaped() + QStringLiteral("</h2>");
}

// A table of `rows` (JSON objects) with one column per key, under the given headers.
QString table(const QJsonArray& rows, const QStringList& keys, const QStringList& headers)
{
    if (rows.isEmpty())
        return QStringLiteral("<p>") + tr("None.") + QStringLiteral("</p>");
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                  "width=\"100%\"><tr>");
    for (const QString& h : headers)
        html += QStringLiteral("<th align=\"left\">") + h.toHtmlEscaped() + QStringLiteral("</th>");
    html += QStringLiteral("</tr>");
    for (const QJsonValue& row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString& key : keys)
            html +=
                QStringLiteral("<td>") + esc(row.toObject().value(key)) + QStringLiteral("</td>");
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

namespace {

QString whyText(const QString& why)
{
    if (why == QStringLiteral("mentions-relative"))
        return tr("the text mentions a relative");
    if (why == QStringLiteral("source-relative"))
        return tr("the information came from a relative");
    if (why == QStringLiteral("recipient-relative"))
        return tr("a relative is the recipient or the source");
    if (why == QStringLiteral("other-course"))
        return tr("written while a course of another municipality ran: check that it belongs "
                  "to this one");
    return tr("it concerns information about relatives");
}

QString whatText(const QString& what)
{
    if (what == QStringLiteral("note"))
        return tr("Note");
    if (what == QStringLiteral("consent"))
        return tr("Consent");
    return tr("Disclosure");
}

} // namespace

QString review(const QJsonObject& p)
{
    // The access package goes to the municipality to release to the citizen; the hand-over
    // package goes to the municipality as its own, once what is not its own is taken out.
    const bool handOver =
        p.value(QStringLiteral("schema")).toString() == QStringLiteral("fortrolig-hand-over");
    QString html =
        heading(handOver ? tr("To check before it is sent") : tr("To review before release"));
    const QJsonArray review = p.value(QStringLiteral("review")).toArray();
    if (review.isEmpty())
        return html + QStringLiteral("<p>") +
               (handOver ? tr("Nothing was found that names someone else or belongs to another "
                              "municipality's course; read it through all the same.")
                         : tr("Nothing was found that names someone else; read it through all "
                              "the same.")) +
               QStringLiteral("</p>");
    html +=
        QStringLiteral("<p>") +
        (handOver ? tr("These parts may tell about other people than the citizen, or may belong "
                       "to another municipality's course (a note tied to no course, written "
                       "while that course ran). They are included; check them before you use "
                       "them.")
                  : tr("These parts may tell about other people than the citizen (GDPR art. "
                       "15(4)). Read them and agree with the municipality what is released.")) +
        QStringLiteral("</p><ul>");
    for (const QJsonValue& v : review) {
        const QJsonObject o = v.toObject();
        html += QStringLiteral("<li>") + whatText(o.value(QStringLiteral("what")).toString()) +
                QLatin1Char(' ') + esc(o.value(QStringLiteral("id"))) + QStringLiteral(": ") +
                whyText(o.value(QStringLiteral("why")).toString()).toHtmlEscaped() +
                (o.contains(QStringLiteral("detail"))
                     ? QStringLiteral(" (\"") + esc(o.value(QStringLiteral("detail"))) +
                           QStringLiteral("\")")
                     : QString()) +
                QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

// The course a note belongs to, in words ("afklaringsforløb, Testby Kommune"), from the
// package's courses (an access package) or its course (a hand-over); empty if tied to none.
QString courseOfNote(const QJsonObject& p, const QJsonObject& note)
{
    const QString id = note.value(QStringLiteral("courseId")).toString();
    QJsonArray courses = p.value(QStringLiteral("courses")).toArray();
    courses << p.value(QStringLiteral("course"));
    for (const QJsonValue& v : std::as_const(courses)) {
        const QJsonObject c = v.toObject();
        if (!id.isEmpty() && c.value(QStringLiteral("id")).toString() == id)
            return c.value(QStringLiteral("courseType")).toString() + QStringLiteral(", ") +
                   c.value(QStringLiteral("municipality")).toString();
    }
    return {};
}

// Every note with every version, oldest first; a removed note as its stub.
QString notes(const QJsonObject& p)
{
    QString html = heading(tr("Notes, with every version"));
    const QJsonArray all = p.value(QStringLiteral("notes")).toArray();
    if (all.isEmpty())
        html += QStringLiteral("<p>") + tr("None.") + QStringLiteral("</p>");
    for (const QJsonValue& v : all) {
        const QJsonObject n = v.toObject();
        if (n.value(QStringLiteral("removed")).toBool()) {
            html += QStringLiteral("<p><i>") +
                    tr("Note %1 was removed on the controller's instruction (%2), %3.")
                        .arg(esc(n.value(QStringLiteral("id"))),
                             esc(n.value(QStringLiteral("reference"))),
                             esc(n.value(QStringLiteral("removedAt")))) +
                    QStringLiteral("</i></p>");
            continue;
        }
        html += QStringLiteral("<h3>") +
                noteKindText(n.value(QStringLiteral("kind")).toString()).toHtmlEscaped() +
                QStringLiteral("</h3><p>") +
                tr("Reference %1").arg(esc(n.value(QStringLiteral("id"))));
        const QString course = courseOfNote(p, n);
        if (!course.isEmpty())
            html += QStringLiteral("<br/>") + tr("Course: %1").arg(course.toHtmlEscaped());
        html += QStringLiteral("</p>");
        for (const QJsonValue& vv : n.value(QStringLiteral("versions")).toArray()) {
            const QJsonObject ver = vv.toObject();
            html += QStringLiteral("<p><b>") +
                    tr("Version %1, %2, by %3%4")
                        .arg(esc(ver.value(QStringLiteral("version"))),
                             esc(ver.value(QStringLiteral("writtenAt"))),
                             esc(ver.value(QStringLiteral("author"))),
                             ver.value(QStringLiteral("current")).toBool()
                                 ? QString()
                                 : QStringLiteral(" ") + tr("(replaced)")) +
                    QStringLiteral("</b><br/>") +
                    esc(ver.value(QStringLiteral("text")))
                        .replace(QLatin1Char('\n'), QStringLiteral("<br/>")) +
                    QStringLiteral("</p>");
        }
    }
    return html;
}

QString consents(const QJsonObject& p)
{
    QString html = heading(tr("Consents, with their withdrawals"));
    const QJsonArray all = p.value(QStringLiteral("consents")).toArray();
    if (all.isEmpty())
        html += QStringLiteral("<p>") + tr("None.") + QStringLiteral("</p>");
    for (const QJsonValue& v : all) {
        const QJsonObject c = v.toObject();
        html +=
            QStringLiteral("<p><b>") +
            tr("%1, signed %2 by %3 (form %4, version %5); withdrawn: %6")
                .arg(esc(c.value(QStringLiteral("status"))),
                     esc(c.value(QStringLiteral("signedAt"))),
                     esc(c.value(QStringLiteral("signer"))), esc(c.value(QStringLiteral("form"))),
                     esc(c.value(QStringLiteral("formVersion"))),
                     esc(c.value(QStringLiteral("withdrawnAt")))) +
            QStringLiteral("</b></p>") +
            table(c.value(QStringLiteral("grants")).toArray(),
                  {QStringLiteral("direction"), QStringLiteral("recipientKind"),
                   QStringLiteral("recipientName"), QStringLiteral("category"),
                   QStringLiteral("purpose"), QStringLiteral("withdrawnAt")},
                  {tr("Direction"), tr("Recipient"), tr("Name"), tr("Category"), tr("Purpose"),
                   tr("Withdrawn")});
    }
    return html;
}

QString disclosures(const QJsonObject& p)
{
    return heading(tr("Disclosures: told to whom, and obtained from whom")) +
           table(p.value(QStringLiteral("disclosures")).toArray(),
                 {QStringLiteral("at"), QStringLiteral("direction"),
                  QStringLiteral("recipientKind"), QStringLiteral("recipientName"),
                  QStringLiteral("categories"), QStringLiteral("basis"), QStringLiteral("what"),
                  QStringLiteral("by")},
                 {tr("When"), tr("Direction"), tr("Recipient"), tr("Name"), tr("Categories"),
                  tr("Basis"), tr("What"), tr("By")});
}

Result<QByteArray> pdf(const QString& title, const QString& html, PrintDocument::Archive archive)
{
    auto draw = [&html](QPagedPaintDevice& device) -> Error {
        QPainter p;
        if (PrintDocument::begin(p, device))
            return Error(ErrorCode::IoError, QStringLiteral("cannot write the document"));
        QTextDocument doc;
        PrintDocument::prepare(doc, device, QFont(QStringLiteral("DejaVu Sans"), 9),
                               p.viewport().width());
        doc.setHtml(html);
        if (Error e = PrintDocument::drawPages(p, device, doc))
            return e;
        if (!p.end())
            return Error(ErrorCode::IoError, QStringLiteral("cannot finish the document"));
        return {};
    };
    return PrintDocument::pdf(title, draw, archive);
}

} // namespace fortrolig::PackageHtml
