#include "TestSupport.h"
#include "app/journal/JournalAccess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fortrolig;
using test::secret;

namespace {
const char* const kPass = "korrekt hest batteri klips";
const char* const kOther = "forkert hest batteri klips";

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

JournalAccess::InitOptions fast()
{
    JournalAccess::InitOptions o;
    o.kdf = KdfProfile::Interactive;
    o.consultant = QStringLiteral("kons-test");
    return o;
}
} // namespace

class TestJournalAccess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initWithKeychainThenUnlock()
    {
        QTemporaryDir dir;
        test::MemoryKeyStore keychain;
        JournalAccess access(dir.path(), keychain);
        QVERIFY(!access.exists());
        auto outcome = access.init(secret(kPass), fast());
        QVERIFY2(outcome.ok(), qPrintable(outcome.error().message()));
        QCOMPARE(outcome->keyStore, QStringLiteral("keychain"));
        QVERIFY(!outcome->fellBack);
        QCOMPARE(keychain.entries.size(), 1);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("journal.key"))));
        QVERIFY(access.exists());
        // journal.json says where the key is, and nothing about anyone.
        auto meta = access.readMeta();
        QVERIFY(meta.ok());
        QCOMPARE(meta->keyStore, QStringLiteral("keychain"));

        auto journal = access.unlock(secret(kPass));
        QVERIFY2(journal.ok(), qPrintable(journal.error().message()));
        QCOMPARE(journal.value()->identity().consultant, QStringLiteral("kons-test"));
        QVERIFY(!journal.value()->identity().device.isEmpty());
        QVERIFY(journal.value()->verify().ok());
        QCOMPARE(access.init(secret(kPass), fast()).error().code, ErrorCode::AlreadyExists);
    }

    void fallsBackToAFileWithoutKeychain()
    {
        QTemporaryDir dir;
        test::NoKeychain none;
        JournalAccess access(dir.path(), none);
        auto outcome = access.init(secret(kPass), fast());
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->keyStore, QStringLiteral("file"));
        QVERIFY(outcome->fellBack); // the caller must tell the person
        const QString keyFile = dir.filePath(QStringLiteral("journal.key"));
        QVERIFY(QFile::exists(keyFile));
        QCOMPARE(QFile::permissions(keyFile) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        QVERIFY(access.unlock(secret(kPass)).ok());
    }

    void fileStoreByChoice()
    {
        QTemporaryDir dir;
        test::MemoryKeyStore keychain;
        JournalAccess access(dir.path(), keychain);
        auto o = fast();
        o.useFileStore = true;
        auto outcome = access.init(secret(kPass), o);
        QCOMPARE(outcome->keyStore, QStringLiteral("file"));
        QVERIFY(!outcome->fellBack);
        QVERIFY(keychain.entries.isEmpty());
    }

    void keychainErrorsAreNotHiddenByAFallback()
    {
        QTemporaryDir dir;
        test::MemoryKeyStore keychain;
        keychain.failWith = KeyStore::Status::Denied;
        JournalAccess access(dir.path(), keychain);
        QCOMPARE(access.init(secret(kPass), fast()).error().code, ErrorCode::KeychainDenied);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("journal.key"))));
        QVERIFY(!access.exists()); // nothing left behind
        keychain.failWith = KeyStore::Status::Ok;
        QVERIFY(access.init(secret(kPass), fast()).ok());
        keychain.failWith = KeyStore::Status::Locked;
        QCOMPARE(access.unlock(secret(kPass)).error().code, ErrorCode::KeychainUnavailable);
        keychain.failWith = KeyStore::Status::Ok;
        keychain.entries.clear();
        QCOMPARE(access.unlock(secret(kPass)).error().code, ErrorCode::KeyMissing);
    }

    void weakPassphrase()
    {
        QTemporaryDir dir;
        test::MemoryKeyStore keychain;
        JournalAccess access(dir.path(), keychain);
        QCOMPARE(access.init(secret("elleve tegn"), fast()).error().code,
                 ErrorCode::WeakPassphrase);
        QVERIFY(access.init(secret("tolv tegn ok"), fast()).ok()); // exactly 12
    }

    void wrongPassphraseAndLockout()
    {
        QTemporaryDir dir;
        test::MemoryKeyStore keychain;
        test::ManualClock clock;
        auto now = [&clock] { return clock(); };
        {
            JournalAccess access(dir.path(), keychain, now);
            QVERIFY(access.init(secret(kPass), fast()).ok());
            for (int i = 0; i < 3; ++i)
                QCOMPARE(access.unlock(secret(kOther)).error().code, ErrorCode::WrongPassphrase);
            // Even the right passphrase waits now.
            const auto locked = access.unlock(secret(kPass));
            QCOMPARE(locked.error().code, ErrorCode::LockedOut);
            QCOMPARE(locked.error().waitSeconds, UnlockThrottle::kFirstDelaySeconds);
            QVERIFY(locked.error().message().contains(
                QString::number(UnlockThrottle::kFirstDelaySeconds)));
        }
        // "Restarting the program": a new JournalAccess on the same folder.
        JournalAccess again(dir.path(), keychain, now);
        QCOMPARE(again.unlock(secret(kPass)).error().code, ErrorCode::LockedOut);
        clock.now = clock.now.addSecs(UnlockThrottle::kFirstDelaySeconds);
        QCOMPARE(again.unlock(secret(kOther)).error().code, ErrorCode::WrongPassphrase);
        QCOMPARE(again.secondsToWait(), 2 * UnlockThrottle::kFirstDelaySeconds);
        clock.now = clock.now.addSecs(2 * UnlockThrottle::kFirstDelaySeconds);
        QVERIFY(again.unlock(secret(kPass)).ok());
        QCOMPARE(again.secondsToWait(), 0); // forgiven after success
    }

    void passphraseChangeReWrapsOnly()
    {
        QTemporaryDir dir;
        test::MemoryKeyStore keychain;
        JournalAccess access(dir.path(), keychain);
        QVERIFY(access.init(secret(kPass), fast()).ok());
        QString citizen;
        {
            auto j = access.unlock(secret(kPass));
            citizen = j.value()
                          ->addCitizen(QStringLiteral("Lis Nøgle"),
                                       *Cpr::parse(QString::fromLatin1(test::kFakeCpr)))
                          .value();
        }
        const QByteArray before = fileHash(access.databasePath());
        const QByteArray sealedBefore = keychain.entries.begin().value();
        const char* fresh = "nyt og langt kodeord her";
        QCOMPARE(
            access.changePassphrase(secret(kOther), secret(fresh), KdfProfile::Interactive).code,
            ErrorCode::WrongPassphrase);
        QCOMPARE(
            access.changePassphrase(secret(kPass), secret("kort"), KdfProfile::Interactive).code,
            ErrorCode::WeakPassphrase);
        QVERIFY(
            access.changePassphrase(secret(kPass), secret(fresh), KdfProfile::Interactive).ok());
        QVERIFY(keychain.entries.begin().value() != sealedBefore);
        QCOMPARE(fileHash(access.databasePath()), before); // the journal was not re-encrypted
        QCOMPARE(access.unlock(secret(kPass)).error().code, ErrorCode::WrongPassphrase);
        auto j = access.unlock(secret(fresh));
        QVERIFY(j.ok());
        QCOMPARE(j.value()->citizen(citizen)->name, QStringLiteral("Lis Nøgle"));
    }

    void damagedJournalIsNotAWrongPassphrase()
    {
        QTemporaryDir dir;
        test::MemoryKeyStore keychain;
        JournalAccess access(dir.path(), keychain);
        QVERIFY(access.init(secret(kPass), fast()).ok());
        QVERIFY(test::flipByte(access.databasePath(), 200));
        const auto r = access.unlock(secret(kPass));
        QCOMPARE(r.error().code, ErrorCode::Damaged);
        QCOMPARE(QSqlDatabase::connectionNames().size(), 0);
    }

    void aKeyFromAnotherJournalIsAWrongKey()
    {
        QTemporaryDir a, b;
        test::MemoryKeyStore keychain;
        JournalAccess ja(a.path(), keychain), jb(b.path(), keychain);
        auto ia = ja.init(secret(kPass), fast());
        auto ib = jb.init(secret(kPass), fast());
        // Swap the sealed keys: each opens, but does not fit the other journal.
        const QString ka = QStringLiteral("journal-key-") + ia->journalId;
        const QString kb = QStringLiteral("journal-key-") + ib->journalId;
        const QByteArray sa = keychain.entries.value(ka);
        keychain.entries[ka] = keychain.entries.value(kb);
        keychain.entries[kb] = sa;
        QCOMPARE(ja.unlock(secret(kPass)).error().code, ErrorCode::WrongKey);
    }

    void brokenMetadata()
    {
        QTemporaryDir dir;
        test::MemoryKeyStore keychain;
        JournalAccess access(dir.path(), keychain);
        QCOMPARE(access.unlock(secret(kPass)).error().code, ErrorCode::NotFound);
        QVERIFY(access.init(secret(kPass), fast()).ok());
        const QString meta = dir.filePath(QStringLiteral("journal.json"));
        QFile f(meta);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{ not json");
        f.close();
        QCOMPARE(access.unlock(secret(kPass)).error().code, ErrorCode::Damaged);
        QFile::remove(meta);
        QCOMPARE(access.unlock(secret(kPass)).error().code, ErrorCode::Damaged); // db without meta
    }

    void plaintextDatabaseIsRefused()
    {
        QTemporaryDir dir;
        test::MemoryKeyStore keychain;
        JournalAccess access(dir.path(), keychain);
        QVERIFY(access.init(secret(kPass), fast()).ok());
        // Replace the journal by a plain SQLite file, as an attacker or a wrong tool would.
        QFile::remove(access.databasePath());
        JournalDatabase::Options plain;
        plain.benchmarkWithoutEncryption = true;
        QVERIFY(
            JournalDatabase::open(access.databasePath(), {}, JournalDatabase::Mode::Create, plain)
                .ok());
        QCOMPARE(access.unlock(secret(kPass)).error().code, ErrorCode::NotEncrypted);
    }
};

QTEST_GUILESS_MAIN(TestJournalAccess)
#include "tst_journalaccess.moc"
