#include "app/core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace fortrolig {

QString chooseLanguage(const QString& environment, const QString& setting,
                       const QStringList& systemLanguages)
{
    for (const QString& choice : {environment, setting}) {
        if (choice == QStringLiteral("da") || choice == QStringLiteral("en"))
            return choice;
    }
    if (!systemLanguages.isEmpty() && systemLanguages.first().startsWith(QStringLiteral("en")))
        return QStringLiteral("en");
    return QStringLiteral("da");
}

QString installTranslations(QCoreApplication& app, const QString& setting)
{
    const QString lang = chooseLanguage(qEnvironmentVariable("FORTROLIG_LANG"), setting,
                                        QLocale::system().uiLanguages());
    // Dates, numbers and sorting follow the chosen language too (æ, ø, å after z in Danish).
    QLocale::setDefault(lang == QStringLiteral("da")
                            ? QLocale(QLocale::Danish, QLocale::Denmark)
                            : QLocale(QLocale::English, QLocale::UnitedKingdom));
    auto* translator = new QTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/fortrolig_") + lang + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(translator);
    // Qt's own words (Close, Cancel, the file dialog, a text field's menu) in Danish too,
    // from Qt's translations where the system has them (qt6-translations-l10n on Debian;
    // deployed beside the program on Windows and macOS).
    if (lang == QStringLiteral("da")) {
        auto* qt = new QTranslator(&app);
        if (qt->load(QLocale(QLocale::Danish), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    return lang;
}

} // namespace fortrolig
