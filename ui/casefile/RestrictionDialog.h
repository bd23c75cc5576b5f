#pragma once

#include "app/journal/Records.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace fortrolig {

class Journal;

// A case's restriction, GDPR art. 18 and 21 (docs/restriction.md), as the consultant records
// it: set on a restriction or objection request of the case or on the municipality's
// instruction (Restrict); lifted once the citizen was told, when and how (Lift); or the reason
// a restricted case must change now (Reason). Each does one thing in the journal.
class RestrictionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Restrict,
        Lift,
        Reason
    };
    RestrictionDialog(Journal& journal, Mode mode, const QString& citizenId,
                      QWidget* parent = nullptr);
    // The refusals of the journal's, in the consultant's words.
    static QString problemText(const Error& error);

private:
    void buildRestrict();
    void buildLift();
    void buildReason();
    void updateOk();
    void save();
    Error saveRestrict();
    Journal& m_journal;
    Mode m_mode;
    QString m_citizenId;
    QList<RestrictionRecord> m_inForce;
    QComboBox* m_choice = nullptr; // the request (Restrict) or the restriction (Lift)
    QRadioButton* m_onRequest = nullptr;
    QRadioButton* m_onInstruction = nullptr;
    QLineEdit* m_text = nullptr; // the instruction, the lifting's reason, the change's reason
    QDateTimeEdit* m_toldAt = nullptr;
    QComboBox* m_toldHow = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace fortrolig
