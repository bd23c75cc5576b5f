#include "store/ServerDatabase.h"

#include "app/journal/Event.h"
#include "app/storage/JournalDatabase.h"
#include "store/AccessLogStore.h"
#include "store/CaseKeys.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcStore, "fortrolig.server.store")

namespace fortrolig::server {

namespace {
// 1: the first. 2: content hashes keyed, payloads padded, object ids keyed (StoredEvent;
// the upgrade is in SchemaUpgrades.cpp). 3: payloads sealed under their case's key (CaseKeys).
// 4: retention's rules, the cases' courses and holds (CaseFacts). 5: notes removed on the
// controller's instruction (CaseStore::removeNote).
constexpr int kSchemaVersion = 11;
constexpr qint64 kMigrationLock = 0x466f727472; // any constant: PostgreSQL advisory lock id

QString postgresOptions(const QUrl& url)
{
    // libpq connection options from the URL's query (sslmode, connect_timeout, ...).
    QStringList out;
    const QUrlQuery q(url);
    for (const auto& [key, value] : q.queryItems(QUrl::FullyDecoded)) {
        if (key == QStringLiteral("host"))
            continue; // a socket directory, handled as the host name
        out << key + QLatin1Char('=') + value;
    }
    return out.join(QLatin1Char(';'));
}
} // namespace

Result<StoreLocation> StoreLocation::from(const QString& dataDir, const QString& databaseUrl)
{
    StoreLocation l;
    const QString keys = qEnvironmentVariable("FORTROLIG_CASE_KEYS");
    if (!keys.isEmpty())
        l.caseKeys = QFileInfo(keys).absoluteFilePath();
    else if (!dataDir.isEmpty())
        l.caseKeys = QDir(dataDir).absoluteFilePath(QStringLiteral("case-keys.db"));
    else if (!databaseUrl.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     QStringLiteral("give --data DIR (or FORTROLIG_CASE_KEYS=FILE) for the case "
                                    "key store"));
    if (!databaseUrl.isEmpty()) {
        const QUrl url(databaseUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QStringLiteral("postgresql") &&
                               url.scheme() != QStringLiteral("postgres")))
            return Error(ErrorCode::InvalidInput,
                         QStringLiteral("--database must be postgresql://user@host:port/name"));
        if (url.path().size() < 2)
            return Error(ErrorCode::InvalidInput,
                         QStringLiteral("--database needs a database name after the host"));
        l.backend = Backend::Postgres;
        l.url = url;
        return l;
    }
    if (dataDir.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("give --data DIR or --database URL"));
    l.path = QDir(dataDir).absoluteFilePath(QStringLiteral("server.db"));
    return l;
}

QString StoreLocation::describe() const
{
    if (backend == Backend::SqlCipher)
        return QStringLiteral("SQLCipher ") + path;
    QUrl safe = url;
    safe.setPassword({});
    safe.setQuery(QString());
    return QStringLiteral("PostgreSQL ") + safe.toString();
}

ServerDatabase::ServerDatabase(StoreLocation location, QString connection)
    : m_location(std::move(location)), m_connection(std::move(connection))
{
}

