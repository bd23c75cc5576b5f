#include "store/AccessLogStore.h"

#include "app/privacy/AccessLog.h"
#include "keys/ServerKey.h"
#include "store/AuditLog.h"
#include "store/BatchSql.h"
#include "store/CaseKeys.h"
#include "store/ServerDatabase.h"
#include "store/StoredEvent.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace fortrolig::server {

namespace {

const QStringList kColumns = {
    QStringLiteral("device_id"),  QStringLiteral("seq"),        QStringLiteral("at"),
    QStringLiteral("at_ms"),      QStringLiteral("consultant"), QStringLiteral("action"),
    QStringLiteral("citizen_id"), QStringLiteral("reason"),     QStringLiteral("scrubbed"),
    QStringLiteral("prev_hash"),  QStringLiteral("hash"),       QStringLiteral("received_at"),
};

// What a sealed reason is bound to: its device and place in that device's chain.
QString contextOf(const QString& device, qint64 seq)
{
    return QStringLiteral("log:") + device + QLatin1Char(':') + QString::number(seq);
}

QVariant nullBlob()
{
    return QVariant(QMetaType(QMetaType::QByteArray));
}

} // namespace

AccessLogStore::AccessLogStore(ServerDatabase& db, const Sealer& sealer, CaseKeys& keys,
                               Clock clock)
    : m_db(db), m_sealer(sealer), m_keys(keys), m_clock(std::move(clock))
{
}

QStringList AccessLogStore::schema(StoreLocation::Backend backend)
{
    const QString blob = backend == StoreLocation::Backend::Postgres ? QStringLiteral("BYTEA")
                                                                     : QStringLiteral("BLOB");
    // Each device's entries by their number in its chain; the time as the device wrote it (the
    // text its hash covers) and in ms (for the log's own retention); the reason sealed, NULL
    // when there is none or it was scrubbed (scrubbed = 1: by the server, at the purge).
    // access_log_devices: how far each device's chain is held without a gap.
    return {QStringLiteral("CREATE TABLE access_log (device_id TEXT NOT NULL, seq BIGINT NOT NULL,"
                           " at TEXT NOT NULL, at_ms BIGINT NOT NULL, consultant TEXT NOT NULL,"
                           " action TEXT NOT NULL, citizen_id TEXT NOT NULL, reason ") +
                blob +
                QStringLiteral(", scrubbed INTEGER NOT NULL DEFAULT 0, prev_hash TEXT NOT NULL,"
                               " hash TEXT NOT NULL, received_at BIGINT NOT NULL,"
                               " PRIMARY KEY (device_id, seq))"),
            QStringLiteral("CREATE INDEX access_log_citizen ON access_log (citizen_id)"),
            QStringLiteral("CREATE INDEX access_log_at ON access_log (at_ms)"),
            QStringLiteral("CREATE TABLE access_log_devices (device_id TEXT PRIMARY KEY,"
                           " through BIGINT NOT NULL)")};
}

Result<QByteArray> AccessLogStore::sealReason(const AccessLogEntry& e, const QString& device)
{
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("reason"), e.reason}})
                                .toJson(QJsonDocument::Compact);
    const QString context = contextOf(device, e.seq);
    if (e.citizenId.isEmpty())
        return StoredEvent::sealPayload(m_sealer, context, json);
    if (const unsigned char* key = m_keys.key(e.citizenId))
        return StoredEvent::sealPayload(key, m_keys.generation(e.citizenId), context, json);
    // A case the server does not know (yet): under the storage key, as payloads once were
    // (openPayload opens either form; a purge of the case empties it like the others).
    return StoredEvent::sealPayload(m_sealer, context, json);
}

