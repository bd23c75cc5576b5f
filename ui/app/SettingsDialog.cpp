#include "app/SettingsDialog.h"

#include "app/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace fortrolig {

SettingsDialog::SettingsDialog(Settings& settings, QWidget* parent)
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
    auto* capture = new QLabel(
#if defined(Q_OS_WIN)
        tr("Screen capture of this window is blocked.")
#elif defined(Q_OS_MACOS)
        tr("Screen capture of this window cannot be blocked yet on macOS.")
#else
        tr("On Linux a window cannot refuse screen capture or screen sharing: stop sharing your "
           "screen before you open a case.")
#endif
    );
    capture->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Language (after restart):"), m_language);
    form->addRow(tr("Lock &after:"), m_autoLock);
    form->addRow(capture);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SettingsDialog::accept()
{
    m_settings.setValue(Settings::Key::Language, m_language->currentData());
    m_settings.setValue(Settings::Key::AutoLockMinutes, m_autoLock->value());
    QDialog::accept();
}

} // namespace fortrolig
