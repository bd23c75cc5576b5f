#include "http/Metrics.h"

#include "app/wire/WireNames.h"

#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace fortrolig::server {

namespace {
const char* const kRouteNames[] = {"status", "enroll",  "login", "token",
                                   "push",   "changes", "other"};
const char* const kRefusalNames[] = {"capacity", "per_address", "rate_limited", "busy"};

void line(QByteArray& out, const QByteArray& name, const QByteArray& labels, double value)
{
    out += name;
    if (!labels.isEmpty())
        out += '{' + labels + '}';
    out += ' ' + QByteArray::number(value, 'g', 12) + '\n';
}
void help(QByteArray& out, const QByteArray& name, const QByteArray& type, const QByteArray& text)
{
    out += "# HELP " + name + ' ' + text + "\n# TYPE " + name + ' ' + type + '\n';
}
} // namespace

Metrics::Route Metrics::routeOf(const QByteArray& path)
{
    const QString p = QString::fromLatin1(path);
    if (p == protocol::Path::Status)
        return Status;
    if (p == protocol::Path::Enroll)
        return Enroll;
    if (p == protocol::Path::Login)
        return Login;
    if (p == protocol::Path::Token)
        return Token;
    if (p == protocol::Path::Push)
        return Push;
    if (p == protocol::Path::Changes)
        return Changes;
    return Other;
}

void Metrics::answered(Route route, int status, qint64 micros)
{
    PerRoute& r = m_routes.at(std::size_t(route));
    ++r.byStatus[status];
    ++r.count;
    const double seconds = double(micros) / 1e6;
    r.sumSeconds += seconds;
    for (std::size_t i = 0; i < kBucketsSeconds.size(); ++i) {
        if (seconds <= kBucketsSeconds.at(i)) {
            ++r.buckets.at(i);
            break;
        }
    }
}

QByteArray Metrics::render(const Gauges& g) const
{
    QByteArray out;
    help(out, "fortrolig_requests_total", "counter", "Requests answered, by route and status.");
    for (int i = 0; i < RouteCount; ++i) {
        const PerRoute& r = m_routes.at(std::size_t(i));
        for (auto it = r.byStatus.cbegin(); it != r.byStatus.cend(); ++it)
            line(out, "fortrolig_requests_total",
                 QByteArray("route=\"") + kRouteNames[i] + "\",status=\"" +
                     QByteArray::number(it.key()) + '"',
                 double(it.value()));
    }
    help(out, "fortrolig_request_duration_seconds", "histogram",
         "From a request's first byte to its answer, by route.");
    for (int i = 0; i < RouteCount; ++i) {
        const PerRoute& r = m_routes.at(std::size_t(i));
        const QByteArray route = QByteArray("route=\"") + kRouteNames[i] + '"';
        qint64 cumulative = 0;
        for (std::size_t b = 0; b < kBucketsSeconds.size(); ++b) {
            cumulative += r.buckets.at(b);
            line(out, "fortrolig_request_duration_seconds_bucket",
                 route + ",le=\"" + QByteArray::number(kBucketsSeconds.at(b), 'g', 6) + '"',
                 double(cumulative));
        }
        line(out, "fortrolig_request_duration_seconds_bucket", route + ",le=\"+Inf\"",
             double(r.count));
        line(out, "fortrolig_request_duration_seconds_sum", route, r.sumSeconds);
        line(out, "fortrolig_request_duration_seconds_count", route, double(r.count));
    }
    help(out, "fortrolig_connections_accepted_total", "counter", "TLS connections accepted.");
    line(out, "fortrolig_connections_accepted_total", {}, double(m_accepted));
    help(out, "fortrolig_refusals_total", "counter",
         "Connections and requests turned away to protect the server, by reason.");
    for (std::size_t i = 0; i < m_refused.size(); ++i)
        line(out, "fortrolig_refusals_total", QByteArray("reason=\"") + kRefusalNames[i] + '"',
             double(m_refused.at(i)));
    help(out, "fortrolig_connections_open", "gauge", "Connections open now.");
    line(out, "fortrolig_connections_open", {}, g.openConnections);
    help(out, "fortrolig_large_body_bytes", "gauge",
         "Announced bytes of push bodies being received or answered.");
    line(out, "fortrolig_large_body_bytes", {}, double(g.largeBodyBytes));
    help(out, "fortrolig_queue_requests", "gauge",
         "Requests waiting or running, by worker pool (sync; login: password hashing).");
    line(out, "fortrolig_queue_requests", "pool=\"sync\"", g.syncQueued);
    line(out, "fortrolig_queue_requests", "pool=\"login\"", g.loginQueued);
    help(out, "fortrolig_queue_capacity", "gauge", "Requests a worker pool takes before 503.");
    line(out, "fortrolig_queue_capacity", "pool=\"sync\"", g.syncCapacity);
    line(out, "fortrolig_queue_capacity", "pool=\"login\"", g.loginCapacity);
    return out;
}

MetricsEndpoint::MetricsEndpoint(std::function<QByteArray()> render, QObject* parent)
    : QTcpServer(parent), m_render(std::move(render))
{
}

void MetricsEndpoint::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor) || m_open >= 16) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    socket->setReadBufferSize(8 * 1024);
    auto* timer = new QTimer(socket);
    timer->setSingleShot(true);
    const auto drop = [socket] {
        socket->abort();
        socket->deleteLater();
    };
    connect(timer, &QTimer::timeout, socket, drop);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::errorOccurred, socket, drop);
    timer->start(5'000);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
        *buffer += socket->read(8 * 1024 - buffer->size());
        if (!buffer->contains("\r\n\r\n")) {
            if (buffer->size() >= 8 * 1024) {
                socket->abort();
                socket->deleteLater();
            }
            return;
        }
        const QList<QByteArray> request = buffer->left(buffer->indexOf("\r\n")).split(' ');
        QByteArray status = "404 Not Found";
        QByteArray body = "only GET /metrics\n";
        if (request.size() == 3 && request.at(0) == "GET" && request.at(1) == "/metrics") {
            status = "200 OK";
            body = m_render();
        }
        socket->write("HTTP/1.1 " + status +
                      "\r\nContent-Type: text/plain; version=0.0.4\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
        buffer->clear();
    });
}

} // namespace fortrolig::server
