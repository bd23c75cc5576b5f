// The server's connections acknowledge what arrives at once (acknowledgeAtOnce): without it a
// client that holds a request's body back until its head is acknowledged (Nagle; Qt's network
// access manager does) waits up to 40 ms a POST on a connection the kernel delays
// acknowledgements on. The sync benchmark shows the time it saves
// (pull_access_log_send); this checks the socket option is really set.
#include "http/HttpServer.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

class TestHttpSocket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aConnectionAcknowledgesAtOnce()
    {
#ifndef Q_OS_LINUX
        QSKIP("TCP_QUICKACK is Linux's; elsewhere acknowledgeAtOnce does nothing");
#else
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, listener.serverPort());
        QVERIFY(listener.waitForNewConnection(5000));
        QTcpSocket* accepted = listener.nextPendingConnection();
        QVERIFY(accepted);
        const int fd = int(accepted->socketDescriptor());
        int value = -1;
        socklen_t size = sizeof value;
        // Questions and answers, as requests go: the kernel turns to delaying acknowledgements
        // (to send them with an answer).
        for (int i = 0; i < 8 && value != 0; ++i) {
            QCOMPARE(client.write("q", 1), 1);
            QVERIFY(client.waitForBytesWritten(5000));
            QVERIFY(accepted->waitForReadyRead(5000));
            accepted->readAll();
            QCOMPARE(accepted->write("a", 1), 1);
            QVERIFY(accepted->waitForBytesWritten(5000));
            QVERIFY(client.waitForReadyRead(5000));
            client.readAll();
            QCOMPARE(::getsockopt(fd, IPPROTO_TCP, TCP_QUICKACK, &value, &size), 0);
        }
        if (value != 0)
            QSKIP("this kernel did not turn to delayed acknowledgements: nothing to see");
        QVERIFY(fortrolig::server::acknowledgeAtOnce(accepted->socketDescriptor()));
        QCOMPARE(::getsockopt(fd, IPPROTO_TCP, TCP_QUICKACK, &value, &size), 0);
        QCOMPARE(value, 1);
        QVERIFY(!fortrolig::server::acknowledgeAtOnce(-1));
#endif
    }
};

QTEST_GUILESS_MAIN(TestHttpSocket)
#include "tst_httpsocket.moc"
