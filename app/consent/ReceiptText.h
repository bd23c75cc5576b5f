#pragma once

#include "app/consent/Consent.h"
#include "app/consent/ConsentTemplate.h"

namespace fortrolig {

// What a receipt says, line by line: built from the record and its form alone, so that it
// can be made again identically, and kept in the core because the journal hashes it when a
// consent is given (ConsentRecord::receiptHash). ConsentReceipt puts the lines on paper.
// The placeholders are filled from the record's own details (as shown at signing).
namespace ReceiptText {
// The consent's receipt: title, the citizen's name, the sentences, and last the reference
// line that names the record (its id, form, version and hashes).
QStringList sentences(const ConsentRecord& record, const ConsentTemplate& form);
// The receipt of record.withdrawals[index].
QStringList withdrawalSentences(const ConsentRecord& record, const ConsentTemplate& form,
                                int index);
// SHA-256 (hex) of the consent's receipt as made from `record`: every line but the last (the
// reference, which carries this hash and the record's id, so cannot be in it), and the
// signature it draws. A receipt made again later is the one given at signing if its lines
// hash to the record's receiptHash.
QString contentHash(const ConsentRecord& record, const ConsentTemplate& form);
// A date as receipts write it: "1. december 2026" in Danish, "1 December 2026" in English.
QString dateText(QDate date, const QString& language);
// `details` as the form shows them in `language` (its dates written out).
QMap<QString, QString> shownValues(const QMap<QString, QString>& details, const QString& language);
// `text` with every {key} of `values` replaced.
QString fill(QString text, const QMap<QString, QString>& values);
} // namespace ReceiptText

} // namespace fortrolig
