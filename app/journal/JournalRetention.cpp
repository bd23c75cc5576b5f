#include "app/journal/Journal.h"

#include "app/core/StoredTime.h"
#include "app/journal/Events.h"
#include "app/privacy/AccessLog.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/SqlRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <tuple>

namespace fortrolig {

// Retention on this computer: which rules apply, which cases are held, and the deletion of
// the cases whose time has come (docs/retention.md).

namespace {
const QString kServerKey = QStringLiteral("retention_server"); // rules, holds, when received
const QString kLocalKey = QStringLiteral("retention_local");   // this computer's settings
const QString kRegisterKey = QStringLiteral("municipalities"); // the server's register

QString metaText(SqlRunner& x, const QString& key)
{
    return x.single(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}).toString();
}

Error putMetaText(QSqlDatabase db, const QString& key, const QJsonObject& value)
{
    SqlRunner x(db);
    x.run(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"),
          {key, QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact))});
    return x.error();
}

// What the access log says of a deletion: the rule and the facts it was applied to, no more.
QString deletionReason(const RetentionDeletion& d)
{
    return QStringLiteral("retention; rule %1 months; municipality %2; due %3")
        .arg(d.months)
        .arg(d.municipality, d.dueDate.toString(Qt::ISODate));
}
} // namespace

Error Journal::setRetention(const RetentionRules& rules, const QList<RetentionHold>& serverHolds)
{
    for (const RetentionRule& r : rules.rules())
        if (Error e = RetentionRules::check(r))
            return e;
    QJsonArray holds;
    for (const RetentionHold& h : serverHolds)
        holds.append(h.toJson());
    return putMetaText(m_database->db(), kServerKey,
                       {{QStringLiteral("rules"), rules.toJson()},
                        {QStringLiteral("receivedAt"), now()},
                        {QStringLiteral("holds"), holds}});
}

Error Journal::setLocalRetention(const RetentionRules& rules)
{
    for (const RetentionRule& r : rules.rules())
        if (Error e = RetentionRules::check(r))
            return e;
    SqlRunner x(m_database->db());
    const QString stored = metaText(x, kLocalKey);
    if (x.error())
        return x.error();
    const QJsonObject value{{QStringLiteral("rules"), rules.toJson()}};
    if (stored.toUtf8() == QJsonDocument(value).toJson(QJsonDocument::Compact))
        return {}; // unchanged: nothing written at every unlock
    return putMetaText(m_database->db(), kLocalKey, value);
}

Result<RetentionSetting> Journal::retention()
{
    SqlRunner x(m_database->db());
    const QString server = metaText(x, kServerKey);
    const QString local = metaText(x, kLocalKey);
    if (x.error())
        return x.error();
    RetentionSetting s;
    s.fromServer = !server.isEmpty();
    const QJsonObject o =
        QJsonDocument::fromJson((s.fromServer ? server : local).toUtf8()).object();
    if (s.fromServer)
        s.receivedAt = StoredTime::from(o.value(QStringLiteral("receivedAt")).toString());
    auto rules = RetentionRules::fromJson(o.value(QStringLiteral("rules")).toArray());
    if (!rules.ok())
        return Error(ErrorCode::InvalidInput, QStringLiteral("stored retention rules"));
    s.rules = rules.value();
    return s;
}

RetentionRules Journal::retentionRules()
{
    auto s = retention();
    return s.ok() ? s->rules : RetentionRules();
}

Error Journal::setMunicipalities(const MunicipalityRegister& municipalities)
{
    // Kept only as municipalities() will read it back: an entry it would refuse is refused now.
    if (auto checked = MunicipalityRegister::fromJson(municipalities.toJson()); !checked.ok())
        return Error(ErrorCode::InvalidInput,
                     QStringLiteral("municipality register: ") + checked.error().detail);
    return putMetaText(m_database->db(), kRegisterKey,
                       {{QStringLiteral("municipalities"), municipalities.toJson()},
                        {QStringLiteral("receivedAt"), now()}});
}

Result<MunicipalityRegister> Journal::municipalities()
{
    SqlRunner x(m_database->db());
    const QString stored = metaText(x, kRegisterKey);
    if (x.error())
        return x.error();
    if (stored.isEmpty())
        return MunicipalityRegister();
    auto r = MunicipalityRegister::fromJson(QJsonDocument::fromJson(stored.toUtf8())
                                                .object()
                                                .value(QStringLiteral("municipalities"))
                                                .toArray());
    if (!r.ok())
        return Error(ErrorCode::InvalidInput, QStringLiteral("stored municipality register"));
    return r;
}

