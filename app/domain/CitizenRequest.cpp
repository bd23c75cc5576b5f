#include "app/domain/CitizenRequest.h"

namespace fortrolig {

namespace {

// Easter Sunday (the Gregorian computus, as in the Meeus/Jones/Butcher algorithm).
QDate easter(int year)
{
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

} // namespace

QStringList CitizenRequest::kinds()
{
    return {QStringLiteral("access"),        QStringLiteral("copy"),
            QStringLiteral("rectification"), QStringLiteral("erasure"),
            QStringLiteral("restriction"),   QStringLiteral("objection"),
            QStringLiteral("transfer"),      QStringLiteral("withdrawal"),
            QStringLiteral("aktindsigt"),    QStringLiteral("complaint")};
}

QStringList CitizenRequest::channels()
{
    return {QStringLiteral("in-person"), QStringLiteral("phone"), QStringLiteral("letter"),
            QStringLiteral("email"), QStringLiteral("digital-post")};
}

QStringList CitizenRequest::forwardChannels()
{
    return {QStringLiteral("secure-mail"), QStringLiteral("digital-post"), QStringLiteral("letter"),
            QStringLiteral("in-person")};
}

QString CitizenRequest::kindText(const QString& kind)
{
    if (kind == QStringLiteral("access"))
        return tr("Access to their information (GDPR art. 15)");
    if (kind == QStringLiteral("copy"))
        return tr("A copy of their information (GDPR art. 15(3))");
    if (kind == QStringLiteral("rectification"))
        return tr("Rectification (GDPR art. 16)");
    if (kind == QStringLiteral("erasure"))
        return tr("Erasure (GDPR art. 17)");
    if (kind == QStringLiteral("restriction"))
        return tr("Restriction of use (GDPR art. 18)");
    if (kind == QStringLiteral("objection"))
        return tr("Objection (GDPR art. 21)");
    if (kind == QStringLiteral("transfer"))
        return tr("Transfer to another provider");
    if (kind == QStringLiteral("withdrawal"))
        return tr("Withdrawal of consent");
    if (kind == QStringLiteral("aktindsigt"))
        return tr("Aktindsigt (Public Administration Act)");
    if (kind == QStringLiteral("complaint"))
        return tr("Complaint");
    return kind;
}

QString CitizenRequest::kindShortText(const QString& kind)
{
    if (kind == QStringLiteral("access"))
        return tr("Access");
    if (kind == QStringLiteral("copy"))
        return tr("Copy");
    if (kind == QStringLiteral("rectification"))
        return tr("Rectification");
    if (kind == QStringLiteral("erasure"))
        return tr("Erasure");
    if (kind == QStringLiteral("restriction"))
        return tr("Restriction");
    if (kind == QStringLiteral("objection"))
        return tr("Objection");
    if (kind == QStringLiteral("transfer"))
        return tr("Transfer");
    if (kind == QStringLiteral("withdrawal"))
        return tr("Withdrawal");
    if (kind == QStringLiteral("aktindsigt"))
        return tr("Aktindsigt");
    if (kind == QStringLiteral("complaint"))
        return tr("Complaint");
    return kind;
}

QString CitizenRequest::channelText(const QString& channel)
{
    if (channel == QStringLiteral("in-person"))
        return tr("In person");
    if (channel == QStringLiteral("phone"))
        return tr("Phone");
    if (channel == QStringLiteral("letter"))
        return tr("Letter");
    if (channel == QStringLiteral("email"))
        return tr("E-mail");
    if (channel == QStringLiteral("digital-post"))
        return tr("Digital Post");
    if (channel == QStringLiteral("secure-mail"))
        return tr("Secure e-mail");
    return channel;
}

bool CitizenRequest::restricts(const QString& kind)
{
    return kind == QStringLiteral("restriction") || kind == QStringLiteral("objection");
}

bool CitizenRequest::workingDay(const QDate& day)
{
    if (!day.isValid() || day.dayOfWeek() >= 6)
        return false;
    const int month = day.month(), date = day.day();
    if ((month == 1 && date == 1) || (month == 6 && date == 5) ||
        (month == 12 && (date == 24 || date == 25 || date == 26 || date == 31)))
        return false;
    const qint64 fromEaster = easter(day.year()).daysTo(day);
    // Maundy Thursday, Good Friday, Easter Monday, Ascension Day, Whit Monday; Great Prayer
    // Day (the fourth Friday after Easter) was a holiday until 2023.
    for (const int offset : {-3, -2, 1, 39, 50})
        if (fromEaster == offset)
            return false;
    return !(day.year() <= 2023 && fromEaster == 26);
}

QDate CitizenRequest::nextWorkingDay(const QDate& day)
{
    QDate next = day.addDays(1);
    while (!workingDay(next))
        next = next.addDays(1);
    return next;
}

QDate CitizenRequest::forwardBy(const QDateTime& received)
{
    return received.isValid() ? nextWorkingDay(received.date()) : QDate();
}

QDate CitizenRequest::answerBy(const QDateTime& received)
{
    return received.isValid() ? received.date().addMonths(1) : QDate();
}

QDate CitizenRequest::latestExtension(const QDateTime& received)
{
    return received.isValid() ? received.date().addMonths(3) : QDate();
}

RequestRecord::State RequestRecord::state() const
{
    if (answeredOn.isValid())
        return State::Answered;
    return forwardedAt.isValid() ? State::Forwarded : State::Received;
}

QDate RequestRecord::answerBy() const
{
    return extendedTo.isValid() ? extendedTo : CitizenRequest::answerBy(receivedAt);
}

bool RequestRecord::forwardOverdue(const QDate& today) const
{
    return state() == State::Received && today > forwardBy();
}

bool RequestRecord::answerOverdue(const QDate& today) const
{
    return open() && today > answerBy();
}

bool RequestRecord::answerDueSoon(const QDate& today) const
{
    return open() && !answerOverdue(today) &&
           today.daysTo(answerBy()) <= CitizenRequest::kReminderDays;
}

} // namespace fortrolig
