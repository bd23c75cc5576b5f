#include "app/receipt/AccessPackageDocument.h"

#include "app/domain/CourseEnd.h"
#include "app/journal/Journal.h"
#include "app/receipt/PrintDocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QTextDocument>

namespace fortrolig::AccessPackageDocument {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("fortrolig::AccessPackageDocument", text, disambiguation, n);
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
            return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped();
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

QString whyText(const QString& why)
{
    if (why == QStringLiteral("mentions-relative"))
        return tr("the text mentions a relative");
    if (why == QStringLiteral("source-relative"))
        return tr("the information came from a relative");
    if (why == QStringLiteral("recipient-relative"))
        return tr("a relative is the recipient or the source");
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

// What it is, for whom and why; then what the consultant must look at before release.
QString opening(const QJsonObject& p)
{
    const QJsonObject citizen = p.value(QStringLiteral("citizen")).toObject();
    QString html =
        QStringLiteral("<h1>") + tr("Access package") + QStringLiteral("</h1><p>") +
        tr("Everything this journal holds about %1 (CPR %2), made %3 by %4 for the "
           "municipality, the controller, to release. The JSON file beside this one "
           "holds the same in a machine-readable form (schema %5, version %6), with "
           "the documents.")
            .arg(esc(citizen.value(QStringLiteral("name"))),
                 esc(citizen.value(QStringLiteral("cpr"))), esc(p.value(QStringLiteral("madeAt"))),
                 esc(p.value(QStringLiteral("madeBy"))), esc(p.value(QStringLiteral("schema"))),
                 esc(p.value(QStringLiteral("schemaVersion")))) +
        QStringLiteral("</p>");
    const QJsonObject request = p.value(QStringLiteral("request")).toObject();
    if (!request.isEmpty())
        html += QStringLiteral("<p>") +
                tr("It answers the citizen's request (%1) received %2.")
                    .arg(esc(request.value(QStringLiteral("kind"))),
                         esc(request.value(QStringLiteral("receivedAt")))) +
                QStringLiteral("</p>");
    html += heading(tr("To review before release"));
    const QJsonArray review = p.value(QStringLiteral("review")).toArray();
    if (review.isEmpty())
        return html + QStringLiteral("<p>") +
               tr("Nothing was found that names someone else; read it through all the same.") +
               QStringLiteral("</p>");
    html += QStringLiteral("<p>") +
            tr("These parts may tell about other people than the citizen (GDPR art. 15(4)). "
               "Read them and agree with the municipality what is released.") +
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

// The courses with why each ended in words (the JSON has the key).
QJsonArray withReasonText(const QJsonArray& courses)
{
    QJsonArray out;
    for (const QJsonValue& c : courses) {
        QJsonObject o = c.toObject();
        o.insert(QStringLiteral("endReasonText"),
                 CourseEnd::reasonText(o.value(QStringLiteral("endReason")).toString()));
        out << o;
    }
    return out;
}

QString identityAndCourses(const QJsonObject& p)
{
    const QJsonObject citizen = p.value(QStringLiteral("citizen")).toObject();
    return heading(tr("Identity, with every version")) +
           table(citizen.value(QStringLiteral("versions")).toArray(),
                 {QStringLiteral("field"), QStringLiteral("value"), QStringLiteral("writtenAt"),
                  QStringLiteral("author"), QStringLiteral("current")},
                 {tr("Field"), tr("Value"), tr("Written"), tr("By"), tr("Current")}) +
           heading(tr("Courses")) +
           table(withReasonText(p.value(QStringLiteral("courses")).toArray()),
                 {QStringLiteral("municipality"), QStringLiteral("courseType"),
                  QStringLiteral("referralDate"), QStringLiteral("startDate"),
                  QStringLiteral("plannedEnd"), QStringLiteral("actualEnd"),
                  QStringLiteral("endReasonText")},
                 {tr("Municipality"), tr("Course"), tr("Referred"), tr("Start"), tr("Planned end"),
                  tr("Ended"), tr("Why it ended")});
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
        html += QStringLiteral("<h3>") + esc(n.value(QStringLiteral("kind"))) +
                QStringLiteral(" ") + esc(n.value(QStringLiteral("id"))) + QStringLiteral("</h3>");
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
    return html + heading(tr("Documents")) +
           table(p.value(QStringLiteral("documents")).toArray(),
                 {QStringLiteral("name"), QStringLiteral("size"), QStringLiteral("sha256")},
                 {tr("Name"), tr("Bytes"), tr("SHA-256 (the file is in the JSON)")});
}

QString disclosuresAndRequests(const QJsonObject& p)
{
    return heading(tr("Disclosures: told to whom, and obtained from whom")) +
           table(p.value(QStringLiteral("disclosures")).toArray(),
                 {QStringLiteral("at"), QStringLiteral("direction"),
                  QStringLiteral("recipientKind"), QStringLiteral("recipientName"),
                  QStringLiteral("categories"), QStringLiteral("basis"), QStringLiteral("what"),
                  QStringLiteral("by")},
                 {tr("When"), tr("Direction"), tr("Recipient"), tr("Name"), tr("Categories"),
                  tr("Basis"), tr("What"), tr("By")}) +
           heading(tr("Requests from the citizen")) +
           table(p.value(QStringLiteral("requests")).toArray(),
                 {QStringLiteral("receivedAt"), QStringLiteral("kind"),
                  QStringLiteral("forwardedAt"), QStringLiteral("answerBy"),
                  QStringLiteral("answeredOn")},
                 {tr("Received"), tr("Kind"), tr("Forwarded"), tr("Answer by"), tr("Answered")}) +
           heading(tr("Restrictions")) +
           table(p.value(QStringLiteral("restrictions")).toArray(),
                 {QStringLiteral("setAt"), QStringLiteral("instruction"),
                  QStringLiteral("liftedAt"), QStringLiteral("toldAt"), QStringLiteral("toldHow")},
                 {tr("Set"), tr("Instruction"), tr("Lifted"), tr("Citizen told"), tr("How")});
}

// Whose logs the table holds: this laptop's, and the other devices' from the server or why not.
QString logSource(const QJsonObject& log)
{
    const qsizetype devices = log.value(QStringLiteral("devices")).toArray().size();
    const QJsonObject server = log.value(QStringLiteral("server")).toObject();
    const QString state = server.value(QStringLiteral("state")).toString();
    if (state == QStringLiteral("included"))
        return tr("From this laptop and, through the provider's server, the consultant's other "
                  "devices: %n device(s) in all.",
                  nullptr, int(devices));
    if (state == QStringLiteral("not-reached"))
        return tr("From this laptop only: the provider's server, which holds the other devices' "
                  "logs, was not reached (%1). Make the package again when it can be.")
            .arg(esc(server.value(QStringLiteral("why"))));
    return tr("From this laptop only: it is not connected to a server, so it is the only "
              "device.");
}

QString retentionAndLog(const QJsonObject& p)
{
    const QJsonObject r = p.value(QStringLiteral("retention")).toObject();
    const QJsonObject log = p.value(QStringLiteral("accessLog")).toObject();
    return heading(tr("Retention")) + QStringLiteral("<p>") +
           tr("Deleted %1 months after the course ended; due %2.")
               .arg(esc(r.value(QStringLiteral("months"))),
                    esc(r.value(QStringLiteral("dueDate")))) +
           QStringLiteral("</p>") +
           table(r.value(QStringLiteral("holds")).toArray(),
                 {QStringLiteral("by"), QStringLiteral("reason"), QStringLiteral("until"),
                  QStringLiteral("restriction")},
                 {tr("Held by"), tr("Reason"), tr("Until"), tr("Restriction")}) +
           heading(tr("Access log: who used the information, when and why")) +
           QStringLiteral("<p>") + logSource(log) + QStringLiteral("</p>") +
           table(log.value(QStringLiteral("entries")).toArray(),
                 {QStringLiteral("at"), QStringLiteral("consultant"), QStringLiteral("action"),
                  QStringLiteral("reason"), QStringLiteral("deviceName")},
                 {tr("When"), tr("Who"), tr("What"), tr("Why"), tr("Device")});
}

} // namespace

QString html(const QJsonObject& package)
{
    return opening(package) + identityAndCourses(package) + notes(package) + consents(package) +
           disclosuresAndRequests(package) + retentionAndLog(package);
}

Result<QByteArray> pdf(const QJsonObject& package)
{
    const QString body = html(package);
    return PrintDocument::pdf(tr("Access package"), [&body](QPagedPaintDevice& device) -> Error {
        QPainter p;
        if (PrintDocument::begin(p, device))
            return Error(ErrorCode::IoError, QStringLiteral("cannot write the document"));
        QTextDocument doc;
        PrintDocument::prepare(doc, device, QFont(QStringLiteral("DejaVu Sans"), 9),
                               p.viewport().width());
        doc.setHtml(body);
        if (Error e = PrintDocument::drawPages(p, device, doc))
            return e;
        if (!p.end())
            return Error(ErrorCode::IoError, QStringLiteral("cannot finish the document"));
        return {};
    });
}

Error save(Journal& journal, const QString& citizenId, const QJsonObject& package,
           const QString& jsonPath, const QString& pdfPath)
{
    const QString request =
        package.value(QStringLiteral("request")).toObject().value(QStringLiteral("id")).toString();
    const QString against = request.isEmpty() ? QString() : QLatin1Char(' ') + request;
    if (!jsonPath.isEmpty())
        if (Error e = journal.exportFile(citizenId, QStringLiteral("access package json") + against,
                                         jsonPath, QJsonDocument(package).toJson()))
            return e;
    if (pdfPath.isEmpty())
        return {};
    auto bytes = pdf(package);
    if (!bytes.ok())
        return bytes.error();
    return journal.exportFile(citizenId, QStringLiteral("access package pdf") + against, pdfPath,
                              bytes.value());
}

} // namespace fortrolig::AccessPackageDocument
