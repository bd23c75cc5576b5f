// A child process for the crash and full-disk tests: unlocks a journal and adds notes,
// printing "ACK <note id>" only after each note's transaction has committed (durably).
#include "TestSupport.h"
#include "app/journal/JournalAccess.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>

using namespace fortrolig;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: journal-writer DIR COUNT TEXT-BYTES\n");
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    const int count = std::atoi(argv[2]);
    const int textBytes = std::atoi(argv[3]);
    test::NoKeychain keychain;
    JournalAccess access(dir, keychain);
    auto journal = access.unlock(test::secret(std::getenv("FORTROLIG_PASSPHRASE")));
    if (!journal.ok()) {
        std::printf("ERROR %d %s\n", int(journal.error().code),
                    qPrintable(journal.error().message()));
        return 1;
    }
    auto rows = journal.value()->caseload();
    QString citizen = rows.ok() && !rows->isEmpty() ? rows->first().citizenId : QString();
    if (citizen.isEmpty()) {
        auto added = journal.value()->addCitizen(QStringLiteral("Testperson Skriver"),
                                                 *Cpr::parse(QString::fromLatin1(test::kFakeCpr)));
        if (!added.ok()) { // said as it is, not as a missing citizen at the first note
            std::printf("ERROR %d %s (adding the citizen)\n", int(added.error().code),
                        qPrintable(added.error().message()));
            return 1;
        }
        citizen = added.value();
    }
    std::printf("READY\n");
    std::fflush(stdout);
    const QString filler(textBytes, QLatin1Char('x'));
    for (int i = 0; i < count; ++i) {
        auto note = journal.value()->addNote(citizen, QStringLiteral("Notat %1 ").arg(i) + filler);
        if (!note.ok()) {
            std::printf("ERROR %d %s\n", int(note.error().code),
                        qPrintable(note.error().message()));
            std::fflush(stdout);
            return 1;
        }
        std::printf("ACK %s\n", qPrintable(note.value()));
        std::fflush(stdout);
    }
    return 0;
}
