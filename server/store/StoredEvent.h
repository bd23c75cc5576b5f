#pragma once

#include "app/core/Error.h"
#include "app/journal/Event.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace fortrolig::server {

class Sealer;

// How an event's parts are kept in the `events` and `objects` tables, so that a reader of the
// database (PostgreSQL stores what it is given in the clear) learns no citizen's data from
// them, not even by guessing: see "What a database reader sees" in docs/threat-model.md.
namespace StoredEvent {

// Payloads are padded before they are sealed (ISO/IEC 7816-4, to a multiple of this): the
// sealed size tells a name's or a note's length to within this many bytes only.
constexpr int kPayloadBlock = 256;

// Since schema 3 a payload is sealed under its case's own data key (CaseKeys), which a purge
// destroys: every copy of the row left anywhere (dead tuples, WAL, backups) no longer opens.
// Such payloads begin with kCaseSealed; those sealed under the storage key (schema 2) do not.
// A case's key is replaced when one of its notes is removed on the controller's instruction
// (CaseStore::removeNote): payloads under a later generation of it begin with kCaseSealedGen
// and the generation (4 bytes, big-endian); generation 0 keeps kCaseSealed.
inline const QByteArray kCaseSealed = QByteArrayLiteral("\0ck1");
inline const QByteArray kCaseSealedGen = QByteArrayLiteral("\0ckg");
QByteArray sealPayload(const unsigned char* caseKey, int generation, const QString& eventId,
                       const QByteArray& json);
// The case key's generation a payload is sealed under; -1 if it is not case-sealed.
int generationOf(const QByteArray& sealed);
// Schema 2's form, under the storage key's sealing key (for the upgrades and their tests).
QByteArray sealPayload(const Sealer& sealer, const QString& eventId, const QByteArray& json);
// Either form: `caseKey` (null if the case has none) opens a case-sealed payload, `sealer` an
// older one. `size`, if given, gets the payload's size in bytes (unpadded).
Result<QJsonObject> openPayload(const Sealer& sealer, const unsigned char* caseKey,
                                const QString& eventId, const QByteArray& sealed,
                                qint64* size = nullptr);
// The payload's compact JSON as it was sealed (what a page of the feed sends as it is).
Result<QByteArray> openPayloadJson(const Sealer& sealer, const unsigned char* caseKey,
                                   const QString& eventId, const QByteArray& sealed);
bool isCaseSealed(const QByteArray& sealed);
// The payload sealed again under another key of its case (`to`, of `generation`): the padded
// bytes as they are, not written anew. `from` as openPayload's `caseKey`.
Result<QByteArray> resealPayload(const Sealer& sealer, const unsigned char* from,
                                 const unsigned char* to, int generation, const QString& eventId,
                                 const QByteArray& sealed);

// SHA-256 of the whole event (compact JSON): what schema 1 stored as the content hash, and
// anyone who can guess the payload can compute. Never stored since schema 2.
QByteArray digest(const Event& event);
// The same, given the payload's compact JSON (Event::payloadJson) already written.
QByteArray digest(const Event& event, const QByteArray& payloadJson);
// What `events.content_hash` holds: the keyed hash of the digest. Over the digest, not the
// event, so that the upgrade from schema 1 turns each stored digest into it as it is.
QString contentHash(const Sealer& sealer, const QByteArray& digest);
inline QString contentHash(const Sealer& sealer, const Event& event)
{
    return contentHash(sealer, digest(event));
}
inline QString contentHash(const Sealer& sealer, const Event& event, const QByteArray& payloadJson)
{
    return contentHash(sealer, digest(event, payloadJson));
}

// What `objects.id` holds: the object's id under the keyed hash. The ids of field versions
// name the field ("EVENT:cpr"); stored as they are, they would tell which of a citizen's
// details was corrected.
QString objectId(const Sealer& sealer, const QString& id);

} // namespace StoredEvent
} // namespace fortrolig::server
