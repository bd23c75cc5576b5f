#pragma once

#include "consent/Consent.h"
#include "consent/ConsentTemplate.h"
#include "core/Error.h"

class QPagedPaintDevice;

namespace fortrolig {

// The citizen's receipt: what was chosen in plain sentences in the form's language, the
// signature drawn again from its strokes, date, place, and the hashes that tie it to the
// record. Rendered only from the record and the form, so it can be made again identically.
// Needs Qt Gui (QPdfWriter), so it lives in its own small library, not in the core.
namespace ConsentReceipt {
Error writePdf(const ConsentRecord& record, const ConsentTemplate& form, const QString& path);
// The same pages on another device: a printer (QPrinter) the window set up.
Error render(const ConsentRecord& record, const ConsentTemplate& form, QPagedPaintDevice& device);
QStringList sentences(const ConsentRecord& record,
                      const ConsentTemplate& form); // the text, in order

// The receipt for one withdrawal (record.withdrawals[index]): what was withdrawn and when,
// in the form's language, and what still holds.
Error writeWithdrawalPdf(const ConsentRecord& record, const ConsentTemplate& form, int index,
                         const QString& path);
Error renderWithdrawal(const ConsentRecord& record, const ConsentTemplate& form, int index,
                       QPagedPaintDevice& device);
QStringList withdrawalSentences(const ConsentRecord& record, const ConsentTemplate& form,
                                int index);
} // namespace ConsentReceipt

} // namespace fortrolig
