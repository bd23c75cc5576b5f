#include "http/HttpServer.h"

#include "app/wire/WireNames.h"
#include "http/WorkerPool.h"

#include <QDateTime>
#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif
#include <QSslSocket>
#include <QTextStream>

namespace fortrolig::server {

HttpServer::HttpServer(QSslConfiguration tls, WorkerPool& pool, WorkerPool* loginPool,
                       Limits limits, QTextStream* log, QObject* parent)
    : QTcpServer(parent), m_tls(std::move(tls)), m_pool(pool),
      m_loginPool(loginPool ? *loginPool : pool), m_limits(limits), m_log(log),
      m_loginRate(limits.loginBurst, limits.loginsPerMinute)
{
    m_clock.start();
    m_tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients prove who they are with tokens
}

HttpServer::~HttpServer()
{
    close();
    // The connections (children) go now, while what they account themselves in still exists.
    qDeleteAll(findChildren<HttpConnection*>(Qt::FindDirectChildrenOnly));
}

QHostAddress HttpServer::connectionKey(const QHostAddress& peer)
{
    if (peer.protocol() != QAbstractSocket::IPv6Protocol)
        return peer;
    bool mapped = false;
    const quint32 v4 = peer.toIPv4Address(&mapped);
    if (mapped)
        return QHostAddress(v4);
    Q_IPV6ADDR bytes = peer.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        bytes[i] = 0;
    return QHostAddress(bytes); // without the scope id
}

void HttpServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QSslSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const bool full = m_open >= m_limits.maxConnections;
    if (full || m_perAddress.value(connectionKey(socket->peerAddress())) >=
                    m_limits.maxConnectionsPerAddress) {
        // Over the limit: no handshake, no buffer; the client retries later.
        m_metrics.refused(full ? Metrics::Refusal::Capacity : Metrics::Refusal::PerAddress);
        socket->abort();
        delete socket;
        return;
    }
    m_metrics.accepted();
    socket->setSslConfiguration(m_tls);
    new HttpConnection(socket, *this);
}

void HttpServer::logRequest(const HttpRequest& request, const HttpResponse& response, qint64 micros,
                            qint64 id, qint64 in)
{
    ++m_answered;
    m_metrics.answered(Metrics::routeOf(request.path), response.status, micros);
    if (response.status == 429)
        m_metrics.refused(Metrics::Refusal::RateLimited);
    else if (response.status == 503)
        m_metrics.refused(Metrics::Refusal::Busy);
    if (!m_log)
        return;
    // The path is printed only in a safe form (it is the client's text); the query (cursor
    // numbers) and bodies never.
    QByteArray path = request.path.left(80);
    for (char& c : path) {
        if (c < 0x21 || c > 0x7e)
            c = '?';
    }
    *m_log << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) << " req=" << id << ' '
           << QString::fromLatin1(request.method.isEmpty() ? QByteArray("-")
                                                           : request.method.left(16))
           << ' ' << QString::fromLatin1(path.isEmpty() ? QByteArray("-") : path) << ' '
           << response.status << ' ' << QString::number(double(micros) / 1000.0, 'f', 1) << "ms"
           << " in=" << in << " out=" << response.body.size() << " device="
           << (response.logPrincipal.isEmpty() ? QStringLiteral("-") : response.logPrincipal)
           << Qt::endl;
}

QByteArray HttpServer::metricsText() const
{
    Metrics::Gauges g;
    g.openConnections = m_open;
    g.largeBodyBytes = m_largeBodies;
    g.syncQueued = m_pool.queued();
    g.syncCapacity = m_pool.capacity();
    if (&m_loginPool != &m_pool) {
        g.loginQueued = m_loginPool.queued();
        g.loginCapacity = m_loginPool.capacity();
    }
    return m_metrics.render(g);
}

