// kill -9 at random moments while notes are being written: every note that was
// acknowledged must be there afterwards, and the journal must verify.
#include "TestSupport.h"
#include "app/journal/JournalAccess.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace fortrolig;

namespace {
const char* const kPass = "krasj test passphrase";
}

class TestCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedWritersLoseNoAcknowledgedNote()
    {
        QTemporaryDir dir;
        test::NoKeychain keychain;
        JournalAccess access(dir.path(), keychain);
        JournalAccess::InitOptions o;
        o.kdf = KdfProfile::Interactive;
        QVERIFY(access.init(test::secret(kPass), o).ok());

        const quint32 seed = qEnvironmentVariableIsSet("FORTROLIG_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("FORTROLIG_SEED"))
                                 : QRandomGenerator::global()->generate();
        qInfo("crash test seed: %u (set FORTROLIG_SEED to repeat)", seed);
        QRandomGenerator rng(seed);
        const int rounds = qEnvironmentVariableIsSet("FORTROLIG_CRASH_ROUNDS")
                               ? qEnvironmentVariableIntValue("FORTROLIG_CRASH_ROUNDS")
                               : 40;
        QSet<QString> acknowledged;
        int killedMidWrite = 0;
        for (int round = 0; round < rounds; ++round) {
            QProcess writer;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("FORTROLIG_PASSPHRASE"), QString::fromLatin1(kPass));
            writer.setProcessEnvironment(env);
            writer.start(
                QStringLiteral(FORTROLIG_JOURNAL_WRITER),
                {dir.path(), QStringLiteral("100000"), QString::number(rng.bounded(50, 3000))});
            QVERIFY(writer.waitForStarted());
            QVERIFY2(writer.waitForReadyRead(10000), "writer did not start");
            QTest::qWait(int(rng.bounded(5, 400))); // the writer is mid-stream now
            writer.kill();                          // SIGKILL: no clean-up of any kind
            // (A writer that ended by itself before the kill is not waited for: what it
            // printed is checked below, an ERROR line included.)
            QVERIFY(writer.state() == QProcess::NotRunning || writer.waitForFinished());
            const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
            int acks = 0;
            for (const QByteArray& line : lines) {
                if (line.startsWith("ACK ")) {
                    acknowledged.insert(QString::fromLatin1(line.mid(4)));
                    ++acks;
                }
                QVERIFY2(!line.startsWith("ERROR"), line.constData());
            }
            if (acks > 0)
                ++killedMidWrite;
        }
        qInfo("rounds: %d, killed while writing: %d, acknowledged notes: %lld", rounds,
              killedMidWrite, qlonglong(acknowledged.size()));
        QVERIFY(killedMidWrite > rounds / 2); // the kills really did land mid-stream

        auto journal = access.unlock(test::secret(kPass));
        QVERIFY2(journal.ok(), qPrintable(journal.error().message()));
        QVERIFY(journal.value()->verify().ok());
        for (const QString& id : std::as_const(acknowledged)) {
            auto history = journal.value()->noteHistory(id);
            QVERIFY2(history.ok(), qPrintable(id));
            QCOMPARE(history->size(), 1);
        }
        QVERIFY(journal.value()->outboxSize() >= acknowledged.size());
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
