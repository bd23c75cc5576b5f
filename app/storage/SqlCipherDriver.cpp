#include "app/storage/SqlCipherDriver.h"

#include "app/storage/SqlCipherResult.h"
#include "app/storage/sqlcipher.h"

#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace fortrolig {

SqlCipherDriver::SqlCipherDriver(sqlite3* connection, QObject* parent)
    : QSqlDriver(parent), m_connection(connection)
{
    if (m_connection) {
        setOpen(true);
        setOpenError(false);
    }
}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case PreparedQueries:
    case PositionalPlaceholders:
    case Unicode:
    case BLOB:
    case LastInsertId:
    case SimpleLocking:
    case LowPrecisionNumbers:
        return true;
    case QuerySize:
    case NamedPlaceholders:
    case BatchOperations:
    case EventNotifications:
    case FinishQuery:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::open(const QString&, const QString&, const QString&, const QString&, int,
                           const QString&)
{
    // Opening and keying happen in JournalDatabase, before this driver exists.
    if (!m_connection)
        setLastError(QSqlError(tr("No connection"), {}, QSqlError::ConnectionError));
    return m_connection != nullptr;
}

void SqlCipherDriver::close()
{
    if (!m_connection)
        return;
    // close_v2 defers the close until statements still held by live queries are finalized.
    sqlite3_close_v2(m_connection);
    m_connection = nullptr;
    setOpen(false);
}

QSqlResult* SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

int SqlCipherDriver::classify(int code)
{
    const int primary = code & 0xff;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || primary == SQLITE_FORMAT) {
        if (m_probe && !m_damaged && !m_probing) {
            m_probing = true; // the probe's own reads go through this connection's file
            m_probe();
            m_probing = false;
        }
        m_damaged = true;
        return code;
    }
    if ((primary == SQLITE_ERROR || primary == SQLITE_NOMEM) && m_damaged)
        return SQLITE_CORRUPT; // known damage: the page check need not run again
    if ((primary == SQLITE_ERROR || primary == SQLITE_NOMEM) && m_probe && !m_probing) {
        m_probing = true;
        const bool damaged = m_probe();
        m_probing = false;
        if (damaged) {
            m_damaged = true;
            return SQLITE_CORRUPT;
        }
    }
    return code;
}

QSqlError SqlCipherDriver::makeError(sqlite3* connection, int code, const QString& what,
                                     QSqlError::ErrorType type)
{
    const QString text = connection ? QString::fromUtf8(sqlite3_errmsg(connection))
                                    : QString::fromUtf8(sqlite3_errstr(code));
    return QSqlError(what, text, type, QString::number(code));
}

bool SqlCipherDriver::execSimple(const char* sql, const QString& what, QSqlError::ErrorType type)
{
    if (!m_connection)
        return false;
    const int rc = sqlite3_exec(m_connection, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        const int code = sqlite3_extended_errcode(m_connection);
        const int reported = classify(code);
        setLastError(makeError(reported == code ? m_connection : nullptr, reported, what, type));
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock up front, so two writers never deadlock on an upgrade.
    return execSimple("BEGIN IMMEDIATE", tr("Unable to begin transaction"),
                      QSqlError::TransactionError);
}

bool SqlCipherDriver::commitTransaction()
{
    return execSimple("COMMIT", tr("Unable to commit transaction"), QSqlError::TransactionError);
}

bool SqlCipherDriver::rollbackTransaction()
{
    return execSimple("ROLLBACK", tr("Unable to roll back transaction"),
                      QSqlError::TransactionError);
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList out;
    if (!m_connection)
        return out;
    QSqlQuery q(createResult());
    QString sql;
    if (type == QSql::Tables)
        sql = QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'");
    else if (type == QSql::Views)
        sql = QStringLiteral("SELECT name FROM sqlite_master WHERE type='view'");
    else if (type == QSql::SystemTables)
        sql = QStringLiteral("SELECT name FROM sqlite_master WHERE name LIKE 'sqlite_%'");
    else
        sql = QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table','view')");
    if (q.exec(sql)) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

QSqlRecord SqlCipherDriver::record(const QString& table) const
{
    QSqlRecord rec;
    if (!m_connection)
        return rec;
    QSqlQuery q(createResult());
    if (!q.exec(QStringLiteral("PRAGMA table_info(") + escapeIdentifier(table, TableName) +
                QLatin1Char(')')))
        return rec;
    while (q.next()) {
        QSqlField f(q.value(1).toString());
        const QString decl = q.value(2).toString().toUpper();
        if (decl.contains(QStringLiteral("INT")))
            f.setMetaType(QMetaType(QMetaType::LongLong));
        else if (decl.contains(QStringLiteral("BLOB")))
            f.setMetaType(QMetaType(QMetaType::QByteArray));
        else if (decl.contains(QStringLiteral("REAL")))
            f.setMetaType(QMetaType(QMetaType::Double));
        else
            f.setMetaType(QMetaType(QMetaType::QString));
        f.setRequired(q.value(3).toInt() != 0);
        rec.append(f);
    }
    return rec;
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_connection));
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType) const
{
    QString s = identifier;
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

} // namespace fortrolig
