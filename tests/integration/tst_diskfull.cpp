// A real full disk (a small tmpfs): the writer gets a clear DiskFull error, nothing
// acknowledged is lost, and the journal works again once there is space.
#include "TestSupport.h"
#include "app/journal/JournalAccess.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace fortrolig;

namespace {
const char* const kPass = "fuld disk test passphrase";
bool run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished() && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}
} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT
    QTemporaryDir m_mount;
    bool m_mounted = false;

private Q_SLOTS:
    void initTestCase()
    {
        if (geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root; the in-process fault VFS test "
                  "(tst_journaldatabase::diskFullLosesNothing) covers this path");
        if (!run(QStringLiteral("mount"),
                 {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                  QStringLiteral("size=2m"), QStringLiteral("tmpfs"), m_mount.path()}))
            QSKIP("this machine does not allow mounting a tmpfs (no CAP_SYS_ADMIN); the fault "
                  "VFS test covers the path");
        m_mounted = true;
    }
    void cleanupTestCase()
    {
        if (m_mounted)
            run(QStringLiteral("umount"), {m_mount.path()});
    }

    void writerStopsWithDiskFullAndLosesNothing()
    {
        const QString dir = m_mount.filePath(QStringLiteral("journal"));
        test::NoKeychain keychain;
        JournalAccess access(dir, keychain);
        JournalAccess::InitOptions o;
        o.kdf = KdfProfile::Interactive;
        QVERIFY(access.init(test::secret(kPass), o).ok());

        QProcess writer;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FORTROLIG_PASSPHRASE"), QString::fromLatin1(kPass));
        env.insert(QStringLiteral("FORTROLIG_LANG"), QStringLiteral("en"));
        writer.setProcessEnvironment(env);
        writer.start(QStringLiteral(FORTROLIG_JOURNAL_WRITER),
                     {dir, QStringLiteral("100000"), QStringLiteral("3000")});
        QVERIFY(writer.waitForFinished(120000));
        const QString out = QString::fromUtf8(writer.readAllStandardOutput());
        QCOMPARE(writer.exitCode(), 1);
        const int acks = int(out.count(QStringLiteral("ACK ")));
        QVERIFY2(acks >= 5, qPrintable(out.right(300)));
        QVERIFY2(out.contains(QStringLiteral("ERROR %1 ").arg(int(ErrorCode::DiskFull))),
                 qPrintable(out.right(300)));
        QVERIFY(out.contains(QStringLiteral("disk is full")));

        // Make room, then everything acknowledged is there and the journal verifies.
        QVERIFY(run(QStringLiteral("mount"),
                    {QStringLiteral("-o"), QStringLiteral("remount,size=16m"), m_mount.path()}));
        auto journal = access.unlock(test::secret(kPass));
        QVERIFY2(journal.ok(), qPrintable(journal.error().message()));
        QVERIFY(journal.value()->verify().ok());
        int found = 0;
        for (const QString& line : out.split(QLatin1Char('\n'))) {
            if (line.startsWith(QStringLiteral("ACK "))) {
                QVERIFY(journal.value()->noteHistory(line.mid(4)).ok());
                ++found;
            }
        }
        QCOMPARE(found, acks);
        auto rows = journal.value()->caseload();
        QVERIFY(journal.value()->addNote(rows->first().citizenId, QStringLiteral("after")).ok());
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
