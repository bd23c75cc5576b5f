#include "app/receipt/AccessPackageDocument.h"

#include "app/domain/CourseEnd.h"
#include "app/journal/Journal.h"
#include "app/receipt/PackageHtml.h"
#include "app/receipt/PrintDocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

namespace fortrolig::AccessPackageDocument {

namespace {

using PackageHtml::esc;
using PackageHtml::heading;
using PackageHtml::table;

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("fortrolig::AccessPackageDocument", text, disambiguation, n);
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
    return html + PackageHtml::review(p);
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

// The identity's and contact details' versions with the field in words (the JSON has the key).
QJsonArray withFieldText(const QJsonArray& versions)
{
    const QHash<QString, QString> words{{QStringLiteral("name"), tr("Name")},
                                        {QStringLiteral("cpr"), tr("CPR number")},
                                        {QStringLiteral("address"), tr("Address")},
                                        {QStringLiteral("phone"), tr("Phone")},
                                        {QStringLiteral("email"), tr("E-mail")}};
    QJsonArray out;
    for (const QJsonValue& v : versions) {
        QJsonObject o = v.toObject();
        const QString field = o.value(QStringLiteral("field")).toString();
        o.insert(QStringLiteral("field"), words.value(field, field));
        out << o;
    }
    return out;
}

QString identityAndCourses(const QJsonObject& p)
{
    const QJsonObject citizen = p.value(QStringLiteral("citizen")).toObject();
    return heading(tr("Identity and contact details, with every version")) +
           table(withFieldText(citizen.value(QStringLiteral("versions")).toArray()),
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

QString consents(const QJsonObject& p)
{
    return PackageHtml::consents(p) + heading(tr("Documents")) +
           table(p.value(QStringLiteral("documents")).toArray(),
                 {QStringLiteral("name"), QStringLiteral("size"), QStringLiteral("sha256")},
                 {tr("Name"), tr("Bytes"), tr("SHA-256 (the file is in the JSON)")});
}

QString disclosuresAndRequests(const QJsonObject& p)
{
    return PackageHtml::disclosures(p) + heading(tr("Requests from the citizen")) +
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
    return opening(package) + identityAndCourses(package) + PackageHtml::notes(package) +
           consents(package) + disclosuresAndRequests(package) + retentionAndLog(package);
}

Result<QByteArray> pdf(const QJsonObject& package)
{
    return PackageHtml::pdf(tr("Access package"), html(package));
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
