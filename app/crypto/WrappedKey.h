#pragma once

#include "app/core/Error.h"
#include "app/crypto/SecureBytes.h"

#include <QByteArray>
#include <optional>

namespace fortrolig {

// How hard Argon2id works for one unlock. Interactive is the floor; moderate the default.
enum class KdfProfile
{
    Interactive,
    Moderate,
    Sensitive
};

struct KdfParams
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0; // bytes
    QByteArray salt;

    static KdfParams generate(KdfProfile profile);
};

// The journal key sealed (crypto_secretbox) under a key derived from the consultant's
// passphrase (Argon2id). Stored with its parameters so they can change per journal.
struct WrappedKey
{
    static constexpr int kFormat = 1;
    KdfParams kdf;
    QByteArray nonce;
    QByteArray ciphertext;

    static Result<WrappedKey> seal(const SecureBytes& journalKey, const SecureBytes& passphrase,
                                   KdfProfile profile);
    // ErrorCode::WrongPassphrase when the passphrase does not open it.
    Result<bool> open(const SecureBytes& passphrase, SecureBytes* journalKey) const;

    QByteArray toJson() const;
    static Result<WrappedKey> fromJson(const QByteArray& json);
};

constexpr int kMinPassphraseLength = 12; // characters (docs/domain.md: length over complexity)
constexpr std::size_t kJournalKeyBytes = 32;

// Counts Unicode code points of a UTF-8 passphrase, without copying it out of secure memory.
int passphraseLength(const SecureBytes& utf8);

// A short value that identifies a key without revealing it (keyed BLAKE2b of a constant).
QByteArray keyCheckValue(const SecureBytes& key);

} // namespace fortrolig
