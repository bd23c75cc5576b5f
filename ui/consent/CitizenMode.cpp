#include "consent/CitizenMode.h"

#include "app/journal/JournalAccess.h"
#include "consent/ConsentWizard.h"
#include "shell/BackgroundUnseal.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace fortrolig {

CitizenMode::CitizenMode(Journal& journal, JournalAccess& access,
                         const TemplateCatalogue& catalogue, CitizenModeSetup setup,
                         QWidget* parent)
    : QWidget(parent), m_access(access)
{
    setObjectName(QStringLiteral("citizenMode"));
    m_wizard = new ConsentWizard(journal, catalogue, std::move(setup));

    // For the consultant: a small, plain way out, which asks for the passphrase.
    m_leaveButton = new QPushButton(tr("Consultant: leave citizen mode..."));
    m_leaveButton->setObjectName(QStringLiteral("citizenModeLeave"));
    m_leaveButton->setAutoDefault(false);
    m_leaveButton->setFocusPolicy(Qt::ClickFocus); // not in the citizen's tab order

    m_leavePage = new QWidget;
    m_leavePage->setObjectName(QStringLiteral("citizenModeLeavePage"));
    auto* heading = new QLabel(tr("The consultant's passphrase is needed to leave citizen mode."));
    heading->setWordWrap(true);
    m_leaveNote = new QLabel;
    m_leaveNote->setObjectName(QStringLiteral("leaveNote"));
    m_leaveNote->setWordWrap(true);
    m_passphrase = new QLineEdit;
    m_passphrase->setObjectName(QStringLiteral("leavePassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Consultant's passphrase"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("leaveError"));
    m_error->setWordWrap(true);
    m_confirm = new QPushButton(tr("&Leave citizen mode"));
    m_confirm->setObjectName(QStringLiteral("leaveConfirm"));
    m_confirm->setDefault(true);
    auto* cancel = new QPushButton(tr("&Back to the form"));
    cancel->setObjectName(QStringLiteral("leaveCancel"));
    auto* leaveButtons = new QHBoxLayout;
    leaveButtons->addWidget(cancel);
    leaveButtons->addStretch();
    leaveButtons->addWidget(m_confirm);
    auto* leaveBox = new QVBoxLayout(m_leavePage);
    leaveBox->addStretch();
    leaveBox->addWidget(heading);
    leaveBox->addWidget(m_leaveNote);
    leaveBox->addWidget(m_passphrase);
    leaveBox->addWidget(m_error);
    leaveBox->addLayout(leaveButtons);
    leaveBox->addStretch();

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_wizard);
    auto* centred = new QWidget;
    auto* row = new QHBoxLayout(centred);
    row->addStretch(1);
    row->addWidget(m_leavePage, 2);
    row->addStretch(1);
    m_stack->addWidget(centred);

    auto* top = new QHBoxLayout;
    top->addStretch();
    top->addWidget(m_leaveButton);
    auto* box = new QVBoxLayout(this);
    box->addLayout(top);
    box->addWidget(m_stack, 1);

    connect(m_leaveButton, &QPushButton::clicked, this, &CitizenMode::askForPassphrase);
    connect(m_wizard, &ConsentWizard::handBackRequested, this, &CitizenMode::askForPassphrase);
    connect(cancel, &QPushButton::clicked, this, [this] {
        m_passphrase->clear();
        m_error->clear();
        m_stack->setCurrentWidget(m_wizard);
        m_leaveButton->setVisible(true);
        m_wizard->setFocus();
    });
    connect(m_confirm, &QPushButton::clicked, this, &CitizenMode::checkPassphrase);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &CitizenMode::checkPassphrase);
    setFocusProxy(m_wizard);
}

void CitizenMode::askForPassphrase()
{
    m_leaveNote->setText(
        m_wizard->savedConsentId().isEmpty()
            ? tr("Nothing the citizen chose has been saved: leaving now discards it.")
            : tr("The citizen's answer is saved."));
    m_error->clear();
    m_leaveButton->setVisible(false);
    m_stack->setCurrentIndex(1);
    m_passphrase->setFocus();
}

void CitizenMode::checkPassphrase()
{
    if (m_checking)
        return;
    // The journal stays open: this only proves the consultant is back. A wrong passphrase
    // counts like a failed unlock, so the citizen cannot try many.
    auto pending = m_access.beginUnlock();
    if (!pending.ok()) {
        m_error->setText(pending.error().message());
        return;
    }
    QByteArray typed = m_passphrase->text().toUtf8();
    m_passphrase->clear();
    m_checking = true;
    m_confirm->setEnabled(false);
    unsealInBackground(this, pending->wrapped, typed,
                       [this, p = pending.value()](Result<SecureBytes> key) {
                           m_checking = false;
                           m_confirm->setEnabled(true);
                           if (Error e = m_access.finishCheck(p, key)) {
                               m_error->setText(e.message());
                               m_passphrase->setFocus();
                               return;
                           }
                           Q_EMIT finished(m_wizard->savedConsentId());
                       });
}

} // namespace fortrolig
