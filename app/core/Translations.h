#pragma once

#include <QString>

class QCoreApplication;

namespace fortrolig {

// Danish unless the person asked for English: FORTROLIG_LANG ("da"/"en") first, then the
// given setting, then the system locale (English only if the system's first UI language is
// English). Returns the language code installed.
QString installTranslations(QCoreApplication& app, const QString& setting = {});
QString chooseLanguage(const QString& environment, const QString& setting,
                       const QStringList& systemLanguages);

} // namespace fortrolig
