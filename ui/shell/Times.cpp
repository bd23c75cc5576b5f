#include "shell/Times.h"

#include <QLocale>

namespace fortrolig::Times {

QString clock(const QDateTime& moment)
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss")).remove(QStringLiteral(".ss"));
    return QLocale().toString(moment.toLocalTime().time(), format);
}

QString minute(const QDateTime& moment)
{
    if (!moment.isValid())
        return {};
    return day(moment) + QLatin1Char(' ') + clock(moment);
}

QString day(const QDateTime& moment)
{
    return moment.isValid() ? moment.toLocalTime().date().toString(Qt::ISODate) : QString();
}

} // namespace fortrolig::Times
