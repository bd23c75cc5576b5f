#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace fortrolig {

// First start: choose the passphrase that protects the journal, and, for a consultant whose
// administrator sent an enrollment link, paste it here so that the caseload arrives in the
// same sitting (the window connects as soon as the journal is made).
class SetupPage : public QWidget
{
    Q_OBJECT
public:
    explicit SetupPage(QWidget* parent = nullptr);
    void showError(const QString& text);
    void clear();

Q_SIGNALS:
    // The receiver wipes the passphrase; `link` is empty, or an enrollment link that parses.
    void createRequested(const QByteArray& passphraseUtf8, const QString& link);

private:
    void buildLink();
    void update();
    void submit();
    QLineEdit* m_first;
    QLineEdit* m_second;
    QProgressBar* m_meter;
    QLabel* m_strength;
    QLabel* m_error;
    QPushButton* m_create;
    QCheckBox* m_haveLink;
    QLineEdit* m_link;
    QLabel* m_linkProblem;
};

} // namespace fortrolig
