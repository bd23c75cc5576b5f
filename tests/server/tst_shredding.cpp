// Crypto-shredding (issue 14), on the backend CTest chose: a laptop pushes a canary case
// (a made-up name and CPR number, a note with a unique phrase) and a case that stays, through
// the real server. A copy of the store is taken before the canary is purged: the SQLCipher
// file with its log, or a pg_dump of PostgreSQL. After the purge, every payload in the copy is
// tried with everything the server still has (the storage key and the current case key
// store): none of the canary's opens, every one of the other case's does (so the check can
// see a payload open). The destroyed key is not in the key store's files any more, and the
// PostgreSQL cluster's files and WAL never held the canary in the clear. A database restored
// from a backup made before the purge loses the case again at the server's start. All data
// is synthetic.
#include "StoreCopies.h"
#include "SyncHarness.h"
#include "TestSupport.h"
#include "app/storage/JournalDatabase.h"
#include "keys/ServerKey.h"
#include "store/CaseKeys.h"
#include "store/ServerDatabase.h"
#include "store/StoredEvent.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <sodium.h>

#include <memory>

using namespace fortrolig;
using namespace fortrolig::test;

namespace {

// Made up, and born in the 1800s (7th digit 5-8, year above 57): nobody on a caseload today.
const char* const kCanaryCpr = "230974-6519";
const char* const kSurvivorCpr = "090268-5523";
const QString kCanaryName = QStringLiteral("Kanariefugl Testesen");
const QString kCanaryNote =
    QStringLiteral("Kanarieudsagn: mødet om brændehuggeriet ved Tjørnebjerg Mølle");
const QString kSurvivorNote = QStringLiteral("Et notat om en sag der bliver");

bool containsAny(const QByteArray& hay, const QList<QByteArray>& needles, QByteArray* which)
{
    for (const QByteArray& n : needles) {
        if (hay.contains(n)) {
            *which = n;
            return true;
        }
    }
    return false;
}

// The canaries as bytes: as UTF-8, hex and base64 (the forms a payload or a dump would hold).
QList<QByteArray> canaryForms()
{
    QList<QByteArray> out;
    const QString digits = QString::fromLatin1(kCanaryCpr).remove(QLatin1Char('-'));
    for (const QString& s : {kCanaryName, kCanaryNote, QString::fromLatin1(kCanaryCpr), digits}) {
        const QByteArray utf8 = s.toUtf8();
        out << utf8 << utf8.toHex() << utf8.toBase64();
    }
    return out;
}

QString pgBinary(const QString& name)
{
    // Where tests/support/pg.sh finds PostgreSQL 15.
    return QStringLiteral("/usr/lib/postgresql/15/bin/") + name;
}

} // namespace

class TestShredding : public QObject
{
    Q_OBJECT
    Backend m_backend = backendFromEnvironment();
    std::unique_ptr<ServerFixture> m_server;
    Account m_anne;
    std::unique_ptr<Device> m_laptop;
    QString m_canary;
    QString m_survivor;
    QTemporaryDir m_copies;

    // Every row's payload tried with what the server has after the purge: the storage key's
    // sealing key (payloads of schema 2) and the case key store as it is now.
    OpenedRows openWithServerKeys(const QList<StoredRow>& rows)
    {
        return test::openWithServerKeys(*m_server, rows);
    }
    // The copy holds both cases' rows; after the purge, the server's keys open the other
    // case's and none of the canary's.
    void checkCopy(const QList<StoredRow>& rows)
    {
        int canaryRows = 0, survivorRows = 0;
        for (const StoredRow& r : rows) {
            canaryRows += r.citizen == m_canary;
            survivorRows += r.citizen == m_survivor;
        }
        QCOMPARE(canaryRows, 2); // the citizen and the note
        QCOMPARE(survivorRows, 2);
        const OpenedRows opened = openWithServerKeys(rows);
        QCOMPARE(opened.perCase.value(m_survivor), survivorRows);
        QVERIFY(opened.plain.contains(kSurvivorNote.toUtf8()));
        QCOMPARE(opened.perCase.value(m_canary), 0);
        QByteArray which;
        QVERIFY2(!containsAny(opened.plain, canaryForms(), &which), which.constData());
    }
    // The bytes of every file under `root`, with its name.
    static QList<QPair<QString, QByteArray>> filesUnder(const QString& root)
    {
        QList<QPair<QString, QByteArray>> out;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                out << qMakePair(f.fileName(), f.readAll());
        }
        return out;
    }
    QString caseKeysPath() const { return m_server->store().location().caseKeys; }

