#include "store/BatchSql.h"

#include "app/sync/Protocol.h"
#include "store/ServerDatabase.h"

namespace fortrolig::server::BatchSql {

namespace {

// Parameters in one statement: SQLite 3.15 allows at most 999; PostgreSQL 65535, and there
// every statement is a round trip, so a batch goes in as few statements as it can.
int maxParameters(const ServerDatabase& db)
{
    return db.isPostgres() ? 12'000 : 900;
}

QString placeholders(int count)
{
    QString s;
    s.reserve(count * 2);
    for (int i = 0; i < count; ++i)
        s += i ? QStringLiteral(",?") : QStringLiteral("?");
    return s;
}

// Statements are kept prepared per connection for a few row counts only: small ones, a
// full chunk, and a full push (the sizes nearly every request has). Other counts are
// prepared each time, so that the cache, and on PostgreSQL the server's prepared
// statements, stay bounded (a few per table, not one per batch size).
StatementCache* cacheFor(ServerDatabase& db, int rows, int fullChunk)
{
    const bool common = rows <= 8 || rows == fullChunk || rows == protocol::kMaxEventsPerPush;
    return common ? &db.cache() : nullptr;
}

} // namespace

Error selectIn(ServerDatabase& db, const QString& head, const QStringList& keys,
               const QVariantList& before, const std::function<void(SqlRunner&)>& row)
{
    const int chunk = maxParameters(db) - int(before.size());
    for (int i = 0; i < keys.size(); i += chunk) {
        const QStringList part = keys.mid(i, chunk);
        QVariantList values = before;
        for (const QString& k : part)
            values << k;
        SqlRunner sql(db.db(), db.mapper(), cacheFor(db, int(part.size()), chunk));
        sql.run(head + QStringLiteral(" IN (") + placeholders(int(part.size())) + QLatin1Char(')'),
                values);
        while (sql.next())
            row(sql);
        if (sql.error())
            return sql.error();
    }
    return {};
}

Error insertRows(ServerDatabase& db, const QString& table, const QStringList& columns,
                 const QList<QVariantList>& rows)
{
    const int perStatement = qMax(1, maxParameters(db) / int(columns.size()));
    const QString one = QLatin1Char('(') + placeholders(int(columns.size())) + QLatin1Char(')');
    for (int i = 0; i < rows.size(); i += perStatement) {
        const int n = qMin(perStatement, int(rows.size()) - i);
        QString sqlText = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") +
                          columns.join(QLatin1Char(',')) + QStringLiteral(") VALUES ");
        QVariantList values;
        for (int k = 0; k < n; ++k) {
            sqlText += (k ? QStringLiteral(",") : QString()) + one;
            values += rows.at(i + k);
        }
        SqlRunner sql(db.db(), db.mapper(), cacheFor(db, n, perStatement));
        sql.run(sqlText, values);
        if (sql.error())
            return sql.error();
    }
    return {};
}

QStringList feedColumns()
{
    return {QStringLiteral("seq"), QStringLiteral("consultant"), QStringLiteral("citizen_id"),
            QStringLiteral("kind"), QStringLiteral("event_id")};
}

} // namespace fortrolig::server::BatchSql
