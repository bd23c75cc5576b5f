#include "shell/Times.h"

#include <QLocale>

namespace fortrolig::Times {

QDateTime parse(const QString& iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(iso, Qt::ISODate);
    return t;
}

QString clock(const QDateTime& moment)
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss")).remove(QStringLiteral(".ss"));
    return QLocale().toString(moment.toLocalTime().time(), format);
}

QString minute(const QString& iso)
{
    const QDateTime t = parse(iso);
    if (!t.isValid())
        return iso;
    return t.toLocalTime().date().toString(Qt::ISODate) + QLatin1Char(' ') + clock(t);
}

QString day(const QString& iso)
{
    const QDateTime t = parse(iso);
    return t.isValid() ? t.toLocalTime().date().toString(Qt::ISODate) : iso.left(10);
}

} // namespace fortrolig::Times
