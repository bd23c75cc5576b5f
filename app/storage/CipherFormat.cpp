#include "app/storage/JournalDatabase.h"
#include "app/storage/sqlcipher.h"

#include <QFile>
#include <QFileInfo>
#include <QList>

#include <cstring>

// JournalDatabase and SQLCipher's formats: the runtime's major version, the raw-key literal,
// and exportInFormat, a journal copied into a new file in another SQLCipher format for the
// move from a 3.x file to the runtime's own format (docs/storage.md).

namespace fortrolig {

int JournalDatabase::runtimeCipherMajor()
{
    static const int major = runtimeCipherVersion().section(QLatin1Char('.'), 0, 0).toInt();
    return major;
}

SecureBytes JournalDatabase::keyLiteral(const SecureBytes& key)
{
    const SecureBytes hex = key.toHex();
    SecureBytes literal(hex.size() + 3);
    literal.data()[0] = 'x';
    literal.data()[1] = '\'';
    memcpy(literal.data() + 2, hex.data(), hex.size());
    literal.data()[hex.size() + 2] = '\'';
    return literal;
}

namespace {
const char kSchema[] = "fortrolig_upgraded";

// A statement with up to two text parameters, run to its end; `first` gets column 0 of the
// first row, if asked for.
int run(sqlite3* db, const QByteArray& sql, const QList<QByteArray>& texts = {},
        qint64* first = nullptr)
{
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return sqlite3_extended_errcode(db);
    for (int i = 0; i < texts.size(); ++i)
        sqlite3_bind_text(stmt, i + 1, texts[i].constData(), int(texts[i].size()), SQLITE_STATIC);
    bool gotFirst = false;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        if (first && !gotFirst)
            *first = sqlite3_column_int64(stmt, 0);
        gotFirst = true;
    }
    if (rc != SQLITE_DONE)
        rc = sqlite3_extended_errcode(db);
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

QStringList tablesOf(sqlite3* db)
{
    QStringList out;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT name FROM main.sqlite_master WHERE type = 'table'"
                           " AND rootpage > 0 AND name NOT LIKE 'sqlite_%' ORDER BY name",
                           -1, &stmt, nullptr) != SQLITE_OK)
        return out;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        out << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    return out;
}

// Every table (full-text shadow tables too) has as many rows in the copy as in the journal.
int compareCounts(sqlite3* db, QString* differing)
{
    for (const QString& table : tablesOf(db)) {
        const QByteArray quoted = '"' + table.toUtf8().replace('"', "\"\"") + '"';
        qint64 here = -1;
        qint64 there = -2;
        int rc = run(db, "SELECT count(*) FROM main." + quoted, {}, &here);
        if (rc == SQLITE_OK)
            rc = run(db, "SELECT count(*) FROM " + QByteArray(kSchema) + '.' + quoted, {}, &there);
        if (rc != SQLITE_OK)
            return rc;
        if (here != there) {
            *differing = table;
            return SQLITE_MISMATCH;
        }
    }
    return SQLITE_OK;
}
} // namespace

Error JournalDatabase::exportInFormat(const QString& targetPath, int format)
{
    sqlite3* db = handle();
    const QString directory = QFileInfo(targetPath).absolutePath();
    if (!db || !m_aside.key || m_aside.options.benchmarkWithoutEncryption)
        return Error(ErrorCode::Internal, QStringLiteral("export: no keyed journal"));
    if (QFileInfo::exists(targetPath))
        return Error(ErrorCode::AlreadyExists, QStringLiteral("export target"));
    {
        // ATTACH creates no file on a connection opened without SQLITE_OPEN_CREATE: an empty
        // one (an empty database to SQLite), the owner's only, as the journal is.
        QFile target(targetPath);
        if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            !target.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return errorFrom(SQLITE_CANTOPEN, directory, QStringLiteral("export target"));
    }
    qint64 schemaVersion = 0;
    int rc = run(db, "PRAGMA main.user_version", {}, &schemaVersion);
    const SecureBytes literal = keyLiteral(*m_aside.key);
    QByteArray key(reinterpret_cast<const char*>(literal.data()), qsizetype(literal.size()));
    if (rc == SQLITE_OK)
        rc = run(db, "ATTACH DATABASE ?1 AS " + QByteArray(kSchema) + " KEY ?2",
                 {sqliteFileName(targetPath), key});
    const QByteArray s = QByteArray(kSchema);
    // The copy gets the format's own settings, whatever the journal is opened with; the page
    // size is the journal's (SQLCipher does not store it).
    const QList<QByteArray> steps = {
        "PRAGMA " + s + ".cipher_compatibility = " + QByteArray::number(format),
        "PRAGMA " + s + ".cipher_page_size = 4096",
        "PRAGMA " + s + ".synchronous = FULL",
        "SELECT sqlcipher_export('" + s + "')",
        // sqlcipher_export copies schema and rows, not the schema version Migrations keeps.
        "PRAGMA " + s + ".user_version = " + QByteArray::number(schemaVersion),
    };
    for (const QByteArray& step : steps) {
        if (rc != SQLITE_OK)
            break;
        rc = run(db, step);
    }
    QString differing;
    if (rc == SQLITE_OK)
        rc = compareCounts(db, &differing);
    const int detached = run(db, "DETACH DATABASE " + s);
    if (rc == SQLITE_OK)
        rc = detached;
    key.fill('\0');
    if (rc == SQLITE_OK)
        return {};
    for (const QString& suffix :
         {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(targetPath + suffix);
    if (rc == SQLITE_MISMATCH)
        return Error(ErrorCode::Internal, QStringLiteral("export: rows differ in ") + differing);
    return errorFrom(rc, directory, QStringLiteral("export"));
}

} // namespace fortrolig
