#pragma once

#include "app/consent/Consent.h"
#include "app/core/Error.h"

#include <QSqlDatabase>

namespace fortrolig {

// The one function that answers: may these categories of information about this citizen go
// to this recipient on this day (Tell), or be obtained from them (Obtain)? Each direction
// needs a grant of its own. It reads the consent and course projections; it writes nothing.
//
// A jobcentre has the legal basis only when it is the jobcentre of the municipality of one of
// the citizen's courses, and only from that course's start through its end (the actual end,
// else the planned end; none: open) plus GateDecision::handOverDays. Without a name it means
// the referring jobcentre: the municipality of the course running today. Otherwise a
// jobcentre, like everyone else, needs a consent; the refusal then says why the legal basis
// did not hold. The legal basis holds both ways: the jobcentre that referred the citizen also
// tells the provider what the course needs (docs/consent.md).
//
// While the case is restricted (Journal::restrictCase), nothing is told to anyone but that
// jobcentre under the legal basis: Reason::Restricted (docs/restriction.md).
namespace ConsentGate {
Result<GateDecision> check(QSqlDatabase db, const QString& citizenId, const Recipient& recipient,
                           const QStringList& categories, QDate today,
                           Direction direction = Direction::Tell);

// Whether a restriction of the case is in force (Journal::restrictCase): then only the
// controller is told anything.
Result<bool> restricted(QSqlDatabase db, const QString& citizenId);

// Whether a jobcentre's name and a course's municipality name the same municipality:
// whitespace and case do not count, nor the words "Jobcenter"/"Jobcentret"/"Jobcentre",
// "Kommune"/"Regionskommune"/"Municipality" ("Jobcenter Testby" = "Testby Kommune" =
// "testby"). Nothing else is guessed: "Testby Nord" is not "Testby".
bool sameMunicipality(const QString& a, const QString& b);
} // namespace ConsentGate

} // namespace fortrolig
