#include "retention/RetentionService.h"

#include "keys/ServerKey.h"
#include "store/AccessLogStore.h"
#include "store/AuditLog.h"
#include "store/CaseFacts.h"
#include "store/CaseStore.h"
#include "store/ServerDatabase.h"

#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>

namespace fortrolig::server {

Q_LOGGING_CATEGORY(lcRetention, "fortrolig.server.retention")

namespace {

// The facts of every case from its courses: the newest course's municipality, whether one
// is open, the latest recorded end.
QHash<QString, CaseRetentionFacts> readFacts(SqlRunner& sql)
{
    QHash<QString, CaseRetentionFacts> out;
    QHash<QString, QString> newestStart;
    sql.run(QStringLiteral("SELECT citizen_id, municipality, start_date, planned_end, actual_end,"
                           " handed_over_at FROM case_courses ORDER BY citizen_id, start_date"));
    while (sql.next()) {
        const QString citizen = sql.value(0).toString();
        CaseRetentionFacts& f = out[citizen];
        const QString start = sql.value(2).toString();
        if (start >= newestStart.value(citizen)) {
            newestStart.insert(citizen, start);
            f.municipality = sql.value(1).toString();
        }
        const QDate end = QDate::fromString(sql.value(4).toString(), Qt::ISODate);
        if (!end.isValid()) {
            f.courseOpen = true;
            f.plannedEnd = QDate::fromString(sql.value(3).toString(), Qt::ISODate);
        } else {
            if (!f.courseEnd.isValid() || end > f.courseEnd)
                f.courseEnd = end;
            if (sql.value(5).isNull() || sql.value(5).toString().isEmpty())
                f.handOverMissing = true;
        }
    }
    return out;
}

QString ruleDetail(const CaseDue& d)
{
    return QStringLiteral("rule=case months=%1 municipality=%2 course-end=%3 due=%4")
        .arg(d.months)
        .arg(d.facts.municipality, d.facts.courseEnd.toString(Qt::ISODate),
             d.due.toString(Qt::ISODate));
}

} // namespace

RetentionService::RetentionService(ServerDatabase& db, CaseStore& cases, const Sealer& sealer,
                                   PurgeLedger* ledger, Clock clock)
    : m_db(db), m_cases(cases), m_sealer(sealer), m_ledger(ledger), m_clock(std::move(clock))
{
}

QDate RetentionService::today() const
{
    return QDateTime::fromMSecsSinceEpoch(m_clock()).date();
}

Result<RetentionRules> RetentionService::rules()
{
    return CaseFacts::rules(m_db);
}

Error RetentionService::setRule(const RetentionRule& rule, const QString& actor)
{
    if (Error e = RetentionRules::check(rule))
        return e;
    Transaction tx(m_db);
    if (tx.error())
        return tx.error();
    auto before = rules();
    if (!before.ok())
        return before.error();
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    sql.run(QStringLiteral("DELETE FROM retention_rules WHERE municipality = ? AND kind = ?"),
            {rule.municipality, nameOf(rule.kind)});
    sql.run(QStringLiteral("INSERT INTO retention_rules (municipality, kind, months, changed_at)"
                           " VALUES (?, ?, ?, ?)"),
            {rule.municipality, nameOf(rule.kind), rule.months, m_clock()});
    if (sql.error())
        return sql.error();
    const QString target =
        (rule.municipality.isEmpty() ? QStringLiteral("(default)") : rule.municipality) +
        QLatin1Char('/') + nameOf(rule.kind);
    if (Error e = writeAudit(m_db, m_clock(), actor, QStringLiteral("retention-set"), target,
                             QStringLiteral("months %1 -> %2")
                                 .arg(before->months(rule.municipality, rule.kind))
                                 .arg(rule.months)))
        return e;
    return tx.commit();
}

Error RetentionService::hold(const RetentionHold& hold, const QString& actor)
{
    if (hold.reason.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("a hold needs a reason"));
    Transaction tx(m_db);
    if (tx.error())
        return tx.error();
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    const int known = sql.single(QStringLiteral("SELECT count(*) FROM cases WHERE citizen_id = ?"),
                                 {hold.citizenId})
                          .toInt();
    if (sql.error())
        return sql.error();
    if (known == 0)
        return Error(ErrorCode::NotFound, QStringLiteral("case"));
    RetentionHold h = hold;
    h.heldBy = actor;
    if (Error e = CaseFacts::writeHold(m_db, m_sealer, h, m_clock()))
        return e;
    // The reason is not in the audit log: it is free text and may name someone.
    if (Error e = writeAudit(m_db, m_clock(), actor, QStringLiteral("case-held"), hold.citizenId,
                             hold.until.isValid()
                                 ? QStringLiteral("until ") + hold.until.toString(Qt::ISODate)
                                 : QStringLiteral("until released")))
        return e;
    return tx.commit();
}

Error RetentionService::release(const QString& citizenId, const QString& actor)
{
    Transaction tx(m_db);
    if (tx.error())
        return tx.error();
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    const int held = sql.single(QStringLiteral("SELECT count(*) FROM case_holds"
                                               " WHERE citizen_id = ?"),
                                {citizenId})
                         .toInt();
    if (sql.error())
        return sql.error();
    if (held == 0)
        return Error(ErrorCode::NotFound, QStringLiteral("hold"));
    if (Error e = CaseFacts::removeHold(m_db, citizenId))
        return e;
    if (Error e = writeAudit(m_db, m_clock(), actor, QStringLiteral("case-released"), citizenId))
        return e;
    return tx.commit();
}

Result<QList<RetentionHold>> RetentionService::holds(const QStringList& citizens)
{
    return CaseFacts::holds(m_db, m_sealer, citizens);
}

Result<QList<CaseDue>> RetentionService::cases(const QString& consultant)
{
    auto r = rules();
    if (!r.ok())
        return r.error();
    auto held = holds();
    if (!held.ok())
        return held.error();
    auto restricted = CaseFacts::restricted(m_db);
    if (!restricted.ok())
        return restricted.error();
    QHash<QString, RetentionHold> holdOf;
    for (const RetentionHold& h : held.value())
        holdOf.insert(h.citizenId, h);
    SqlRunner sql(m_db.db(), m_db.mapper());
    const QHash<QString, CaseRetentionFacts> facts = readFacts(sql);
    QList<CaseDue> out;
    sql.run(QStringLiteral("SELECT citizen_id, consultant FROM cases ORDER BY citizen_id"));
    while (sql.next()) {
        CaseDue d;
        d.citizenId = sql.value(0).toString();
        d.consultant = sql.value(1).toString();
        if (!consultant.isEmpty() && d.consultant != consultant)
            continue;
        d.facts = facts.value(d.citizenId);
        d.due = d.facts.dueDate(r.value());
        d.months = r->months(d.facts.municipality, RetentionKind::Case);
        if (holdOf.contains(d.citizenId))
            d.hold = holdOf.value(d.citizenId);
        d.restricted = restricted->contains(d.citizenId);
        out << d;
    }
    if (sql.error())
        return sql.error();
    return out;
}

Result<RetentionRun> RetentionService::run(const QDate& day, bool dryRun)
{
    auto all = cases();
    if (!all.ok())
        return all.error();
    RetentionRun out;
    for (const CaseDue& d : all.value()) {
        if (d.due.isValid() && d.due > day && d.due <= day.addDays(kRetentionNoticeDays) &&
            d.facts.handOverMissing && !d.heldOn(day))
            out.notHandedOver << d;
        if (!d.due.isValid() || d.due > day)
            continue;
        if (d.heldOn(day)) {
            out.held << d;
            continue;
        }
        if (!dryRun) {
            const Error e = deleteCase(d.citizenId, QStringLiteral("retention"),
                                       QStringLiteral("retention-job"), &d);
            if (e.code == ErrorCode::NotFound)
                continue; // another server process deleted it just now
            if (e) {
                // One case that cannot be deleted now does not stop the others.
                qCWarning(lcRetention).noquote()
                    << "deleting a due case failed:" << d.citizenId << e.message();
                ++out.failed;
                continue;
            }
        }
        out.deleted << d;
    }
    // Then the parts of the others whose own periods have ended.
    if (Error e = runParts(all.value(), day, dryRun, out))
        return e;
    // And the devices' log entries older than the log's own period.
    auto rules = this->rules();
    if (!rules.ok())
        return rules.error();
    const qint64 before =
        QDateTime(day.addMonths(-rules->accessLogMonths()), QTime(0, 0)).toMSecsSinceEpoch();
    if (dryRun) {
        auto count = AccessLogStore::due(m_db, before);
        if (!count.ok())
            return count.error();
        out.logEntriesPruned = count.value();
    } else {
        auto pruned = AccessLogStore::prune(m_db, before);
        if (!pruned.ok())
            return pruned.error();
        out.logEntriesPruned = pruned.value();
    }
    return out;
}

Error RetentionService::deleteCase(const QString& citizenId, const QString& reason,
                                   const QString& actor, const CaseDue* due)
{
    LedgerEntry entry;
    entry.citizenId = citizenId;
    entry.at = m_clock();
    entry.reason = reason;
    entry.actor = actor;
    if (due) {
        entry.municipality = due->facts.municipality;
        entry.courseEnd = due->facts.courseEnd;
        entry.due = due->due;
        entry.months = due->months;
    } else {
        // An instruction: the case's facts still go on the controller's list.
        auto all = cases();
        if (!all.ok())
            return all.error();
        for (const CaseDue& d : all.value())
            if (d.citizenId == citizenId) {
                entry.municipality = d.facts.municipality;
                entry.courseEnd = d.facts.courseEnd;
            }
    }
    if (m_ledger)
        if (Error e = m_ledger->append(entry))
            return e;
    if (Error e = m_cases.purge(citizenId))
        return e;
    const QString detail = QStringLiteral("reason=") + reason +
                           (due ? QStringLiteral(" ") + ruleDetail(*due)
                                : QStringLiteral(" municipality=") + entry.municipality);
    return writeAudit(m_db, m_clock(), actor, QStringLiteral("case-purged"), citizenId, detail);
}

Result<int> RetentionService::reapplyLedger(const QString& actor)
{
    // Note removals first: earlier keys a removal left (it stopped after its commit), and the
    // cases a backup from before a removal brought back under a retired key.
    if (Error e = m_cases.finishNoteRemovals())
        return e;
    if (auto forgotten = m_cases.forgetUnreadableCases(); !forgotten.ok())
        return forgotten.error();
    if (!m_ledger)
        return 0;
    auto entries = m_ledger->read();
    if (!entries.ok())
        return entries.error();
    QSet<QString> tombstoned, present;
    SqlRunner sql(m_db.db(), m_db.mapper());
    sql.run(QStringLiteral("SELECT citizen_id FROM tombstones"));
    while (sql.next())
        tombstoned.insert(sql.value(0).toString());
    sql.run(QStringLiteral("SELECT citizen_id FROM cases"));
    while (sql.next())
        present.insert(sql.value(0).toString());
    if (sql.error())
        return sql.error();
    int done = 0;
    for (const LedgerEntry& e : entries.value()) {
        if (e.isNoteRemoval() || e.isPartRemoval()) {
            const bool gone = tombstoned.contains(e.citizenId);
            auto again = e.isNoteRemoval() ? reapplyNoteRemoval(e, actor, gone)
                                           : reapplyPartRemoval(e, actor, gone);
            if (!again.ok())
                return again.error();
            done += again.value() ? 1 : 0;
            continue;
        }
        if (tombstoned.contains(e.citizenId) && !present.contains(e.citizenId))
            continue;
        if (present.contains(e.citizenId)) {
            if (Error err = m_cases.purge(e.citizenId))
                return err;
        } else {
            // Never reached this database: the tombstone keeps devices from pushing it back.
            sql.run(QStringLiteral("INSERT INTO tombstones (citizen_id, purged_at) VALUES (?, ?)"),
                    {e.citizenId, e.at});
            if (sql.error())
                return sql.error();
        }
        tombstoned.insert(e.citizenId);
        present.remove(e.citizenId);
        if (Error err = writeAudit(m_db, m_clock(), actor, QStringLiteral("case-purged-again"),
                                   e.citizenId, QStringLiteral("reason=ledger")))
            return err;
        ++done;
    }
    return done;
}

Result<QList<LedgerEntry>> RetentionService::deletionList(const QString& municipality,
                                                          const QDate& month)
{
    if (!m_ledger)
        return Error(ErrorCode::NotFound, QStringLiteral("purge ledger (needs --data)"));
    auto entries = m_ledger->read();
    if (!entries.ok())
        return entries.error();
    QList<LedgerEntry> out;
    QSet<QString> seen;
    for (const LedgerEntry& e : entries.value()) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(e.at).date();
        if (e.isNoteRemoval() || e.isPartRemoval() || e.municipality != municipality ||
            day.year() != month.year() || day.month() != month.month() ||
            seen.contains(e.citizenId))
            continue;
        seen.insert(e.citizenId);
        out << e;
    }
    return out;
}

} // namespace fortrolig::server
