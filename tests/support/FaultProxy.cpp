#include "FaultProxy.h"

#include <QDateTime>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <functional>
#include <memory>

namespace fortrolig::test {

namespace {

// One proxied connection. Faults are drawn for every chunk it forwards, so a connection kept
// alive across many requests breaks too. Lives until both sides are gone.
class Pipe : public QObject
{
public:
    using Draw = std::function<FaultProxy::Decision(qint64 chunk)>;
    Pipe(QTcpSocket* client, quint16 target, Draw draw, QObject* parent)
        : QObject(parent), m_client(client), m_draw(std::move(draw))
    {
        m_client->setParent(this);
        m_upstream = new QTcpSocket(this);
        connect(m_client, &QTcpSocket::readyRead, this, [this] { forward(m_client, m_upstream); });
        connect(m_upstream, &QTcpSocket::readyRead, this,
                [this] { forward(m_upstream, m_client); });
        connect(m_upstream, &QTcpSocket::connected, this, [this] {
            m_connected = true;
            forward(m_client, m_upstream);
        });
        for (QTcpSocket* s : {m_client, m_upstream}) {
            connect(s, &QTcpSocket::disconnected, this, [this] { finish(false); });
            connect(s, &QTcpSocket::errorOccurred, this, [this] { finish(false); });
        }
        m_upstream->connectToHost(QHostAddress::LocalHost, target);
    }

private:
    void forward(QTcpSocket* from, QTcpSocket* to)
    {
        if (m_done || !m_connected)
            return;
        QByteArray data = from->readAll();
        if (data.isEmpty())
            return;
        const FaultProxy::Decision d = m_draw(data.size());
        if (d.cutAt >= 0)
            data = data.left(d.cutAt);
        // Chunks keep their order: each waits at least as long as the one before it.
        m_ready = qMax(m_ready, QDateTime::currentMSecsSinceEpoch() + d.delayMs);
        const qint64 wait = m_ready - QDateTime::currentMSecsSinceEpoch();
        auto send = [this, to, data, d] {
            if (m_done)
                return;
            to->write(data);
            to->flush();
            if (d.cutAt >= 0)
                finish(d.reset);
        };
        if (wait > 0)
            QTimer::singleShot(int(wait), this, send);
        else
            send();
    }
    void finish(bool reset)
    {
        if (m_done)
            return;
        m_done = true;
        for (QTcpSocket* s : {m_client, m_upstream}) {
            if (reset) {
                s->abort();
            } else {
                s->flush();
                s->disconnectFromHost();
            }
        }
        deleteLater();
    }

    QTcpSocket* m_client;
    QTcpSocket* m_upstream = nullptr;
    Draw m_draw;
    bool m_connected = false;
    bool m_done = false;
    qint64 m_ready = 0;
};

} // namespace

FaultProxy::FaultProxy(quint16 target, quint32 seed, QObject* parent)
    : QObject(parent), m_target(target), m_random(seed)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

FaultProxy::~FaultProxy() = default;

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

FaultProxy::Decision FaultProxy::draw(qint64 chunk)
{
    Decision d;
    if (!m_enabled)
        return d;
    const double roll = m_random.generateDouble();
    if (roll < m_faults.reset + m_faults.truncate) {
        ++m_injected;
        d.reset = roll < m_faults.reset;
        d.cutAt = qint64(m_random.bounded(quint32(chunk))); // somewhere inside this chunk
    }
    if (m_random.generateDouble() < m_faults.delay)
        d.delayMs = int(m_random.bounded(m_faults.maxDelayMs + 1));
    return d;
}

void FaultProxy::accept()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        ++m_connections;
        if (m_enabled && m_random.generateDouble() < m_faults.drop) {
            ++m_injected;
            client->abort();
            client->deleteLater();
            continue;
        }
        new Pipe(
            client, m_target, [this](qint64 chunk) { return draw(chunk); }, this);
    }
}

} // namespace fortrolig::test
