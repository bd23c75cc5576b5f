#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace fortrolig {

// Shown at every start and after every lock. Nothing of the caseload exists while it shows.
class UnlockPage : public QWidget
{
    Q_OBJECT
public:
    explicit UnlockPage(QWidget* parent = nullptr);
    void showError(const QString& text);
    void setBusy(bool busy);
    void focusPassphrase();

Q_SIGNALS:
    void unlockRequested(const QByteArray& passphraseUtf8);

private:
    void submit();
    QLineEdit* m_passphrase;
    QLabel* m_error;
    QPushButton* m_unlock;
};

} // namespace fortrolig
