#pragma once

#include <QDialog>

class QComboBox;
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
};

} // namespace fortrolig
