#pragma once

#include "app/consent/Consent.h"
#include "app/journal/Records.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace fortrolig {

class Journal;

// A consent signed on paper, for a citizen who cannot sign on screen: the consultant records
// the scanned form, the course it is for, who signed (the citizen or the holder of parental
// responsibility), where, until when, and each recipient with the categories ticked on the
// paper. The scan's SHA-256 is the record's text hash; the scan is kept with the consent.
// Nothing is ticked beforehand. The same record as `fortrolig-cli consent record-paper`.
class PaperConsentDialog : public QDialog
{
    Q_OBJECT
public:
    PaperConsentDialog(Journal& journal, const QString& citizenId, const QString& citizenName,
                       const QList<CourseRecord>& courses, QWidget* parent = nullptr);

    void setScanFile(const QString& path); // what "Choose the scan..." sets (tests call it)
    QString consentId() const { return m_consentId; } // after it was recorded
    // The recipients' rows (one to begin with); "Add recipient" adds one.
    int recipientRows() const { return int(m_rows.size()); }
    void addRecipientRow();

private:
    struct GrantRow
    {
        QComboBox* kind = nullptr;
        QLineEdit* name = nullptr;
        QComboBox* direction = nullptr; // tell them, or get information from them
        QLineEdit* purpose = nullptr;   // as the paper gives it
        QList<QCheckBox*> categories;
    };
    QFormLayout* buildForm(const QString& citizenName, const QList<CourseRecord>& courses);
    void chooseScan();
    void record();
    QString problem(ConsentInput& input) const; // empty: the input is complete
    bool collectGrants(ConsentInput& input, QString* problem) const;

    Journal& m_journal;
    QString m_citizenId;
    QComboBox* m_course;
    QLabel* m_scanLabel;
    QString m_scanPath;
    QLineEdit* m_signer;
    QComboBox* m_role;
    QLineEdit* m_place;
    QComboBox* m_language;
    QCheckBox* m_limited;
    QDateEdit* m_until;
    QVBoxLayout* m_grantsBox;
    QList<GrantRow> m_rows;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QString m_consentId;
};

} // namespace fortrolig
