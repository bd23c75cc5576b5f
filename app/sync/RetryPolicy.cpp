#include "app/sync/RetryPolicy.h"

#include <QRandomGenerator>

namespace fortrolig {

int RetryPolicy::ceilingMs() const
{
    qint64 ceiling = m_firstMs;
    for (int i = 1; i < m_failures && ceiling < m_maxMs; ++i)
        ceiling *= 2;
    return int(qMin<qint64>(ceiling, m_maxMs));
}

int RetryPolicy::nextDelayMs()
{
    ++m_failures;
    const int ceiling = ceilingMs();
    // At least half the ceiling, so a retry never comes at once.
    return ceiling / 2 + int(QRandomGenerator::global()->bounded(ceiling / 2 + 1));
}

} // namespace fortrolig
