#pragma once

#include "app/core/Error.h"
#include "app/crypto/SecureBytes.h"
#include "app/storage/PageCheck.h"

#include <QSqlDatabase>
#include <memory>

struct sqlite3;

namespace fortrolig {

// One open, keyed, verified SQLCipher connection, registered with Qt Sql under a unique
// connection name. Opening is all or nothing: on any error no connection is left behind.
class JournalDatabase
{
public:
    enum class Mode
    {
        Create,
        Open
    };
    struct Options
    {
        int cipherFormat = 3; // the SQLCipher major format the file was made with
        QByteArray vfs;       // a named SQLite VFS (tests inject faults); empty = default
        // fortrolig-bench only: run the same code over a plain database to measure what
        // encryption costs. Never set for a journal that holds data.
        bool benchmarkWithoutEncryption = false;
        // Recovery: open as damaged (no statement that writes runs, the log is kept).
        bool forRecovery = false;
    };

    ~JournalDatabase();
    JournalDatabase(const JournalDatabase&) = delete;
    JournalDatabase& operator=(const JournalDatabase&) = delete;

    static Result<std::unique_ptr<JournalDatabase>>
    open(const QString& path, const SecureBytes& key, Mode mode, const Options& options);

    QSqlDatabase db() const { return QSqlDatabase::database(m_connectionName, false); }

    // A second connection to the same journal, for slow work that is better done on a thread
    // of its own (building the citizen indexes after a catch-up): what it needs to open the
    // file again, with the key in locked memory. run() opens it on the calling thread, runs
    // `statements` one by one and closes it. The first connection goes on reading meanwhile
    // (WAL); a write of its own waits for these (the busy timeout). Like the first
    // connection, it writes nothing to a journal known to be damaged.
    struct Aside
    {
        QString path;
        std::shared_ptr<const SecureBytes> key;
        Options options;
        Error run(const QList<QByteArray>& statements) const;
    };
    Aside aside() const { return m_aside; }
    const QString& path() const { return m_path; }

    // A copy of the whole journal (schema, rows, full-text indexes, schema version) in a new
    // file at `targetPath`, in SQLCipher format `format` under the same key (sqlcipher_export).
    // Every table's row count is compared between the two before it returns. The target must
    // not exist; on error it is removed. For bringing a 3.x journal to the runtime's format.
    Error exportInFormat(const QString& targetPath, int format);

    // SQLite's structural check of every table and index (PRAGMA integrity_check).
    Error integrityCheck();
    // Every page of the file and every frame of its log authenticates (PageCheck). Finding
    // damage marks the journal damaged; finding none clears an earlier mark.
    PageCheck::Report checkPages();
    // The tables and indexes that cannot be read to the end (for saying what damage hits).
    QStringList unreadableObjects();

    // Damage was found (now, or by an earlier run: a marker beside the file, without personal
    // data, says so). Reads still work; every statement that would write is refused with
    // SQLITE_CORRUPT, so nothing is written to a journal known to be damaged.
    bool isDamaged() const;
    void markDamaged(const QString& what);
    static QString damageMarkerPath(const QString& databasePath);

    // The cipher PRAGMAs to run before the first read, for a journal of format `journalFormat`
    // under SQLCipher `runtimeVersion` (e.g. "3.4.1" or "4.5.6 community").
    static QList<QByteArray> compatibilityPragmas(const QString& runtimeVersion, int journalFormat);
    static QString runtimeCipherVersion();                 // of the linked library
    static int runtimeCipherMajor();                       // 3 or 4
    static SecureBytes keyLiteral(const SecureBytes& key); // x'<64 hex>': SQLCipher's raw key
    // For files no connection of this process has open (closing its descriptor would drop
    // the process's locks on the file); open() reads the header through SQLite instead.
    static bool looksLikePlainSqlite(const QString& path);

    // Maps an SQLite result code (or a QSqlError from our driver) to the core's errors.
    static Error errorFrom(int sqliteCode, const QString& directory, const QString& what);
    static Error errorFrom(const QSqlError& error, const QString& directory);
    // An error that errorFrom made of SQLITE_CONSTRAINT (a row with that key exists).
    static bool isConstraintViolation(const Error& error);

private:
    static bool headerIsPlain(sqlite3* connection);
    JournalDatabase(QString path, QString connectionName, std::shared_ptr<PageCheck> pages)
        : m_path(std::move(path)), m_connectionName(std::move(connectionName)),
          m_pages(std::move(pages))
    {
    }
    sqlite3* handle() const;
    QString m_path;
    QString m_connectionName;
    std::shared_ptr<PageCheck> m_pages; // null for the benchmark's plain database
    Aside m_aside;
};

} // namespace fortrolig
