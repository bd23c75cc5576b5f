#pragma once

#include "app/core/Error.h"
#include "app/storage/SqlRunner.h"

#include <QList>
#include <QStringList>
#include <QVariantList>
#include <functional>

namespace fortrolig::server {

class ServerDatabase;

// Statements over many rows at once, the same on both backends: as few statements as the
// backend's parameter limit allows (on PostgreSQL every statement is a round trip).
namespace BatchSql {

// SELECT (or DELETE) ... WHERE column IN (...), in chunks; `row` is called for each result
// row. `head` ends with the column; `before` are the values of the placeholders in `head`.
Error selectIn(ServerDatabase& db, const QString& head, const QStringList& keys,
               const QVariantList& before, const std::function<void(SqlRunner&)>& row);

// INSERT INTO table (columns) VALUES (...), (...): many rows per statement.
Error insertRows(ServerDatabase& db, const QString& table, const QStringList& columns,
                 const QList<QVariantList>& rows);

// The feed's columns, in the order its rows are given to insertRows.
QStringList feedColumns();

} // namespace BatchSql
} // namespace fortrolig::server
