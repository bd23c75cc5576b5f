#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace fortrolig {

class Journal;
class Settings;

// The paper telling the citizen that the case's restriction will be lifted (art. 18(3)):
// the day it is lifted at the earliest, the municipality's reason and the citizen's language
// are asked, then where to save the PDF (RequestDocuments::liftNoticeLines; logged as an
// export). The restriction is lifted afterwards, "told by letter".
class LiftNoticeDialog : public QDialog
{
    Q_OBJECT
public:
    LiftNoticeDialog(Journal& journal, const Settings& settings, const QString& citizenId,
                     QWidget* parent = nullptr);

private:
    void save();
    Journal& m_journal;
    const Settings& m_settings;
    QString m_citizenId;
    QDateEdit* m_liftOn;
    QLineEdit* m_reason;
    QComboBox* m_language;
    QLabel* m_message;
};

} // namespace fortrolig
