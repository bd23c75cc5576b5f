#include "store/StoredEvent.h"

#include "accounts/ServerKey.h"
#include "sync/Protocol.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <sodium.h>

namespace fortrolig::server::StoredEvent {

QByteArray sealPayload(const Sealer& sealer, const QString& eventId, const QByteArray& json)
{
    return sealer.seal(json, eventId.toLatin1());
}

Result<QJsonObject> openPayload(const Sealer& sealer, const QString& eventId,
                                const QByteArray& sealed, qint64* size)
{
    auto plain = sealer.open(sealed, eventId.toLatin1());
    if (!plain.ok())
        return Error(ErrorCode::Damaged, QStringLiteral("event payload does not open"));
    if (size)
        *size = plain->size();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(plain.value(), &error);
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

QString contentHash(const Sealer& sealer, const QByteArray& digest)
{
    return sealer.hasher().hex("event-content", digest);
}

} // namespace fortrolig::server::StoredEvent