Result<protocol::LogPushResponse>
AccessLogStore::store(const Principal& who, const QList<AccessLogEntry>& entries, qint64 oldest)
{
    protocol::LogPushResponse out;
    Transaction tx(m_db);
    if (tx.error())
        return tx.error();
    QSet<QString> citizens;
    for (const AccessLogEntry& e : entries)
        if (!e.citizenId.isEmpty())
            citizens.insert(e.citizenId);
    if (Error e = m_keys.load(QStringList(citizens.cbegin(), citizens.cend())))
        return e;
    QHash<qint64, QString> held; // the numbers of this range the server has, and their hashes
    if (!entries.isEmpty()) {
        SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
        sql.run(QStringLiteral("SELECT seq, hash FROM access_log WHERE device_id = ?"
                               " AND seq >= ? AND seq <= ?"),
                {who.deviceId, entries.constFirst().seq, entries.constLast().seq});
        while (sql.next())
            held.insert(sql.value(0).toLongLong(), sql.value(1).toString());
        if (sql.error())
            return sql.error();
    }
    QList<QVariantList> rows;
    const qint64 now = m_clock();
    for (const AccessLogEntry& e : entries) {
        if (auto it = held.constFind(e.seq); it != held.cend()) {
            out.conflicts += *it != e.hash ? 1 : 0;
            continue;
        }
        const bool gone = !e.citizenId.isEmpty() && m_keys.isDestroyed(e.citizenId);
        QVariant reason = nullBlob();
        if (!e.reason.isEmpty() && !gone) {
            auto sealed = sealReason(e, who.deviceId);
            if (!sealed.ok())
                return sealed.error();
            reason = sealed.value();
        }
        rows << QVariantList{who.deviceId, e.seq,      e.atText,    e.at.toMSecsSinceEpoch(),
                             e.consultant, e.action,   e.citizenId, reason,
                             gone ? 1 : 0, e.prevHash, e.hash,      now};
    }
    if (Error e = BatchSql::insertRows(m_db, QStringLiteral("access_log"), kColumns, rows))
        return e;
    out.stored = int(rows.size());
    if (out.conflicts > 0)
        if (Error e = writeAudit(m_db, now, who.deviceId, QStringLiteral("access-log-conflict"),
                                 who.deviceId,
                                 QStringLiteral("entries=%1 (numbers held with another hash; "
                                                "the first kept)")
                                     .arg(out.conflicts)))
            return e;
    if (Error e = advanceThrough(who.deviceId, oldest, &out.through))
        return e;
    if (Error e = tx.commit())
        return e;
    return out;
}

// How far the device's chain is held without a gap, moved on past what came. What the device
// no longer has (before `oldest`) can never come: the walk goes on after it.
Error AccessLogStore::advanceThrough(const QString& device, qint64 oldest, qint64* through)
{
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    const QVariant known = sql.single(
        QStringLiteral("SELECT through FROM access_log_devices WHERE device_id = ?"), {device});
    qint64 at = known.isValid() ? known.toLongLong() : 0;
    if (oldest > 0)
        at = std::max(at, oldest - 1);
    // A bounded walk: behind a gap the rows after it are not all read at each push (a walk
    // cut short is taken up at the next one).
    sql.run(QStringLiteral("SELECT seq FROM access_log WHERE device_id = ? AND seq > ?"
                           " ORDER BY seq LIMIT 5000"),
            {device, at});
    while (sql.next() && sql.value(0).toLongLong() == at + 1)
        ++at;
    sql.finish();
    if (known.isValid())
        sql.run(QStringLiteral("UPDATE access_log_devices SET through = ? WHERE device_id = ?"),
                {at, device});
    else
        sql.run(QStringLiteral("INSERT INTO access_log_devices (device_id, through) VALUES (?, ?)"),
                {device, at});
    *through = at;
    return sql.error();
}

namespace {

// The device, its name and account, then the entry's fields.
const QString kSelect = QStringLiteral(
    "SELECT a.device_id, COALESCE(d.name, ''), COALESCE(d.username, ''), a.seq, a.at,"
    " a.consultant, a.action, a.citizen_id, a.reason, a.prev_hash, a.hash, a.scrubbed"
    " FROM access_log a LEFT JOIN devices d ON d.id = a.device_id");

} // namespace

