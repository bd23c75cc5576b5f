// RetentionService: a note removed on the controller's instruction (a note written in the
// wrong citizen's case), and its removal done again after a restore.
#include "retention/RetentionService.h"

#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/ServerDatabase.h"

namespace fortrolig::server {

Result<NoteRemoval> RetentionService::removeNote(const QString& citizenId, const QString& noteId,
                                                 const QString& reference, const QString& actor)
{
    if (Error e = checkInstructionReference(reference))
        return e;
    LedgerEntry entry;
    entry.citizenId = citizenId;
    entry.at = m_clock();
    entry.reason = QStringLiteral("instruction");
    entry.actor = actor;
    entry.noteId = noteId;
    entry.reference = reference;
    // In the ledger first, as a case's deletion: a restore cannot bring the note back. An
    // entry for a note that turns out not to be there is harmless (reapplied, it finds none).
    if (m_ledger)
        if (Error e = m_ledger->append(entry))
            return e;
    auto done = m_cases.removeNote(citizenId, noteId, reference, actor);
    if (!done.ok() || done->already)
        return done;
    if (Error e = writeAudit(m_db, m_clock(), actor, QStringLiteral("note-removed"), citizenId,
                             QStringLiteral("reason=instruction note=") + noteId +
                                 QStringLiteral(" reference=") + reference +
                                 QStringLiteral(" versions=") + QString::number(done->events)))
        return e;
    return done;
}

// True if the database did not show the removal (it does now).
Result<bool> RetentionService::reapplyNoteRemoval(const LedgerEntry& e, const QString& actor,
                                                  bool tombstoned)
{
    if (tombstoned)
        return false; // the whole case is deleted
    auto again = m_cases.removeNote(e.citizenId, e.noteId, e.reference, e.actor);
    if (again.ok() && again->already)
        return false;
    if (!again.ok() && again.error().code == ErrorCode::NotFound &&
        again.error().detail == QStringLiteral("note"))
        return false; // the ledger's entry was written, the note was never there
    if (!again.ok()) {
        // The case is not here, or its payloads are under a key retired by the removal (a
        // backup from before it): the removal is recorded, the case comes back from the
        // devices without the note (CaseStore::forgetUnreadableCases).
        if (again.error().code != ErrorCode::NotFound && again.error().code != ErrorCode::Damaged)
            return again.error();
        if (Error r = m_cases.recordRemovedNote(e.citizenId, e.noteId, e.reference, e.at, e.actor))
            return r;
    }
    if (Error r = writeAudit(m_db, m_clock(), actor, QStringLiteral("note-removed-again"),
                             e.citizenId, QStringLiteral("reason=ledger note=") + e.noteId))
        return r;
    return true;
}

} // namespace fortrolig::server
