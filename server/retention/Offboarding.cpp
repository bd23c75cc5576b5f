// The end of the provider's contract with a municipality (docs/offboarding.md): return, delete,
// certify.
#include "retention/Offboarding.h"

#include "app/core/AtomicFile.h"
#include "app/journal/Journal.h"
#include "app/journal/JournalSync.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/Migrations.h"
#include "app/storage/SqlRunner.h"
#include "retention/RetentionService.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Municipalities.h"
#include "store/ServerDatabase.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <sodium.h>

namespace fortrolig::server {

namespace {

QString isoMoment(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue day(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

bool isTheMunicipality(const MunicipalityRegister& reg, const Municipality& m, const QString& name)
{
    const Municipality* found = reg.byName(name);
    return found && found->id == m.id;
}

// Each case's courses as the server keeps them beside the sealed events: municipality, dates.
struct CourseFact
{
    QString id;
    QString municipality;
    QDate start, end;
};

Result<QHash<QString, QList<CourseFact>>> courseFacts(ServerDatabase& db)
{
    SqlRunner sql(db.db(), db.mapper());
    sql.run(QStringLiteral("SELECT citizen_id, municipality, start_date, actual_end, course_id"
                           " FROM case_courses ORDER BY citizen_id, start_date"));
    QHash<QString, QList<CourseFact>> out;
    while (sql.next())
        out[sql.value(0).toString()]
            << CourseFact{sql.value(4).toString(), sql.value(1).toString(),
                          QDate::fromString(sql.value(2).toString(), Qt::ISODate),
                          QDate::fromString(sql.value(3).toString(), Qt::ISODate)};
    if (sql.error())
        return sql.error();
    return out;
}

// A journal of the server's own, in a temporary folder under a random key, into which the
// cases' events are opened to make their packages the way a laptop makes them.
struct ScratchJournal
{
    QTemporaryDir dir;
    std::unique_ptr<Journal> journal;

    Error open(const QString& actor, const MunicipalityRegister& reg)
    {
        if (!dir.isValid())
            return Error(ErrorCode::IoError, QStringLiteral("a temporary folder"));
        auto db = JournalDatabase::open(dir.filePath(QStringLiteral("offboard.db")),
                                        SecureBytes::random(32), JournalDatabase::Mode::Create, {});
        if (!db.ok())
            return db.error();
        if (Error e = Migrations::migrate(db.value()->db()))
            return e;
        journal = std::make_unique<Journal>(std::move(db.value()),
                                            Identity{actor, QStringLiteral("fortrolig-server")});
        return journal->setMunicipalities(reg);
    }
};

} // namespace

QString OffboardCase::verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Delete:
        return QStringLiteral("delete");
    case Verdict::Shared:
        return QStringLiteral("shared");
    case Verdict::Held:
        return QStringLiteral("held");
    case Verdict::Restricted:
        return QStringLiteral("restricted");
    }
    return {};
}

Offboarding::Offboarding(ServerDatabase& db, CaseStore& cases, RetentionService& retention,
                         const SecureBytes& signingSeed, Clock clock)
    : m_db(db), m_cases(cases), m_retention(retention),
      m_secretKey(SecureBytes(crypto_sign_SECRETKEYBYTES)),
      m_publicKey(crypto_sign_PUBLICKEYBYTES, '\0'), m_clock(std::move(clock))
{
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(m_publicKey.data()),
                             m_secretKey.data(), signingSeed.data());
}

Result<OffboardPlan> Offboarding::plan(const QString& idOrName)
{
    auto reg = Municipalities::all(m_db);
    if (!reg.ok())
        return reg.error();
    const Municipality* m = reg->byId(idOrName);
    if (!m)
        m = reg->byName(idOrName);
    if (!m)
        return Error(ErrorCode::NotFound, QStringLiteral("municipality"));
    auto facts = courseFacts(m_db);
    auto cases = m_retention.cases();
    if (!facts.ok() || !cases.ok())
        return facts.ok() ? cases.error() : facts.error();
    OffboardPlan plan{*m, {}};
    const QDate today = m_retention.today();
    for (const CaseDue& d : cases.value()) {
        OffboardCase c;
        c.citizenId = d.citizenId;
        c.consultant = d.consultant;
        for (const CourseFact& f : facts->value(d.citizenId)) {
            if (isTheMunicipality(reg.value(), *m, f.municipality))
                c.courses << OffboardCase::Course{f.id, f.start, f.end};
            else if (!c.others.contains(f.municipality))
                c.others << f.municipality;
        }
        if (c.courses.isEmpty())
            continue;
        using V = OffboardCase::Verdict;
        c.verdict = d.restricted                          ? V::Restricted
                    : (d.hold && d.hold->activeOn(today)) ? V::Held
                    : !c.others.isEmpty()                 ? V::Shared
                                                          : V::Delete;
        plan.cases << c;
    }
    return plan;
}

