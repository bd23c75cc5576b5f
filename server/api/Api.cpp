#include "api/Api.h"

#include "app/sync/Protocol.h"
#include "store/CaseFacts.h"
#include "store/Municipalities.h"

#include <QLoggingCategory>
#include <sodium.h>

Q_LOGGING_CATEGORY(lcApi, "fortrolig.server.api")

namespace fortrolig::server {

namespace W = protocol::WireError;

namespace {
HttpResponse badRequest(const Error& e)
{
    // The detail names a field, never its value.
    return HttpResponse::error(400, W::BadRequest, e.detail);
}

bool isJson(const HttpRequest& r)
{
    return r.header("content-type").toLower().startsWith("application/json");
}
} // namespace

Result<std::unique_ptr<Api>> Api::create(const ServerContext& context)
{
    auto db = ServerDatabase::open(context.location, context.databaseKey, false);
    if (!db.ok())
        return db.error();
    auto keys = CaseKeys::open(context.location.caseKeys, context.caseKeysKey, *context.keyWrapper);
    if (!keys.ok())
        return keys.error();
    return std::unique_ptr<Api>(new Api(context, std::move(db.value()), std::move(keys.value())));
}

Api::Api(const ServerContext& context, std::unique_ptr<ServerDatabase> db,
         std::unique_ptr<CaseKeys> keys)
    : m_context(context), m_db(std::move(db)), m_keys(std::move(keys)),
      m_accounts(*m_db, *context.sealer, context.clock),
      m_cases(*m_db, *context.sealer, *m_keys, context.clock),
      m_log(*m_db, *context.sealer, *m_keys, context.clock)
{
}

HttpResponse Api::handle(const HttpRequest& request)
{
    HttpResponse r = route(request);
    if (r.status >= 500 && r.status != 503)
        r.close = true;
    return r;
}

HttpResponse Api::admit(const HttpRequest& head)
{
    // Only a push has a large body; it needs a valid access token, which is in the headers.
    if (QString::fromLatin1(head.path) != protocol::Path::Push || head.method != "POST")
        return HttpResponse::error(404, W::NotFound, QStringLiteral("no large body here"));
    HttpResponse refusal;
    auto who = authorize(head, &refusal);
    if (!who.ok()) {
        refusal.close = true; // its body is not read
        return refusal;
    }
    HttpResponse r;
    r.status = 100;
    r.logPrincipal = who->deviceId;
    return r;
}

HttpResponse Api::route(const HttpRequest& request)
{
    const QString path = QString::fromLatin1(request.path);
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    struct Route
    {
        QString path;
        bool isPost;
        HttpResponse (Api::*handler)(const HttpRequest&);
    };
    static const Route routes[] = {
        {protocol::Path::Enroll, true, &Api::enroll},
        {protocol::Path::Login, true, &Api::login},
        {protocol::Path::Token, true, &Api::token},
        {protocol::Path::Push, true, &Api::push},
        {protocol::Path::Changes, false, &Api::changes},
        {protocol::Path::AccessLog, true, &Api::logPush},
        {protocol::Path::AccessLogExtract, false, &Api::logExtract},
    };
    if (path == protocol::Path::Status)
        return get ? status()
                   : HttpResponse::error(405, W::MethodNotAllowed, QStringLiteral("use GET"));
    for (const Route& r : routes) {
        if (r.path != path)
            continue;
        if (r.isPost != post || (!r.isPost && !get))
            return HttpResponse::error(405, W::MethodNotAllowed,
                                       r.isPost ? QStringLiteral("use POST")
                                                : QStringLiteral("use GET"));
        if (r.isPost && !isJson(request))
            return HttpResponse::error(415, W::BadRequest,
                                       QStringLiteral("the body must be application/json"));
        return (this->*r.handler)(request);
    }
    return HttpResponse::error(404, W::NotFound, QStringLiteral("no such path"));
}

void Api::touch(const QString& deviceId, qint64 logSeq, const QString& logHash)
{
    if (Error e = m_accounts.touchDevice(deviceId, logSeq, logHash))
        qCWarning(lcApi) << "device contact not recorded:" << int(e.code);
}

HttpResponse Api::failure(const Error& e)
{
    switch (e.code) {
    case ErrorCode::InvalidInput:
        return badRequest(e);
    case ErrorCode::WrongPassphrase:
        return HttpResponse::error(401, W::InvalidCredentials,
                                   QStringLiteral("The user name, passphrase or one-time code is "
                                                  "wrong, or this device is not enrolled."));
    case ErrorCode::LockedOut:
        return HttpResponse::error(403, W::AccountLocked,
                                   QStringLiteral("The account is locked after too many failed "
                                                  "logins. Ask your administrator to unlock it."));
    case ErrorCode::NotAllowed:
        return HttpResponse::error(403, W::DeviceRevoked,
                                   QStringLiteral("This device's access has been revoked."));
    case ErrorCode::Busy:
        return HttpResponse::error(503, W::Busy, QStringLiteral("busy; try again shortly"));
    default:
        break;
    }
    // Server trouble: logged (codes only), answered without detail, and a lost PostgreSQL
    // connection is opened again for the next request.
    qCWarning(lcApi) << "request failed:" << int(e.code) << e.detail;
    if (Error again = m_db->reconnectIfLost(e)) // the next request tries again
        qCWarning(lcApi) << "reconnecting to the database failed:" << int(again.code);
    return HttpResponse::error(500, W::Internal, QStringLiteral("internal error"));
}

HttpResponse Api::epochChanged(const QString& epoch)
{
    return HttpResponse::error(
        409, W::EpochChanged, QStringLiteral("the server was restored; send what it lacks"), epoch);
}

HttpResponse Api::status()
{
    auto epoch = m_cases.epoch();
    if (!epoch.ok())
        return failure(epoch.error());
    return HttpResponse::json(
        200, protocol::encode(protocol::StatusResponse{QStringLiteral("fortrolig-server"),
                                                       protocol::kVersion, epoch.value()}));
}

HttpResponse Api::enroll(const HttpRequest& request)
{
    auto m = protocol::decodeEnrollRequest(request.body);
    if (!m.ok())
        return badRequest(m.error());
    auto enrolled = m_accounts.enroll(m->code, m->deviceName);
    if (!enrolled.ok()) {
        if (enrolled.error().code == ErrorCode::NotFound)
            return HttpResponse::error(
                403, W::InvalidCode,
                QStringLiteral("The enrollment code is wrong, used or "
                               "expired. Ask your administrator for a new one."));
        return failure(enrolled.error());
    }
    auto epoch = m_cases.epoch();
    if (!epoch.ok())
        return failure(epoch.error());
    HttpResponse r = HttpResponse::json(
        200, protocol::encode(protocol::EnrollResponse{enrolled->deviceId, enrolled->username,
                                                       epoch.value(), enrolled->displayName}));
    r.logPrincipal = enrolled->deviceId;
    return r;
}

HttpResponse Api::login(const HttpRequest& request)
{
    auto m = protocol::decodeLoginRequest(request.body);
    if (!m.ok())
        return badRequest(m.error());
    auto tokens = m_accounts.login(m->username, m->passphrase, m->totp, m->deviceId);
    sodium_memzero(m.value().passphrase.data(), std::size_t(m.value().passphrase.size()));
    if (!tokens.ok())
        return failure(tokens.error());
    HttpResponse r = HttpResponse::json(
        200, protocol::encode(protocol::TokenResponse{tokens->access, tokens->accessSeconds,
                                                      tokens->refresh, tokens->refreshSeconds}));
    r.logPrincipal = m->deviceId;
    return r;
}

HttpResponse Api::token(const HttpRequest& request)
{
    auto m = protocol::decodeRefreshRequest(request.body);
    if (!m.ok())
        return badRequest(m.error());
    auto tokens = m_accounts.refresh(m->refreshToken);
    if (!tokens.ok()) {
        if (tokens.error().code == ErrorCode::NotFound)
            return HttpResponse::error(401, W::Unauthorized,
                                       QStringLiteral("log in again (passphrase and code)"));
        return failure(tokens.error());
    }
    return HttpResponse::json(
        200, protocol::encode(protocol::TokenResponse{tokens->access, tokens->accessSeconds,
                                                      tokens->refresh, tokens->refreshSeconds}));
}

Result<Principal> Api::authorize(const HttpRequest& request, HttpResponse* refusal)
{
    const QByteArray auth = request.header("authorization");
    const QString token =
        auth.startsWith("Bearer ") ? QString::fromLatin1(auth.mid(7).trimmed()) : QString();
    auto p = m_accounts.authenticate(token.left(512));
    if (!p.ok()) {
        *refusal = p.error().code == ErrorCode::NotFound
                       ? HttpResponse::error(401, W::Unauthorized,
                                             QStringLiteral("missing or expired access token"))
                       : failure(p.error());
        return p.error();
    }
    return p;
}

HttpResponse Api::push(const HttpRequest& request)
{
    HttpResponse refusal;
    auto who = authorize(request, &refusal);
    if (!who.ok())
        return refusal;
    auto decoded = protocol::decodePushRequest(request.body);
    if (!decoded.ok()) {
        HttpResponse r = badRequest(decoded.error());
        r.logPrincipal = who->deviceId;
        return r;
    }
    auto epoch = m_cases.epoch();
    if (!epoch.ok())
        return failure(epoch.error());
    HttpResponse r;
    if (decoded->request.epoch != epoch.value()) {
        r = epochChanged(epoch.value());
    } else {
        auto result = m_cases.push(who.value(), decoded->request, decoded->malformed);
        if (!result.ok()) {
            r = failure(result.error());
        } else {
            result->epoch = epoch.value();
            touch(who->deviceId, decoded->request.accessLogSeq, decoded->request.accessLogHash);
            r = HttpResponse::json(200, protocol::encode(result.value()));
        }
    }
    r.logPrincipal = who->deviceId;
    return r;
}

HttpResponse Api::changes(const HttpRequest& request)
{
    HttpResponse refusal;
    auto who = authorize(request, &refusal);
    if (!who.ok())
        return refusal;
    bool okAfter = false;
    bool okLimit = true;
    const QString epochParam = request.queryValue(QStringLiteral("epoch"));
    const qint64 after = request.queryValue(QStringLiteral("after")).toLongLong(&okAfter);
    const QString limitText = request.queryValue(QStringLiteral("limit"));
    const int limit = limitText.isEmpty() ? protocol::kDefaultPageSize : limitText.toInt(&okLimit);
    HttpResponse r;
    if (!protocol::isUuid(epochParam) || !okAfter || after < 0 || !okLimit || limit < 1 ||
        limit > protocol::kMaxPageSize) {
        r = HttpResponse::error(400, W::BadRequest,
                                QStringLiteral("give epoch (UUID), after (>= 0), limit (1-1000)"));
        r.logPrincipal = who->deviceId;
        return r;
    }
    auto epoch = m_cases.epoch();
    auto last = m_cases.lastSeq();
    if (!epoch.ok() || !last.ok())
        return failure(!epoch.ok() ? epoch.error() : last.error());
    if (epochParam == epoch.value() && after > last.value()) {
        // The device has seen numbers this server never gave out: the server was restored
        // from a backup without a new epoch. Start one, so that every device sends what it
        // lacks; but at most once a day (a device cannot make everyone resend at will): after
        // that, this device alone starts over (409 with the epoch it has).
        auto fresh = m_cases.newEpochUnlessRecent(24LL * 3600 * 1000);
        if (!fresh.ok())
            return failure(fresh.error());
        if (Error e =
                m_accounts.audit(who->deviceId, QStringLiteral("cursor-ahead"), fresh.value(),
                                 fresh.value() == epoch.value()
                                     ? QStringLiteral("this device starts over")
                                     : QStringLiteral("a new epoch: the server was restored")))
            return failure(e);
        r = epochChanged(fresh.value());
    } else if (epochParam != epoch.value()) {
        r = epochChanged(epoch.value());
    } else {
        auto page = m_cases.changes(who->username, after, limit);
        if (!page.ok())
            return failure(page.error());
        page->epoch = epoch.value();
        // The last page of a round brings the rules and holds the laptop deletes by, and the
        // register of municipalities its forms take contacts and approvals from.
        if (!page->more) {
            auto rules = CaseFacts::rules(*m_db);
            auto holds = CaseFacts::holdsOf(*m_db, *m_context.sealer, who->username);
            auto municipalities = Municipalities::all(*m_db);
            if (!rules.ok() || !holds.ok())
                return failure(!rules.ok() ? rules.error() : holds.error());
            if (!municipalities.ok())
                return failure(municipalities.error());
            page->retention = PulledRetention{rules.value(), holds.value(), municipalities.value()};
        }
        if (request.queryValue(QStringLiteral("count")) == QStringLiteral("1")) {
            auto remaining = m_cases.remaining(who->username, after);
            if (remaining.ok())
                page->remaining = remaining.value();
        }
        touch(who->deviceId, 0, {});
        r = HttpResponse::json(200, protocol::encode(page.value()));
    }
    r.logPrincipal = who->deviceId;
    return r;
}

} // namespace fortrolig::server
