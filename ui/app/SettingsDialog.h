#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace fortrolig {

class Settings;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Settings& settings, QWidget* parent = nullptr);
    void accept() override;

private:
    Settings& m_settings;
    QComboBox* m_language;
    QSpinBox* m_autoLock;
    QSpinBox* m_syncMinutes;
    QLineEdit* m_provider;
    QLineEdit* m_forms;
    QPlainTextEdit* m_courseTypes;
};

} // namespace fortrolig
