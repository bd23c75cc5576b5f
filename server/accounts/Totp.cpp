#include "accounts/Totp.h"

#include "app/crypto/SecureBytes.h"

#include <QMessageAuthenticationCode>
#include <QUrl>
#include <sodium.h>

namespace fortrolig::server {

QByteArray Totp::newSecret()
{
    ensureSodium();
    QByteArray s(20, Qt::Uninitialized);
    randombytes_buf(s.data(), std::size_t(s.size()));
    return s;
}

qint64 Totp::stepAt(qint64 unixSeconds)
{
    return unixSeconds / kStepSeconds;
}

QString Totp::code(const QByteArray& secret, qint64 step)
{
    QByteArray counter(8, '\0');
    for (int i = 7; i >= 0; --i) {
        counter[i] = char(step & 0xff);
        step >>= 8;
    }
    const QByteArray mac =
        QMessageAuthenticationCode::hash(counter, secret, QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(quint8(mac.at(offset)) & 0x7f) << 24) |
                           (quint32(quint8(mac.at(offset + 1))) << 16) |
                           (quint32(quint8(mac.at(offset + 2))) << 8) |
                           quint32(quint8(mac.at(offset + 3)));
    return QStringLiteral("%1").arg(binary % 1'000'000u, kDigits, 10, QLatin1Char('0'));
}

qint64 Totp::matchingStep(const QByteArray& secret, const QString& code, qint64 unixSeconds)
{
    const QByteArray given = code.trimmed().toLatin1();
    if (given.size() != kDigits)
        return -1;
    const qint64 now = stepAt(unixSeconds);
    qint64 found = -1;
    for (qint64 step = now - 1; step <= now + 1; ++step) {
        const QByteArray expected = Totp::code(secret, step).toLatin1();
        if (sodium_memcmp(expected.constData(), given.constData(), std::size_t(kDigits)) == 0)
            found = step; // no early exit: the same work whatever matches
    }
    return found;
}

QString Totp::base32(const QByteArray& bytes)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (char c : bytes) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(alphabet[(buffer >> (bits - 5)) & 0x1f]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(alphabet[(buffer << (5 - bits)) & 0x1f]);
    return out;
}

QString Totp::provisioningUri(const QByteArray& secret, const QString& username,
                              const QString& issuer)
{
    const QString label =
        QString::fromLatin1(QUrl::toPercentEncoding(issuer + QLatin1Char(':') + username, "@"));
    return QStringLiteral("otpauth://totp/") + label + QStringLiteral("?secret=") + base32(secret) +
           QStringLiteral("&issuer=") + QString::fromLatin1(QUrl::toPercentEncoding(issuer)) +
           QStringLiteral("&algorithm=SHA1&digits=6&period=30");
}

QString PasswordHash::make(const QByteArray& passphrase)
{
    ensureSodium();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, passphrase.constData(), std::size_t(passphrase.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHash::verify(const QString& hash, const QByteArray& passphrase)
{
    ensureSodium();
    const QByteArray h = hash.toLatin1();
    if (h.isEmpty() || h.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_verify(h.constData(), passphrase.constData(),
                                    std::size_t(passphrase.size())) == 0;
}

void PasswordHash::verifyDummy(const QByteArray& passphrase)
{
    static const QString dummy = make(QByteArrayLiteral("not a real passphrase"));
    verify(dummy, passphrase);
}

} // namespace fortrolig::server
