#include "sync/LoginDialog.h"

#include "app/crypto/SecureBytes.h"
#include "app/sync/SyncService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace fortrolig {

LoginDialog::LoginDialog(SyncService& sync, QWidget* parent) : QDialog(parent), m_sync(sync)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in to the server"));
    auto* intro = new QLabel(tr("Log in as %1 on %2. The passphrase is your server passphrase, "
                                "not the journal's.")
                                 .arg(sync.status().username, sync.status().server));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_passphrase = new QLineEdit;
    m_passphrase->setObjectName(QStringLiteral("loginPassphrase"));
    m_passphrase->setAccessibleName(tr("Server passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_code = new QLineEdit;
    m_code->setObjectName(QStringLiteral("loginCode"));
    m_code->setAccessibleName(tr("One-time code from the authenticator app"));
    m_code->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_code));
    m_code->setPlaceholderText(QStringLiteral("123456"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Log in"));
    m_ok->setObjectName(QStringLiteral("loginOk"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("One-time &code:"), m_code);
    auto* box = new QVBoxLayout(this);
    box->addWidget(intro);
    box->addLayout(form);
    box->addWidget(m_message);
    box->addWidget(buttons);
    setMinimumWidth(460);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::login);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_sync, &SyncService::loggedIn, this, &QDialog::accept);
    connect(&m_sync, &SyncService::failed, this, [this](const QString& message) {
        m_message->setText(message);
        m_ok->setEnabled(true);
        m_code->clear();
        m_code->setFocus();
    });
}

void LoginDialog::login()
{
    if (m_code->text().size() != 6 || m_passphrase->text().isEmpty()) {
        m_message->setText(tr("Type the passphrase and the six digits."));
        return;
    }
    // The passphrase leaves the field at once (see decisions.md on QLineEdit).
    QByteArray bytes = m_passphrase->text().toUtf8();
    m_passphrase->clear();
    SecureBytes secret = SecureBytes::takeFrom(bytes);
    m_message->setText(tr("Logging in..."));
    m_ok->setEnabled(false);
    m_sync.login(QByteArray(secret.constChar(), qsizetype(secret.size())), m_code->text());
}

} // namespace fortrolig
