#include "store/CaseKeys.h"

#include "app/storage/JournalDatabase.h"
#include "app/storage/SqlRunner.h"
#include "keys/ServerKey.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <algorithm>
#include <cstring>
#include <sodium.h>

namespace fortrolig::server {

namespace {

constexpr int kKeyBytes = 32;
constexpr int kPerQuery = 300;          // cases per statement (three lists: under SQLite's 999)
constexpr int kInitialCapacity = 1024;  // keys in memory before the block grows ...
constexpr int kMaxCapacity = 16384;     // ... up to this; then it starts again empty
constexpr int kCheckpointAttempts = 50; // 100 ms apart: a reader's transaction ends by then

QString placeholders(qsizetype n)
{
    QString out;
    for (qsizetype i = 0; i < n; ++i)
        out += i ? QStringLiteral(",?") : QStringLiteral("?");
    return out;
}

SqlRunner::ErrorMapper mapper()
{
    return [](const QSqlError& e) { return JournalDatabase::errorFrom(e, {}); };
}

Error failed(const Error& e)
{
    return Error(e.code, QStringLiteral("case key store: ") + e.detail);
}

QByteArray wrapContext(const QString& citizen, int generation)
{
    QByteArray out = QByteArrayLiteral("case-key:") + citizen.toUtf8();
    if (generation > 0)
        out += ':' + QByteArray::number(generation);
    return out;
}

const QStringList kSchema{
    QStringLiteral("CREATE TABLE IF NOT EXISTS case_keys (citizen_id TEXT PRIMARY KEY,"
                   " sealed_key BLOB NOT NULL)"),
    // The internal ids of purged cases (as the database's tombstones have them): no key is
    // made for them again, and a restored database's rows of them are known for what they are.
    QStringLiteral("CREATE TABLE IF NOT EXISTS destroyed (citizen_id TEXT PRIMARY KEY,"
                   " destroyed_at BIGINT NOT NULL)"),
    // A case's later keys (generation 1 and up; case_keys holds generation 0): one is made when
    // a note of the case is removed, its payloads are sealed again under it, and the earlier
    // ones are retired: deleted, with the generation noted here, so that payloads still under
    // one (a restored database) are known for what they are.
    QStringLiteral("CREATE TABLE IF NOT EXISTS case_key_generations (citizen_id TEXT NOT NULL,"
                   " generation INTEGER NOT NULL, sealed_key BLOB NOT NULL,"
                   " PRIMARY KEY (citizen_id, generation))"),
    QStringLiteral("CREATE TABLE IF NOT EXISTS retired (citizen_id TEXT NOT NULL,"
                   " generation INTEGER NOT NULL, retired_at BIGINT NOT NULL,"
                   " PRIMARY KEY (citizen_id, generation))"),
};

} // namespace

CaseKeys::CaseKeys(std::unique_ptr<JournalDatabase> db, const Sealer& wrapper)
    : m_db(std::move(db)), m_wrapper(wrapper)
{
}

CaseKeys::~CaseKeys() = default; // m_arena is wiped as it is freed

Result<std::unique_ptr<CaseKeys>> CaseKeys::open(const QString& path, const SecureBytes& fileKey,
                                                 const Sealer& wrapper)
{
    if (path.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("no case key store"));
    auto db = JournalDatabase::open(
        path, fileKey,
        QFileInfo::exists(path) ? JournalDatabase::Mode::Open : JournalDatabase::Mode::Create, {});
    if (!db.ok() && db.error().code == ErrorCode::AlreadyExists) // another process made it
        db = JournalDatabase::open(path, fileKey, JournalDatabase::Mode::Open, {});
    if (!db.ok())
        return Error(db.error().code, QStringLiteral("case key store: ") + db.error().detail);
    std::unique_ptr<CaseKeys> keys(new CaseKeys(std::move(db.value()), wrapper));
    SqlRunner sql(keys->m_db->db(), mapper());
    for (const QString& statement : kSchema)
        sql.run(statement);
    // Every kind of key counts: a store whose only case had a note removed holds that case's
    // key as a later generation alone (its first was retired).
    keys->m_empty = sql.single(QStringLiteral("SELECT (SELECT count(*) FROM case_keys) +"
                                              " (SELECT count(*) FROM case_key_generations) +"
                                              " (SELECT count(*) FROM retired) +"
                                              " (SELECT count(*) FROM destroyed)"))
                        .toInt() == 0;
    if (sql.error())
        return failed(sql.error());
    return keys;
}

const unsigned char* CaseKeys::key(const QString& citizen, int generation) const
{
    const auto it = m_slots.constFind(SlotKey(citizen, generation));
    return it == m_slots.cend() ? nullptr : m_arena.data() + std::size_t(*it) * kKeyBytes;
}

const unsigned char* CaseKeys::key(const QString& citizen) const
{
    return key(citizen, generation(citizen));
}

int CaseKeys::slotFor(const QString& citizen)
{
    if (!m_free.isEmpty())
        return m_free.takeLast();
    if (m_used == m_capacity) {
        const int grown = m_capacity ? m_capacity * 2 : kInitialCapacity;
        SecureBytes arena(std::size_t(grown) * kKeyBytes);
        if (m_used)
            std::memcpy(arena.data(), m_arena.data(), std::size_t(m_used) * kKeyBytes);
        m_arena = std::move(arena); // the old block is wiped as it goes
        m_capacity = grown;
    }
    Q_UNUSED(citizen)
    return m_used++;
}

void CaseKeys::forget(const QString& citizen)
{
    const int newest = m_current.value(citizen, 0);
    for (int g = 0; g <= newest; ++g) {
        const auto it = m_slots.constFind(SlotKey(citizen, g));
        if (it == m_slots.cend())
            continue;
        sodium_memzero(m_arena.data() + std::size_t(*it) * kKeyBytes, kKeyBytes);
        m_free << *it;
        m_slots.erase(it);
    }
    m_current.remove(citizen);
}

namespace {

// Those of `citizens` not in `known` nor in `gone`, once each.
QStringList unknown(const QStringList& citizens, const QHash<QString, int>& known,
                    const QSet<QString>& gone)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString& c : citizens) {
        if (!known.contains(c) && !gone.contains(c) && !seen.contains(c)) {
            seen.insert(c);
            out << c;
        }
    }
    return out;
}

} // namespace

