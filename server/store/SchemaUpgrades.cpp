// ServerDatabase: upgrades of the schema from one version to the next (migrate() runs them in
// its transaction, in order).
#include "store/ServerDatabase.h"

#include "keys/ServerKey.h"
#include "store/BatchSql.h"
#include "store/CaseFacts.h"
#include "store/CaseKeys.h"
#include "store/StoredEvent.h"

#include <algorithm>
#include <sodium.h>

namespace fortrolig::server {

namespace {

constexpr int kEventsPerPage = 500; // read, rewritten and written back at a time
constexpr int kCasesPerPage = 500;  // the same for objects, by case

const QStringList kEventColumns{QStringLiteral("seq"),         QStringLiteral("id"),
                                QStringLiteral("citizen_id"),  QStringLiteral("type"),
                                QStringLiteral("author"),      QStringLiteral("device"),
                                QStringLiteral("local_time"),  QStringLiteral("schema_version"),
                                QStringLiteral("payload"),     QStringLiteral("content_hash"),
                                QStringLiteral("received_at"), QStringLiteral("received_from"),
                                QStringLiteral("pushed_by")};
constexpr int kId = 1, kCitizen = 2, kPayload = 8, kContentHash = 9;

const QStringList kObjectColumns{QStringLiteral("id"), QStringLiteral("kind"),
                                 QStringLiteral("citizen_id"), QStringLiteral("parent")};

} // namespace

// Every stored event, a page at a time, through `transform`, then deleted and written back
// (a few statements per page, not one per row: on PostgreSQL each is a round trip); in
// migrate's transaction.
Error ServerDatabase::rewriteEvents(const std::function<Error(QList<QVariantList>&)>& transform)
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
        if (Error e = transform(rows))
            return e;
        const qint64 last = rows.last().at(0).toLongLong();
        sql.run(QStringLiteral("DELETE FROM events WHERE seq > ? AND seq <= ?"), {after, last});
        if (sql.error())
            return sql.error();
        if (Error e = BatchSql::insertRows(*this, QStringLiteral("events"), kEventColumns, rows))
            return e;
        after = last;
    }
    return {};
}

// Schema 1 kept SHA-256 of each whole event in the clear beside the event's clear columns:
// a CPR number in the payload was found by hashing every candidate. Each stored digest is
// replaced by its keyed hash (what push computes since), each payload sealed again padded,
// each object id replaced by its keyed hash; all in migrate's one transaction.
Error ServerDatabase::upgradeTo2(const Sealer& sealer)
{
    if (Error e = rewriteEvents([&sealer](QList<QVariantList>& rows) -> Error {
            for (QVariantList& row : rows) {
                const qint64 seq = row.at(0).toLongLong();
                const QString id = row.at(kId).toString();
                const QString hash = row.at(kContentHash).toString();
                const QByteArray digest = QByteArray::fromHex(hash.toLatin1());
                auto plain = sealer.open(row.at(kPayload).toByteArray(), id.toLatin1());
                if (!plain.ok() || hash.size() != 64 || digest.size() != 32)
                    return Error(
                        ErrorCode::Damaged,
                        QStringLiteral("event at seq %1 (upgrading to schema 2)").arg(seq));
                row[kPayload] = StoredEvent::sealPayload(sealer, id, plain.value());
                row[kContentHash] = StoredEvent::contentHash(sealer, digest);
                sodium_memzero(plain->data(), std::size_t(plain->size()));
            }
            return {};
        }))
        return e;

    SqlRunner sql(db(), mapper(), m_cache.get());
    QStringList cases;
    sql.run(QStringLiteral("SELECT DISTINCT citizen_id FROM objects"));
    while (sql.next())
        cases << sql.value(0).toString();
    if (sql.error())
        return sql.error();
    for (qsizetype i = 0; i < cases.size(); i += kCasesPerPage) {
        const QStringList page = cases.mid(i, kCasesPerPage);
        QList<QVariantList> rows;
        Error e = BatchSql::selectIn(
            *this,
            QStringLiteral("SELECT id, kind, citizen_id, parent FROM objects WHERE citizen_id"),
            page, {}, [&](SqlRunner& s) {
                rows << QVariantList{StoredEvent::objectId(sealer, s.value(0).toString()),
                                     s.value(1), s.value(2), s.value(3)};
            });
        // In the order of the new ids: each goes into the primary key's index next to the
        // one before (half the time of inserting them in random order, on SQLCipher).
        std::sort(rows.begin(), rows.end(), [](const QVariantList& a, const QVariantList& b) {
            return a.at(0).toString() < b.at(0).toString();
        });
        if (!e)
            e = BatchSql::selectIn(*this, QStringLiteral("DELETE FROM objects WHERE citizen_id"),
                                   page, {}, [](SqlRunner&) {});
        if (!e)
            e = BatchSql::insertRows(*this, QStringLiteral("objects"), kObjectColumns, rows);
        if (e)
            return e;
    }
    sql.run(QStringLiteral("UPDATE server_meta SET value = '2' WHERE key = 'schema'"));
    return sql.error();
}

