#pragma once

#include "http/HttpRequestParser.h"

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
        // Bodies over the small limit (pushes), summed over all connections, before anyone
        // is authenticated: beyond it a new large request is answered 503 busy.
        qint64 maxLargeBodiesInFlight = 128 * 1024 * 1024;
        HttpRequestParser::Limits parser;
    };

    // `log` receives one line per request (no personal data); may be null.
    HttpServer(QSslConfiguration tls, WorkerPool& pool, Limits limits, QTextStream* log,
               QObject* parent = nullptr);
    ~HttpServer() override;

    int openConnections() const { return m_open; }
    qint64 requestsAnswered() const { return m_answered; }
    qint64 largeBodiesInFlight() const { return m_largeBodies; } // announced bytes

    // What the per-address connection cap counts: an IPv4 address as it is (also one that
    // comes IPv4-mapped, ::ffff:a.b.c.d), an IPv6 address by its /64 prefix (one host
    // usually has a whole /64 to pick addresses from).
    static QHostAddress connectionKey(const QHostAddress& peer);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    friend class HttpConnection;
    void logRequest(const HttpRequest& request, const HttpResponse& response, qint64 micros,
                    qint64 id);
    QSslConfiguration m_tls;
    WorkerPool& m_pool;
    Limits m_limits;
    QTextStream* m_log;
    int m_open = 0;
    QHash<QHostAddress, int> m_perAddress;
    qint64 m_largeBodies = 0; // announced bytes of large bodies being received or answered
    qint64 m_answered = 0;
    qint64 m_nextRequestId = 1;
};

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
        Processing,
        Sending, // an answer larger than the send buffer is still going out
        Closing
    };
    void resumeWhenSent();
    void onReadyRead();
    void processBuffer();
    void respond(const HttpResponse& response, bool keepAlive);
    void refuse(int status, const QString& code, const QString& message);
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
    QHostAddress m_peer;   // connectionKey() of the peer's address
    qint64 m_reserved = 0; // this connection's share of m_largeBodies
    void release();
    QElapsedTimer m_started;
    qint64 m_requestId = 0;
};

} // namespace fortrolig::server
