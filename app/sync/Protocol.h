#pragma once

#include "app/core/Error.h"
#include "app/journal/Event.h"
#include "app/journal/Feed.h"
#include "app/privacy/AccessLogEntry.h"
#include "app/wire/WireNames.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace fortrolig::protocol {

// The sync protocol's messages and their JSON form, shared by the client and the server
// (docs/protocol.md). Decoding is strict about what it needs (types, lengths, formats) and
// ignores fields it does not know, so a newer peer can add some. A decode error names the
// field, never its value: values may be personal data.

struct StatusResponse
{
    QString server; // "fortrolig-server"
    int protocol = kVersion;
    QString epoch;
};

struct EnrollRequest
{
    QString code;
    QString deviceName; // e.g. the laptop's host name; shown to the administrator
};
struct EnrollResponse
{
    QString deviceId;
    QString username;
    QString epoch;
    QString displayName = {}; // the consultant's full name (optional: older servers omit it)
};

struct LoginRequest
{
    QString username;
    QByteArray passphrase; // UTF-8; wiped by the caller after use
    QString totp;
    QString deviceId;
};
struct RefreshRequest
{
    QString refreshToken;
};
struct TokenResponse
{
    QString accessToken;
    int accessExpiresIn = 0; // seconds
    QString refreshToken;
    int refreshExpiresIn = 0;
};

struct PushRequest
{
    QString batchId;
    QString epoch;
    // The newest entry of the device's access-log chain: the server keeps it as an anchor
    // that a rewritten chain can no longer match.
    qint64 accessLogSeq = 0;
    QString accessLogHash;
    QList<Event> events;
    // Decoded by the server: each event's payload as compact JSON, the bytes its size was
    // checked on; the server seals and hashes the same bytes instead of writing them again.
    // Empty in a request made in memory (then each is written when needed). Never sent.
    QList<QByteArray> payloadJson;
};

using PushResult = fortrolig::PushOutcome; // app/journal/Feed.h
struct PushResponse
{
    QString epoch;
    QList<PushResult> results;
};

using ChangeItem = fortrolig::PulledChange; // app/journal/Feed.h
// The feed's page (its entries and next cursor: app/journal/Feed.h) and what the server says
// about it besides.
struct ChangesResponse : fortrolig::PulledPage
{
    QString epoch;
    qint64 remaining = -1; // entries after the request's cursor, when asked for (count=1)
};

// The device's access-log entries the server has not got (docs/protocol.md, "The access
// log"): the whole chain, not only its head, so that a lost laptop does not take the evidence
// with it and an access package shows every device's uses of a case.
struct LogPushRequest
{
    QList<AccessLogEntry> entries; // oldest first; each with its stored time (atText)
    // The oldest entry the device still has: those before it (pruned) can never come.
    qint64 oldest = 0;
};
struct LogPushResponse
{
    // The device's entries the server holds without a gap from the first it got: the device
    // sends again from here if it sent more (the server was restored from a backup).
    qint64 through = 0;
    int stored = 0;    // new entries
    int conflicts = 0; // a number the server holds already, with another hash (kept: the first)
};

// One use of a case from the server's copy of a device's log.
using LoggedUse = fortrolig::DeviceLogEntry; // app/privacy/AccessLogEntry.h
// GET access-log/extract?citizen=ID: every device's uses of a case, for its holder.
struct LogExtract
{
    QString citizenId;
    QList<LoggedUse> uses; // by device, then seq
};

struct ErrorResponse
{
    QString error;
    QString message;
    QString epoch; // epoch-changed: the server's new epoch
};

// Values that appear everywhere.
using fortrolig::isUuid; // lower-case, as newId() makes them
bool isIsoTime(const QString& text);

QJsonObject encodeEvent(const Event& event);
// The compact JSON of encodeEvent(event), with `payloadJson` (the payload's compact JSON)
// as its payload: the same bytes, without writing the payload again.
QByteArray encodeEventJson(const Event& event, const QByteArray& payloadJson);
Result<Event> decodeEvent(const QJsonObject& json);

QByteArray encode(const StatusResponse& m);
QByteArray encode(const EnrollRequest& m);
QByteArray encode(const EnrollResponse& m);
QByteArray encode(const LoginRequest& m);
QByteArray encode(const RefreshRequest& m);
QByteArray encode(const TokenResponse& m);
QByteArray encode(const PushRequest& m);
QByteArray encode(const PushResponse& m);
QByteArray encode(const ChangesResponse& m);
QByteArray encode(const ErrorResponse& m);
QByteArray encode(const LogPushRequest& m);
QByteArray encode(const LogPushResponse& m);
QByteArray encode(const LogExtract& m);

Result<StatusResponse> decodeStatusResponse(const QByteArray& body);
Result<EnrollRequest> decodeEnrollRequest(const QByteArray& body);
Result<EnrollResponse> decodeEnrollResponse(const QByteArray& body);
Result<LoginRequest> decodeLoginRequest(const QByteArray& body);
Result<RefreshRequest> decodeRefreshRequest(const QByteArray& body);
Result<TokenResponse> decodeTokenResponse(const QByteArray& body);
// Events are decoded one by one: a malformed event is reported in `malformed` (by index,
// with its id when it has one) and the rest of the batch is still usable.
struct PushRequestDecoded
{
    PushRequest request;
    QList<PushResult> malformed;
};
Result<PushRequestDecoded> decodePushRequest(const QByteArray& body);
Result<PushResponse> decodePushResponse(const QByteArray& body);
Result<ChangesResponse> decodeChangesResponse(const QByteArray& body);
Result<ErrorResponse> decodeErrorResponse(const QByteArray& body);
Result<LogPushRequest> decodeLogPushRequest(const QByteArray& body);
Result<LogPushResponse> decodeLogPushResponse(const QByteArray& body);
Result<LogExtract> decodeLogExtract(const QByteArray& body);

QString statusName(PushResult::Status status);
QString kindName(ChangeItem::Kind kind);

} // namespace fortrolig::protocol
