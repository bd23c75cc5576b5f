#pragma once

#include "app/journal/Records.h"
#include "consent/CitizenModeSetup.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace fortrolig {

struct TemplateCatalogue;

// Before the screen is turned: the consultant picks the case (course) and the form, and types
// the recipients the citizen will be asked about, with names where the form needs one (the
// internship company, the doctor); with a form of format 2, also whether we would tell them,
// ask them, or both, and why (from the provider's list in the form, or typed). Nothing here
// is a choice of the citizen's.
class ConsentTemplate;

class ConsentPrepDialog : public QDialog
{
    Q_OBJECT
public:
    ConsentPrepDialog(const CitizenDetails& citizen, const TemplateCatalogue& catalogue,
                      const QString& provider, const QString& providerContact,
                      const QString& language, QWidget* parent = nullptr);
    // direction: "tell", "obtain" or "both"; purpose: one of the form's ids, or text.
    void addRecipientRow(const QString& kind = {}, const QString& name = {},
                         const QString& direction = {}, const QString& purpose = {});
    CitizenModeSetup setup() const;
    QString problem() const; // empty when the citizen can be handed the screen
    void accept() override;

private:
    struct Row
    {
        QWidget* widget;
        QComboBox* kind;
        QLineEdit* name;
        QComboBox* direction; // tell, obtain, both (forms of format 2)
        QComboBox* purpose;   // the form's purposes, then "Other"
        QLineEdit* otherPurpose;
    };
    Row wayAndWhy(int n, const QString& direction, const QString& purpose); // those two only
    const ConsentTemplate* chosenForm() const;
    void showFormsQuestions(); // direction and purpose only where the form asks them
    // What the citizen will be told about the municipality: its registered contacts and
    // approval of the form, or, said here before the screen turns, that they are missing.
    void showControllerNote();
    const CitizenDetails& m_citizen;
    const TemplateCatalogue& m_catalogue;
    QString m_language;
    QComboBox* m_course;
    QComboBox* m_form;
    QLineEdit* m_provider;
    QLineEdit* m_providerContact; // how the citizen reaches the provider to withdraw (format 3)
    QLineEdit* m_place;
    QVBoxLayout* m_rowsBox;
    QList<Row> m_rows;
    QLabel* m_problem;
    QLabel* m_controllerNote;
    QPushButton* m_start;
};

} // namespace fortrolig
