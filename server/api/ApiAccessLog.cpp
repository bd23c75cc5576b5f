// The devices' access logs (docs/access-log.md): a device sends the entries the server has
// not got; the holder of a case reads every device's uses of it for an access package.
#include "api/Api.h"

#include "app/sync/Protocol.h"
#include "store/AuditLog.h"

namespace fortrolig::server {

namespace W = protocol::WireError;

HttpResponse Api::logPush(const HttpRequest& request)
{
    HttpResponse refusal;
    auto who = authorize(request, &refusal);
    if (!who.ok())
        return refusal;
    HttpResponse r;
    auto decoded = protocol::decodeLogPushRequest(request.body);
    if (!decoded.ok()) {
        r = HttpResponse::error(400, W::BadRequest, decoded.error().detail);
    } else {
        auto stored = m_log.store(who.value(), decoded->entries, decoded->oldest);
        r = stored.ok() ? HttpResponse::json(200, protocol::encode(stored.value()))
                        : failure(stored.error());
    }
    r.logPrincipal = who->deviceId;
    return r;
}

HttpResponse Api::logExtract(const HttpRequest& request)
{
    HttpResponse refusal;
    auto who = authorize(request, &refusal);
    if (!who.ok())
        return refusal;
    const QString citizen = request.queryValue(QStringLiteral("citizen"));
    HttpResponse r;
    if (!protocol::isUuid(citizen)) {
        r = HttpResponse::error(400, W::BadRequest, QStringLiteral("give citizen (UUID)"));
    } else {
        // Only the case's holder reads its log: they make the access package.
        auto extract = m_log.extract(citizen, who->username);
        if (!extract.ok() && extract.error().code == ErrorCode::NotFound)
            r = HttpResponse::error(404, W::NotFound, QStringLiteral("not a case you hold"));
        else if (!extract.ok())
            r = failure(extract.error());
        else if (Error e = writeAudit(*m_db, m_context.clock(), who->deviceId,
                                      QStringLiteral("access-log-read"), citizen,
                                      QStringLiteral("entries=%1").arg(extract->uses.size())))
            r = failure(e);
        else
            r = HttpResponse::json(200, protocol::encode(extract.value()));
    }
    r.logPrincipal = who->deviceId;
    return r;
}

} // namespace fortrolig::server
