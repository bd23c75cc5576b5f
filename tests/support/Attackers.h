#pragma once

// Attackers for the server's load tests and fortrolig-sync-bench: raw TLS clients that do
// what a stranger on the network can do without an account.
#include "RawClient.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>
#include <memory>

namespace fortrolig::test {

inline QByteArray loginFor(int i)
{
    return post("/api/v1/login",
                QJsonDocument(QJsonObject{
                                  {QStringLiteral("username"), QStringLiteral("nobody-%1").arg(i)},
                                  {QStringLiteral("passphrase"), QStringLiteral("guess guess")},
                                  {QStringLiteral("totp"), QStringLiteral("000000")},
                                  {QStringLiteral("deviceId"),
                                   QStringLiteral("00000000-0000-4000-8000-000000000000")},
                              })
                    .toJson(QJsonDocument::Compact));
}

// One attacker's connection that asks to log in (as an unknown user) again as soon as it
// has an answer; after a 503 or 429 it waits `pauseMs`, ignoring Retry-After. From `from`
// (another loopback address: another client) unless null.
class LoginFlooder : public QObject
{
public:
    LoginFlooder(quint16 port, int i, int pauseMs, const QHostAddress& from)
        : m_port(port), m_i(i), m_pauseMs(pauseMs), m_from(from)
    {
        connectAgain();
    }
    int verified = 0; // answers after a passphrase check (401)
    int busy = 0;     // 503
    int limited = 0;  // 429
    bool retryAfterSeen = false;

private:
    void connectAgain()
    {
        m_in.clear();
        m_socket = std::make_unique<QSslSocket>();
        if (!m_from.isNull())
            m_socket->bind(m_from);
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_socket->setSslConfiguration(c);
        connect(m_socket.get(), &QSslSocket::encrypted, this, [this] { send(); });
        connect(m_socket.get(), &QSslSocket::readyRead, this, [this] { read(); });
        connect(m_socket.get(), &QSslSocket::disconnected, this,
                [this] { QTimer::singleShot(m_pauseMs, this, [this] { connectAgain(); }); });
        m_socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
    }
    void send() { m_socket->write(loginFor(m_i)); }
    void read()
    {
        m_in += m_socket->readAll();
        const qsizetype head = m_in.indexOf("\r\n\r\n");
        if (head < 0)
            return;
        const int status = m_in.mid(9, 3).toInt();
        const qsizetype at = m_in.indexOf("Content-Length: ");
        const int length = m_in.mid(at + 16, m_in.indexOf("\r\n", at) - at - 16).toInt();
        if (m_in.size() < head + 4 + length)
            return;
        retryAfterSeen = retryAfterSeen || m_in.left(head).contains("\r\nRetry-After: ");
        const bool closing = m_in.left(head).contains("Connection: close");
        m_in.remove(0, head + 4 + length);
        if (status == 401)
            ++verified;
        else if (status == 503)
            ++busy;
        else if (status == 429)
            ++limited;
        if (closing)
            return; // disconnected() connects again
        if (status == 401)
            send();
        else
            QTimer::singleShot(m_pauseMs, this, [this] { send(); });
    }
    quint16 m_port;
    int m_i;
    int m_pauseMs;
    QHostAddress m_from;
    std::unique_ptr<QSslSocket> m_socket;
    QByteArray m_in;
};

// A connection that announces the largest push and then sends its body a byte at a time, as
// slowly as it dares (every `intervalMs`); when the server ends it, it starts over.
class SlowBodySender : public QObject
{
public:
    SlowBodySender(quint16 port, int intervalMs, const QHostAddress& from)
        : m_port(port), m_intervalMs(intervalMs), m_from(from)
    {
        m_timer.setInterval(m_intervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (m_socket && m_socket->isEncrypted())
                m_socket->write(" ");
        });
        m_timer.start();
        connectAgain();
    }
    int connections = 0;

private:
    void connectAgain()
    {
        ++connections;
        m_socket = std::make_unique<QSslSocket>();
        if (!m_from.isNull())
            m_socket->bind(m_from);
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_socket->setSslConfiguration(c);
        connect(m_socket.get(), &QSslSocket::encrypted, this, [this] {
            m_socket->write("POST /api/v1/push HTTP/1.1\r\nHost: x\r\n"
                            "Content-Type: application/json\r\n"
                            "Content-Length: 16777216\r\n\r\n");
        });
        connect(m_socket.get(), &QSslSocket::readyRead, this, [this] { m_socket->readAll(); });
        connect(m_socket.get(), &QSslSocket::disconnected, this,
                [this] { QTimer::singleShot(m_intervalMs, this, [this] { connectAgain(); }); });
        m_socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
    }
    quint16 m_port;
    int m_intervalMs;
    QHostAddress m_from;
    QTimer m_timer;
    std::unique_ptr<QSslSocket> m_socket;
};

} // namespace fortrolig::test
