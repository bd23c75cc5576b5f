// ServerCli: the end of a contract with a municipality (docs/offboarding.md).
#include "admin/PdfTable.h"
#include "admin/ServerCli.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace fortrolig::server {

namespace {

QString verdictText(OffboardCase::Verdict v)
{
    switch (v) {
    case OffboardCase::Verdict::Delete:
        return ServerCli::tr("deleted");
    case OffboardCase::Verdict::Shared:
        return ServerCli::tr("its courses cut out; the case stays for another municipality's "
                             "course");
    case OffboardCase::Verdict::Held:
        return ServerCli::tr("kept: a legal hold (release it first)");
    case OffboardCase::Verdict::Restricted:
        return ServerCli::tr("kept: restricted (GDPR art. 18; the municipality decides first)");
    }
    return {};
}

QString outcomeText(const QJsonObject& c)
{
    const QString outcome = c.value(QStringLiteral("outcome")).toString();
    if (outcome == QStringLiteral("deleted"))
        return ServerCli::tr("deleted %1").arg(c.value(QStringLiteral("deletedAt")).toString());
    if (outcome == QStringLiteral("courses-deleted"))
        return ServerCli::tr("its courses deleted %1; the case stays for another "
                             "municipality's course")
            .arg(c.value(QStringLiteral("deletedAt")).toString());
    if (outcome == QStringLiteral("failed"))
        return ServerCli::tr("NOT deleted: failed");
    const QString why = c.value(QStringLiteral("keptBecause")).toString();
    for (const auto v : {OffboardCase::Verdict::Shared, OffboardCase::Verdict::Held,
                         OffboardCase::Verdict::Restricted})
        if (OffboardCase::verdictName(v) == why)
            return verdictText(v);
    return why;
}

QString coursesText(const QJsonArray& courses)
{
    QStringList out;
    for (const QJsonValue& v : courses) {
        const QJsonObject k = v.toObject();
        const QString end = k.value(QStringLiteral("end")).toString();
        out << k.value(QStringLiteral("start")).toString() + QStringLiteral("..") +
                   (end.isEmpty() ? ServerCli::tr("running") : end);
    }
    return out.join(QStringLiteral(", "));
}

} // namespace

void ServerCli::printOffboardCase(const OffboardCase& c)
{
    QStringList courses;
    for (const OffboardCase::Course& k : c.courses)
        courses << k.start.toString(Qt::ISODate) + QStringLiteral("..") +
                       (k.end.isValid() ? k.end.toString(Qt::ISODate) : tr("running"));
    const bool pending = !c.deletedAt && c.failure.isEmpty();
    QString what = !c.failure.isEmpty() ? tr("NOT deleted: %1").arg(c.failure)
                   : pending && c.verdict == OffboardCase::Verdict::Delete ? tr("to be deleted")
                   : pending && c.verdict == OffboardCase::Verdict::Shared
                       ? tr("its courses to be cut out; the case stays for another "
                            "municipality's course")
                       : verdictText(c.verdict);
    if (c.verdict == OffboardCase::Verdict::Shared)
        what += QStringLiteral(" (") + c.others.join(QStringLiteral(", ")) + QLatin1Char(')');
    m_out << c.citizenId << '\t' << c.consultant << '\t' << courses.join(QStringLiteral(", "))
          << '\t' << what;
    if (!c.returned.isEmpty())
        m_out << '\t' << tr("%n package(s)", nullptr, int(c.returned.size()));
    m_out << Qt::endl;
}

