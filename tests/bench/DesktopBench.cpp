#include "DesktopBench.h"

#include "TestSupport.h"

#include "app/crypto/KeyStore.h"
#include "app/crypto/KeyVault.h"
#include "app/journal/JournalAccess.h"
#include "casefile/CaseView.h"
#include "casefile/NoteTimeline.h"
#include "caseload/CaseloadModel.h"
#include "caseload/Workspace.h"
#include "shell/ClipboardGuard.h"
#include "shell/Settings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListWidget>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

namespace fortrolig {

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

void benchNotesTimeline();
} // namespace

void runDesktopBench(int citizens, const char* fortroligBinary)
{
    QTemporaryDir dir;
    const QString journalDir = dir.filePath(QStringLiteral("journal"));
    const SecureBytes pass = SecureBytes::copyOf("bench passphrase long", 21);
    test::NoKeychain keychain; // the key file beside the journal: no keychain prompt in a benchmark
    JournalAccess access(journalDir, keychain);
    JournalAccess::InitOptions o;
    o.kdf = KdfProfile::Moderate; // what a consultant's unlock pays
    if (!access.init(pass, o).ok()) {
        std::fprintf(stderr, "desktop bench: init failed\n");
        return;
    }
    {
        auto journal = access.unlock(pass);
        Transaction batch = journal.value()->batch();
        test::require(batch.error(), "batch");
        for (int i = 0; i < citizens; ++i) {
            const auto cpr = Cpr::parse(QStringLiteral("%1%2%3-%4%5")
                                            .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                                            .arg(i % 12 + 1, 2, 10, QLatin1Char('0'))
                                            .arg(58 + i % 42, 2, 10, QLatin1Char('0'))
                                            .arg(5 + i % 4)
                                            .arg(i % 1000, 3, 10, QLatin1Char('0')));
            auto id = journal.value()->addCitizen(QStringLiteral("Borger Testsen %1").arg(i), *cpr);
            test::require(journal.value()->addCourse({id.value(),
                                                      QStringLiteral("Testby Kommune"),
                                                      QStringLiteral("afklaringsforløb"),
                                                      {},
                                                      QDate(2026, 1, 1).addDays(i % 300),
                                                      QDate(2026, 12, 1)}),
                          "addCourse");
        }
        test::require(batch.commit(), "commit");
    }

    // Cold start: a new process, to the first frame of the unlock screen.
    if (fortroligBinary) {
        QList<double> cold, inProcess;
        for (int i = 0; i < 5; ++i) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("FORTROLIG_MEASURE_START"), QStringLiteral("1"));
            env.insert(QStringLiteral("FORTROLIG_JOURNAL"), journalDir);
            if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
                env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            p.setProcessEnvironment(env);
            QElapsedTimer t;
            t.start();
            p.start(QString::fromLocal8Bit(fortroligBinary), {});
            if (!p.waitForReadyRead(10000))
                break;
            cold << double(t.nsecsElapsed()) / 1e6;
            const QByteArray line = p.readAllStandardOutput();
            inProcess << line.mid(line.indexOf(':') + 1).trimmed().split(' ').first().toDouble();
            p.waitForFinished(5000);
        }
        std::printf("cold_start_to_unlock_screen: %.2f ms\n", median(cold));
        std::printf("cold_start_to_unlock_screen_in_process: %.2f ms\n", median(inProcess));
    }

    // Unlock in the window's own steps (MainWindow::unlock): beginUnlock, the Argon2id unseal,
    // finishUnlock, then the workspace laid out and painted. One clock, timestamps around
    // each step of the same run: no figure is a difference of two runs, none can go negative.
    Settings settings(
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
    ClipboardGuard clipboard;
    QList<double> kdf, visible, total;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer clock;
        clock.start();
        auto pending = access.beginUnlock();
        if (!pending.ok()) {
            std::fprintf(stderr, "desktop bench: %s\n", qPrintable(pending.error().message()));
            return;
        }
        const qint64 kdfStarted = clock.nsecsElapsed();
        Result<SecureBytes> key = KeyVault::unseal(pending->wrapped, pass);
        const qint64 keyUnwrapped = clock.nsecsElapsed();
        auto journal = access.finishUnlock(pending.value(), std::move(key));
        if (!journal.ok()) {
            std::fprintf(stderr, "desktop bench: %s\n", qPrintable(journal.error().message()));
            return;
        }
        Workspace workspace(*journal.value(), settings, clipboard);
        workspace.resize(1200, 760);
        workspace.show();
        QApplication::processEvents();
        workspace.grab(); // forces a full paint of the visible rows
        const qint64 caseloadVisible = clock.nsecsElapsed();
        if (workspace.model()->rowCount() != citizens)
            std::fprintf(stderr, "desktop bench: caseload incomplete\n");
        kdf << double(keyUnwrapped - kdfStarted) / 1e6;
        visible << double(kdfStarted + (caseloadVisible - keyUnwrapped)) / 1e6;
        total << double(caseloadVisible) / 1e6;
    }
    std::printf("unlock_argon2id: %.2f ms\n", median(kdf));
    std::printf("unlock_to_caseload_visible_without_argon2id: %.2f ms\n", median(visible));
    std::printf("unlock_to_caseload_visible_total: %.2f ms\n", median(total));
    std::fflush(stdout);
    benchNotesTimeline();
}

// A case of 500 notes of eight lines: moving the keyboard from one note to the next unfolds
// it and folds the one before, and the list lays its rows out again (NoteTimeline), then
// paints. The median of 100 moves.
namespace {
void benchNotesTimeline()
{
    QListWidget list;
    NoteTimeline::install(&list);
    QStringList lines;
    for (int i = 0; i < 8; ++i)
        lines << QStringLiteral("Linje %1 af et referat fra mødet om praktik og mentor.").arg(i);
    for (int i = 0; i < 500; ++i)
        list.addItem(NoteTimeline::item(QStringLiteral("Journalnotat"),
                                        QStringLiteral("1. december 2026 kl. 21.57 · Konsulent"),
                                        {}, lines.join(QLatin1Char('\n')) + QString::number(i)));
    list.resize(600, 700);
    list.show();
    list.setCurrentRow(0);
    QApplication::processEvents();
    QList<double> moves;
    for (int i = 0; i < 100; ++i) {
        QElapsedTimer t;
        t.start();
        list.setCurrentRow(i + 1);
        list.viewport()->repaint();
        moves << double(t.nsecsElapsed()) / 1e6;
    }
    std::printf("notes_timeline_next_note_500_notes: %.2f ms\n", median(moves));
    std::fflush(stdout);
}
} // namespace

} // namespace fortrolig
