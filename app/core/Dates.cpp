#include "app/core/Dates.h"

namespace fortrolig::Dates {

namespace {

bool danish(const QLocale& locale)
{
    return locale.language() == QLocale::Danish;
}

// "kl." before a Danish clock; a comma before an English one.
QString at(const QLocale& locale)
{
    return danish(locale) ? QStringLiteral(" kl. ") : QStringLiteral(", ");
}

} // namespace

QString day(QDate date, const QLocale& locale)
{
    if (!date.isValid())
        return {};
    return locale.toString(date, danish(locale) ? QStringLiteral("d. MMMM yyyy")
                                                : QStringLiteral("d MMMM yyyy"));
}

QString day(const QDateTime& moment, const QLocale& locale)
{
    return moment.isValid() ? day(moment.toLocalTime().date(), locale) : QString();
}

QString shortDay(QDate date, QDate today, const QLocale& locale)
{
    if (!date.isValid())
        return {};
    // CLDR's Danish short months carry their own full stop ("jan.", but "maj").
    QString format = danish(locale) ? QStringLiteral("d. MMM") : QStringLiteral("d MMM");
    if (date.year() != today.year())
        format += QStringLiteral(" yyyy");
    return locale.toString(date, format);
}

QString shortDay(const QDateTime& moment, QDate today, const QLocale& locale)
{
    return moment.isValid() ? shortDay(moment.toLocalTime().date(), today, locale) : QString();
}

QString clock(const QDateTime& moment, const QLocale& locale)
{
    if (!moment.isValid())
        return {};
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss")).remove(QStringLiteral(".ss"));
    return locale.toString(moment.toLocalTime().time(), format);
}

QString moment(const QDateTime& moment, const QLocale& locale)
{
    if (!moment.isValid())
        return {};
    return day(moment, locale) + at(locale) + clock(moment, locale);
}

QString shortMoment(const QDateTime& moment, QDate today, const QLocale& locale)
{
    if (!moment.isValid())
        return {};
    return shortDay(moment, today, locale) + at(locale) + clock(moment, locale);
}

} // namespace fortrolig::Dates
