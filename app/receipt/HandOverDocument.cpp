#include "app/receipt/HandOverDocument.h"

#include "app/domain/CourseEnd.h"
#include "app/journal/HandOverPackage.h"
#include "app/journal/Journal.h"
#include "app/receipt/PackageHtml.h"
#include "app/receipt/PrintDocument.h"

#include <QCoreApplication>

namespace fortrolig::HandOverDocument {

namespace {

using PackageHtml::esc;
using PackageHtml::heading;
using PackageHtml::table;

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("fortrolig::HandOverDocument", text, disambiguation, n);
}

QString paragraph(const QString& html)
{
    return QStringLiteral("<p>") + html + QStringLiteral("</p>");
}

QString title(const QJsonObject& p)
{
    return HandOverPackage::atContractEnd(p) ? tr("Returned at the end of the contract")
                                             : tr("Hand-over to the jobcentre");
}

// To whom, from whom, what it holds; the municipality as the register has it.
QString opening(const QJsonObject& p)
{
    const QJsonObject municipality = p.value(QStringLiteral("municipality")).toObject();
    const QJsonObject citizen = p.value(QStringLiteral("citizen")).toObject();
    const bool contractEnd = HandOverPackage::atContractEnd(p);
    const QString what =
        contractEnd
            ? tr("The provider's contract with %1, the controller, has ended, and the provider "
                 "returns what it holds of this course before deleting it: every note written "
                 "since the course began, the course's consents with their withdrawals, and "
                 "the log of what was disclosed.")
            : tr("At the end of the course the provider hands this back to %1, the "
                 "controller: the closing report, the status reports and action plans "
                 "written since the course began, the course's consents with their "
                 "withdrawals, and the log of what was disclosed.");
    QString html =
        QStringLiteral("<h1>") + title(p) + QStringLiteral("</h1>") +
        paragraph(what.arg(esc(municipality.value(QStringLiteral("name")))) + QLatin1Char(' ') +
                  tr("Made %1 by %2. The JSON file beside this one holds the same in a "
                     "machine-readable form (schema %3, version %4).")
                      .arg(esc(p.value(QStringLiteral("madeAt"))),
                           esc(p.value(QStringLiteral("madeBy"))),
                           esc(p.value(QStringLiteral("schema"))),
                           esc(p.value(QStringLiteral("schemaVersion"))))) +
        paragraph(tr("Citizen: %1, CPR %2.")
                      .arg(esc(citizen.value(QStringLiteral("name"))),
                           esc(citizen.value(QStringLiteral("cpr")))));
    const QJsonObject reg = municipality.value(QStringLiteral("register")).toObject();
    if (!reg.isEmpty())
        html += paragraph(tr("%1, CVR %2; the jobcentre's secure address: %3; data-processing "
                             "agreement: %4.")
                              .arg(esc(reg.value(QStringLiteral("name"))),
                                   esc(reg.value(QStringLiteral("cvr"))),
                                   esc(reg.value(QStringLiteral("jobcentreAddress"))),
                                   esc(reg.value(QStringLiteral("agreementReference")))));
    return html;
}

QString course(const QJsonObject& p)
{
    QJsonObject c = p.value(QStringLiteral("course")).toObject();
    c.insert(QStringLiteral("endReasonText"),
             CourseEnd::reasonText(c.value(QStringLiteral("endReason")).toString()));
    return heading(tr("The course")) +
           table({c},
                 {QStringLiteral("courseType"), QStringLiteral("referralDate"),
                  QStringLiteral("startDate"), QStringLiteral("plannedEnd"),
                  QStringLiteral("actualEnd"), QStringLiteral("endReasonText")},
                 {tr("Course"), tr("Referred"), tr("Start"), tr("Planned end"), tr("Ended"),
                  tr("Why it ended")});
}

} // namespace

QString html(const QJsonObject& package)
{
    return opening(package) + PackageHtml::review(package) + course(package) +
           PackageHtml::notes(package) + PackageHtml::consents(package) +
           PackageHtml::disclosures(package);
}

Result<QByteArray> pdf(const QJsonObject& package)
{
    return PackageHtml::pdf(title(package), html(package), PrintDocument::Archive::PdfA);
}

Result<QString> handOver(Journal& journal, const HandOverInput& handOver,
                         const QJsonObject& package, const QString& jsonPath,
                         const QString& pdfPath)
{
    QByteArray bytes;
    if (!pdfPath.isEmpty()) {
        auto made = pdf(package);
        if (!made.ok())
            return made.error();
        bytes = made.value();
    }
    return journal.handOver(handOver, package, jsonPath, pdfPath, bytes);
}

} // namespace fortrolig::HandOverDocument
