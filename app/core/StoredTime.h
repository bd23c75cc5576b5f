#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace fortrolig {

// The journal keeps a moment as text: ISO 8601 with the writer's UTC offset, as
// Journal::now() writes it ("2026-03-02T10:00:00.000+01:00"). Records carry it as a QDateTime
// in UTC, so that nothing above the journal parses or slices that text; the rows are turned
// into records here, and the places that print a moment as text for scripts (the CLI) use
// localText.
namespace StoredTime {

// In UTC; invalid for NULL, an empty text or one that is not a time.
QDateTime from(const QVariant& stored);
// This computer's local time with its offset ("2026-03-02T10:00:00.000+01:00"): the stored
// text itself for a moment written in this time zone, as the CLI printed it before.
QString localText(const QDateTime& moment, Qt::DateFormat format = Qt::ISODateWithMs);
// A stored day ("2026-03-02"); invalid for NULL or text that is not one.
QDate day(const QVariant& stored);

} // namespace StoredTime

} // namespace fortrolig