// One pass over the courses (sorted, newest last), not four look-ups per citizen: the
// caseload of 5,000 citizens asks for all of them at every redraw.
Result<QHash<QString, CaseRetentionFacts>> Journal::retentionFacts(const QString& citizenId)
{
    SqlRunner x(m_database->db());
    const bool one = !citizenId.isEmpty();
    const QVariantList values = one ? QVariantList{citizenId} : QVariantList{};
    QHash<QString, CaseRetentionFacts> out;
    x.run(QStringLiteral("SELECT id FROM citizens") +
              (one ? QStringLiteral(" WHERE id = ?") : QString()),
          values);
    while (x.next())
        out.insert(x.value(0).toString(), CaseRetentionFacts{});
    x.run(QStringLiteral("SELECT citizen_id, municipality, planned_end, actual_end FROM courses") +
              (one ? QStringLiteral(" WHERE citizen_id = ?") : QString()) +
              QStringLiteral(" ORDER BY citizen_id, start_date, created_at"),
          values);
    while (x.next()) {
        const auto it = out.find(x.value(0).toString());
        if (it == out.end())
            continue;
        CaseRetentionFacts& f = *it;
        f.municipality = x.value(1).toString(); // the newest course's, in the end
        const QDate end = StoredTime::day(x.value(3));
        const QDate planned = StoredTime::day(x.value(2));
        if (!end.isValid()) {
            f.courseOpen = true;
            if (planned.isValid() && (!f.plannedEnd.isValid() || planned < f.plannedEnd))
                f.plannedEnd = planned;
        } else if (!f.courseEnd.isValid() || end > f.courseEnd) {
            f.courseEnd = end;
        }
    }
    if (x.error())
        return x.error();
    return out;
}

Result<QHash<QString, QList<CaseHold>>> Journal::activeHolds(const QDate& today)
{
    SqlRunner x(m_database->db());
    QHash<QString, QList<CaseHold>> out;
    x.run(QStringLiteral("SELECT citizen_id, held_by, reason, until, held_at FROM case_holds"));
    while (x.next()) {
        const CaseHold h{x.value(1).toString(), x.value(2).toString(), StoredTime::day(x.value(3)),
                         StoredTime::from(x.value(4)), false};
        if (!h.until.isValid() || today <= h.until)
            out[x.value(0).toString()] << h;
    }
    // A restriction in force keeps the case as it is (art. 18: stored, nothing more).
    x.run(QStringLiteral("SELECT citizen_id, set_by, coalesce(instruction, ''), set_at"
                         " FROM restrictions WHERE lifted_at IS NULL"));
    while (x.next())
        out[x.value(0).toString()] << CaseHold{x.value(1).toString(),
                                               x.value(2).toString(),
                                               {},
                                               StoredTime::from(x.value(3)),
                                               false,
                                               true};
    const QString server = metaText(x, kServerKey);
    if (x.error())
        return x.error();
    const QJsonArray holds =
        QJsonDocument::fromJson(server.toUtf8()).object().value(QStringLiteral("holds")).toArray();
    for (const QJsonValue& v : holds) {
        const auto read = RetentionHold::fromJson(v.toObject());
        const RetentionHold& h = read.value();
        if (read.ok() && h.activeOn(today))
            out[h.citizenId] << CaseHold{h.heldBy, h.reason, h.until, {}, true};
    }
    return out;
}

CaseloadRow& Journal::withRetention(CaseloadRow& r, const CaseRetentionFacts& f,
                                    const RetentionRules& rules, bool held,
                                    const QDate& today) const
{
    r.held = held;
    r.courseOverdue = f.courseOverdue(today);
    const QDate due = f.dueDate(rules);
    if (r.status == CaseStatus::Ended) {
        r.nextDate = due;
        if (due.isValid() && due <= today)
            r.status = CaseStatus::DeletionDue;
    }
    if (due.isValid() && !held && today.daysTo(due) <= kRetentionNoticeDays)
        r.deletionInDays = int(std::max<qint64>(0, today.daysTo(due)));
    return r;
}

