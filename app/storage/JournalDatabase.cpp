#include "app/storage/JournalDatabase.h"

#include "app/storage/SqlCipherDriver.h"
#include "app/storage/sqlcipher.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryFile>
#include <QThread>

Q_LOGGING_CATEGORY(lcStorage, "fortrolig.storage")

namespace fortrolig {

namespace {
constexpr char kPlainHeader[] = "SQLite format 3"; // followed by a NUL in a plain file

bool directoryWritable(const QString& directory)
{
    QTemporaryFile probe(directory + QStringLiteral("/.write-probe-XXXXXX"));
    return probe.open();
}

// Runs one statement on a raw connection and returns its first column as text.
int querySingle(sqlite3* db, const char* sql, QByteArray* out = nullptr)
{
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return sqlite3_extended_errcode(db);
    rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW && out && sqlite3_column_type(stmt, 0) != SQLITE_NULL)
        *out = QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        rc = sqlite3_extended_errcode(db);
    sqlite3_finalize(stmt);
    return (rc == SQLITE_ROW || rc == SQLITE_DONE) ? SQLITE_OK : rc;
}
} // namespace

JournalDatabase::~JournalDatabase()
{
    {
        QSqlDatabase d = db();
        if (d.isValid()) {
            sqlite3* h = handle();
            // A clean close checkpoints the WAL into the main file and removes -wal/-shm; a
            // damaged journal is left as it is.
            if (h && !isDamaged())
                sqlite3_wal_checkpoint_v2(h, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
            d.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

sqlite3* JournalDatabase::handle() const
{
    QSqlDatabase d = db();
    return d.isValid() ? static_cast<sqlite3*>(d.driver()->handle().value<void*>()) : nullptr;
}

namespace {
sqlite3_file* mainFile(sqlite3* connection)
{
    sqlite3_file* file = nullptr;
    if (!connection ||
        sqlite3_file_control(connection, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK ||
        !file || !file->pMethods)
        return nullptr;
    return file;
}

// Another connection (a server worker, the CLI beside the window) may be writing a page or a
// log frame while it is read: such a read can look damaged once. Damage that is really there
// is there again a moment later; only that counts.
template <typename Check> PageCheck::Report confirmed(Check check)
{
    PageCheck::Report r = check();
    for (int i = 0; i < 2 && r.damaged(); ++i) {
        QThread::msleep(20);
        r = check();
    }
    return r;
}

// Reads the file below the codec, through SQLite's own handle (see headerIsPlain).
PageCheck::Report readAllPages(sqlite3* connection, const PageCheck& pages, const QString& path)
{
    PageCheck::Report r;
    sqlite3_file* file = mainFile(connection);
    sqlite3_int64 size = 0;
    if (!file || file->pMethods->xFileSize(file, &size) != SQLITE_OK) {
        r.readError = QStringLiteral("journal file size");
        return r;
    }
    r = pages.checkDatabase(
        [file](qint64 offset, char* data, qint64 length) -> qint64 {
            return file->pMethods->xRead(file, data, int(length), offset) == SQLITE_OK ? length
                                                                                       : -1;
        },
        size);
    const PageCheck::Report log = pages.checkLog(path + QStringLiteral("-wal"));
    r.damagedFrames = log.damagedFrames;
    r.logHeaderDamaged = log.logHeaderDamaged;
    r.lostCommits = log.lostCommits;
    r.framesChecked = log.framesChecked;
    if (r.readError.isEmpty())
        r.readError = log.readError;
    return r;
}

// SQLite checkpoints and removes the log when the last connection closes; a damaged journal
// keeps it as it is.
void keepLog(sqlite3* connection)
{
    int persist = 1;
    sqlite3_file_control(connection, "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
}

PageCheck::Report checkAllPages(sqlite3* connection, const PageCheck& pages, const QString& path)
{
    return confirmed([&] { return readAllPages(connection, pages, path); });
}

void writeDamageMarker(const QString& databasePath, const QString& what)
{
    // No personal data: when, and which pages or tables.
    QFile marker(JournalDatabase::damageMarkerPath(databasePath));
    if (marker.open(QIODevice::WriteOnly | QIODevice::Truncate))
        marker.write(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + ' ' +
                     what.toUtf8() + '\n');
}
} // namespace

QString JournalDatabase::damageMarkerPath(const QString& databasePath)
{
    return databasePath + QStringLiteral(".damaged");
}

bool JournalDatabase::isDamaged() const
{
    QSqlDatabase d = db();
    return d.isValid() && static_cast<const SqlCipherDriver*>(d.driver())->isDamaged();
}

void JournalDatabase::markDamaged(const QString& what)
{
    const bool known = isDamaged();
    QSqlDatabase d = db();
    if (d.isValid())
        static_cast<SqlCipherDriver*>(d.driver())->setDamaged();
    if (sqlite3* h = handle())
        keepLog(h);
    writeDamageMarker(m_path, what);
    if (!known)
        qCWarning(lcStorage) << "journal damaged:" << what;
}

PageCheck::Report JournalDatabase::checkPages()
{
    if (!m_pages)
        return {};
    const PageCheck::Report r = checkAllPages(handle(), *m_pages, m_path);
    if (r.damaged())
        markDamaged(r.summary());
    else if (r.readError.isEmpty() && QFile::exists(damageMarkerPath(m_path)))
        QFile::remove(damageMarkerPath(m_path)); // every page authenticates after all
    return r;
}

QStringList JournalDatabase::unreadableObjects()
{
    QStringList out;
    QSqlQuery list(db());
    if (!list.exec(QStringLiteral("SELECT type, name, tbl_name FROM sqlite_master"
                                  " WHERE type IN ('table', 'index') AND rootpage > 0"
                                  " ORDER BY type DESC, name")))
        return out;
    QList<std::array<QString, 3>> objects;
    while (list.next())
        objects.append(
            {list.value(0).toString(), list.value(1).toString(), list.value(2).toString()});
    list.finish();
    for (const auto& [type, name, table] : std::as_const(objects)) {
        const QString quoted = QLatin1Char('"') + name + QLatin1Char('"');
        // A table is read to its last byte (every column, overflow pages too); an index is
        // walked by counting through it.
        const QString sql =
            type == QStringLiteral("table")
                ? QStringLiteral("SELECT * FROM ") + quoted
                : QStringLiteral("SELECT count(*) FROM \"%1\" INDEXED BY %2").arg(table, quoted);
        QSqlQuery q(db());
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            continue; // e.g. an automatic index INDEXED BY cannot name
        bool readable = q.exec();
        while (readable && q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                q.value(i);
        }
        if (!readable || q.lastError().isValid())
            out << name;
    }
    return out;
}

bool JournalDatabase::headerIsPlain(sqlite3* connection)
{
    sqlite3_file* file = mainFile(connection);
    if (!file)
        return false;
    char header[16] = {};
    // Below the codec: the bytes as they are on disk.
    if (file->pMethods->xRead(file, header, sizeof header, 0) != SQLITE_OK)
        return false;
    return QByteArray(header, sizeof header) == QByteArray(kPlainHeader, 16);
}

bool JournalDatabase::looksLikePlainSqlite(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray(kPlainHeader, 16);
}

QString JournalDatabase::runtimeCipherVersion()
{
    sqlite3* db = nullptr;
    QByteArray v;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK)
        querySingle(db, "PRAGMA cipher_version", &v);
    sqlite3_close(db);
    return QString::fromUtf8(v);
}

QList<QByteArray> JournalDatabase::compatibilityPragmas(const QString& runtimeVersion,
                                                        int journalFormat)
{
    const int runtimeMajor = runtimeVersion.section(QLatin1Char('.'), 0, 0).toInt();
    QList<QByteArray> out;
    // SQLCipher 4 writes its own log to stderr by default ("ERROR CORE ... hmac check
    // failed"), past the program's logging categories: off. Every failure it would log comes
    // back as an error code, which the program reports itself (errorFrom). 3.x has no log.
    if (runtimeMajor >= 4)
        out << QByteArray("PRAGMA cipher_log = off")
            << QByteArray("PRAGMA cipher_log_level = NONE");
    // SQLCipher 4 changed the defaults (page size 4096, HMAC-SHA512, KDF). A journal written by
    // 3.x keeps its format: 4.x opens it in compatibility mode rather than failing to decrypt.
    if (runtimeMajor >= 4 && journalFormat < runtimeMajor)
        out << QByteArray("PRAGMA cipher_compatibility = ") + QByteArray::number(journalFormat);
    // 4 KiB pages (SQLCipher 3's default is 1 KiB): a quarter of the per-page encryption and
    // HMAC work, and the same page size as the plain database the overhead is measured against.
    // SQLCipher does not store it in the (encrypted) header, so it is set at every open.
    out << QByteArray("PRAGMA cipher_page_size = 4096");
    return out;
}

Error JournalDatabase::errorFrom(int sqliteCode, const QString& directory, const QString& what)
{
    const int primary = sqliteCode & 0xff;
    const QString detail = what + QStringLiteral(": SQLite ") + QString::number(sqliteCode);
    switch (primary) {
    case SQLITE_OK:
        return {};
    case SQLITE_NOTADB:
        return Error(ErrorCode::WrongKey,
                     detail); // callers turn this into Damaged when the key is known good
    case SQLITE_CORRUPT:
    case SQLITE_FORMAT:
        return Error(ErrorCode::Damaged, detail);
    case SQLITE_FULL:
        return Error(ErrorCode::DiskFull, detail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(ErrorCode::Busy, detail);
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        if (!directory.isEmpty() && !directoryWritable(directory))
            return Error(ErrorCode::ReadOnlyLocation, detail);
        return Error(primary == SQLITE_CANTOPEN ? ErrorCode::NotFound : ErrorCode::ReadOnlyLocation,
                     detail);
    case SQLITE_IOERR:
        if (errno == ENOSPC)
            return Error(ErrorCode::DiskFull, detail);
        return Error(ErrorCode::IoError, detail);
    case SQLITE_NOMEM:
        return Error(ErrorCode::Internal, detail);
    default:
        return Error(ErrorCode::Internal, detail);
    }
}

bool JournalDatabase::isConstraintViolation(const Error& error)
{
    // errorFrom keeps the code in the detail: "<what>: SQLite <extended code>".
    const int at = error.detail.lastIndexOf(QStringLiteral("SQLite "));
    bool ok = false;
    const int code = at < 0 ? 0 : QStringView(error.detail).mid(at + 7).toInt(&ok);
    return error.code == ErrorCode::Internal && ok && (code & 0xff) == SQLITE_CONSTRAINT;
}

Error JournalDatabase::errorFrom(const QSqlError& error, const QString& directory)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok)
        return Error(ErrorCode::Internal, error.driverText());
    return errorFrom(code, directory, error.driverText());
}

namespace {
// What rules the open out before the file is touched.
Error refusal(const QString& path, const SecureBytes& key, JournalDatabase::Mode mode,
              const JournalDatabase::Options& options, bool exists, const QString& directory)
{
    using Mode = JournalDatabase::Mode;
    if (mode == Mode::Open && !exists)
        return Error(ErrorCode::NotFound, QStringLiteral("journal file"));
    if (mode == Mode::Create && exists)
        return Error(ErrorCode::AlreadyExists);
    if (exists && !options.benchmarkWithoutEncryption && QFileInfo(path).size() == 0)
        return Error(ErrorCode::Damaged, QStringLiteral("empty journal file"));
    if (mode == Mode::Create && !directoryWritable(directory))
        return Error(ErrorCode::ReadOnlyLocation, QStringLiteral("journal folder"));
    if (!options.benchmarkWithoutEncryption && key.size() != 32)
        return Error(ErrorCode::Internal, QStringLiteral("journal key size"));
    return {};
}

// The key, the cipher's settings, and the first read; `version` is SQLCipher's.
Error unlock(sqlite3* raw, const SecureBytes& key, const JournalDatabase::Options& options,
             const QString& directory, QByteArray* version)
{
    int rc = SQLITE_OK;
    if (!options.benchmarkWithoutEncryption) {
        // The raw-key form x'<64 hex>' skips SQLCipher's own PBKDF2; the key is already random.
        const SecureBytes literal = JournalDatabase::keyLiteral(key);
        rc = sqlite3_key(raw, literal.data(), int(literal.size()));
        if (rc != SQLITE_OK)
            return JournalDatabase::errorFrom(rc, directory, QStringLiteral("key"));
    }

    rc = querySingle(raw, "PRAGMA cipher_version", version);
    if (rc != SQLITE_OK || version->isEmpty())
        return Error(ErrorCode::NotEncrypted, QStringLiteral("SQLCipher did not answer"));
    // A journal made with a newer SQLCipher's format (4, say, made on a laptop whose build
    // has SQLCipher 4) cannot be read by an older one: said as that, not as damage.
    const int runtimeMajor = version->split('.').value(0).toInt();
    if (!options.benchmarkWithoutEncryption && options.cipherFormat > runtimeMajor)
        return Error(ErrorCode::NewerFormat,
                     QStringLiteral("cipher format %1, and this program has SQLCipher %2")
                         .arg(options.cipherFormat)
                         .arg(QString::fromUtf8(*version)));
    const QList<QByteArray> cipherPragmas =
        options.benchmarkWithoutEncryption ? QList<QByteArray>()
                                           : JournalDatabase::compatibilityPragmas(
                                                 QString::fromUtf8(*version), options.cipherFormat);
    for (const QByteArray& pragma : cipherPragmas) {
        if ((rc = querySingle(raw, pragma.constData())) != SQLITE_OK)
            return JournalDatabase::errorFrom(rc, directory, QStringLiteral("compatibility"));
    }
    sqlite3_busy_timeout(raw, 5000);
    // The first read decrypts page 1: a wrong key or a damaged first page fails here.
    rc = querySingle(raw, "SELECT count(*) FROM sqlite_master");
    if (rc != SQLITE_OK)
        return JournalDatabase::errorFrom(rc, directory, QStringLiteral("first read"));
    return {};
}

// The connection's settings and the write-ahead log; a new journal is written to disk.
Error configure(sqlite3* raw, JournalDatabase::Mode mode, const QString& directory)
{
    static const char* const pragmas[] = {
        "PRAGMA secure_delete = ON",  // deleted content is overwritten, not left in free pages
        "PRAGMA temp_store = MEMORY", // no temporary files on disk
        "PRAGMA foreign_keys = ON",
        "PRAGMA synchronous = FULL",  // an acknowledged note survives a power cut
        "PRAGMA cache_size = -32768", // 32 MiB of decrypted pages: fewer decryptions on reads
    };
    int rc = SQLITE_OK;
    for (const char* p : pragmas) {
        if ((rc = querySingle(raw, p)) != SQLITE_OK)
            return JournalDatabase::errorFrom(rc, directory, QStringLiteral("settings"));
    }
    QByteArray journalMode;
    rc = querySingle(raw, "PRAGMA journal_mode = WAL", &journalMode);
    if (rc != SQLITE_OK)
        return JournalDatabase::errorFrom(rc, directory, QStringLiteral("journal mode"));
    if (journalMode != "wal")
        return Error(directoryWritable(directory) ? ErrorCode::IoError
                                                  : ErrorCode::ReadOnlyLocation,
                     QStringLiteral("WAL mode unavailable"));
    if (mode == JournalDatabase::Mode::Create) {
        // Make the file exist on disk now, so its header can be checked.
        rc = querySingle(raw, "PRAGMA user_version = 0");
        if (rc == SQLITE_OK)
            rc = sqlite3_wal_checkpoint_v2(raw, nullptr, SQLITE_CHECKPOINT_FULL, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return JournalDatabase::errorFrom(rc, directory, QStringLiteral("create"));
    }
    return {};
}

// The page check for the file's key and salt, and what it finds in the log now.
Error checkLogFirst(sqlite3* raw, const SecureBytes& key, const QString& path, int cipherFormat,
                    std::shared_ptr<PageCheck>& pages, PageCheck::Report& logReport)
{
    char salt[16] = {};
    sqlite3_file* file = mainFile(raw);
    if (!file || file->pMethods->xRead(file, salt, sizeof salt, 0) != SQLITE_OK)
        return Error(ErrorCode::IoError, QStringLiteral("journal header"));
    pages = std::make_shared<PageCheck>(key, QByteArray(salt, sizeof salt), cipherFormat, 4096);
    // Before anything can checkpoint it: SQLite would drop a log frame that fails its
    // checksum, and every transaction after it, without a word.
    logReport = confirmed([&] { return pages->checkLog(path + QStringLiteral("-wal")); });
    if (logReport.damaged()) {
        // Keep the log as it was, for whoever examines the damage; keep it on close too.
        QFile::copy(path + QStringLiteral("-wal"),
                    path + QStringLiteral("-wal.damaged-") +
                        QString::number(QDateTime::currentSecsSinceEpoch()));
    }
    return {};
}

// Hands `raw` to a driver registered with Qt Sql; returns the connection's name.
QString registerConnection(sqlite3* raw, std::shared_ptr<PageCheck> pages, const QString& path,
                           bool damaged)
{
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("fortrolig-journal-") + QString::number(++counter);
    auto* driver = new SqlCipherDriver(raw);
    if (pages) {
        driver->setDamageProbe([raw, pages, path]() {
            const PageCheck::Report r = checkAllPages(raw, *pages, path);
            if (r.damaged()) {
                keepLog(raw);
                writeDamageMarker(path, r.summary());
                qCWarning(lcStorage) << "journal damaged:" << r.summary();
            }
            return r.damaged();
        });
    }
    if (damaged)
        driver->setDamaged();
    QSqlDatabase::addDatabase(driver, name);
    return name;
}
} // namespace

Result<std::unique_ptr<JournalDatabase>> JournalDatabase::open(const QString& path,
                                                               const SecureBytes& key, Mode mode,
                                                               const Options& options)
{
    const QString directory = QFileInfo(path).absolutePath();
    const bool exists = QFileInfo::exists(path);
    if (Error e = refusal(path, key, mode, options, exists, directory))
        return e;

    sqlite3* raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX |
                      (mode == Mode::Create ? SQLITE_OPEN_CREATE : 0);
    const QByteArray nativePath = sqliteFileName(path);
    int rc = sqlite3_open_v2(nativePath.constData(), &raw, flags,
                             options.vfs.isEmpty() ? nullptr : options.vfs.constData());
    // From here on every failure path closes `raw`; nothing half-open escapes.
    auto failWith = [&raw](Error e) {
        sqlite3_close_v2(raw);
        raw = nullptr;
        return e;
    };
    if (rc != SQLITE_OK)
        return failWith(errorFrom(rc, directory, QStringLiteral("open")));
    sqlite3_extended_result_codes(raw, 1);

    // The header is read through SQLite's own file handle. Opening and closing the file with
    // another descriptor (QFile) would release every POSIX lock this process holds on it, so
    // a second connection here (the server's workers) or a second process (the CLI beside the
    // window) would no longer see the first one, and the write-ahead log could be lost.
    if (exists && !options.benchmarkWithoutEncryption && headerIsPlain(raw))
        return failWith(Error(ErrorCode::NotEncrypted));

    QByteArray version;
    if (Error e = unlock(raw, key, options, directory, &version))
        return failWith(e);
    if (Error e = configure(raw, mode, directory))
        return failWith(e);
    if (!options.benchmarkWithoutEncryption && headerIsPlain(raw))
        return failWith(Error(ErrorCode::NotEncrypted, QStringLiteral("written unencrypted")));

    std::shared_ptr<PageCheck> pages;
    PageCheck::Report logReport;
    if (!options.benchmarkWithoutEncryption) {
        if (Error e = checkLogFirst(raw, key, path, options.cipherFormat, pages, logReport))
            return failWith(e);
    }
    const bool damaged =
        options.forRecovery || logReport.damaged() ||
        (!options.benchmarkWithoutEncryption && QFile::exists(damageMarkerPath(path)));
    if (damaged)
        keepLog(raw);

    const QString name = registerConnection(raw, pages, path, damaged);
    raw = nullptr;
    qCInfo(lcStorage) << "journal opened; SQLCipher" << version;
    auto journal = std::unique_ptr<JournalDatabase>(new JournalDatabase(path, name, pages));
    journal->m_aside = Aside{
        path, std::make_shared<const SecureBytes>(SecureBytes::copyOf(key.data(), key.size())),
        options};
    if (logReport.damaged())
        journal->markDamaged(logReport.summary());
    return journal;
}

Error JournalDatabase::Aside::run(const QList<QByteArray>& statements) const
{
    const QString directory = QFileInfo(path).absolutePath();
    if (QFile::exists(damageMarkerPath(path)))
        return Error(ErrorCode::Damaged, QStringLiteral("second connection"));
    sqlite3* raw = nullptr;
    const QByteArray nativePath = sqliteFileName(path);
    int rc =
        sqlite3_open_v2(nativePath.constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX,
                        options.vfs.isEmpty() ? nullptr : options.vfs.constData());
    Error e;
    if (rc != SQLITE_OK) {
        e = errorFrom(rc, directory, QStringLiteral("second connection"));
    } else {
        sqlite3_extended_result_codes(raw, 1);
        QByteArray version;
        static const SecureBytes none; // the benchmark's plain database has no key
        e = unlock(raw, key ? *key : none, options, directory, &version);
        if (!e)
            e = configure(raw, Mode::Open, directory);
        for (const QByteArray& statement : statements) {
            if (e)
                break;
            if ((rc = sqlite3_exec(raw, statement.constData(), nullptr, nullptr, nullptr)) !=
                SQLITE_OK)
                e = errorFrom(sqlite3_extended_errcode(raw), directory,
                              QStringLiteral("second connection"));
        }
    }
    sqlite3_close_v2(raw);
    return e;
}

namespace {
const QString kPartialNotesIndex =
    QStringLiteral("malformed inverted index for FTS4 table main.notes_fts");
} // namespace

Error JournalDatabase::integrityCheck()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return errorFrom(q.lastError(), QFileInfo(m_path).absolutePath());
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        // SQLite 3.44 (SQLCipher 4.5.6) and later also check each full-text index against its
        // content table. The notes' index deliberately holds only current versions of
        // note_versions (a corrected text is not found), which that check reads as a broken
        // index; the citizens' index is whole and stays checked.
        if (line == QStringLiteral("ok") || line == kPartialNotesIndex)
            continue;
        problems << line.left(80);
    }
    if (q.lastError().isValid())
        return errorFrom(q.lastError(), QFileInfo(m_path).absolutePath());
    if (!problems.isEmpty())
        return Error(ErrorCode::Damaged, QStringLiteral("integrity check: ") + problems.first());
    return {};
}

} // namespace fortrolig
