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
// internship company, the doctor). Nothing here is a choice of the citizen's.
class ConsentPrepDialog : public QDialog
{
    Q_OBJECT
public:
    ConsentPrepDialog(const CitizenDetails& citizen, const TemplateCatalogue& catalogue,
                      const QString& provider, const QString& language, QWidget* parent = nullptr);
    void addRecipientRow(const QString& kind = {}, const QString& name = {});
    CitizenModeSetup setup() const;
    QString problem() const; // empty when the citizen can be handed the screen
    void accept() override;

private:
    struct Row
    {
        QWidget* widget;
        QComboBox* kind;
        QLineEdit* name;
    };
    const CitizenDetails& m_citizen;
    const TemplateCatalogue& m_catalogue;
    QString m_language;
    QComboBox* m_course;
    QComboBox* m_form;
    QLineEdit* m_provider;
    QLineEdit* m_place;
    QVBoxLayout* m_rowsBox;
    QList<Row> m_rows;
    QLabel* m_problem;
    QPushButton* m_start;
};

} // namespace fortrolig
