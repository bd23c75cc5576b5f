#pragma once

#include "consent/Consent.h"
#include "consent/ConsentTemplate.h"
#include "core/Error.h"

#include <QDialog>

class QPagedPaintDevice;

namespace fortrolig {

// The citizen's copy: a consent's receipt, or a withdrawal's (withdrawal >= 0), shown as text
// and saved as a PDF or printed, in the form's language.
class ReceiptDialog : public QDialog
{
    Q_OBJECT
public:
    ReceiptDialog(ConsentRecord record, ConsentTemplate form, int withdrawal = -1,
                  QWidget* parent = nullptr);
    Error saveTo(const QString& path) const;
    Error printOn(QPagedPaintDevice& device) const;

private:
    void save();
    void print();
    ConsentRecord m_record;
    ConsentTemplate m_form;
    int m_withdrawal;
};

} // namespace fortrolig
