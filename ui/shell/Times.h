#pragma once

#include <QDateTime>
#include <QString>

namespace fortrolig {

// How the window shows a moment: the one place that turns a time of the journal's records
// (a QDateTime, in UTC) into text, in this computer's time zone and the locale's way of
// writing a clock (the caseload and the case file show dates as YYYY-MM-DD, as the journal's
// exports do).
namespace Times {

// "2026-12-02 09.41" (Danish) or "2026-12-02 9:41 AM" (English): local time, no seconds.
// An invalid moment (not known) is shown as nothing.
QString minute(const QDateTime& moment);
QString day(const QDateTime& moment);   // "2026-12-02", local date
QString clock(const QDateTime& moment); // the locale's short clock without seconds

} // namespace Times

} // namespace fortrolig
