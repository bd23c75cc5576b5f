// The hand-over at a course's end (docs/hand-over.md): the package for the municipality, the
// controller, and the record of sending it (a disclosure on the legal basis and the
// course.handed-over event), with the files written in the same transaction.
#include "app/journal/Journal.h"

#include "app/consent/ConsentGate.h"
#include "app/core/AtomicFile.h"
#include "app/core/StoredTime.h"
#include "app/domain/CitizenRequest.h"
#include "app/domain/Municipality.h"
#include "app/journal/Events.h"
#include "app/journal/HandOverPackage.h"
#include "app/journal/PackageParts.h"
#include "app/privacy/AccessLog.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/SqlRunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace fortrolig {

using namespace PackageParts;

namespace {

struct CourseRow
{
    QString citizenId;
    QString municipality;
    QDate actualEnd;
};

// The course; only an ended course is handed over at its end (`mustHaveEnded`).
Result<CourseRow> courseRow(QSqlDatabase db, const QString& courseId, bool mustHaveEnded)
{
    SqlRunner x(db);
    x.run(QStringLiteral("SELECT citizen_id, municipality, actual_end FROM courses WHERE id = ?"),
          {courseId});
    if (!x.next())
        return x.error() ? x.error() : Error(ErrorCode::NotFound, QStringLiteral("course"));
    const CourseRow row{x.value(0).toString(), x.value(1).toString(), StoredTime::day(x.value(2))};
    if (mustHaveEnded && !row.actualEnd.isValid())
        return Error(ErrorCode::NotAllowed,
                     QStringLiteral("course: it has not ended; end it first"));
    return row;
}

// The first day the package looks at: the referral, else the start.
QDate firstDay(const CourseRecord& c)
{
    return c.referralDate.isValid() && c.referralDate < c.startDate ? c.referralDate : c.startDate;
}

// The citizen's other courses of another municipality that ran on `day`: a note not tied to a
// course written then may be about that course, so the consultant checks it.
QStringList otherControllersOn(const CitizenDetails& d, const CourseRecord& course, QDate day)
{
    QStringList out;
    for (const CourseRecord& c : d.courses) {
        if (c.id == course.id || ConsentGate::sameMunicipality(c.municipality, course.municipality))
            continue;
        const QDate end = c.actualEnd.isValid() ? c.actualEnd : c.plannedEnd;
        if (firstDay(c) <= day && (!end.isValid() || day <= end))
            out << c.municipality;
    }
    return out;
}

// The notes it holds: closing reports, status reports and action plans (at a contract's end,
// every note: `allKinds`) of the course; a note tied to another course is that course's, and
// one tied to none (written before notes were tied) is taken if written since the course began.
CitizenDetails notesFor(const CitizenDetails& d, const CourseRecord& course, bool allKinds,
                        QJsonArray& toReview, bool* closingReport)
{
    CitizenDetails picked = d;
    picked.notes.clear();
    picked.removedNotes.clear();
    *closingReport = false;
    for (const NoteSummary& n : d.notes) {
        const QDate written = n.createdAt.toLocalTime().date();
        const bool tied = !n.courseId.isEmpty();
        if ((!allKinds && !HandOverPackage::noteKinds().contains(n.kind)) ||
            (tied && n.courseId != course.id) || (!tied && written < firstDay(course)))
            continue;
        picked.notes << n;
        *closingReport = *closingReport || n.kind == QStringLiteral("closing-report");
        const QStringList others = tied ? QStringList() : otherControllersOn(d, course, written);
        if (!others.isEmpty())
            toReview << review(QStringLiteral("note"), n.noteId, QStringLiteral("other-course"),
                               others.join(QStringLiteral(", ")));
    }
    return picked;
}

// The consents given for another course of the citizen's: what rests on them is that course's.
Result<QSet<QString>> otherCoursesConsents(SqlRunner& x, const QString& citizenId,
                                           const QString& courseId)
{
    x.run(QStringLiteral("SELECT id FROM consents WHERE citizen_id = ? AND course_id IS NOT NULL"
                         " AND course_id <> ?"),
          {citizenId, courseId});
    QSet<QString> out;
    while (x.next())
        out << x.value(0).toString();
    if (x.error())
        return x.error();
    return out;
}

// The disclosure log since the course began, without what belongs to another controller: a
// disclosure to another municipality's jobcentre, or one under another course's consent.
bool ofThisCourse(const DisclosureRecord& d, const CourseRecord& course,
                  const QSet<QString>& otherConsents)
{
    if (d.at.toLocalTime().date() < firstDay(course))
        return false;
    if (d.recipient.kind == RecipientKind::Jobcentre && !d.recipient.name.isEmpty() &&
        !ConsentGate::sameMunicipality(d.recipient.name, course.municipality))
        return false;
    return d.consentId.isEmpty() || !otherConsents.contains(d.consentId);
}

QJsonValue registered(const MunicipalityRegister& reg, const QString& name)
{
    const Municipality* m = reg.byName(name);
    if (!m)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("id"), m->id},
                       {QStringLiteral("name"), m->name},
                       {QStringLiteral("cvr"), m->cvr},
                       {QStringLiteral("jobcentreAddress"), m->jobcentreAddress},
                       {QStringLiteral("agreementReference"), m->agreementReference}};
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Error checkInput(const HandOverInput& in, const QString& jsonPath, const QString& pdfPath,
                 const QByteArray& pdf)
{
    if (!CitizenRequest::forwardChannels().contains(in.channel))
        return Error(ErrorCode::InvalidInput,
                     QStringLiteral("channel: one of ") +
                         CitizenRequest::forwardChannels().join(QStringLiteral(", ")));
    if (in.to.trimmed().isEmpty() || in.to.size() > CourseHandedOverPayload::kMaxText)
        return Error(ErrorCode::InvalidInput, QStringLiteral("to: the address it went to"));
    if (in.receivedBy.size() > CourseHandedOverPayload::kMaxText)
        return Error(ErrorCode::InvalidInput, QStringLiteral("received by: too long"));
    if (jsonPath.isEmpty() || pdfPath.isEmpty() != pdf.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("the files to write"));
    return {};
}

} // namespace

