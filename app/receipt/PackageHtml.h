#pragma once

#include "app/core/Error.h"
#include "app/receipt/PrintDocument.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace fortrolig {

// HTML for the PDFs of the access package and the hand-over package, from the JSON parts
// both hold (app/journal/PackageParts.h), in the window's language. PrintDocument draws it
// black on white.
namespace PackageHtml {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1);
// A value as the reader's language writes it: a moment in this computer's time zone, a dash
// for nothing, yes/no, a list joined; escaped.
QString esc(const QJsonValue& v);
QString heading(const QString& text);
// A table of `rows` (JSON objects) with one column per key, under the given headers;
// "None." for no rows.
QString table(const QJsonArray& rows, const QStringList& keys, const QStringList& headers);

QString review(const QJsonObject& package);      // "review": what to read before release
QString notes(const QJsonObject& package);       // "notes", with every version
QString consents(const QJsonObject& package);    // "consents", each with its grants
QString disclosures(const QJsonObject& package); // "disclosures"

// The HTML as the pages of a PDF (DejaVu Sans 9 pt, A4, black on white).
Result<QByteArray> pdf(const QString& title, const QString& html,
                       PrintDocument::Archive archive = PrintDocument::Archive::No);

} // namespace PackageHtml

} // namespace fortrolig
