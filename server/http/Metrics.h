#pragma once

#include <QByteArray>
#include <QMap>
#include <QTcpServer>
#include <array>
#include <functional>

namespace fortrolig::server {

// What the server counts about itself for the provider's monitoring, in Prometheus' text
// format: requests by route and status, their latency, connections, large bodies, the
// workers' queues. Never personal data, never a client's own text: a route is one of the
// protocol's paths or "other". Lives on the network thread.
class Metrics
{
public:
    enum Route
    {
        Status,
        Enroll,
        Login,
        Token,
        Push,
        Changes,
        Other,
        RouteCount
    };
    static Route routeOf(const QByteArray& path);

    enum class Refusal
    {
        Capacity,    // every connection slot taken
        PerAddress,  // the address has its share
        RateLimited, // logins and enrollments from one address (429)
        Busy         // a queue or the large-body budget was full (503)
    };

    struct Gauges
    {
        int openConnections = 0;
        qint64 largeBodyBytes = 0;
        int syncQueued = 0;
        int syncCapacity = 0;
        int loginQueued = 0;
        int loginCapacity = 0;
    };

    void answered(Route route, int status, qint64 micros);
    void accepted() { ++m_accepted; }
    void refused(Refusal why) { ++m_refused[std::size_t(why)]; }
    QByteArray render(const Gauges& gauges) const;

private:
    static constexpr std::array<double, 12> kBucketsSeconds = {
        0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0};
    struct PerRoute
    {
        QMap<int, qint64> byStatus;
        std::array<qint64, kBucketsSeconds.size()> buckets{}; // not cumulative here
        qint64 count = 0;
        double sumSeconds = 0;
    };
    std::array<PerRoute, RouteCount> m_routes;
    qint64 m_accepted = 0;
    std::array<qint64, 4> m_refused{};
};

// A plain-HTTP listener that answers GET /metrics and nothing else, on its own address (off
// unless the operator names one: it is meant for a monitoring network, not for laptops).
// One small request per connection, answered and closed.
class MetricsEndpoint : public QTcpServer
{
    Q_OBJECT
public:
    explicit MetricsEndpoint(std::function<QByteArray()> render, QObject* parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    std::function<QByteArray()> m_render;
    int m_open = 0;
};

} // namespace fortrolig::server
