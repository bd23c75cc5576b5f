#include "DateFields.h"

#include "app/core/Dates.h"

#include <QDateEdit>
#include <QDateTimeEdit>

namespace fortrolig::DateFields {

namespace {

void setUp(QDateTimeEdit* e, const QString& objectName, const QString& accessibleName,
           const QString& format)
{
    e->setObjectName(objectName);
    e->setAccessibleName(accessibleName);
    e->setCalendarPopup(true);
    e->setDisplayFormat(format);
}

} // namespace

QDateEdit* day(const QString& objectName, const QString& accessibleName, QDate value)
{
    auto* e = new QDateEdit(value);
    setUp(e, objectName, accessibleName, QStringLiteral("yyyy-MM-dd"));
    const auto spell = [e](QDate d) {
        e->setToolTip(Dates::day(d));
        e->setAccessibleDescription(e->toolTip());
    };
    spell(e->date());
    QObject::connect(e, &QDateEdit::dateChanged, e, spell);
    return e;
}

QDateTimeEdit* moment(const QString& objectName, const QString& accessibleName,
                      const QDateTime& value)
{
    auto* e = new QDateTimeEdit(value);
    setUp(e, objectName, accessibleName, QStringLiteral("yyyy-MM-dd HH:mm"));
    const auto spell = [e](const QDateTime& m) {
        e->setToolTip(Dates::moment(m));
        e->setAccessibleDescription(e->toolTip());
    };
    spell(e->dateTime());
    QObject::connect(e, &QDateTimeEdit::dateTimeChanged, e, spell);
    return e;
}

} // namespace fortrolig::DateFields
