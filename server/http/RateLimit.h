#pragma once

#include <QHash>
#include <QHostAddress>

namespace fortrolig::server {

// A token bucket per client address (an IPv6 client by its /64, see
// HttpServer::connectionKey): `burst` requests at once, then `perMinute` on average. For what
// is costly to answer or to be wrong about (logins hash a passphrase; a failed enrollment
// writes an audit row). Lives on the network thread.
class RateLimit
{
public:
    RateLimit(int burst, int perMinute);

    // Takes one request from the address's allowance: 0 when granted, otherwise the whole
    // seconds until the next one will be (for Retry-After). `nowMs` from a steady clock.
    int take(const QHostAddress& key, qint64 nowMs);
    // Addresses with something taken from their allowance (the table's size is bounded by
    // what arrives in one refill period: full buckets are dropped).
    int tracked() const { return int(m_buckets.size()); }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 atMs = 0;
    };
    void sweep(qint64 nowMs);
    int m_burst;
    double m_perMs; // tokens added per millisecond
    QHash<QHostAddress, Bucket> m_buckets;
    qint64 m_sweptAt = 0;
};

} // namespace fortrolig::server
