#include "http/HttpServer.h"

#include "http/WorkerPool.h"
#include "sync/Protocol.h"

#include <QDateTime>
#include <QSslSocket>
#include <QTextStream>

namespace fortrolig::server {

HttpServer::HttpServer(QSslConfiguration tls, WorkerPool& pool, Limits limits, QTextStream* log,
                       QObject* parent)
    : QTcpServer(parent), m_tls(std::move(tls)), m_pool(pool), m_limits(limits), m_log(log)
{
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
    if (m_open >= m_limits.maxConnections ||
        m_perAddress.value(connectionKey(socket->peerAddress())) >=
            m_limits.maxConnectionsPerAddress) {
        // Over the limit: no handshake, no buffer; the client retries later.
        socket->abort();
        delete socket;
        return;
    }
    socket->setSslConfiguration(m_tls);
    new HttpConnection(socket, *this);
}

void HttpServer::logRequest(const HttpRequest& request, const HttpResponse& response, qint64 micros,
                            qint64 id)
{
    ++m_answered;
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
           << " in=" << request.body.size() << " out=" << response.body.size() << " device="
           << (response.logPrincipal.isEmpty() ? QStringLiteral("-") : response.logPrincipal)
           << Qt::endl;
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

void HttpConnection::onReadyRead()
{
    // While a request is answered, the next one (pipelining) waits in the socket, whose
    // buffer is bounded: it is read once the answer is out.
    if (m_phase != Phase::Idle && m_phase != Phase::Receiving)
        return;
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
    // A large body is only taken while the sum of them stays bounded: nobody is
    // authenticated yet, and each may be up to the push limit.
    const qint64 announced = m_parser.announcedBody();
    if (m_reserved == 0 && announced > m_server.m_limits.parser.maxSmallBody) {
        if (m_server.m_largeBodies + announced > m_server.m_limits.maxLargeBodiesInFlight) {
            m_buffer.clear();
            refuse(503, protocol::WireError::Busy,
                   QStringLiteral("the server is busy; try again shortly"));
            return;
        }
        m_reserved = announced;
        m_server.m_largeBodies += announced;
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
    m_current = m_parser.take();
    m_phase = Phase::Processing;
    m_timer.stop();
    ++m_requests;
    const bool keepAlive =
        m_current.keepAlive && m_requests < m_server.m_limits.maxRequestsPerConnection;
    QPointer<HttpConnection> self(this);
    const bool queued = m_server.m_pool.submit(m_current, [self, keepAlive](HttpResponse r) {
        if (self)
            self->respond(r, keepAlive);
    });
    if (!queued)
        respond(HttpResponse::error(503, protocol::WireError::Busy,
                                    QStringLiteral("the server is busy; try again shortly")),
                false);
}

void HttpConnection::release()
{
    m_server.m_largeBodies -= m_reserved;
    m_reserved = 0;
}

void HttpConnection::respond(const HttpResponse& response, bool keepAlive)
{
    release(); // the request is answered: its body is no longer held
    m_server.logRequest(m_current, response, m_started.nsecsElapsed() / 1000, m_requestId);
    const bool stay = keepAlive && !response.close;
    m_socket->write(response.serialize(stay));
    m_current = HttpRequest();
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
    if (m_phase == Phase::Closing)
        return;
    if (m_phase == Phase::Processing) {
        close(); // the answer to the current request is not waited for
        return;
    }
    m_current = HttpRequest();
    if (!m_started.isValid())
        m_started.start();
    if (m_requestId == 0)
        m_requestId = m_server.m_nextRequestId++;
    HttpResponse r = HttpResponse::error(status, code, message);
    r.close = true;
    respond(r, false);
}

void HttpConnection::onTimeout()
{
    switch (m_phase) {
    case Phase::Receiving:
        refuse(408, protocol::WireError::Timeout, QStringLiteral("the request took too long"));
        return;
    case Phase::Processing:
        return;
    case Phase::Handshake:
    case Phase::Idle:
    case Phase::Sending:
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
