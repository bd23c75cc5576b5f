#pragma once

#include "app/core/Error.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <functional>
#include <memory>

namespace fortrolig {

// Prepared statements kept for one connection, by their SQL text: a statement run
// thousands of times (applying pulled events, storing pushed ones) is parsed once, and on
// PostgreSQL costs one round trip instead of three. Use on the connection's thread only.
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase db) : m_db(std::move(db)) {}
    // A prepared query for `sql`, or null with `error` set.
    QSqlQuery* get(const QString& sql, QSqlError* error);
    void clear() { m_queries.clear(); }

private:
    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
};

// Runs statements one after another; the first failure sticks and later calls do nothing,
// so a sequence of statements reads straight and is checked once at the end.
class SqlRunner
{
public:
    using ErrorMapper = std::function<Error(const QSqlError&)>;
    explicit SqlRunner(QSqlDatabase db, ErrorMapper mapper = {}, StatementCache* cache = nullptr);
    ~SqlRunner();
    SqlRunner(const SqlRunner&) = delete;
    SqlRunner& operator=(const SqlRunner&) = delete;

    SqlRunner& run(const QString& sql, const QVariantList& values = {});
    // Runs `sql`, which ends in "IN ", once per list of up to 500 of `keys` (SQLite's limit
    // on bound values is 999), with `first` bound before them. Nothing when `keys` is empty.
    SqlRunner& runIn(const QString& sql, const QVariantList& first, const QVariantList& keys);
    // Without preparing: for statements PostgreSQL cannot prepare (CREATE TABLE, ...).
    SqlRunner& direct(const QString& sql);
    // The first column of the first row, or an invalid QVariant (also after an error).
    QVariant single(const QString& sql, const QVariantList& values = {});
    bool next();
    QVariant value(int column) const { return m_current->value(column); }
    qlonglong lastId() const { return m_current->lastInsertId().toLongLong(); }
    int affected() const { return m_current->numRowsAffected(); }
    void finish() { m_current->finish(); }

    const Error& error() const { return m_error; }
    void setError(Error e);

    // NULL for an empty string (optional dates and ids).
    static QVariant orNull(const QString& text);

private:
    Error mapped(const QSqlError& e) const;
    QSqlQuery m_own;
    QSqlQuery* m_current = &m_own;
    ErrorMapper m_mapper;
    StatementCache* m_cache;
    Error m_error;
};

} // namespace fortrolig
