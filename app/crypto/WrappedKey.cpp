#include "app/crypto/WrappedKey.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <sodium.h>

namespace fortrolig {

namespace {
Result<SecureBytes> deriveWrappingKey(const SecureBytes& passphrase, const KdfParams& p)
{
    if (p.salt.size() != crypto_pwhash_SALTBYTES)
        return Error(ErrorCode::Damaged, QStringLiteral("key salt"));
    SecureBytes out(crypto_secretbox_KEYBYTES);
    if (crypto_pwhash(out.data(), out.size(), passphrase.constChar(), passphrase.size(),
                      reinterpret_cast<const unsigned char*>(p.salt.constData()), p.opsLimit,
                      std::size_t(p.memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error(ErrorCode::Internal, QStringLiteral("Argon2id: out of memory"));
    return out;
}
} // namespace

KdfParams KdfParams::generate(KdfProfile profile)
{
    ensureSodium();
    KdfParams p;
    switch (profile) {
    case KdfProfile::Interactive:
        p.opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
        p.memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
        break;
    case KdfProfile::Moderate:
        p.opsLimit = crypto_pwhash_OPSLIMIT_MODERATE;
        p.memLimit = crypto_pwhash_MEMLIMIT_MODERATE;
        break;
    case KdfProfile::Sensitive:
        p.opsLimit = crypto_pwhash_OPSLIMIT_SENSITIVE;
        p.memLimit = crypto_pwhash_MEMLIMIT_SENSITIVE;
        break;
    }
    p.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(p.salt.data(), std::size_t(p.salt.size()));
    return p;
}

Result<WrappedKey> WrappedKey::seal(const SecureBytes& journalKey, const SecureBytes& passphrase,
                                    KdfProfile profile)
{
    WrappedKey w;
    w.kdf = KdfParams::generate(profile);
    auto wrapping = deriveWrappingKey(passphrase, w.kdf);
    if (!wrapping.ok())
        return wrapping.error();
    w.nonce.resize(crypto_secretbox_NONCEBYTES);
    randombytes_buf(w.nonce.data(), std::size_t(w.nonce.size()));
    w.ciphertext.resize(qsizetype(journalKey.size() + crypto_secretbox_MACBYTES));
    crypto_secretbox_easy(
        reinterpret_cast<unsigned char*>(w.ciphertext.data()), journalKey.data(), journalKey.size(),
        reinterpret_cast<const unsigned char*>(w.nonce.constData()), wrapping.value().data());
    return w;
}

Result<bool> WrappedKey::open(const SecureBytes& passphrase, SecureBytes* journalKey) const
{
    if (nonce.size() != crypto_secretbox_NONCEBYTES ||
        ciphertext.size() < qsizetype(crypto_secretbox_MACBYTES))
        return Error(ErrorCode::Damaged, QStringLiteral("wrapped key"));
    auto wrapping = deriveWrappingKey(passphrase, kdf);
    if (!wrapping.ok())
        return wrapping.error();
    SecureBytes key(std::size_t(ciphertext.size()) - crypto_secretbox_MACBYTES);
    if (crypto_secretbox_open_easy(key.data(),
                                   reinterpret_cast<const unsigned char*>(ciphertext.constData()),
                                   std::size_t(ciphertext.size()),
                                   reinterpret_cast<const unsigned char*>(nonce.constData()),
                                   wrapping.value().data()) != 0)
        return Error(ErrorCode::WrongPassphrase);
    *journalKey = std::move(key);
    return true;
}

QByteArray WrappedKey::toJson() const
{
    QJsonObject kdfObj{{QStringLiteral("algorithm"), QStringLiteral("argon2id13")},
                       {QStringLiteral("ops"), QString::number(kdf.opsLimit)},
                       {QStringLiteral("mem"), QString::number(kdf.memLimit)},
                       {QStringLiteral("salt"), QString::fromLatin1(kdf.salt.toBase64())}};
    QJsonObject o{{QStringLiteral("format"), kFormat},
                  {QStringLiteral("kdf"), kdfObj},
                  {QStringLiteral("cipher"), QStringLiteral("xsalsa20poly1305")},
                  {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())},
                  {QStringLiteral("ciphertext"), QString::fromLatin1(ciphertext.toBase64())}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<WrappedKey> WrappedKey::fromJson(const QByteArray& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const QJsonObject k = o.value(QStringLiteral("kdf")).toObject();
    const auto b64 = [](const QJsonValue& v) {
        return QByteArray::fromBase64(v.toString().toLatin1());
    };
    WrappedKey w;
    bool okOps = false, okMem = false;
    w.kdf.opsLimit = k.value(QStringLiteral("ops")).toString().toULongLong(&okOps);
    w.kdf.memLimit = k.value(QStringLiteral("mem")).toString().toULongLong(&okMem);
    w.kdf.salt = b64(k.value(QStringLiteral("salt")));
    w.nonce = b64(o.value(QStringLiteral("nonce")));
    w.ciphertext = b64(o.value(QStringLiteral("ciphertext")));
    if (o.value(QStringLiteral("format")).toInt() != kFormat ||
        k.value(QStringLiteral("algorithm")).toString() != QStringLiteral("argon2id13") || !okOps ||
        !okMem || w.kdf.opsLimit < crypto_pwhash_OPSLIMIT_MIN ||
        w.kdf.memLimit < crypto_pwhash_MEMLIMIT_INTERACTIVE ||
        w.kdf.salt.size() != crypto_pwhash_SALTBYTES ||
        w.nonce.size() != crypto_secretbox_NONCEBYTES ||
        w.ciphertext.size() != qsizetype(kJournalKeyBytes + crypto_secretbox_MACBYTES))
        return Error(ErrorCode::Damaged, QStringLiteral("wrapped key record"));
    return w;
}

int passphraseLength(const SecureBytes& utf8)
{
    int count = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        if ((utf8.data()[i] & 0xC0) != 0x80) // not a continuation byte
            ++count;
    }
    return count;
}

QByteArray keyCheckValue(const SecureBytes& key)
{
    static const char label[] = "fortrolig key check v1";
    QByteArray out(16, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), std::size_t(out.size()),
                       reinterpret_cast<const unsigned char*>(label), sizeof label - 1, key.data(),
                       key.size());
    return out;
}

} // namespace fortrolig
