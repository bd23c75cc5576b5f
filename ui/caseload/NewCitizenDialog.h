#pragma once

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
    QDialogButtonBox* m_buttons;
};

} // namespace fortrolig
