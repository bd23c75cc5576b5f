#pragma once

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace fortrolig {

class CaseView;
class CaseloadFilter;
class CaseloadModel;
class ClipboardGuard;
class Journal;
class Settings;

// The unlocked window: the caseload on the left, the selected citizen's case on the right.
// It exists only while the journal is unlocked; locking destroys it with all it showed.
class Workspace : public QWidget
{
    Q_OBJECT
public:
    Workspace(Journal& journal, Settings& settings, ClipboardGuard& clipboard,
              QWidget* parent = nullptr);
    void reload();
    void newCitizen();
    void findByCpr();
    void flushDrafts();
    CaseloadModel* model() const { return m_model; }
    CaseView* caseView() const { return m_case; }
    void selectCitizen(const QString& citizenId);

Q_SIGNALS:
    void failed(const QString& message);
    void consentFormRequested(const QString& citizenId);
    void receiptRequested(const QString& consentId, bool latestWithdrawal);

private:
    void runSearch();
    Journal& m_journal;
    Settings& m_settings;
    CaseloadModel* m_model;
    CaseloadFilter* m_filter;
    QLineEdit* m_search;
    QComboBox* m_status;
    QTableView* m_table;
    QLabel* m_count;
    CaseView* m_case;
    QTimer m_searchDelay;
};

} // namespace fortrolig
