#include "pages/UnlockPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fortrolig {

UnlockPage::UnlockPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("unlockPage"));
    auto* title = new QLabel(tr("Fortrolig is locked"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    auto* prompt = new QLabel(tr("Enter your &passphrase to open your journal."));
    m_passphrase = new QLineEdit;
    m_passphrase->setObjectName(QStringLiteral("unlockPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    prompt->setBuddy(m_passphrase);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("unlockError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight); font-weight: bold"));
    m_error->setAccessibleName(tr("Unlock message"));
    m_unlock = new QPushButton(tr("&Unlock"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);

    auto* box = new QVBoxLayout(this);
    box->addStretch();
    box->addWidget(title);
    box->addWidget(prompt);
    box->addWidget(m_passphrase);
    box->addWidget(m_error);
    box->addWidget(m_unlock, 0, Qt::AlignRight);
    box->addStretch();
    box->setContentsMargins(48, 24, 48, 24);
    setMaximumWidth(620);
    setFocusProxy(m_passphrase);

    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::submit);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockPage::submit);
}

void UnlockPage::submit()
{
    if (m_passphrase->text().isEmpty())
        return;
    QByteArray utf8 = m_passphrase->text().toUtf8();
    m_passphrase->clear();
    Q_EMIT unlockRequested(utf8);
    utf8.fill('\0');
}

void UnlockPage::showError(const QString& text)
{
    m_error->setText(text);
}

void UnlockPage::setBusy(bool busy)
{
    m_unlock->setEnabled(!busy);
    m_passphrase->setEnabled(!busy);
    if (busy)
        m_error->setText(tr("Opening the journal..."));
}

void UnlockPage::focusPassphrase()
{
    m_passphrase->setFocus();
}

} // namespace fortrolig
