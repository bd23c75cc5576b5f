#pragma once

#include "app/core/Error.h"
#include "app/crypto/SecureBytes.h"

#include <QHash>
#include <QPair>
#include <QSet>
#include <QStringList>
#include <functional>
#include <memory>

namespace fortrolig {
class JournalDatabase;
class SqlRunner;
} // namespace fortrolig

namespace fortrolig::server {

class Sealer;

// Each case's data key (32 random bytes), under which its event payloads are sealed
// (StoredEvent), kept apart from the database in a small SQLCipher file of its own
// (case-keys.db in the data folder): a purge destroys the key there, so every copy of the
// case's rows that outlives the purge elsewhere (PostgreSQL's dead tuples, WAL, dumps and
// base backups; a copy of server.db) can no longer be opened, by anyone. Keys are made, read
// and destroyed, never changed; removing one note of a case (CaseStore::removeNote) gives the
// case a later key and retires the earlier ones, so that the note's old copies no longer open
// either. See docs/keys.md, "Case keys".
//
// The file is keyed with a key derived from the storage key, and each case key in it is sealed
// again under another (ServerKey::caseKeyWrappingKey), bound to its case: the file with its
// key, but without the storage key, opens no payload. SQLCipher with secure_delete overwrites
// a destroyed key where it was; the write-ahead log is checkpointed and truncated at once, so
// no older page in it holds the key either.
//
// One connection, on the thread that opened it; several connections and processes on one
// machine share the file through SQLite's locks. Keys read are kept in locked memory (one
// sodium_malloc block) for the life of the connection, so that reading a page of changes
// does not ask the file for each event.
class CaseKeys
{
public:
    ~CaseKeys();
    CaseKeys(const CaseKeys&) = delete;
    CaseKeys& operator=(const CaseKeys&) = delete;

    // `fileKey`: ServerKey::caseKeyStoreKey; `wrapper` seals the keys inside (it must outlive
    // this). The file is made if it is not there.
    static Result<std::unique_ptr<CaseKeys>> open(const QString& path, const SecureBytes& fileKey,
                                                  const Sealer& wrapper);

    // The keys of these cases into memory: one query for those not there yet.
    Error load(const QStringList& citizens);
    // After load(): the case's newest key, or null if it has none (destroyed, or never made).
    const unsigned char* key(const QString& citizen) const;
    // After load(): the case's key of this generation (StoredEvent::generationOf), or null.
    const unsigned char* key(const QString& citizen, int generation) const;
    // After load(): the generation of key(citizen).
    int generation(const QString& citizen) const { return m_current.value(citizen, 0); }
    // The cases' keys as the file has them now, where another connection may have changed
    // them since they were read (a later generation): for sealing, which must use the newest.
    // Cheap when the file has not changed since the last call (SQLite's data_version); when
    // it has, every case in memory with a later key in the file is read again.
    Error refresh(const QStringList& citizens);
    // These cases' keys read again from the file.
    Error reload(const QStringList& citizens);
    // After load(): the case's key was destroyed (it was purged).
    bool isDestroyed(const QString& citizen) const { return m_destroyed.contains(citizen); }

    // Keys for those of these cases that have none (in one transaction, committed when this
    // returns), then loaded. A case whose key was destroyed gets no new one.
    Error create(const QStringList& citizens);

    // Destroys the case's key for good: deleted (overwritten: secure_delete), its case noted as
    // destroyed, the log checkpointed and truncated. An error if any step fails; repeating it
    // is harmless.
    Error destroy(const QString& citizen);

    // The cases whose keys were destroyed, of all (for finishing purges a restored backup lacks).
    Result<QStringList> destroyedCases();

    // A later key for the case (committed when this returns); its generation. The case's
    // payloads are then sealed again under it and the earlier ones retired (retireBefore).
    Result<int> addGeneration(const QString& citizen);
    // The case's keys before `generation` destroyed as destroy() does one, each noted in the
    // file as retired.
    Error retireBefore(const QString& citizen, int generation);
    struct Retired
    {
        QString citizen;
        int generation = 0;
    };
    Result<QList<Retired>> retired();

    // It held no key, made or destroyed, when this connection opened it.
    bool isEmpty() const { return m_empty; }

    // Tests only: a copy of the case's key as it is in memory (empty if none).
    SecureBytes copyForTest(const QString& citizen);

private:
    CaseKeys(std::unique_ptr<JournalDatabase> db, const Sealer& wrapper);
    Error readKeys(const QStringList& citizens);
    Error keep(const QString& citizen, int generation, const QByteArray& sealed);
    Error write(const std::function<void(SqlRunner&)>& statements);
    int slotFor(const QString& citizen);
    void forget(const QString& citizen);
    Error checkpoint();

    std::unique_ptr<JournalDatabase> m_db;
    const Sealer& m_wrapper;
    SecureBytes m_arena;                 // m_capacity keys of 32 bytes
    using SlotKey = QPair<QString, int>; // citizen, generation
    QHash<SlotKey, int> m_slots;         // -> slot in m_arena
    QHash<QString, int> m_current;       // citizen -> newest generation in memory
    QList<int> m_free;                   // slots given back (a destroyed key, wiped)
    QSet<QString> m_destroyed;           // cases known to be purged
    int m_capacity = 0;
    int m_used = 0;
    qint64 m_dataVersion = -1;
    bool m_empty = false;
};

} // namespace fortrolig::server