Result<Offboarding::Outcome> Offboarding::run(const QString& idOrName, const Options& options)
{
    if (!QFileInfo(options.folder).isDir())
        return Error(ErrorCode::InvalidInput, QStringLiteral("the folder: ") + options.folder);
    auto plan = this->plan(idOrName);
    if (!plan.ok())
        return plan.error();
    Outcome out;
    out.plan = plan.value();
    if (options.returnPackages)
        if (Error e = returnPackages(out.plan, options))
            return e;
    deleteCases(out.plan, options, out.failed);
    out.certificate = certificate(out.plan, options);
    out.certificatePath =
        QDir(options.folder).filePath(QStringLiteral("deletion-certificate.json"));
    if (Error e = writeFileAtomically(
            out.certificatePath, QJsonDocument(out.certificate).toJson(QJsonDocument::Indented)))
        return e;
    const QString detail =
        QStringLiteral("municipality=%1 returned=%2 cases=%3 failed=%4 certificate-sha256=%5")
            .arg(out.plan.municipality.id,
                 options.returnPackages ? QStringLiteral("yes") : QStringLiteral("no"))
            .arg(out.plan.cases.size())
            .arg(out.failed)
            .arg(QString::fromLatin1(
                QCryptographicHash::hash(signedBytes(out.certificate), QCryptographicHash::Sha256)
                    .toHex()));
    if (Error e =
            writeAudit(m_db, m_clock(), options.actor, QStringLiteral("municipality-offboarded"),
                       out.plan.municipality.id, detail))
        return e;
    return out;
}

Error Offboarding::returnPackages(OffboardPlan& plan, const Options& options)
{
    auto reg = Municipalities::all(m_db);
    if (!reg.ok())
        return reg.error();
    ScratchJournal scratch;
    if (Error e = scratch.open(options.actor, reg.value()))
        return e;
    Journal& journal = *scratch.journal;
    const QDir folder(options.folder);
    for (OffboardCase& c : plan.cases) {
        const auto fail = [&c](const Error& e) {
            return Error(e.code, QStringLiteral("case %1: %2").arg(c.citizenId, e.detail));
        };
        auto history = m_cases.history(c.citizenId);
        if (!history.ok())
            return fail(history.error());
        auto applied = JournalSync(journal).applyChanges(history.value());
        if (!applied.ok())
            return fail(applied.error());
        if (applied->notApplied > 0)
            return fail(Error(ErrorCode::Damaged, QStringLiteral("events that do not apply")));
        auto details = journal.citizen(c.citizenId, QStringLiteral("contract-end"));
        if (!details.ok())
            return fail(details.error());
        for (const CourseRecord& course : details->courses) {
            if (!isTheMunicipality(reg.value(), plan.municipality, course.municipality))
                continue;
            auto package =
                journal.handOverPackage(course.id, HandOverPackage::Occasion::ContractEnd);
            if (!package.ok())
                return fail(package.error());
            const QByteArray bytes = QJsonDocument(package.value()).toJson(QJsonDocument::Indented);
            const QString name = QStringLiteral("hand-over-%1.json").arg(course.id);
            if (Error e = writeFileAtomically(folder.filePath(name), bytes))
                return fail(e);
            c.returned << OffboardCase::Returned{
                course.id, name,
                QString::fromLatin1(
                    QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())};
        }
        if (Error e = writeAudit(m_db, m_clock(), options.actor, QStringLiteral("case-returned"),
                                 c.citizenId,
                                 QStringLiteral("municipality=%1 packages=%2")
                                     .arg(plan.municipality.id)
                                     .arg(c.returned.size())))
            return e;
    }
    return {};
}

// A shared case: the municipality's courses cut out, one by one (a course cut before, by a run
// that stopped, is not there any more).
Error Offboarding::cutCourses(const OffboardCase& c, const QString& municipality,
                              const QString& actor)
{
    for (const OffboardCase::Course& k : c.courses) {
        auto done = m_retention.cutCourse(c.citizenId, k.id, municipality, actor);
        if (!done.ok() && done.error().code != ErrorCode::NotFound)
            return done.error();
    }
    return {};
}

void Offboarding::deleteCases(OffboardPlan& plan, const Options& options, int& failed)
{
    for (OffboardCase& c : plan.cases) {
        if (c.verdict == OffboardCase::Verdict::Shared) {
            if (Error e = cutCourses(c, plan.municipality.id, options.actor)) {
                c.failure = e.detail.isEmpty() ? QStringLiteral("could not be cut out") : e.detail;
                ++failed;
            } else {
                c.deletedAt = m_clock();
            }
            continue;
        }
        if (c.verdict != OffboardCase::Verdict::Delete)
            continue;
        if (Error e = m_retention.deleteCase(c.citizenId, QStringLiteral("contract-end"),
                                             options.actor)) {
            c.failure = e.detail.isEmpty() ? QStringLiteral("could not be deleted") : e.detail;
            ++failed;
            continue;
        }
        c.deletedAt = m_clock();
    }
}