Error CaseKeys::load(const QStringList& citizens)
{
    QStringList missing = unknown(citizens, m_current, m_destroyed);
    if (missing.isEmpty())
        return {};
    // A bound on what stays in memory: past it, start again with what is asked for now.
    if (m_slots.size() + missing.size() > kMaxCapacity) {
        m_slots.clear();
        m_current.clear();
        m_free.clear();
        m_destroyed.clear();
        m_arena = SecureBytes();
        m_capacity = m_used = 0;
        missing = unknown(citizens, m_current, m_destroyed);
    }
    return readKeys(missing);
}

// One statement per kPerQuery cases: their keys, and which of them were destroyed.
Error CaseKeys::readKeys(const QStringList& citizens)
{
    for (qsizetype i = 0; i < citizens.size(); i += kPerQuery) {
        const QStringList part = citizens.mid(i, kPerQuery);
        QVariantList values;
        for (int thrice = 0; thrice < 3; ++thrice)
            for (const QString& c : part)
                values << c;
        const QString list = QLatin1Char('(') + placeholders(part.size()) + QLatin1Char(')');
        SqlRunner sql(m_db->db(), mapper());
        sql.run(QStringLiteral("SELECT citizen_id, 0, sealed_key FROM case_keys"
                               " WHERE citizen_id IN ") +
                    list +
                    QStringLiteral(" UNION ALL SELECT citizen_id, generation, sealed_key"
                                   " FROM case_key_generations WHERE citizen_id IN ") +
                    list +
                    QStringLiteral(" UNION ALL SELECT citizen_id, -1, NULL FROM destroyed"
                                   " WHERE citizen_id IN ") +
                    list,
                values);
        while (sql.next()) {
            const QString citizen = sql.value(0).toString();
            const int generation = sql.value(1).toInt();
            const QVariant sealed = sql.value(2);
            if (sealed.isNull()) {
                forget(citizen);
                m_destroyed.insert(citizen);
                continue;
            }
            if (Error e = keep(citizen, generation, sealed.toByteArray()))
                return e;
        }
        sql.finish();
        if (sql.error())
            return failed(sql.error());
    }
    return {};
}

