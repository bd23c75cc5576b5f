#pragma once

#include "app/domain/Municipality.h"
#include "app/domain/ReferralForm.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QCheckBox;

namespace fortrolig {

// A new citizen and the first course, from a referral. Explains every problem as it is typed.
class NewCitizenDialog : public QDialog
{
    Q_OBJECT
public:
    NewCitizenDialog(const QStringList& courseTypes, QWidget* parent = nullptr);
    // The provider's register (docs/municipalities.md): its names are offered as the
    // municipality is typed, a name typed another way (case, spacing) is saved as the register
    // spells it, and a name the register lacks is warned about. Empty: free text, no warning.
    void setRegister(const MunicipalityRegister& municipalities);
    ReferralForm form() const;

private:
    void revalidate();
    QLineEdit* m_name;
    QLineEdit* m_cpr;
    QLineEdit* m_municipality;
    QComboBox* m_courseType;
    QCheckBox* m_hasReferral;
    QDateEdit* m_referral;
    QDateEdit* m_start;
    QCheckBox* m_hasEnd;
    QDateEdit* m_end;
    QLabel* m_problems;
    MunicipalityRegister m_register;
    QDialogButtonBox* m_buttons;
};

} // namespace fortrolig
