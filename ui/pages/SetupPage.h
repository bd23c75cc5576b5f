#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace fortrolig {

// First start: choose the passphrase that protects the journal.
class SetupPage : public QWidget
{
    Q_OBJECT
public:
    explicit SetupPage(QWidget* parent = nullptr);
    void showError(const QString& text);
    void clear();

Q_SIGNALS:
    void createRequested(const QByteArray& passphraseUtf8); // the receiver wipes it

private:
    void update();
    void submit();
    QLineEdit* m_first;
    QLineEdit* m_second;
    QProgressBar* m_meter;
    QLabel* m_strength;
    QLabel* m_error;
    QPushButton* m_create;
};

} // namespace fortrolig
