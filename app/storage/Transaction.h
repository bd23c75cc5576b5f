#pragma once

#include "app/core/Error.h"

#include <QSqlDatabase>

namespace fortrolig {

// A transaction on a journal connection, open while the guard lives. It rolls back when the
// guard goes without commit(), so an early return on an error closes it, and no error path
// closes a transaction by hand. [[nodiscard]]: a guard dropped at once would open and roll back.
//
// Guards that share a depth counter nest (Journal's batches): an inner one joins the open
// transaction, and its commit() only counts down; the outermost one commits. An inner guard
// that goes without committing rolls back the whole transaction; the guards around it then
// find nothing open (their commit() does nothing and reports no error).
class FORTROLIG_MUST_USE Transaction
{
public:
    // `depth`: the connection's nesting counter (null: this guard does not nest).
    // `directory`: the database's folder, to tell a full disk or a read-only folder apart.
    explicit Transaction(QSqlDatabase db, int* depth = nullptr, QString directory = {});
    Transaction(Transaction&& other) noexcept;
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    Transaction& operator=(Transaction&&) = delete;

    // Why the transaction could not begin; commit() then reports it again.
    const Error& error() const { return m_error; }
    // When the outermost guard's commit fails, it rolls back: nothing is left half-written.
    Error commit();

private:
    void rollback();

    QSqlDatabase m_db;
    int* m_depth;
    QString m_directory;
    Error m_error;
    bool m_open = false;
};

} // namespace fortrolig
