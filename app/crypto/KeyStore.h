#pragma once

#include "app/core/Error.h"

#include <QByteArray>
#include <QString>

namespace fortrolig {

// Where a wrapped journal key is kept. Only wrapped (passphrase-sealed) keys ever pass here.
class KeyStore
{
public:
    // NoBackend: there is no keychain on this machine. Unavailable: there is one, but it did not
    // answer (locked, its daemon not running). Failed: a file could not be read or written.
    enum class Status
    {
        Ok,
        NotFound,
        NoBackend,
        Unavailable,
        Locked,
        Denied,
        Failed
    };
    virtual ~KeyStore() = default;
    virtual Status read(const QString& id, QByteArray* out) = 0;
    virtual Status write(const QString& id, const QByteArray& data) = 0;
    virtual Status remove(const QString& id) = 0;
    virtual QString kind() const = 0; // "keychain" or "file"
};

Error keyStoreError(KeyStore::Status status);

} // namespace fortrolig
