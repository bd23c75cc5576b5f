#pragma once

#include <QSqlDriver>
#include <QSqlError>
#include <functional>

struct sqlite3;

namespace fortrolig {

// Qt Sql over the SQLCipher C API. It is constructed around a connection that
// JournalDatabase has already opened and keyed (so no key ever passes through QString or
// QSqlDatabase::open()), and takes ownership of it. Placeholders: positional (?) natively;
// Qt rewrites named ones to positional before prepare().
class SqlCipherDriver final : public QSqlDriver
{
    Q_OBJECT
public:
    explicit SqlCipherDriver(sqlite3* connection, QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& db, const QString& user, const QString& password, const QString& host,
              int port, const QString& options) override;
    void close() override;
    QSqlResult* createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& table) const override;
    QVariant handle() const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;

    sqlite3* connection() const { return m_connection; }

    // Damage. SQLCipher reports a page that fails its authentication as SQLITE_ERROR (or
    // NOMEM) as often as SQLITE_CORRUPT. After such an error the probe (JournalDatabase's page
    // check) decides; damage found makes the error SQLITE_CORRUPT, and from then on every
    // statement that would write is refused.
    using DamageProbe = std::function<bool()>;
    void setDamageProbe(DamageProbe probe) { m_probe = std::move(probe); }
    bool isDamaged() const { return m_damaged; }
    void setDamaged() { m_damaged = true; }
    // The code to report for a failed call that returned `code`.
    int classify(int code);

    // The native error code is SQLite's extended result code, as a decimal string.
    static QSqlError makeError(sqlite3* connection, int code, const QString& what,
                               QSqlError::ErrorType type);

private:
    bool execSimple(const char* sql, const QString& what, QSqlError::ErrorType type);
    sqlite3* m_connection = nullptr;
    DamageProbe m_probe;
    bool m_damaged = false;
    bool m_probing = false;
};

} // namespace fortrolig
