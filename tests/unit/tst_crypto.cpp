#include "TestSupport.h"
#include "app/crypto/SecureBytes.h"
#include "app/crypto/UnlockThrottle.h"
#include "app/crypto/WrappedKey.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fortrolig;
using fortrolig::test::secret;

class TestCrypto : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secureBytesBasics()
    {
        SecureBytes a = SecureBytes::random(32);
        QCOMPARE(a.size(), std::size_t(32));
        SecureBytes b = SecureBytes::copyOf(a.data(), a.size());
        QVERIFY(a.equals(b));
        b.data()[0] ^= 1;
        QVERIFY(!a.equals(b));
        SecureBytes moved = std::move(a);
        QVERIFY(a.isEmpty());
        QCOMPARE(moved.size(), std::size_t(32));
        moved.clear();
        QVERIFY(moved.isEmpty());
        QVERIFY(!SecureBytes::random(32).equals(SecureBytes::random(32)));
    }

    void takeFromWipesTheSource()
    {
        QByteArray source("a secret phrase");
        const char* raw = source.constData();
        Q_UNUSED(raw);
        SecureBytes s = SecureBytes::takeFrom(source);
        QCOMPARE(QByteArray(s.constChar(), qsizetype(s.size())), QByteArray("a secret phrase"));
        QVERIFY(source.isEmpty());
    }

    void hex()
    {
        const unsigned char raw[3] = {0x00, 0xab, 0xff};
        SecureBytes h = SecureBytes::copyOf(raw, 3).toHex();
        QCOMPARE(QByteArray(h.constChar(), qsizetype(h.size())), QByteArray("00abff"));
    }

    void passphraseLengthCountsCharacters()
    {
        QCOMPARE(passphraseLength(secret("abc")), 3);
        QCOMPARE(passphraseLength(secret("\xc3\xa6\xc3\xb8\xc3\xa5")), 3); // æøå
        QCOMPARE(passphraseLength(secret("")), 0);
    }

    void sealAndOpen()
    {
        const SecureBytes key = SecureBytes::random(kJournalKeyBytes);
        auto sealed =
            WrappedKey::seal(key, secret("blue lamp seven river"), KdfProfile::Interactive);
        QVERIFY(sealed.ok());
        // Round trip through the stored form.
        auto parsed = WrappedKey::fromJson(sealed->toJson());
        QVERIFY(parsed.ok());
        SecureBytes out;
        QVERIFY(parsed->open(secret("blue lamp seven river"), &out).ok());
        QVERIFY(out.equals(key));
        // The stored form holds no key bytes in the clear.
        const QByteArray json = sealed->toJson();
        QVERIFY(!json.contains(QByteArray(key.constChar(), 32).toBase64()));
        QVERIFY(!json.contains(QByteArray(key.constChar(), 32).toHex()));
    }

    void wrongPassphraseIsRefused()
    {
        const SecureBytes key = SecureBytes::random(kJournalKeyBytes);
        auto sealed =
            WrappedKey::seal(key, secret("blue lamp seven river"), KdfProfile::Interactive);
        SecureBytes out;
        auto r = sealed->open(secret("blue lamp seven rivers"), &out);
        QCOMPARE(r.error().code, ErrorCode::WrongPassphrase);
        QVERIFY(out.isEmpty());
    }

    void tamperedRecordsAreRejected_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("format") << "format"
                                << "2";
        QTest::newRow("nonce short") << "nonce"
                                     << "AAAA";
        QTest::newRow("ciphertext short") << "ciphertext"
                                          << "AAAA";
        QTest::newRow("kdf too weak") << "kdf.mem"
                                      << "1024";
        QTest::newRow("kdf other algorithm") << "kdf.algorithm"
                                             << "scrypt";
    }
    void tamperedRecordsAreRejected()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        const SecureBytes key = SecureBytes::random(kJournalKeyBytes);
        auto sealed =
            WrappedKey::seal(key, secret("blue lamp seven river"), KdfProfile::Interactive);
        QJsonObject o = QJsonDocument::fromJson(sealed->toJson()).object();
        if (field.startsWith(QStringLiteral("kdf."))) {
            QJsonObject k = o.value(QStringLiteral("kdf")).toObject();
            k.insert(field.mid(4), value);
            o.insert(QStringLiteral("kdf"), k);
        } else if (field == QStringLiteral("format")) {
            o.insert(field, value.toInt());
        } else {
            o.insert(field, value);
        }
        auto parsed = WrappedKey::fromJson(QJsonDocument(o).toJson());
        QCOMPARE(parsed.error().code, ErrorCode::Damaged);
        QCOMPARE(WrappedKey::fromJson("not json").error().code, ErrorCode::Damaged);
    }

    void flippedCiphertextFailsToOpen()
    {
        const SecureBytes key = SecureBytes::random(kJournalKeyBytes);
        auto sealed =
            WrappedKey::seal(key, secret("blue lamp seven river"), KdfProfile::Interactive);
        WrappedKey w = sealed.value();
        w.ciphertext[5] = char(w.ciphertext[5] ^ 1);
        SecureBytes out;
        QCOMPARE(w.open(secret("blue lamp seven river"), &out).error().code,
                 ErrorCode::WrongPassphrase);
    }

    void keyCheckValueIdentifiesAKey()
    {
        const SecureBytes a = SecureBytes::random(32);
        const SecureBytes b = SecureBytes::random(32);
        QCOMPARE(keyCheckValue(a), keyCheckValue(SecureBytes::copyOf(a.data(), 32)));
        QVERIFY(keyCheckValue(a) != keyCheckValue(b));
        QVERIFY(!QByteArray(a.constChar(), 32).contains(keyCheckValue(a)));
    }

    void throttleSchedule()
    {
        QCOMPARE(UnlockThrottle::delayAfter(0), 0);
        QCOMPARE(UnlockThrottle::delayAfter(2), 0);
        QCOMPARE(UnlockThrottle::delayAfter(3), UnlockThrottle::kFirstDelaySeconds);
        QCOMPARE(UnlockThrottle::delayAfter(4), 2 * UnlockThrottle::kFirstDelaySeconds);
        QCOMPARE(UnlockThrottle::delayAfter(5), 4 * UnlockThrottle::kFirstDelaySeconds);
        QCOMPARE(UnlockThrottle::delayAfter(1000), UnlockThrottle::kMaxDelaySeconds);
        for (int n = 3; n < 40; ++n)
            QVERIFY(UnlockThrottle::delayAfter(n + 1) >= UnlockThrottle::delayAfter(n));
    }

    void throttleSurvivesRestartAndClockTricks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("unlock-state.json"));
        test::ManualClock clock;
        auto now = [&clock] { return clock(); };
        {
            UnlockThrottle t(path, now);
            for (int i = 0; i < 3; ++i) {
                QCOMPARE(t.secondsToWait(), 0);
                QVERIFY(t.beginAttempt().ok()); // three failures
            }
            QCOMPARE(t.secondsToWait(), UnlockThrottle::kFirstDelaySeconds);
        }
        // A new program start reads the same state.
        UnlockThrottle again(path, now);
        QCOMPARE(again.failures(), 3);
        QCOMPARE(again.secondsToWait(), UnlockThrottle::kFirstDelaySeconds);
        clock.now = clock.now.addSecs(10);
        QCOMPARE(again.secondsToWait(), UnlockThrottle::kFirstDelaySeconds - 10);
        // Setting the clock back does not shorten the wait.
        clock.now = clock.now.addSecs(-3600);
        QCOMPARE(again.secondsToWait(), UnlockThrottle::kFirstDelaySeconds);
        clock.now = clock.now.addSecs(3600 + UnlockThrottle::kFirstDelaySeconds);
        QCOMPARE(again.secondsToWait(), 0);
        // A fourth failure waits longer.
        QVERIFY(again.beginAttempt().ok());
        QCOMPARE(again.secondsToWait(), 2 * UnlockThrottle::kFirstDelaySeconds);
        again.recordSuccess();
        QCOMPARE(again.failures(), 0);
        QCOMPARE(again.secondsToWait(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
