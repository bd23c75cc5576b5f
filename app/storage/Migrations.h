#pragma once

#include "core/Error.h"

#include <QSqlDatabase>

namespace fortrolig {

// The journal's schema, as numbered steps. Each step runs in its own transaction together
// with the new PRAGMA user_version, so a journal is always at exactly one version.
namespace Migrations {
int latestVersion();
Result<int> currentVersion(QSqlDatabase db);
// Brings the schema to `target` (default: latest). NewerFormat if the journal is ahead.
Error migrate(QSqlDatabase db, int target = -1);
} // namespace Migrations

} // namespace fortrolig
