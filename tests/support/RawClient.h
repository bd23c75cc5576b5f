#pragma once

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

namespace fortrolig::test {

// A client that speaks raw bytes over TLS, for what a real client never sends.
class RawClient
{
public:
    explicit RawClient(quint16 port, const QHostAddress& from = {}, bool reading = true)
        : m_reading(reading)
    {
        if (!from.isNull())
            m_socket.bind(from); // another loopback address: another client
        if (!reading)
            m_socket.setReadBufferSize(16 * 1024); // Qt stops taking from the kernel there
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_socket.setSslConfiguration(c);
        QObject::connect(&m_socket, &QSslSocket::readyRead, [this] {
            if (m_reading)
                m_in += m_socket.readAll();
        });
        QObject::connect(&m_socket, &QSslSocket::disconnected, [this] { m_closed = true; });
        QObject::connect(&m_socket, &QSslSocket::errorOccurred, [this] { m_closed = true; });
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    }
    bool encrypted()
    {
        for (int i = 0; i < 100 && !m_socket.isEncrypted() && !m_closed; ++i)
            QTest::qWait(20);
        return m_socket.isEncrypted();
    }
    void send(const QByteArray& bytes) { m_socket.write(bytes); }
    // Waits for one whole response (or the connection's end).
    bool response(int timeoutMs = 5000)
    {
        for (int waited = 0; waited < timeoutMs; waited += 10) {
            if (complete())
                return true;
            if (m_closed)
                return complete();
            QTest::qWait(10);
        }
        return complete();
    }
    int status() const { return m_in.mid(9, 3).toInt(); }
    // A header of the first response ("Retry-After: 5" gives "5"), empty without it.
    QByteArray header(const QByteArray& name) const
    {
        const QByteArray head = m_in.left(m_in.indexOf("\r\n\r\n") + 2);
        const qsizetype at = head.indexOf(QByteArray("\r\n" + name + ": "));
        if (at < 0)
            return {};
        const qsizetype from = at + 4 + name.size();
        return head.mid(from, head.indexOf("\r\n", from) - from);
    }
    QJsonObject json() const
    {
        return QJsonDocument::fromJson(m_in.mid(m_in.indexOf("\r\n\r\n") + 4, m_length)).object();
    }
    QByteArray take() // the first response, removed from what was received
    {
        const qsizetype end = m_in.indexOf("\r\n\r\n") + 4 + m_length;
        QByteArray r = m_in.left(end);
        m_in.remove(0, end);
        return r;
    }
    bool closed(int waitSteps = 100)
    {
        for (int i = 0; i < waitSteps && !m_closed; ++i)
            QTest::qWait(20);
        return m_closed;
    }
    const QByteArray& received() const { return m_in; }
    void startReading()
    {
        m_socket.setReadBufferSize(0);
        m_reading = true;
        m_in += m_socket.readAll();
    }

private:
    bool complete()
    {
        const qsizetype head = m_in.indexOf("\r\n\r\n");
        if (head < 0)
            return false;
        const qsizetype at = m_in.indexOf("Content-Length: ");
        m_length = at < 0 ? 0 : m_in.mid(at + 16, m_in.indexOf("\r\n", at) - at - 16).toInt();
        return m_in.size() >= head + 4 + m_length;
    }
    QSslSocket m_socket;
    QByteArray m_in;
    qsizetype m_length = 0;
    bool m_closed = false;
    bool m_reading = true;
};

// A POST request with a JSON body, as raw bytes.
inline QByteArray post(const QByteArray& path, const QByteArray& body, const QByteArray& extra = {})
{
    return "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" + extra +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace fortrolig::test
