#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace fortrolig {

// The hand-over package's JSON (docs/hand-over.md; its JSON Schema is
// resources/hand-over/schema-v1.json): what goes back to the municipality, the controller,
// when a course ends. Journal::handOverPackage makes it; Journal::handOver records sending it.
namespace HandOverPackage {

inline constexpr int kSchemaVersion = 1;
inline const QString kSchemaName = QStringLiteral("fortrolig-hand-over");

// Why it is made: a course ended ("course-end": the course's reports, consents and disclosure
// log), or the provider's contract with the municipality ended ("contract-end", made by
// fortrolig-server municipality offboard: every note since the course began, also of a course
// still running). The JSON's `occasion`; absent in packages made before it existed, which were
// all "course-end".
enum class Occasion
{
    CourseEnd,
    ContractEnd
};
inline QString occasionName(Occasion o)
{
    return o == Occasion::CourseEnd ? QStringLiteral("course-end") : QStringLiteral("contract-end");
}
inline bool atContractEnd(const QJsonObject& package)
{
    return package.value(QStringLiteral("occasion")).toString() ==
           occasionName(Occasion::ContractEnd);
}

// The note kinds it holds: the closing report (required), status reports and action plans.
inline QStringList noteKinds()
{
    return {QStringLiteral("closing-report"), QStringLiteral("status-report"),
            QStringLiteral("action-plan")};
}

// The categories of information the package holds, for its disclosure record: ordinary and
// the CPR number always, and every category its consents and disclosures name.
QStringList categories(const QJsonObject& package);

// The jobcentre's secure address the register gives for the package's municipality; empty
// when the register has none.
inline QString registeredAddress(const QJsonObject& package)
{
    return package.value(QStringLiteral("municipality"))
        .toObject()
        .value(QStringLiteral("register"))
        .toObject()
        .value(QStringLiteral("jobcentreAddress"))
        .toString();
}

} // namespace HandOverPackage

} // namespace fortrolig
