// A journal in SQLCipher 3's format, unlocked by a program with SQLCipher 4, is rewritten in
// format 4 (JournalAccess::upgradeFormat, JournalDatabase::exportInFormat). Every path: the
// whole upgrade, one cut off before or after the new file takes the old one's place, a full
// disk during the copy, and the journal open in another connection meanwhile. Against the
// system's SQLCipher 3.4.1 only the first test can run (nothing newer to upgrade to); the
// rest run in tools/sqlcipher4-test.sh, against 4.6.1.

#include "TestSupport.h"
#include "app/crypto/KeyVault.h"
#include "app/journal/JournalAccess.h"
#include "app/journal/JournalInternals.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace fortrolig;
using test::secret;

namespace {
const char* const kPass = "korrekt hest batteri klips";

JournalAccess::InitOptions inFormat(int format)
{
    JournalAccess::InitOptions o;
    o.kdf = KdfProfile::Interactive;
    o.consultant = QStringLiteral("kons-test");
    o.cipherFormat = format;
    return o;
}

// Every row of every table (full-text shadow tables too), as one hash per table.
QMap<QString, QByteArray> contents(Journal& journal)
{
    QSqlDatabase db = JournalInternals::database(journal).db();
    QStringList tables;
    QSqlQuery list(db);
    list.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                             " AND rootpage > 0 AND name NOT LIKE 'sqlite_%'"));
    while (list.next())
        tables << list.value(0).toString();
    QMap<QString, QByteArray> out;
    for (const QString& table : std::as_const(tables)) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        QList<QByteArray> rows;
        while (q.next()) {
            QByteArray row;
            for (int i = 0; i < q.record().count(); ++i)
                row += q.value(i).toByteArray().toHex() + '|';
            rows << row;
        }
        std::sort(rows.begin(), rows.end());
        QCryptographicHash h(QCryptographicHash::Sha256);
        for (const QByteArray& row : std::as_const(rows))
            h.addData(QByteArray(row + '\n'));
        out.insert(table, QByteArray::number(rows.size()) + ' ' + h.result().toHex());
    }
    return out;
}

// Citizens with notes, some corrected, across many pages.
void fill(Journal& journal, int citizens)
{
    const Cpr cpr = *Cpr::parse(QString::fromLatin1(test::kFakeCpr));
    for (int i = 0; i < citizens; ++i) {
        const QString id =
            test::require(journal.addCitizen(QStringLiteral("Testperson %1").arg(i), cpr), "add");
        const QString note = test::require(
            journal.addNote(id,
                            QStringLiteral("Samtale nummer %1 om praktikplads og cykel").arg(i)),
            "note");
        if (i % 3 == 0)
            test::require(journal.correctNote(note, QStringLiteral("Rettet: kørekort %1").arg(i)),
                          "correct");
    }
}

int formatInJson(const QString& dir)
{
    QFile f(dir + QStringLiteral("/journal.json"));
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll())
        .object()
        .value(QStringLiteral("cipherFormat"))
        .toInt();
}