bool HttpServer::reserveLargeBody(const QHostAddress& address, const QString& device, qint64 bytes)
{
    if (m_largeBodies + bytes > m_limits.maxLargeBodiesInFlight ||
        m_largePerAddress.value(address) + bytes > m_limits.maxLargeBodiesPerAddress ||
        m_largePerDevice.value(device) + bytes > m_limits.maxLargeBodiesPerDevice)
        return false;
    m_largeBodies += bytes;
    m_largePerAddress[address] += bytes;
    m_largePerDevice[device] += bytes;
    return true;
}

void HttpServer::releaseLargeBody(const QHostAddress& address, const QString& device, qint64 bytes)
{
    m_largeBodies -= bytes;
    if ((m_largePerAddress[address] -= bytes) <= 0)
        m_largePerAddress.remove(address);
    if ((m_largePerDevice[device] -= bytes) <= 0)
        m_largePerDevice.remove(device);
}

HttpResponse HttpServer::busy() const
{
    HttpResponse r = HttpResponse::error(503, protocol::WireError::Busy,
                                         QStringLiteral("the server is busy; try again shortly"));
    r.retryAfterSeconds = m_limits.busyRetryAfterSeconds;
    return r;
}

HttpConnection::HttpConnection(QSslSocket* socket, HttpServer& server)
    : QObject(&server), m_socket(socket), m_server(server), m_parser(server.m_limits.parser)
{
    ++m_server.m_open;
    m_peer = HttpServer::connectionKey(m_socket->peerAddress());
    ++m_server.m_perAddress[m_peer];
    m_socket->setParent(this);
    // What is not yet read stays in the kernel (TCP pushes back on the sender) instead of
    // piling up here while a request is answered.
    m_socket->setReadBufferSize(64 * 1024);
    // Answers go out as soon as they are written: without this, the end of a response can
    // wait for the client's delayed acknowledgement (Nagle), some 40 ms a request.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_phase = Phase::Idle;
        arm(m_server.m_limits.idleTimeoutMs);
        processBuffer();
    });
    connect(m_socket, &QSslSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &HttpConnection::resumeWhenSent);
    connect(m_socket, &QSslSocket::disconnected, this, &HttpConnection::close);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_phase != Phase::Processing)
            close();
    });
    // A failed handshake (old TLS version, garbage instead of TLS) just ends the connection.
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError>&) { close(); });
    arm(m_server.m_limits.handshakeTimeoutMs);
    m_socket->startServerEncryption();
}

HttpConnection::~HttpConnection()
{
    release();
    --m_server.m_open;
    if (--m_server.m_perAddress[m_peer] <= 0)
        m_server.m_perAddress.remove(m_peer);
}

void HttpConnection::arm(int ms)
{
    m_timer.start(ms);
}

bool acknowledgeAtOnce(qintptr socketDescriptor)
{
#ifdef Q_OS_LINUX
    const int on = 1;
    return socketDescriptor >= 0 &&
           ::setsockopt(int(socketDescriptor), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on) == 0;
#else
    Q_UNUSED(socketDescriptor)
    return false;
#endif
}

void HttpConnection::onReadyRead()
{
    acknowledgeAtOnce(m_socket->socketDescriptor()); // before the body is waited for
    // While a request is answered, the next one (pipelining) waits in the socket, whose
    // buffer is bounded: it is read once the answer is out.
    if (m_phase == Phase::Draining) {
        drain();
        return;
    }
    if (m_phase != Phase::Idle && m_phase != Phase::Receiving)
        return; // also while Admitting: the body waits in the kernel
    processBuffer();
}