QStringList HandOverPackage::categories(const QJsonObject& package)
{
    QSet<QString> named;
    for (const QJsonValue& c : package.value(QStringLiteral("consents")).toArray())
        for (const QJsonValue& g : c.toObject().value(QStringLiteral("grants")).toArray())
            named << g.toObject().value(QStringLiteral("category")).toString();
    for (const QJsonValue& d : package.value(QStringLiteral("disclosures")).toArray())
        for (const QJsonValue& c : d.toObject().value(QStringLiteral("categories")).toArray())
            named << c.toString();
    QStringList out;
    for (const QString& c : InfoCategory::all())
        if (c == QStringLiteral("ordinary") || c == QStringLiteral("cpr") || named.contains(c))
            out << c;
    return out;
}

Result<QJsonObject> Journal::handOverPackage(const QString& courseId)
{
    return handOverPackage(courseId, HandOverPackage::Occasion::CourseEnd);
}

Result<QJsonObject> Journal::handOverPackage(const QString& courseId,
                                             HandOverPackage::Occasion occasion)
{
    const bool atCourseEnd = occasion == HandOverPackage::Occasion::CourseEnd;
    auto row = courseRow(m_database->db(), courseId, atCourseEnd);
    if (!row.ok())
        return row.error();
    auto details = citizen(
        row->citizenId,
        (atCourseEnd ? QStringLiteral("hand-over ") : QStringLiteral("contract-end ")) + courseId);
    if (!details.ok())
        return details.error();
    const CourseRecord* course = nullptr;
    for (const CourseRecord& c : details->courses)
        if (c.id == courseId)
            course = &c;
    if (!course)
        return Error(ErrorCode::NotFound, QStringLiteral("course"));
    QJsonArray toReview;
    bool closingReport = false;
    const CitizenDetails picked =
        notesFor(details.value(), *course, !atCourseEnd, toReview, &closingReport);
    if (atCourseEnd && !closingReport)
        return Error(ErrorCode::NotAllowed,
                     QStringLiteral("closing report: write the course's closing report first "
                                    "(a note of kind closing-report)"));
    SqlRunner x(m_database->db());
    auto notes = notesOf(x, picked, toReview);
    auto consents = consentsOf(x, row->citizenId, toReview, courseId);
    auto disclosed = disclosures(row->citizenId);
    auto reg = municipalities();
    for (const Error& e : {notes.error(), consents.error(), disclosed.error(), reg.error()})
        if (e)
            return e;
    auto others = otherCoursesConsents(x, row->citizenId, courseId);
    if (!others.ok())
        return others.error();
    QList<DisclosureRecord> since;
    for (const DisclosureRecord& d : disclosed.value())
        if (ofThisCourse(d, *course, others.value()))
            since << d;
    return QJsonObject{
        {QStringLiteral("schema"), HandOverPackage::kSchemaName},
        {QStringLiteral("schemaVersion"), HandOverPackage::kSchemaVersion},
        {QStringLiteral("occasion"), HandOverPackage::occasionName(occasion)},
        {QStringLiteral("madeAt"), moment(m_clock())},
        {QStringLiteral("madeBy"), m_identity.consultant},
        {QStringLiteral("device"), m_identity.device},
        {QStringLiteral("municipality"),
         QJsonObject{{QStringLiteral("name"), course->municipality},
                     {QStringLiteral("register"), registered(reg.value(), course->municipality)}}},
        {QStringLiteral("citizen"), QJsonObject{{QStringLiteral("id"), details->id},
                                                {QStringLiteral("name"), details->name},
                                                {QStringLiteral("cpr"), details->cpr}}},
        {QStringLiteral("course"), courseOf(*course)},
        {QStringLiteral("notes"), notes.value()},
        {QStringLiteral("consents"), consents.value()},
        {QStringLiteral("disclosures"), disclosuresOf(since, toReview)},
        {QStringLiteral("review"), reviewOnce(toReview)}};
}

