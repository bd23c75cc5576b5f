#pragma once

#include "accounts/Accounts.h"
#include "http/WorkerPool.h"
#include "keys/ServerKey.h"
#include "store/AccessLogStore.h"
#include "store/CaseKeys.h"
#include "store/CaseStore.h"
#include "store/ServerDatabase.h"

#include <memory>

namespace fortrolig::server {

// What every worker shares, read-only, for the life of the server.
struct ServerContext
{
    StoreLocation location;
    SecureBytes databaseKey;
    std::unique_ptr<Sealer> sealer;
    SecureBytes caseKeysKey;            // the case key store's file key ...
    std::unique_ptr<Sealer> keyWrapper; // ... and the key the case keys are sealed under
    std::function<qint64()> clock;      // milliseconds since the epoch
};

// The protocol's routes (docs/protocol.md) over one worker's database connection.
class Api final : public RequestHandler
{
public:
    static Result<std::unique_ptr<Api>> create(const ServerContext& context);
    HttpResponse handle(const HttpRequest& request) override;
    HttpResponse admit(const HttpRequest& head) override;

private:
    Api(const ServerContext& context, std::unique_ptr<ServerDatabase> db,
        std::unique_ptr<CaseKeys> keys);
    HttpResponse route(const HttpRequest& request);
    HttpResponse status();
    HttpResponse enroll(const HttpRequest& request);
    HttpResponse login(const HttpRequest& request);
    HttpResponse token(const HttpRequest& request);
    HttpResponse push(const HttpRequest& request);
    HttpResponse changes(const HttpRequest& request);
    HttpResponse logPush(const HttpRequest& request);    // ApiAccessLog.cpp
    HttpResponse logExtract(const HttpRequest& request); // the same
    // The request's principal, or the answer that refuses it.
    Result<Principal> authorize(const HttpRequest& request, HttpResponse* refusal);
    HttpResponse failure(const Error& error);
    // The device's last contact (and its access-log head, for an administrator's report):
    // not worth failing a sync for; logged when it cannot be written.
    void touch(const QString& deviceId, qint64 logSeq, const QString& logHash);
    HttpResponse epochChanged(const QString& epoch);

    const ServerContext& m_context;
    std::unique_ptr<ServerDatabase> m_db;
    std::unique_ptr<CaseKeys> m_keys;
    Accounts m_accounts;
    CaseStore m_cases;
    AccessLogStore m_log;
};

} // namespace fortrolig::server
