#pragma once

#include "app/journal/Records.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;

namespace fortrolig {

class Journal;

// Rectification of a citizen's name or CPR number, and their contact details (address, phone,
// e-mail), which may also be given for the first time or cleared. The earlier value stays in
// the event log (and the access log records the correction).
class CorrectCitizenDialog : public QDialog
{
    Q_OBJECT
public:
    CorrectCitizenDialog(Journal& journal, const CitizenDetails& citizen,
                         QWidget* parent = nullptr);

private:
    void save();
    Journal& m_journal;
    QString m_citizenId;
    QHash<QString, QString> m_values; // field -> its value when the dialog opened
    QComboBox* m_field;
    QLineEdit* m_value;
    QLabel* m_message;
    QHash<QString, QStringList> m_basedOn; // field -> its versions when the dialog opened
};

} // namespace fortrolig
