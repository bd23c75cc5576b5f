#pragma once

#include "app/core/Error.h"
#include "app/journal/Event.h"

#include <QSqlDatabase>

#include <limits>

namespace fortrolig {

class StatementCache;

// Applies an event to the projection tables and the search index. The same code serves
// events made here and events pulled from the server. Call inside a transaction.
//
// Corrections name the versions they replace. When two devices replaced the same version
// offline, both new versions are kept ("heads"), the one with the newest id is shown, and a
// conflict is recorded until a later correction replaces all heads. Every device reaches the
// same state whatever order the two arrive in.
namespace Projector {
// `notesIndexedUpTo`: note versions with a later seq are left out of the search index (a
// catch-up indexes them at its end: Migrations::deferNotesIndex); notesIndexedUpTo() reads
// it in the caller's transaction.
inline constexpr qint64 kIndexAll = std::numeric_limits<qint64>::max();
Error apply(QSqlDatabase db, const Event& event, StatementCache* cache = nullptr,
            qint64 notesIndexedUpTo = kIndexAll);
Result<qint64> notesIndexedUpTo(QSqlDatabase db, StatementCache* cache = nullptr);
} // namespace Projector

} // namespace fortrolig
