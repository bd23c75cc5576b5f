#include "app/core/StoredTime.h"

namespace fortrolig::StoredTime {

QDateTime from(const QVariant& stored)
{
    const QString text = stored.toString();
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString localText(const QDateTime& moment, Qt::DateFormat format)
{
    if (!moment.isValid())
        return {};
    // The same steps as Journal::now() on this computer's clock: local time, then that
    // moment's offset written out (never the zone's name).
    const QDateTime local = moment.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(format);
}

QDate day(const QVariant& stored)
{
    return stored.isNull() ? QDate() : QDate::fromString(stored.toString(), Qt::ISODate);
}

} // namespace fortrolig::StoredTime
