#include "app/crypto/KeyVault.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKeys, "fortrolig.keys")

namespace fortrolig {

QString KeyVault::entryName(const QString& journalId)
{
    return QStringLiteral("journal-key-") + journalId;
}

Error KeyVault::checkPassphrase(const SecureBytes& passphrase)
{
    if (passphraseLength(passphrase) < kMinPassphraseLength)
        return Error(ErrorCode::WeakPassphrase);
    return {};
}

Result<KeyVault::Created> KeyVault::create(const QString& journalId, const SecureBytes& passphrase,
                                           KdfProfile profile, bool useFileStore)
{
    if (Error e = checkPassphrase(passphrase))
        return e;
    Created c;
    c.key = SecureBytes::random(kJournalKeyBytes);
    auto sealed = WrappedKey::seal(c.key, passphrase, profile);
    if (!sealed.ok())
        return sealed.error();
    const QByteArray blob = sealed->toJson();
    KeyStore* store = useFileStore ? &m_file : &m_keychain;
    KeyStore::Status s = store->write(entryName(journalId), blob);
    // No keychain, or one that does not answer: the sealed key (never a plain one) goes to a
    // file beside the journal, and the caller tells the person. A refusal is not overridden.
    if (!useFileStore && (s == KeyStore::Status::NoBackend || s == KeyStore::Status::Unavailable)) {
        qCInfo(lcKeys) << "no usable keychain; the sealed key goes to the file beside the journal";
        store = &m_file;
        c.fellBack = true;
        s = store->write(entryName(journalId), blob);
    }
    if (s != KeyStore::Status::Ok)
        return keyStoreError(s);
    c.storeKind = store->kind();
    return c;
}

Result<WrappedKey> KeyVault::beginUnlock(const QString& journalId, const QString& storeKind)
{
    if (const qint64 wait = m_throttle.secondsToWait(); wait > 0) {
        Error e(ErrorCode::LockedOut);
        e.waitSeconds = wait;
        return e;
    }
    QByteArray blob;
    const KeyStore::Status s = storeFor(storeKind).read(entryName(journalId), &blob);
    if (s != KeyStore::Status::Ok)
        return keyStoreError(s);
    auto wrapped = WrappedKey::fromJson(blob);
    if (!wrapped.ok())
        return wrapped.error();
    // No attempt without counting it first: a full disk or a read-only folder refuses here.
    if (Error e = m_throttle.beginAttempt())
        return e;
    return wrapped;
}

void KeyVault::endUnlock(bool succeeded)
{
    if (succeeded)
        m_throttle.recordSuccess();
    else
        qCInfo(lcKeys) << "unlock failed; failures now" << m_throttle.failures();
}

Result<SecureBytes> KeyVault::unseal(const WrappedKey& wrapped, const SecureBytes& passphrase)
{
    SecureBytes key;
    auto opened = wrapped.open(passphrase, &key);
    if (!opened.ok())
        return opened.error();
    return key;
}

Result<SecureBytes> KeyVault::unlock(const QString& journalId, const QString& storeKind,
                                     const SecureBytes& passphrase)
{
    auto wrapped = beginUnlock(journalId, storeKind);
    if (!wrapped.ok())
        return wrapped.error();
    auto key = unseal(wrapped.value(), passphrase);
    endUnlock(key.ok());
    return key;
}

Error KeyVault::changePassphrase(const QString& journalId, const QString& storeKind,
                                 const SecureBytes& oldPassphrase, const SecureBytes& newPassphrase,
                                 KdfProfile profile)
{
    if (Error e = checkPassphrase(newPassphrase))
        return e;
    auto key = unlock(journalId, storeKind, oldPassphrase);
    if (!key.ok())
        return key.error();
    auto sealed = WrappedKey::seal(key.value(), newPassphrase, profile);
    if (!sealed.ok())
        return sealed.error();
    // One atomic replace: the old sealed key stays valid until the new one is in place.
    return keyStoreError(storeFor(storeKind).write(entryName(journalId), sealed->toJson()));
}

Error KeyVault::remove(const QString& journalId, const QString& storeKind)
{
    const KeyStore::Status s = storeFor(storeKind).remove(entryName(journalId));
    return s == KeyStore::Status::NotFound ? Error{} : keyStoreError(s);
}

} // namespace fortrolig
