#pragma once

#include "app/core/Error.h"
#include "store/Principal.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

namespace fortrolig::server {

class ServerDatabase;
class Sealer;

struct Tokens
{
    QString access;
    int accessSeconds = 0;
    QString refresh;
    int refreshSeconds = 0;
};

struct ConsultantInfo
{
    QString username;
    QString displayName;
    bool locked = false;
    int devices = 0;
};

struct DeviceInfo
{
    QString id;
    QString username;
    QString name;
    qint64 enrolledAt = 0;
    qint64 lastSeenAt = 0;
    bool revoked = false;
};

// Consultants' accounts, their devices, enrollment codes, tokens, lockout and the audit log.
// Errors a client may see use these codes: WrongPassphrase (invalid credentials), LockedOut
// (account locked), NotAllowed (device revoked), NotFound (unknown or expired token or code).
class Accounts
{
public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch
    static constexpr int kAccessSeconds = 15 * 60;
    static constexpr int kRefreshSeconds = 30 * 24 * 3600;
    static constexpr int kFailuresBeforeLock = 3;
    static constexpr qint64 kFailureWindowMs = 24LL * 3600 * 1000;

    Accounts(ServerDatabase& db, const Sealer& sealer, Clock clock);

    // Administration (fortrolig-server subcommands). `actor` goes into the audit log.
    Result<QByteArray> createConsultant(const QString& username, const QString& displayName,
                                        const QByteArray& passphrase, const QString& actor);
    Result<QByteArray> resetTotp(const QString& username, const QString& actor);
    Error setLocked(const QString& username, bool locked, const QString& actor);
    Result<QList<ConsultantInfo>> consultants();
    Result<QString> issueEnrollmentCode(const QString& username, int validDays,
                                        const QString& actor);
    Result<QList<DeviceInfo>> devices(const QString& username = {});
    Error revokeDevice(const QString& deviceId, const QString& actor);
    bool consultantExists(const QString& username);

    // The protocol.
    struct Enrolled
    {
        QString deviceId;
        QString username;
        QString displayName; // as the administrator wrote it: the name on receipts
    };
    Result<Enrolled> enroll(const QString& code, const QString& deviceName);
    Result<Tokens> login(const QString& username, const QByteArray& passphrase, const QString& totp,
                         const QString& deviceId);
    Result<Tokens> refresh(const QString& refreshToken);
    Result<Principal> authenticate(const QString& accessToken);
    // Last contact, and the newest access-log entry the device reported (its chain's anchor).
    Error touchDevice(const QString& deviceId, qint64 logSeq, const QString& logHash);

    Error audit(const QString& actor, const QString& action, const QString& target,
                const QString& detail = {});

    static QString normalizeCode(const QString& code);
    static bool isValidUsername(const QString& username);

private:
    static QString hashOf(const QString& secret); // SHA-256, hex: how secrets are stored
    Result<Tokens> issueTokens(const QString& deviceId, const QString& username);
    // A login whose passphrase and one-time code (of `step`) were right: the code is used up,
    // the device's tokens start anew.
    Result<Tokens> completeLogin(const QString& username, const QString& deviceId, qint64 step);
    Error recordAttempt(const QString& username, const QString& attempt, bool* lockedNow);
    Error recordFailure(const QString& username, const QString& attempt, const QString& why,
                        bool* lockedNow);
    Error revokeTokensOf(const QString& column, const QString& value, const QString& why);

    ServerDatabase& m_db;
    const Sealer& m_sealer;
    Clock m_clock;
};

} // namespace fortrolig::server
