#pragma once

#include "app/core/Error.h"
#include "app/crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>

namespace fortrolig::server {

// The server's one secret: 32 random bytes from which the SQLCipher key, the key that seals
// event payloads and TOTP secrets, and the key of the stored hashes are derived (libsodium's
// KDF, BLAKE2b). It comes from FORTROLIG_SERVER_KEY (64 hex digits) or a file; at the first
// start it is made and written to the file (owner-only), and the operator is told to back it
// up apart from the data.
class ServerKey
{
public:
    struct Loaded
    {
        SecureBytes master;
        bool generated = false; // made just now: say so
        QString source;         // "environment" or the file's path
    };
    // `file` may be empty when the key must come from the environment (PostgreSQL without
    // --data). `mayGenerate`: make the file if neither exists.
    static Result<Loaded> load(const QString& file, bool mayGenerate);

    static SecureBytes databaseKey(const SecureBytes& master);
    static SecureBytes sealingKey(const SecureBytes& master);
    static SecureBytes hashingKey(const SecureBytes& master);
    // The case key store (docs/keys.md, "Case keys"): the key of its SQLCipher file, and the
    // key each case key is sealed under inside it (so that the file's key alone opens none).
    static SecureBytes caseKeyStoreKey(const SecureBytes& master);
    static SecureBytes caseKeyWrappingKey(const SecureBytes& master);
    // The seed of the Ed25519 key that signs what the server certifies (the deletion
    // certificate at a contract's end, docs/offboarding.md).
    static SecureBytes signingSeed(const SecureBytes& master);
};

// A keyed hash (BLAKE2b-256 under a key derived from the storage key), as 64 hex digits: how
// the server keeps what it only needs to recognise again. An unkeyed hash of something made
// of a few guessable parts (a CPR number, a name) is no secret: whoever reads it can hash
// every guess and compare. Without the key, a reader of the database cannot. `purpose`
// separates the uses, so that a value hashed for one never matches one hashed for another.
class Hasher
{
public:
    explicit Hasher(SecureBytes key) : m_key(std::move(key)) {}
    QString hex(QByteArrayView purpose, QByteArrayView data) const;

private:
    SecureBytes m_key;
};

// Authenticated encryption of one value, bound to what it belongs to (`context`, e.g. the
// event id), so a sealed value moved to another row no longer opens. It carries the keyed
// hash of what is stored beside the sealed values, too: whatever stores through it has both.
class Sealer
{
public:
    Sealer(SecureBytes key, SecureBytes hashingKey)
        : m_key(std::move(key)), m_hasher(std::move(hashingKey))
    {
    }
    QByteArray seal(const QByteArray& plain, const QByteArray& context) const;
    Result<QByteArray> open(const QByteArray& sealed, const QByteArray& context) const;
    const Hasher& hasher() const { return m_hasher; }

    // The same under another 32-byte key (a case's data key).
    static QByteArray seal(const unsigned char* key, const QByteArray& plain,
                           const QByteArray& context);
    static Result<QByteArray> open(const unsigned char* key, const QByteArray& sealed,
                                   const QByteArray& context);

private:
    SecureBytes m_key;
    Hasher m_hasher;
};

} // namespace fortrolig::server
