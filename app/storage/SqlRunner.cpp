#include "app/storage/SqlRunner.h"

#include "app/storage/JournalDatabase.h"

#include <QSqlError>

namespace fortrolig {

QSqlQuery* StatementCache::get(const QString& sql, QSqlError* error)
{
    auto it = m_queries.find(sql);
    if (it != m_queries.end())
        return it->get();
    auto q = std::make_shared<QSqlQuery>(m_db);
    q->setForwardOnly(true);
    if (!q->prepare(sql)) {
        *error = q->lastError();
        return nullptr;
    }
    m_queries.insert(sql, q);
    return q.get();
}

SqlRunner::SqlRunner(QSqlDatabase db, ErrorMapper mapper, StatementCache* cache)
    : m_own(db), m_mapper(std::move(mapper)), m_cache(cache)
{
    m_own.setForwardOnly(true);
}

SqlRunner::~SqlRunner()
{
    m_current->finish();
}

Error SqlRunner::mapped(const QSqlError& e) const
{
    return m_mapper ? m_mapper(e) : JournalDatabase::errorFrom(e, {});
}

SqlRunner& SqlRunner::run(const QString& sql, const QVariantList& values)
{
    if (m_error)
        return *this;
    m_current->finish(); // a statement left with unread rows would hold a read snapshot
    if (m_cache) {
        QSqlError e;
        QSqlQuery* q = m_cache->get(sql, &e);
        if (!q) {
            m_error = mapped(e);
            return *this;
        }
        m_current = q;
    } else {
        m_current = &m_own;
        if (!m_own.prepare(sql)) {
            m_error = mapped(m_own.lastError());
            return *this;
        }
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        // An empty QString() is an empty text, not NULL (PostgreSQL's driver would send NULL);
        // NULL is asked for with orNull(), a variant without a value.
        if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
            m_current->bindValue(i, QString(QLatin1String("")));
        else
            m_current->bindValue(i, v);
    }
    if (!m_current->exec())
        m_error = mapped(m_current->lastError());
    return *this;
}

SqlRunner& SqlRunner::runIn(const QString& sql, const QVariantList& first, const QVariantList& keys)
{
    for (qsizetype i = 0; i < keys.size(); i += 500) {
        const QVariantList part = keys.mid(i, 500);
        run(sql + QLatin1Char('(') +
                QStringList(part.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                QLatin1Char(')'),
            first + part);
    }
    return *this;
}

SqlRunner& SqlRunner::direct(const QString& sql)
{
    if (m_error)
        return *this;
    m_current->finish();
    m_current = &m_own;
    if (!m_own.exec(sql))
        m_error = mapped(m_own.lastError());
    return *this;
}

QVariant SqlRunner::single(const QString& sql, const QVariantList& values)
{
    run(sql, values);
    if (m_error || !m_current->next())
        return {};
    QVariant v = m_current->value(0);
    m_current->finish();
    return v;
}

bool SqlRunner::next()
{
    return !m_error && m_current->next();
}

void SqlRunner::setError(Error e)
{
    if (!m_error)
        m_error = std::move(e);
}

QVariant SqlRunner::orNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace fortrolig
