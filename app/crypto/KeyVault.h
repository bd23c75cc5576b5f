#pragma once

#include "app/core/Error.h"
#include "app/crypto/KeyStore.h"
#include "app/crypto/SecureBytes.h"
#include "app/crypto/UnlockThrottle.h"
#include "app/crypto/WrappedKey.h"

namespace fortrolig {

// Makes, seals, finds and opens the journal key. The key is random; what is stored is only
// the sealed form, in the OS keychain or (where there is none) a file beside the journal.
class KeyVault
{
public:
    KeyVault(KeyStore& keychain, KeyStore& file, UnlockThrottle& throttle)
        : m_keychain(keychain), m_file(file), m_throttle(throttle)
    {
    }

    struct Created
    {
        SecureBytes key;
        QString storeKind;     // "keychain" or "file"
        bool fellBack = false; // no keychain: the person must be told, once
    };

    Result<Created> create(const QString& journalId, const SecureBytes& passphrase,
                           KdfProfile profile, bool useFileStore);
    Result<SecureBytes> unlock(const QString& journalId, const QString& storeKind,
                               const SecureBytes& passphrase);
    // unlock() in three steps, so that the slow middle one (Argon2id) can run on a worker
    // thread: beginUnlock checks the wait, reads the sealed key and counts the attempt;
    // unseal touches nothing but its arguments; endUnlock forgives the count on success.
    Result<WrappedKey> beginUnlock(const QString& journalId, const QString& storeKind);
    static Result<SecureBytes> unseal(const WrappedKey& wrapped, const SecureBytes& passphrase);
    void endUnlock(bool succeeded);
    Error changePassphrase(const QString& journalId, const QString& storeKind,
                           const SecureBytes& oldPassphrase, const SecureBytes& newPassphrase,
                           KdfProfile profile);
    Error remove(const QString& journalId, const QString& storeKind);

    static Error checkPassphrase(const SecureBytes& passphrase);

private:
    KeyStore& storeFor(const QString& kind) { return kind == m_file.kind() ? m_file : m_keychain; }
    static QString entryName(const QString& journalId);
    KeyStore& m_keychain;
    KeyStore& m_file;
    UnlockThrottle& m_throttle;
};

} // namespace fortrolig
