#include "accounts/Accounts.h"

#include "accounts/Totp.h"
#include "app/journal/Event.h"
#include "keys/ServerKey.h"
#include "store/AuditLog.h"
#include "store/ServerDatabase.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <sodium.h>

namespace fortrolig::server {

namespace {

QByteArray totpContext(const QString& username)
{
    return QByteArrayLiteral("totp:") + username.toUtf8();
}

// Names typed by people may hold anything; what is stored is short and printable.
QString printable(const QString& text, int max)
{
    QString out;
    for (QChar c : text.left(max)) {
        if (c.isPrint())
            out += c;
    }
    return out.simplified();
}

} // namespace

QString Accounts::hashOf(const QString& secret)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Accounts::Accounts(ServerDatabase& db, const Sealer& sealer, Clock clock)
    : m_db(db), m_sealer(sealer), m_clock(std::move(clock))
{
}

bool Accounts::isValidUsername(const QString& username)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,63}$"));
    return re.match(username).hasMatch();
}

QString Accounts::normalizeCode(const QString& code)
{
    QString out;
    for (QChar c : code) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

Error Accounts::audit(const QString& actor, const QString& action, const QString& target,
                      const QString& detail)
{
    return writeAudit(m_db, m_clock(), actor, action, target, detail);
}

bool Accounts::consultantExists(const QString& username)
{
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    return sql.single(QStringLiteral("SELECT count(*) FROM consultants WHERE username = ?"),
                      {username})
               .toInt() > 0;
}

Result<QByteArray> Accounts::createConsultant(const QString& username, const QString& displayName,
                                              const QByteArray& passphrase, const QString& actor)
{
    if (!isValidUsername(username))
        return Error(ErrorCode::InvalidInput,
                     QStringLiteral("a user name is 2-64 of a-z 0-9 . _ - (lower case)"));
    if (QString::fromUtf8(passphrase).size() < 12)
        return Error(ErrorCode::WeakPassphrase);
    const QString hash = PasswordHash::make(passphrase);
    if (hash.isEmpty())
        return Error(ErrorCode::Internal, QStringLiteral("Argon2id"));
    const QByteArray secret = Totp::newSecret();
    Transaction tx(m_db);
    if (tx.error())
        return tx.error();
    if (consultantExists(username))
        return Error(ErrorCode::AlreadyExists, username);
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    sql.run(QStringLiteral("INSERT INTO consultants (username, display_name, pass_hash,"
                           " totp_secret, totp_last_step, created_at) VALUES (?,?,?,?,0,?)"),
            {username, printable(displayName, 200), hash,
             m_sealer.seal(secret, totpContext(username)), m_clock()});
    if (sql.error())
        return sql.error();
    if (Error e = audit(actor, QStringLiteral("consultant-created"), username))
        return e;
    if (Error e = tx.commit())
        return e;
    return secret;
}

Result<QByteArray> Accounts::resetTotp(const QString& username, const QString& actor)
{
    const QByteArray secret = Totp::newSecret();
    Transaction tx(m_db);
    if (tx.error())
        return tx.error();
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    sql.run(QStringLiteral("UPDATE consultants SET totp_secret = ?, totp_last_step = 0"
                           " WHERE username = ?"),
            {m_sealer.seal(secret, totpContext(username)), username});
    if (sql.error())
        return sql.error();
    if (sql.affected() != 1)
        return Error(ErrorCode::NotFound, username);
    if (Error e = audit(actor, QStringLiteral("totp-reset"), username))
        return e;
    if (Error e = tx.commit())
        return e;
    return secret;
}

Error Accounts::setLocked(const QString& username, bool locked, const QString& actor)
{
    Transaction tx(m_db);
    if (tx.error())
        return tx.error();
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    if (locked) {
        sql.run(QStringLiteral("UPDATE consultants SET locked_at = ? WHERE username = ?"),
                {m_clock(), username});
    } else {
        sql.run(QStringLiteral("UPDATE consultants SET locked_at = NULL WHERE username = ?"),
                {username});
    }
    if (sql.error())
        return sql.error();
    if (sql.affected() != 1)
        return Error(ErrorCode::NotFound, username);
    if (!locked)
        sql.run(QStringLiteral("DELETE FROM login_failures WHERE username = ?"), {username});
    if (sql.error())
        return sql.error();
    if (locked) {
        if (Error e =
                revokeTokensOf(QStringLiteral("username"), username, QStringLiteral("locked")))
            return e;
    }
    if (Error e = audit(
            actor, locked ? QStringLiteral("account-locked") : QStringLiteral("account-unlocked"),
            username, QStringLiteral("by administrator")))
        return e;
    return tx.commit();
}

Result<QList<ConsultantInfo>> Accounts::consultants()
{
    SqlRunner sql(m_db.db(), m_db.mapper());
    sql.run(QStringLiteral("SELECT c.username, c.display_name, c.locked_at,"
                           " (SELECT count(*) FROM devices d WHERE d.username = c.username"
                           "  AND d.revoked_at IS NULL)"
                           " FROM consultants c ORDER BY c.username"));
    QList<ConsultantInfo> out;
    while (sql.next())
        out << ConsultantInfo{sql.value(0).toString(), sql.value(1).toString(),
                              !sql.value(2).isNull(), sql.value(3).toInt()};
    if (sql.error())
        return sql.error();
    return out;
}

Result<QString> Accounts::issueEnrollmentCode(const QString& username, int validDays,
                                              const QString& actor)
{
    if (validDays < 1 || validDays > 90)
        return Error(ErrorCode::InvalidInput, QStringLiteral("valid days: 1-90"));
    // 80 random bits as 16 base32 letters in groups of four: typed by a person, once.
    QByteArray bytes(10, Qt::Uninitialized);
    randombytes_buf(bytes.data(), std::size_t(bytes.size()));
    const QString plain = Totp::base32(bytes);
    QString code;
    for (int i = 0; i < plain.size(); i += 4)
        code += (i ? QStringLiteral("-") : QString()) + plain.mid(i, 4);
    Transaction tx(m_db);
    if (tx.error())
        return tx.error();
    if (!consultantExists(username))
        return Error(ErrorCode::NotFound, username);
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    const qint64 now = m_clock();
    sql.run(QStringLiteral("INSERT INTO enrollment_codes (code_hash, username, created_at,"
                           " expires_at) VALUES (?,?,?,?)"),
            {hashOf(normalizeCode(code)), username, now, now + qint64(validDays) * 86400 * 1000});
    if (sql.error())
        return sql.error();
    if (Error e = audit(actor, QStringLiteral("enrollment-code-issued"), username,
                        QStringLiteral("valid days: ") + QString::number(validDays)))
        return e;
    if (Error e = tx.commit())
        return e;
    return code;
}

Result<QList<DeviceInfo>> Accounts::devices(const QString& username)
{
    SqlRunner sql(m_db.db(), m_db.mapper());
    QString q = QStringLiteral("SELECT id, username, name, enrolled_at, last_seen_at, revoked_at"
                               " FROM devices");
    QVariantList values;
    if (!username.isEmpty()) {
        q += QStringLiteral(" WHERE username = ?");
        values << username;
    }
    sql.run(q + QStringLiteral(" ORDER BY username, enrolled_at"), values);
    QList<DeviceInfo> out;
    while (sql.next())
        out << DeviceInfo{sql.value(0).toString(),   sql.value(1).toString(),
                          sql.value(2).toString(),   sql.value(3).toLongLong(),
                          sql.value(4).toLongLong(), !sql.value(5).isNull()};
    if (sql.error())
        return sql.error();
    return out;
}

Error Accounts::revokeDevice(const QString& deviceId, const QString& actor)
{
    Transaction tx(m_db);
    if (tx.error())
        return tx.error();
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    sql.run(QStringLiteral("UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
            {m_clock(), deviceId});
    if (sql.error())
        return sql.error();
    if (sql.affected() != 1)
        return Error(ErrorCode::NotFound, QStringLiteral("device (or already revoked)"));
    if (Error e = revokeTokensOf(QStringLiteral("device_id"), deviceId, QStringLiteral("revoked")))
        return e;
    if (Error e = audit(actor, QStringLiteral("device-revoked"), deviceId))
        return e;
    return tx.commit();
}

Result<Accounts::Enrolled> Accounts::enroll(const QString& code, const QString& deviceName)
{
    const QString hash = hashOf(normalizeCode(code));
    Transaction tx(m_db);
    if (tx.error())
        return tx.error();
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    const qint64 now = m_clock();
    sql.run(QStringLiteral("SELECT e.username, c.locked_at, c.display_name FROM enrollment_codes e"
                           " JOIN consultants c ON c.username = e.username"
                           " WHERE e.code_hash = ? AND e.used_at IS NULL AND e.expires_at > ?"),
            {hash, now});
    if (!sql.next()) {
        if (sql.error())
            return sql.error();
        sql.finish();
        if (Error e = audit(QStringLiteral("-"), QStringLiteral("enrollment-refused"), {},
                            QStringLiteral("unknown, used or expired code")))
            return e;
        if (Error e = tx.commit())
            return e;
        return Error(ErrorCode::NotFound, QStringLiteral("enrollment code"));
    }
    const QString username = sql.value(0).toString();
    const bool locked = !sql.value(1).isNull();
    const QString displayName = sql.value(2).toString();
    sql.finish();
    if (locked)
        return Error(ErrorCode::LockedOut, username);
    const QString deviceId = newId();
    QString name = printable(deviceName, 100);
    if (name.isEmpty())
        name = QStringLiteral("device");
    sql.run(QStringLiteral("UPDATE enrollment_codes SET used_at = ?, device_id = ?"
                           " WHERE code_hash = ? AND used_at IS NULL"),
            {now, deviceId, hash});
    if (!sql.error() && sql.affected() != 1)
        return Error(ErrorCode::NotFound, QStringLiteral("enrollment code")); // used meanwhile
    sql.run(QStringLiteral("INSERT INTO devices (id, username, name, enrolled_at, last_seen_at)"
                           " VALUES (?,?,?,?,?)"),
            {deviceId, username, name, now, now});
    if (sql.error())
        return sql.error();
    if (Error e = audit(username, QStringLiteral("device-enrolled"), deviceId, name))
        return e;
    if (Error e = tx.commit())
        return e;
    return Enrolled{deviceId, username, displayName};
}

Error Accounts::recordAttempt(const QString& username, const QString& attempt, bool* lockedNow)
{
    // Counted as a failure until it succeeds. A fourth attempt while three failures stand (or
    // are still being checked) locks the account without being checked at all.
    *lockedNow = false;
    Transaction tx(m_db);
    if (tx.error())
        return tx.error();
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    const qint64 now = m_clock();
    // One attempt of an account at a time is counted: SQLite's writer lock does that; on
    // PostgreSQL the account's row is locked (two counts could otherwise both see two).
    if (m_db.isPostgres())
        sql.run(QStringLiteral("SELECT username FROM consultants WHERE username = ? FOR UPDATE"),
                {username});
    const int before = sql.single(QStringLiteral("SELECT count(*) FROM login_failures"
                                                 " WHERE username = ? AND at > ?"),
                                  {username, now - kFailureWindowMs})
                           .toInt();
    if (sql.error())
        return sql.error();
    if (before >= kFailuresBeforeLock) {
        *lockedNow = true; // three failures stand, or are being checked: refused unchecked
        return tx.commit();
    }
    sql.run(QStringLiteral("INSERT INTO login_failures (username, at, attempt) VALUES (?, ?, ?)"),
            {username, now, attempt});
    if (sql.error())
        return sql.error();
    return tx.commit();
}

Error Accounts::recordFailure(const QString& username, const QString& attempt, const QString& why,
                              bool* lockedNow)
{
    *lockedNow = false;
    Transaction tx(m_db);
    if (tx.error())
        return tx.error();
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    if (Error e = audit(username, QStringLiteral("login-failed"), username, why))
        return e;
    const int failures = sql.single(QStringLiteral("SELECT count(*) FROM login_failures"
                                                   " WHERE username = ? AND at > ?"),
                                    {username, m_clock() - kFailureWindowMs})
                             .toInt();
    if (sql.error())
        return sql.error();
    Q_UNUSED(attempt); // the attempt's row stays: it is this failure
    if (failures >= kFailuresBeforeLock) {
        sql.run(QStringLiteral("UPDATE consultants SET locked_at = ?"
                               " WHERE username = ? AND locked_at IS NULL"),
                {m_clock(), username});
        if (sql.error())
            return sql.error();
        if (sql.affected() == 1) {
            *lockedNow = true;
            if (Error e =
                    revokeTokensOf(QStringLiteral("username"), username, QStringLiteral("locked")))
                return e;
            if (Error e = audit(QStringLiteral("-"), QStringLiteral("account-locked"), username,
                                QString::number(failures) +
                                    QStringLiteral(" failed logins within 24 hours")))
                return e;
        }
    }
    return tx.commit();
}

namespace {
// What a login is checked against: the consultant and the device, as stored.
struct LoginRecord
{
    QString passHash; // empty: no such consultant
    QByteArray sealedSecret;
    qint64 lastStep = 0;
    bool locked = false;
    QString deviceOwner;
    bool deviceRevoked = false;
};

Result<LoginRecord> readLoginRecord(ServerDatabase& db, const QString& username,
                                    const QString& deviceId)
{
    LoginRecord r;
    SqlRunner sql(db.db(), db.mapper(), &db.cache());
    sql.run(QStringLiteral("SELECT pass_hash, totp_secret, totp_last_step, locked_at"
                           " FROM consultants WHERE username = ?"),
            {username});
    if (sql.next()) {
        r.passHash = sql.value(0).toString();
        r.sealedSecret = sql.value(1).toByteArray();
        r.lastStep = sql.value(2).toLongLong();
        r.locked = !sql.value(3).isNull();
    }
    sql.run(QStringLiteral("SELECT username, revoked_at FROM devices WHERE id = ?"), {deviceId});
    if (sql.next()) {
        r.deviceOwner = sql.value(0).toString();
        r.deviceRevoked = !sql.value(1).isNull();
    }
    if (sql.error())
        return sql.error();
    return r;
}
} // namespace

Result<Tokens> Accounts::login(const QString& username, const QByteArray& passphrase,
                               const QString& totp, const QString& deviceId)
{
    // Read first; the Argon2id check (about 0.1 s) runs outside any transaction so that it
    // never holds up other requests, and it runs for every attempt, whatever the user name
    // or device: the answer's timing tells nothing about which exist.
    const Result<LoginRecord> read = readLoginRecord(m_db, username, deviceId);
    if (!read.ok())
        return read.error();
    const LoginRecord& r = read.value();
    if (r.passHash.isEmpty()) {
        PasswordHash::verifyDummy(passphrase);
        return Error(ErrorCode::WrongPassphrase);
    }
    // The attempt counts before the check (like the journal's unlock): however many arrive at
    // once, no more than the allowed number are ever checked.
    bool lockedNow = false;
    const QString attempt = newId();
    if (!r.locked && r.deviceOwner == username && !r.deviceRevoked) {
        if (Error e = recordAttempt(username, attempt, &lockedNow))
            return e;
    }
    const bool passOk = PasswordHash::verify(r.passHash, passphrase);
    if (r.deviceOwner != username)
        return Error(ErrorCode::WrongPassphrase, QStringLiteral("device not enrolled"));
    if (r.deviceRevoked)
        return Error(ErrorCode::NotAllowed, QStringLiteral("device revoked"));
    if (r.locked || lockedNow)
        return Error(ErrorCode::LockedOut, username);

    auto secret = m_sealer.open(r.sealedSecret, totpContext(username));
    if (!secret.ok())
        return secret.error();
    const qint64 step = Totp::matchingStep(secret.value(), totp, m_clock() / 1000);
    sodium_memzero(secret.value().data(), std::size_t(secret.value().size()));
    const bool totpOk = step > r.lastStep; // a code is good once
    if (!passOk || !totpOk) {
        const QString why = !passOk    ? QStringLiteral("wrong passphrase")
                            : step < 0 ? QStringLiteral("wrong one-time code")
                                       : QStringLiteral("one-time code used before");
        if (Error e = recordFailure(username, attempt, why, &lockedNow))
            return e;
        return lockedNow ? Error(ErrorCode::LockedOut, username)
                         : Error(ErrorCode::WrongPassphrase);
    }
    return completeLogin(username, deviceId, step);
}

Result<Tokens> Accounts::completeLogin(const QString& username, const QString& deviceId,
                                       qint64 step)
{
    Transaction tx(m_db);
    if (tx.error())
        return tx.error();
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    // Only if nobody used this code (or a later one) in the meantime.
    sql.run(QStringLiteral("UPDATE consultants SET totp_last_step = ?"
                           " WHERE username = ? AND totp_last_step < ? AND locked_at IS NULL"),
            {step, username, step});
    if (sql.error())
        return sql.error();
    if (sql.affected() != 1)
        return Error(ErrorCode::WrongPassphrase, QStringLiteral("one-time code used before"));
    sql.run(QStringLiteral("DELETE FROM login_failures WHERE username = ?"), {username});
    // Tokens that can no longer be used are of no further interest.
    sql.run(QStringLiteral("DELETE FROM tokens WHERE device_id = ? AND expires_at < ?"),
            {deviceId, m_clock() - 86400LL * 1000});
    if (sql.error())
        return sql.error();
    // A login starts the device's one chain of tokens anew: whatever chain existed before
    // (perhaps copied) ends here.
    if (Error e = revokeTokensOf(QStringLiteral("device_id"), deviceId, QStringLiteral("login")))
        return e;
    auto tokens = issueTokens(deviceId, username);
    if (!tokens.ok())
        return tokens.error();
    if (Error e = audit(username, QStringLiteral("login"), deviceId))
        return e;
    if (Error e = tx.commit())
        return e;
    return tokens;
}

Error Accounts::touchDevice(const QString& deviceId, qint64 logSeq, const QString& logHash)
{
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    if (logSeq > 0) {
        sql.run(QStringLiteral("UPDATE devices SET last_seen_at = ?, access_log_seq = ?,"
                               " access_log_hash = ? WHERE id = ? AND access_log_seq <= ?"),
                {m_clock(), logSeq, logHash.left(128), deviceId, logSeq});
    } else {
        sql.run(QStringLiteral("UPDATE devices SET last_seen_at = ? WHERE id = ?"),
                {m_clock(), deviceId});
    }
    return sql.error();
}

} // namespace fortrolig::server
