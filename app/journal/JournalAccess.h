#pragma once

#include "app/core/Error.h"
#include "app/crypto/KeyStore.h"
#include "app/crypto/SecureBytes.h"
#include "app/crypto/UnlockThrottle.h"
#include "app/crypto/WrappedKey.h"
#include "app/journal/Journal.h"
#include "app/journal/JournalRecovery.h"
#include "app/storage/JournalDatabase.h"

#include <memory>

namespace fortrolig {

// A journal directory: journal.db (SQLCipher) with -wal/-shm, journal.json (identifies the
// journal and where its key is; no personal data), unlock-state.json (failed unlocks), and
// journal.key only where there is no OS keychain. Creating, unlocking and re-keying it.
class JournalAccess
{
public:
    JournalAccess(QString directory, KeyStore& keychain,
                  UnlockThrottle::Clock clock = &QDateTime::currentDateTimeUtc);

    struct InitOptions
    {
        KdfProfile kdf = KdfProfile::Moderate;
        bool useFileStore = false; // skip the keychain (e.g. a provider's policy)
        QString consultant;        // the user name
        QString consultantName;    // the full name receipts show (may be set later)
        int cipherFormat = 0;      // 0: the program's SQLCipher's own (tests make older ones)
        JournalDatabase::Options database;
    };
    struct InitOutcome
    {
        QString journalId;
        QString keyStore;      // "keychain" or "file"
        bool fellBack = false; // wanted the keychain, got the file: tell the person
    };

    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    QString databasePath() const;
    bool exists() const;

    Result<InitOutcome> init(const SecureBytes& passphrase, const InitOptions& options);
    Result<std::unique_ptr<Journal>> unlock(const SecureBytes& passphrase,
                                            JournalDatabase::Options options = {});
    // unlock() in steps for a window that must not freeze: beginUnlock and finishUnlock on
    // the thread that owns the journal, KeyVault::unseal(pending.wrapped, passphrase) (the
    // Argon2id work) anywhere.
    struct Meta;
    struct PendingUnlock;
    Result<PendingUnlock> beginUnlock();
    Result<std::unique_ptr<Journal>> finishUnlock(const PendingUnlock& pending,
                                                  Result<SecureBytes> key,
                                                  JournalDatabase::Options options = {});

    // Is this the journal's passphrase? For leaving citizen mode, where the screen goes back
    // to the consultant: beginUnlock here, KeyVault::unseal anywhere, then finishCheck. A
    // wrong try counts like a failed unlock (the same waits), and the journal is not opened.
    Error finishCheck(const PendingUnlock& pending, const Result<SecureBytes>& key);

    // A damaged journal: rescues what can still be read into a new journal directory, under
    // the same key, passphrase and device (so it unlocks and syncs as this one did). This one
    // is not written to: it stays as evidence until the consultant removes it. Unlock in steps
    // as for finishUnlock.
    Result<JournalRecovery::Outcome> recoverInto(const QString& targetDirectory,
                                                 const PendingUnlock& pending,
                                                 Result<SecureBytes> key);
    // The window's recovery: rescues into a folder beside this one, then puts the rescued
    // journal in this one's place. The damaged journal is kept beside it under a dated name
    // (`keptAs`). The journal must be closed.
    Result<JournalRecovery::Outcome> recoverInPlace(const PendingUnlock& pending,
                                                    Result<SecureBytes> key, QString* keptAs);

    Error changePassphrase(const SecureBytes& oldPassphrase, const SecureBytes& newPassphrase,
                           KdfProfile kdf = KdfProfile::Moderate);
    qint64 secondsToWait() const { return m_throttle.secondsToWait(); }

    // A revoked device (a lost laptop): the sealed key goes from the keychain (or key file)
    // first, so what might survive on disk can no longer be decrypted; then the database files
    // are overwritten and removed, then journal.json. The journal must be closed.
    Error wipe();

    struct Meta
    {
        QString journalId;
        QString keyStore;
        QByteArray keyCheck;
        int cipherFormat = 3;
    };
    Result<Meta> readMeta() const;
    struct PendingUnlock
    {
        Meta meta;
        WrappedKey wrapped;
    };

    // A journal in an older SQLCipher format than the program's (3, where the program has
    // SQLCipher 4) is rewritten in the program's format as it is unlocked: a copy beside it
    // (this name), checked, then put in its place, then journal.json. docs/storage.md.
    QString upgradingPath() const;

private:
    Error writeMeta(const Meta& meta) const;
    // journal.db in the format journal.json names; when that does not decrypt under the right
    // key, in the other formats this SQLCipher reads (an upgrade cut off between the file and
    // journal.json), correcting journal.json.
    Result<std::unique_ptr<JournalDatabase>> openDatabase(Meta& meta, const SecureBytes& key,
                                                          JournalDatabase::Options options);
    // The upgrade above. On any failure the journal stays as it was, and opens as it was.
    Result<std::unique_ptr<JournalDatabase>> upgradeFormat(std::unique_ptr<JournalDatabase> db,
                                                           Meta& meta, const SecureBytes& key,
                                                           const JournalDatabase::Options& options);
    Error replaceWithUpgraded();
    QString m_directory;
    KeyStore& m_keychain;
    UnlockThrottle m_throttle;
};

} // namespace fortrolig
