#include "TestSupport.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/Transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace fortrolig;

// The one transaction guard every client site uses: rolls back unless committed, nests
// through a shared depth counter the way Journal's batches do.
class TestTransaction : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<JournalDatabase> m_database;
    int m_count = 0;

    QSqlDatabase db() { return m_database->db(); }
    int rows(const QString& table)
    {
        QSqlQuery q(db());
        return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next()
                   ? q.value(0).toInt()
                   : -1;
    }
    bool insert(const QString& sql)
    {
        QSqlQuery q(db());
        return q.exec(sql);
    }
    // No transaction is left open: a new one can begin (and goes again at once).
    bool nothingOpen()
    {
        Transaction probe(db());
        return probe.error().ok();
    }

private Q_SLOTS:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("t%1.db").arg(++m_count));
        auto opened =
            JournalDatabase::open(path, SecureBytes::random(32), JournalDatabase::Mode::Create, {});
        QVERIFY(opened.ok());
        m_database = std::move(opened.value());
        QVERIFY(insert(QStringLiteral("PRAGMA foreign_keys = ON")));
        QVERIFY(insert(QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY)")));
        // Checked at commit: an orphan makes the commit itself fail.
        QVERIFY(insert(QStringLiteral("CREATE TABLE child (id INTEGER PRIMARY KEY, parent"
                                      " INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY"
                                      " DEFERRED)")));
    }
    void cleanup() { m_database.reset(); }

    void rollsBackWhenItGoesWithoutCommit()
    {
        {
            Transaction tx(db());
            QVERIFY(tx.error().ok());
            QVERIFY(insert(QStringLiteral("INSERT INTO parent (id) VALUES (1)")));
            QCOMPARE(rows(QStringLiteral("parent")), 1); // there, inside
        }                                                // an early return, say
        QCOMPARE(rows(QStringLiteral("parent")), 0);
        QVERIFY(nothingOpen());
    }

    void commitsWhenAsked()
    {
        {
            Transaction tx(db());
            QVERIFY(tx.error().ok());
            QVERIFY(insert(QStringLiteral("INSERT INTO parent (id) VALUES (1)")));
            QVERIFY(insert(QStringLiteral("INSERT INTO child (id, parent) VALUES (1, 1)")));
            QVERIFY(tx.commit().ok());
            QCOMPARE(tx.commit().code, ErrorCode::Internal); // once only
        }
        QVERIFY(nothingOpen());
        QCOMPARE(rows(QStringLiteral("parent")), 1);
        QCOMPARE(rows(QStringLiteral("child")), 1);
    }

    void aFailedCommitLeavesNothingHalfWritten()
    {
        Transaction tx(db());
        QVERIFY(tx.error().ok());
        QVERIFY(insert(QStringLiteral("INSERT INTO parent (id) VALUES (1)")));
        QVERIFY(insert(QStringLiteral("INSERT INTO child (id, parent) VALUES (1, 2)"))); // orphan
        QVERIFY(!tx.commit().ok());
        // SQLite keeps a transaction open after a refused COMMIT: the guard rolled it back.
        QCOMPARE(rows(QStringLiteral("parent")), 0);
        QCOMPARE(rows(QStringLiteral("child")), 0);
        QVERIFY(nothingOpen());
    }

    void aBeginThatFailsIsReported()
    {
        Transaction outer(db());
        QVERIFY(outer.error().ok());
        Error inner;
        {
            Transaction tx(db()); // not nested (no depth): a second BEGIN is refused
            inner = tx.error();
            QVERIFY(!tx.commit().ok()); // says so again
        }
        QVERIFY(!inner.ok());
        QVERIFY(insert(QStringLiteral("INSERT INTO parent (id) VALUES (1)")));
        QVERIFY(outer.commit().ok()); // the failed guard closed nothing
        QCOMPARE(rows(QStringLiteral("parent")), 1);
    }

    void anInnerGuardJoinsTheOutermost()
    {
        int depth = 0;
        {
            Transaction outer(db(), &depth);
            QVERIFY(outer.error().ok());
            {
                Transaction inner(db(), &depth);
                QVERIFY(inner.error().ok());
                QCOMPARE(depth, 2);
                QVERIFY(insert(QStringLiteral("INSERT INTO parent (id) VALUES (1)")));
                QVERIFY(inner.commit().ok()); // only counts down
            }
            QCOMPARE(depth, 1);
        } // the outermost goes without commit: the inner one's work goes with it
        QCOMPARE(depth, 0);
        QCOMPARE(rows(QStringLiteral("parent")), 0);
        {
            Transaction outer(db(), &depth);
            Transaction inner(db(), &depth);
            QVERIFY(insert(QStringLiteral("INSERT INTO parent (id) VALUES (2)")));
            QVERIFY(inner.commit().ok());
            QVERIFY(outer.commit().ok());
        }
        QCOMPARE(depth, 0);
        QVERIFY(nothingOpen());
        QCOMPARE(rows(QStringLiteral("parent")), 1);
    }

    void anInnerGuardThatGoesRollsBackTheWholeTransaction()
    {
        int depth = 0;
        Transaction outer(db(), &depth);
        QVERIFY(insert(QStringLiteral("INSERT INTO parent (id) VALUES (1)")));
        {
            Transaction inner(db(), &depth);
            QVERIFY(insert(QStringLiteral("INSERT INTO parent (id) VALUES (2)")));
        }
        QCOMPARE(depth, 0);
        QCOMPARE(rows(QStringLiteral("parent")), 0);
        QVERIFY(outer.commit().ok()); // as Journal's batches always did: nothing left to commit
        QVERIFY(nothingOpen());
    }

    void aMovedGuardIsStillOneTransaction()
    {
        int depth = 0;
        {
            std::optional<Transaction> tx(Transaction(db(), &depth));
            QVERIFY(tx->error().ok());
            QVERIFY(insert(QStringLiteral("INSERT INTO parent (id) VALUES (1)")));
            QCOMPARE(depth, 1);
        }
        QCOMPARE(depth, 0);
        QCOMPARE(rows(QStringLiteral("parent")), 0);
        QVERIFY(nothingOpen());
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
