#pragma once

#include <QByteArray>
#include <QString>

namespace fortrolig::server {

// Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA1, 30-second steps, six
// digits, what every authenticator app understands.
namespace Totp {
inline constexpr int kStepSeconds = 30;
inline constexpr int kDigits = 6;

QByteArray newSecret(); // 20 random bytes
QString code(const QByteArray& secret, qint64 step);
qint64 stepAt(qint64 unixSeconds);
// The step the code belongs to, within one step either side of `unixSeconds` (clock drift),
// or -1. Codes compare in constant time.
qint64 matchingStep(const QByteArray& secret, const QString& code, qint64 unixSeconds);

QString base32(const QByteArray& bytes); // RFC 4648, no padding
// otpauth://totp/ISSUER:USER?secret=...&issuer=...: what authenticator apps scan.
QString provisioningUri(const QByteArray& secret, const QString& username,
                        const QString& issuer = QStringLiteral("Fortrolig"));
} // namespace Totp

// Passphrases of consultants' server accounts: Argon2id (libsodium's crypto_pwhash_str,
// interactive limits: the server answers many logins, each costs 64 MiB for a moment).
namespace PasswordHash {
QString make(const QByteArray& passphrase);
bool verify(const QString& hash, const QByteArray& passphrase);
// Spends the time a verification would, for an unknown user (no timing oracle).
void verifyDummy(const QByteArray& passphrase);
} // namespace PasswordHash

} // namespace fortrolig::server
