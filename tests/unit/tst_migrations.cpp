#include "TestSupport.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/Migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fortrolig;

class TestMigrations : public QObject
{
    Q_OBJECT

    static bool exec(QSqlDatabase db, const QString& sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql))
            qWarning() << sql << q.lastError().text();
        return !q.lastError().isValid();
    }
    static QVariant scalar(QSqlDatabase db, const QString& sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

    // Data as a journal at `version` would hold it.
    static bool fillAt(QSqlDatabase db, int version)
    {
        bool ok = true;
        if (version >= 1) {
            ok = ok && exec(db, QStringLiteral("INSERT INTO meta VALUES ('device_id', 'dev-1')"));
            ok = ok &&
                 exec(db, QStringLiteral(
                              "INSERT INTO events (id, type, subject, author, device, local_time,"
                              " schema_version, payload) VALUES ('e1', 'citizen.added', 'c1', 'a',"
                              " 'dev-1', '2026-01-01T10:00:00.000+01:00', 1, '{}')"));
        }
        if (version >= 2) {
            ok = ok && exec(db, QStringLiteral("INSERT INTO citizens (id, name, cpr, created_at,"
                                               " updated_at) VALUES ('c1', 'Åge Østergård',"
                                               " '0101585999', 'x', 'x')"));
            ok = ok && exec(db, QStringLiteral(
                                    "INSERT INTO notes VALUES ('n1', 'c1', 'note', 'v2', 'x')"));
            ok = ok &&
                 exec(db, QStringLiteral(
                              "INSERT INTO note_versions (id, note_id, version, supersedes,"
                              " superseded_by, text, author, written_at) VALUES"
                              " ('v1', 'n1', 1, NULL, 'v2', 'gammel tekst om cykling', 'a', 'x'),"
                              " ('v2', 'n1', 2, 'v1', NULL, 'ny tekst om svømning', 'a', 'x')"));
        }
        if (version >= 3) { // the projector indexes what it writes
            ok = ok && exec(db, QStringLiteral("INSERT INTO notes_fts(docid, text) SELECT seq, text"
                                               " FROM note_versions WHERE superseded_by IS NULL"));
            ok = ok &&
                 exec(db, QStringLiteral("INSERT INTO citizens_fts(docid, name) SELECT num, name"
                                         " FROM citizens"));
        }
        if (version >= 4)
            ok =
                ok && exec(db, QStringLiteral("INSERT INTO drafts (slot, citizen_id, note_id, kind,"
                                              " text, updated_at) VALUES ('correct:n1', 'c1',"
                                              " 'n1', 'note', 'halvt', 'x')"));
        if (version >= 5)
            ok =
                ok &&
                exec(db, QStringLiteral("INSERT INTO consents (id, citizen_id, status, template_id,"
                                        " template_version, language, text_hash, signed_at, author,"
                                        " device) VALUES ('k' || (SELECT count(*) FROM consents),"
                                        " 'c1', 'given', 'fortrolig-standard', 1, 'da', 'h', 'x',"
                                        " 'konsulent1', 'dev-1')"));
        return ok;
    }

private Q_SLOTS:
    void fromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Migrations::latestVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }
    void fromEveryOlderVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        auto jdb =
            JournalDatabase::open(dir.filePath(QStringLiteral("j.db")), SecureBytes::random(32),
                                  JournalDatabase::Mode::Create, {});
        QVERIFY(jdb.ok());
        QSqlDatabase db = jdb.value()->db();
        QVERIFY(Migrations::migrate(db, from).ok());
        QCOMPARE(Migrations::currentVersion(db).value(), from);
        QVERIFY(fillAt(db, from));

        const Error e = Migrations::migrate(db);
        QVERIFY2(e.ok(), qPrintable(e.message()));
        QCOMPARE(Migrations::currentVersion(db).value(), Migrations::latestVersion());
        // What was there before is still there, and the newest schema works on it.
        if (from >= 1)
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM events")).toInt(), 1);
        if (from >= 2) {
            QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM citizens")).toString(),
                     QStringLiteral("Åge Østergård"));
            // The search index was built from the old rows: the current version only.
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM notes_fts WHERE notes_fts"
                                               " MATCH 'svømning'"))
                         .toInt(),
                     1);
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM notes_fts WHERE notes_fts"
                                               " MATCH 'cykling'"))
                         .toInt(),
                     0);
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM citizens_fts WHERE"
                                               " citizens_fts MATCH 'østergård'"))
                         .toInt(),
                     1);
            // 6: the name and CPR number became versioned fields (from the citizen.added
            // event), and notes kept their versions (the table was rebuilt without
            // UNIQUE(note_id, version), its rowids and so its search index unchanged).
            if (from < 6)
                QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(field) FROM (SELECT field"
                                                   " FROM field_versions WHERE object_id = 'c1'"
                                                   " AND id = 'e1' ORDER BY field)"))
                             .toString(),
                         QStringLiteral("cpr,name"));
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM note_versions")).toInt(), 2);
            QVERIFY(exec(db, QStringLiteral("INSERT INTO note_versions (id, note_id, version,"
                                            " supersedes, text, author, written_at) VALUES"
                                            " ('v3', 'n1', 2, 'v1', 'gren', 'b', 'x')")));
        }
        // 7: a draft of a correction has room for the version it corrects.
        if (from >= 4)
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM drafts WHERE text = 'halvt'"
                                               " AND based_on IS NULL"))
                         .toInt(),
                     1);
        QVERIFY(exec(db, QStringLiteral("UPDATE drafts SET based_on = 'v2'")));
        // 8: a consent keeps the consultant's name as at signing; older ones have none.
        if (from >= 5)
            QCOMPARE(scalar(db, QStringLiteral("SELECT consultant_name || '|' || author FROM"
                                               " consents WHERE id = 'k0'"))
                         .toString(),
                     QStringLiteral("|konsulent1"));
        QVERIFY(
            exec(db, QStringLiteral("UPDATE consents SET consultant_name = 'Karen Konsulent'")));
        QVERIFY(fillAt(db, 0)); // and a fresh write works
        QVERIFY(jdb.value()->integrityCheck().ok());
    }

    void migrationIsIdempotent()
    {
        QTemporaryDir dir;
        auto jdb =
            JournalDatabase::open(dir.filePath(QStringLiteral("j.db")), SecureBytes::random(32),
                                  JournalDatabase::Mode::Create, {});
        QVERIFY(Migrations::migrate(jdb.value()->db()).ok());
        QVERIFY(Migrations::migrate(jdb.value()->db()).ok());
        QCOMPARE(Migrations::currentVersion(jdb.value()->db()).value(),
                 Migrations::latestVersion());
    }

    void indexesLeftOutByACutShortPullComeBack()
    {
        QTemporaryDir dir;
        auto jdb =
            JournalDatabase::open(dir.filePath(QStringLiteral("j.db")), SecureBytes::random(32),
                                  JournalDatabase::Mode::Create, {});
        QSqlDatabase db = jdb.value()->db();
        QVERIFY(Migrations::migrate(db).ok());
        QVERIFY(exec(db, QStringLiteral("DROP INDEX events_subject")));
        QVERIFY(exec(db, QStringLiteral("DROP INDEX notes_citizen")));
        QVERIFY(Migrations::migrate(db).ok()); // what every unlock runs
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type ="
                                           " 'index' AND name IN ('events_subject',"
                                           " 'notes_citizen')"))
                     .toInt(),
                 2);
    }

    void newerJournalIsRefused()
    {
        QTemporaryDir dir;
        auto jdb =
            JournalDatabase::open(dir.filePath(QStringLiteral("j.db")), SecureBytes::random(32),
                                  JournalDatabase::Mode::Create, {});
        QSqlDatabase db = jdb.value()->db();
        QVERIFY(exec(
            db, QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
        QCOMPARE(Migrations::migrate(db).code, ErrorCode::NewerFormat);
    }

    void aFailingStepLeavesTheVersionAlone()
    {
        QTemporaryDir dir;
        auto jdb =
            JournalDatabase::open(dir.filePath(QStringLiteral("j.db")), SecureBytes::random(32),
                                  JournalDatabase::Mode::Create, {});
        QSqlDatabase db = jdb.value()->db();
        QVERIFY(Migrations::migrate(db, 1).ok());
        // Step 2 creates "citizens"; a table of that name already there makes it fail.
        QVERIFY(exec(db, QStringLiteral("CREATE TABLE citizens (x)")));
        QVERIFY(!Migrations::migrate(db).ok());
        QCOMPARE(Migrations::currentVersion(db).value(), 1);
        QVERIFY(!db.tables().contains(QStringLiteral("courses"))); // rolled back whole
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
