#pragma once

#include "consent/CitizenModeSetup.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace fortrolig {

class ConsentWizard;
class Journal;
class JournalAccess;
struct TemplateCatalogue;

// The screen turned to the citizen: the consent form and nothing else. Leaving it, early or
// at the end, takes the consultant's passphrase (counted like an unlock: the same waits after
// wrong tries), so the citizen cannot reach the caseload from here.
class CitizenMode : public QWidget
{
    Q_OBJECT
public:
    CitizenMode(Journal& journal, JournalAccess& access, const TemplateCatalogue& catalogue,
                CitizenModeSetup setup, QWidget* parent = nullptr);
    ConsentWizard* wizard() const { return m_wizard; }

Q_SIGNALS:
    // The consultant has the screen back; consentId is what was recorded, or empty.
    void finished(const QString& consentId);

private:
    void askForPassphrase();
    void checkPassphrase();
    JournalAccess& m_access;
    ConsentWizard* m_wizard;
    QStackedWidget* m_stack;
    QWidget* m_leavePage;
    QLabel* m_leaveNote;
    QLineEdit* m_passphrase;
    QLabel* m_error;
    QPushButton* m_confirm;
    QPushButton* m_leaveButton;
    bool m_checking = false;
};

} // namespace fortrolig
