#include "http/RateLimit.h"

#include <cmath>

namespace fortrolig::server {

RateLimit::RateLimit(int burst, int perMinute)
    : m_burst(qMax(1, burst)), m_perMs(double(qMax(1, perMinute)) / 60'000.0)
{
}

int RateLimit::take(const QHostAddress& key, qint64 nowMs)
{
    sweep(nowMs);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{double(m_burst), nowMs});
    Bucket& b = it.value();
    b.tokens = qMin(double(m_burst), b.tokens + double(nowMs - b.atMs) * m_perMs);
    b.atMs = nowMs;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return 0;
    }
    return qMax(1, int(std::ceil((1.0 - b.tokens) / m_perMs / 1000.0)));
}

void RateLimit::sweep(qint64 nowMs)
{
    // At most once a refill period's worth of time: drop the buckets that are full again.
    const qint64 refillMs = qint64(double(m_burst) / m_perMs);
    if (nowMs - m_sweptAt < qMin<qint64>(refillMs, 60'000))
        return;
    m_sweptAt = nowMs;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (it->tokens + double(nowMs - it->atMs) * m_perMs >= double(m_burst))
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace fortrolig::server
