#include "app/storage/SqlCipherResult.h"

#include "app/storage/SqlCipherDriver.h"
#include "app/storage/Utf8Text.h"
#include "app/storage/sqlcipher.h"

#include <QDate>
#include <QDateTime>
#include <QSqlField>

namespace fortrolig {

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver) : QSqlResult(driver) {}

SqlCipherResult::~SqlCipherResult()
{
    finalize();
}

sqlite3* SqlCipherResult::connection() const
{
    auto d = static_cast<const SqlCipherDriver*>(driver());
    return d ? d->connection() : nullptr;
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_stmt));
}

void SqlCipherResult::finalize()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_pendingRow = false;
}

SqlCipherDriver* SqlCipherResult::cipherDriver() const
{
    return const_cast<SqlCipherDriver*>(static_cast<const SqlCipherDriver*>(driver()));
}

void SqlCipherResult::fail(int code, const QString& what, int type)
{
    SqlCipherDriver* d = cipherDriver();
    const int reported = d ? d->classify(code) : code;
    // A reclassified error takes SQLite's words for its new code, not the old message.
    setLastError(SqlCipherDriver::makeError(reported == code ? connection() : nullptr, reported,
                                            what, QSqlError::ErrorType(type)));
}

bool SqlCipherResult::reset(const QString& query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::prepare(const QString& query)
{
    const bool prepared = prepareStatement(query);
    m_prepareError = prepared ? QSqlError() : lastError();
    return prepared;
}

bool SqlCipherResult::prepareStatement(const QString& query)
{
    finalize();
    m_values.clear();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    m_record.clear();
    sqlite3* db = connection();
    if (!db) {
        setLastError(QSqlError(QStringLiteral("No connection"), {}, QSqlError::ConnectionError));
        return false;
    }
    const void* tail = nullptr;
    const int rc = sqlite3_prepare16_v2(db, query.constData(), int(query.size() * sizeof(QChar)),
                                        &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        fail(sqlite3_extended_errcode(db), QStringLiteral("Unable to prepare statement"),
             QSqlError::StatementError);
        finalize();
        return false;
    }
    if (cipherDriver()->isDamaged() && !sqlite3_stmt_readonly(m_stmt)) {
        finalize();
        setLastError(SqlCipherDriver::makeError(nullptr, SQLITE_CORRUPT,
                                                QStringLiteral("Damaged journal: not written"),
                                                QSqlError::StatementError));
        return false;
    }
    const auto* rest = static_cast<const QChar*>(tail);
    const QStringView remainder(rest, query.constData() + query.size() - rest);
    if (!remainder.trimmed().isEmpty()) {
        setLastError(QSqlError(QStringLiteral("Only one statement per query"), {},
                               QSqlError::StatementError));
        finalize();
        return false;
    }
    setSelect(m_stmt && sqlite3_column_count(m_stmt) > 0);
    return true;
}

void SqlCipherResult::bindValue(int index, const QVariant& value, QSql::ParamType type)
{
    if (index < 0 || type != QSql::In) {
        QSqlResult::bindValue(index, value, type);
        return;
    }
    if (index >= m_values.size())
        m_values.resize(index + 1);
    m_values[index] = value;
}

bool SqlCipherResult::bindAll()
{
    const int expected = sqlite3_bind_parameter_count(m_stmt);
    const QList<QVariant>& values = m_values.isEmpty() ? boundValues() : m_values;
    if (values.size() != expected) {
        setLastError(
            QSqlError(QStringLiteral("Parameter count mismatch"), {}, QSqlError::StatementError));
        return false;
    }
    for (int i = 0; i < expected; ++i) {
        const QVariant& v = values.at(i);
        const int pos = i + 1;
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(m_stmt, pos);
        } else if (v.metaType() == QMetaType::fromType<Utf8Text>()) {
            const QByteArray& b =
                m_bound.emplaceBack(static_cast<const Utf8Text*>(v.constData())->bytes);
            rc = sqlite3_bind_text(m_stmt, pos, b.constData(), int(b.size()), SQLITE_STATIC);
        } else {
            switch (v.typeId()) {
            case QMetaType::QByteArray: {
                const QByteArray& b = m_bound.emplaceBack(v.toByteArray());
                // Never a null pointer: SQLite would bind NULL for an empty blob.
                rc = sqlite3_bind_blob(m_stmt, pos, b.isNull() ? "" : b.constData(), int(b.size()),
                                       SQLITE_STATIC);
                break;
            }
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
            case QMetaType::Long:
            case QMetaType::Short:
            case QMetaType::Char:
                rc = sqlite3_bind_int64(m_stmt, pos, v.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_stmt, pos, v.toDouble());
                break;
            default: {
                const QString s = v.typeId() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate)
                                  : v.typeId() == QMetaType::QDateTime
                                      ? v.toDateTime().toString(Qt::ISODateWithMs)
                                      : v.toString();
                const QByteArray& b = m_bound.emplaceBack(s.toUtf8());
                rc = sqlite3_bind_text(m_stmt, pos, b.isNull() ? "" : b.constData(), int(b.size()),
                                       SQLITE_STATIC);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            fail(rc, QStringLiteral("Unable to bind parameters"), QSqlError::StatementError);
            return false;
        }
    }
    return true;
}

int SqlCipherResult::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        fail(sqlite3_extended_errcode(connection()), QStringLiteral("Unable to fetch row"),
             QSqlError::StatementError);
        sqlite3_reset(m_stmt);
    }
    return rc;
}

