// ServerDatabase: upgrades of the schema from one version to the next (migrate() runs them in
// its transaction, in order).
#include "store/ServerDatabase.h"

#include "accounts/ServerKey.h"
#include "store/BatchSql.h"
#include "store/StoredEvent.h"

namespace fortrolig::server {

namespace {

constexpr int kEventsPerPage = 500; // read, rewritten and written back at a time

const QStringList kEventColumns{QStringLiteral("seq"),         QStringLiteral("id"),
                                QStringLiteral("citizen_id"),  QStringLiteral("type"),
                                QStringLiteral("author"),      QStringLiteral("device"),
                                QStringLiteral("local_time"),  QStringLiteral("schema_version"),
                                QStringLiteral("payload"),     QStringLiteral("content_hash"),
                                QStringLiteral("received_at"), QStringLiteral("received_from"),
                                QStringLiteral("pushed_by")};
constexpr int kContentHash = 9;

} // namespace

// Schema 1 kept SHA-256 of each whole event in the clear beside the event's clear columns:
// a CPR number in the payload was found by hashing every candidate. Each stored digest is
// replaced by its keyed hash (what push computes since). Rows are read a page at a time,
// deleted and written back (a few statements per page, not one per row: on PostgreSQL each is
// a round trip); all in migrate's one transaction.
Error ServerDatabase::upgradeTo2(const Sealer& sealer)
{
    SqlRunner sql(db(), mapper(), m_cache.get());
    const QString selectEvents = QStringLiteral("SELECT ") + kEventColumns.join(QLatin1Char(',')) +
                                 QStringLiteral(" FROM events WHERE seq > ? ORDER BY seq LIMIT ?");
    for (qint64 after = -1;;) {
        QList<QVariantList> rows;
        sql.run(selectEvents, {after, kEventsPerPage});
        while (sql.next()) {
            QVariantList row;
            for (int i = 0; i < kEventColumns.size(); ++i)
                row << sql.value(i);
            rows << row;
        }
        if (sql.error())
            return sql.error();
        if (rows.isEmpty())
            break;
        for (QVariantList& row : rows) {
            const qint64 seq = row.at(0).toLongLong();
            const QString hash = row.at(kContentHash).toString();
            const QByteArray digest = QByteArray::fromHex(hash.toLatin1());
            if (hash.size() != 64 || digest.size() != 32)
                return Error(ErrorCode::Damaged,
                             QStringLiteral("event at seq %1 (upgrading to schema 2)").arg(seq));
            row[kContentHash] = StoredEvent::contentHash(sealer, digest);
        }
        const qint64 last = rows.last().at(0).toLongLong();
        sql.run(QStringLiteral("DELETE FROM events WHERE seq > ? AND seq <= ?"), {after, last});
        if (sql.error())
            return sql.error();
        if (Error e = BatchSql::insertRows(*this, QStringLiteral("events"), kEventColumns, rows))
            return e;
        after = last;
    }

    sql.run(QStringLiteral("UPDATE server_meta SET value = '2' WHERE key = 'schema'"));
    return sql.error();
}

} // namespace fortrolig::server
