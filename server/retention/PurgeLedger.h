#pragma once

#include "app/core/Error.h"

#include <QDate>
#include <QList>
#include <QString>

namespace fortrolig::server {

// One deleted case, one removed note, or one deleted part of a case: internal ids, dates and the
// rule only, never a name, number or note.
struct LedgerEntry
{
    QString citizenId;    // the case's internal id
    qint64 at = 0;        // when it was deleted (ms since the epoch, UTC)
    QString reason;       // "retention", "instruction" (the controller's), "contract-end"
    QString actor;        // "retention-job", "admin:USER"
    QString municipality; // the controller whose rule applied (may be empty)
    QDate courseEnd;      // the recorded course end (null for an instruction without one)
    QDate due;            // the due date by the rule (null: not deleted by a rule)
    int months = 0;       // the rule's months (0: not deleted by a rule)
    // Set when one note of the case was removed (the controller's instruction), not the case:
    // the note's id and the instruction's reference (checkInstructionReference).
    QString noteId;
    QString reference;
    bool isNoteRemoval() const { return !noteId.isEmpty(); }
    // Set when a part of the case was deleted by its own rule (RetentionKind's name:
    // "consents", "disclosures"): its events written up to `at` went, not the case.
    QString part;
    bool isPartRemoval() const { return !part.isEmpty(); }
};

// The purge ledger: a file of one JSON line per deleted case, kept beside the storage key in
// the server's --data folder, apart from the database. A database restored from a backup has
// forgotten the deletions made since; the server reads the ledger at start and at `epoch
// new` and deletes those cases again (RetentionService::reapplyLedger). An entry is written,
// and flushed to disk, before the case is deleted: a crash between the two leaves an entry
// whose deletion the next start completes, never a deletion without an entry.
class PurgeLedger
{
public:
    explicit PurgeLedger(QString path) : m_path(std::move(path)) {}
    const QString& path() const { return m_path; }

    Error append(const LedgerEntry& entry);
    // Every entry, oldest first. A last line cut short by a crash is left out (with a
    // warning); a damaged line elsewhere is an error that names it.
    Result<QList<LedgerEntry>> read() const;

private:
    QString m_path;
};

} // namespace fortrolig::server
