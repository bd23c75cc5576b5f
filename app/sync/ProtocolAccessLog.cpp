// The access-log messages of the sync protocol (docs/protocol.md, "The access log").
#include "app/sync/Protocol.h"
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

constexpr qint64 kMaxSeq = (qint64(1) << 53) - 1; // exact in a JSON number

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool isHash(const QString& text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

QJsonObject encodeEntry(const AccessLogEntry& e)
{
    return {{QStringLiteral("seq"), e.seq},
            {QStringLiteral("at"), e.atText},
            {QStringLiteral("consultant"), e.consultant},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("citizenId"), e.citizenId},
            {QStringLiteral("reason"), e.reason},
            {QStringLiteral("prevHash"), e.prevHash},
            {QStringLiteral("hash"), e.hash}};
}

// The fields of one entry, its time kept as the text its hash covers.
Result<AccessLogEntry> decodeEntry(const QJsonObject& o, const QString& prefix)
{
    Reader r(o, prefix);
    AccessLogEntry e;
    e.seq = r.integer(QStringLiteral("seq"), 1, kMaxSeq);
    e.atText = r.string(QStringLiteral("at"), 40);
    e.consultant = r.string(QStringLiteral("consultant"), 256);
    e.action = r.string(QStringLiteral("action"), 64);
    e.citizenId = r.string(QStringLiteral("citizenId"), 36, false);
    e.reason = r.string(QStringLiteral("reason"), kMaxLogReasonLength, false);
    e.prevHash = r.string(QStringLiteral("prevHash"), 64);
    e.hash = r.string(QStringLiteral("hash"), 64);
    if (!r.error() && !isIsoTime(e.atText))
        r.fail(QStringLiteral("at"), QStringLiteral("not an ISO 8601 time"));
    if (!r.error() && !e.citizenId.isEmpty() && !isUuid(e.citizenId))
        r.fail(QStringLiteral("citizenId"), QStringLiteral("not a UUID"));
    if (!r.error() && (!isHash(e.prevHash) || !isHash(e.hash)))
        r.fail(QStringLiteral("hash"), QStringLiteral("not a SHA-256 in hex"));
    if (r.error())
        return r.error();
    e.at = QDateTime::fromString(e.atText, Qt::ISODateWithMs).toUTC();
    return e;
}

} // namespace

QByteArray encode(const LogPushRequest& m)
{
    QJsonArray entries;
    for (const AccessLogEntry& e : m.entries)
        entries << encodeEntry(e);
    return compact({{QStringLiteral("entries"), entries}, {QStringLiteral("oldest"), m.oldest}});
}

QByteArray encode(const LogPushResponse& m)
{
    return compact({{QStringLiteral("through"), m.through},
                    {QStringLiteral("stored"), m.stored},
                    {QStringLiteral("conflicts"), m.conflicts}});
}

QByteArray encode(const LogExtract& m)
{
    QJsonArray uses;
    for (const LoggedUse& u : m.uses) {
        QJsonObject o = encodeEntry(u.entry);
        o.insert(QStringLiteral("device"), u.device);
        o.insert(QStringLiteral("deviceName"), u.deviceName);
        o.insert(QStringLiteral("intact"), u.intact);
        uses << o;
    }
    return compact({{QStringLiteral("citizenId"), m.citizenId}, {QStringLiteral("uses"), uses}});
}

Result<LogPushRequest> decodeLogPushRequest(const QByteArray& body)
{
    auto o = parseObject(body);
    if (!o.ok())
        return o.error();
    Reader r(o.value());
    const QJsonArray entries = r.array(QStringLiteral("entries"), kMaxLogEntriesPerPush);
    LogPushRequest m;
    m.oldest = r.integer(QStringLiteral("oldest"), 0, kMaxSeq, false);
    if (r.error())
        return r.error();
    qint64 last = 0;
    for (const QJsonValue& v : entries) {
        if (!v.isObject())
            return invalid(QStringLiteral("entries[]"), QStringLiteral("not an object"));
        auto e = decodeEntry(v.toObject(), QStringLiteral("entries[]."));
        if (!e.ok())
            return e.error();
        if (e->seq <= last)
            return invalid(QStringLiteral("entries[].seq"), QStringLiteral("not ascending"));
        last = e->seq;
        m.entries << e.value();
    }
    return m;
}

Result<LogPushResponse> decodeLogPushResponse(const QByteArray& body)
{
    auto o = parseObject(body);
    if (!o.ok())
        return o.error();
    Reader r(o.value());
    LogPushResponse m;
    m.through = r.integer(QStringLiteral("through"), 0, kMaxSeq);
    m.stored = int(r.integer(QStringLiteral("stored"), 0, kMaxLogEntriesPerPush));
    m.conflicts = int(r.integer(QStringLiteral("conflicts"), 0, kMaxLogEntriesPerPush));
    if (r.error())
        return r.error();
    return m;
}

Result<LogExtract> decodeLogExtract(const QByteArray& body)
{
    auto o = parseObject(body);
    if (!o.ok())
        return o.error();
    Reader r(o.value());
    LogExtract m;
    m.citizenId = r.uuid(QStringLiteral("citizenId"));
    const QJsonArray uses = r.array(QStringLiteral("uses"), 10'000'000);
    if (r.error())
        return r.error();
    for (const QJsonValue& v : uses) {
        if (!v.isObject())
            return invalid(QStringLiteral("uses[]"), QStringLiteral("not an object"));
        const QJsonObject u = v.toObject();
        auto e = decodeEntry(u, QStringLiteral("uses[]."));
        if (!e.ok())
            return e.error();
        Reader ur(u, QStringLiteral("uses[]."));
        LoggedUse use;
        use.device = ur.uuid(QStringLiteral("device"));
        use.deviceName = ur.string(QStringLiteral("deviceName"), 256, false);
        use.intact = ur.boolean(QStringLiteral("intact"));
        if (ur.error())
            return ur.error();
        if (e->citizenId != m.citizenId)
            return invalid(QStringLiteral("uses[].citizenId"), QStringLiteral("another case"));
        use.entry = e.value();
        m.uses << use;
    }
    return m;
}

} // namespace fortrolig::protocol
