#include "pages/DamagePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fortrolig {

DamagePage::DamagePage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("damagePage"));
    auto* title = new QLabel(tr("The journal is damaged"));
    title->setObjectName(QStringLiteral("damageTitle"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    auto* what = new QLabel(
        tr("Part of the journal on this computer cannot be read. It may be a fault in the disk, "
           "or the file was changed outside Fortrolig. Fortrolig writes nothing more to it, so "
           "nothing more is lost."));
    what->setWordWrap(true);
    auto* way = new QLabel(
        tr("Recover what can still be read into a new journal. It opens with the same "
           "passphrase. When this computer syncs with your provider's server, what the server "
           "holds comes back and changes that were not yet sent are sent. The damaged journal "
           "is kept in a folder beside the new one until you remove it; tell your IT "
           "administrator."));
    way->setWordWrap(true);
    auto* prompt = new QLabel(tr("Your &passphrase:"));
    m_passphrase = new QLineEdit;
    m_passphrase->setObjectName(QStringLiteral("damagePassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    prompt->setBuddy(m_passphrase);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("damageMessage"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Recovery message"));
    m_recover = new QPushButton(tr("&Recover what can be read"));
    m_recover->setObjectName(QStringLiteral("recoverButton"));
    m_recover->setDefault(true);
    auto* lock = new QPushButton(tr("&Lock"));
    lock->setObjectName(QStringLiteral("damageLockButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(lock);
    buttons->addWidget(m_recover);
    auto* box = new QVBoxLayout(this);
    box->addStretch();
    box->addWidget(title);
    box->addWidget(what);
    box->addWidget(way);
    box->addSpacing(12);
    box->addWidget(prompt);
    box->addWidget(m_passphrase);
    box->addWidget(m_message);
    box->addLayout(buttons);
    box->addStretch();
    box->setContentsMargins(48, 24, 48, 24);
    setMaximumWidth(680);
    setFocusProxy(m_passphrase);
    setTabOrder(m_passphrase, m_recover);
    setTabOrder(m_recover, lock);

    connect(m_recover, &QPushButton::clicked, this, &DamagePage::submit);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &DamagePage::submit);
    connect(lock, &QPushButton::clicked, this, &DamagePage::lockRequested);
}

void DamagePage::reset()
{
    m_passphrase->clear();
    m_message->clear();
    setBusy(false);
}

void DamagePage::submit()
{
    if (m_passphrase->text().isEmpty())
        return;
    QByteArray utf8 = m_passphrase->text().toUtf8();
    m_passphrase->clear();
    Q_EMIT recoverRequested(utf8);
    utf8.fill('\0');
}

void DamagePage::showError(const QString& text)
{
    m_message->setText(text);
}

void DamagePage::setBusy(bool busy)
{
    m_recover->setEnabled(!busy);
    m_passphrase->setEnabled(!busy);
    if (busy)
        m_message->setText(tr("Recovering what can be read..."));
}

void DamagePage::focusPassphrase()
{
    m_passphrase->setFocus();
}

} // namespace fortrolig