namespace {

// One page of events, each payload sealed again under its case's key (made now if the case
// has none).
Error resealPage(QList<QVariantList>& rows, const Sealer& sealer, CaseKeys& keys)
{
    QStringList citizens;
    for (const QVariantList& row : rows)
        citizens << row.at(kCitizen).toString();
    // Keys first, committed in their own file: a key is never lost after a payload was sealed
    // under it. Should this upgrade roll back, the keys made stay unused, and are used again.
    if (Error e = keys.create(citizens))
        return e;
    for (QVariantList& row : rows) {
        const QByteArray context = row.at(kId).toString().toLatin1();
        const unsigned char* key = keys.key(row.at(kCitizen).toString());
        const QByteArray sealed = row.at(kPayload).toByteArray();
        if (key && StoredEvent::isCaseSealed(sealed) &&
            Sealer::open(key, sealed.mid(StoredEvent::kCaseSealed.size()), context).ok())
            continue;
        // The padded bytes as they are: sealed again, not written anew.
        auto plain = sealer.open(sealed, context);
        if (!plain.ok() || !key)
            return Error(ErrorCode::Damaged,
                         QStringLiteral("event at seq %1 (upgrading to schema 3)")
                             .arg(row.at(0).toLongLong()));
        row[kPayload] =
            QByteArray(StoredEvent::kCaseSealed + Sealer::seal(key, plain.value(), context));
        sodium_memzero(plain->data(), std::size_t(plain->size()));
    }
    return {};
}

} // namespace

// Schema 3 (crypto-shredding): each case's payloads are sealed under a key of its own, kept in
// the case key store, which a purge destroys.
Error ServerDatabase::upgradeTo3(const Sealer& sealer, CaseKeys& keys)
{
    if (Error e = rewriteEvents(
            [&sealer, &keys](QList<QVariantList>& rows) { return resealPage(rows, sealer, keys); }))
        return e;
    SqlRunner sql(db(), mapper(), m_cache.get());
    sql.run(QStringLiteral("UPDATE server_meta SET value = '3' WHERE key = 'schema'"));
    return sql.error();
}

// Schema 4 adds what retention needs: the rules, each case's courses and its hold. The
// courses of the cases stored before are read once from their course events (opened a page
// at a time, in the order they were received, each under its case's key).
Error ServerDatabase::upgradeTo4(const Sealer& sealer, CaseKeys& keys)
{
    SqlRunner sql(db(), mapper(), m_cache.get());
    for (const QString& statement : retentionSchema(backend()))
        sql.direct(statement);
    if (sql.error())
        return sql.error();
    for (qint64 after = -1;;) {
        QList<Event> page;
        QList<QByteArray> sealed;
        QStringList citizens;
        sql.run(QStringLiteral("SELECT seq, id, citizen_id, type, payload FROM events"
                               " WHERE seq > ? AND type IN (?, ?) ORDER BY seq LIMIT ?"),
                {after, EventType::CourseAdded, EventType::CourseEnded, kEventsPerPage});
        QList<qint64> seqs;
        while (sql.next()) {
            Event ev;
            seqs << sql.value(0).toLongLong();
            ev.id = sql.value(1).toString();
            ev.subject = sql.value(2).toString();
            ev.type = sql.value(3).toString();
            sealed << sql.value(4).toByteArray();
            citizens << ev.subject;
            page << ev;
        }
        if (sql.error())
            return sql.error();
        if (page.isEmpty())
            break;
        if (Error e = keys.load(citizens))
            return e;
        CaseFacts facts(sealer);
        for (qsizetype i = 0; i < page.size(); ++i) {
            Event& ev = page[i];
            if (keys.isDestroyed(ev.subject))
                continue; // a purged case a restored backup brought back: purged again at start
            auto payload =
                StoredEvent::openPayload(sealer, keys.key(ev.subject), ev.id, sealed.at(i));
            if (!payload.ok())
                return Error(
                    ErrorCode::Damaged,
                    QStringLiteral("event at seq %1 (upgrading to schema 4)").arg(seqs.at(i)));
            ev.payload = payload.value();
            facts.collect(ev);
        }
        if (Error e = facts.write(*this, 0))
            return e;
        after = seqs.last();
    }
    sql.run(QStringLiteral("UPDATE server_meta SET value = '4' WHERE key = 'schema'"));
    return sql.error();
}

} // namespace fortrolig::server
