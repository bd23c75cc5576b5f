// The real OS keychain: gnome-keyring's Secret Service in a private D-Bus session
// (run through tests/support/with-keyring.sh, as ctest does).
#include "TestSupport.h"
#include "app/crypto/KeychainKeyStore.h"
#include "app/crypto/WrappedKey.h"
#include "app/journal/JournalAccess.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fortrolig;

class TestKeychain : public QObject
{
    Q_OBJECT
    KeychainKeyStore m_store{QStringLiteral("Fortrolig-test")};

private Q_SLOTS:
    void initTestCase()
    {
        QByteArray probe;
        const auto s = m_store.read(QStringLiteral("probe"), &probe);
        QVERIFY2(s == KeyStore::Status::NotFound || s == KeyStore::Status::Ok,
                 "no working Secret Service: run this test through tests/support/with-keyring.sh "
                 "(dbus-run-session + gnome-keyring-daemon)");
    }

    void roundTripOfBinaryData()
    {
        const QByteArray data("\x00\x01sealed\xff\x00", 10);
        QCOMPARE(m_store.write(QStringLiteral("entry-a"), data), KeyStore::Status::Ok);
        QByteArray back;
        QCOMPARE(m_store.read(QStringLiteral("entry-a"), &back), KeyStore::Status::Ok);
        QCOMPARE(back, data);
        QCOMPARE(m_store.write(QStringLiteral("entry-a"), QByteArray("replaced")),
                 KeyStore::Status::Ok);
        QCOMPARE(m_store.read(QStringLiteral("entry-a"), &back), KeyStore::Status::Ok);
        QCOMPARE(back, QByteArray("replaced"));
        QCOMPARE(m_store.remove(QStringLiteral("entry-a")), KeyStore::Status::Ok);
        QCOMPARE(m_store.read(QStringLiteral("entry-a"), &back), KeyStore::Status::NotFound);
    }

    void journalKeyLivesInTheKeychain()
    {
        QTemporaryDir dir;
        JournalAccess access(dir.path(), m_store);
        JournalAccess::InitOptions o;
        o.kdf = KdfProfile::Interactive;
        auto outcome = access.init(test::secret("nøglering test kodeord"), o);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error().message()));
        QCOMPARE(outcome->keyStore, QStringLiteral("keychain"));
        QVERIFY(!outcome->fellBack);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("journal.key"))));

        // What the keychain holds is the sealed key, never the key itself.
        QByteArray stored;
        QCOMPARE(m_store.read(QStringLiteral("journal-key-") + outcome->journalId, &stored),
                 KeyStore::Status::Ok);
        QVERIFY(WrappedKey::fromJson(stored).ok());

        QVERIFY(access.unlock(test::secret("nøglering test kodeord")).ok());
        QCOMPARE(access.unlock(test::secret("forkert test kodeord")).error().code,
                 ErrorCode::WrongPassphrase);
        QVERIFY(access
                    .changePassphrase(test::secret("nøglering test kodeord"),
                                      test::secret("nyt nøglering kodeord"),
                                      KdfProfile::Interactive)
                    .ok());
        auto journal = access.unlock(test::secret("nyt nøglering kodeord"));
        QVERIFY(journal.ok());
        QVERIFY(journal.value()->verify().ok());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
