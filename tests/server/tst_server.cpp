// fortrolig-server under bad input, on the backend CTest chose: raw bytes over TLS (malformed,
// oversized, slow, too many), old TLS, tokens, enrollment codes, data at rest, two server
// processes on one store. Every answer to a bad request is a 4xx with a JSON error, and the
// server keeps serving.
#include "RawClient.h"
#include "SyncHarness.h"
#include "TestSupport.h"
#include "accounts/Totp.h"
#include "app/storage/JournalDatabase.h"
#include "app/sync/Protocol.h"
#include "http/HttpServer.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace fortrolig;
using namespace fortrolig::test;

class TestServer : public QObject
{
    Q_OBJECT
    Backend m_backend = backendFromEnvironment();
    std::unique_ptr<ServerFixture> m_server;

    // 4xx with {"error": code}; the connection goes on or ends as the case wants.
    void expectRefusal(const QByteArray& request, int status, const QString& code)
    {
        RawClient c(m_server->port());
        QVERIFY(c.encrypted());
        c.send(request);
        QVERIFY(c.response());
        QCOMPARE(c.status(), status);
        QCOMPARE(c.json().value(QStringLiteral("error")).toString(), code);
    }
    void stillServing()
    {
        RawClient c(m_server->port());
        QVERIFY(c.encrypted());
        c.send("GET /api/v1/status HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(c.response());
        QCOMPARE(c.status(), 200);
        QVERIFY(protocol::isUuid(c.json().value(QStringLiteral("epoch")).toString()));
    }
    // Access and refresh tokens of a new device of a new consultant.
    protocol::TokenResponse tokens(const QString& user, QString* deviceId = nullptr)
    {
        const Account a = m_server->createConsultant(user);
        auto enrolled = m_server->admin().accounts().enroll(m_server->enrollmentCode(user),
                                                            QStringLiteral("t"));
        if (deviceId)
            *deviceId = enrolled->deviceId;
        auto t = m_server->admin().accounts().login(user, a.passphrase, m_server->totp(a),
                                                    enrolled->deviceId);
        return {t->access, t->accessSeconds, t->refresh, t->refreshSeconds};
    }

    // fortrolig-server as its own process on a free loopback port, the storage key given in
    // the environment; `out` gets what it printed up to "listening: ADDR:PORT".
    void startServerProcess(QProcess& p, const QTemporaryDir& dir, const QByteArray& hexKey,
                            QByteArray* out, const QStringList& extra = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FORTROLIG_SERVER_KEY"), QString::fromLatin1(hexKey));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FORTROLIG_SERVER),
                QStringList{QStringLiteral("--data"), dir.filePath(QStringLiteral("server")),
                            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} +
                    extra);
        QVERIFY(p.waitForStarted(20'000));
        for (int i = 0; i < 1000 && !out->contains("listening:") && p.state() == QProcess::Running;
             ++i) {
            p.waitForReadyRead(20);
            *out += p.readAllStandardOutput();
        }
        QVERIFY2(out->contains("listening:"), out->constData());
    }

private Q_SLOTS:
    void initTestCase() { qInfo() << "backend:" << backendName(m_backend); }
    void init()
    {
        m_server = std::make_unique<ServerFixture>(m_backend);
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
    }
    void cleanup() { m_server.reset(); }

    void malformedRequestsGetJsonErrors()
    {
        expectRefusal("HELLO\r\n\r\n", 400, QStringLiteral("bad-request"));
        expectRefusal("GET /api/v1/status HTTP/2.0\r\n\r\n", 505, QStringLiteral("bad-request"));
        expectRefusal("GET /api/v1/status HTTP/1.1\r\nBad Header\r\n\r\n", 400,
                      QStringLiteral("bad-request"));
        expectRefusal("GET /api/v1/status HTTP/1.1\r\nX: " + QByteArray(20'000, 'a') + "\r\n\r\n",
                      431, QStringLiteral("bad-request"));
        QByteArray many = "GET /api/v1/status HTTP/1.1\r\n";
        for (int i = 0; i < 100; ++i)
            many += "X-" + QByteArray::number(i) + ": y\r\n";
        expectRefusal(many + "\r\n", 431, QStringLiteral("bad-request"));
        expectRefusal("POST /api/v1/push HTTP/1.1\r\nContent-Type: application/json\r\n"
                      "Content-Length: 99999999999\r\n\r\n",
                      413, QStringLiteral("too-large"));
        // Only a push may be large; a login, enrollment or refresh is refused at 64 KiB,
        // from its headers, before any of its body is read.
        expectRefusal("POST /api/v1/login HTTP/1.1\r\nContent-Type: application/json\r\n"
                      "Content-Length: 70000\r\n\r\n",
                      413, QStringLiteral("too-large"));
        expectRefusal(post("/api/v1/push", "{" + QByteArray(70'000, ' ') + "}"), 401,
                      QStringLiteral("unauthorized"));
        expectRefusal(
            "POST /api/v1/push HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n", 400,
            QStringLiteral("bad-request"));
        expectRefusal("POST /api/v1/login HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", 501,
                      QStringLiteral("bad-request"));
        expectRefusal(post("/api/v1/login", "{not json"), 400, QStringLiteral("bad-request"));
        expectRefusal(post("/api/v1/login", "[]"), 400, QStringLiteral("bad-request"));
        expectRefusal(post("/api/v1/login", "{\"username\": 7}"), 400,
                      QStringLiteral("bad-request"));
        expectRefusal(post("/api/v1/enroll", "{\"code\": \"" + QByteArray(5000, 'A') + "\"}"), 400,
                      QStringLiteral("bad-request"));
        expectRefusal("DELETE /api/v1/push HTTP/1.1\r\n\r\n", 405,
                      QStringLiteral("method-not-allowed"));
        expectRefusal("GET /etc/passwd HTTP/1.1\r\n\r\n", 404, QStringLiteral("not-found"));
        expectRefusal("POST /api/v1/login HTTP/1.1\r\nContent-Type: text/plain\r\n"
                      "Content-Length: 2\r\n\r\n{}",
                      415, QStringLiteral("bad-request"));
        expectRefusal(post("/api/v1/push", "{}"), 401, QStringLiteral("unauthorized"));
        expectRefusal(post("/api/v1/push", "{}", "Authorization: Bearer nonsense\r\n"), 401,
                      QStringLiteral("unauthorized"));
        expectRefusal("GET /api/v1/changes HTTP/1.1\r\n\r\n", 401, QStringLiteral("unauthorized"));
        const QByteArray bearer = "Authorization: Bearer " +
                                  tokens(QStringLiteral("anne")).accessToken.toLatin1() + "\r\n";
        expectRefusal("GET /api/v1/changes?epoch=x&after=-1 HTTP/1.1\r\n" + bearer + "\r\n", 400,
                      QStringLiteral("bad-request"));
        expectRefusal(post("/api/v1/push", "{\"batchId\": 1}", bearer), 400,
                      QStringLiteral("bad-request"));
        // Garbage that is not even TLS, and TLS that is not HTTP.
        {
            QTcpSocket plain;
            plain.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
            QVERIFY(plain.waitForConnected(2000));
            plain.write("GET / HTTP/1.1\r\n\r\n");
            QTRY_VERIFY(plain.state() == QAbstractSocket::UnconnectedState);
        }
        for (int i = 0; i < 20; ++i) {
            RawClient c(m_server->port());
            QVERIFY(c.encrypted());
            QByteArray noise(1 + i * 97, '\0');
            for (char& x : noise)
                x = char(QRandomGenerator::global()->bounded(256));
            c.send(noise + "\r\n\r\n");
            c.response(2000);
            QVERIFY(c.closed());
        }
        stillServing();
    }

    void aPushIsCheckedEventByEvent()
    {
        const QByteArray bearer = "Authorization: Bearer " +
                                  tokens(QStringLiteral("anne")).accessToken.toLatin1() + "\r\n";
        auto epoch = m_server->admin().cases().epoch();
        const QString citizen = newId();
        Event good;
        good.id = newId();
        good.type = EventType::CitizenAdded;
        good.subject = citizen;
        good.author = QStringLiteral("anne");
        good.device = newId();
        good.localTime = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        good.payload = {{QStringLiteral("name"), QStringLiteral("Hanne Test")},
                        {QStringLiteral("cpr"), QStringLiteral("0101585999")}};
        QJsonObject bad = protocol::encodeEvent(good);
        bad.insert(QStringLiteral("id"), newId());
        bad.insert(QStringLiteral("localTime"), QStringLiteral("yesterday"));
        Event unknown = good;
        unknown.id = newId();
        unknown.type = QStringLiteral("citizen.teleported");
        Event dangling = good;
        dangling.id = newId();
        dangling.type = EventType::NoteCorrected;
        dangling.payload = {{QStringLiteral("noteId"), newId()},
                            {QStringLiteral("supersedes"), newId()},
                            {QStringLiteral("text"), QStringLiteral("x")}};
        QJsonArray events{protocol::encodeEvent(good), bad, protocol::encodeEvent(unknown),
                          protocol::encodeEvent(dangling)};
        const QJsonObject body{{QStringLiteral("batchId"), newId()},
                               {QStringLiteral("epoch"), epoch.value()},
                               {QStringLiteral("events"), events}};
        RawClient c(m_server->port());
        QVERIFY(c.encrypted());
        c.send(post("/api/v1/push", QJsonDocument(body).toJson(QJsonDocument::Compact), bearer));
        QVERIFY(c.response());
        QCOMPARE(c.status(), 200);
        const QJsonArray results = c.json().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 4);
        QMap<QString, QString> statusOf;
        for (const QJsonValue& r : results)
            statusOf[r.toObject().value(QStringLiteral("id")).toString()] =
                r.toObject().value(QStringLiteral("status")).toString() + QLatin1Char('/') +
                r.toObject().value(QStringLiteral("reason")).toString();
        QCOMPARE(statusOf.value(good.id), QStringLiteral("accepted/"));
        QCOMPARE(statusOf.value(bad.value(QStringLiteral("id")).toString()),
                 QStringLiteral("rejected/malformed"));
        QCOMPARE(statusOf.value(unknown.id), QStringLiteral("rejected/unknown-type"));
        QCOMPARE(statusOf.value(dangling.id), QStringLiteral("rejected/unknown-reference"));
        // Sent again (a retry after a lost answer): the same event is a duplicate, not a copy.
        c.take();
        c.send(post("/api/v1/push", QJsonDocument(body).toJson(QJsonDocument::Compact), bearer));
        QVERIFY(c.response());
        bool duplicate = false;
        for (const QJsonValue& r : c.json().value(QStringLiteral("results")).toArray())
            duplicate =
                duplicate || (r.toObject().value(QStringLiteral("id")).toString() == good.id &&
                              r.toObject().value(QStringLiteral("status")).toString() ==
                                  QStringLiteral("duplicate"));
        QVERIFY(duplicate);
        // More than a batch may hold is refused whole.
        QJsonArray tooMany;
        for (int i = 0; i <= protocol::kMaxEventsPerPush; ++i)
            tooMany.append(QJsonObject());
        c.take();
        c.send(post("/api/v1/push",
                    QJsonDocument(QJsonObject{{QStringLiteral("batchId"), newId()},
                                              {QStringLiteral("epoch"), epoch.value()},
                                              {QStringLiteral("events"), tooMany}})
                        .toJson(QJsonDocument::Compact),
                    bearer));
        QVERIFY(c.response());
        QCOMPARE(c.status(), 400);
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        RawClient c(m_server->port());
        QVERIFY(c.encrypted());
        c.send("GET /api/v1/status HTTP/1.1\r\n\r\nGET /nowhere HTTP/1.1\r\n\r\n");
        QVERIFY(c.response());
        QCOMPARE(c.status(), 200);
        c.take();
        QVERIFY(c.response());
        QCOMPARE(c.status(), 404);
    }

    void slowOrIdleConnectionsAreClosed()
    {
        server::Server::Options o;
        o.limits.requestTimeoutMs = 300;
        o.limits.idleTimeoutMs = 300;
        o.limits.maxConnections = 3;
        m_server->stop();
        QVERIFY(m_server->start(o));
        {
            RawClient slow(m_server->port());
            QVERIFY(slow.encrypted());
            slow.send("GET /api/v1/status HTTP/1.1\r\nHost:"); // and then nothing
            QVERIFY(slow.response(3000));
            QCOMPARE(slow.status(), 408);
            QVERIFY(slow.closed());
        }
        {
            RawClient idle(m_server->port());
            QVERIFY(idle.encrypted());
            QVERIFY(idle.closed()); // never sent anything
        }
        {
            // Empty lines between requests are allowed, but they do not keep it open.
            RawClient chatty(m_server->port());
            QVERIFY(chatty.encrypted());
            bool closed = false;
            for (int i = 0; i < 30 && !closed; ++i) {
                chatty.send("\r\n");
                QTest::qWait(50);
                closed = chatty.closed(0);
            }
            QVERIFY(closed);                           // within the idle time, not never
            QCOMPARE(chatty.received(), QByteArray()); // it was not a request
        }
        // Beyond the connection limit a connection is refused at once; the others are served.
        std::vector<std::unique_ptr<RawClient>> open;
        for (int i = 0; i < 3; ++i) {
            open.push_back(std::make_unique<RawClient>(m_server->port()));
            QVERIFY(open.back()->encrypted());
        }
        RawClient over(m_server->port());
        QVERIFY(!over.encrypted());
        open.back()->send("GET /api/v1/status HTTP/1.1\r\n\r\n");
        QVERIFY(open.back()->response());
        QCOMPARE(open.back()->status(), 200);
    }

    void oneAddressCannotTakeEveryConnection()
    {
        server::Server::Options o;
        o.limits.maxConnections = 10;
        o.limits.maxConnectionsPerAddress = 2;
        m_server->stop();
        QVERIFY(m_server->start(o));
        const QHostAddress one(QStringLiteral("127.0.0.1"));
        const QHostAddress other(QStringLiteral("127.0.0.2"));
        RawClient a(m_server->port(), one);
        RawClient b(m_server->port(), one);
        QVERIFY(a.encrypted());
        QVERIFY(b.encrypted());
        RawClient third(m_server->port(), one);
        QVERIFY(!third.encrypted()); // refused at once
        RawClient elsewhere(m_server->port(), other);
        QVERIFY(elsewhere.encrypted());
        elsewhere.send("GET /api/v1/status HTTP/1.1\r\n\r\n");
        QVERIFY(elsewhere.response());
        QCOMPARE(elsewhere.status(), 200);
        // A connection that ends gives its slot back.
        a.send("GET /api/v1/status HTTP/1.1\r\nConnection: close\r\n\r\n");
        QVERIFY(a.response());
        QVERIFY(a.closed());
        QTest::qWait(200); // the server's side of it ends too
        RawClient again(m_server->port(), one);
        QVERIFY(again.encrypted());
    }

    void connectionsAreCountedPerIpv4AddressAndIpv6Prefix_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("one /64") << "2001:db8:1:2::1"
                                 << "2001:db8:1:2:ffff:abcd:1234:5678" << true;
        QTest::newRow("other /64") << "2001:db8:1:2::1"
                                   << "2001:db8:1:3::1" << false;
        QTest::newRow("other /48") << "2001:db8:1:2::1"
                                   << "2001:db8:2:2::1" << false;
        QTest::newRow("IPv4 per address") << "192.0.2.1"
                                          << "192.0.2.2" << false;
        QTest::newRow("IPv4 itself") << "192.0.2.1"
                                     << "192.0.2.1" << true;
        QTest::newRow("IPv4-mapped is IPv4") << "::ffff:1.2.3.4"
                                             << "1.2.3.4" << true;
        QTest::newRow("IPv4-mapped per address") << "::ffff:1.2.3.4"
                                                 << "::ffff:1.2.3.5" << false;
        QTest::newRow("loopbacks") << "::1"
                                   << "127.0.0.1" << false;
    }
    void connectionsAreCountedPerIpv4AddressAndIpv6Prefix()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        using server::HttpServer;
        const QHostAddress ka = HttpServer::connectionKey(QHostAddress(a));
        const QHostAddress kb = HttpServer::connectionKey(QHostAddress(b));
        QVERIFY(!ka.isNull());
        QCOMPARE(ka == kb, same);
        QCOMPARE(qHash(ka) == qHash(kb), same);
        if (QHostAddress(a).protocol() == QAbstractSocket::IPv4Protocol)
            QCOMPARE(ka, QHostAddress(a));
        if (a.startsWith(QStringLiteral("::ffff:")))
            QCOMPARE(ka.protocol(), QAbstractSocket::IPv4Protocol);
    }

    void aClientThatDoesNotReadIsNotAnsweredAhead()
    {
        // Large pages to ask for: a consultant with about 3 MiB of notes.
        QString deviceId;
        const protocol::TokenResponse t = tokens(QStringLiteral("anne"), &deviceId);
        const server::Principal who{deviceId, QStringLiteral("anne")};
        const QString epoch = m_server->admin().cases().epoch().value();
        protocol::PushRequest batch;
        batch.batchId = newId();
        const QString citizen = newId();
        Event added;
        added.id = newId();
        added.type = EventType::CitizenAdded;
        added.subject = citizen;
        added.author = QStringLiteral("anne");
        added.device = deviceId;
        added.localTime = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        added.payload = {{QStringLiteral("name"), QStringLiteral("Palle Prøve")},
                         {QStringLiteral("cpr"), QStringLiteral("0101585999")}};
        batch.events << added;
        for (int i = 0; i < 30; ++i) {
            Event note = added;
            note.id = newId();
            note.type = EventType::NoteAdded;
            note.payload = {{QStringLiteral("noteId"), newId()},
                            {QStringLiteral("kind"), QStringLiteral("note")},
                            {QStringLiteral("text"), QString(100'000, QLatin1Char('x'))}};
            batch.events << note;
        }
        QVERIFY(m_server->admin().cases().push(who, batch, {}).ok());
        const QByteArray ask = "GET /api/v1/changes?epoch=" + epoch.toLatin1() +
                               "&after=0&limit=1000 HTTP/1.1\r\nAuthorization: Bearer " +
                               t.accessToken.toLatin1() + "\r\n\r\n";
        const qint64 before = m_server->requestsAnswered();
        RawClient lazy(m_server->port(), {}, false);
        QVERIFY(lazy.encrypted());
        lazy.send(ask.repeated(40)); // 40 answers of 3 MiB each: 120 MiB if all were made
        QTest::qWait(1500);
        const qint64 whileNotReading = m_server->requestsAnswered() - before;
        QVERIFY2(whileNotReading < 20, qPrintable(QString::number(whileNotReading)));
        lazy.startReading();
        for (int i = 0; i < 40; ++i) {
            QVERIFY(lazy.response(20'000));
            QCOMPARE(lazy.status(), 200);
            lazy.take();
        }
    }

    void pipelinedRequestsDoNotGrowTheServer()
    {
        // The server as its own process, so that its memory is measured without the clients'.
        // 8 connections each send 999 pipelined requests and 8 MiB of filler in one write and
        // read nothing: a connection reads the next request only after answering one, and
        // buffers at most a head and 64 KiB meanwhile, so the peak grows by far less than
        // 16 MiB (it grew by some 75 MiB when every answer read 64 KiB more).
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess p;
        QByteArray out;
        startServerProcess(p, dir, QByteArray(32, '\x3c').toHex(), &out);
        QVERIFY(out.contains("listening:"));
        const qsizetype colon = out.lastIndexOf(':');
        const auto port = quint16(out.mid(colon + 1).trimmed().toUInt());
        QVERIFY(port != 0);
        const auto memory = [&p](const QByteArray& field) {
            QFile status(QStringLiteral("/proc/") + QString::number(p.processId()) +
                         QStringLiteral("/status"));
            if (!status.open(QIODevice::ReadOnly))
                return qint64(-1);
            for (const QByteArray& line : status.readAll().split('\n')) {
                if (line.startsWith(QByteArray(field + ':')))
                    return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong() *
                           1024;
            }
            return qint64(-1);
        };
        {
            RawClient warm(port); // TLS and the workers in use once before measuring
            QVERIFY(warm.encrypted());
            warm.send("GET /api/v1/status HTTP/1.1\r\n\r\n");
            QVERIFY(warm.response());
            QCOMPARE(warm.status(), 200);
        }
        const qint64 before = memory("VmRSS");
        QVERIFY(before > 0);
        constexpr int kConnections = 8;
        const QByteArray attack = QByteArray("GET /api/v1/status HTTP/1.1\r\n\r\n").repeated(999) +
                                  QByteArray(8 * 1024 * 1024, 'x');
        std::vector<std::unique_ptr<RawClient>> clients;
        for (int i = 0; i < kConnections; ++i) {
            clients.push_back(std::make_unique<RawClient>(port, QHostAddress(), false));
            QVERIFY(clients.back()->encrypted());
            clients.back()->send(attack);
        }
        // Until the server has refused the filler and closed every connection (or 30 s).
        for (int i = 0; i < 300; ++i) {
            if (std::all_of(clients.begin(), clients.end(),
                            [](const auto& c) { return c->closed(0); }))
                break;
            QTest::qWait(100);
        }
        const qint64 peak = memory("VmHWM");
        p.terminate();
        QVERIFY(p.waitForFinished(20'000));
        qInfo() << "server peak grew by" << (peak - before) / 1024 << "KiB; all closed:"
                << std::all_of(clients.begin(), clients.end(),
                               [](const auto& c) { return c->closed(0); });
        constexpr qint64 kBound = 16 * 1024 * 1024; // 8 connections, under 2 MiB each
        QVERIFY2(peak - before < kBound,
                 qPrintable(QStringLiteral("grew by %1 KiB").arg((peak - before) / 1024)));
    }

    void tlsOlderThan12IsRefused()
    {
        // OpenSSL's own client, allowed to speak TLS 1.1: the server refuses it; 1.2 works.
        auto handshake = [this](const char* version) {
            QProcess p;
            p.start(QStringLiteral("openssl"),
                    {QStringLiteral("s_client"), QStringLiteral("-brief"),
                     QStringLiteral("-connect"),
                     QStringLiteral("127.0.0.1:") + QString::number(m_server->port()),
                     QString::fromLatin1(version), QStringLiteral("-cipher"),
                     QStringLiteral("DEFAULT@SECLEVEL=0")});
            p.closeWriteChannel();
            // The server runs in this thread: wait without blocking its event loop.
            for (int i = 0; i < 500 && p.state() != QProcess::NotRunning; ++i)
                QTest::qWait(20);
            return QString::fromLocal8Bit(p.readAllStandardOutput() + p.readAllStandardError());
        };
        const QString old = handshake("-tls1_1");
        QVERIFY2(!old.contains(QStringLiteral("CONNECTION ESTABLISHED")), qPrintable(old));
        const QString current = handshake("-tls1_2");
        QVERIFY2(current.contains(QStringLiteral("CONNECTION ESTABLISHED")), qPrintable(current));
        stillServing();
    }

    void tls12OffersOnlyEcdheWithAead()
    {
        // TLS 1.2 suites OpenSSL's client insists on: CBC (with SHA-1 or SHA-256 MACs) and
        // static RSA key exchange are refused; ECDHE with AES-GCM or ChaCha20-Poly1305 works.
        auto handshake = [this](const char* suite) {
            QProcess p;
            p.start(QStringLiteral("openssl"),
                    {QStringLiteral("s_client"), QStringLiteral("-brief"),
                     QStringLiteral("-connect"),
                     QStringLiteral("127.0.0.1:") + QString::number(m_server->port()),
                     QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                     QString::fromLatin1(suite) + QStringLiteral("@SECLEVEL=0")});
            p.closeWriteChannel();
            for (int i = 0; i < 500 && p.state() != QProcess::NotRunning; ++i)
                QTest::qWait(20);
            return QString::fromLocal8Bit(p.readAllStandardOutput() + p.readAllStandardError());
        };
        for (const char* refused :
             {"ECDHE-ECDSA-AES128-SHA", "ECDHE-ECDSA-AES256-SHA", "ECDHE-ECDSA-AES128-SHA256",
              "ECDHE-RSA-AES128-SHA", "AES128-GCM-SHA256", "AES128-SHA"}) {
            const QString out = handshake(refused);
            QVERIFY2(!out.contains(QStringLiteral("CONNECTION ESTABLISHED")),
                     qPrintable(QString::fromLatin1(refused) + QLatin1Char('\n') + out));
        }
        // The development certificate is an EC (P-256) one.
        for (const char* offered :
             {"ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-GCM-SHA384",
              "ECDHE-ECDSA-CHACHA20-POLY1305"}) {
            const QString out = handshake(offered);
            QVERIFY2(out.contains(QStringLiteral("CONNECTION ESTABLISHED")),
                     qPrintable(QString::fromLatin1(offered) + QLatin1Char('\n') + out));
        }
        stillServing();
    }

    void versionIsPrinted()
    {
        QProcess p;
        p.start(QStringLiteral(FORTROLIG_SERVER), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(20'000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
                 QStringLiteral("fortrolig-server " FORTROLIG_VERSION));
    }

    // Off unless asked for; an address that is not one is refused; asked for, the server says
    // where and serves the figures there.
    void metricsListenWhereTheOperatorSays()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess bad;
        bad.start(QStringLiteral(FORTROLIG_SERVER),
                  {QStringLiteral("--data"), dir.filePath(QStringLiteral("server")),
                   QStringLiteral("--metrics"), QStringLiteral("nowhere")});
        QVERIFY(bad.waitForFinished(20'000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("--metrics must be ADDRESS:PORT"));

        QProcess p;
        QByteArray out;
        startServerProcess(p, dir, QByteArray(32, '\x3d').toHex(), &out);
        QVERIFY(!out.contains("metrics:"));
        p.terminate();
        QVERIFY(p.waitForFinished(20'000));
        out.clear();
        startServerProcess(p, dir, QByteArray(32, '\x3d').toHex(), &out,
                           {QStringLiteral("--metrics"), QStringLiteral("127.0.0.1:0")});
        for (int i = 0; i < 100 && !out.contains("/metrics\n"); ++i) {
            p.waitForReadyRead(20);
            out += p.readAllStandardOutput();
        }
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("metrics: http://127\\.0\\.0\\.1:(\\d+)/metrics"))
                .match(QString::fromLatin1(out));
        QVERIFY2(m.hasMatch(), out.constData());
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, quint16(m.captured(1).toInt()));
        QVERIFY(s.waitForConnected(5000));
        s.write("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray got;
        while (s.waitForReadyRead(5000))
            got += s.readAll();
        p.terminate();
        QVERIFY(p.waitForFinished(20'000));
        QVERIFY2(got.startsWith("HTTP/1.1 200 OK"), got.left(100).constData());
        QVERIFY(got.contains("\nfortrolig_connections_open 0\n"));
    }

    void theStorageKeyLeavesTheEnvironment()
    {
        // /proc/PID/environ shows the process's first environment block: once the key is
        // read it is no longer there.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray key = QByteArray(32, '\x5a').toHex();
        QProcess p;
        QByteArray out;
        startServerProcess(p, dir, key, &out);
        QVERIFY(out.contains("listening:"));
        QFile environment(QStringLiteral("/proc/") + QString::number(p.processId()) +
                          QStringLiteral("/environ"));
        QVERIFY(environment.open(QIODevice::ReadOnly));
        const QByteArray seen = environment.readAll();
        environment.close();
        p.terminate();
        QVERIFY(p.waitForFinished(20'000));
        QVERIFY(seen.contains("PATH="));
        QVERIFY(!seen.contains(key));
        QVERIFY(!seen.contains(key.left(16)));
    }

    // The package's way (docs/install-server.md): a configuration file names the data folder,
    // the address and a storage key kept apart from the data (/etc/fortrolig-server/ there);
    // the key is made there at the first start; the command line wins over the file; a line
    // that is not one of the server's settings is refused with its file and line.
    void aConfigurationFileIsReadLikeOptions()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid() && QDir(dir.path()).mkpath(QStringLiteral("etc")));
        const QString keyFile = dir.filePath(QStringLiteral("etc/server.key"));
        const QString data = dir.filePath(QStringLiteral("var"));
        const auto write = [&](const QString& name, const QString& text) {
            QFile f(dir.filePath(name));
            return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) > 0;
        };
        QVERIFY(write(QStringLiteral("server.conf"),
                      QStringLiteral("# the server's settings\n\ndata = %1\nlisten = "
                                     "127.0.0.1:1\nstorage-key = %2\n")
                          .arg(data, keyFile)));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("FORTROLIG_SERVER_KEY"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FORTROLIG_SERVER),
                {QStringLiteral("--config"), dir.filePath(QStringLiteral("server.conf")),
                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(p.waitForStarted(20'000));
        QByteArray out;
        for (int i = 0; i < 1000 && !out.contains("listening:") && p.state() == QProcess::Running;
             ++i) {
            p.waitForReadyRead(20);
            out += p.readAllStandardOutput();
        }
        QVERIFY2(out.contains("listening: https://127.0.0.1:") && !out.contains("127.0.0.1:1\n"),
                 out.constData());
        p.terminate();
        QVERIFY(p.waitForFinished(20'000));
        QVERIFY(QFile::exists(keyFile));
        QVERIFY(!QFile::exists(QDir(data).filePath(QStringLiteral("server.key"))));
        QVERIFY(QDir(data).exists());

        QVERIFY(write(QStringLiteral("bad.conf"),
                      QStringLiteral("data = %1\ncolour = blue\n").arg(data)));
        QProcess bad;
        bad.start(QStringLiteral(FORTROLIG_SERVER),
                  {QStringLiteral("--config"), dir.filePath(QStringLiteral("bad.conf")),
                   QStringLiteral("pin")});
        QVERIFY(bad.waitForFinished(20'000));
        QCOMPARE(bad.exitCode(), 2);
        const QString said = QString::fromUtf8(bad.readAllStandardError());
        QVERIFY2(said.contains(QStringLiteral("bad.conf, line 2")), qPrintable(said));
    }

    void totpFollowsRfc6238()
    {
        // RFC 6238 appendix B, SHA-1, the last six of the eight digits.
        const QByteArray secret = "12345678901234567890";
        QCOMPARE(server::Totp::code(secret, 59 / 30), QStringLiteral("287082"));
        QCOMPARE(server::Totp::code(secret, 1111111109 / 30), QStringLiteral("081804"));
        QCOMPARE(server::Totp::code(secret, 1234567890 / 30), QStringLiteral("005924"));
        QCOMPARE(server::Totp::code(secret, 2000000000 / 30), QStringLiteral("279037"));
        QCOMPARE(server::Totp::matchingStep(secret, QStringLiteral("287082"), 59 + 30), 1);
        QCOMPARE(server::Totp::matchingStep(secret, QStringLiteral("287082"), 59 + 90), -1);
        QCOMPARE(server::Totp::base32("12345678901234567890"),
                 QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        const QString uri = server::Totp::provisioningUri(secret, QStringLiteral("anne"));
        QVERIFY(uri.startsWith(QStringLiteral("otpauth://totp/Fortrolig")));
        QVERIFY(uri.contains(QStringLiteral("secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")));
        const QString hash = server::PasswordHash::make("korrekt hest batteri");
        QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(server::PasswordHash::verify(hash, "korrekt hest batteri"));
        QVERIFY(!server::PasswordHash::verify(hash, "korrekt hest batterI"));
    }

    void tokensExpireRotateAndAreRevokedWhenReused()
    {
        QString device;
        const protocol::TokenResponse first = tokens(QStringLiteral("anne"), &device);
        server::Accounts& accounts = m_server->admin().accounts();
        QVERIFY(accounts.authenticate(first.accessToken).ok());
        auto second = accounts.refresh(first.refreshToken);
        QVERIFY(second.ok());
        QVERIFY(accounts.authenticate(second->access).ok());
        // The old refresh token shown again: someone has a copy; the device's tokens all go.
        QCOMPARE(accounts.refresh(first.refreshToken).error().code, ErrorCode::NotFound);
        QCOMPARE(accounts.authenticate(second->access).error().code, ErrorCode::NotFound);
        QCOMPARE(accounts.refresh(second->refresh).error().code, ErrorCode::NotFound);
        // Access tokens last a quarter of an hour.
        const Account bo = m_server->createConsultant(QStringLiteral("bo"));
        auto enrolled =
            accounts.enroll(m_server->enrollmentCode(QStringLiteral("bo")), QStringLiteral("t"));
        auto t = accounts.login(QStringLiteral("bo"), bo.passphrase, m_server->totp(bo),
                                enrolled->deviceId);
        QVERIFY(t.ok());
        m_server->advance(16 * 60 * 1000);
        QCOMPARE(accounts.authenticate(t->access).error().code, ErrorCode::NotFound);
        auto rotated = accounts.refresh(t->refresh);
        QVERIFY(rotated.ok());
        // A one-time code works once.
        const QString code = m_server->totp(bo);
        auto relogin =
            accounts.login(QStringLiteral("bo"), bo.passphrase, code, enrolled->deviceId);
        QVERIFY(relogin.ok());
        // A login ends the chain before it (a copy of it is worthless now), without taking
        // the new one with it.
        QCOMPARE(accounts.refresh(rotated->refresh).error().code, ErrorCode::NotFound);
        QVERIFY(accounts.authenticate(relogin->access).ok());
        QVERIFY(accounts.refresh(relogin->refresh).ok());
        QCOMPARE(accounts.login(QStringLiteral("bo"), bo.passphrase, code, enrolled->deviceId)
                     .error()
                     .code,
                 ErrorCode::WrongPassphrase);
    }

    void enrollmentCodesWorkOnceAndExpire()
    {
        m_server->createConsultant(QStringLiteral("anne"));
        server::Accounts& accounts = m_server->admin().accounts();
        const QString code = m_server->enrollmentCode(QStringLiteral("anne"));
        // Typed by a person: lower case and without dashes is the same code.
        QVERIFY(accounts.enroll(code.toLower().remove(QLatin1Char('-')), QStringLiteral("a")).ok());
        QCOMPARE(accounts.enroll(code, QStringLiteral("b")).error().code, ErrorCode::NotFound);
        const QString later = m_server->enrollmentCode(QStringLiteral("anne"));
        m_server->advance(8LL * 24 * 3600 * 1000);
        QCOMPARE(accounts.enroll(later, QStringLiteral("c")).error().code, ErrorCode::NotFound);
        QCOMPARE(accounts.enroll(QStringLiteral("AAAA-BBBB-CCCC-DDDD"), QStringLiteral("d"))
                     .error()
                     .code,
                 ErrorCode::NotFound);
    }

    void nothingPersonalIsStoredInTheClear()
    {
        const Account anne = m_server->createConsultant(QStringLiteral("anne"));
        Device d;
        QVERIFY(d.enroll(*m_server, m_server->enrollmentCode(anne.username)));
        QVERIFY(d.login(*m_server, anne));
        const QString id = d.addCitizen(QStringLiteral("Kanariefugl Klartekstsen"));
        QVERIFY(d.journal().addNote(id, QStringLiteral("helbredsoplysning kanariefugl")).ok());
        QVERIFY(d.syncOnce());
        const QByteArray canary = "anariefugl";
        const QByteArray totpBase32 = server::Totp::base32(anne.totpSecret).toLatin1();
        if (m_backend == Backend::Postgres) {
            // Event payloads and TOTP secrets are sealed by the server before PostgreSQL sees them.
            QSqlQuery q(m_server->admin().database().db());
            QVERIFY(q.exec(QStringLiteral("SELECT payload FROM events")));
            int rows = 0;
            while (q.next()) {
                ++rows;
                QVERIFY(!q.value(0).toByteArray().contains(canary));
            }
            QCOMPARE(rows, 2);
            QVERIFY(q.exec(QStringLiteral("SELECT totp_secret FROM consultants")));
            QVERIFY(q.next());
            QVERIFY(!q.value(0).toByteArray().contains(anne.totpSecret));
        } else {
            m_server->stop();
            m_server->closeAdmin();
            QDirIterator it(m_server->store().dataDir(), QDir::Files, QDirIterator::Subdirectories);
            int files = 0;
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray all = f.readAll();
                ++files;
                QVERIFY2(!all.contains(canary), qPrintable(f.fileName()));
                QVERIFY2(!all.contains(anne.totpSecret), qPrintable(f.fileName()));
                QVERIFY2(!all.contains(totpBase32), qPrintable(f.fileName()));
            }
            QVERIFY(files >= 3); // the database, the key, the certificate and its key
        }
    }

    void twoServerProcessesShareOneStore()
    {
        // Several stateless servers in front of one store (PostgreSQL in production): devices
        // of one consultant, each talking to a different server, share the caseload.
        auto second = m_server->startAnother();
        QVERIFY(second);
        const QString secondUrl =
            QStringLiteral("https://127.0.0.1:") + QString::number(second->port());
        QCOMPARE(second->tls().pin, m_server->pin());
        const Account anne = m_server->createConsultant(QStringLiteral("anne"));
        Device a;
        Device b;
        QVERIFY(a.enroll(*m_server, m_server->enrollmentCode(anne.username)));
        QVERIFY(a.login(*m_server, anne));
        QVERIFY(
            b.enroll(*m_server, m_server->enrollmentCode(anne.username), nullptr, {}, secondUrl));
        QVERIFY(b.login(*m_server, anne));
        const QString id = a.addCitizen(QStringLiteral("Ida Delt"));
        QVERIFY(b.journal()
                    .addNote(b.addCitizen(QStringLiteral("Jens Delt")), QStringLiteral("x"))
                    .ok());
        for (int i = 0; i < 2; ++i) {
            QVERIFY(a.syncOnce());
            QVERIFY(b.syncOnce());
        }
        QCOMPARE(a.eventIds(), b.eventIds());
        QCOMPARE(a.eventIds().size(), 3);
        QVERIFY(b.journal().citizen(id).ok());
    }

    void noSqliteDriverInAServerProcess()
    {
        // The MUST: Qt's QSQLITE plugin never loads next to journal data (it would bring a
        // second SQLite library). The server loaded QPSQL or nothing.
        QFile maps(QStringLiteral("/proc/self/maps"));
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray all = maps.readAll();
        QVERIFY(!all.contains("libqsqlite"));
        QVERIFY(!all.contains("libsqlite3.so"));
        if (m_backend == Backend::Postgres)
            QVERIFY(all.contains("libqsqlpsql"));
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