Result<CaseRetention> Journal::caseRetention(const QString& citizenId)
{
    const QDate today = m_clock().date();
    auto facts = retentionFacts(citizenId);
    if (!facts.ok())
        return facts.error();
    if (!facts->contains(citizenId))
        return Error(ErrorCode::NotFound, QStringLiteral("citizen"));
    auto holds = activeHolds(today);
    if (!holds.ok())
        return holds.error();
    const RetentionRules rules = retentionRules();
    CaseRetention c;
    c.citizenId = citizenId;
    c.facts = facts->value(citizenId);
    c.months = rules.months(c.facts.municipality, RetentionKind::Case);
    c.dueDate = c.facts.dueDate(rules);
    c.holds = holds->value(citizenId);
    c.courseOverdue = c.facts.courseOverdue(today);
    for (RetentionKind part : caseParts()) {
        const int months = rules.months(c.facts.municipality, part);
        if (months < c.months)
            c.parts << PartRetention{part, months, c.facts.dueDate(rules, part)};
    }
    return c;
}

Error Journal::holdCase(const QString& citizenId, const QString& reason, QDate until)
{
    const QString clean = reason.trimmed();
    if (clean.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("reason"));
    if (until.isValid() && until < m_clock().date())
        return Error(ErrorCode::InvalidInput, QStringLiteral("until before today"));
    if (Error e = requireCitizen(citizenId))
        return e;
    const CaseHeldPayload payload{clean, until.isValid() ? until.toString(Qt::ISODate) : QString()};
    return record(makeEvent(EventType::CaseHeld, citizenId, payload.encode()),
                  AccessLog::Action::Held, citizenId);
}

Error Journal::releaseCase(const QString& citizenId)
{
    SqlRunner x(m_database->db());
    const QVariant held = x.single(
        QStringLiteral("SELECT event_id FROM case_holds WHERE citizen_id = ?"), {citizenId});
    if (x.error())
        return x.error();
    if (!held.isValid())
        return Error(ErrorCode::NotFound, QStringLiteral("hold"));
    return record(makeEvent(EventType::CaseReleased, citizenId, CaseReleasedPayload{}.encode()),
                  AccessLog::Action::Released, citizenId);
}

Result<RetentionRun> Journal::dueForDeletion(const QDate& today)
{
    auto setting = retention();
    if (!setting.ok())
        return setting.error(); // unreadable rules: nothing is deleted
    auto facts = retentionFacts();
    if (!facts.ok())
        return facts.error();
    auto holds = activeHolds(today);
    if (!holds.ok())
        return holds.error();
    RetentionRun run;
    for (auto it = facts->cbegin(); it != facts->cend(); ++it) {
        const QDate due = it->dueDate(setting->rules);
        if (!due.isValid() || due > today)
            continue;
        if (holds->contains(it.key())) {
            ++run.held;
            continue;
        }
        run.deleted << RetentionDeletion{
            it.key(), it->municipality,
            setting->rules.months(it->municipality, RetentionKind::Case), due};
    }
    std::sort(run.deleted.begin(), run.deleted.end(), [](const auto& a, const auto& b) {
        return std::tie(a.dueDate, a.citizenId) < std::tie(b.dueDate, b.citizenId);
    });
    if (Error e = findDueParts(facts.value(), holds.value(), setting->rules, today, run))
        return e;
    return run;
}

// The cut-off is the moment of the run: a part's events written up to now go, as on the
// server, which removes a part up to the moment it runs. While a course is open no part is
// due, so a consent for a new course is never taken; one recorded after the due date of a
// course that has ended goes at the next run.
Error Journal::findDueParts(const QHash<QString, CaseRetentionFacts>& facts,
                            const QHash<QString, QList<CaseHold>>& holds,
                            const RetentionRules& rules, const QDate& today, RetentionRun& run)
{
    QSet<QString> whole;
    for (const RetentionDeletion& d : std::as_const(run.deleted))
        whole.insert(d.citizenId);
    const QDateTime upTo = m_clock();
    for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
        if (whole.contains(it.key()) || holds.contains(it.key()))
            continue;
        for (RetentionKind part : caseParts()) {
            const QDate due = it->partDueDate(rules, part);
            if (!due.isValid() || due > today)
                continue;
            auto events = partEventsUpTo(it.key(), part, upTo);
            if (!events.ok())
                return events.error();
            if (events.value() > 0)
                run.parts << PartDeletion{
                    it.key(), part,          it->municipality, rules.months(it->municipality, part),
                    due,      events.value()};
        }
    }
    std::sort(run.parts.begin(), run.parts.end(), [](const auto& a, const auto& b) {
        return std::tie(a.dueDate, a.citizenId, a.part) < std::tie(b.dueDate, b.citizenId, b.part);
    });
    return {};
}