void HttpConnection::processBuffer()
{
    if (m_phase != Phase::Idle && m_phase != Phase::Receiving)
        return;
    // Only while the buffer holds less than one request's head and a read's worth: the parser
    // takes one request at a time, so what is pipelined behind it stays in the kernel (TCP
    // pushes back on the sender) instead of piling up here. The body being read is moved out
    // of the buffer by the parser and is bounded by its limits.
    const qint64 room = maxBuffered() - m_buffer.size();
    if (room > 0)
        m_buffer += m_socket->read(room);
    if (m_buffer.isEmpty())
        return;
    const bool wasIdle = m_phase == Phase::Idle;
    m_phase = Phase::Receiving;
    const HttpRequestParser::State state = m_parser.feed(m_buffer);
    if (state == HttpRequestParser::State::NeedMore && !m_parser.started()) {
        m_phase = Phase::Idle; // only blank lines so far: the idle time keeps running
        return;
    }
    if (wasIdle) {
        // The first byte of a request: from now on it must arrive whole in time.
        m_started.start();
        m_requestId = m_server.m_nextRequestId++;
        arm(m_server.m_limits.requestTimeoutMs);
    }
    // A large body is read only from a device whose access token is good, and only while
    // the budgets allow it. (One that came whole with its head is bounded by the buffer.)
    const qint64 announced = m_parser.announcedBody();
    if (state == HttpRequestParser::State::NeedMore && !m_admitted &&
        announced > m_server.m_limits.parser.maxSmallBody) {
        const HttpRequest head = m_parser.head();
        if (!head.header("authorization").startsWith("Bearer ")) {
            m_buffer.clear();
            refuse(401, protocol::WireError::Unauthorized,
                   QStringLiteral("missing or expired access token"));
            return;
        }
        m_phase = Phase::Admitting; // nothing more is read meanwhile
        QPointer<HttpConnection> self(this);
        const bool queued =
            m_server.m_pool.submitJob([head](RequestHandler& h) { return h.admit(head); },
                                      [self, announced](HttpResponse answer) {
                                          if (self)
                                              self->admitted(answer, announced);
                                      });
        if (!queued) {
            m_phase = Phase::Receiving;
            m_buffer.clear();
            refuse(m_server.busy());
        }
        return;
    }
    switch (state) {
    case HttpRequestParser::State::NeedMore:
        if (m_socket->bytesAvailable() > 0)
            QMetaObject::invokeMethod(this, &HttpConnection::processBuffer, Qt::QueuedConnection);
        return;
    case HttpRequestParser::State::Error: {
        const int status = m_parser.errorStatus();
        refuse(status,
               status == 413 ? protocol::WireError::TooLarge : protocol::WireError::BadRequest,
               m_parser.errorMessage());
        return;
    }
    case HttpRequestParser::State::Complete:
        break;
    }
    dispatch();
}

void HttpConnection::admitted(const HttpResponse& answer, qint64 announced)
{
    if (m_phase != Phase::Admitting)
        return;
    m_phase = Phase::Receiving;
    if (answer.status != 100) {
        m_buffer.clear();
        refuse(answer); // the body is not read: the connection ends with the answer
        return;
    }
    if (!m_server.reserveLargeBody(m_peer, answer.logPrincipal, announced)) {
        m_buffer.clear();
        refuse(m_server.busy());
        return;
    }
    m_reserved = announced;
    m_reservedFor = answer.logPrincipal;
    m_admitted = true;
    processBuffer();
}

void HttpConnection::dispatch()
{
    m_current = m_parser.take();
    m_phase = Phase::Processing;
    m_timer.stop();
    ++m_requests;
    const bool keepAlive =
        m_current.keepAlive && m_requests < m_server.m_limits.maxRequestsPerConnection;
    const bool login = m_server.isLogin(m_current.path);
    if (login) {
        if (const int wait = m_server.m_loginRate.take(m_peer, m_server.m_clock.elapsed())) {
            HttpResponse r = HttpResponse::error(
                429, protocol::WireError::RateLimited,
                QStringLiteral("too many logins from this address; try again later"));
            r.retryAfterSeconds = wait;
            respond(r, keepAlive);
            return;
        }
    }
    QPointer<HttpConnection> self(this);
    WorkerPool& pool = login ? m_server.m_loginPool : m_server.m_pool;
    const bool queued = pool.submit(m_current, [self, keepAlive](HttpResponse r) {
        if (self)
            self->respond(r, keepAlive);
    });
    if (!queued)
        respond(m_server.busy(), keepAlive); // read whole: the connection can go on
}

