#include "store/StoredEvent.h"

#include "app/sync/Protocol.h"
#include "keys/ServerKey.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QtEndian>
#include <sodium.h>

namespace fortrolig::server::StoredEvent {

namespace {

QByteArray padded(const QByteArray& json)
{
    QByteArray out = json;
    out.resize(json.size() + kPayloadBlock);
    std::size_t length = 0;
    sodium_pad(&length, reinterpret_cast<unsigned char*>(out.data()), std::size_t(json.size()),
               kPayloadBlock, std::size_t(out.size()));
    out.truncate(qsizetype(length));
    return out;
}

Result<QByteArray> openEither(const Sealer& sealer, const unsigned char* caseKey,
                              const QString& eventId, const QByteArray& sealed)
{
    const QByteArray context = eventId.toLatin1();
    if (isCaseSealed(sealed) && caseKey) {
        const qsizetype header =
            sealed.startsWith(kCaseSealedGen) ? kCaseSealedGen.size() + 4 : kCaseSealed.size();
        auto plain = Sealer::open(caseKey, sealed.mid(header), context);
        if (plain.ok())
            return plain;
    }
    // Schema 2's form (a random nonce may begin with the marker's bytes, once in 2^32).
    return sealer.open(sealed, context);
}

} // namespace

bool isCaseSealed(const QByteArray& sealed)
{
    return generationOf(sealed) >= 0;
}

int generationOf(const QByteArray& sealed)
{
    if (sealed.startsWith(kCaseSealed))
        return 0;
    if (sealed.startsWith(kCaseSealedGen) && sealed.size() > kCaseSealedGen.size() + 4)
        return int(qFromBigEndian<quint32>(sealed.constData() + kCaseSealedGen.size()) &
                   0x7fffffff);
    return -1;
}

namespace {

QByteArray header(int generation)
{
    if (generation <= 0)
        return kCaseSealed;
    QByteArray out = kCaseSealedGen;
    out.resize(kCaseSealedGen.size() + 4);
    qToBigEndian<quint32>(quint32(generation), out.data() + kCaseSealedGen.size());
    return out;
}

} // namespace

QByteArray sealPayload(const unsigned char* caseKey, int generation, const QString& eventId,
                       const QByteArray& json)
{
    QByteArray plain = padded(json);
    QByteArray sealed = header(generation) + Sealer::seal(caseKey, plain, eventId.toLatin1());
    sodium_memzero(plain.data(), std::size_t(plain.size()));
    return sealed;
}

Result<QByteArray> resealPayload(const Sealer& sealer, const unsigned char* from,
                                 const unsigned char* to, int generation, const QString& eventId,
                                 const QByteArray& sealed)
{
    if (!to)
        return Error(ErrorCode::Damaged, QStringLiteral("a case has no key"));
    auto plain = openEither(sealer, from, eventId, sealed);
    if (!plain.ok())
        return Error(ErrorCode::Damaged, QStringLiteral("event payload does not open"));
    QByteArray out = header(generation) + Sealer::seal(to, plain.value(), eventId.toLatin1());
    sodium_memzero(plain->data(), std::size_t(plain->size()));
    return out;
}

QByteArray sealPayload(const Sealer& sealer, const QString& eventId, const QByteArray& json)
{
    QByteArray plain = padded(json);
    QByteArray sealed = sealer.seal(plain, eventId.toLatin1());
    sodium_memzero(plain.data(), std::size_t(plain.size()));
    return sealed;
}

Result<QByteArray> openPayloadJson(const Sealer& sealer, const unsigned char* caseKey,
                                   const QString& eventId, const QByteArray& sealed)
{
    auto plain = openEither(sealer, caseKey, eventId, sealed);
    if (!plain.ok())
        return Error(ErrorCode::Damaged, QStringLiteral("event payload does not open"));
    std::size_t length = 0;
    const bool unpadded =
        sodium_unpad(&length, reinterpret_cast<const unsigned char*>(plain->constData()),
                     std::size_t(plain->size()), kPayloadBlock) == 0;
    QByteArray json;
    if (unpadded)
        json = QByteArray(plain->constData(), qsizetype(length));
    sodium_memzero(plain->data(), std::size_t(plain->size()));
    if (!unpadded)
        return Error(ErrorCode::Damaged, QStringLiteral("event payload is not padded"));
    // What was sealed is the payload's compact JSON as the push decoded and wrote it, and the
    // seal is authenticated: an object's braces are all there is to check here.
    if (!json.startsWith('{') || !json.endsWith('}'))
        return Error(ErrorCode::Damaged, QStringLiteral("event payload is not an object"));
    return json;
}

Result<QJsonObject> openPayload(const Sealer& sealer, const unsigned char* caseKey,
                                const QString& eventId, const QByteArray& sealed, qint64* size)
{
    auto json = openPayloadJson(sealer, caseKey, eventId, sealed);
    if (!json.ok())
        return json.error();
    if (size)
        *size = json->size();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.value(), &error);
    sodium_memzero(json->data(), std::size_t(json->size()));
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error(ErrorCode::Damaged, QStringLiteral("event payload is not an object"));
    return doc.object();
}

QByteArray digest(const Event& event)
{
    return QCryptographicHash::hash(
        QJsonDocument(protocol::encodeEvent(event)).toJson(QJsonDocument::Compact),
        QCryptographicHash::Sha256);
}

QByteArray digest(const Event& event, const QByteArray& payloadJson)
{
    return QCryptographicHash::hash(protocol::encodeEventJson(event, payloadJson),
                                    QCryptographicHash::Sha256);
}

QString contentHash(const Sealer& sealer, const QByteArray& digest)
{
    return sealer.hasher().hex("event-content", digest);
}

QString objectId(const Sealer& sealer, const QString& id)
{
    return sealer.hasher().hex("object-id", id.toUtf8());
}

} // namespace fortrolig::server::StoredEvent
