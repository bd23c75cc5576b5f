#include "Server.h"

#include <QDir>

namespace fortrolig::server {

QString Server::ledgerPath(const QString& dataDir)
{
    return dataDir.isEmpty() ? QString()
                             : QDir(dataDir).absoluteFilePath(QStringLiteral("purge-ledger.jsonl"));
}

// Schema first, once, before the workers open their own connections; then the deletions a
// restored database has forgotten.
Error Server::prepareStore(const Options& options, const ServerContext& context)
{
    auto db = ServerDatabase::open(options.location, context.databaseKey, true);
    if (!db.ok())
        return db.error();
    auto keys = CaseKeys::open(options.location.caseKeys, context.caseKeysKey, *context.keyWrapper);
    if (!keys.ok())
        return keys.error();
    if (Error e = db.value()->migrate(*context.sealer, *keys.value()))
        return e;
    // A database restored from a backup has forgotten the deletions made since: what the
    // purge ledger lists (audited), then any other case whose key was destroyed (its
    // payloads are unreadable already).
    CaseStore cases(*db.value(), *context.sealer, *keys.value(), options.clock);
    PurgeLedger ledger(ledgerPath(options.dataDir));
    RetentionService retention(*db.value(), cases, *context.sealer,
                               options.dataDir.isEmpty() ? nullptr : &ledger, options.clock);
    if (auto again = retention.reapplyLedger(QStringLiteral("server-start")); !again.ok())
        return again.error();
    if (auto again = cases.purgeShredded(); !again.ok())
        return again.error();
    return {};
}

Result<std::unique_ptr<Server>> Server::start(Options options, SecureBytes masterKey)
{
    std::unique_ptr<Server> s(new Server);
    s->m_context.location = options.location;
    s->m_context.databaseKey = ServerKey::databaseKey(masterKey);
    s->m_context.sealer = std::make_unique<Sealer>(ServerKey::sealingKey(masterKey),
                                                   ServerKey::hashingKey(masterKey));
    s->m_context.caseKeysKey = ServerKey::caseKeyStoreKey(masterKey);
    s->m_context.keyWrapper = std::make_unique<Sealer>(ServerKey::caseKeyWrappingKey(masterKey),
                                                       ServerKey::hashingKey(masterKey));
    s->m_context.clock = options.clock;
    masterKey.clear();

    if (Error e = prepareStore(options, s->m_context))
        return e;
    auto tls = options.certFile.isEmpty()
                   ? TlsMaterial::development(options.dataDir, options.hostNames)
                   : TlsMaterial::load(options.certFile, options.keyFile);
    if (!tls.ok())
        return tls.error();
    s->m_tls = tls.value();

    const ServerContext* context = &s->m_context;
    const WorkerPool::Factory factory = [context]() -> Result<std::unique_ptr<RequestHandler>> {
        auto api = Api::create(*context);
        if (!api.ok())
            return api.error();
        return std::unique_ptr<RequestHandler>(std::move(api.value()));
    };
    s->m_pool = std::make_unique<WorkerPool>(
        WorkerPool::Options{options.workers, 64, false, QStringLiteral("sync")}, factory);
    s->m_loginPool =
        std::make_unique<WorkerPool>(WorkerPool::Options{options.loginWorkers, options.loginQueue,
                                                         true, QStringLiteral("login")},
                                     factory);
    if (Error e = s->m_pool->start())
        return e;
    if (Error e = s->m_loginPool->start())
        return e;
    s->m_http =
        std::make_unique<HttpServer>(s->m_tls.configuration(), *s->m_pool, s->m_loginPool.get(),
                                     options.limits, options.requestLog);
    if (!s->m_http->listen(options.address, options.port))
        return Error(ErrorCode::Busy, QStringLiteral("cannot listen on port ") +
                                          QString::number(options.port) + QStringLiteral(": ") +
                                          s->m_http->errorString());
    if (!options.metricsAddress.isNull()) {
        HttpServer* http = s->m_http.get();
        s->m_metrics = std::make_unique<MetricsEndpoint>([http] { return http->metricsText(); });
        if (!s->m_metrics->listen(options.metricsAddress, options.metricsPort))
            return Error(ErrorCode::Busy, QStringLiteral("cannot listen for metrics on port ") +
                                              QString::number(options.metricsPort) +
                                              QStringLiteral(": ") + s->m_metrics->errorString());
    }
    if (options.retentionIntervalMs > 0)
        s->m_retention = std::make_unique<RetentionScheduler>(RetentionScheduler::Options{
            options.location,
            SecureBytes::copyOf(s->m_context.databaseKey.data(), s->m_context.databaseKey.size()),
            s->m_context.sealer.get(),
            SecureBytes::copyOf(s->m_context.caseKeysKey.data(), s->m_context.caseKeysKey.size()),
            s->m_context.keyWrapper.get(), ledgerPath(options.dataDir), options.clock,
            options.retentionIntervalMs});
    return s;
}

Server::~Server()
{
    m_retention.reset();
    m_metrics.reset(); // it reads the HTTP server's figures
    if (m_http)
        m_http->close();
    m_http.reset(); // connections first: their answers come from the pools
    m_loginPool.reset();
    m_pool.reset();
}

Result<std::unique_ptr<Admin>> Admin::open(const StoreLocation& location,
                                           const SecureBytes& masterKey,
                                           std::function<qint64()> clock, const QString& dataDir)
{
    std::unique_ptr<Admin> a(new Admin);
    a->m_sealer = std::make_unique<Sealer>(ServerKey::sealingKey(masterKey),
                                           ServerKey::hashingKey(masterKey));
    a->m_keyWrapper = std::make_unique<Sealer>(ServerKey::caseKeyWrappingKey(masterKey),
                                               ServerKey::hashingKey(masterKey));
    auto db = ServerDatabase::open(location, ServerKey::databaseKey(masterKey), true);
    if (!db.ok())
        return db.error();
    a->m_db = std::move(db.value());
    auto keys =
        CaseKeys::open(location.caseKeys, ServerKey::caseKeyStoreKey(masterKey), *a->m_keyWrapper);
    if (!keys.ok())
        return keys.error();
    a->m_keys = std::move(keys.value());
    if (Error e = a->m_db->migrate(*a->m_sealer, *a->m_keys))
        return e;
    a->m_accounts = std::make_unique<Accounts>(*a->m_db, *a->m_sealer, clock);
    a->m_cases = std::make_unique<CaseStore>(*a->m_db, *a->m_sealer, *a->m_keys, clock);
    a->m_log = std::make_unique<AccessLogStore>(*a->m_db, *a->m_sealer, *a->m_keys, clock);
    if (!dataDir.isEmpty())
        a->m_ledger = std::make_unique<PurgeLedger>(Server::ledgerPath(dataDir));
    a->m_retention = std::make_unique<RetentionService>(*a->m_db, *a->m_cases, *a->m_sealer,
                                                        a->m_ledger.get(), clock);
    a->m_offboarding = std::make_unique<Offboarding>(*a->m_db, *a->m_cases, *a->m_retention,
                                                     ServerKey::signingSeed(masterKey), clock);
    return a;
}

} // namespace fortrolig::server
