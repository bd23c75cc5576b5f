#include "app/sync/Protocol.h"
#include "app/sync/JsonWriter.h"
#include "app/sync/ProtocolReader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace fortrolig::protocol {

namespace {

using detail::invalid;
using detail::parseObject;
using detail::Reader;

using detail::kMaxNameLength;
using detail::kMaxSeq;

constexpr int kMaxIdLength = 64;
constexpr int kMaxTokenLength = 512;

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool isEventType(const QString& type)
{
    static const QRegularExpression re(QStringLiteral("^[a-z]+(\\.[a-z-]+)+$"));
    return type.size() <= 64 && re.match(type).hasMatch();
}

Result<PushResult::Status> statusFrom(const QString& name)
{
    if (name == QStringLiteral("accepted"))
        return PushResult::Status::Accepted;
    if (name == QStringLiteral("duplicate"))
        return PushResult::Status::Duplicate;
    if (name == QStringLiteral("rejected"))
        return PushResult::Status::Rejected;
    return invalid(QStringLiteral("status"), QStringLiteral("unknown"));
}

} // namespace

bool isIsoTime(const QString& text)
{
    return text.size() >= 19 && text.size() <= 40 &&
           QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

QString statusName(PushResult::Status status)
{
    switch (status) {
    case PushResult::Status::Accepted:
        return QStringLiteral("accepted");
    case PushResult::Status::Duplicate:
        return QStringLiteral("duplicate");
    case PushResult::Status::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

QString kindName(ChangeItem::Kind kind)
{
    switch (kind) {
    case ChangeItem::Kind::Event:
        return QStringLiteral("event");
    case ChangeItem::Kind::Remove:
        return QStringLiteral("remove");
    case ChangeItem::Kind::Purge:
        return QStringLiteral("purge");
    case ChangeItem::Kind::NoteRemoved:
        return QStringLiteral("note-removed");
    case ChangeItem::Kind::PartRemoved:
        return QStringLiteral("part-removed");
    }
    return {};
}

QJsonObject encodeEvent(const Event& e)
{
    return e.toJson();
}

QByteArray encodeEventJson(const Event& e, const QByteArray& payloadJson)
{
    // Compact JSON writes an object's keys in order, and "payload" falls between "localTime"
    // and "schemaVersion": the fields before it, the payload's bytes, the fields after it.
    const QByteArray before = compact({{QStringLiteral("id"), e.id},
                                       {QStringLiteral("author"), e.author},
                                       {QStringLiteral("device"), e.device},
                                       {QStringLiteral("localTime"), e.localTime}});
    const QByteArray after = compact({{QStringLiteral("type"), e.type},
                                      {QStringLiteral("subject"), e.subject},
                                      {QStringLiteral("schemaVersion"), e.schemaVersion}});
    return before.chopped(1) + QByteArrayLiteral(",\"payload\":") + payloadJson + ',' +
           after.sliced(1);
}

Result<Event> detail::decodeEvent(Reader& r, QByteArray* payloadBytes)
{
    Event e;
    e.id = r.uuid(QStringLiteral("id"));
    e.type = r.string(QStringLiteral("type"), 64);
    if (!r.error() && !isEventType(e.type))
        r.fail(QStringLiteral("type"), QStringLiteral("not an event type"));
    e.subject = r.uuid(QStringLiteral("subject"));
    e.author = r.string(QStringLiteral("author"), kMaxNameLength);
    e.device = r.uuid(QStringLiteral("device"));
    e.localTime = r.string(QStringLiteral("localTime"), 40);
    if (!r.error() && !isIsoTime(e.localTime))
        r.fail(QStringLiteral("localTime"), QStringLiteral("not an ISO 8601 time"));
    e.schemaVersion = int(r.integer(QStringLiteral("schemaVersion"), 1, 1000));
    e.payload = r.object(QStringLiteral("payload"), payloadBytes);
    if (r.error())
        return r.error();
    return e;
}

Result<Event> decodeEvent(const QJsonObject& json)
{
    Reader r(json, QStringLiteral("event."));
    return detail::decodeEvent(r, nullptr);
}

QByteArray encode(const StatusResponse& m)
{
    return compact({{QStringLiteral("server"), m.server},
                    {QStringLiteral("protocol"), m.protocol},
                    {QStringLiteral("epoch"), m.epoch}});
}

QByteArray encode(const EnrollRequest& m)
{
    return compact(
        {{QStringLiteral("code"), m.code}, {QStringLiteral("deviceName"), m.deviceName}});
}

QByteArray encode(const EnrollResponse& m)
{
    return compact({{QStringLiteral("deviceId"), m.deviceId},
                    {QStringLiteral("username"), m.username},
                    {QStringLiteral("epoch"), m.epoch},
                    {QStringLiteral("displayName"), m.displayName}});
}

QByteArray encode(const LoginRequest& m)
{
    return compact({{QStringLiteral("username"), m.username},
                    {QStringLiteral("passphrase"), QString::fromUtf8(m.passphrase)},
                    {QStringLiteral("totp"), m.totp},
                    {QStringLiteral("deviceId"), m.deviceId}});
}

QByteArray encode(const RefreshRequest& m)
{
    return compact({{QStringLiteral("refreshToken"), m.refreshToken}});
}

QByteArray encode(const TokenResponse& m)
{
    return compact({{QStringLiteral("accessToken"), m.accessToken},
                    {QStringLiteral("accessExpiresIn"), m.accessExpiresIn},
                    {QStringLiteral("refreshToken"), m.refreshToken},
                    {QStringLiteral("refreshExpiresIn"), m.refreshExpiresIn}});
}

QByteArray encode(const PushRequest& m)
{
    QJsonArray events;
    for (const Event& e : m.events)
        events.append(encodeEvent(e));
    return compact({{QStringLiteral("batchId"), m.batchId},
                    {QStringLiteral("epoch"), m.epoch},
                    {QStringLiteral("accessLogSeq"), m.accessLogSeq},
                    {QStringLiteral("accessLogHash"), m.accessLogHash},
                    {QStringLiteral("events"), events}});
}

QByteArray encode(const PushResponse& m)
{
    QJsonArray results;
    for (const PushResult& r : m.results) {
        QJsonObject o{{QStringLiteral("id"), r.id},
                      {QStringLiteral("status"), statusName(r.status)}};
        if (r.status == PushResult::Status::Rejected)
            o.insert(QStringLiteral("reason"), r.reason);
        else
            o.insert(QStringLiteral("seq"), r.seq);
        results.append(o);
    }
    return compact({{QStringLiteral("epoch"), m.epoch}, {QStringLiteral("results"), results}});
}

namespace {

// An event as encodeEvent writes it, its payload from the stored bytes when there are some.
void writeEvent(JsonWriter& w, const Event& e, const QByteArray& payloadJson)
{
    w.beginObject();
    w.member(QLatin1StringView("id"), e.id);
    w.member(QLatin1StringView("type"), e.type);
    w.member(QLatin1StringView("subject"), e.subject);
    w.member(QLatin1StringView("author"), e.author);
    w.member(QLatin1StringView("device"), e.device);
    w.member(QLatin1StringView("localTime"), e.localTime);
    w.member(QLatin1StringView("schemaVersion"), qint64(e.schemaVersion));
    w.key(QLatin1StringView("payload"));
    w.raw(payloadJson.isEmpty() ? e.payloadJson() : payloadJson);
    w.endObject();
}

void writeItem(JsonWriter& w, const ChangeItem& c)
{
    w.beginObject();
    w.member(QLatin1StringView("seq"), c.seq);
    w.member(QLatin1StringView("kind"), kindName(c.kind));
    w.member(QLatin1StringView("citizen"), c.citizen);
    if (c.kind == ChangeItem::Kind::Event) {
        w.key(QLatin1StringView("event"));
        writeEvent(w, c.event, c.payloadJson);
        if (!c.pushedBy.isEmpty())
            w.member(QLatin1StringView("pushedBy"), c.pushedBy);
    } else if (c.kind == ChangeItem::Kind::NoteRemoved) {
        w.member(QLatin1StringView("note"), c.noteId);
        w.member(QLatin1StringView("reference"), c.reference);
        w.member(QLatin1StringView("at"), c.at);
    } else if (c.kind == ChangeItem::Kind::PartRemoved) {
        w.member(QLatin1StringView("part"), c.part);
        w.member(QLatin1StringView("at"), c.at);
    }
    w.endObject();
}

} // namespace

QByteArray encode(const ChangesResponse& m)
{
    qsizetype size = 256;
    for (const ChangeItem& c : m.items)
        size += 320 + c.payloadJson.size();
    JsonWriter w(size);
    w.beginObject();
    w.member(QLatin1StringView("epoch"), m.epoch);
    w.key(QLatin1StringView("items"));
    w.beginArray();
    for (const ChangeItem& c : m.items)
        writeItem(w, c);
    w.endArray();
    w.member(QLatin1StringView("cursor"), m.cursor);
    w.member(QLatin1StringView("more"), m.more);
    if (m.remaining >= 0)
        w.member(QLatin1StringView("remaining"), m.remaining);
    if (m.retention) {
        w.key(QLatin1StringView("retention"));
        w.raw(compact(m.retention->toJson()));
    }
    w.endObject();
    return w.take();
}

QByteArray encode(const ErrorResponse& m)
{
    return errorBody(m.error, m.message, m.epoch);
}

Result<StatusResponse> decodeStatusResponse(const QByteArray& body)
{
    auto o = parseObject(body);
    if (!o.ok())
        return o.error();
    Reader r(o.value());
    StatusResponse m;
    m.server = r.string(QStringLiteral("server"), kMaxNameLength);
    m.protocol = int(r.integer(QStringLiteral("protocol"), 1, 1000));
    m.epoch = r.uuid(QStringLiteral("epoch"));
    if (r.error())
        return r.error();
    return m;
}

Result<EnrollRequest> decodeEnrollRequest(const QByteArray& body)
{
    auto o = parseObject(body);
    if (!o.ok())
        return o.error();
    Reader r(o.value());
    EnrollRequest m;
    m.code = r.string(QStringLiteral("code"), kMaxIdLength);
    m.deviceName = r.string(QStringLiteral("deviceName"), kMaxNameLength, false);
    if (r.error())
        return r.error();
    return m;
}

Result<EnrollResponse> decodeEnrollResponse(const QByteArray& body)
{
    auto o = parseObject(body);
    if (!o.ok())
        return o.error();
    Reader r(o.value());
    EnrollResponse m;
    m.deviceId = r.uuid(QStringLiteral("deviceId"));
    m.username = r.string(QStringLiteral("username"), kMaxNameLength);
    m.epoch = r.uuid(QStringLiteral("epoch"));
    m.displayName = r.string(QStringLiteral("displayName"), kMaxNameLength, false).simplified();
    if (r.error())
        return r.error();
    return m;
}

Result<LoginRequest> decodeLoginRequest(const QByteArray& body)
{
    auto o = parseObject(body);
    if (!o.ok())
        return o.error();
    Reader r(o.value());
    LoginRequest m;
    m.username = r.string(QStringLiteral("username"), kMaxNameLength);
    m.passphrase = r.string(QStringLiteral("passphrase"), 1024).toUtf8();
    m.totp = r.string(QStringLiteral("totp"), 16);
    m.deviceId = r.uuid(QStringLiteral("deviceId"));
    if (r.error())
        return r.error();
    return m;
}

Result<RefreshRequest> decodeRefreshRequest(const QByteArray& body)
{
    auto o = parseObject(body);
    if (!o.ok())
        return o.error();
    Reader r(o.value());
    RefreshRequest m;
    m.refreshToken = r.string(QStringLiteral("refreshToken"), kMaxTokenLength);
    if (r.error())
        return r.error();
    return m;
}

Result<TokenResponse> decodeTokenResponse(const QByteArray& body)
{
    auto o = parseObject(body);
    if (!o.ok())
        return o.error();
    Reader r(o.value());
    TokenResponse m;
    m.accessToken = r.string(QStringLiteral("accessToken"), kMaxTokenLength);
    m.accessExpiresIn = int(r.integer(QStringLiteral("accessExpiresIn"), 1, 366 * 86400));
    m.refreshToken = r.string(QStringLiteral("refreshToken"), kMaxTokenLength);
    m.refreshExpiresIn = int(r.integer(QStringLiteral("refreshExpiresIn"), 1, 366 * 86400));
    if (r.error())
        return r.error();
    return m;
}

Result<PushRequestDecoded> decodePushRequest(const QByteArray& body)
{
    auto o = parseObject(body);
    if (!o.ok())
        return o.error();
    Reader r(o.value());
    PushRequestDecoded d;
    PushRequest& m = d.request;
    m.batchId = r.uuid(QStringLiteral("batchId"));
    m.epoch = r.uuid(QStringLiteral("epoch"));
    m.accessLogSeq = r.integer(QStringLiteral("accessLogSeq"), 0, kMaxSeq, false);
    m.accessLogHash = r.string(QStringLiteral("accessLogHash"), 128, false);
    const QJsonArray events = r.array(QStringLiteral("events"), kMaxEventsPerPush);
    if (r.error())
        return r.error();
    for (const QJsonValue& v : events) {
        const QJsonObject eo = v.toObject();
        auto e = decodeEvent(eo);
        const QString id = eo.value(QStringLiteral("id")).toString();
        if (!e.ok()) {
            // Reported back by id when it has a usable one; otherwise by its position.
            d.malformed << PushResult{isUuid(id) ? id : QString(), PushResult::Status::Rejected, 0,
                                      RejectReason::Malformed};
            continue;
        }
        QByteArray payload = compact(e->payload);
        if (payload.size() > kMaxEventBytes) {
            d.malformed << PushResult{id, PushResult::Status::Rejected, 0, RejectReason::TooLarge};
            continue;
        }
        m.events << e.value();
        m.payloadJson << payload;
    }
    return d;
}

Result<PushResponse> decodePushResponse(const QByteArray& body)
{
    auto o = parseObject(body);
    if (!o.ok())
        return o.error();
    Reader r(o.value());
    PushResponse m;
    m.epoch = r.uuid(QStringLiteral("epoch"));
    const QJsonArray results = r.array(QStringLiteral("results"), kMaxEventsPerPush);
    if (r.error())
        return r.error();
    for (const QJsonValue& v : results) {
        const QJsonObject ro = v.toObject();
        Reader rr(ro, QStringLiteral("results[]."));
        PushResult p;
        p.id = rr.uuid(QStringLiteral("id"), false);
        auto status = statusFrom(rr.string(QStringLiteral("status"), 16));
        if (rr.error())
            return rr.error();
        if (!status.ok())
            return status.error();
        p.status = status.value();
        if (p.status == PushResult::Status::Rejected)
            p.reason = rr.string(QStringLiteral("reason"), 64);
        else
            p.seq = rr.integer(QStringLiteral("seq"), 1, kMaxSeq);
        if (rr.error())
            return rr.error();
        m.results << p;
    }
    return m;
}

Result<ErrorResponse> decodeErrorResponse(const QByteArray& body)
{
    auto o = parseObject(body);
    if (!o.ok())
        return o.error();
    Reader r(o.value());
    ErrorResponse m;
    m.error = r.string(QStringLiteral("error"), 64);
    m.message = r.string(QStringLiteral("message"), 1024, false);
    m.epoch = r.uuid(QStringLiteral("epoch"), false);
    if (r.error())
        return r.error();
    return m;
}

} // namespace fortrolig::protocol
