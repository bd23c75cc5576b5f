#pragma once

#include "accounts/Accounts.h"
#include "api/Api.h"
#include "http/HttpServer.h"
#include "http/WorkerPool.h"
#include "retention/Offboarding.h"
#include "retention/RetentionScheduler.h"
#include "retention/RetentionService.h"
#include "store/AccessLogStore.h"
#include "store/CaseStore.h"
#include "tls/TlsSetup.h"

#include <QHostAddress>
#include <memory>

class QTextStream;

namespace fortrolig::server {

inline qint64 systemClock()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// A running fortrolig-server: storage opened and migrated, workers started, TLS listening.
// fortrolig-server's `serve` and the tests and benchmarks make it the same way.
class Server
{
public:
    struct Options
    {
        StoreLocation location;
        QString dataDir;  // dev certificate lives here when no certificate is given
        QString certFile; // the provider's certificate chain (PEM) ...
        QString keyFile;  // ... and its key
        QStringList hostNames{QStringLiteral("localhost"), QStringLiteral("127.0.0.1"),
                              QStringLiteral("::1")};
        QHostAddress address = QHostAddress::Any;
        quint16 port = 8443;
        int workers = 2;
        // Logins and enrollments (Argon2id) on their own threads of lower priority, with a
        // short queue: a crowd of them is answered 503 instead of holding up sync.
        int loginWorkers = 1;
        int loginQueue = 8; // per login worker, waiting and running
        // Off unless given: the Prometheus-style metrics, plain HTTP, on their own address.
        QHostAddress metricsAddress;
        quint16 metricsPort = 0;
        HttpServer::Limits limits;
        QTextStream* requestLog = nullptr;
        std::function<qint64()> clock = &systemClock;
        // The retention job's period (0: no job, for tests that run it themselves).
        int retentionIntervalMs = 3600 * 1000;
    };

    static Result<std::unique_ptr<Server>> start(Options options, SecureBytes masterKey);
    // Where the purge ledger is kept: in the data folder (none without one).
    static QString ledgerPath(const QString& dataDir);
    ~Server();

    quint16 port() const { return m_http->serverPort(); }
    const TlsMaterial& tls() const { return m_tls; }
    HttpServer& http() { return *m_http; }
    quint16 metricsPort() const { return m_metrics ? m_metrics->serverPort() : 0; }

private:
    Server() = default;
    static Error prepareStore(const Options& options, const ServerContext& context);
    ServerContext m_context;
    TlsMaterial m_tls;
    std::unique_ptr<WorkerPool> m_pool;
    std::unique_ptr<WorkerPool> m_loginPool;
    std::unique_ptr<HttpServer> m_http;
    std::unique_ptr<MetricsEndpoint> m_metrics;
    std::unique_ptr<RetentionScheduler> m_retention;
};

// The administrator's view, in the calling thread: for the server's subcommands and tests.
class Admin
{
public:
    // `dataDir` holds the purge ledger (may be empty: none).
    static Result<std::unique_ptr<Admin>> open(const StoreLocation& location,
                                               const SecureBytes& masterKey,
                                               std::function<qint64()> clock = &systemClock,
                                               const QString& dataDir = {});
    Accounts& accounts() { return *m_accounts; }
    CaseStore& cases() { return *m_cases; }
    ServerDatabase& database() { return *m_db; }
    RetentionService& retention() { return *m_retention; }
    CaseKeys& caseKeys() { return *m_keys; }
    AccessLogStore& accessLog() { return *m_log; }
    Offboarding& offboarding() { return *m_offboarding; }

private:
    Admin() = default;
    std::unique_ptr<Sealer> m_sealer;
    std::unique_ptr<Sealer> m_keyWrapper;
    std::unique_ptr<ServerDatabase> m_db;
    std::unique_ptr<CaseKeys> m_keys;
    std::unique_ptr<Accounts> m_accounts;
    std::unique_ptr<CaseStore> m_cases;
    std::unique_ptr<AccessLogStore> m_log;
    std::unique_ptr<PurgeLedger> m_ledger;
    std::unique_ptr<RetentionService> m_retention;
    std::unique_ptr<Offboarding> m_offboarding;
};

} // namespace fortrolig::server
