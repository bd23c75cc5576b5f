#include "store/StoredEvent.h"

#include "app/sync/Protocol.h"
#include "keys/ServerKey.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <sodium.h>

namespace fortrolig::server::StoredEvent {

QByteArray sealPayload(const Sealer& sealer, const QString& eventId, const QByteArray& json)
{
    QByteArray padded = json;
    padded.resize(json.size() + kPayloadBlock);
    std::size_t length = 0;
    sodium_pad(&length, reinterpret_cast<unsigned char*>(padded.data()), std::size_t(json.size()),
               kPayloadBlock, std::size_t(padded.size()));
    padded.truncate(qsizetype(length));
    QByteArray sealed = sealer.seal(padded, eventId.toLatin1());
    sodium_memzero(padded.data(), std::size_t(padded.size()));
    return sealed;
}

Result<QJsonObject> openPayload(const Sealer& sealer, const QString& eventId,
                                const QByteArray& sealed, qint64* size)
{
    auto plain = sealer.open(sealed, eventId.toLatin1());
    if (!plain.ok())
        return Error(ErrorCode::Damaged, QStringLiteral("event payload does not open"));
    std::size_t length = 0;
    if (sodium_unpad(&length, reinterpret_cast<const unsigned char*>(plain->constData()),
                     std::size_t(plain->size()), kPayloadBlock) != 0)
        return Error(ErrorCode::Damaged, QStringLiteral("event payload is not padded"));
    if (size)
        *size = qint64(length);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(plain->constData(), qsizetype(length)), &error);
    sodium_memzero(plain->data(), std::size_t(plain->size()));
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
