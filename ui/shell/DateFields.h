#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

class QDateEdit;
class QDateTimeEdit;

namespace fortrolig {

// The fields a day or a moment is typed into, made one way everywhere in the window: ISO 8601
// ("2026-12-01", "2026-12-01 09:30"), which cannot be read with day and month the other way
// round, a calendar to pick from, and the day as people
// write it ("1. december 2026", app/core/Dates) in the tool tip and the screen reader's
// description, kept up to date as the field changes (docs/glossary.md).
namespace DateFields {

QDateEdit* day(const QString& objectName, const QString& accessibleName, QDate value);
QDateTimeEdit* moment(const QString& objectName, const QString& accessibleName,
                      const QDateTime& value);

} // namespace DateFields

} // namespace fortrolig
