#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace fortrolig {

class SyncService;

// Logging in to the server: the server passphrase (not the journal's) and the six digits
// from the authenticator app. After three wrong tries in a day the account is locked.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(SyncService& sync, QWidget* parent = nullptr);

private:
    void login();
    SyncService& m_sync;
    QLineEdit* m_passphrase;
    QLineEdit* m_code;
    QLabel* m_message;
    QPushButton* m_ok;
};

} // namespace fortrolig
