// Accounts: access and refresh tokens (issued, rotated, checked, revoked).
#include "accounts/Accounts.h"

#include "store/ServerDatabase.h"

#include <sodium.h>

namespace fortrolig::server {

namespace {

QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), std::size_t(bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

Error Accounts::revokeTokensOf(const QString& column, const QString& value, const QString& why)
{
    // `column` is one of two constants of this file, never input.
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    sql.run(QStringLiteral("UPDATE tokens SET revoked_at = ?, revoked_why = ?"
                           " WHERE revoked_at IS NULL AND ") +
                column + QStringLiteral(" = ?"),
            {m_clock(), why, value});
    return sql.error();
}

Result<Tokens> Accounts::issueTokens(const QString& deviceId, const QString& username)
{
    Tokens t{randomToken(), kAccessSeconds, randomToken(), kRefreshSeconds};
    const qint64 now = m_clock();
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    const QString insert =
        QStringLiteral("INSERT INTO tokens (token_hash, kind, device_id, username, expires_at)"
                       " VALUES (?,?,?,?,?)");
    sql.run(insert, {hashOf(t.access), QStringLiteral("access"), deviceId, username,
                     now + qint64(kAccessSeconds) * 1000});
    sql.run(insert, {hashOf(t.refresh), QStringLiteral("refresh"), deviceId, username,
                     now + qint64(kRefreshSeconds) * 1000});
    sql.run(QStringLiteral("UPDATE devices SET last_seen_at = ? WHERE id = ?"), {now, deviceId});
    if (sql.error())
        return sql.error();
    return t;
}

Result<Tokens> Accounts::refresh(const QString& refreshToken)
{
    Transaction tx(m_db);
    if (tx.error())
        return tx.error();
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    const qint64 now = m_clock();
    sql.run(QStringLiteral("SELECT t.device_id, t.username, t.expires_at, t.revoked_at,"
                           " d.revoked_at, c.locked_at, t.revoked_why FROM tokens t"
                           " JOIN devices d ON d.id = t.device_id"
                           " JOIN consultants c ON c.username = t.username"
                           " WHERE t.token_hash = ? AND t.kind = 'refresh'"),
            {hashOf(refreshToken)});
    if (!sql.next()) {
        if (sql.error())
            return sql.error();
        return Error(ErrorCode::NotFound, QStringLiteral("refresh token"));
    }
    const QString deviceId = sql.value(0).toString();
    const QString username = sql.value(1).toString();
    const qint64 expires = sql.value(2).toLongLong();
    const bool tokenRevoked = !sql.value(3).isNull();
    const bool deviceRevoked = !sql.value(4).isNull();
    const bool locked = !sql.value(5).isNull();
    const bool rotated = sql.value(6).toString() == QStringLiteral("rotated");
    sql.finish();
    if (deviceRevoked)
        return Error(ErrorCode::NotAllowed, QStringLiteral("device revoked"));
    if (locked)
        return Error(ErrorCode::LockedOut, username);
    if (tokenRevoked && !rotated) // revoked with its device's tokens: nothing more to do
        return Error(ErrorCode::NotFound, QStringLiteral("refresh token"));
    // A used refresh token shown again: someone has a copy. Nothing of this device's tokens
    // is trusted any more; the consultant logs in again.
    auto reused = [&]() -> Error {
        if (Error e =
                revokeTokensOf(QStringLiteral("device_id"), deviceId, QStringLiteral("reused")))
            return e;
        // The revocation must hold, and be on record, before the refusal is answered.
        if (Error e = audit(username, QStringLiteral("refresh-token-reused"), deviceId))
            return e;
        if (Error e = tx.commit())
            return e;
        return Error(ErrorCode::NotFound, QStringLiteral("refresh token"));
    };
    if (tokenRevoked)
        return reused();
    if (expires <= now)
        return Error(ErrorCode::NotFound, QStringLiteral("refresh token"));
    // Once: of two requests with the same token at the same moment only one gets new tokens.
    sql.run(QStringLiteral("UPDATE tokens SET revoked_at = ?, revoked_why = 'rotated'"
                           " WHERE token_hash = ? AND revoked_at IS NULL"),
            {now, hashOf(refreshToken)});
    if (sql.error())
        return sql.error();
    // Another request rotated it at this very moment: the token was used twice, which is
    // reuse (SQLite serialises the two and the second one sees it as such above).
    if (sql.affected() != 1)
        return reused();
    // The device's tokens that have run out are of no further interest.
    sql.run(QStringLiteral("DELETE FROM tokens WHERE device_id = ? AND expires_at < ?"),
            {deviceId, now - 86400LL * 1000});
    if (sql.error())
        return sql.error();
    auto tokens = issueTokens(deviceId, username);
    if (!tokens.ok())
        return tokens.error();
    if (Error e = tx.commit())
        return e;
    return tokens;
}

Result<Principal> Accounts::authenticate(const QString& accessToken)
{
    if (accessToken.isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("access token"));
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    sql.run(QStringLiteral("SELECT t.device_id, t.username, t.expires_at, t.revoked_at,"
                           " d.revoked_at, c.locked_at FROM tokens t"
                           " JOIN devices d ON d.id = t.device_id"
                           " JOIN consultants c ON c.username = t.username"
                           " WHERE t.token_hash = ? AND t.kind = 'access'"),
            {hashOf(accessToken)});
    if (!sql.next()) {
        if (sql.error())
            return sql.error();
        return Error(ErrorCode::NotFound, QStringLiteral("access token"));
    }
    const Principal p{sql.value(0).toString(), sql.value(1).toString()};
    const qint64 expires = sql.value(2).toLongLong();
    const bool tokenRevoked = !sql.value(3).isNull();
    const bool deviceRevoked = !sql.value(4).isNull();
    const bool locked = !sql.value(5).isNull();
    sql.finish();
    // A revoked device must learn that it is revoked, even though its tokens were revoked
    // with it: that answer is what makes it wipe itself.
    if (deviceRevoked)
        return Error(ErrorCode::NotAllowed, QStringLiteral("device revoked"));
    if (locked)
        return Error(ErrorCode::LockedOut, p.username);
    if (tokenRevoked || expires <= m_clock())
        return Error(ErrorCode::NotFound, QStringLiteral("access token"));
    return p;
}

} // namespace fortrolig::server