void HttpConnection::release()
{
    if (m_reserved > 0)
        m_server.releaseLargeBody(m_peer, m_reservedFor, m_reserved);
    m_reserved = 0;
    m_reservedFor.clear();
    m_admitted = false;
}

void HttpConnection::respond(const HttpResponse& response, bool keepAlive)
{
    release(); // the request is answered: its body is no longer held
    m_server.logRequest(m_current, response, m_started.nsecsElapsed() / 1000, m_requestId,
                        qMax<qint64>(m_current.body.size(), m_parser.announcedBody()));
    const bool stay = keepAlive && !response.close;
    m_socket->write(response.serialize(stay));
    m_current = HttpRequest();
    if (!stay && m_drain > 0) {
        // Refused before its body was read. Closing now, with the body arriving, would reset
        // the connection and the client might never see the answer: take the rest of the
        // body (and drop it: no memory is held) within the request's time, then close.
        m_phase = Phase::Draining;
        arm(m_server.m_limits.requestTimeoutMs);
        drain();
        return;
    }
    if (!stay) {
        m_phase = Phase::Closing;
        m_socket->disconnectFromHost(); // after what was written has gone out
        arm(5'000);
        return;
    }
    // The next request (pipelined or not) is read once this answer has mostly gone out: a
    // client that asks and never reads holds one answer here, not a pile of them.
    m_phase = Phase::Sending;
    arm(m_server.m_limits.idleTimeoutMs); // a client that stops reading is let go
    resumeWhenSent();
}

void HttpConnection::drain()
{
    while (m_drain > 0 && m_socket->bytesAvailable() > 0)
        m_drain -= m_socket->skip(qMin<qint64>(m_drain, 64 * 1024));
    if (m_drain > 0)
        return;
    m_phase = Phase::Closing;
    m_socket->disconnectFromHost();
    arm(5'000);
}

void HttpConnection::resumeWhenSent()
{
    constexpr qint64 kPendingOutput = 256 * 1024;
    if (m_phase != Phase::Sending ||
        m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() > kPendingOutput)
        return;
    m_phase = Phase::Idle;
    arm(m_server.m_limits.idleTimeoutMs);
    processBuffer();
}

void HttpConnection::refuse(int status, const QString& code, const QString& message)
{
    refuse(HttpResponse::error(status, code, message));
}

void HttpConnection::refuse(HttpResponse r)
{
    if (m_phase == Phase::Closing)
        return;
    if (m_phase == Phase::Processing) {
        close(); // the answer to the current request is not waited for
        return;
    }
    // For the log: what the request was, if its head was read (never its body).
    m_current = m_parser.announcedBody() > 0 ? m_parser.head() : HttpRequest();
    if (!m_started.isValid())
        m_started.start();
    if (m_requestId == 0)
        m_requestId = m_server.m_nextRequestId++;
    r.close = true;
    m_drain = r.status == 408 ? 0 : m_parser.remainingBody(); // too slow: not waited for
    respond(r, false);
}

void HttpConnection::onTimeout()
{
    switch (m_phase) {
    case Phase::Receiving:
    case Phase::Admitting:
        refuse(408, protocol::WireError::Timeout, QStringLiteral("the request took too long"));
        return;
    case Phase::Processing:
        return;
    case Phase::Handshake:
    case Phase::Idle:
    case Phase::Sending:
    case Phase::Draining:
    case Phase::Closing:
        close();
        return;
    }
}

void HttpConnection::close()
{
    if (m_phase == Phase::Processing) {
        // The worker's answer will find this connection gone (QPointer) and be dropped.
        m_phase = Phase::Closing;
    }
    m_phase = Phase::Closing;
    m_timer.stop();
    m_socket->abort();
    deleteLater();
}

} // namespace fortrolig::server
