#pragma once

#include "app/core/Error.h"
#include "app/sync/Protocol.h"
#include "store/Principal.h"
#include "store/ServerDatabase.h"

#include <QList>
#include <QString>
#include <functional>

namespace fortrolig::server {

class Sealer;
class CaseKeys;

// What one device's chain looks like on the server (AccessLogStore::check).
struct LogChain
{
    QString device;
    QString deviceName;
    QString consultant; // the device's account
    qint64 entries = 0;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    qint64 through = 0; // held without a gap from the first entry the server got
    // Where the chain does not hold: a hash that does not match its entry's fields (changed
    // after the device wrote it), or an entry that does not name the one before it.
    QList<qint64> broken;
    // Entries whose reason the device had emptied (a deleted case) before it sent them: their
    // hash covers text that is no longer there, so they are counted, not checked.
    qint64 scrubbed = 0;
    // Numbers missing between firstSeq and lastSeq: "from-to" (a restore lost them, or the
    // device pruned them before it could send them).
    QStringList gaps;
};

// The devices' access logs, kept on the server (schema 10, docs/access-log.md): every entry a
// device wrote, as it wrote it (its chain's hashes included), so that a lost laptop does not
// take the evidence of who used a case with it and an access package shows every device's
// uses. The reason is free text that may say something about the citizen: it is sealed under
// the case's key (StoredEvent's form; under the storage key for an entry of no case), emptied
// when the case is purged, and the key's destruction makes every copy elsewhere unreadable.
// Entries are kept for the log's own period (the longest access-log rule), then deleted.
class AccessLogStore
{
public:
    using Clock = std::function<qint64()>;
    AccessLogStore(ServerDatabase& db, const Sealer& sealer, CaseKeys& keys, Clock clock);

    static QStringList schema(StoreLocation::Backend backend); // schema 10

    // A device's entries, oldest first; `oldest`: the first entry the device still has (those
    // before it can never come). Idempotent: an entry held already (same number, same hash) is
    // skipped; one with the same number and another hash is a conflict (the first is kept, the
    // conflict audited).
    Result<protocol::LogPushResponse> store(const Principal& who,
                                            const QList<AccessLogEntry>& entries, qint64 oldest);
    // Every device's uses of a case, reasons opened (empty once scrubbed). `holder`, if given:
    // NotFound unless that consultant holds the case now.
    Result<protocol::LogExtract> extract(const QString& citizenId, const QString& holder = {});
    // Each device's chain checked from end to end.
    Result<QList<LogChain>> check();

    // The case was purged: its entries' reasons are emptied (inside the purge's transaction;
    // the entries stay for the log's period, with the case's internal id only).
    static Error scrub(ServerDatabase& db, const QString& citizenId);
    // The case's key has a new generation: its entries' reasons sealed again under it (inside
    // the caller's transaction, before the earlier keys are retired).
    Error reseal(const QString& citizenId, int generation);
    // The log's own retention: entries written before `before` (ms) deleted. Returns how many.
    static Result<qint64> prune(ServerDatabase& db, qint64 before);
    static Result<qint64> due(ServerDatabase& db, qint64 before); // what prune would delete

private:
    Result<QByteArray> sealReason(const AccessLogEntry& e, const QString& device);
    Error advanceThrough(const QString& device, qint64 oldest, qint64* through);
    // A row of kSelect: the entry with its reason opened (the keys loaded).
    Result<AccessLogEntry> entryOf(const SqlRunner& sql, const QString& device);

    ServerDatabase& m_db;
    const Sealer& m_sealer;
    CaseKeys& m_keys;
    Clock m_clock;
};

} // namespace fortrolig::server