ServerDatabase::~ServerDatabase()
{
    m_cache.reset();
    if (m_location.backend == StoreLocation::Backend::Postgres) {
        {
            QSqlDatabase d = QSqlDatabase::database(m_connection, false);
            d.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_sqlcipher.reset();
}

QSqlDatabase ServerDatabase::db() const
{
    return m_sqlcipher ? m_sqlcipher->db() : QSqlDatabase::database(m_connection, false);
}

Result<std::unique_ptr<ServerDatabase>> ServerDatabase::open(const StoreLocation& location,
                                                             const SecureBytes& key, bool create)
{
    if (location.backend == StoreLocation::Backend::SqlCipher) {
        const bool exists = QFileInfo::exists(location.path);
        if (!exists && !create)
            return Error(ErrorCode::NotFound, QStringLiteral("server database"));
        if (!exists && !QDir().mkpath(QFileInfo(location.path).absolutePath()))
            return Error(ErrorCode::ReadOnlyLocation, QStringLiteral("data folder"));
        auto jdb = JournalDatabase::open(
            location.path, key,
            exists ? JournalDatabase::Mode::Open : JournalDatabase::Mode::Create, {});
        if (!jdb.ok())
            return jdb.error();
        std::unique_ptr<ServerDatabase> d(new ServerDatabase(location, QString()));
        d->m_sqlcipher = std::move(jdb.value());
        d->m_cache = std::make_unique<StatementCache>(d->db());
        return d;
    }
    // Only the PostgreSQL driver is loaded: never QSQLITE in a process with journal data.
    const QString name = QStringLiteral("fortrolig-server-pg-") + newId();
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!d.isValid()) {
            QSqlDatabase::removeDatabase(name);
            return Error(ErrorCode::Internal,
                         QStringLiteral("the PostgreSQL driver (QPSQL) is not installed"));
        }
        const QUrlQuery q(location.url);
        d.setHostName(q.hasQueryItem(QStringLiteral("host"))
                          ? q.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded)
                          : location.url.host());
        if (location.url.port() > 0)
            d.setPort(location.url.port());
        d.setDatabaseName(location.url.path().mid(1));
        d.setUserName(location.url.userName(QUrl::FullyDecoded));
        d.setPassword(location.url.password(QUrl::FullyDecoded));
        d.setConnectOptions(postgresOptions(location.url));
        if (!d.open()) {
            // The driver's text may name the host and user, never the password.
            const QString why = d.lastError().databaseText().left(200);
            d = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return Error(ErrorCode::NotFound, QStringLiteral("PostgreSQL: ") + why.trimmed());
        }
        QSqlQuery q2(d);
        q2.exec(QStringLiteral("SET client_min_messages = warning"));
    }
    std::unique_ptr<ServerDatabase> d(new ServerDatabase(location, name));
    d->m_cache = std::make_unique<StatementCache>(d->db());
    return d;
}

Error ServerDatabase::errorFrom(const QSqlError& error) const
{
    if (!isPostgres())
        return JournalDatabase::errorFrom(error, {});
    // SQLSTATE classes (PostgreSQL appendix A); the text is not passed on (it may quote values).
    const QString state = error.nativeErrorCode();
    const QString detail =
        QStringLiteral("PostgreSQL ") + (state.isEmpty() ? QStringLiteral("?") : state);
    if (state == QStringLiteral("40001") || state == QStringLiteral("40P01") ||
        state == QStringLiteral("55P03"))
        return Error(ErrorCode::Busy, detail);
    if (state == QStringLiteral("53100"))
        return Error(ErrorCode::DiskFull, detail);
    if (state.startsWith(QStringLiteral("08")) || state.startsWith(QStringLiteral("57P")) ||
        state.isEmpty())
        return Error(ErrorCode::IoError, detail);
    if (state == QStringLiteral("23505"))
        return Error(ErrorCode::AlreadyExists, detail);
    return Error(ErrorCode::Internal, detail);
}

SqlRunner::ErrorMapper ServerDatabase::mapper() const
{
    return [this](const QSqlError& e) { return errorFrom(e); };
}

Error ServerDatabase::begin()
{
    QSqlDatabase d = db();
    if (!d.transaction())
        return errorFrom(d.lastError());
    return {};
}

Error ServerDatabase::commit()
{
    QSqlDatabase d = db();
    if (!d.commit()) {
        const Error e = errorFrom(d.lastError());
        d.rollback();
        return e;
    }
    return {};
}

void ServerDatabase::rollback()
{
    db().rollback();
}

Error ServerDatabase::reconnectIfLost(const Error& failure)
{
    if (!isPostgres() || failure.code != ErrorCode::IoError)
        return {};
    m_cache->clear();
    QSqlDatabase d = db();
    d.close();
    if (!d.open())
        return Error(ErrorCode::IoError, QStringLiteral("PostgreSQL reconnect"));
    return {};
}

