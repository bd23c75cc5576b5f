#pragma once

#include "app/core/Error.h"
#include "app/privacy/AccessLogEntry.h"
#include <QDateTime>
#include <QString>

#include <QSqlDatabase>

namespace fortrolig {

class StatementCache;

// The log of every use of a citizen's data (docs/domain.md: time, user, kind of use, the person
// concerned). Each entry's hash covers the previous entry's hash, and the newest hash is kept
// in meta, so a changed, removed, reordered or cut-off entry is found by verify().
namespace AccessLog {

namespace Action {
inline const QString Created = QStringLiteral("created");
inline const QString Viewed = QStringLiteral("viewed");
inline const QString Listed = QStringLiteral("listed");
inline const QString Searched = QStringLiteral("searched");
inline const QString Corrected = QStringLiteral("corrected");
inline const QString Exported = QStringLiteral("exported");
inline const QString Consented = QStringLiteral("consent-recorded");
inline const QString Withdrawn = QStringLiteral("consent-withdrawn");
inline const QString Disclosed = QStringLiteral("disclosed");
inline const QString Obtained = QStringLiteral("obtained"); // from a third party, by consent
inline const QString Received = QStringLiteral("received-by-sync");    // pulled from the server
inline const QString Removed = QStringLiteral("removed-by-sync");      // moved to someone else
inline const QString Purged = QStringLiteral("purged-by-sync");        // deleted on the server
inline const QString Recovered = QStringLiteral("journal-recovered");  // rescued from damage
inline const QString LogGap = QStringLiteral("log-entries-lost");      // unreadable in the rescue
inline const QString Held = QStringLiteral("case-held");               // retention paused
inline const QString Released = QStringLiteral("case-released");       // the hold ended
inline const QString Deleted = QStringLiteral("deleted-by-retention"); // its period ended
inline const QString Scrubbed = QStringLiteral("log-scrubbed"); // free text of a deleted case
inline const QString Pruned = QStringLiteral("log-pruned");     // its own period ended
inline const QString NoteRemoved =
    QStringLiteral("note-removed"); // on the controller's instruction
// A part of a case (its consents, or its disclosure records) whose own period ended first.
inline const QString PartDeleted = QStringLiteral("part-deleted");
inline const QString RequestRecorded = QStringLiteral("request-recorded"); // from the citizen
inline const QString RequestStep = QStringLiteral("request-step"); // forwarded, extended, answered
inline const QString Restricted = QStringLiteral("case-restricted");      // art. 18
inline const QString Unrestricted = QStringLiteral("restriction-lifted"); // the citizen told
inline const QString HandedOver = QStringLiteral("handed-over"); // a course, to the municipality
} // namespace Action

// Call inside a transaction.
Error append(QSqlDatabase db, const QString& at, const QString& consultant, const QString& action,
             const QString& citizenId, const QString& reason);
// The same use of several citizens at one moment (a pulled page): one entry each, the head
// read and written once. Call inside a transaction.
Error appendEach(QSqlDatabase db, const QString& at, const QString& consultant,
                 const QString& action, const QStringList& citizenIds,
                 StatementCache* cache = nullptr);
// A deleted case keeps only its pseudonymous id in the log: the free-text reasons of its
// entries are emptied, and one checkpoint entry (action Scrubbed) lists them with a digest of
// what they still hold, so that verify() still checks every one of them (docs/retention.md).
// Nothing to scrub: nothing written. Call inside a transaction.
Error scrub(QSqlDatabase db, const QString& at, const QString& consultant,
            const QString& citizenId);
// The log's own retention: the entries older than `before` are deleted, oldest first. The
// newest deleted entry's number and hash become the log's anchor (kept in meta, where
// verify() starts the chain instead of at its beginning), and one entry (action Pruned) that
// names the anchor is appended, so that moving the anchor breaks the chain. Entries a
// checkpoint lists go only with all the others it lists. Returns how many were deleted.
// Call inside a transaction.
Result<qint64> prune(QSqlDatabase db, const QString& at, const QString& consultant,
                     const QDateTime& before);
Result<QList<AccessLogEntry>> entries(QSqlDatabase db, const QString& citizenId = {});
// The entries after `seq`, oldest first, at most `limit` (what the server has not got yet).
Result<QList<AccessLogEntry>> after(QSqlDatabase db, qint64 seq, int limit);
// The entry's hash as append() wrote it, from its fields and atText (the server checks the
// chains laptops send it by this). A scrubbed entry no longer matches it.
QString expectedHash(const AccessLogEntry& e);
// The entries a checkpoint (action Scrubbed) says it emptied; none if `reason` is not one.
QList<qint64> scrubbedBy(const QString& reason);
// Ok, or Damaged with the sequence number where the chain breaks.
Error verify(QSqlDatabase db);

} // namespace AccessLog

} // namespace fortrolig
