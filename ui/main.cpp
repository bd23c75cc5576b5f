// The composition root: every service is made here and handed to what needs it.
#include "MainWindow.h"
#include "app/core/Process.h"
#include "app/core/Translations.h"
#include "app/crypto/KeychainKeyStore.h"
#include "app/journal/JournalAccess.h"
#include "shell/ClipboardGuard.h"
#include "shell/InactivityFilter.h"
#include "shell/SessionWatcher.h"
#include "shell/Settings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QLoggingCategory>
#include <QTimer>
#include <cstdio>
#include <cstring>

int main(int argc, char** argv)
{
    using namespace fortrolig;
    QElapsedTimer started;
    started.start();
    // Before any window system is needed: the package test and an administrator ask this.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("fortrolig %s\n", FORTROLIG_VERSION);
            return 0;
        }
    }
    hardenProcess();
    QLoggingCategory::setFilterRules(QStringLiteral("fortrolig.*.info=false"));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Fortrolig"));
    QApplication::setApplicationName(QStringLiteral("Fortrolig"));
    QApplication::setApplicationDisplayName(QStringLiteral("Fortrolig"));
    QApplication::setApplicationVersion(QStringLiteral(FORTROLIG_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fortrolig.svg")));
    // The desktop entry's name, so that the window is shown with its icon and entry.
    QGuiApplication::setDesktopFileName(QStringLiteral("fortrolig"));

    Settings settings(std::make_unique<QSettings>());
    installTranslations(app, settings.language());
    KeychainKeyStore keychain;
    JournalAccess access(qEnvironmentVariableIsSet("FORTROLIG_JOURNAL")
                             ? qEnvironmentVariable("FORTROLIG_JOURNAL")
                             : settings.journalDirectory(),
                         keychain);
    InactivityFilter idle;
    app.installEventFilter(&idle);
    ClipboardGuard clipboard;

    MainWindow window(access, settings, idle, clipboard);
    // Started from a fortrolig://enroll link (the desktop file registers the scheme).
    for (const QString& arg : app.arguments().mid(1)) {
        if (arg.startsWith(QStringLiteral("fortrolig://")))
            window.setEnrollmentLink(arg);
    }
    SessionWatcher session; // the screen locks or the machine sleeps: lock the journal too
    QObject::connect(&session, &SessionWatcher::lockRequested, &window, &MainWindow::lock);
    window.show();
    session.watchWindow(window.winId()); // Windows: its session and power messages
    if (qEnvironmentVariableIsSet("FORTROLIG_MEASURE_START")) {
        // fortrolig-bench: time from process start to the first frame of the unlock screen.
        QTimer::singleShot(0, &app, [&] {
            std::printf("cold_start_to_unlock_screen: %.2f ms\n",
                        double(started.nsecsElapsed()) / 1e6);
            std::fflush(stdout);
            QApplication::quit();
        });
    }
    return app.exec();
}
