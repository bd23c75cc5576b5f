#pragma once

#include "core/Error.h"
#include "journal/Event.h"

#include <QSqlDatabase>

namespace fortrolig {

// Applies an event to the projection tables and the search index. The same code serves
// events made here and (later) events pulled from the server. Call inside a transaction.
namespace Projector {
Error apply(QSqlDatabase db, const Event& event);
} // namespace Projector

} // namespace fortrolig
