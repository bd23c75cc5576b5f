#pragma once

#include "app/consent/Consent.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fortrolig {

class Journal;

// "Share this note with ...": the consultant chooses the recipient and the categories of
// information it contains; the consent gate's answer shows as they choose. Share asks where
// to save the document (starting in `folder`, a file name without personal data), writes it
// whole or not at all, and records the disclosure (and logs the export) only once it is
// written; a write that fails records nothing and says so.
class ShareDialog : public QDialog
{
    Q_OBJECT
public:
    ShareDialog(Journal& journal, const QString& citizenId, const QString& noteTitle,
                const QString& noteText, const QString& folder, QWidget* parent = nullptr);
    void accept() override;
    QString disclosureId() const { return m_disclosureId; }
    QString documentPath() const { return m_documentPath; } // once shared

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
    QString m_folder;
    QLabel* m_answer;
    QPushButton* m_share;
    QString m_disclosureId;
    QString m_documentPath;
};

} // namespace fortrolig
