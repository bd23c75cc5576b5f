#pragma once

#include <QByteArray>
#include <QString>

// The sync protocol's names and limits (docs/protocol.md): what the client, the server's
// HTTP layer and its API must spell the same. Nothing else: no messages (sync/Protocol.h),
// so the server's HTTP layer can use these without the journal.
namespace fortrolig::protocol {

inline constexpr int kVersion = 1;
inline constexpr int kMaxEventsPerPush = 500;
inline constexpr int kMaxPageSize = 1000;
inline constexpr int kDefaultPageSize = 500;
inline constexpr qsizetype kMaxEventBytes = 1024 * 1024;
inline constexpr qsizetype kMaxBodyBytes = 16 * 1024 * 1024;
// An access-log push is a small body (at most the server's limit for one, 64 KiB): a device
// sends this many entries at most, fewer when their reasons are long.
inline constexpr int kMaxLogEntriesPerPush = 200;
inline constexpr qsizetype kMaxLogPushBytes = 48 * 1024;
inline constexpr int kMaxLogReasonLength = 16000;

namespace Path {
inline const QString Status = QStringLiteral("/api/v1/status");
inline const QString Enroll = QStringLiteral("/api/v1/enroll");
inline const QString Login = QStringLiteral("/api/v1/login");
inline const QString Token = QStringLiteral("/api/v1/token");
inline const QString Push = QStringLiteral("/api/v1/push");
inline const QString Changes = QStringLiteral("/api/v1/changes");
inline const QString AccessLog = QStringLiteral("/api/v1/access-log");                // POST
inline const QString AccessLogExtract = QStringLiteral("/api/v1/access-log/extract"); // GET
} // namespace Path

// Error codes in the body of every 4xx/5xx answer: {"error": CODE, "message": TEXT}.
namespace WireError {
inline const QString BadRequest = QStringLiteral("bad-request");
inline const QString TooLarge = QStringLiteral("too-large");
inline const QString Unauthorized = QStringLiteral("unauthorized"); // token missing or expired
inline const QString InvalidCredentials = QStringLiteral("invalid-credentials");
inline const QString AccountLocked = QStringLiteral("account-locked");
inline const QString DeviceRevoked = QStringLiteral("device-revoked");
inline const QString InvalidCode = QStringLiteral("invalid-code");
inline const QString EpochChanged = QStringLiteral("epoch-changed");
inline const QString NotFound = QStringLiteral("not-found");
inline const QString MethodNotAllowed = QStringLiteral("method-not-allowed");
inline const QString Timeout = QStringLiteral("timeout");
inline const QString Busy = QStringLiteral("busy");
inline const QString RateLimited = QStringLiteral("rate-limited"); // 429: too many logins
inline const QString Internal = QStringLiteral("internal");
} // namespace WireError

// Why the server refused one pushed event (the others in the batch go on).
namespace RejectReason {
inline const QString Malformed = QStringLiteral("malformed");
inline const QString UnknownType = QStringLiteral("unknown-type");
inline const QString NotYourCase = QStringLiteral("not-your-case");
inline const QString Purged = QStringLiteral("purged");
inline const QString UnknownCitizen = QStringLiteral("unknown-citizen");
inline const QString UnknownReference = QStringLiteral("unknown-reference");
inline const QString ConflictingDuplicate = QStringLiteral("conflicting-duplicate");
inline const QString TooLarge = QStringLiteral("too-large");
} // namespace RejectReason

// The body of every 4xx/5xx answer: {"error": code, "message": text[, "epoch": epoch]}.
QByteArray errorBody(const QString& code, const QString& message, const QString& epoch = {});

} // namespace fortrolig::protocol
