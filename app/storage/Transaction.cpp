#include "app/storage/Transaction.h"

#include "app/storage/JournalDatabase.h"

#include <QSqlError>
#include <utility>

namespace fortrolig {

Transaction::Transaction(QSqlDatabase db, int* depth, QString directory)
    : m_db(std::move(db)), m_depth(depth), m_directory(std::move(directory))
{
    if (m_depth && (*m_depth)++ > 0) {
        m_open = true; // joins the transaction an outer guard opened
        return;
    }
    if (!m_db.transaction()) {
        if (m_depth)
            *m_depth = 0;
        m_error = JournalDatabase::errorFrom(m_db.lastError(), m_directory);
        return;
    }
    m_open = true;
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(other.m_db), m_depth(other.m_depth), m_directory(std::move(other.m_directory)),
      m_error(std::move(other.m_error)), m_open(std::exchange(other.m_open, false))
{
}

Transaction::~Transaction()
{
    rollback();
}

Error Transaction::commit()
{
    if (m_error)
        return m_error;
    if (!m_open)
        return Error(ErrorCode::Internal, QStringLiteral("transaction committed twice"));
    m_open = false;
    if (m_depth && (*m_depth == 0 || --*m_depth > 0))
        return {}; // an outer guard commits (or an inner one rolled it all back)
    if (!m_db.commit()) {
        const Error e = JournalDatabase::errorFrom(m_db.lastError(), m_directory);
        m_db.rollback();
        return e;
    }
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    if (m_depth) {
        if (*m_depth == 0)
            return; // an inner guard rolled it back already
        *m_depth = 0;
    }
    m_db.rollback();
}

} // namespace fortrolig
