#include "app/journal/JournalAccess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <filesystem>
#include <system_error>

// The journal's move from an older SQLCipher format to the program's own (3 to 4, where a
// Windows or macOS build, or a newer Linux, has SQLCipher 4): JournalAccess's part. The copy
// is made by JournalDatabase::exportInFormat. docs/storage.md says why and how.

Q_LOGGING_CATEGORY(lcFormat, "fortrolig.storage.format")

namespace fortrolig {

namespace {
const QStringList kSuffixes = {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"),
                               QStringLiteral("-shm")};

bool removeAll(const QString& path)
{
    bool removed = true;
    for (const QString& suffix : kSuffixes) {
        if (QFileInfo::exists(path + suffix) && !QFile::remove(path + suffix))
            removed = false;
    }
    return removed;
}

// The copy opens in its format, holds together and authenticates page by page.
Error checkCopy(const QString& path, const SecureBytes& key, JournalDatabase::Options options,
                int format)
{
    options.cipherFormat = format;
    auto copy = JournalDatabase::open(path, key, JournalDatabase::Mode::Open, options);
    if (!copy.ok())
        return copy.error();
    if (Error e = copy.value()->integrityCheck())
        return e;
    if (copy.value()->checkPages().damaged())
        return Error(ErrorCode::Damaged, QStringLiteral("upgraded copy"));
    return {};
}
} // namespace

QString JournalAccess::upgradingPath() const
{
    return databasePath() + QStringLiteral(".upgrading");
}

Result<std::unique_ptr<JournalDatabase>>
JournalAccess::openDatabase(Meta& meta, const SecureBytes& key, JournalDatabase::Options options)
{
    options.cipherFormat = meta.cipherFormat;
    auto db = JournalDatabase::open(databasePath(), key, JournalDatabase::Mode::Open, options);
    if (db.ok() || db.error().code != ErrorCode::WrongKey)
        return db;
    Error e = db.error();
    if (keyCheckValue(key) != meta.keyCheck)
        return e;
    // The sealed key opened and matches this journal's check value, so a refusal to decrypt
    // means the file is damaged, or in another format than journal.json says: an upgrade was
    // cut off after the copy took the journal's place (or the folder was restored in parts).
    for (int format = 3; format <= JournalDatabase::runtimeCipherMajor(); ++format) {
        if (format == meta.cipherFormat)
            continue;
        options.cipherFormat = format;
        auto other =
            JournalDatabase::open(databasePath(), key, JournalDatabase::Mode::Open, options);
        if (!other.ok())
            continue;
        qCWarning(lcFormat) << "journal.db is in cipher format" << format << "where journal.json"
                            << "said" << meta.cipherFormat << "; journal.json corrected";
        meta.cipherFormat = format;
        if (Error w = writeMeta(meta))
            qCWarning(lcFormat) << "journal.json could not be corrected; tried again next time";
        return other;
    }
    e.code = ErrorCode::Damaged;
    return e;
}

Result<std::unique_ptr<JournalDatabase>>
JournalAccess::upgradeFormat(std::unique_ptr<JournalDatabase> db, Meta& meta,
                             const SecureBytes& key, const JournalDatabase::Options& options)
{
    const int target = JournalDatabase::runtimeCipherMajor();
    if (meta.cipherFormat >= target || options.forRecovery || options.benchmarkWithoutEncryption ||
        db->isDamaged())
        return db;
    QElapsedTimer timer;
    timer.start();
    // A copy left by an upgrade that was cut off before it took the journal's place.
    Error e = removeAll(upgradingPath())
                  ? Error()
                  : Error(ErrorCode::IoError, QStringLiteral("earlier upgrade's copy"));
    if (!e)
        e = db->exportInFormat(upgradingPath(), target);
    if (!e)
        e = checkCopy(upgradingPath(), key, options, target);
    if (!e) {
        db.reset(); // closes it: the log is checkpointed into the file and removed
        e = replaceWithUpgraded();
    }
    if (e) {
        removeAll(upgradingPath());
        qCWarning(lcFormat) << "the journal stays in cipher format" << meta.cipherFormat
                            << "for now:" << int(e.code) << e.detail;
        if (db)
            return db;
        JournalDatabase::Options old = options;
        old.cipherFormat = meta.cipherFormat;
        return JournalDatabase::open(databasePath(), key, JournalDatabase::Mode::Open, old);
    }
    const int from = meta.cipherFormat;
    meta.cipherFormat = target;
    if (Error w = writeMeta(meta)) // openDatabase finds the format and corrects it next time
        qCWarning(lcFormat) << "journal.json not rewritten:" << int(w.code) << w.detail;
    JournalDatabase::Options upgraded = options;
    upgraded.cipherFormat = target;
    qCInfo(lcFormat) << "journal rewritten from cipher format" << from << "to" << target << "in"
                     << timer.elapsed() << "ms";
    return JournalDatabase::open(databasePath(), key, JournalDatabase::Mode::Open, upgraded);
}

Error JournalAccess::replaceWithUpgraded()
{
    // Closing the last connection removes the log. One still there means another connection
    // (the command line beside the window) has the journal open: its writes would go to the
    // replaced file, so not now.
    if (QFileInfo::exists(databasePath() + QStringLiteral("-wal")))
        return Error(ErrorCode::Busy, QStringLiteral("journal open elsewhere"));
    // Replaces in one step on every platform (std::filesystem uses MoveFileEx with
    // MOVEFILE_REPLACE_EXISTING on Windows). A process that opened the old file in between is
    // told SQLITE_READONLY_DBMOVED by SQLite at its next write: said, not lost.
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(upgradingPath().toStdU16String()),
                            std::filesystem::path(databasePath().toStdU16String()), ec);
    if (ec)
        return Error(ErrorCode::IoError, QStringLiteral("replacing the journal file"));
    return {};
}

} // namespace fortrolig
