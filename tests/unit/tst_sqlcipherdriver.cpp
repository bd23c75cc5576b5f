#include "TestSupport.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/sqlcipher.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace fortrolig;

class TestSqlCipherDriver : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<JournalDatabase> m_db;

private Q_SLOTS:
    void init()
    {
        auto db = JournalDatabase::open(m_dir.filePath(QStringLiteral("t.db")),
                                        SecureBytes::random(32), JournalDatabase::Mode::Create, {});
        QVERIFY2(db.ok(), qPrintable(db.error().message()));
        m_db = std::move(db.value());
        QSqlQuery q(m_db->db());
        QVERIFY(
            q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, n INTEGER,"
                                  " r REAL, b BLOB)")));
    }
    void cleanup()
    {
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("t.db")));
    }

    void featuresAndOpenState()
    {
        QSqlDatabase db = m_db->db();
        QVERIFY(db.isOpen());
        QVERIFY(db.driver()->hasFeature(QSqlDriver::PreparedQueries));
        QVERIFY(db.driver()->hasFeature(QSqlDriver::Transactions));
        QVERIFY(db.driver()->hasFeature(QSqlDriver::LastInsertId));
        QVERIFY(!db.driver()->hasFeature(QSqlDriver::QuerySize));
        QVERIFY(db.tables().contains(QStringLiteral("t")));
        const QSqlRecord rec = db.record(QStringLiteral("t"));
        QCOMPARE(rec.count(), 5);
        QCOMPARE(rec.fieldName(1), QStringLiteral("name"));
    }

    void bindAndReadEveryType()
    {
        QSqlQuery q(m_db->db());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (name, n, r, b) VALUES (?, ?, ?, ?)")));
        const QByteArray blob("\x00\x01\xff binary", 10);
        q.addBindValue(QStringLiteral("Åse Ærø-Øster 😀"));
        q.addBindValue(qlonglong(1) << 40);
        q.addBindValue(2.5);
        q.addBindValue(blob);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
        const qlonglong id = q.lastInsertId().toLongLong();
        QVERIFY(id > 0);
        QVERIFY(q.prepare(QStringLiteral("SELECT name, n, r, b, NULL FROM t WHERE id = ?")));
        q.addBindValue(id);
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Åse Ærø-Øster 😀"));
        QCOMPARE(q.value(1).toLongLong(), qlonglong(1) << 40);
        QCOMPARE(q.value(2).toDouble(), 2.5);
        QCOMPARE(q.value(3).toByteArray(), blob);
        QVERIFY(q.isNull(4));
        QCOMPARE(q.record().fieldName(0), QStringLiteral("name"));
        QVERIFY(!q.next());
    }

    void namedPlaceholdersAreRewritten()
    {
        QSqlQuery q(m_db->db());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (name, n) VALUES (:name, :n)")));
        q.bindValue(QStringLiteral(":n"), 7);
        q.bindValue(QStringLiteral(":name"), QStringLiteral("seven"));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM t WHERE n = 7")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("seven"));
    }

    void reuseOfAPreparedStatement()
    {
        QSqlQuery q(m_db->db());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (n) VALUES (?)")));
        for (int i = 0; i < 100; ++i) {
            q.addBindValue(i);
            QVERIFY(q.exec());
        }
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(n) FROM t")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 100);
        QCOMPARE(q.value(1).toInt(), 4950);
    }

    void randomAccessReRunsTheStatement()
    {
        QSqlQuery q(m_db->db());
        for (int i = 0; i < 5; ++i)
            QVERIFY(q.exec(QStringLiteral("INSERT INTO t (n) VALUES (%1)").arg(i)));
        QVERIFY(q.exec(QStringLiteral("SELECT n FROM t ORDER BY n")));
        QVERIFY(q.last());
        QCOMPARE(q.value(0).toInt(), 4);
        QVERIFY(q.first());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.seek(3));
        QCOMPARE(q.value(0).toInt(), 3);
        QVERIFY(q.seek(1));
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(!q.seek(9));
    }

    void transactions()
    {
        QSqlDatabase db = m_db->db();
        QVERIFY(db.transaction());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t (n) VALUES (1)")));
        QVERIFY(db.rollback());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(db.transaction());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t (n) VALUES (1)")));
        QVERIFY(db.commit());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(!db.commit()); // nothing to commit: a clear error, not a crash
        QVERIFY(db.lastError().isValid());
    }

    void clearErrors()
    {
        QSqlQuery q(m_db->db());
        QVERIFY(!q.exec(QStringLiteral("SELEC nonsense")));
        QCOMPARE(q.lastError().type(), QSqlError::StatementError);
        QVERIFY(q.lastError().databaseText().contains(QStringLiteral("syntax")));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("1"));
        QVERIFY(!q.exec(QStringLiteral("SELECT 1; SELECT 2")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("one statement")));
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (n) VALUES (?)")));
        QVERIFY(!q.exec()); // a value missing
        QVERIFY(q.lastError().text().contains(QStringLiteral("count")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE u (x INTEGER NOT NULL UNIQUE)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO u VALUES (1)")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO u VALUES (1)")));
        QCOMPARE(q.lastError().nativeErrorCode().toInt() & 0xff, 19); // SQLITE_CONSTRAINT
    }

    // docs/domain.md (storage, a firm rule): Qt's QSQLITE plugin and the system libsqlite3 never
    // load into a process that holds journal data.
    void noSystemSqliteInTheProcess()
    {
        QSqlQuery q(m_db->db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")));
        QFile maps(QStringLiteral("/proc/self/maps"));
        if (!maps.open(QIODevice::ReadOnly))
            QSKIP("no /proc/self/maps on this platform");
        const QByteArray all = maps.readAll();
        QVERIFY(all.contains("libsqlcipher"));
        QVERIFY(!all.contains("libqsqlite"));
        QVERIFY(!all.contains("libsqlite3.so"));
    }

    // The header the code was compiled with is the library's it runs with (a private
    // SQLCipher 4 prefix must not compile against the system's 3.4.1 header: tools/
    // sqlcipher4.sh), and the cipher is the one that header's version carries.
    void theHeaderIsTheLibrarys()
    {
        QCOMPARE(QString::fromLatin1(sqlite3_libversion()), QStringLiteral(SQLITE_VERSION));
        QCOMPARE(QString::fromLatin1(sqlite3_sourceid()), QStringLiteral(SQLITE_SOURCE_ID));
        QSqlQuery q(m_db->db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA cipher_version")) && q.next());
        const QString cipher = q.value(0).toString();
        qInfo("SQLCipher %s (SQLite %s)", qPrintable(cipher), sqlite3_libversion());
        QVERIFY2(cipher.startsWith(QStringLiteral("3.")) || cipher.startsWith(QStringLiteral("4.")),
                 qPrintable(cipher));
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherDriver)
#include "tst_sqlcipherdriver.moc"
