#include "pages/SetupPage.h"

#include "app/crypto/PassphraseStrength.h"
#include "app/crypto/WrappedKey.h"
#include "app/sync/EnrollmentLink.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace fortrolig {

SetupPage::SetupPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("setupPage"));
    auto* title = new QLabel(tr("Welcome to Fortrolig"));
    title->setObjectName(QStringLiteral("setupTitle"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    auto* intro = new QLabel(
        tr("Your caseload is kept in an encrypted journal on this computer. Choose a passphrase "
           "of at least 12 characters; a few ordinary words in a row are easy to remember and "
           "hard to guess. The journal's key is sealed with this passphrase and kept in the "
           "system keychain (or, where there is none, in a file beside the journal). Without the "
           "passphrase nobody can read the journal, not even your IT administrator, so keep it "
           "safe."));
    intro->setWordWrap(true);

    m_first = new QLineEdit;
    m_first->setObjectName(QStringLiteral("setupPassphrase"));
    m_first->setEchoMode(QLineEdit::Password);
    m_first->setAccessibleName(tr("New passphrase"));
    m_second = new QLineEdit;
    m_second->setObjectName(QStringLiteral("setupRepeat"));
    m_second->setEchoMode(QLineEdit::Password);
    m_second->setAccessibleName(tr("Repeat the passphrase"));
    m_meter = new QProgressBar;
    m_meter->setObjectName(QStringLiteral("setupStrengthMeter"));
    m_meter->setRange(0, 100);
    m_meter->setTextVisible(false);
    m_meter->setAccessibleName(tr("Passphrase strength"));
    m_strength = new QLabel;
    m_strength->setObjectName(QStringLiteral("setupStrength"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("setupError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight); font-weight: bold"));
    buildLink();
    m_create = new QPushButton(tr("&Create journal"));
    m_create->setObjectName(QStringLiteral("setupCreate"));
    m_create->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_first);
    form->addRow(tr("&Repeat:"), m_second);
    form->addRow(tr("Strength:"), m_meter);
    form->addRow(QString(), m_strength);
    form->addRow(QString(), m_haveLink);
    form->addRow(QString(), m_link);
    form->addRow(QString(), m_linkProblem);
    auto* box = new QVBoxLayout(this);
    box->addStretch();
    box->addWidget(title);
    box->addWidget(intro);
    box->addLayout(form);
    box->addWidget(m_error);
    box->addWidget(m_create, 0, Qt::AlignRight);
    box->addStretch();
    box->setContentsMargins(48, 24, 48, 24);
    setMaximumWidth(720);
    setFocusProxy(m_first);

    connect(m_first, &QLineEdit::textChanged, this, &SetupPage::update);
    connect(m_second, &QLineEdit::textChanged, this, &SetupPage::update);
    connect(m_create, &QPushButton::clicked, this, &SetupPage::submit);
    connect(m_second, &QLineEdit::returnPressed, this, &SetupPage::submit);
    update();
}

// "I have a link from my provider": the administrator's enrollment link, for connecting as
// soon as the journal is made.
void SetupPage::buildLink()
{
    m_haveLink = new QCheckBox(tr("I have a &link from my provider"));
    m_haveLink->setObjectName(QStringLiteral("setupHaveLink"));
    m_haveLink->setToolTip(tr("Your IT administrator's message with a link that starts with "
                              "fortrolig://enroll: this computer connects to your provider's "
                              "server as soon as the journal is made, and your caseload arrives."));
    m_link = new QLineEdit;
    m_link->setObjectName(QStringLiteral("setupLink"));
    m_link->setAccessibleName(tr("Link from your provider"));
    m_link->setPlaceholderText(QStringLiteral("fortrolig://enroll?..."));
    m_link->setVisible(false);
    m_linkProblem = new QLabel;
    m_linkProblem->setObjectName(QStringLiteral("setupLinkProblem"));
    m_linkProblem->setWordWrap(true);
    m_linkProblem->setVisible(false);
    connect(m_haveLink, &QCheckBox::toggled, this, [this](bool on) {
        m_link->setVisible(on);
        if (on)
            m_link->setFocus();
        update();
    });
    connect(m_link, &QLineEdit::textChanged, this, &SetupPage::update);
    connect(m_link, &QLineEdit::returnPressed, this, &SetupPage::submit);
}

void SetupPage::update()
{
    const PassphraseStrength s = PassphraseStrength::of(m_first->text());
    m_meter->setValue(s.percent);
    switch (s.level) {
    case PassphraseStrength::Level::TooShort:
        m_strength->setText(tr("Too short: at least %1 characters.").arg(kMinPassphraseLength));
        break;
    case PassphraseStrength::Level::Fair:
        m_strength->setText(tr("Acceptable. Longer is better."));
        break;
    case PassphraseStrength::Level::Good:
        m_strength->setText(tr("Good."));
        break;
    case PassphraseStrength::Level::Strong:
        m_strength->setText(tr("Strong."));
        break;
    }
    const bool same = m_first->text() == m_second->text();
    // A link asked for must be whole: a part of one would only fail later, at the server.
    const QString link = m_link->text().trimmed();
    const bool linkOk = !m_haveLink->isChecked() || EnrollmentLink::parse(link).ok();
    m_linkProblem->setText(m_haveLink->isChecked() && !link.isEmpty() && !linkOk
                               ? tr("This is not a whole link from your provider: copy all of it, "
                                    "from fortrolig://enroll to the end.")
                               : QString());
    m_linkProblem->setVisible(!m_linkProblem->text().isEmpty());
    m_create->setEnabled(s.level != PassphraseStrength::Level::TooShort && same && linkOk &&
                         !(m_haveLink->isChecked() && link.isEmpty()));
    m_error->setText(!same && !m_second->text().isEmpty() ? tr("The two passphrases differ.")
                                                          : QString());
}

void SetupPage::submit()
{
    if (!m_create->isEnabled())
        return;
    QByteArray utf8 = m_first->text().toUtf8();
    const QString link = m_haveLink->isChecked() ? m_link->text().trimmed() : QString();
    clear();
    Q_EMIT createRequested(utf8, link);
    utf8.fill('\0');
}

void SetupPage::showError(const QString& text)
{
    m_error->setText(text);
}

void SetupPage::clear()
{
    m_first->clear();
    m_second->clear();
}

} // namespace fortrolig
