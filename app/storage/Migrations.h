#pragma once

#include "app/core/Error.h"

#include <QSqlDatabase>
#include <QStringList>

namespace fortrolig {

// The journal's schema, as numbered steps. Each step runs in its own transaction together
// with the new PRAGMA user_version, so a journal is always at exactly one version.
namespace Migrations {
int latestVersion();
Result<int> currentVersion(QSqlDatabase db);
// Brings the schema to `target` (default: latest). NewerFormat if the journal is ahead.
Error migrate(QSqlDatabase db, int target = -1);

// The two indexes on a citizen's id that every pulled event lands at a random place in
// (events by citizen, notes by citizen). A large first pull drops them and builds them again
// at its end, which is much cheaper than keeping them up to date page by page; migrate()
// puts them back if a pull was cut short.
QStringList bulkIndexes();
Error ensureBulkIndexes(QSqlDatabase db); // and completes a deferred notes index (below)

// The notes' search index during such a pull. Writing each pulled note version into
// notes_fts as it arrives (a segment flushed and merged with every part of a page) was a
// sixth of the laptop's work in a pull; instead, the versions after the newest one indexed
// when the pull began are indexed by one statement at its end. While they wait, the meta key
// kNotesIndexedUpTo holds that version's seq: whatever writes notes_fts leaves later versions
// alone (notesIndexed() for a delete's condition), so each version is indexed exactly once,
// as it comes or at the completion. Journal::search reads the waiting ones from the table.
inline constexpr const char* kNotesIndexedUpTo = "search.notes-indexed-up-to";
// Run in one transaction each: the first defers (the newest version now; kept if a pull cut
// short had it already), the second indexes what waits and drops the key.
QList<QByteArray> deferNotesIndex();
QList<QByteArray> completeNotesIndex();
// SQL: notes_fts's `docid` is a version the index holds (not one waiting for the completion).
QString notesIndexed();
} // namespace Migrations

} // namespace fortrolig
