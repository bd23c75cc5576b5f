#pragma once

#include "app/platform/Platform.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace fortrolig {

class Settings;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `capture`: whether the system keeps the window out of screen captures (said as it is).
    SettingsDialog(Settings& settings, platform::Capture capture, QWidget* parent = nullptr);
    void accept() override;
    // While a journal is open: the consultant's name that receipts show (kept in the journal,
    // not in the settings: the window saves it there).
    void showConsultantName(const QString& name);
    QString consultantName() const;
    // What the settings say of screen capture: blocked only when the system confirmed it.
    static QString captureNotice(platform::Capture capture);

private:
    Settings& m_settings;
    QComboBox* m_language;
    QSpinBox* m_autoLock;
    QSpinBox* m_syncMinutes;
    QLineEdit* m_consultantName;
    QFormLayout* m_form;
    QLineEdit* m_provider;
    QLineEdit* m_providerContact;
    QLineEdit* m_forms;
    QPlainTextEdit* m_courseTypes;
};

} // namespace fortrolig
