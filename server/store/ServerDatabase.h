#pragma once

#include "app/core/Error.h"
#include "app/crypto/SecureBytes.h"
#include "app/storage/SqlRunner.h"

#include <QSqlDatabase>
#include <QUrl>
#include <functional>
#include <memory>

namespace fortrolig {
class JournalDatabase;
}

namespace fortrolig::server {

class Sealer;
class CaseKeys;

// Where the server keeps its data: the embedded SQLCipher file (one machine, one command),
// or PostgreSQL (several server processes in front of one cluster). The same SQL runs on
// both: SQLite 3.15 (SQLCipher 3.4) and PostgreSQL 15, so no UPSERT, no RETURNING.
struct StoreLocation
{
    enum class Backend
    {
        SqlCipher,
        Postgres
    };
    Backend backend = Backend::SqlCipher;
    QString path; // SqlCipher: the database file
    QUrl url;     // Postgres: postgresql://user:password@host:port/database?sslmode=...
    // The case key store (CaseKeys), both backends: FORTROLIG_CASE_KEYS if set, otherwise
    // `dataDir`/case-keys.db. Never inside the database: a copy of the database would hold
    // the keys of the cases purged after it was made.
    QString caseKeys;

    // `databaseUrl` wins when given; otherwise `dataDir`/server.db. Without a data folder
    // (PostgreSQL) FORTROLIG_CASE_KEYS must name the case key store's file.
    static Result<StoreLocation> from(const QString& dataDir, const QString& databaseUrl);
    QString describe() const; // for the start-up message: never the password
};

// One connection, on the thread that opened it.
class ServerDatabase
{
public:
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase&) = delete;
    ServerDatabase& operator=(const ServerDatabase&) = delete;

    // `key` opens the SQLCipher file (ignored for PostgreSQL). `create`: make the file if it
    // is not there (the first start); otherwise a missing file is an error.
    static Result<std::unique_ptr<ServerDatabase>> open(const StoreLocation& location,
                                                        const SecureBytes& key, bool create);

    // Creates or upgrades the schema; the first run also makes the epoch. Safe when several
    // processes start at once (one waits for the other). An upgrade rewrites stored rows with
    // the storage key's sealing and hashing keys (`sealer`) and the cases' keys (`keys`).
    Error migrate(const Sealer& sealer, CaseKeys& keys);

    QSqlDatabase db() const;
    StoreLocation::Backend backend() const { return m_location.backend; }
    bool isPostgres() const { return backend() == StoreLocation::Backend::Postgres; }
    StatementCache& cache() { return *m_cache; }
    Error errorFrom(const QSqlError& error) const;
    SqlRunner::ErrorMapper mapper() const;

    // BEGIN IMMEDIATE on SQLite (writers queue at the start, not halfway), BEGIN on PostgreSQL.
    Error begin();
    Error commit();
    void rollback();

    // After a lost PostgreSQL connection: open it again (the next request may work).
    Error reconnectIfLost(const Error& failure);

    // The schema, with this backend's words for binary data and automatic keys.
    static QStringList schema(StoreLocation::Backend backend);
    // The tables retention adds (schema 3).
    static QStringList retentionSchema(StoreLocation::Backend backend);
    static QStringList noteRemovalSchema();
    static QStringList partRemovalSchema();
    static QStringList municipalitySchema(); // schema 7
    static QStringList requestSchema();
    static QStringList restrictionSchema(); // schema 9
    static QStringList handOverSchema();    // schema 11

private:
    ServerDatabase(StoreLocation location, QString connection);
    Error rewriteEvents(const std::function<Error(QList<QVariantList>&)>& transform);
    Error upgradeTo2(const Sealer& sealer);                 // inside migrate's transaction
    Error upgradeTo3(const Sealer& sealer, CaseKeys& keys); // the same
    Error upgradeTo4(const Sealer& sealer, CaseKeys& keys); // the same
    Error upgrade(int version, const Sealer& sealer, CaseKeys& keys); // to the newest
    StoreLocation m_location;
    QString m_connection;
    std::unique_ptr<JournalDatabase> m_sqlcipher;
    std::unique_ptr<StatementCache> m_cache;
};

// A transaction on one connection that rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(ServerDatabase& db) : m_db(db) { m_error = db.begin(); }
    ~Transaction()
    {
        if (!m_error && !m_done)
            m_db.rollback();
    }
    const Error& error() const { return m_error; }
    Error commit()
    {
        m_done = true;
        return m_db.commit();
    }

private:
    ServerDatabase& m_db;
    Error m_error;
    bool m_done = false;
};

} // namespace fortrolig::server
