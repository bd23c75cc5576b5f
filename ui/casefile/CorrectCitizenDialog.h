#pragma once

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;

namespace fortrolig {

class Journal;

// Rectification of a citizen's name or CPR number. The earlier value stays in the event log
// (and the access log records the correction).
class CorrectCitizenDialog : public QDialog
{
    Q_OBJECT
public:
    CorrectCitizenDialog(Journal& journal, const QString& citizenId, const QString& name,
                         const QString& cpr, QWidget* parent = nullptr);

private:
    void save();
    Journal& m_journal;
    QString m_citizenId;
    QString m_name;
    QString m_cpr;
    QComboBox* m_field;
    QLineEdit* m_value;
    QLabel* m_message;
    QHash<QString, QStringList> m_basedOn; // field -> its versions when the dialog opened
};

} // namespace fortrolig
