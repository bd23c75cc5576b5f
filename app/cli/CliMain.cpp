#include "app/cli/Cli.h"

#include "app/core/Process.h"
#include "app/core/Translations.h"
#include "app/crypto/KeychainKeyStore.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <memory>

namespace fortrolig {

int cliMain(int argc, char** argv)
{
    hardenProcess();
    // Diagnostics only when asked for (QT_LOGGING_RULES="fortrolig.*=true" overrides this).
    QLoggingCategory::setFilterRules(QStringLiteral("fortrolig.*.info=false"));
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // A receipt needs Qt Gui (fonts, the PDF writer), drawn offscreen: the CLI never opens a
    // display, nor loads the desktop's theme (GTK's exits where there is no display, and
    // paper takes no colour from it anyway). Everything else runs without Gui.
    std::unique_ptr<QCoreApplication> app;
    if (Cli::drawsPages(arguments)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qunsetenv("QT_QPA_PLATFORMTHEME");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Fortrolig"));
    QCoreApplication::setApplicationName(QStringLiteral("Fortrolig"));
    installTranslations(*app);
    KeychainKeyStore keychain;
    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli cli(QCoreApplication::arguments().mid(1), keychain, out, err);
    return cli.run();
}

} // namespace fortrolig
