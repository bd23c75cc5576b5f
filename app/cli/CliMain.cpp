#include "cli/Cli.h"

#include "core/Process.h"
#include "core/Translations.h"
#include "crypto/KeychainKeyStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace fortrolig {

int cliMain(int argc, char** argv)
{
    hardenProcess();
    // Diagnostics only when asked for (QT_LOGGING_RULES="fortrolig.*=true" overrides this).
    QLoggingCategory::setFilterRules(QStringLiteral("fortrolig.*.info=false"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Fortrolig"));
    QCoreApplication::setApplicationName(QStringLiteral("Fortrolig"));
    installTranslations(app);
    KeychainKeyStore keychain;
    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli cli(app.arguments().mid(1), keychain, out, err);
    return cli.run();
}

} // namespace fortrolig
