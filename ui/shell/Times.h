#pragma once

#include <QDateTime>
#include <QString>

namespace fortrolig {

// How the window shows a moment: the one place that turns a stored time (ISO 8601 with its
// offset) into text, in this computer's time zone and the locale's way of writing a clock
// (the caseload and the case file show dates as YYYY-MM-DD, as the journal's exports do).
namespace Times {

QDateTime parse(const QString& iso); // invalid when it is not a time
// "2026-12-02 09.41" (Danish) or "2026-12-02 9:41 AM" (English): local time, no seconds.
// A text that is not a time is shown as it is.
QString minute(const QString& iso);
QString day(const QString& iso);        // "2026-12-02", local date
QString clock(const QDateTime& moment); // the locale's short clock without seconds

} // namespace Times

} // namespace fortrolig
