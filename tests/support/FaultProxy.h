#pragma once

#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>

namespace fortrolig::test {

// A TCP proxy between devices and the server that breaks connections on purpose, at random
// points chosen from a seed: refuses them at once, resets them (RST) or cuts them off
// cleanly after some bytes in either direction, and delays what it forwards. TLS runs
// through it untouched, so a cut shows up as a failed handshake, a reset or a reply that
// stops halfway.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    struct Faults
    {
        double drop = 0.05;     // per connection: close it before anything passes
        double reset = 0.08;    // per chunk forwarded: forward part of it, then abort (RST)
        double truncate = 0.08; // per chunk: forward part of it, then close cleanly
        double delay = 0.3;     // per chunk: hold it back for up to maxDelayMs
        int maxDelayMs = 150;
    };
    struct Decision
    {
        qint64 cutAt = -1; // forward this many bytes of the chunk, then break the connection
        bool reset = false;
        int delayMs = 0;
    };

    FaultProxy(quint16 target, quint32 seed, QObject* parent = nullptr);
    ~FaultProxy() override;
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    void setFaults(const Faults& faults) { m_faults = faults; }
    void setEnabled(bool on) { m_enabled = on; }
    int connections() const { return m_connections; }
    int faultsInjected() const { return m_injected; }

private:
    void accept();
    Decision draw(qint64 chunk);
    QTcpServer m_server;
    quint16 m_target;
    QRandomGenerator m_random;
    Faults m_faults;
    bool m_enabled = true;
    int m_connections = 0;
    int m_injected = 0;
};

} // namespace fortrolig::test