bool SqlCipherResult::exec()
{
    if (!m_stmt) {
        // The caller did not look at prepare()'s answer: keep its error (damage, say), not a
        // vaguer one of our own.
        if (!m_prepareError.isValid())
            setLastError(
                QSqlError(QStringLiteral("No prepared statement"), {}, QSqlError::StatementError));
        else
            setLastError(m_prepareError);
        return false;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bound.clear(); // nothing refers to them now
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    m_pendingRow = false;
    m_changes = 0;
    if (!bindAll())
        return false;
    const int rc = step();
    if (rc == SQLITE_ROW) {
        m_pendingRow = true;
    } else if (rc == SQLITE_DONE) {
        m_changes = sqlite3_changes(connection());
        m_lastInsertId = sqlite3_last_insert_rowid(connection());
    } else {
        return false;
    }
    if (m_record.isEmpty()) {
        const int n = sqlite3_column_count(m_stmt);
        for (int i = 0; i < n; ++i) {
            const auto* name = static_cast<const QChar*>(sqlite3_column_name16(m_stmt, i));
            m_record.append(QSqlField(QString(name)));
        }
    }
    setLastError(QSqlError());
    setActive(true);
    return true;
}

bool SqlCipherResult::rewindToFirstRow()
{
    sqlite3_reset(m_stmt);
    m_pendingRow = false;
    if (step() != SQLITE_ROW) {
        setAt(QSql::AfterLastRow);
        return false;
    }
    setAt(0);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    if (!m_stmt || !isActive())
        return false;
    if (at() == QSql::BeforeFirstRow) {
        if (!m_pendingRow)
            return false;
        m_pendingRow = false;
        setAt(0);
        return true;
    }
    return rewindToFirstRow();
}

bool SqlCipherResult::fetchNext()
{
    if (!m_stmt || !isActive())
        return false;
    if (at() == QSql::BeforeFirstRow)
        return fetchFirst();
    if (at() == QSql::AfterLastRow)
        return false;
    if (step() != SQLITE_ROW) {
        setAt(QSql::AfterLastRow);
        return false;
    }
    setAt(at() + 1);
    return true;
}

bool SqlCipherResult::fetch(int row)
{
    if (row < 0)
        return false;
    if (row == at())
        return true;
    if (at() == QSql::AfterLastRow || (at() >= 0 && row < at())) {
        if (!rewindToFirstRow())
            return false;
    }
    while (at() != row) {
        if (!fetchNext())
            return false;
    }
    return true;
}

bool SqlCipherResult::fetchLast()
{
    if (!fetchFirst() && at() != 0)
        return false;
    int last = at();
    while (fetchNext())
        last = at();
    return fetch(last);
}

QVariant SqlCipherResult::data(int column)
{
    if (!m_stmt || at() < 0 || column < 0 || column >= sqlite3_column_count(m_stmt))
        return {};
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char*>(sqlite3_column_blob(m_stmt, column)),
                                   sqlite3_column_bytes(m_stmt, column)));
    case SQLITE_NULL:
        return QVariant(QMetaType(QMetaType::QString));
    default:
        return QVariant(QString(static_cast<const QChar*>(sqlite3_column_text16(m_stmt, column)),
                                sqlite3_column_bytes16(m_stmt, column) / qsizetype(sizeof(QChar))));
    }
}

bool SqlCipherResult::isNull(int column)
{
    return !m_stmt || at() < 0 || sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QSqlRecord SqlCipherResult::record() const
{
    return m_record;
}

QVariant SqlCipherResult::lastInsertId() const
{
    return m_lastInsertId ? QVariant(m_lastInsertId) : QVariant();
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_pendingRow = false;
}

} // namespace fortrolig
