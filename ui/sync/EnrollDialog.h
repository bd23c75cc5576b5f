#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace fortrolig {

class SyncService;

// Joining the provider's server: the link from the administrator, or the three things it
// holds typed in (the server's address, the one-time code, the pin). A certificate that
// does not match the pin is refused with the reason; there is no way around it.
class EnrollDialog : public QDialog
{
    Q_OBJECT
public:
    EnrollDialog(SyncService& sync, const QString& link = {}, QWidget* parent = nullptr);

private:
    void enroll();
    void fillFromLink(const QString& text);
    SyncService& m_sync;
    QLineEdit* m_link;
    QLineEdit* m_server;
    QLineEdit* m_code;
    QLineEdit* m_pin;
    QLineEdit* m_device;
    QLabel* m_message;
    QPushButton* m_ok;
};

} // namespace fortrolig