private Q_SLOTS:
    void initTestCase()
    {
        qInfo() << "backend:" << backendName(m_backend);
        QVERIFY(ensureSodium());
        QVERIFY(m_copies.isValid());
    }
    void init()
    {
        m_server = std::make_unique<ServerFixture>(m_backend);
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        m_anne = m_server->createConsultant(QStringLiteral("anne"));
        m_laptop = Device::signedIn(*m_server, m_anne);
        m_canary = m_laptop->addCitizen(kCanaryName, kCanaryCpr);
        m_survivor = m_laptop->addCitizen(QStringLiteral("Overlevende Testesen"), kSurvivorCpr);
        QVERIFY(!m_canary.isEmpty() && !m_survivor.isEmpty());
        QVERIFY(m_laptop->journal().addNote(m_canary, kCanaryNote).ok());
        QVERIFY(m_laptop->journal().addNote(m_survivor, kSurvivorNote).ok());
        QVERIFY(m_laptop->syncOnce());
        QCOMPARE(m_laptop->journal().outboxSize(), 0);
        QCOMPARE(m_server->eventsOf(m_canary), 2);
    }
    void cleanup()
    {
        m_laptop.reset();
        m_server.reset();
    }

    void sqlcipherCopyMadeBeforeThePurgeNoLongerOpens()
    {
        if (m_backend != Backend::SqlCipher)
            QSKIP("the SQLCipher store");
        const SecureBytes key = m_server->admin().caseKeys().copyForTest(m_canary);
        QCOMPARE(key.size(), std::size_t(32));
        // A copy of the file and its log as they are while the server runs (nothing checkpointed
        // or vacuumed since the canary arrived).
        const QString db = m_server->store().location().path;
        const QString copy = m_copies.filePath(QStringLiteral("server-copy.db"));
        QVERIFY(QFile::copy(db, copy));
        if (QFileInfo::exists(db + QStringLiteral("-wal")))
            QVERIFY(QFile::copy(db + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));

        QVERIFY(m_server->admin().cases().purge(m_canary).ok());
        QCOMPARE(m_server->eventsOf(m_canary), 0);
        m_server->stop();
        m_server->closeAdmin();

        server::StoreLocation at;
        at.path = copy;
        auto opened = server::ServerDatabase::open(
            at, server::ServerKey::databaseKey(m_server->masterKey()), false);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message()));
        QList<StoredRow> rows;
        QSqlQuery q(opened.value()->db());
        QVERIFY(q.exec(QStringLiteral("SELECT id, citizen_id, payload FROM events")));
        while (q.next())
            rows << StoredRow{q.value(0).toString(), q.value(1).toString(),
                              q.value(2).toByteArray()};
        q.finish();
        checkCopy(rows);

        // The key is in none of the key store's files (as it was, hex, base64).
        const QList<QByteArray> forms{QByteArray(key.constChar(), 32),
                                      QByteArray(key.constChar(), 32).toHex(),
                                      QByteArray(key.constChar(), 32).toBase64()};
        int files = 0;
        for (const auto& [name, bytes] : filesUnder(QFileInfo(caseKeysPath()).absolutePath())) {
            if (!QFileInfo(name).fileName().startsWith(QStringLiteral("case-keys.db")))
                continue;
            ++files;
            QByteArray which;
            QVERIFY2(!containsAny(bytes, forms, &which), qPrintable(name));
        }
        QVERIFY(files >= 1);
        QCOMPARE(QFileInfo(caseKeysPath() + QStringLiteral("-wal")).size(), 0); // truncated
    }

    void postgresDumpMadeBeforeThePurgeNoLongerOpens()
    {
        if (m_backend != Backend::Postgres)
            QSKIP("the PostgreSQL store");
        const QString dump = m_copies.filePath(QStringLiteral("before-purge.sql"));
        QProcess pgDump;
        pgDump.start(pgBinary(QStringLiteral("pg_dump")),
                     {QStringLiteral("--data-only"), QStringLiteral("--table=events"),
                      QStringLiteral("--file=") + dump, m_server->store().databaseUrl()});
        QVERIFY(pgDump.waitForFinished(60'000));
        QVERIFY2(pgDump.exitCode() == 0, pgDump.readAllStandardError().constData());

        QVERIFY(m_server->admin().cases().purge(m_canary).ok());
        QCOMPARE(m_server->eventsOf(m_canary), 0);

        QFile f(dump);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<StoredRow> rows = rowsOfDump(f.readAll());
        checkCopy(rows);

        // The cluster's files and WAL (dead tuples of the purge included) never held the
        // canary in the clear: payloads are sealed before PostgreSQL sees them.
        QSqlQuery(m_server->admin().database().db()).exec(QStringLiteral("CHECKPOINT"));
        m_server->stop();
        m_server->closeAdmin();
        QFile dataDir(QFileInfo(qEnvironmentVariable("FORTROLIG_TEST_PG"))
                          .dir()
                          .filePath(QStringLiteral("data_dir")));
        QVERIFY(dataDir.open(QIODevice::ReadOnly));
        const QString root = QString::fromUtf8(dataDir.readAll()).trimmed();
        const auto files = filesUnder(root);
        QVERIFY(files.size() > 100);
        bool sawCitizenId = false; // the search sees what is there: the internal id is clear
        for (const auto& [name, bytes] : files) {
            QByteArray which;
            QVERIFY2(!containsAny(bytes, canaryForms(), &which),
                     qPrintable(name + QStringLiteral(": ") + QString::fromUtf8(which)));
            sawCitizenId = sawCitizenId || bytes.contains(m_canary.toLatin1());
        }
        QVERIFY(sawCitizenId);
    }

    // A backup made before the purge, put back: the canary's rows are back but cannot be
    // read, and the server purges the case again as it starts; the other case is whole.
    void restoredBackupLosesThePurgedCaseAgain()
    {
        m_server->stop();
        m_server->closeAdmin();
        QVERIFY(m_server->store().backup());
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        QVERIFY(m_server->admin().cases().purge(m_canary).ok());
        m_server->stop();
        m_server->closeAdmin();
        QVERIFY(m_server->store().restore());
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        QCOMPARE(m_server->eventsOf(m_canary), 0);
        QCOMPARE(m_server->eventsOf(m_survivor), 2);
        auto cases = m_server->admin().cases().cases();
        QVERIFY(cases.ok());
        QCOMPARE(cases->size(), 1);
        // A new laptop of the consultant gets the other case, whole.
        auto fresh = Device::signedIn(*m_server, m_anne);
        QVERIFY(fresh->syncUntilComplete());
        QCOMPARE(fresh->count(QStringLiteral("SELECT count(*) FROM citizens")), 1);
    }

    // PostgreSQL without a data folder: the key store must be named, never left out.
    void postgresWithoutDataNeedsAKeyStore()
    {
        const QString url = QStringLiteral("postgresql://u@127.0.0.1:5432/db");
        qunsetenv("FORTROLIG_CASE_KEYS");
        QVERIFY(!server::StoreLocation::from({}, url).ok());
        qputenv("FORTROLIG_CASE_KEYS", m_copies.filePath(QStringLiteral("keys.db")).toUtf8());
        auto at = server::StoreLocation::from({}, url);
        qunsetenv("FORTROLIG_CASE_KEYS");
        QVERIFY(at.ok());
        QCOMPARE(at->caseKeys, m_copies.filePath(QStringLiteral("keys.db")));
        QCOMPARE(server::StoreLocation::from(m_copies.path(), {})->caseKeys,
                 m_copies.filePath(QStringLiteral("case-keys.db")));
    }

    // A key store that cannot destroy the key (another connection holds its write lock past
    // the busy timeout): the purge fails and changes nothing.
    void purgeFailsWholeWhenTheKeyCannotBeDestroyed()
    {
        const SecureBytes fileKey = server::ServerKey::caseKeyStoreKey(m_server->masterKey());
        auto other =
            JournalDatabase::open(caseKeysPath(), fileKey, JournalDatabase::Mode::Open, {});
        QVERIFY(other.ok());
        QSqlDatabase lock = other.value()->db();
        QVERIFY(lock.transaction()); // BEGIN IMMEDIATE: the write lock
        QSqlQuery(lock).exec(QStringLiteral("DELETE FROM destroyed WHERE citizen_id = ''"));
        const Error e = m_server->admin().cases().purge(m_canary);
        QVERIFY(!e.ok());
        QVERIFY2(e.detail.contains(QStringLiteral("case key store")), qPrintable(e.detail));
        QVERIFY(lock.rollback());
        other.value().reset();
        QCOMPARE(m_server->eventsOf(m_canary), 2);
        QCOMPARE(m_server->admin().caseKeys().copyForTest(m_canary).size(), std::size_t(32));
        // The laptop still receives the case's events and can work on it.
        QVERIFY(m_laptop->syncOnce());
        QVERIFY(m_server->admin().cases().purge(m_canary).ok()); // now it goes
        QCOMPARE(m_server->eventsOf(m_canary), 0);
    }
};

QTEST_MAIN(TestShredding)
#include "tst_shredding.moc"
