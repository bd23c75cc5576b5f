#pragma once

#include "consent/Consent.h"
#include "core/Error.h"

#include <QSqlDatabase>

namespace fortrolig {

// The one function that answers: may these categories of information about this citizen go
// to this recipient on this day? It reads the consent projections; it writes nothing.
namespace ConsentGate {
Result<GateDecision> check(QSqlDatabase db, const QString& citizenId, const Recipient& recipient,
                           const QStringList& categories, QDate today);
} // namespace ConsentGate

} // namespace fortrolig
