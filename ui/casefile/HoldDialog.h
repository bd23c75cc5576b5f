#pragma once

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fortrolig {

class Journal;

// Keeps a case past its retention due date (a complaint, a court case, the police asking):
// the reason is required, a date until which it is held is optional. Recorded as an event,
// so the hold reaches the server and the consultant's other computers.
class HoldDialog : public QDialog
{
    Q_OBJECT
public:
    HoldDialog(Journal& journal, const QString& citizenId, QWidget* parent = nullptr);

private:
    void save();
    Journal& m_journal;
    QString m_citizenId;
    QLineEdit* m_reason;
    QCheckBox* m_hasUntil;
    QDateEdit* m_until;
    QLabel* m_message;
    QPushButton* m_ok;
};

} // namespace fortrolig