// Each due part goes in one transaction with its log entry; the cut-off as findDueParts says.
Error Journal::eraseDueParts(RetentionRun& run)
{
    if (run.parts.isEmpty())
        return {};
    Transaction tx = batch();
    if (tx.error())
        return tx.error();
    const QDateTime upTo = m_clock();
    for (PartDeletion& d : run.parts) {
        auto erased = erasePartFor(d.citizenId, d.part, upTo, partDeletionReason(d));
        if (!erased.ok())
            return erased.error();
        d.events = erased.value();
    }
    return tx.commit();
}

Error Journal::pruneAccessLog(const QDate& today, RetentionRun& run)
{
    const QDateTime before(today.addMonths(-retentionRules().accessLogMonths()), QTime(0, 0));
    Transaction tx = batch();
    if (tx.error())
        return tx.error();
    auto pruned = AccessLog::prune(m_database->db(), now(), m_identity.consultant, before);
    if (!pruned.ok())
        return pruned.error();
    run.logEntriesPruned = pruned.value();
    if (Error e = pruneSyncProblems(today, run))
        return e;
    return tx.commit();
}

// Kept sync problems (refused events, with the drafts and scans kept for the consultant) go
// when their case's municipality's period for them has passed since they were kept.
Error Journal::pruneSyncProblems(const QDate& today, RetentionRun& run)
{
    auto facts = retentionFacts();
    if (!facts.ok())
        return facts.error();
    const RetentionRules rules = retentionRules();
    SqlRunner x(m_database->db());
    QVariantList old;
    x.run(QStringLiteral("SELECT id, citizen_id, at FROM sync_problems"));
    while (x.next()) {
        const QString municipality = facts->value(x.value(1).toString()).municipality;
        const QDate kept = StoredTime::from(x.value(2)).toLocalTime().date();
        if (kept.addMonths(rules.months(municipality, RetentionKind::SyncProblems)) <= today)
            old << x.value(0);
    }
    for (const QVariant& id : std::as_const(old))
        x.run(QStringLiteral("DELETE FROM sync_problems WHERE id = ?"), {id});
    run.syncProblemsPruned = int(old.size());
    return x.error();
}

Result<RetentionRun> Journal::applyRetention(const QDate& today)
{
    auto run = dueForDeletion(today);
    if (!run.ok())
        return run;
    if (Error e = pruneAccessLog(today, run.value()))
        return e;
    if (Error e = eraseDueParts(run.value()))
        return e;
    if (run->deleted.isEmpty()) {
        if (Error e = finishErasure())
            return e;
        return run;
    }
    {
        Transaction tx = batch();
        if (tx.error())
            return tx.error();
        QSqlDatabase db = m_database->db();
        const QString at = now();
        for (const RetentionDeletion& d : std::as_const(run->deleted)) {
            if (Error e = eraseCitizen(d.citizenId))
                return e;
            SqlRunner x(db);
            x.run(QStringLiteral("DELETE FROM sync_problems WHERE citizen_id = ?"), {d.citizenId});
            if (x.error())
                return x.error();
            if (Error e = AccessLog::scrub(db, at, m_identity.consultant, d.citizenId))
                return e;
            if (Error e =
                    AccessLog::append(db, at, m_identity.consultant, AccessLog::Action::Deleted,
                                      d.citizenId, deletionReason(d)))
                return e;
        }
        if (Error e = tx.commit())
            return e;
    }
    for (const RetentionDeletion& d : std::as_const(run->deleted))
        m_shown.removeAll(QStringLiteral("case:") + d.citizenId);
    if (Error e = finishErasure())
        return e;
    return run;
}

Error Journal::finishErasure()
{
    if (!m_erased || m_batchDepth > 0)
        return {};
    SqlRunner x(m_database->db());
    // Merging the index rewrites it whole (seconds at a million notes): only when it held
    // something that went, not for a part of a case (consents, disclosures are not indexed).
    if (m_indexErased) {
        for (const QString& table : {QStringLiteral("notes_fts"), QStringLiteral("citizens_fts")})
            x.run(QStringLiteral("INSERT INTO %1(%1) VALUES('optimize')").arg(table));
        if (x.error())
            return x.error();
        m_indexErased = false;
    }
    x.run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const bool busy = x.next() && x.value(0).toInt() != 0;
    x.finish();
    if (x.error())
        return x.error();
    m_erased = busy; // a reader kept the log: tried again after the next erasure or run
    return {};
}

} // namespace fortrolig
