#include "casefile/CorrectCitizenDialog.h"

#include "app/journal/Journal.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace fortrolig {

CorrectCitizenDialog::CorrectCitizenDialog(Journal& journal, const QString& citizenId,
                                           const QString& name, const QString& cpr, QWidget* parent)
    : QDialog(parent), m_journal(journal), m_citizenId(citizenId), m_name(name), m_cpr(cpr)
{
    setObjectName(QStringLiteral("correctCitizenDialog"));
    setWindowTitle(tr("Correct the citizen's details"));
    m_field = new QComboBox;
    m_field->setObjectName(QStringLiteral("correctField"));
    m_field->setAccessibleName(tr("What to correct"));
    m_field->addItem(tr("Name"), QStringLiteral("name"));
    m_field->addItem(tr("CPR number"), QStringLiteral("cpr"));
    // What is replaced is what was current when the dialog opened: a value that a sync brings
    // meanwhile is kept beside this one, as a conflict, not overwritten unseen.
    for (const QString& field : {QStringLiteral("name"), QStringLiteral("cpr")}) {
        auto versions = journal.versionsOf(citizenId, field);
        m_basedOn.insert(field, versions.ok() ? versions.value() : QStringList());
    }
    m_value = new QLineEdit(name);
    m_value->setObjectName(QStringLiteral("correctValue"));
    m_value->setAccessibleName(tr("The correct value"));
    m_message = new QLabel(tr("The earlier value stays in the journal's history."));
    m_message->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Correct"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Field:"), m_field);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(m_message);
    form->addRow(buttons);
    connect(m_field, &QComboBox::currentIndexChanged, this, [this] {
        m_value->setText(m_field->currentData() == QStringLiteral("name") ? m_name : m_cpr);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &CorrectCitizenDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CorrectCitizenDialog::save()
{
    auto r =
        m_journal.correctCitizen(m_citizenId, m_field->currentData().toString(), m_value->text(),
                                 m_basedOn.value(m_field->currentData().toString()));
    if (!r.ok()) {
        m_message->setText(r.error().message());
        return;
    }
    accept();
}

} // namespace fortrolig
