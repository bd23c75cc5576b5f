#include "app/domain/CourseEnd.h"

namespace fortrolig {

QStringList CourseEnd::reasons()
{
    return {QStringLiteral("job"), QStringLiteral("education"), QStringLiteral("continued-benefit"),
            QStringLiteral("interrupted"), QStringLiteral("other")};
}

QString CourseEnd::reasonText(const QString& reason)
{
    if (reason == QStringLiteral("job"))
        return tr("Job (ordinary or with wage subsidy)");
    if (reason == QStringLiteral("education"))
        return tr("Education");
    if (reason == QStringLiteral("continued-benefit"))
        return tr("Continues on benefit");
    if (reason == QStringLiteral("interrupted"))
        return tr("Interrupted (illness, moving, stopped coming)");
    if (reason == QStringLiteral("other"))
        return tr("Other");
    return reason;
}

} // namespace fortrolig
