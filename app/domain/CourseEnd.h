#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace fortrolig {

// Why a course ended, as the municipality's statistics and the hand-over need it.
class CourseEnd
{
    Q_DECLARE_TR_FUNCTIONS(fortrolig::CourseEnd)
public:
    // job (ordinary or with wage subsidy), education, continued-benefit (the citizen stays on
    // it), interrupted (illness, moving, the citizen stopped coming), other.
    static QStringList reasons();
    static QString reasonText(const QString& reason); // "Education"; empty for none
};

} // namespace fortrolig
