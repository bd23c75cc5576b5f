#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace fortrolig {

// How people read a date or a moment: the one place that turns the journal's days and
// moments (a QDateTime in UTC, StoredTime) into text for the window and the papers a citizen
// is given, in this computer's time zone and the language chosen (QLocale's default, set by
// Translations). Danish as Danes write it, "1. december 2026 kl. 21.57"; English as in
// Britain, "1 December 2026, 21:57". Files and the CLI keep ISO 8601 ("2026-12-01"), which
// scripts read (docs/glossary.md). An invalid date or moment (not known) is shown as nothing.
namespace Dates {

QString day(QDate date, const QLocale& locale = QLocale());              // "1. december 2026"
QString day(const QDateTime& moment, const QLocale& locale = QLocale()); // its local day
// For a column or a line that has little room: "15. jan." ("15 Jan"), with the year when it
// is not `today`'s year ("15. jan. 2027").
QString shortDay(QDate date, QDate today = QDate::currentDate(), const QLocale& locale = QLocale());
QString shortDay(const QDateTime& moment, QDate today = QDate::currentDate(),
                 const QLocale& locale = QLocale());
// "1. december 2026 kl. 21.57" ("1 December 2026, 21:57"): local time, no seconds.
QString moment(const QDateTime& moment, const QLocale& locale = QLocale());
// The same with a short day: "1. dec. kl. 21.57" ("1 Dec, 21:57").
QString shortMoment(const QDateTime& moment, QDate today = QDate::currentDate(),
                    const QLocale& locale = QLocale());
QString clock(const QDateTime& moment, const QLocale& locale = QLocale()); // "21.57", "21:57"

} // namespace Dates

} // namespace fortrolig
