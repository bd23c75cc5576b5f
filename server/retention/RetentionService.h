#pragma once

#include "app/core/Error.h"
#include "app/journal/Retention.h"
#include "retention/PurgeLedger.h"
#include "store/CaseStore.h" // NoteRemoval

#include <QDate>
#include <QList>
#include <functional>
#include <optional>

namespace fortrolig::server {

class Sealer;
class ServerDatabase;

// A case and when the rules delete it.
struct CaseDue
{
    QString citizenId;
    QString consultant;
    CaseRetentionFacts facts;
    QDate due;      // null while a course is open or none has ended
    int months = 0; // the rule that set `due`
    std::optional<RetentionHold> hold;
    bool restricted = false; // a restriction in force (art. 18): kept as it is
    bool heldOn(const QDate& day) const { return restricted || (hold && hold->activeOn(day)); }
};

// A part of a case (its consents, or its disclosure records) whose own period ends before
// the case's.
struct PartDue
{
    CaseDue of; // the case, its facts and hold
    RetentionKind part = RetentionKind::Consents;
    QDate due;
    int months = 0;
};

struct RetentionRun
{
    QList<CaseDue> deleted;      // or, in a dry run, to be deleted
    QList<CaseDue> held;         // due, but held
    QList<PartDue> partsDeleted; // parts of cases deleted (or to be, in a dry run)
    QList<PartDue> partsHeld;    // due, but their case is held
    int failed = 0;              // left for the next run (each said on standard error)
    qint64 logEntriesPruned = 0; // the devices' log entries past the log's own period
    // Due within kRetentionNoticeDays (not yet) with an ended course never handed over to its
    // municipality: the administrator and the consultant are told (docs/hand-over.md).
    QList<CaseDue> notHandedOver;
};

// Retention on the server: the municipalities' rules, legal holds, the daily deletion, the
// purge ledger's re-application after a restore and the list the controller gets. Every
// deletion goes through deleteCase: ledger entry, purge (CaseStore::purge), audit row.
class RetentionService
{
public:
    using Clock = std::function<qint64()>;
    // `ledger` may be null (PostgreSQL without --data): deletions then do not survive a
    // restore, and the server says so at start.
    RetentionService(ServerDatabase& db, CaseStore& cases, const Sealer& sealer,
                     PurgeLedger* ledger, Clock clock);

    QDate today() const; // the clock's local date

    Result<RetentionRules> rules();
    Error setRule(const RetentionRule& rule, const QString& actor);

    Error hold(const RetentionHold& hold, const QString& actor);
    Error release(const QString& citizenId, const QString& actor);
    Result<QList<RetentionHold>> holds(const QStringList& citizens = {});

    // Every case with its due date (null when none), holds attached; `consultant` narrows.
    Result<QList<CaseDue>> cases(const QString& consultant = {});

    // Deletes the cases due on or before `day` that are not held (a dry run only lists them).
    Result<RetentionRun> run(const QDate& day, bool dryRun);

    // One case, on the controller's instruction (or a rule: `due` says which).
    Error deleteCase(const QString& citizenId, const QString& reason, const QString& actor,
                     const CaseDue* due = nullptr);

    // One part of a case by its rule (RetentionParts.cpp): ledger entry, CaseStore::removePart,
    // audit row ("part-deleted", the rule and the facts it was applied to).
    Result<PartRemoval> deletePart(const PartDue& due, const QString& actor);

    // One municipality's course cut out of a case another municipality's course shares, at
    // the end of its contract (RetentionParts.cpp, docs/offboarding.md): ledger entry (part
    // "course:ID", reason contract-end), CaseStore::removeCourse, audit row ("part-deleted",
    // the municipality and the course's internal id). `storedCourseId`: the course as
    // case_courses keys it (CaseStore::courseIdOf finds its id).
    Result<PartRemoval> cutCourse(const QString& citizenId, const QString& storedCourseId,
                                  const QString& municipality, const QString& actor);

    // One note of a case, on the controller's instruction (RetentionNotes.cpp): ledger entry,
    // CaseStore::removeNote, audit row ("note-removed", the reference, no text).
    Result<NoteRemoval> removeNote(const QString& citizenId, const QString& noteId,
                                   const QString& reference, const QString& actor);

    // The ledger's deletions that the database no longer shows (restored from a backup):
    // deleted again (cases) or removed again (notes). Returns how many.
    Result<int> reapplyLedger(const QString& actor);

    // The cases deleted in `month` for `municipality`, from the ledger (it survives restores).
    Result<QList<LedgerEntry>> deletionList(const QString& municipality, const QDate& month);

private:
    // The parts due on or before `day` of the cases that are not deleted whole by now.
    Result<QList<PartDue>> partsDue(const QList<CaseDue>& cases, const QDate& day);
    Error runParts(const QList<CaseDue>& cases, const QDate& day, bool dryRun, RetentionRun& out);
    Result<bool> reapplyPartRemoval(const LedgerEntry& entry, const QString& actor,
                                    bool tombstoned);
    Result<bool> reapplyNoteRemoval(const LedgerEntry& entry, const QString& actor,
                                    bool tombstoned);

    ServerDatabase& m_db;
    CaseStore& m_cases;
    const Sealer& m_sealer;
    PurgeLedger* m_ledger;
    Clock m_clock;
};

} // namespace fortrolig::server
