#pragma once

#include "app/core/Error.h"
#include "app/journal/Event.h"

#include <QSqlDatabase>

namespace fortrolig {

class SqlRunner;
class StatementCache;

// Appends events and queues them in the outbox for sync. Call inside a transaction.
namespace EventStore {
Error append(QSqlDatabase db, const Event& event);
// An event that came from the server: stored, not queued to be sent back.
// `pushedBy`: the account the server received it from.
Error appendReceived(QSqlDatabase db, const Event& event, const QString& pushedBy,
                     StatementCache* cache = nullptr);
// The same, unless an event with its id is stored already: then nothing is written and the
// answer is false (a pulled page repeats what this journal has: its own events, a retry).
// `payloadJson`: the payload's compact JSON when it is written already (PulledChange).
Result<bool> appendReceivedIfNew(QSqlDatabase db, const Event& event, const QString& pushedBy,
                                 StatementCache* cache, const QByteArray& payloadJson = {});
int outboxSize(QSqlDatabase db);
// The event in the current row of `x`, from column `first` on: id, type, subject, author,
// device, local_time, schema_version, payload (the events table's own order).
Event read(const SqlRunner& x, int first = 0);
// The same without the payload (columns id to schema_version): for the server, which stores
// the payload sealed and opens it itself.
Event readFields(const SqlRunner& x, int first = 0);
} // namespace EventStore

} // namespace fortrolig
