#pragma once

#include "core/Error.h"
#include "journal/Event.h"

#include <QSqlDatabase>

namespace fortrolig {

// Appends events and queues them in the outbox for sync. Call inside a transaction.
namespace EventStore {
Error append(QSqlDatabase db, const Event& event);
int outboxSize(QSqlDatabase db);
} // namespace EventStore

} // namespace fortrolig