QJsonObject Offboarding::certificate(const OffboardPlan& plan, const Options& options) const
{
    QJsonArray cases;
    int deleted = 0, cut = 0, kept = 0, failed = 0, packages = 0;
    for (const OffboardCase& c : plan.cases) {
        QJsonArray courses, returned;
        for (const OffboardCase::Course& k : c.courses)
            courses << QJsonObject{{QStringLiteral("start"), day(k.start)},
                                   {QStringLiteral("end"), day(k.end)}};
        for (const OffboardCase::Returned& r : c.returned)
            returned << QJsonObject{{QStringLiteral("course"), r.courseId},
                                    {QStringLiteral("file"), r.file},
                                    {QStringLiteral("sha256"), r.sha256}};
        packages += int(c.returned.size());
        // A shared case whose courses were cut out: "courses-deleted" (the rest is another
        // controller's).
        const bool wasCut = c.deletedAt && c.verdict == OffboardCase::Verdict::Shared;
        const QString outcome = wasCut                 ? QStringLiteral("courses-deleted")
                                : c.deletedAt          ? QStringLiteral("deleted")
                                : !c.failure.isEmpty() ? QStringLiteral("failed")
                                                       : QStringLiteral("kept");
        (wasCut ? cut : c.deletedAt ? deleted : !c.failure.isEmpty() ? failed : kept) += 1;
        QJsonObject entry{{QStringLiteral("reference"), c.citizenId},
                          {QStringLiteral("courses"), courses},
                          {QStringLiteral("outcome"), outcome},
                          {QStringLiteral("packages"), returned}};
        if (c.deletedAt)
            entry.insert(QStringLiteral("deletedAt"), isoMoment(c.deletedAt));
        else if (c.failure.isEmpty())
            entry.insert(QStringLiteral("keptBecause"), OffboardCase::verdictName(c.verdict));
        cases << entry;
    }
    const Municipality& m = plan.municipality;
    QJsonObject out{{QStringLiteral("schema"), kCertificateSchema},
                    {QStringLiteral("schemaVersion"), kCertificateVersion},
                    {QStringLiteral("municipality"),
                     QJsonObject{{QStringLiteral("id"), m.id},
                                 {QStringLiteral("name"), m.name},
                                 {QStringLiteral("cvr"), m.cvr},
                                 {QStringLiteral("agreementDate"), day(m.agreementDate)},
                                 {QStringLiteral("agreementReference"), m.agreementReference}}},
                    {QStringLiteral("madeAt"), isoMoment(m_clock())},
                    {QStringLiteral("madeBy"), options.actor},
                    {QStringLiteral("returned"), options.returnPackages},
                    {QStringLiteral("counts"), QJsonObject{{QStringLiteral("deleted"), deleted},
                                                           {QStringLiteral("coursesDeleted"), cut},
                                                           {QStringLiteral("kept"), kept},
                                                           {QStringLiteral("failed"), failed},
                                                           {QStringLiteral("packages"), packages}}},
                    {QStringLiteral("cases"), cases}};
    out.insert(QStringLiteral("signature"),
               QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("Ed25519")},
                           {QStringLiteral("publicKey"), publicKey()},
                           {QStringLiteral("value"),
                            QString::fromLatin1(sign(signedBytes(out)).toBase64())}});
    return out;
}

QByteArray Offboarding::signedBytes(QJsonObject certificate)
{
    certificate.remove(QStringLiteral("signature"));
    return QJsonDocument(certificate).toJson(QJsonDocument::Compact);
}

QByteArray Offboarding::sign(const QByteArray& message) const
{
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         quint64(message.size()), m_secretKey.data());
    return signature;
}

QString Offboarding::publicKey() const
{
    return QString::fromLatin1(m_publicKey.toBase64());
}

Error Offboarding::verify(const QJsonObject& certificate) const
{
    if (certificate.value(QStringLiteral("schema")).toString() != kCertificateSchema)
        return Error(ErrorCode::InvalidInput, QStringLiteral("not a deletion certificate"));
    const QJsonObject s = certificate.value(QStringLiteral("signature")).toObject();
    if (s.value(QStringLiteral("publicKey")).toString() != publicKey())
        return Error(ErrorCode::NotAllowed,
                     QStringLiteral("signed with another key than this server's"));
    const QByteArray signature =
        QByteArray::fromBase64(s.value(QStringLiteral("value")).toString().toLatin1());
    const QByteArray message = signedBytes(certificate);
    if (signature.size() != crypto_sign_BYTES ||
        crypto_sign_verify_detached(
            reinterpret_cast<const unsigned char*>(signature.constData()),
            reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()),
            reinterpret_cast<const unsigned char*>(m_publicKey.constData())) != 0)
        return Error(ErrorCode::Damaged, QStringLiteral("the signature does not match the text"));
    return {};
}

} // namespace fortrolig::server