Result<QString> Journal::handOver(const HandOverInput& in, const QJsonObject& package,
                                  const QString& jsonPath, const QString& pdfPath,
                                  const QByteArray& pdf)
{
    if (Error e = checkInput(in, jsonPath, pdfPath, pdf))
        return e;
    auto row = courseRow(m_database->db(), in.courseId, true);
    if (!row.ok())
        return row.error();
    if (package.value(QStringLiteral("schema")).toString() != HandOverPackage::kSchemaName ||
        HandOverPackage::atContractEnd(package) ||
        package.value(QStringLiteral("course")).toObject().value(QStringLiteral("id")) !=
            in.courseId)
        return Error(ErrorCode::InvalidInput, QStringLiteral("package: not this course's"));
    const QByteArray json = QJsonDocument(package).toJson();
    Transaction tx = batch();
    if (tx.error())
        return tx.error();
    // The controller receives its own data back: the legal basis, whenever after the end.
    const DisclosureRecordedPayload disclosure{
        newId(),
        RecipientKind::Jobcentre,
        row->municipality,
        HandOverPackage::categories(package).join(QLatin1Char(',')),
        QStringLiteral("legal-basis"),
        {},
        QStringLiteral("hand-over:") + in.courseId};
    if (Error e =
            record(makeEvent(EventType::DisclosureRecorded, row->citizenId, disclosure.encode()),
                   AccessLog::Action::Disclosed, row->citizenId))
        return e;
    const CourseHandedOverPayload p{in.courseId,
                                    disclosure.disclosureId,
                                    in.channel,
                                    in.to.simplified(),
                                    in.receivedBy.simplified(),
                                    sha256(json),
                                    pdf.isEmpty() ? QString() : sha256(pdf)};
    const Event e = makeEvent(EventType::CourseHandedOver, row->citizenId, p.encode());
    if (Error err = record(e, AccessLog::Action::HandedOver, row->citizenId))
        return err;
    // Logged, then written, then committed: a file that was not logged never exists, and a
    // failure leaves neither file nor record.
    for (const auto& [what, path] :
         {std::pair{"hand-over json ", jsonPath}, std::pair{"hand-over pdf ", pdfPath}})
        if (!path.isEmpty())
            if (Error err = AccessLog::append(m_database->db(), now(), m_identity.consultant,
                                              AccessLog::Action::Exported, row->citizenId,
                                              QString::fromLatin1(what) + in.courseId))
                return err;
    if (Error err = writeFileAtomically(jsonPath, json))
        return err;
    Error err = pdfPath.isEmpty() ? Error() : writeFileAtomically(pdfPath, pdf);
    if (!err)
        err = tx.commit();
    if (err) {
        QFile::remove(jsonPath);
        if (!pdfPath.isEmpty())
            QFile::remove(pdfPath);
        return err;
    }
    return e.id;
}

Result<QList<HandOverRecord>> Journal::handOvers(const QString& citizenId)
{
    SqlRunner x(m_database->db());
    x.run(QStringLiteral("SELECT id, citizen_id, course_id, at, author, channel, sent_to,"
                         " received_by, disclosure_id, json_sha256, pdf_sha256 FROM hand_overs"
                         " WHERE citizen_id = ? ORDER BY at, id"),
          {citizenId});
    QList<HandOverRecord> out;
    while (x.next())
        out << HandOverRecord{
            x.value(0).toString(),        x.value(1).toString(), x.value(2).toString(),
            StoredTime::from(x.value(3)), x.value(4).toString(), x.value(5).toString(),
            x.value(6).toString(),        x.value(7).toString(), x.value(8).toString(),
            x.value(9).toString(),        x.value(10).toString()};
    if (x.error())
        return x.error();
    return out;
}

Error Journal::markHandOvers(QList<CaseloadRow>& rows)
{
    // Asked only when a case is near deletion: most caseload reads have none.
    if (std::none_of(rows.cbegin(), rows.cend(),
                     [](const CaseloadRow& r) { return r.deletionInDays >= 0; }))
        return {};
    SqlRunner x(m_database->db());
    x.run(QStringLiteral("SELECT DISTINCT citizen_id FROM courses c WHERE actual_end IS NOT NULL"
                         " AND NOT EXISTS (SELECT 1 FROM hand_overs h WHERE h.course_id = c.id)"));
    QSet<QString> missing;
    while (x.next())
        missing << x.value(0).toString();
    if (x.error())
        return x.error();
    for (CaseloadRow& r : rows)
        r.handOverMissing = r.deletionInDays >= 0 && missing.contains(r.citizenId);
    return {};
}

} // namespace fortrolig