// One key read from the file, opened and kept in memory (unless its case is purged).
Error CaseKeys::keep(const QString& citizen, int generation, const QByteArray& sealed)
{
    if (m_slots.contains(SlotKey(citizen, generation)) || m_destroyed.contains(citizen))
        return {};
    auto key = m_wrapper.open(sealed, wrapContext(citizen, generation));
    if (!key.ok() || key->size() != kKeyBytes)
        return Error(ErrorCode::Damaged, QStringLiteral("case key store: a key does not open"));
    const int slot = slotFor(citizen);
    std::memcpy(m_arena.data() + std::size_t(slot) * kKeyBytes, key->constData(), kKeyBytes);
    sodium_memzero(key->data(), std::size_t(key->size()));
    m_slots.insert(SlotKey(citizen, generation), slot);
    m_current[citizen] = std::max(m_current.value(citizen, 0), generation);
    return {};
}

// `statements` in one transaction of the file, committed when this returns.
Error CaseKeys::write(const std::function<void(SqlRunner&)>& statements)
{
    QSqlDatabase d = m_db->db();
    if (!d.transaction())
        return failed(JournalDatabase::errorFrom(d.lastError(), {}));
    {
        SqlRunner sql(d, mapper());
        statements(sql);
        if (sql.error()) {
            const Error e = sql.error();
            sql.finish();
            d.rollback();
            return failed(e);
        }
    }
    if (!d.commit()) {
        const Error e = JournalDatabase::errorFrom(d.lastError(), {});
        d.rollback();
        return failed(e);
    }
    return {};
}

Error CaseKeys::create(const QStringList& citizens)
{
    if (Error e = load(citizens))
        return e;
    const QStringList fresh = unknown(citizens, m_current, m_destroyed);
    if (fresh.isEmpty())
        return {};
    // OR IGNORE: another connection may have made one meanwhile; its key is the one read.
    const Error e = write([&](SqlRunner& sql) {
        for (const QString& c : fresh) {
            SecureBytes key = SecureBytes::random(kKeyBytes);
            QByteArray plain = QByteArray::fromRawData(key.constChar(), kKeyBytes);
            sql.run(QStringLiteral("INSERT OR IGNORE INTO case_keys (citizen_id, sealed_key)"
                                   " SELECT ?, ? WHERE NOT EXISTS"
                                   " (SELECT 1 FROM destroyed WHERE citizen_id = ?)"),
                    {c, m_wrapper.seal(plain, wrapContext(c, 0)), c});
        }
    });
    return e ? e : readKeys(fresh);
}

Error CaseKeys::destroy(const QString& citizen)
{
    forget(citizen);
    const Error e = write([&](SqlRunner& sql) {
        sql.run(QStringLiteral("DELETE FROM case_keys WHERE citizen_id = ?"), {citizen});
        sql.run(QStringLiteral("DELETE FROM case_key_generations WHERE citizen_id = ?"), {citizen});
        sql.run(QStringLiteral("INSERT OR IGNORE INTO destroyed (citizen_id, destroyed_at)"
                               " VALUES (?, ?)"),
                {citizen, QDateTime::currentMSecsSinceEpoch()});
    });
    if (e)
        return e;
    m_destroyed.insert(citizen);
    return checkpoint();
}

Result<int> CaseKeys::addGeneration(const QString& citizen)
{
    if (Error e = load({citizen}))
        return e;
    if (m_destroyed.contains(citizen))
        return Error(ErrorCode::NotFound, QStringLiteral("case key (the case is purged)"));
    int next = 0;
    const Error e = write([&](SqlRunner& sql) {
        // Never a number used before, retired or not: a retired one must stay unreadable.
        next = sql.single(QStringLiteral("SELECT max(g) FROM (SELECT max(generation) AS g FROM"
                                         " case_key_generations WHERE citizen_id = ? UNION ALL"
                                         " SELECT max(generation) FROM retired"
                                         " WHERE citizen_id = ?)"),
                          {citizen, citizen})
                   .toInt() +
               1;
        SecureBytes key = SecureBytes::random(kKeyBytes);
        QByteArray plain = QByteArray::fromRawData(key.constChar(), kKeyBytes);
        sql.run(QStringLiteral("INSERT INTO case_key_generations (citizen_id, generation,"
                               " sealed_key) VALUES (?, ?, ?)"),
                {citizen, next, m_wrapper.seal(plain, wrapContext(citizen, next))});
    });
    if (e)
        return e;
    if (Error r = reload({citizen}))
        return r;
    return next;
}