QStringList ServerDatabase::schema(StoreLocation::Backend backend)
{
    const bool pg = backend == StoreLocation::Backend::Postgres;
    const QString blob = pg ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
    // SQLite: exactly "INTEGER PRIMARY KEY" makes the column the rowid (no second index).
    const QString seqKey =
        pg ? QStringLiteral("BIGINT PRIMARY KEY") : QStringLiteral("INTEGER PRIMARY KEY");
    const QString autoKey =
        pg ? QStringLiteral("BIGSERIAL PRIMARY KEY") : QStringLiteral("INTEGER PRIMARY KEY");
    return QStringList{
               QStringLiteral(
                   "CREATE TABLE server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
               QStringLiteral(
                   "CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)"),
               QStringLiteral(
                   "CREATE TABLE consultants (username TEXT PRIMARY KEY,"
                   " display_name TEXT NOT NULL, pass_hash TEXT NOT NULL, totp_secret ") +
                   blob +
                   QStringLiteral(
                       " NOT NULL, totp_last_step BIGINT NOT NULL DEFAULT 0, locked_at BIGINT,"
                       " created_at BIGINT NOT NULL)"),
               // Attempts count as failures until they succeed (see Accounts::login).
               QStringLiteral(
                   "CREATE TABLE login_failures (username TEXT NOT NULL, at BIGINT NOT NULL,"
                   " attempt TEXT NOT NULL DEFAULT '')"),
               QStringLiteral("CREATE INDEX login_failures_user ON login_failures (username, at)"),
               QStringLiteral("CREATE TABLE devices (id TEXT PRIMARY KEY, username TEXT NOT NULL,"
                              " name TEXT NOT NULL, enrolled_at BIGINT NOT NULL, revoked_at BIGINT,"
                              " last_seen_at BIGINT, access_log_seq BIGINT NOT NULL DEFAULT 0,"
                              " access_log_hash TEXT NOT NULL DEFAULT '')"),
               QStringLiteral("CREATE INDEX devices_user ON devices (username)"),
               QStringLiteral("CREATE TABLE enrollment_codes (code_hash TEXT PRIMARY KEY,"
                              " username TEXT NOT NULL, created_at BIGINT NOT NULL,"
                              " expires_at BIGINT NOT NULL, used_at BIGINT, device_id TEXT)"),
               QStringLiteral(
                   "CREATE TABLE tokens (token_hash TEXT PRIMARY KEY, kind TEXT NOT NULL,"
                   " device_id TEXT NOT NULL, username TEXT NOT NULL,"
                   " expires_at BIGINT NOT NULL, revoked_at BIGINT,"
                   " revoked_why TEXT NOT NULL DEFAULT '')"),
               QStringLiteral("CREATE INDEX tokens_device ON tokens (device_id)"),
               QStringLiteral(
                   "CREATE TABLE cases (citizen_id TEXT PRIMARY KEY, consultant TEXT NOT NULL,"
                   " created_at BIGINT NOT NULL, changed_at BIGINT NOT NULL)"),
               QStringLiteral("CREATE INDEX cases_consultant ON cases (consultant)"),
               // Who held a case, and until when (NULL: holds it now).
               QStringLiteral("CREATE TABLE case_holders (citizen_id TEXT NOT NULL,"
                              " consultant TEXT NOT NULL, held_until BIGINT,"
                              " PRIMARY KEY (citizen_id, consultant))"),
               QStringLiteral("CREATE TABLE events (seq ") + seqKey +
                   QStringLiteral(", id TEXT NOT NULL UNIQUE, citizen_id TEXT NOT NULL,"
                                  " type TEXT NOT NULL, author TEXT NOT NULL, device TEXT NOT NULL,"
                                  " local_time TEXT NOT NULL, schema_version INTEGER NOT NULL,"
                                  " payload ") +
                   blob +
                   QStringLiteral(
                       " NOT NULL, content_hash TEXT NOT NULL, received_at BIGINT NOT NULL,"
                       " received_from TEXT NOT NULL, pushed_by TEXT NOT NULL DEFAULT '')"),
               QStringLiteral("CREATE INDEX events_citizen ON events (citizen_id, seq)"),
               QStringLiteral("CREATE TABLE feed (seq ") + seqKey +
                   QStringLiteral(", consultant TEXT NOT NULL, citizen_id TEXT NOT NULL,"
                                  " kind TEXT NOT NULL, event_id TEXT)"),
               QStringLiteral("CREATE INDEX feed_consultant ON feed (consultant, seq)"),
               QStringLiteral("CREATE INDEX feed_citizen ON feed (citizen_id)"),
               QStringLiteral("CREATE TABLE objects (id TEXT NOT NULL, kind TEXT NOT NULL,"
                              " citizen_id TEXT NOT NULL, parent TEXT NOT NULL DEFAULT '',"
                              " PRIMARY KEY (id, kind))"),
               QStringLiteral("CREATE INDEX objects_citizen ON objects (citizen_id)"),
               QStringLiteral("CREATE TABLE tombstones (citizen_id TEXT PRIMARY KEY,"
                              " purged_at BIGINT NOT NULL)"),
               QStringLiteral("CREATE TABLE audit_log (seq ") + autoKey +
                   QStringLiteral(
                       ", at BIGINT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,"
                       " target TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT '')"),
               QStringLiteral("INSERT INTO counters (name, value) VALUES ('seq', 0)"),
           } +
           retentionSchema(backend) + noteRemovalSchema() + partRemovalSchema() +
           municipalitySchema() + requestSchema() + restrictionSchema() +
           AccessLogStore::schema(backend) + handOverSchema();
}

QStringList ServerDatabase::retentionSchema(StoreLocation::Backend backend)
{
    const bool pg = backend == StoreLocation::Backend::Postgres;
    const QString blob = pg ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
    return QStringList{
        // The municipality's rules (an empty municipality: the default).
        QStringLiteral("CREATE TABLE retention_rules (municipality TEXT NOT NULL,"
                       " kind TEXT NOT NULL, months INTEGER NOT NULL, changed_at BIGINT NOT NULL,"
                       " PRIMARY KEY (municipality, kind))"),
        // What starts a case's clock, from its CourseAdded and CourseEnded events (the
        // course's id under the keyed hash, as in objects; dates as ISO text).
        QStringLiteral("CREATE TABLE case_courses (course_id TEXT PRIMARY KEY,"
                       " citizen_id TEXT NOT NULL, municipality TEXT NOT NULL,"
                       " start_date TEXT NOT NULL, planned_end TEXT, actual_end TEXT)"),
        QStringLiteral("CREATE INDEX case_courses_citizen ON case_courses (citizen_id)"),
        // A legal hold: the reason is free text, so it is sealed like a payload.
        QStringLiteral("CREATE TABLE case_holds (citizen_id TEXT PRIMARY KEY, reason ") + blob +
            QStringLiteral(" NOT NULL, held_by TEXT NOT NULL, until_date TEXT,"
                           " held_at BIGINT NOT NULL)"),
    };
}

QStringList ServerDatabase::noteRemovalSchema()
{
    // A note removed on the controller's instruction: what its stub in the case's history
    // shows on every copy (the instruction's reference, never personal data), and the case
    // key's generation its payloads were sealed again under.
    return {QStringLiteral("CREATE TABLE removed_notes (note_id TEXT PRIMARY KEY,"
                           " citizen_id TEXT NOT NULL, reference TEXT NOT NULL,"
                           " removed_at BIGINT NOT NULL, removed_by TEXT NOT NULL,"
                           " key_generation INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX removed_notes_citizen ON removed_notes (citizen_id)")};
}

QStringList ServerDatabase::partRemovalSchema()
{
    // A part of a case (consents, disclosures) deleted before the rest of the case: which part,
    // up to when (ms; events of the part written later stay), and the case key's generation
    // the rest was sealed again under (0: recorded again after a restore).
    return {QStringLiteral("CREATE TABLE removed_parts (citizen_id TEXT NOT NULL,"
                           " part TEXT NOT NULL, up_to BIGINT NOT NULL,"
                           " removed_at BIGINT NOT NULL, removed_by TEXT NOT NULL,"
                           " key_generation INTEGER NOT NULL,"
                           " PRIMARY KEY (citizen_id, part, up_to))")};
}

QStringList ServerDatabase::municipalitySchema()
{
    // The register of municipalities: each entry as JSON (Municipality::toJson), by its id and
    // by the name its courses and retention rules use.
    return {QStringLiteral("CREATE TABLE municipalities (id TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE, entry TEXT NOT NULL,"
                           " changed_at BIGINT NOT NULL)")};
}

QStringList ServerDatabase::requestSchema()
{
    // The citizens' requests, from their request.received and request.step events, so that a
    // team lead sees every open request and its deadlines without opening a case: the kind
    // and the dates only (the request's id under the keyed hash, as in objects; moments as
    // the device wrote them, ISO 8601 with offset). No description, no outcome.
    return {QStringLiteral("CREATE TABLE case_requests (request_id TEXT PRIMARY KEY,"
                           " citizen_id TEXT NOT NULL, kind TEXT NOT NULL,"
                           " received_at TEXT NOT NULL, forwarded_at TEXT, extended_to TEXT,"
                           " answered_on TEXT)"),
            QStringLiteral("CREATE INDEX case_requests_citizen ON case_requests (citizen_id)")};
}

QStringList ServerDatabase::restrictionSchema()
{
    // A case's restrictions (case.restricted, case.restriction-lifted), so that retention
    // keeps a restricted case and the request list shows it: the dates only (the id under the
    // keyed hash; moments as the device wrote them). In force while lifted_at is NULL.
    return {QStringLiteral("CREATE TABLE case_restrictions (restriction_id TEXT PRIMARY KEY,"
                           " citizen_id TEXT NOT NULL, set_at TEXT NOT NULL, lifted_at TEXT)"),
            QStringLiteral("CREATE INDEX case_restrictions_citizen ON case_restrictions"
                           " (citizen_id)")};
}

QStringList ServerDatabase::handOverSchema()
{
    // When a course was last handed over to its municipality (course.handed-over, the moment
    // as the device wrote it), so that the retention list and `case list` can say which
    // cases near deletion have not been.
    return {QStringLiteral("ALTER TABLE case_courses ADD COLUMN handed_over_at TEXT")};
}

// The steps from `version` to the newest schema, inside migrate's transaction.
Error ServerDatabase::upgrade(int version, const Sealer& sealer, CaseKeys& keys)
{
    if (version < 2)
        if (Error e = upgradeTo2(sealer))
            return e;
    if (version < 3)
        if (Error e = upgradeTo3(sealer, keys))
            return e;
    if (version < 4)
        if (Error e = upgradeTo4(sealer, keys))
            return e;
    SqlRunner sql(db(), mapper());
    if (version < 5) {
        for (const QString& statement : noteRemovalSchema())
            sql.direct(statement);
        sql.run(QStringLiteral("UPDATE server_meta SET value = '5' WHERE key = 'schema'"));
    }
    if (version < 6 && !sql.error()) {
        for (const QString& statement : partRemovalSchema())
            sql.direct(statement);
        sql.run(QStringLiteral("UPDATE server_meta SET value = '6' WHERE key = 'schema'"));
    }
    if (version < 7 && !sql.error()) {
        for (const QString& statement : municipalitySchema())
            sql.direct(statement);
        sql.run(QStringLiteral("UPDATE server_meta SET value = '7' WHERE key = 'schema'"));
    }
    if (version < 8 && !sql.error()) { // no request events were stored before: none to read
        for (const QString& statement : requestSchema())
            sql.direct(statement);
        sql.run(QStringLiteral("UPDATE server_meta SET value = '8' WHERE key = 'schema'"));
    }
    if (version < 9 && !sql.error()) { // nor restriction events
        for (const QString& statement : restrictionSchema())
            sql.direct(statement);
        sql.run(QStringLiteral("UPDATE server_meta SET value = '9' WHERE key = 'schema'"));
    }
    if (version < 10 && !sql.error()) { // the devices' logs: only their heads were kept before
        for (const QString& statement : AccessLogStore::schema(backend()))
            sql.direct(statement);
        sql.run(QStringLiteral("UPDATE server_meta SET value = '10' WHERE key = 'schema'"));
    }
    if (version < 11 && !sql.error()) { // no hand-over events were stored before
        for (const QString& statement : handOverSchema())
            sql.direct(statement);
        sql.run(QStringLiteral("UPDATE server_meta SET value = '11' WHERE key = 'schema'"));
    }
    return sql.error();
}

Error ServerDatabase::migrate(const Sealer& sealer, CaseKeys& keys)
{
    if (Error e = begin())
        return e;
    SqlRunner sql(db(), mapper());
    if (isPostgres()) // one process at a time creates or upgrades the schema
        sql.run(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kMigrationLock});
    bool haveMeta = false;
    if (isPostgres()) {
        haveMeta = sql.single(QStringLiteral("SELECT count(*) FROM information_schema.tables"
                                             " WHERE table_schema = current_schema()"
                                             " AND table_name = 'server_meta'"))
                       .toInt() > 0;
    } else {
        haveMeta = sql.single(QStringLiteral("SELECT count(*) FROM sqlite_master"
                                             " WHERE type = 'table' AND name = 'server_meta'"))
                       .toInt() > 0;
    }
    int version = 0;
    if (haveMeta)
        version = sql.single(QStringLiteral("SELECT value FROM server_meta WHERE key = 'schema'"))
                      .toInt();
    if (!sql.error() && version > kSchemaVersion)
        sql.setError(Error(ErrorCode::NewerFormat, QStringLiteral("server schema")));
    if (!sql.error() && version >= 3 && keys.isEmpty() &&
        sql.single(QStringLiteral("SELECT count(*) FROM cases")).toInt() > 0)
        sql.setError(Error(ErrorCode::KeyMissing,
                           QStringLiteral("the case key store is empty but the database holds "
                                          "cases: put case-keys.db back from its backup")));
    if (!sql.error() && version == 0) {
        for (const QString& statement : schema(backend()))
            sql.direct(statement);
        sql.run(QStringLiteral("INSERT INTO server_meta (key, value) VALUES ('schema', ?)"),
                {QString::number(kSchemaVersion)});
        sql.run(QStringLiteral("INSERT INTO server_meta (key, value) VALUES ('epoch', ?)"),
                {newId()});
    }
    const bool upgrading = !sql.error() && version > 0 && version < kSchemaVersion;
    if (upgrading) {
        sql.finish();
        if (Error e = upgrade(version, sealer, keys))
            sql.setError(e);
    }
    if (sql.error()) {
        const Error e = sql.error();
        sql.finish();
        rollback();
        return e;
    }
    sql.finish();
    if (Error e = commit())
        return e;
    if (upgrading && isPostgres()) {
        // The rows' former versions, with what the upgrade replaced, stay in the tables' files
        // until vacuumed: the tables are written anew now (backups and WAL archives made
        // before still hold them: docs/server.md).
        QSqlQuery vacuum(db());
        if (!vacuum.exec(QStringLiteral("VACUUM (FULL) events, objects")))
            qCWarning(lcStore) << "VACUUM FULL after the schema upgrade failed:"
                               << errorFrom(vacuum.lastError()).detail;
    }
    return {};
}

} // namespace fortrolig::server
