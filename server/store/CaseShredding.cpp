// CaseStore: cases whose keys were destroyed (CaseKeys) but whose rows are back, in a database
// restored from a backup made before their purge.
#include "store/CaseKeys.h"
#include "store/CaseStore.h"
#include "store/ServerDatabase.h"

#include <QSet>

namespace fortrolig::server {

Result<int> CaseStore::purgeShredded()
{
    auto destroyed = m_keys.destroyedCases();
    if (!destroyed.ok())
        return destroyed.error();
    if (destroyed->isEmpty())
        return 0;
    QStringList back;
    {
        SqlRunner sql(m_db.db(), m_db.mapper());
        sql.run(QStringLiteral("SELECT citizen_id FROM cases"));
        const QSet<QString> gone(destroyed->cbegin(), destroyed->cend());
        while (sql.next()) {
            const QString citizen = sql.value(0).toString();
            if (gone.contains(citizen))
                back << citizen;
        }
        if (sql.error())
            return sql.error();
    }
    for (const QString& citizen : back) {
        if (Error e = purge(citizen))
            return e;
    }
    return int(back.size());
}

} // namespace fortrolig::server
