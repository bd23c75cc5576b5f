// fortrolig-cli course hand-over (docs/hand-over.md): an ended course's hand-over package to
// its municipality, the JSON and the PDF/A to read, recorded as a disclosure on the legal
// basis with the course.handed-over event; and fortrolig-cli package pdf, a package's PDF/A
// from its JSON (the server, which links no GUI library, returns packages as JSON only).
#include "app/cli/Cli.h"
#include "app/core/AtomicFile.h"
#include "app/domain/CitizenRequest.h"
#include "app/domain/Municipality.h"
#include "app/journal/HandOverPackage.h"
#include "app/journal/Journal.h"
#include "app/receipt/HandOverDocument.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
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

int Cli::packagePdf()
{
    const QString from = m_args.positional.value(2);
    const QString to = m_args.value(QStringLiteral("--to"));
    QFile file(from);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error(ErrorCode::IoError, tr("cannot read %1").arg(from)));
    QJsonParseError parsed{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(64 << 20), &parsed);
    const QJsonObject package = doc.object();
    if (!doc.isObject() ||
        package.value(QStringLiteral("schema")).toString() != HandOverPackage::kSchemaName ||
        package.value(QStringLiteral("schemaVersion")).toInt() != HandOverPackage::kSchemaVersion)
        return fail(Error(ErrorCode::InvalidInput,
                          tr("%1 is not a hand-over package (schema %2, version %3)")
                              .arg(from, HandOverPackage::kSchemaName)
                              .arg(HandOverPackage::kSchemaVersion)));
    auto pdf = HandOverDocument::pdf(package);
    if (!pdf.ok())
        return fail(pdf.error());
    if (Error e = writeFileAtomically(to, pdf.value()))
        return fail(e);
    print(QJsonObject{{QStringLiteral("pdf"), to}}, tr("Written: %1").arg(to));
    return Success;
}

} // namespace fortrolig
