// RetentionService: a part of a case (its consents with signatures and scans, or its
// disclosure records) deleted when its own period ends before the case's, and that deletion
// done again after a restore.
#include "retention/RetentionService.h"

#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/ServerDatabase.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace fortrolig::server {

Q_DECLARE_LOGGING_CATEGORY(lcRetention)

namespace {

QString partDetail(const PartDue& d)
{
    return QStringLiteral("reason=retention rule=%1 months=%2 municipality=%3 course-end=%4"
                          " due=%5")
        .arg(nameOf(d.part))
        .arg(d.months)
        .arg(d.of.facts.municipality, d.of.facts.courseEnd.toString(Qt::ISODate),
             d.due.toString(Qt::ISODate));
}

} // namespace

Result<QList<PartDue>> RetentionService::partsDue(const QList<CaseDue>& cases, const QDate& day)
{
    auto rules = this->rules();
    if (!rules.ok())
        return rules.error();
    QList<PartDue> out;
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    for (const CaseDue& c : cases) {
        if (c.due.isValid() && c.due <= day)
            continue; // the whole case goes (or is held)
        for (RetentionKind part : caseParts()) {
            const QDate due = c.facts.partDueDate(rules.value(), part);
            if (!due.isValid() || due > day)
                continue;
            // Only while the case still has events of the part: once they are deleted, the
            // case is not looked at again for it (a later course moves its due date anyway).
            const QStringList types = eventTypesOf(part);
            QVariantList values{c.citizenId};
            for (const QString& t : types)
                values << t;
            QString marks = QStringLiteral("?");
            for (qsizetype i = 1; i < types.size(); ++i)
                marks += QStringLiteral(", ?");
            const int left =
                sql.single(QStringLiteral("SELECT count(*) FROM events WHERE citizen_id = ?"
                                          " AND type IN (") +
                               marks + QLatin1Char(')'),
                           values)
                    .toInt();
            if (sql.error())
                return sql.error();
            if (left > 0)
                out << PartDue{c, part, due, rules->months(c.facts.municipality, part)};
        }
    }
    return out;
}

Error RetentionService::runParts(const QList<CaseDue>& cases, const QDate& day, bool dryRun,
                                 RetentionRun& out)
{
    auto due = partsDue(cases, day);
    if (!due.ok())
        return due.error();
    for (const PartDue& d : due.value()) {
        if (d.of.heldOn(day)) {
            out.partsHeld << d;
            continue;
        }
        if (!dryRun) {
            auto done = deletePart(d, QStringLiteral("retention-job"));
            if (!done.ok()) {
                // One part that cannot be deleted now does not stop the others.
                qCWarning(lcRetention).noquote()
                    << "deleting a due part of a case failed:" << d.of.citizenId
                    << done.error().message();
                ++out.failed;
                continue;
            }
            if (done->events == 0)
                continue; // another server process deleted it just now
        }
        out.partsDeleted << d;
    }
    return {};
}

Result<PartRemoval> RetentionService::deletePart(const PartDue& d, const QString& actor)
{
    LedgerEntry entry;
    entry.citizenId = d.of.citizenId;
    entry.at = m_clock();
    entry.reason = QStringLiteral("retention");
    entry.actor = actor;
    entry.municipality = d.of.facts.municipality;
    entry.courseEnd = d.of.facts.courseEnd;
    entry.due = d.due;
    entry.months = d.months;
    entry.part = nameOf(d.part);
    // The ledger first, as for a case: a restore cannot bring the part back.
    if (m_ledger)
        if (Error e = m_ledger->append(entry))
            return e;
    auto done = m_cases.removePart(d.of.citizenId, d.part, entry.at, actor);
    if (!done.ok() || done->events == 0)
        return done;
    if (Error e =
            writeAudit(m_db, m_clock(), actor, QStringLiteral("part-deleted"), d.of.citizenId,
                       partDetail(d) + QStringLiteral(" events=") + QString::number(done->events)))
        return e;
    return done;
}

// True if the database did not show the deletion (it does now).
Result<PartRemoval> RetentionService::cutCourse(const QString& citizenId,
                                                const QString& storedCourseId,
                                                const QString& municipality, const QString& actor)
{
    auto course = m_cases.courseIdOf(citizenId, storedCourseId);
    if (!course.ok())
        return course.error();
    const QString courseId = course.value();
    LedgerEntry entry;
    entry.citizenId = citizenId;
    entry.at = m_clock();
    entry.reason = QStringLiteral("contract-end");
    entry.actor = actor;
    entry.municipality = municipality;
    entry.part = coursePartName(courseId);
    if (m_ledger)
        if (Error e = m_ledger->append(entry))
            return e;
    auto done = m_cases.removeCourse(citizenId, courseId, entry.at, actor);
    if (!done.ok())
        return done;
    if (Error e = writeAudit(m_db, m_clock(), actor, QStringLiteral("part-deleted"), citizenId,
                             QStringLiteral("reason=contract-end municipality=%1 course=%2"
                                            " events=%3")
                                 .arg(municipality, courseId)
                                 .arg(done->events)))
        return e;
    return done;
}

Result<bool> RetentionService::reapplyPartRemoval(const LedgerEntry& e, const QString& actor,
                                                  bool tombstoned)
{
    const auto part = retentionKindOf(e.part);
    const QString course = courseOfPart(e.part);
    if (tombstoned || (course.isEmpty() && (!part || !caseParts().contains(*part))))
        return false; // the whole case is deleted (or a part a later version knows)
    auto again = course.isEmpty() ? m_cases.removePart(e.citizenId, *part, e.at, e.actor)
                                  : m_cases.removeCourse(e.citizenId, course, e.at, e.actor);
    // The case not here (let go after a restore, to come back from the devices) or not
    // readable: nothing to delete now.
    if (!again.ok() && again.error().code != ErrorCode::NotFound &&
        again.error().code != ErrorCode::Damaged)
        return again.error();
    const int events = again.ok() ? again->events : 0;
    // The removal is recorded, so that the part's older events are refused when a device sends
    // them with the case again.
    auto recorded = m_cases.recordRemovedPart(e.citizenId, e.part, e.at, e.actor);
    if (!recorded.ok())
        return recorded.error();
    if (events == 0 && !recorded.value())
        return false;
    if (Error r =
            writeAudit(m_db, m_clock(), actor, QStringLiteral("part-deleted-again"), e.citizenId,
                       QStringLiteral("reason=ledger rule=") + e.part + QStringLiteral(" events=") +
                           QString::number(events)))
        return r;
    return true;
}

} // namespace fortrolig::server
