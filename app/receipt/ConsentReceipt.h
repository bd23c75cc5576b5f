#pragma once

#include "consent/Consent.h"
#include "consent/ConsentTemplate.h"
#include "core/Error.h"

namespace fortrolig {

// The citizen's receipt: what was chosen in plain sentences in the form's language, the
// signature drawn again from its strokes, date, place, and the hashes that tie it to the
// record. Rendered only from the record and the form, so it can be made again identically.
// Needs Qt Gui (QPdfWriter), so it lives in its own small library, not in the core.
namespace ConsentReceipt {
Error writePdf(const ConsentRecord& record, const ConsentTemplate& form, const QString& path);
QStringList sentences(const ConsentRecord& record,
                      const ConsentTemplate& form); // the text, in order
} // namespace ConsentReceipt

} // namespace fortrolig