Result<AccessLogEntry> AccessLogStore::entryOf(const SqlRunner& sql, const QString& device)
{
    AccessLogEntry e;
    e.seq = sql.value(3).toLongLong();
    e.atText = sql.value(4).toString();
    e.at = QDateTime::fromString(e.atText, Qt::ISODateWithMs).toUTC();
    e.consultant = sql.value(5).toString();
    e.action = sql.value(6).toString();
    e.citizenId = sql.value(7).toString();
    const QByteArray sealed = sql.value(8).toByteArray();
    if (!sealed.isEmpty()) {
        const int generation = std::max(0, StoredEvent::generationOf(sealed));
        auto opened = StoredEvent::openPayload(
            m_sealer, e.citizenId.isEmpty() ? nullptr : m_keys.key(e.citizenId, generation),
            contextOf(device, e.seq), sealed);
        if (!opened.ok())
            return opened.error();
        e.reason = opened->value(QStringLiteral("reason")).toString();
    }
    e.prevHash = sql.value(9).toString();
    e.hash = sql.value(10).toString();
    return e;
}

Result<protocol::LogExtract> AccessLogStore::extract(const QString& citizenId,
                                                     const QString& holder)
{
    SqlRunner sql(m_db.db(), m_db.mapper());
    if (!holder.isEmpty()) {
        const QVariant held = sql.single(
            QStringLiteral("SELECT consultant FROM cases WHERE citizen_id = ?"), {citizenId});
        if (sql.error())
            return sql.error();
        if (held.toString() != holder)
            return Error(ErrorCode::NotFound, QStringLiteral("case"));
    }
    if (Error e = m_keys.load({citizenId}))
        return e;
    protocol::LogExtract out;
    out.citizenId = citizenId;
    sql.run(kSelect + QStringLiteral(" WHERE a.citizen_id = ? ORDER BY a.device_id, a.seq"),
            {citizenId});
    while (sql.next()) {
        protocol::LoggedUse use;
        use.device = sql.value(0).toString();
        use.deviceName = sql.value(1).toString();
        auto entry = entryOf(sql, use.device);
        if (!entry.ok())
            return entry.error();
        use.entry = entry.value();
        use.intact = AccessLog::expectedHash(use.entry) == use.entry.hash;
        out.uses << use;
    }
    if (sql.error())
        return sql.error();
    return out;
}

namespace {

// A device's chain as it is read, entry by entry.
struct Walk
{
    QString lastHash;
    QSet<qint64> emptied; // do not match their hash and have no reason: scrubbed, or changed
    QSet<qint64> listed;  // the device's checkpoints say it emptied these
    QSet<qint64> purged;  // the server emptied these (the case was purged)
};

// One more entry of the device's chain, checked against the one before it.
void follow(LogChain& c, Walk& w, const AccessLogEntry& e, bool purged)
{
    if (c.entries == 0) {
        c.firstSeq = e.seq;
    } else if (e.seq != c.lastSeq + 1) {
        c.gaps << QStringLiteral("%1-%2").arg(c.lastSeq + 1).arg(e.seq - 1);
    } else if (e.prevHash != w.lastHash) {
        c.broken << e.seq;
    }
    if (AccessLog::expectedHash(e) != e.hash) {
        if (e.reason.isEmpty())
            w.emptied.insert(e.seq);
        else if (c.broken.isEmpty() || c.broken.constLast() != e.seq)
            c.broken << e.seq;
    }
    if (purged)
        w.purged.insert(e.seq);
    if (e.action == AccessLog::Action::Scrubbed)
        for (qint64 seq : AccessLog::scrubbedBy(e.reason))
            w.listed.insert(seq);
    ++c.entries;
    c.lastSeq = e.seq;
    w.lastHash = e.hash;
}

// At the chain's end: an entry without its reason is scrubbed if the device's checkpoint or
// the server's purge says so; otherwise it was changed.
void settle(LogChain& c, Walk& w)
{
    QList<qint64> changed;
    for (qint64 seq : std::as_const(w.emptied)) {
        if (w.listed.contains(seq) || w.purged.contains(seq))
            ++c.scrubbed;
        else
            changed << seq;
    }
    c.broken += changed;
    std::sort(c.broken.begin(), c.broken.end());
    c.broken.erase(std::unique(c.broken.begin(), c.broken.end()), c.broken.end());
    w = Walk{};
}

} // namespace

