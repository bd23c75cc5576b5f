#pragma once

#include "app/core/Error.h"

#include <QByteArray>
#include <QJsonObject>

namespace fortrolig {

class Journal;
struct HandOverInput;

// The hand-over package to read (docs/hand-over.md): its JSON (Journal::handOverPackage) as
// pages of a PDF/A-1b file, in the window's language, black on white through PrintDocument:
// to whom and why, what to check first, the course, the closing report and the other
// reports, the consents with their withdrawals, and the disclosure log.
namespace HandOverDocument {

QString html(const QJsonObject& package);
Result<QByteArray> pdf(const QJsonObject& package);
// Makes the PDF and records the hand-over (Journal::handOver): the JSON at `jsonPath`, the
// PDF at `pdfPath` (empty: none), both or neither. Returns the hand-over's id.
Result<QString> handOver(Journal& journal, const HandOverInput& handOver,
                         const QJsonObject& package, const QString& jsonPath,
                         const QString& pdfPath);

} // namespace HandOverDocument

} // namespace fortrolig
