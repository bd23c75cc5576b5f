// ServerCli: the citizens' requests of every consultant, with their deadlines.
#include "admin/ServerCli.h"

#include "store/CaseFacts.h"

namespace fortrolig::server {

namespace {

QString day(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

} // namespace

int ServerCli::request(Admin& admin, const QString& sub)
{
    if (sub != QStringLiteral("list"))
        return usageError(tr("unknown command: request %1").arg(sub));
    const bool overdueOnly = m_options.contains(QStringLiteral("--overdue"));
    auto all = CaseFacts::requests(admin.database(), value(QStringLiteral("--consultant")));
    if (!all.ok())
        return fail(all.error());
    auto restricted = CaseFacts::restricted(admin.database());
    if (!restricted.ok())
        return fail(restricted.error());
    const QDate today = admin.retention().today();
    int shown = 0, overdue = 0;
    for (const CaseFacts::Request& r : std::as_const(all.value())) {
        const RequestRecord& q = r.record;
        const bool late = q.forwardOverdue(today) || q.answerOverdue(today);
        overdue += late ? 1 : 0;
        if (overdueOnly && !late)
            continue;
        ++shown;
        QStringList flags;
        if (q.forwardOverdue(today))
            flags << tr("NOT FORWARDED IN TIME");
        if (q.answerOverdue(today))
            flags << tr("ANSWER OVERDUE");
        else if (q.answerDueSoon(today))
            flags << tr("answer due soon");
        if (q.extendedTo.isValid())
            flags << tr("extended");
        if (restricted->contains(q.citizenId))
            flags << tr("case restricted");
        m_out << q.citizenId << '\t' << r.consultant << '\t' << q.kind << '\t'
              << tr("received %1").arg(day(q.receivedAt.date())) << '\t'
              << (q.forwardedAt.isValid() ? tr("forwarded %1").arg(day(q.forwardedAt.date()))
                                          : tr("forward by %1").arg(day(q.forwardBy())))
              << '\t' << tr("answer by %1").arg(day(q.answerBy()))
              << (flags.isEmpty() ? QString()
                                  : QLatin1Char('\t') + flags.join(QStringLiteral(", ")))
              << Qt::endl;
    }
    m_out << tr("%n open request(s),", nullptr, int(all->size())) << ' '
          << tr("%n overdue.", nullptr, overdue) << Qt::endl;
    return overdueOnly && shown > 0 ? 1 : 0;
}

} // namespace fortrolig::server
