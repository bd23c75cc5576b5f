#pragma once

#include "app/journal/Journal.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
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
    ~Workspace() override; // keeps the column layout the consultant chose
    void reload(Journal::Read read = Journal::Read::Show);
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
    // The empty caseload's "connect to the provider's server" (MainWindow enrolls or syncs).
    void connectRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The parts of the window, built once by the constructor.
    void buildFilters();
    void buildTable();
    void layOut();
    void connectSignals();
    void connectColumns();

    void runSearch();
    void openFirstFound();
    // The caseload's columns: the name takes the width the others leave and never less than
    // nameMinimumWidth(); the others fit what they show, up to columnCap().
    int cellMargins() const;
    int nameMinimumWidth() const;
    int columnCap() const;
    void fitColumns();
    void fitNameColumn();
    int wantedWidth(int column) const; // m_wanted's, or Qt's until the columns are fitted
    bool restoreColumns(const QByteArray& state);
    void placeSplitter();
    Journal& m_journal;
    Settings& m_settings;
    CaseloadModel* m_model;
    CaseloadFilter* m_filter;
    QLineEdit* m_search;
    QComboBox* m_status;
    QTableView* m_table;
    QSplitter* m_split;
    QLabel* m_count;
    QWidget* m_empty = nullptr; // in the list's place while the caseload has no citizen
    QWidget* buildEmpty();
    CaseView* m_case;
    QTimer m_searchDelay;
    bool m_columnsSettled = false; // restored, or changed by the consultant: not refitted
    bool m_fitting = false;
    // Each column's width as fitted to its texts or set by the consultant; shown narrower
    // only while the list has no room for it (fitNameColumn).
    // 0: not fitted yet, as Qt sized it.
    QList<int> m_wanted;
    bool m_splitterMoved = false; // by the consultant: from then on the splitter is theirs
};

} // namespace fortrolig
