#pragma once

#include "app/journal/Records.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace fortrolig {

// The access package's JSON (docs/access-package.md; its JSON Schema is
// resources/access-package/schema-v1.json): the parts Journal::accessPackage reads, put
// together under the schema's name and version, with the citizen's sources and the items to
// review before release (each named once).
namespace AccessPackage {

inline constexpr int kSchemaVersion = 1;
inline const QString kSchemaName = QStringLiteral("fortrolig-access-package");

struct Parts
{
    QDateTime madeAt;
    Identity identity;   // who made it, on which device
    QJsonValue request;  // the request it answers, or null
    QJsonObject citizen; // with every version of the name and the CPR number
    QJsonArray courses;
    QJsonArray notes; // every version of every note; removed notes as stubs
    QJsonArray consents;
    QJsonArray documents; // paper scans, base64
    QJsonArray disclosures;
    QJsonArray requests;
    QJsonArray restrictions;
    QJsonObject retention;
    QJsonObject accessLog;
    QJsonArray review; // may name the same item twice; assemble() keeps one of each
};

QJsonObject assemble(const Parts& parts);

// The items to review (third parties: relatives), as "what id" keys ("note 0189...").
QStringList reviewKeys(const QJsonObject& package);

} // namespace AccessPackage

} // namespace fortrolig
