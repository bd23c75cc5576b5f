#include "TestSupport.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/Migrations.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace fortrolig;
using Mode = JournalDatabase::Mode;

class TestJournalDatabase : public QObject
{
    Q_OBJECT

    QString path(const QTemporaryDir& dir) const
    {
        return dir.filePath(QStringLiteral("journal.db"));
    }

    // A journal with some rows in it, closed again.
    void makeJournal(const QString& file, const SecureBytes& key, int rows = 200)
    {
        auto db = JournalDatabase::open(file, key, Mode::Create, {});
        QVERIFY(db.ok());
        QSqlQuery q(db.value()->db());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x TEXT)")));
        QVERIFY(db.value()->db().transaction());
        for (int i = 0; i < rows; ++i)
            QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (hex(randomblob(200)))")));
        QVERIFY(db.value()->db().commit());
    }

private Q_SLOTS:
    void initTestCase() { test::registerFaultyVfs(); }

    void createThenOpen()
    {
        QTemporaryDir dir;
        const SecureBytes key = SecureBytes::random(32);
        makeJournal(path(dir), key);
        QVERIFY(!JournalDatabase::looksLikePlainSqlite(path(dir)));
        QVERIFY(!QFile::exists(path(dir) + QStringLiteral("-wal"))); // checkpointed at close
        auto db = JournalDatabase::open(path(dir), key, Mode::Open, {});
        QVERIFY2(db.ok(), qPrintable(db.error().message()));
        QSqlQuery q(db.value()->db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QVERIFY(q.exec(QStringLiteral("PRAGMA secure_delete")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA temp_store")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // MEMORY
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next());
        QCOMPARE(q.value(0).toInt(), 200);
        QVERIFY(db.value()->integrityCheck().ok());
    }

    // The second connection opens the same file under the same key on another thread, its
    // writes are the first connection's to read (it went on reading meanwhile), and a
    // journal known to be damaged is not written by it either.
    void aSecondConnectionOnAnotherThread()
    {
        QTemporaryDir dir;
        const SecureBytes key = SecureBytes::random(32);
        makeJournal(path(dir), key, 50);
        auto db = JournalDatabase::open(path(dir), key, Mode::Open, {});
        QVERIFY2(db.ok(), qPrintable(db.error().message()));
        const JournalDatabase::Aside aside = db.value()->aside();
        Error built;
        std::thread worker([&] {
            built = aside.run({"CREATE INDEX t_x ON t(x)", "CREATE TABLE u (y INTEGER)"});
        });
        QSqlQuery q(db.value()->db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next()); // meanwhile
        QCOMPARE(q.value(0).toInt(), 50);
        q.finish();
        worker.join();
        QVERIFY2(built.ok(), qPrintable(built.message()));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN"
                                      " ('t_x', 'u')")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        q.finish();
        QVERIFY(db.value()->integrityCheck().ok());

        // A statement that fails says so (and names nothing of the data).
        std::thread bad([&] { built = aside.run({"CREATE INDEX t_x ON t(x)"}); });
        bad.join();
        QVERIFY(!built.ok());

        db.value()->markDamaged(QStringLiteral("test"));
        std::thread refused([&] { built = aside.run({"CREATE TABLE v (z INTEGER)"}); });
        refused.join();
        QCOMPARE(built.code, ErrorCode::Damaged);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'v'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void missingFile()
    {
        QTemporaryDir dir;
        auto db = JournalDatabase::open(path(dir), SecureBytes::random(32), Mode::Open, {});
        QCOMPARE(db.error().code, ErrorCode::NotFound);
        QVERIFY(!QFile::exists(path(dir))); // opening never creates
    }

    void createRefusesExisting()
    {
        QTemporaryDir dir;
        const SecureBytes key = SecureBytes::random(32);
        makeJournal(path(dir), key);
        QCOMPARE(JournalDatabase::open(path(dir), key, Mode::Create, {}).error().code,
                 ErrorCode::AlreadyExists);
    }

    void wrongKey()
    {
        QTemporaryDir dir;
        makeJournal(path(dir), SecureBytes::random(32));
        auto db = JournalDatabase::open(path(dir), SecureBytes::random(32), Mode::Open, {});
        QCOMPARE(db.error().code, ErrorCode::WrongKey);
        QCOMPARE(QSqlDatabase::connectionNames().size(), 0); // nothing half-open left behind
    }

    void plainSqliteIsRefused()
    {
        QTemporaryDir dir;
        JournalDatabase::Options plain;
        plain.benchmarkWithoutEncryption = true;
        {
            auto db = JournalDatabase::open(path(dir), {}, Mode::Create, plain);
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->db());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x)")));
        }
        QVERIFY(JournalDatabase::looksLikePlainSqlite(path(dir)));
        auto db = JournalDatabase::open(path(dir), SecureBytes::random(32), Mode::Open, {});
        QCOMPARE(db.error().code, ErrorCode::NotEncrypted);
    }

    void emptyFileIsDamaged()
    {
        QTemporaryDir dir;
        QFile f(path(dir));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QCOMPARE(
            JournalDatabase::open(path(dir), SecureBytes::random(32), Mode::Open, {}).error().code,
            ErrorCode::Damaged);
    }

    void flippedByteInFirstPage()
    {
        QTemporaryDir dir;
        const SecureBytes key = SecureBytes::random(32);
        makeJournal(path(dir), key);
        QVERIFY(test::flipByte(path(dir), 100));
        // The database layer cannot tell a wrong key from a damaged page 1; JournalAccess
        // can (it knows the key is right) and reports Damaged: see tst_journalaccess.
        auto db = JournalDatabase::open(path(dir), key, Mode::Open, {});
        QCOMPARE(db.error().code, ErrorCode::WrongKey);
    }

    void flippedByteLaterIsFoundByIntegrityCheck()
    {
        QTemporaryDir dir;
        const SecureBytes key = SecureBytes::random(32);
        makeJournal(path(dir), key, 400);
        const qint64 size = QFileInfo(path(dir)).size();
        QVERIFY(size > 8 * 1024);
        QVERIFY(test::flipByte(path(dir), size / 2));
        auto db = JournalDatabase::open(path(dir), key, Mode::Open, {});
        QVERIFY(db.ok()); // page 1 is fine
        const Error e = db.value()->integrityCheck();
        QVERIFY(!e.ok());
        QVERIFY(e.code == ErrorCode::Damaged || e.code == ErrorCode::WrongKey);
    }

    void diskFullLosesNothing()
    {
        QTemporaryDir dir;
        const SecureBytes key = SecureBytes::random(32);
        JournalDatabase::Options faulty;
        faulty.vfs = "faulty";
        {
            auto db = JournalDatabase::open(path(dir), key, Mode::Create, faulty);
            QVERIFY2(db.ok(), qPrintable(db.error().message()));
            QSqlQuery q(db.value()->db());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES ('kept')")));
            test::armDiskFull(0);
            const bool wrote =
                q.exec(QStringLiteral("INSERT INTO t VALUES (hex(randomblob(5000)))"));
            test::armDiskFull(-1);
            QVERIFY(!wrote);
            const Error e = JournalDatabase::errorFrom(q.lastError(), dir.path());
            QCOMPARE(e.code, ErrorCode::DiskFull);
            QVERIFY(e.message().contains(QStringLiteral("disk is full")));
            // Space is back: the same connection goes on working.
            QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES ('after')")));
        }
        auto db = JournalDatabase::open(path(dir), key, Mode::Open, {});
        QVERIFY(db.ok());
        QSqlQuery q(db.value()->db());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(x, ',') FROM t")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("kept,after"));
        QVERIFY(db.value()->integrityCheck().ok());
    }

    void diskFullWhileCreating()
    {
        QTemporaryDir dir;
        JournalDatabase::Options faulty;
        faulty.vfs = "faulty";
        test::armDiskFull(0);
        auto db = JournalDatabase::open(path(dir), SecureBytes::random(32), Mode::Create, faulty);
        test::armDiskFull(-1);
        QCOMPARE(db.error().code, ErrorCode::DiskFull);
        QCOMPARE(QSqlDatabase::connectionNames().size(), 0);
    }

    void compatibilityWithSqlCipher4()
    {
        const QByteArray page("PRAGMA cipher_page_size = 4096");
        QCOMPARE(JournalDatabase::compatibilityPragmas(QStringLiteral("3.4.1"), 3),
                 QList<QByteArray>{page});
        // 4.x opens a 3.x journal in compatibility mode, with the page size it was made with.
        // SQLCipher 4's own log to stderr is off (its failures come back as error codes).
        const QList<QByteArray> quiet{"PRAGMA cipher_log = off", "PRAGMA cipher_log_level = NONE"};
        QCOMPARE(JournalDatabase::compatibilityPragmas(QStringLiteral("4.5.6 community"), 3),
                 quiet + QList<QByteArray>({"PRAGMA cipher_compatibility = 3", page}));
        QCOMPARE(JournalDatabase::compatibilityPragmas(QStringLiteral("4.6.0 community"), 4),
                 quiet + QList<QByteArray>{page});
        QVERIFY(JournalDatabase::runtimeCipherVersion().startsWith(QLatin1Char('3')) ||
                JournalDatabase::runtimeCipherVersion().startsWith(QLatin1Char('4')));
    }

    // A journal whose journal.json says it was made in a newer SQLCipher's format (4 on a
    // build with 3.4.1; 5 on one with 4.x) is reported as needing a newer program, never as
    // damaged or as a wrong key, and nothing is written to it.
    void aNewerCipherFormatIsSaidAsSuch()
    {
        QTemporaryDir dir;
        const SecureBytes key = SecureBytes::random(32);
        makeJournal(path(dir), key);
        const auto bytes = [&] {
            QFile f(path(dir));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray before = bytes();
        QVERIFY(!before.isEmpty());
        const int runtime =
            JournalDatabase::runtimeCipherVersion().section(QLatin1Char('.'), 0, 0).toInt();
        JournalDatabase::Options newer;
        newer.cipherFormat = runtime + 1;
        auto db = JournalDatabase::open(path(dir), key, Mode::Open, newer);
        QCOMPARE(db.error().code, ErrorCode::NewerFormat);
        QVERIFY(db.error().detail.contains(QString::number(runtime + 1)));
        QVERIFY(db.error().message().contains(QStringLiteral("newer")));
        QCOMPARE(bytes(), before);
        QVERIFY(JournalDatabase::open(path(dir), key, Mode::Open, {}).ok()); // as it was
    }

    void errorMapping_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("expected");
        QTest::newRow("NOTADB") << 26 << int(ErrorCode::WrongKey);
        QTest::newRow("CORRUPT") << 11 << int(ErrorCode::Damaged);
        QTest::newRow("FULL") << 13 << int(ErrorCode::DiskFull);
        QTest::newRow("BUSY") << 5 << int(ErrorCode::Busy);
        QTest::newRow("IOERR_WRITE") << (10 | (3 << 8)) << int(ErrorCode::IoError);
    }
    void errorMapping()
    {
        QFETCH(int, code);
        QFETCH(int, expected);
        QCOMPARE(int(JournalDatabase::errorFrom(code, {}, QStringLiteral("x")).code), expected);
    }
};

QTEST_GUILESS_MAIN(TestJournalDatabase)
#include "tst_journaldatabase.moc"
