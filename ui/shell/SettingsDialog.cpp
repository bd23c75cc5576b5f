#include "shell/SettingsDialog.h"

#include "shell/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace fortrolig {

SettingsDialog::SettingsDialog(Settings& settings, platform::Capture capture, QWidget* parent)
    : QDialog(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("Dansk"), QStringLiteral("da"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    m_autoLock = new QSpinBox;
    m_autoLock->setObjectName(QStringLiteral("settingsAutoLock"));
    m_autoLock->setAccessibleName(tr("Lock after minutes without use"));
    m_autoLock->setRange(1, 240);
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setValue(settings.autoLockMinutes());
    m_syncMinutes = new QSpinBox;
    m_syncMinutes->setObjectName(QStringLiteral("settingsSyncMinutes"));
    m_syncMinutes->setAccessibleName(tr("Sync with the server every minutes"));
    m_syncMinutes->setRange(1, 240);
    m_syncMinutes->setSuffix(tr(" min"));
    m_syncMinutes->setValue(settings.syncMinutes());
    m_consultantName = new QLineEdit;
    m_consultantName->setObjectName(QStringLiteral("settingsConsultantName"));
    m_consultantName->setAccessibleName(tr("Your name on receipts"));
    m_consultantName->setPlaceholderText(tr("Your user name, until you write your name"));
    m_provider = new QLineEdit(settings.providerName());
    m_provider->setObjectName(QStringLiteral("settingsProvider"));
    m_provider->setAccessibleName(tr("Provider's name on consent forms"));
    m_providerContact = new QLineEdit(settings.value(Settings::Key::ProviderContact).toString());
    m_providerContact->setObjectName(QStringLiteral("settingsProviderContact"));
    m_providerContact->setAccessibleName(
        tr("The provider's phone or e-mail, for the citizen to withdraw"));
    m_forms = new QLineEdit(settings.formsDirectory());
    m_forms->setObjectName(QStringLiteral("settingsFormsDirectory"));
    m_forms->setAccessibleName(tr("Folder with the provider's own consent forms"));
    m_forms->setPlaceholderText(tr("Only the built-in forms"));
    // The law's terms change: the provider keeps the list of course types, one per line.
    m_courseTypes = new QPlainTextEdit(settings.courseTypes().join(QLatin1Char('\n')));
    m_courseTypes->setObjectName(QStringLiteral("settingsCourseTypes"));
    m_courseTypes->setAccessibleName(tr("Course types, one per line"));
    m_courseTypes->setTabChangesFocus(true);
    m_courseTypes->setMaximumHeight(m_courseTypes->fontMetrics().lineSpacing() * 8);
    auto* captureText = new QLabel(captureNotice(capture));
    captureText->setObjectName(QStringLiteral("settingsCapture"));
    captureText->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* form = new QFormLayout(this);
    m_form = form;
    form->addRow(tr("Your &name (receipts):"), m_consultantName);
    form->setRowVisible(m_consultantName, false);
    form->addRow(tr("&Language (after restart):"), m_language);
    form->addRow(tr("Lock &after:"), m_autoLock);
    form->addRow(tr("S&ync every:"), m_syncMinutes);
    form->addRow(tr("&Provider (consent forms):"), m_provider);
    form->addRow(tr("Provider's c&ontact (consent forms):"), m_providerContact);
    form->addRow(tr("Provider's &forms folder:"), m_forms);
    form->addRow(tr("Course &types:"), m_courseTypes);
    form->addRow(captureText);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString SettingsDialog::captureNotice(platform::Capture capture)
{
    if (capture == platform::Capture::Excluded)
        return tr("Screen capture of this window is blocked: screenshots, screen sharing and "
                  "recordings show it as an empty area.");
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return tr("This system refused to keep the window out of screen captures (an older "
              "version, or a remote session): stop sharing your screen before you open a case.");
#else
    return tr("On Linux a window cannot refuse screen capture or screen sharing: stop sharing your "
              "screen before you open a case.");
#endif
}

void SettingsDialog::showConsultantName(const QString& name)
{
    m_consultantName->setText(name);
    m_form->setRowVisible(m_consultantName, true);
}

QString SettingsDialog::consultantName() const
{
    return m_consultantName->text().simplified();
}

void SettingsDialog::accept()
{
    m_settings.setValue(Settings::Key::Language, m_language->currentData());
    m_settings.setValue(Settings::Key::AutoLockMinutes, m_autoLock->value());
    m_settings.setValue(Settings::Key::SyncMinutes, m_syncMinutes->value());
    m_settings.setValue(Settings::Key::ProviderName, m_provider->text().trimmed());
    m_settings.setValue(Settings::Key::ProviderContact, m_providerContact->text().trimmed());
    m_settings.setValue(Settings::Key::FormsDirectory, m_forms->text().trimmed());
    QStringList types;
    for (const QString& line : m_courseTypes->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty() && !types.contains(line.trimmed()))
            types << line.trimmed();
    }
    if (!types.isEmpty()) // an empty list would leave the referral form with no choice
        m_settings.setValue(Settings::Key::CourseTypes, types);
    QDialog::accept();
}

} // namespace fortrolig
