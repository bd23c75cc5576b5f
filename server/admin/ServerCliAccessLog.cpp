// ServerCli: the devices' access logs as the server holds them (docs/access-log.md).
#include "admin/ServerCli.h"

#include "app/sync/Protocol.h"
#include "store/AccessLogStore.h"
#include "store/AuditLog.h"

namespace fortrolig::server {

int ServerCli::accessLog(Admin& admin, const QString& sub)
{
    if (sub == QStringLiteral("check")) {
        auto chains = admin.accessLog().check();
        if (!chains.ok())
            return fail(chains.error());
        bool changed = false;
        for (const LogChain& c : std::as_const(chains.value())) {
            changed = changed || !c.broken.isEmpty();
            QStringList broken;
            for (qint64 seq : c.broken)
                broken << QString::number(seq);
            m_out << c.device << '\t'
                  << (c.deviceName.isEmpty() ? QStringLiteral("-") : c.deviceName) << '\t'
                  << (c.consultant.isEmpty() ? QStringLiteral("-") : c.consultant) << '\t'
                  << tr("entries %1-%2 (%n held)", nullptr, int(c.entries))
                         .arg(c.firstSeq)
                         .arg(c.lastSeq)
                  << '\t'
                  << (c.gaps.isEmpty() ? tr("no gaps")
                                       : tr("missing %1").arg(c.gaps.join(QStringLiteral(", "))))
                  << '\t'
                  << (broken.isEmpty()
                          ? tr("intact")
                          : tr("CHANGED AFTER WRITING: %1").arg(broken.join(QStringLiteral(", "))))
                  << (c.scrubbed > 0
                          ? QLatin1Char('\t') + tr("%n without their reason (a deleted case)",
                                                   nullptr, int(c.scrubbed))
                          : QString())
                  << Qt::endl;
        }
        m_out << tr("%n device log(s) checked.", nullptr, int(chains->size())) << Qt::endl;
        return changed ? 1 : 0;
    }
    const QString citizen = sub;
    if (!protocol::isUuid(citizen))
        return usageError(tr("give a case's internal id (a UUID), or check"));
    auto extract = admin.accessLog().extract(citizen);
    if (!extract.ok())
        return fail(extract.error());
    // Reading who used a case is itself a use of its log: audited.
    if (Error e = writeAudit(admin.database(), systemClock(), actorName(),
                             QStringLiteral("access-log-read"), citizen,
                             QStringLiteral("entries=%1").arg(extract->uses.size())))
        return fail(e);
    for (const protocol::LoggedUse& u : std::as_const(extract->uses)) {
        const AccessLogEntry& e = u.entry;
        m_out << e.atText << '\t' << e.consultant << '\t' << e.action << '\t'
              << (e.reason.isEmpty() ? QStringLiteral("-") : e.reason) << '\t'
              << (u.deviceName.isEmpty() ? u.device : u.deviceName)
              << (u.intact ? QString() : QLatin1Char('\t') + tr("(does not match its hash)"))
              << Qt::endl;
    }
    m_out << tr("%n use(s) of the case on the devices.", nullptr, int(extract->uses.size()))
          << Qt::endl;
    return 0;
}

} // namespace fortrolig::server
