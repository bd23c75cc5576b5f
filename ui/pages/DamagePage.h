#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace fortrolig {

// Shown instead of the caseload when the journal is found damaged (at unlock, in use, or by
// a verify): what happened in plain words, that nothing more is written to it, and the way
// out: rescue what can be read into a new journal, which then syncs. The damaged journal is
// kept beside it until the consultant removes it.
class DamagePage : public QWidget
{
    Q_OBJECT
public:
    explicit DamagePage(QWidget* parent = nullptr);
    void reset(); // as at first showing: no result, the passphrase empty
    void showError(const QString& text);
    void setBusy(bool busy);
    void focusPassphrase();

Q_SIGNALS:
    void recoverRequested(const QByteArray& passphraseUtf8);
    void lockRequested();

private:
    void submit();
    QLineEdit* m_passphrase;
    QLabel* m_message;
    QPushButton* m_recover;
};

} // namespace fortrolig
