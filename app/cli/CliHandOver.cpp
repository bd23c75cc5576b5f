// fortrolig-cli course hand-over (docs/hand-over.md): an ended course's hand-over package to
// its municipality, the JSON and the PDF/A to read, recorded as a disclosure on the legal
// basis with the course.handed-over event.
#include "app/cli/Cli.h"
#include "app/domain/CitizenRequest.h"
#include "app/domain/Municipality.h"
#include "app/journal/HandOverPackage.h"
#include "app/journal/Journal.h"
#include "app/receipt/HandOverDocument.h"

#include <QJsonArray>
#include <QJsonObject>

namespace fortrolig {

int Cli::courseHandOver(Journal& journal)
{
    HandOverInput in;
    in.courseId = m_args.value(QStringLiteral("--course"));
    in.channel = m_args.value(QStringLiteral("--channel"));
    in.to = m_args.value(QStringLiteral("--sent-to"));
    in.receivedBy = m_args.value(QStringLiteral("--received-by"));
    const QString json = m_args.value(QStringLiteral("--to"));
    const QString pdf = m_args.value(QStringLiteral("--pdf"));
    if (!CitizenRequest::forwardChannels().contains(in.channel))
        return usageError(tr("--channel must be one of: %1")
                              .arg(CitizenRequest::forwardChannels().join(QStringLiteral(", "))));
    auto package = journal.handOverPackage(in.courseId);
    if (!package.ok())
        return fail(package.error());
    const QJsonObject municipality = package->value(QStringLiteral("municipality")).toObject();
    if (in.to.trimmed().isEmpty()) // the register's secure address, if it has one
        in.to = HandOverPackage::registeredAddress(package.value());
    if (in.to.trimmed().isEmpty())
        return usageError(tr("--sent-to ADDRESS is needed: the register has no secure address "
                             "for %1")
                              .arg(municipality.value(QStringLiteral("name")).toString()));
    auto id = HandOverDocument::handOver(journal, in, package.value(), json, pdf);
    if (!id.ok())
        return fail(id.error());
    const int review = int(package->value(QStringLiteral("review")).toArray().size());
    QString text = tr("Handed over to %1 (%2): %3")
                       .arg(municipality.value(QStringLiteral("name")).toString(), in.to,
                            pdf.isEmpty() ? json : json + QStringLiteral(", ") + pdf);
    if (review > 0)
        text += QLatin1Char('\n') + tr("%n part(s) may tell about someone other than the "
                                       "citizen or belong to another course (\"review\" in "
                                       "the JSON).",
                                       nullptr, review);
    print(QJsonObject{{QStringLiteral("id"), id.value()},
                      {QStringLiteral("review"), review},
                      {QStringLiteral("sentTo"), in.to}},
          text);
    return Success;
}

} // namespace fortrolig
