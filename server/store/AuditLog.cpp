#include "store/AuditLog.h"

#include "store/ServerDatabase.h"

namespace fortrolig::server {

Error writeAudit(ServerDatabase& db, qint64 at, const QString& actor, const QString& action,
                 const QString& target, const QString& detail)
{
    SqlRunner sql(db.db(), db.mapper(), &db.cache());
    sql.run(QStringLiteral("INSERT INTO audit_log (at, actor, action, target, detail)"
                           " VALUES (?,?,?,?,?)"),
            {at, actor, action, target, detail});
    return sql.error();
}

} // namespace fortrolig::server