void setFormatInJson(const QString& dir, int format)
{
    QFile f(dir + QStringLiteral("/journal.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    o.insert(QStringLiteral("cipherFormat"), format);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(o).toJson());
}
} // namespace

class TestFormatUpgrade : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::MemoryKeyStore m_keychain;
    std::unique_ptr<JournalAccess> m_access;
    QMap<QString, QByteArray> m_before;

    bool needsNewerRuntime()
    {
        if (JournalDatabase::runtimeCipherMajor() >= 4)
            return false;
        qInfo("SQLCipher %s has no newer format to upgrade to: tools/sqlcipher4-test.sh runs "
              "this against 4.6.1",
              qPrintable(JournalDatabase::runtimeCipherVersion()));
        return true;
    }

    // A format-3 journal with data in a folder of its own; m_before is what it holds.
    void makeFormat3Journal(const QString& name, int citizens = 150)
    {
        const QString dir = m_dir.filePath(name);
        m_access = std::make_unique<JournalAccess>(dir, m_keychain);
        QVERIFY(m_access->init(secret(kPass), inFormat(3)).ok());
        QCOMPARE(m_access->readMeta()->cipherFormat, 3);
        // Filled through the journal's own database, as the program with SQLCipher 3 would:
        // an unlock here would upgrade it already.
        auto pending = m_access->beginUnlock();
        QVERIFY(pending.ok());
        auto key = KeyVault::unseal(pending->wrapped, secret(kPass));
        QVERIFY(key.ok());
        JournalDatabase::Options o;
        o.cipherFormat = 3;
        auto db = JournalDatabase::open(m_access->databasePath(), key.value(),
                                        JournalDatabase::Mode::Open, o);
        QVERIFY(db.ok());
        Journal journal(std::move(db.value()),
                        Identity{QStringLiteral("kons-test"), QStringLiteral("dev-test")});
        fill(journal, citizens);
        m_before = contents(journal);
        QVERIFY(m_before.size() > 5);
    }

    // Unlocks, and checks the journal holds what it held, finds a corrected word, and is
    // whole; returns the format journal.json names.
    int unlockAndCompare()
    {
        auto journal = m_access->unlock(secret(kPass));
        if (!journal.ok()) {
            qWarning("unlock: %s", qPrintable(journal.error().message()));
            return -1;
        }
        const QMap<QString, QByteArray> now = contents(*journal.value());
        if (now != m_before) {
            for (auto it = now.begin(); it != now.end(); ++it) {
                if (m_before.value(it.key()) != it.value())
                    qWarning("the journal's rows changed in %s", qPrintable(it.key()));
            }
            return -1;
        }
        auto hits = journal.value()->search(QStringLiteral("kørekort"));
        if (!hits.ok() || hits->isEmpty()) {
            qWarning("search lost the corrected notes");
            return -1;
        }
        if (Error e = JournalInternals::database(*journal.value()).integrityCheck()) {
            qWarning("integrity: %s", qPrintable(e.detail));
            return -1;
        }
        if (JournalInternals::database(*journal.value()).checkPages().damaged())
            return -1;
        m_before = contents(*journal.value()); // with the search's access-log entry
        return m_access->readMeta()->cipherFormat;
    }

    // Opens journal.db in `format` with the key from the keychain (the test's own store).
    bool opensInFormat(int format)
    {
        auto pending = m_access->beginUnlock();
        auto key = KeyVault::unseal(pending->wrapped, secret(kPass));
        JournalDatabase::Options o;
        o.cipherFormat = format;
        return JournalDatabase::open(m_access->databasePath(), key.value(),
                                     JournalDatabase::Mode::Open, o)
            .ok();
    }

private Q_SLOTS:
    void aJournalInTheProgramsFormatIsLeftAsItIs()
    {
        const QString dir = m_dir.filePath(QStringLiteral("current"));
        JournalAccess access(dir, m_keychain);
        QVERIFY(access.init(secret(kPass), inFormat(0)).ok());
        const int runtime = JournalDatabase::runtimeCipherMajor();
        QCOMPARE(access.readMeta()->cipherFormat, runtime);
        for (int i = 0; i < 2; ++i) {
            auto journal = access.unlock(secret(kPass));
            QVERIFY(journal.ok());
            QVERIFY(!QFile::exists(access.upgradingPath()));
        }
        QCOMPARE(formatInJson(dir), runtime);
    }

    void aWipeLeavesNoUpgradeCopyBehind()
    {
        // A revoked laptop: an upgrade's copy, cut off, goes with the rest.
        const QString dir = m_dir.filePath(QStringLiteral("wiped"));
        JournalAccess access(dir, m_keychain);
        QVERIFY(access.init(secret(kPass), inFormat(0)).ok());
        for (const QString& suffix : {QString(), QStringLiteral("-journal")}) {
            QFile f(access.upgradingPath() + suffix);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(5000, 'x'));
        }
        QVERIFY(access.wipe().ok());
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void aFormat3JournalIsRewrittenInTheProgramsFormatAsItIsUnlocked()
    {
        if (needsNewerRuntime())
            QSKIP("needs SQLCipher 4 (printed above)");
        makeFormat3Journal(QStringLiteral("whole"));
        QVERIFY(opensInFormat(3));
        QCOMPARE(unlockAndCompare(), 4);
        QCOMPARE(formatInJson(m_dir.filePath(QStringLiteral("whole"))), 4);
        QVERIFY(!QFile::exists(m_access->upgradingPath()));
        // The file itself is format 4 now: SHA-512 page authentication, which format 3's
        // settings cannot read.
        QVERIFY(opensInFormat(4));
        QVERIFY(!opensInFormat(3));
        // And it stays so, with nothing more to do.
        QCOMPARE(unlockAndCompare(), 4);
        QVERIFY(!QFile::exists(m_access->upgradingPath()));
    }

    void anUpgradeCutOffAfterTheNewFileTookItsPlaceIsFinishedAtTheNextUnlock()
    {
        if (needsNewerRuntime())
            QSKIP("needs SQLCipher 4 (printed above)");
        makeFormat3Journal(QStringLiteral("after"));
        QCOMPARE(unlockAndCompare(), 4);
        // As if the program stopped between the rename and journal.json.
        setFormatInJson(m_dir.filePath(QStringLiteral("after")), 3);
        QCOMPARE(m_access->readMeta()->cipherFormat, 3);
        QCOMPARE(unlockAndCompare(), 4);
        QCOMPARE(formatInJson(m_dir.filePath(QStringLiteral("after"))), 4);
        // The other way round too: journal.json rewritten, the file not (a restore in parts).
        makeFormat3Journal(QStringLiteral("after-json"), 20);
        setFormatInJson(m_dir.filePath(QStringLiteral("after-json")), 4);
        QCOMPARE(unlockAndCompare(), 4);
        QVERIFY(opensInFormat(4));
    }

    void anUpgradeCutOffBeforeTheNewFileTookItsPlaceLeavesNothingBehind()
    {
        if (needsNewerRuntime())
            QSKIP("needs SQLCipher 4 (printed above)");
        makeFormat3Journal(QStringLiteral("before"));
        // A half-written copy and its rollback journal, as a killed process leaves them.
        for (const QString& suffix : {QString(), QStringLiteral("-journal")}) {
            QFile f(m_access->upgradingPath() + suffix);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(6000, 'x'));
        }
        QCOMPARE(unlockAndCompare(), 4);
        QVERIFY(!QFile::exists(m_access->upgradingPath()));
        QVERIFY(!QFile::exists(m_access->upgradingPath() + QStringLiteral("-journal")));
    }

    void aFullDiskDuringTheCopyLeavesTheJournalAsItWas()
    {
        if (needsNewerRuntime())
            QSKIP("needs SQLCipher 4 (printed above)");
        test::registerFaultyVfs();
        makeFormat3Journal(QStringLiteral("full"));
        JournalDatabase::Options faulty;
        faulty.vfs = "faulty";
        const qint64 size = QFileInfo(m_access->databasePath()).size();
        QVERIFY(size > 40 * 4096);
        for (const qint64 left : {qint64(0), qint64(4096 * 3), size / 2}) {
            test::armDiskFull(left);
            auto journal = m_access->unlock(secret(kPass), faulty);
            test::armDiskFull(-1);
            QVERIFY2(journal.ok(), qPrintable(journal.error().message()));
            QCOMPARE(m_access->readMeta()->cipherFormat, 3);
            QVERIFY(!QFile::exists(m_access->upgradingPath()));
            QCOMPARE(contents(*journal.value()), m_before);
        }
        QCOMPARE(unlockAndCompare(), 4); // room again: done
    }

    void aJournalOpenElsewhereIsUpgradedWhenItIsNot()
    {
        if (needsNewerRuntime())
            QSKIP("needs SQLCipher 4 (printed above)");
        makeFormat3Journal(QStringLiteral("busy"), 30);
        {
            // The command line, say, beside the window.
            auto pending = m_access->beginUnlock();
            auto key = KeyVault::unseal(pending->wrapped, secret(kPass));
            JournalDatabase::Options o;
            o.cipherFormat = 3;
            auto other = JournalDatabase::open(m_access->databasePath(), key.value(),
                                               JournalDatabase::Mode::Open, o);
            QVERIFY(other.ok());
            QSqlQuery q(other.value()->db());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM citizens")) && q.next());
            QCOMPARE(unlockAndCompare(), 3);
            QVERIFY(!QFile::exists(m_access->upgradingPath()));
        }
        QCOMPARE(unlockAndCompare(), 4);
    }
};

QTEST_GUILESS_MAIN(TestFormatUpgrade)
#include "tst_formatupgrade.moc"
