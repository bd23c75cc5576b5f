#pragma once

#include "app/core/Error.h"

#include <QString>

namespace fortrolig::server {

class ServerDatabase;

// One row of the server's audit log: who did what to which account, device or case, and
// when. Never a citizen's name or number: a case is named by its internal id.
Error writeAudit(ServerDatabase& db, qint64 at, const QString& actor, const QString& action,
                 const QString& target, const QString& detail = {});

} // namespace fortrolig::server
