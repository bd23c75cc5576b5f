// CaseStore: the administrator's side of the cases (moving one to another consultant,
// purging one, listing them).
#include "store/CaseStore.h"

#include "app/journal/EventStore.h"
#include "store/AccessLogStore.h"
#include "store/BatchSql.h"
#include "store/CaseKeys.h"
#include "store/ServerDatabase.h"

namespace fortrolig::server {

Error CaseStore::assign(const QString& citizenId, const QString& consultant)
{
    Transaction tx(m_db);
    if (tx.error())
        return tx.error();
    // The counter first, as a push does: a push of this case that is running now commits
    // before what follows reads the case's events, so none of them is left out of the feed.
    if (auto lock = allocate(0); !lock.ok())
        return lock.error();
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    const QString previous =
        sql.single(QStringLiteral("SELECT consultant FROM cases WHERE citizen_id = ?"), {citizenId})
            .toString();
    const int known =
        sql.single(QStringLiteral("SELECT count(*) FROM consultants WHERE username = ?"),
                   {consultant})
            .toInt();
    if (sql.error())
        return sql.error();
    if (previous.isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("case"));
    if (known == 0)
        return Error(ErrorCode::NotFound, QStringLiteral("consultant"));
    if (previous == consultant)
        return {};
    QStringList eventIds;
    sql.run(QStringLiteral("SELECT id FROM events WHERE citizen_id = ? ORDER BY seq"), {citizenId});
    while (sql.next())
        eventIds << sql.value(0).toString();
    QStringList removedNotes; // their stubs go with the case
    sql.run(QStringLiteral("SELECT note_id FROM removed_notes WHERE citizen_id = ?"
                           " ORDER BY removed_at"),
            {citizenId});
    while (sql.next())
        removedNotes << sql.value(0).toString();
    if (sql.error())
        return sql.error();
    auto first = allocate(int(eventIds.size() + removedNotes.size()) + 1);
    if (!first.ok())
        return first.error();
    // The former consultant's devices delete the case; the new one's receive all of it, in
    // the order the server first received it.
    sql.run(QStringLiteral("DELETE FROM feed WHERE citizen_id = ? AND (kind = 'event'"
                           " OR consultant = ?)"),
            {citizenId, consultant});
    QList<QVariantList> rows;
    qint64 seq = first.value();
    rows << QVariantList{seq++, previous, citizenId, QStringLiteral("remove"),
                         QVariant(QMetaType(QMetaType::QString))};
    for (const QString& id : eventIds)
        rows << QVariantList{seq++, consultant, citizenId, QStringLiteral("event"), id};
    for (const QString& note : removedNotes)
        rows << QVariantList{seq++, consultant, citizenId, QStringLiteral("note-removed"), note};
    const qint64 now = m_clock();
    sql.run(QStringLiteral("UPDATE cases SET consultant = ?, changed_at = ? WHERE citizen_id = ?"),
            {consultant, now, citizenId});
    sql.run(QStringLiteral("UPDATE case_holders SET held_until = ? WHERE citizen_id = ?"
                           " AND consultant = ?"),
            {now, citizenId, previous});
    const int held = sql.single(QStringLiteral("SELECT count(*) FROM case_holders"
                                               " WHERE citizen_id = ? AND consultant = ?"),
                                {citizenId, consultant})
                         .toInt();
    if (!sql.error() && held == 0)
        sql.run(QStringLiteral("INSERT INTO case_holders (citizen_id, consultant) VALUES (?, ?)"),
                {citizenId, consultant});
    else
        sql.run(QStringLiteral("UPDATE case_holders SET held_until = NULL WHERE citizen_id = ?"
                               " AND consultant = ?"),
                {citizenId, consultant});
    if (sql.error())
        return sql.error();
    if (Error e = BatchSql::insertRows(m_db, QStringLiteral("feed"), BatchSql::feedColumns(), rows))
        return e;
    return tx.commit();
}

QStringList CaseStore::caseRowTables()
{
    return {QStringLiteral("feed"),
            QStringLiteral("events"),
            QStringLiteral("objects"),
            QStringLiteral("case_holders"),
            QStringLiteral("cases"),
            QStringLiteral("case_courses"),
            QStringLiteral("case_holds"),
            QStringLiteral("case_requests"),
            QStringLiteral("case_restrictions")};
}

// The case's consultants now and before (each has a feed that may hold the case); NotFound
// for a case the server does not have.
Result<QStringList> CaseStore::holdersOf(const QString& citizenId)
{
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    QStringList holders;
    sql.run(QStringLiteral("SELECT consultant FROM case_holders WHERE citizen_id = ?"),
            {citizenId});
    while (sql.next())
        holders << sql.value(0).toString();
    const QString current =
        sql.single(QStringLiteral("SELECT consultant FROM cases WHERE citizen_id = ?"), {citizenId})
            .toString();
    if (sql.error())
        return sql.error();
    if (current.isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("case"));
    if (!holders.contains(current))
        holders << current;
    return holders;
}

Error CaseStore::purge(const QString& citizenId)
{
    Transaction tx(m_db);
    if (tx.error())
        return tx.error();
    // The counter first (see assign): a move running now is over before the holders are read.
    if (auto lock = allocate(0); !lock.ok())
        return lock.error();
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    auto holders = holdersOf(citizenId);
    if (!holders.ok())
        return holders.error();
    auto first = allocate(int(holders->size()));
    if (!first.ok())
        return first.error();
    // Real deletion: the events, their payloads and everything derived from them. What stays
    // is a tombstone with the internal id only, so a device cannot push the case back.
    const QStringList tables = caseRowTables() << QStringLiteral("removed_notes")
                                               << QStringLiteral("removed_parts");
    for (const QString& table : tables)
        sql.run(QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE citizen_id = ?"),
                {citizenId});
    sql.run(QStringLiteral("INSERT INTO tombstones (citizen_id, purged_at) VALUES (?, ?)"),
            {citizenId, m_clock()});
    if (sql.error())
        return sql.error();
    // The devices' log entries about the case stay for the log's period, without their reasons.
    if (Error e = AccessLogStore::scrub(m_db, citizenId))
        return e;
    QList<QVariantList> rows;
    qint64 seq = first.value();
    for (const QString& h : holders.value())
        rows << QVariantList{seq++, h, citizenId, QStringLiteral("purge"),
                             QVariant(QMetaType(QMetaType::QString))};
    if (Error e = BatchSql::insertRows(m_db, QStringLiteral("feed"), BatchSql::feedColumns(), rows))
        return e;
    // Crypto-shredding: every copy of the rows left elsewhere (dead tuples, WAL, backups) is
    // unreadable once the key is gone. If it cannot be destroyed, nothing is deleted.
    if (Error e = m_keys.destroy(citizenId))
        return e;
    return tx.commit();
}

Result<QList<CaseInfo>> CaseStore::cases(const QString& consultant)
{
    SqlRunner sql(m_db.db(), m_db.mapper());
    QString q = QStringLiteral("SELECT c.citizen_id, c.consultant, c.created_at,"
                               " (SELECT count(*) FROM events e WHERE e.citizen_id = c.citizen_id)"
                               " FROM cases c");
    QVariantList values;
    if (!consultant.isEmpty()) {
        q += QStringLiteral(" WHERE c.consultant = ?");
        values << consultant;
    }
    sql.run(q + QStringLiteral(" ORDER BY c.consultant, c.created_at"), values);
    QList<CaseInfo> out;
    while (sql.next())
        out << CaseInfo{sql.value(0).toString(), sql.value(1).toString(), sql.value(3).toInt(),
                        sql.value(2).toLongLong()};
    if (sql.error())
        return sql.error();
    return out;
}

Result<protocol::ChangesResponse> CaseStore::history(const QString& citizenId)
{
    protocol::ChangesResponse out;
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    // The columns in the order EventStore::readFields reads them (as changes() has them).
    sql.run(QStringLiteral("SELECT seq, id, type, citizen_id, author, device, local_time,"
                           " schema_version, payload, pushed_by FROM events"
                           " WHERE citizen_id = ? ORDER BY seq"),
            {citizenId});
    QList<QByteArray> sealed;
    QStringList citizens;
    while (sql.next()) {
        protocol::ChangeItem item;
        item.seq = sql.value(0).toLongLong();
        item.citizen = citizenId;
        item.event = EventStore::readFields(sql, 1);
        item.pushedBy = sql.value(9).toString();
        sealed << sql.value(8).toByteArray();
        citizens << citizenId;
        out.cursor = item.seq;
        out.items << item;
    }
    if (sql.error())
        return sql.error();
    sql.finish();
    if (out.items.isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("case"));
    if (Error e = openPayloads(out, sealed, citizens))
        return e;
    if (out.items.isEmpty()) // its key was destroyed: it was purged
        return Error(ErrorCode::NotFound, QStringLiteral("case"));
    return out;
}

} // namespace fortrolig::server
