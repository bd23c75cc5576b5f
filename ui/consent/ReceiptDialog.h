#pragma once

#include "app/consent/Consent.h"
#include "app/consent/ConsentTemplate.h"
#include "app/core/Error.h"

#include <QDialog>

class QPagedPaintDevice;

namespace fortrolig {

class Journal;

// The citizen's copy: a consent's receipt, or a withdrawal's (withdrawal >= 0), shown as text
// and saved as a PDF (logged as an export for the citizen) or printed, in the form's language.
class ReceiptDialog : public QDialog
{
    Q_OBJECT
public:
    ReceiptDialog(Journal& journal, ConsentRecord record, ConsentTemplate form, int withdrawal = -1,
                  QWidget* parent = nullptr);
    // What "Save as PDF..." does once the file is chosen (ConsentReceipt::save, as the CLI).
    Error saveTo(const QString& path) const;
    Error printOn(QPagedPaintDevice& device) const;
    // A failed write in words: where, and what to do (the Error's own text speaks of the
    // journal's folder).
    static QString fileErrorText(const Error& error, const QString& path);

private:
    void save();
    void print();
    Journal& m_journal;
    ConsentRecord m_record;
    ConsentTemplate m_form;
    int m_withdrawal;
};

} // namespace fortrolig
