#pragma once

#include "app/consent/Consent.h"
#include "app/core/Error.h"
#include "app/journal/Records.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace fortrolig {

class SqlRunner;

// The parts of a case that the access package (docs/access-package.md) and the hand-over
// package (docs/hand-over.md) both hold, each read from the journal's projections in one
// place, so the two documents describe a note, a consent or a disclosure in the same words.
// `toReview` collects what may tell about someone other than the citizen (relatives), as
// {what, id, why[, detail]} objects.
namespace PackageParts {

QJsonValue moment(const QDateTime& t); // ISO 8601 with the writer's offset, or null
QJsonValue moment(const QVariant& stored);
QJsonValue day(const QDate& d); // YYYY-MM-DD, or null
QJsonValue textOrNull(const QVariant& v);
QJsonObject review(const QString& what, const QString& id, const QString& why,
                   const QString& detail = {});
// The items to review, each (what, id, why) once, in the order first named.
QJsonArray reviewOnce(const QJsonArray& items);

// The citizen, with every version of the name and the CPR number.
Result<QJsonObject> identityOf(SqlRunner& x, const CitizenDetails& c);
QJsonObject courseOf(const CourseRecord& course);
QJsonArray coursesOf(const CitizenDetails& c);
// Every consent and refusal of the citizen (of one course, when `courseId` is given), with
// its grants and their withdrawals, the text shown and the receipt's hash.
Result<QJsonArray> consentsOf(SqlRunner& x, const QString& citizenId, QJsonArray& toReview,
                              const QString& courseId = {});
// c.notes with every version, oldest first, and the stubs of c.removedNotes.
Result<QJsonArray> notesOf(SqlRunner& x, const CitizenDetails& c, QJsonArray& toReview);
QJsonArray disclosuresOf(const QList<DisclosureRecord>& records, QJsonArray& toReview);

} // namespace PackageParts

} // namespace fortrolig
