#pragma once

#include "consent/Consent.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fortrolig {

class Journal;

// "Share this note with ...": the consultant chooses the recipient and the categories of
// information it contains; the consent gate's answer shows as they choose, and the document
// is written (and the disclosure logged) only when the gate says yes.
class ShareDialog : public QDialog
{
    Q_OBJECT
public:
    ShareDialog(Journal& journal, const QString& citizenId, const QString& noteTitle,
                const QString& noteText, QWidget* parent = nullptr);
    void accept() override;
    QString disclosureId() const { return m_disclosureId; }

private:
    Recipient recipient() const;
    QStringList categories() const;
    void recheck();
    Journal& m_journal;
    QString m_citizenId;
    QString m_title;
    QString m_text;
    QComboBox* m_kind;
    QLineEdit* m_name;
    QList<QCheckBox*> m_categories;
    QLineEdit* m_path;
    QLabel* m_answer;
    QPushButton* m_share;
    QString m_disclosureId;
};

} // namespace fortrolig
