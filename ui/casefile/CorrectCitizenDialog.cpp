#include "casefile/CorrectCitizenDialog.h"

#include "app/journal/EventRules.h"
#include "app/journal/Journal.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace fortrolig {

CorrectCitizenDialog::CorrectCitizenDialog(Journal& journal, const CitizenDetails& citizen,
                                           QWidget* parent)
    : QDialog(parent), m_journal(journal),
      m_citizenId(citizen.id), m_values{{QStringLiteral("name"), citizen.name},
                                        {QStringLiteral("cpr"), citizen.cpr}}
{
    for (const QString& field : EventRules::citizenContactFields())
        m_values.insert(field, citizen.contact(field));
    setObjectName(QStringLiteral("correctCitizenDialog"));
    setWindowTitle(tr("Correct the citizen's details"));
    m_field = new QComboBox;
    m_field->setObjectName(QStringLiteral("correctField"));
    m_field->setAccessibleName(tr("What to correct"));
    m_field->addItem(tr("Name"), QStringLiteral("name"));
    m_field->addItem(tr("CPR number"), QStringLiteral("cpr"));
    m_field->addItem(tr("Address"), QStringLiteral("address"));
    m_field->addItem(tr("Phone"), QStringLiteral("phone"));
    m_field->addItem(tr("E-mail"), QStringLiteral("email"));
    // What is replaced is what was current when the dialog opened: a value that a sync brings
    // meanwhile is kept beside this one, as a conflict, not overwritten unseen.
    for (auto v = m_values.cbegin(); v != m_values.cend(); ++v) {
        auto versions = journal.versionsOf(m_citizenId, v.key());
        m_basedOn.insert(v.key(), versions.ok() ? versions.value() : QStringList());
    }
    m_value = new QLineEdit(citizen.name);
    m_value->setObjectName(QStringLiteral("correctValue"));
    m_value->setAccessibleName(tr("The correct value"));
    m_message = new QLabel(tr("The earlier value stays in the journal's history."));
    m_message->setObjectName(QStringLiteral("correctMessage"));
    m_message->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Correct"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Field:"), m_field);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(m_message);
    form->addRow(buttons);
    connect(m_field, &QComboBox::currentIndexChanged, this, [this] {
        const QString field = m_field->currentData().toString();
        m_value->setText(m_values.value(field));
        m_message->setText(
            EventRules::citizenContactFields().contains(field)
                ? tr("Leave it empty to remove it. The earlier value stays in the journal's "
                     "history.")
                : tr("The earlier value stays in the journal's history."));
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