Result<QList<LogChain>> AccessLogStore::check()
{
    QStringList citizens;
    {
        SqlRunner sql(m_db.db(), m_db.mapper());
        sql.run(QStringLiteral("SELECT DISTINCT citizen_id FROM access_log"
                               " WHERE reason IS NOT NULL AND citizen_id <> ''"));
        while (sql.next())
            citizens << sql.value(0).toString();
        if (sql.error())
            return sql.error();
    }
    if (Error e = m_keys.load(citizens))
        return e;
    QList<LogChain> out;
    Walk walk;
    SqlRunner sql(m_db.db(), m_db.mapper());
    sql.run(kSelect + QStringLiteral(" ORDER BY a.device_id, a.seq"));
    while (sql.next()) {
        const QString device = sql.value(0).toString();
        if (out.isEmpty() || out.constLast().device != device) {
            if (!out.isEmpty())
                settle(out.last(), walk);
            LogChain c;
            c.device = device;
            c.deviceName = sql.value(1).toString();
            c.consultant = sql.value(2).toString();
            out << c;
        }
        auto entry = entryOf(sql, device);
        if (!entry.ok())
            return entry.error();
        follow(out.last(), walk, entry.value(), sql.value(11).toInt() != 0);
    }
    if (sql.error())
        return sql.error();
    if (!out.isEmpty())
        settle(out.last(), walk);
    for (LogChain& c : out)
        c.through = sql.single(QStringLiteral("SELECT through FROM access_log_devices"
                                              " WHERE device_id = ?"),
                               {c.device})
                        .toLongLong();
    if (sql.error())
        return sql.error();
    return out;
}

Error AccessLogStore::scrub(ServerDatabase& db, const QString& citizenId)
{
    SqlRunner sql(db.db(), db.mapper());
    sql.run(QStringLiteral("UPDATE access_log SET reason = NULL, scrubbed = 1"
                           " WHERE citizen_id = ? AND reason IS NOT NULL"),
            {citizenId});
    return sql.error();
}

Error AccessLogStore::reseal(const QString& citizenId, int generation)
{
    QList<QVariantList> again; // reason, device, seq
    {
        SqlRunner sql(m_db.db(), m_db.mapper());
        sql.run(QStringLiteral("SELECT device_id, seq, reason FROM access_log"
                               " WHERE citizen_id = ? AND reason IS NOT NULL"),
                {citizenId});
        while (sql.next()) {
            const QString device = sql.value(0).toString();
            const qint64 seq = sql.value(1).toLongLong();
            const QByteArray sealed = sql.value(2).toByteArray();
            const unsigned char* from =
                m_keys.key(citizenId, std::max(0, StoredEvent::generationOf(sealed)));
            auto to = StoredEvent::resealPayload(m_sealer, from, m_keys.key(citizenId, generation),
                                                 generation, contextOf(device, seq), sealed);
            if (!to.ok())
                return to.error();
            again << QVariantList{to.value(), device, seq};
        }
        if (sql.error())
            return sql.error();
    }
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    for (const QVariantList& row : again)
        sql.run(QStringLiteral("UPDATE access_log SET reason = ? WHERE device_id = ? AND seq = ?"),
                row);
    return sql.error();
}

Result<qint64> AccessLogStore::prune(ServerDatabase& db, qint64 before)
{
    SqlRunner sql(db.db(), db.mapper());
    sql.run(QStringLiteral("DELETE FROM access_log WHERE at_ms < ?"), {before});
    if (sql.error())
        return sql.error();
    return qint64(sql.affected());
}

Result<qint64> AccessLogStore::due(ServerDatabase& db, qint64 before)
{
    SqlRunner sql(db.db(), db.mapper());
    const qint64 n =
        sql.single(QStringLiteral("SELECT count(*) FROM access_log WHERE at_ms < ?"), {before})
            .toLongLong();
    if (sql.error())
        return sql.error();
    return n;
}

} // namespace fortrolig::server