int ServerCli::municipalityOffboard(Admin& admin)
{
    const QString id = m_positional.value(2);
    if (id.isEmpty())
        return usageError(tr("municipality offboard: which municipality (its id)?"));
    const bool dryRun = m_options.contains(QStringLiteral("--dry-run"));
    const bool giveBack = m_options.contains(QStringLiteral("--return"));
    if (!dryRun && giveBack == m_options.contains(QStringLiteral("--delete-only")))
        return usageError(tr("municipality offboard: say --return (hand-over packages first) "
                             "or --delete-only, as the municipality instructed"));
    const QString folder = value(QStringLiteral("--to"));
    if (!dryRun && !QFileInfo(folder).isDir())
        return usageError(tr("municipality offboard: --to FOLDER, an existing folder"));
    Offboarding& o = admin.offboarding();
    if (dryRun) {
        auto plan = o.plan(id);
        if (!plan.ok())
            return fail(plan.error());
        for (const OffboardCase& c : plan->cases)
            printOffboardCase(c);
        m_out << tr("Dry run: %n case(s) of %1, nothing changed.", nullptr, int(plan->cases.size()))
                     .arg(plan->municipality.name)
              << Qt::endl;
        return 0;
    }
    auto done = o.run(id, {folder, giveBack, actorName()});
    if (!done.ok())
        return fail(done.error());
    for (const OffboardCase& c : done->plan.cases)
        printOffboardCase(c);
    m_out << tr("Written: %1").arg(done->certificatePath) << Qt::endl;
    const QJsonObject counts = done->certificate.value(QStringLiteral("counts")).toObject();
    m_out << tr("%1: cases deleted %2, cases whose courses were cut out %3, kept %4, failed %5; "
                "packages returned %6.")
                 .arg(done->plan.municipality.name)
                 .arg(counts.value(QStringLiteral("deleted")).toInt())
                 .arg(counts.value(QStringLiteral("coursesDeleted")).toInt())
                 .arg(counts.value(QStringLiteral("kept")).toInt())
                 .arg(counts.value(QStringLiteral("failed")).toInt())
                 .arg(counts.value(QStringLiteral("packages")).toInt())
          << Qt::endl;
    const int pdf = writeCertificatePdf(
        done->certificate, QDir(folder).filePath(QStringLiteral("deletion-certificate.pdf")));
    return done->failed > 0 ? 1 : pdf;
}

int ServerCli::writeCertificatePdf(const QJsonObject& certificate, const QString& to)
{
    const QJsonObject m = certificate.value(QStringLiteral("municipality")).toObject();
    const QJsonObject s = certificate.value(QStringLiteral("signature")).toObject();
    const QStringList title{
        tr("Deletion certificate: %1 (CVR %2), data-processing agreement %3 of %4")
            .arg(m.value(QStringLiteral("name")).toString(),
                 m.value(QStringLiteral("cvr")).toString(),
                 m.value(QStringLiteral("agreementReference")).toString(),
                 m.value(QStringLiteral("agreementDate")).toString()),
        tr("The contract ended. Made %1 (UTC) by %2; %3. Internal references only: no name "
           "or CPR number.")
            .arg(certificate.value(QStringLiteral("madeAt")).toString(),
                 certificate.value(QStringLiteral("madeBy")).toString(),
                 certificate.value(QStringLiteral("returned")).toBool()
                     ? tr("hand-over packages returned before deletion")
                     : tr("deleted without return, as instructed")),
        tr("Signed (Ed25519, key %1) in deletion-certificate.json: check it with "
           "'fortrolig-server municipality verify-certificate'.")
            .arg(s.value(QStringLiteral("publicKey")).toString())};
    QList<QStringList> rows;
    for (const QJsonValue& v : certificate.value(QStringLiteral("cases")).toArray()) {
        const QJsonObject c = v.toObject();
        rows << QStringList{c.value(QStringLiteral("reference")).toString(),
                            coursesText(c.value(QStringLiteral("courses")).toArray()),
                            outcomeText(c),
                            QString::number(c.value(QStringLiteral("packages")).toArray().size())};
    }
    QSaveFile file(to);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(pdfTable(title, {tr("Case"), tr("Courses"), tr("Outcome"), tr("Packages")},
                            rows)) < 0 ||
        !file.commit())
        return fail(Error(ErrorCode::IoError, to));
    m_out << tr("Written: %1").arg(to) << Qt::endl;
    return 0;
}

int ServerCli::verifyCertificate(Admin& admin)
{
    const QString path = m_positional.value(2);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return usageError(
            tr("municipality verify-certificate FILE.json: cannot read %1").arg(path));
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (!doc.isObject())
        return refuse(tr("%1: not JSON (%2)").arg(path, parse.errorString()));
    if (Error e = admin.offboarding().verify(doc.object()))
        return refuse(tr("%1: the certificate does not hold: %2").arg(path, e.detail));
    m_out << tr("The signature holds: this server signed the certificate for %1, made %2.")
                 .arg(doc.object()
                          .value(QStringLiteral("municipality"))
                          .toObject()
                          .value(QStringLiteral("name"))
                          .toString(),
                      doc.object().value(QStringLiteral("madeAt")).toString())
          << Qt::endl;
    return 0;
}

} // namespace fortrolig::server