Error CaseKeys::retireBefore(const QString& citizen, int generation)
{
    QList<int> old;
    {
        SqlRunner sql(m_db->db(), mapper());
        sql.run(QStringLiteral("SELECT 0 FROM case_keys WHERE citizen_id = ? AND ? > 0 UNION ALL"
                               " SELECT generation FROM case_key_generations"
                               " WHERE citizen_id = ? AND generation < ?"),
                {citizen, generation, citizen, generation});
        while (sql.next())
            old << sql.value(0).toInt();
        if (sql.error())
            return failed(sql.error());
    }
    if (old.isEmpty())
        return {};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Error e = write([&](SqlRunner& sql) {
        for (int g : old)
            sql.run(QStringLiteral("INSERT OR IGNORE INTO retired (citizen_id, generation,"
                                   " retired_at) VALUES (?, ?, ?)"),
                    {citizen, g, now});
        sql.run(QStringLiteral("DELETE FROM case_keys WHERE citizen_id = ?"), {citizen});
        sql.run(QStringLiteral("DELETE FROM case_key_generations WHERE citizen_id = ?"
                               " AND generation < ?"),
                {citizen, generation});
    });
    if (e)
        return e;
    if (Error r = reload({citizen}))
        return r;
    return checkpoint();
}

Result<QList<CaseKeys::Retired>> CaseKeys::retired()
{
    SqlRunner sql(m_db->db(), mapper());
    sql.run(QStringLiteral("SELECT citizen_id, generation FROM retired"));
    QList<Retired> out;
    while (sql.next())
        out << Retired{sql.value(0).toString(), sql.value(1).toInt()};
    if (sql.error())
        return failed(sql.error());
    return out;
}

Error CaseKeys::reload(const QStringList& citizens)
{
    for (const QString& c : citizens) {
        forget(c);
        m_destroyed.remove(c);
    }
    return readKeys(citizens);
}

Error CaseKeys::refresh(const QStringList& citizens)
{
    SqlRunner sql(m_db->db(), mapper());
    const qint64 version = sql.single(QStringLiteral("PRAGMA data_version")).toLongLong();
    if (sql.error())
        return failed(sql.error());
    if (version != m_dataVersion) {
        // Another connection wrote the file: any case in memory may have a later key now.
        // Only cases that had a note removed have one (a small table), so all are checked.
        QStringList stale;
        sql.run(QStringLiteral("SELECT citizen_id, max(generation) FROM case_key_generations"
                               " GROUP BY citizen_id"));
        while (sql.next()) {
            const QString citizen = sql.value(0).toString();
            if (m_current.contains(citizen) && m_current.value(citizen) < sql.value(1).toInt())
                stale << citizen;
        }
        sql.finish();
        if (sql.error())
            return failed(sql.error());
        for (const QString& citizen : stale)
            forget(citizen); // read again below if asked for, else when next needed
        m_dataVersion = version;
    }
    return load(citizens);
}

// The pages the deletion wrote go from the log into the file, over the ones that held the
// key, and the log is cut to nothing (its older frames held the key as it was made). Another
// connection's read transaction holds the checkpoint up: it is tried again until it is over.
Error CaseKeys::checkpoint()
{
    for (int attempt = 0; attempt < kCheckpointAttempts; ++attempt) {
        QSqlQuery q(m_db->db());
        if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !q.next())
            return failed(JournalDatabase::errorFrom(q.lastError(), {}));
        if (q.value(0).toInt() == 0) // not busy: the log is empty now
            return {};
        q.finish();
        QThread::msleep(100);
    }
    return Error(ErrorCode::Busy,
                 QStringLiteral("case key store: the log could not be checkpointed (a connection "
                                "kept reading); the key is deleted, run the purge again"));
}

Result<QStringList> CaseKeys::destroyedCases()
{
    SqlRunner sql(m_db->db(), mapper());
    sql.run(QStringLiteral("SELECT citizen_id FROM destroyed"));
    QStringList out;
    while (sql.next())
        out << sql.value(0).toString();
    if (sql.error())
        return failed(sql.error());
    return out;
}

SecureBytes CaseKeys::copyForTest(const QString& citizen)
{
    if (load({citizen}) || !key(citizen))
        return {};
    return SecureBytes::copyOf(key(citizen), kKeyBytes);
}

} // namespace fortrolig::server
