#pragma once

#include "app/core/Error.h"

#include <QByteArray>
#include <QJsonObject>

namespace fortrolig {

class Journal;

// The access package to read (docs/access-package.md): its JSON (Journal::accessPackage) as
// pages, in the window's language, black on white through PrintDocument: what it is and for
// whom, the items to review before release first (relatives), then each part in full.
namespace AccessPackageDocument {

QString html(const QJsonObject& package);
Result<QByteArray> pdf(const QJsonObject& package);
// The JSON and (if `pdfPath` is not empty) the PDF, each written whole or not at all and
// logged as an export against the package's request ("access package json REQUEST").
Error save(Journal& journal, const QString& citizenId, const QJsonObject& package,
           const QString& jsonPath, const QString& pdfPath);

} // namespace AccessPackageDocument

} // namespace fortrolig
