#pragma once

#include "core/Error.h"
#include "journal/Event.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace fortrolig::server {

class Sealer;

// How an event's parts are kept in the `events` table, so that a reader of the
// database (PostgreSQL stores what it is given in the clear) learns no citizen's data from
// them, not even by guessing: see "What a database reader sees" in docs/threat-model.md.
namespace StoredEvent {

QByteArray sealPayload(const Sealer& sealer, const QString& eventId, const QByteArray& json);
// `size`, if given, gets the payload's size in bytes.
Result<QJsonObject> openPayload(const Sealer& sealer, const QString& eventId,
                                const QByteArray& sealed, qint64* size = nullptr);

// SHA-256 of the whole event (compact JSON): what schema 1 stored as the content hash, and
// anyone who can guess the payload can compute. Never stored since schema 2.
QByteArray digest(const Event& event);
// What `events.content_hash` holds: the keyed hash of the digest. Over the digest, not the
// event, so that the upgrade from schema 1 turns each stored digest into it as it is.
QString contentHash(const Sealer& sealer, const QByteArray& digest);
inline QString contentHash(const Sealer& sealer, const Event& event)
{
    return contentHash(sealer, digest(event));
}

} // namespace StoredEvent
} // namespace fortrolig::server
