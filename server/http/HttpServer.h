#pragma once

#include "http/HttpRequestParser.h"
#include "http/Metrics.h"
#include "http/RateLimit.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>

class QSslSocket;
class QTextStream;

namespace fortrolig::server {

class WorkerPool;

// HTTPS/1.1 on a plain QTcpServer: every connection is a QSslSocket that must finish its
// TLS handshake (1.2 or later) in time, send each request within a time limit, stay under the
// size limits, and stay idle no longer than allowed. A request that breaks a limit gets a
// 4xx with a JSON error and the connection is closed; nothing else is affected.
class HttpServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Limits
    {
        int maxConnections = 512;
        int maxConnectionsPerAddress = 64; // one client (or NAT) cannot take every slot
        int handshakeTimeoutMs = 10'000;
        int requestTimeoutMs = 30'000; // from a request's first byte to its last
        int idleTimeoutMs = 60'000;    // between requests on a kept-alive connection
        int maxRequestsPerConnection = 1000;
        // Bodies over the small limit (pushes) are read only from a device whose access token
        // is good (it is in the headers), and only while these sums of announced lengths
        // hold; beyond them the request is answered 503 busy before its body is read.
        qint64 maxLargeBodiesInFlight = 128 * 1024 * 1024;  // over all connections
        qint64 maxLargeBodiesPerAddress = 48 * 1024 * 1024; // one address (IPv6: its /64)
        qint64 maxLargeBodiesPerDevice = 16 * 1024 * 1024;  // one push of the largest size
        // Logins and enrollments per address: a burst, then a steady rate (429 beyond).
        int loginBurst = 30;
        int loginsPerMinute = 30;
        QList<QByteArray> loginPaths{"/api/v1/login", "/api/v1/enroll"};
        int busyRetryAfterSeconds = 5; // Retry-After with a 503
        HttpRequestParser::Limits parser;
    };

    // `pool` answers requests; `loginPool` (may be null: `pool` then) answers the loginPaths,
    // which hash passphrases. `log` receives one line per request (no personal data); may be
    // null.
    HttpServer(QSslConfiguration tls, WorkerPool& pool, WorkerPool* loginPool, Limits limits,
               QTextStream* log, QObject* parent = nullptr);
    ~HttpServer() override;

    int openConnections() const { return m_open; }
    qint64 requestsAnswered() const { return m_answered; }
    qint64 largeBodiesInFlight() const { return m_largeBodies; } // announced bytes
    // The monitoring figures (Prometheus text format).
    QByteArray metricsText() const;

    // What the per-address connection cap counts: an IPv4 address as it is (also one that
    // comes IPv4-mapped, ::ffff:a.b.c.d), an IPv6 address by its /64 prefix (one host
    // usually has a whole /64 to pick addresses from).
    static QHostAddress connectionKey(const QHostAddress& peer);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    friend class HttpConnection;
    // `in`: the body's length (as announced, for one refused before it was read).
    void logRequest(const HttpRequest& request, const HttpResponse& response, qint64 micros,
                    qint64 id, qint64 in);
    bool isLogin(const QByteArray& path) const { return m_limits.loginPaths.contains(path); }
    // Takes `bytes` of the large-body budget for this address and device, if all three
    // sums allow it.
    bool reserveLargeBody(const QHostAddress& address, const QString& device, qint64 bytes);
    void releaseLargeBody(const QHostAddress& address, const QString& device, qint64 bytes);
    HttpResponse busy() const;

    QSslConfiguration m_tls;
    WorkerPool& m_pool;
    WorkerPool& m_loginPool;
    Limits m_limits;
    QTextStream* m_log;
    int m_open = 0;
    QHash<QHostAddress, int> m_perAddress;
    qint64 m_largeBodies = 0; // announced bytes of large bodies being received or answered
    QHash<QHostAddress, qint64> m_largePerAddress;
    QHash<QString, qint64> m_largePerDevice;
    RateLimit m_loginRate;
    QElapsedTimer m_clock; // for the rate limit
    Metrics m_metrics;
    qint64 m_answered = 0;
    qint64 m_nextRequestId = 1;
};

// Asks the kernel to acknowledge what arrives on the connection at once. A client that writes
// a request's head and its body separately without TCP_NODELAY (Qt's network access manager
// does: TLS records of their own) holds the body back until the head is acknowledged (Nagle),
// and a server that has nothing to answer yet delays that acknowledgement up to 40 ms once the
// kernel sees the connection as question-and-answer (after a pull's pages: 48 ms for each POST
// of the access log). Linux: TCP_QUICKACK, which the kernel drops again after a while, so it
// is set at every read; elsewhere nothing (false).
bool acknowledgeAtOnce(qintptr socketDescriptor);

// One client connection. Answers requests one at a time, in order.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QSslSocket* socket, HttpServer& server);
    ~HttpConnection() override;

private:
    enum class Phase
    {
        Handshake,
        Idle,
        Receiving,
        Admitting, // a large body waits until the headers' access token is checked
        Processing,
        Sending,  // an answer larger than the send buffer is still going out
        Draining, // refused before its body: the body is read and dropped, then close
        Closing
    };
    void resumeWhenSent();
    void onReadyRead();
    void processBuffer();
    void respond(const HttpResponse& response, bool keepAlive);
    void refuse(int status, const QString& code, const QString& message);
    void refuse(HttpResponse response);
    void admitted(const HttpResponse& answer, qint64 announced);
    void dispatch();
    void drain();
    void onTimeout();
    void close();
    void arm(int ms);
    // What the connection buffers of unparsed bytes at most: a whole head and a read's worth.
    qint64 maxBuffered() const { return m_server.m_limits.parser.maxHeaderBytes + 64 * 1024; }

    QSslSocket* m_socket;
    HttpServer& m_server;
    HttpRequestParser m_parser;
    QByteArray m_buffer;
    Phase m_phase = Phase::Handshake;
    QTimer m_timer;
    int m_requests = 0;
    HttpRequest m_current;
    QHostAddress m_peer;     // connectionKey() of the peer's address
    qint64 m_reserved = 0;   // this connection's share of m_largeBodies
    QString m_reservedFor;   // the device it is counted for
    bool m_admitted = false; // the current request's large body may be read
    qint64 m_drain = 0;      // bytes of a refused body still to be dropped before closing
    void release();
    QElapsedTimer m_started;
    qint64 m_requestId = 0;
};

} // namespace fortrolig::server
