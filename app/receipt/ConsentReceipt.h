#pragma once

#include "app/consent/Consent.h"
#include "app/consent/ConsentTemplate.h"
#include "app/core/Error.h"

class QPagedPaintDevice;

namespace fortrolig {

class Journal;

// The citizen's receipt: what was chosen in plain sentences in the form's language, the
// signature drawn again from its strokes, date, place, the consultant by name, and the hashes
// that tie it to the record. Rendered only from the record and the form, so it can be made
// again identically: the window and `fortrolig-cli consent receipt` call the same functions.
// Needs Qt Gui (QPdfWriter), so it lives in its own small library, not in the core.
class ConsentReceipt
{
    Q_DECLARE_TR_FUNCTIONS(fortrolig::ConsentReceipt)
public:
    // `withdrawal` < 0: the consent's receipt; otherwise the receipt of
    // record.withdrawals[withdrawal]: what was withdrawn and when, and what still holds.
    static QStringList sentences(const ConsentRecord& record, const ConsentTemplate& form);
    static QStringList withdrawalSentences(const ConsentRecord& record, const ConsentTemplate& form,
                                           int index);
    // The pages on a device: a printer (QPrinter) the window set up, or a PDF.
    static Error render(const ConsentRecord& record, const ConsentTemplate& form,
                        QPagedPaintDevice& device, int withdrawal = -1);
    // The PDF, in memory.
    static Result<QByteArray> pdf(const ConsentRecord& record, const ConsentTemplate& form,
                                  int withdrawal = -1);
    // The citizen's copy saved to `path`: written whole or not at all, and logged in the
    // access log as an export for the citizen (both or neither).
    static Error save(Journal& journal, const ConsentRecord& record, const ConsentTemplate& form,
                      int withdrawal, const QString& path);

    // The installed form a record's receipt is made from: the exact template and version it
    // was signed on. Null, with the reason in `problem`, for a consent signed on paper (the
    // paper is its receipt) or one whose form is not installed here.
    static const ConsentTemplate* formFor(const ConsentRecord& record,
                                          const TemplateCatalogue& catalogue, QString* problem);

    // A date as receipts write it: "1. december 2026" in Danish, "1 December 2026" in English.
    static QString dateText(QDate date, const QString& language);
};

} // namespace fortrolig
