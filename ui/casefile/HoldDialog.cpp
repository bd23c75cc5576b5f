#include "casefile/HoldDialog.h"

#include "app/journal/Journal.h"
#include "shell/DateFields.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace fortrolig {

HoldDialog::HoldDialog(Journal& journal, const QString& citizenId, QWidget* parent)
    : QDialog(parent), m_journal(journal), m_citizenId(citizenId)
{
    setObjectName(QStringLiteral("holdDialog"));
    setWindowTitle(tr("Hold the case"));
    auto* intro = new QLabel(tr("A held case is not deleted when its retention period ends. "
                                "Say why, without naming anyone: the reason is shown to the "
                                "administrator."));
    intro->setWordWrap(true);
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("holdReason"));
    m_reason->setAccessibleName(tr("Reason for the hold"));
    m_reason->setPlaceholderText(tr("e.g. complaint to Ankestyrelsen in progress"));
    m_reason->setMinimumWidth(m_reason->fontMetrics().averageCharWidth() * 45);
    m_hasUntil = new QCheckBox(tr("Held &until a date"));
    m_hasUntil->setObjectName(QStringLiteral("holdHasUntil"));
    m_until = DateFields::day(QStringLiteral("holdUntil"), tr("Held until"),
                              QDate::currentDate().addMonths(3));
    m_until->setMinimumDate(QDate::currentDate());
    m_until->setEnabled(false);
    m_message = new QLabel(tr("Without a date, the case is held until you release it."));
    m_message->setObjectName(QStringLiteral("holdMessage"));
    m_message->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Hold"));
    m_ok->setEnabled(false);
    auto* form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(m_hasUntil, m_until);
    form->addRow(m_message);
    form->addRow(buttons);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_hasUntil, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &HoldDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void HoldDialog::save()
{
    const QDate until = m_hasUntil->isChecked() ? m_until->date() : QDate();
    if (Error e = m_journal.holdCase(m_citizenId, m_reason->text(), until)) {
        m_message->setText(e.message());
        return;
    }
    accept();
}

} // namespace fortrolig
