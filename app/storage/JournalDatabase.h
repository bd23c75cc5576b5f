#pragma once

#include "core/Error.h"
#include "crypto/SecureBytes.h"

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
    };

    ~JournalDatabase();
    JournalDatabase(const JournalDatabase&) = delete;
    JournalDatabase& operator=(const JournalDatabase&) = delete;

    static Result<std::unique_ptr<JournalDatabase>>
    open(const QString& path, const SecureBytes& key, Mode mode, const Options& options);

    QSqlDatabase db() const { return QSqlDatabase::database(m_connectionName, false); }
    const QString& path() const { return m_path; }

    // Reads every page (each page's HMAC is checked on read): finds a flipped byte anywhere.
    Error integrityCheck();

    // The cipher PRAGMAs to run before the first read, for a journal of format `journalFormat`
    // under SQLCipher `runtimeVersion` (e.g. "3.4.1" or "4.5.6 community").
    static QList<QByteArray> compatibilityPragmas(const QString& runtimeVersion, int journalFormat);
    static QString runtimeCipherVersion(); // of the linked library
    // For files no connection of this process has open (closing its descriptor would drop
    // the process's locks on the file); open() reads the header through SQLite instead.
    static bool looksLikePlainSqlite(const QString& path);

    // Maps an SQLite result code (or a QSqlError from our driver) to the core's errors.
    static Error errorFrom(int sqliteCode, const QString& directory, const QString& what);
    static Error errorFrom(const QSqlError& error, const QString& directory);

private:
    static bool headerIsPlain(sqlite3* connection);
    JournalDatabase(QString path, QString connectionName)
        : m_path(std::move(path)), m_connectionName(std::move(connectionName))
    {
    }
    QString m_path;
    QString m_connectionName;
};

} // namespace fortrolig
