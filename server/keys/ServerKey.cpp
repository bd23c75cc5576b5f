#include "keys/ServerKey.h"

#include "app/core/AtomicFile.h"

#include <QFile>
#include <QFileInfo>
#include <cstring>
#include <sodium.h>
#include <unistd.h>

namespace fortrolig::server {

namespace {
const char kContext[crypto_kdf_CONTEXTBYTES + 1] = "FtrlgSrv";
const QByteArray kFileHeader = "fortrolig-server-key v1\n";

Result<SecureBytes> fromHex(QByteArray hex, const QString& where)
{
    hex = hex.trimmed();
    SecureBytes key(32);
    std::size_t length = 0;
    const bool ok = hex.size() == 64 &&
                    sodium_hex2bin(key.data(), key.size(), hex.constData(), std::size_t(hex.size()),
                                   nullptr, &length, nullptr) == 0 &&
                    length == 32;
    sodium_memzero(hex.data(), std::size_t(hex.size()));
    if (!ok)
        return Error(ErrorCode::InvalidInput, where + QStringLiteral(": not 64 hex digits"));
    return key;
}

// The value's bytes are overwritten where they are, then the variable goes: /proc/PID/environ
// shows the memory of the process's first environment block, which unsetenv alone leaves as
// it was; and nothing this process starts inherits the variable.
void scrubEnvironment(const char* name)
{
    const std::size_t length = std::strlen(name);
    for (char** entry = environ; entry && *entry; ++entry) {
        if (std::strncmp(*entry, name, length) == 0 && (*entry)[length] == '=') {
            char* value = *entry + length + 1;
            sodium_memzero(value, std::strlen(value));
        }
    }
    qunsetenv(name);
}

SecureBytes derive(const SecureBytes& master, quint64 id)
{
    SecureBytes out(32);
    crypto_kdf_derive_from_key(out.data(), out.size(), id, kContext, master.data());
    return out;
}
} // namespace

Result<ServerKey::Loaded> ServerKey::load(const QString& file, bool mayGenerate)
{
    ensureSodium();
    QByteArray env = qgetenv("FORTROLIG_SERVER_KEY");
    if (!env.isEmpty()) {
        scrubEnvironment("FORTROLIG_SERVER_KEY");
        auto key = fromHex(env, QStringLiteral("FORTROLIG_SERVER_KEY"));
        sodium_memzero(env.data(), std::size_t(env.size()));
        if (!key.ok())
            return key.error();
        return Loaded{std::move(key.value()), false, QStringLiteral("environment")};
    }
    if (file.isEmpty())
        return Error(ErrorCode::KeyMissing,
                     QStringLiteral("set FORTROLIG_SERVER_KEY or give --data DIR"));
    QFile f(file);
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly))
            return Error(ErrorCode::IoError, QStringLiteral("server key file"));
        QByteArray text = f.readAll();
        if (!text.startsWith(kFileHeader)) {
            sodium_memzero(text.data(), std::size_t(text.size()));
            return Error(ErrorCode::Damaged, QStringLiteral("server key file"));
        }
        auto key = fromHex(text.mid(kFileHeader.size()), QStringLiteral("server key file"));
        sodium_memzero(text.data(), std::size_t(text.size()));
        if (!key.ok())
            return Error(ErrorCode::Damaged, key.error().detail);
        return Loaded{std::move(key.value()), false, QFileInfo(file).absoluteFilePath()};
    }
    if (!mayGenerate)
        return Error(ErrorCode::KeyMissing, QFileInfo(file).absoluteFilePath());
    SecureBytes key = SecureBytes::random(32);
    SecureBytes hex = key.toHex();
    QByteArray content = kFileHeader + QByteArray(hex.constChar(), qsizetype(hex.size())) + '\n';
    const Error written = writeFileAtomically(file, content);
    sodium_memzero(content.data(), std::size_t(content.size()));
    if (written)
        return written;
    return Loaded{std::move(key), true, QFileInfo(file).absoluteFilePath()};
}

SecureBytes ServerKey::databaseKey(const SecureBytes& master)
{
    return derive(master, 1);
}

SecureBytes ServerKey::sealingKey(const SecureBytes& master)
{
    return derive(master, 2);
}

SecureBytes ServerKey::hashingKey(const SecureBytes& master)
{
    return derive(master, 3);
}

SecureBytes ServerKey::caseKeyStoreKey(const SecureBytes& master)
{
    return derive(master, 4);
}

SecureBytes ServerKey::caseKeyWrappingKey(const SecureBytes& master)
{
    return derive(master, 5);
}

SecureBytes ServerKey::signingSeed(const SecureBytes& master)
{
    return derive(master, 6);
}

QString Hasher::hex(QByteArrayView purpose, QByteArrayView data) const
{
    if (m_key.size() < crypto_generichash_KEYBYTES_MIN)
        qFatal("Hasher without a key"); // unkeyed, it would be what it is there to prevent
    // The purpose and its length first: no two (purpose, data) pairs hash the same bytes.
    const QByteArray head = QByteArray::number(purpose.size()) + ':' + purpose.toByteArray();
    crypto_generichash_state state;
    crypto_generichash_init(&state, m_key.data(), m_key.size(), 32);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(head.constData()),
                              std::size_t(head.size()));
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(data.data()),
                              std::size_t(data.size()));
    unsigned char out[32];
    crypto_generichash_final(&state, out, sizeof out);
    sodium_memzero(&state, sizeof state);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out), sizeof out).toHex());
}

QByteArray Sealer::seal(const QByteArray& plain, const QByteArray& context) const
{
    return seal(m_key.data(), plain, context);
}

Result<QByteArray> Sealer::open(const QByteArray& sealed, const QByteArray& context) const
{
    return open(m_key.data(), sealed, context);
}

QByteArray Sealer::seal(const unsigned char* key, const QByteArray& plain,
                        const QByteArray& context)
{
    QByteArray out(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + plain.size() +
                       crypto_aead_xchacha20poly1305_ietf_ABYTES,
                   Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &length,
        reinterpret_cast<const unsigned char*>(plain.constData()), std::size_t(plain.size()),
        reinterpret_cast<const unsigned char*>(context.constData()), std::size_t(context.size()),
        nullptr, nonce, key);
    return out;
}

Result<QByteArray> Sealer::open(const unsigned char* key, const QByteArray& sealed,
                                const QByteArray& context)
{
    const qsizetype overhead =
        crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (sealed.size() < overhead)
        return Error(ErrorCode::Damaged, QStringLiteral("sealed value too short"));
    QByteArray out(sealed.size() - overhead, Qt::Uninitialized);
    const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.constData());
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(out.data()), &length, nullptr,
            nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
            std::size_t(sealed.size()) - crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
            reinterpret_cast<const unsigned char*>(context.constData()),
            std::size_t(context.size()), nonce, key) != 0)
        return Error(ErrorCode::Damaged, QStringLiteral("sealed value does not open"));
    return out;
}

} // namespace fortrolig::server
