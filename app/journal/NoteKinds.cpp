// The note kinds in words (Records.h).
#include "app/journal/Records.h"

#include <QCoreApplication>

namespace fortrolig {

QString noteKindText(const QString& kind)
{
    if (kind == QStringLiteral("action-plan"))
        return QCoreApplication::translate("fortrolig::NoteKind", "Action plan");
    if (kind == QStringLiteral("status-report"))
        return QCoreApplication::translate("fortrolig::NoteKind", "Status report");
    if (kind == QStringLiteral("supplementary-statement"))
        return QCoreApplication::translate("fortrolig::NoteKind",
                                           "The citizen's supplementary statement");
    if (kind == QStringLiteral("closing-report"))
        return QCoreApplication::translate("fortrolig::NoteKind", "Closing report");
    return QCoreApplication::translate("fortrolig::NoteKind", "Case note");
}

NoteCourse suggestedNoteCourse(const QList<CourseRecord>& courses)
{
    QStringList running;
    const CourseRecord* lastEnded = nullptr;
    for (const CourseRecord& c : courses) {
        if (!c.actualEnd.isValid())
            running << c.id;
        else if (!lastEnded || lastEnded->actualEnd < c.actualEnd)
            lastEnded = &c;
    }
    if (running.size() > 1)
        return {{}, true};
    if (running.size() == 1)
        return {running.constFirst(), false};
    return {lastEnded ? lastEnded->id : QString(), false};
}

} // namespace fortrolig
