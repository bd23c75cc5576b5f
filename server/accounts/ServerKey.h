#pragma once

#include "core/Error.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>

namespace fortrolig::server {

// The server's one secret: 32 random bytes from which the SQLCipher key and the key that
// seals event payloads and TOTP secrets are derived (libsodium's KDF, BLAKE2b). It comes from
// FORTROLIG_SERVER_KEY (64 hex digits) or a file; at the first start it is made and written
// to the file (owner-only), and the operator is told to back it up apart from the data.
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
};

// Authenticated encryption of one value, bound to what it belongs to (`context`, e.g. the
// event id), so a sealed value moved to another row no longer opens.
class Sealer
{
public:
    explicit Sealer(SecureBytes key) : m_key(std::move(key)) {}
    QByteArray seal(const QByteArray& plain, const QByteArray& context) const;
    Result<QByteArray> open(const QByteArray& sealed, const QByteArray& context) const;

private:
    SecureBytes m_key;
};

} // namespace fortrolig::server
