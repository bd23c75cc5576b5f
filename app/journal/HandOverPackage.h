#pragma once

#include <QJsonObject>
#include <QStringList>

namespace fortrolig {

// The hand-over package's JSON (docs/hand-over.md; its JSON Schema is
// resources/hand-over/schema-v1.json): what goes back to the municipality, the controller,
// when a course ends. Journal::handOverPackage makes it; Journal::handOver records sending it.
namespace HandOverPackage {

inline constexpr int kSchemaVersion = 1;
inline const QString kSchemaName = QStringLiteral("fortrolig-hand-over");

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
