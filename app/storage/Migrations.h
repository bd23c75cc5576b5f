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
Error ensureBulkIndexes(QSqlDatabase db);
} // namespace Migrations

} // namespace fortrolig
