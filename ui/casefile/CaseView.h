#pragma once

#include "app/journal/Journal.h"
#include "app/journal/Records.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace fortrolig {

class ClipboardGuard;
class Journal;
class Settings;
class ConsentPanel;
class RequestPanel;
class RestrictionBar;
class NoteEditor;

// One citizen's case: details, courses, the timeline of notes with their corrections, and
// the citizen's access log. Opening it is a logged use of the citizen's data.
class CaseView : public QWidget
{
    Q_OBJECT
public:
    CaseView(Journal& journal, ClipboardGuard& clipboard, Settings& settings,
             QWidget* parent = nullptr);
    void showCitizen(const QString& citizenId);
    QString citizenId() const { return m_details.id; }
    void flushDraft();
    NoteEditor* editor() const { return m_editor; }
    QWidget* conflictBanner() const { return m_conflictBanner; }
    QLabel* retentionText() const { return m_retentionText; }
    // After citizen mode recorded a consent, or a sync: a redraw, not a new use.
    void reloadCase() { reload(Journal::Read::Redraw); }
    void clear(); // the case is no longer on this computer
    RequestPanel* requestPanel() const { return m_requestPanel; }
    // A note's kind in words, as the timeline shows it ("Status report").
    static QString noteKindText(const QString& kind);

Q_SIGNALS:
    void changed();
    void failed(const QString& message);
    void consentFormRequested(const QString& citizenId);
    void receiptRequested(const QString& consentId, bool latestWithdrawal);

private:
    // The parts of the view, built once by the constructor.
    void buildHeader();
    void buildConflictBanner();
    void buildRetention();    // when the case is deleted, and the hold that keeps it
    QWidget* buildNotesTab(); // the first tab
    void buildTabs(QWidget* notesTab);
    void connectSignals();
    // A case is open: the case's parts are shown, otherwise the placeholder.
    void setOpen(bool open);

    void reload(Journal::Read read = Journal::Read::Show);
    void showHistory();
    // The notes, and the stubs of notes removed on the controller's instruction, in time.
    void fillNotes(const QStringList& conflicted);
    void updateNoteButtons(); // correct and share: a note is there and no stub is selected
    void correctSelected();
    void shareSelected();
    void resolveConflicts();
    void correctDetails();
    void showRetention();
    void endCourse();
    void correctCourse();
    void handOver();
    void hold();
    void release();
    QString selectedNoteId() const;

    QLabel* m_placeholder = nullptr;
    QWidget* m_body = nullptr; // everything of an open case
    Journal& m_journal;
    ClipboardGuard& m_clipboard;
    Settings& m_settings;
    CitizenDetails m_details;
    QList<Conflict> m_conflicts;
    QWidget* m_conflictBanner;
    QLabel* m_conflictText;
    QPushButton* m_correctDetails;
    QWidget* m_retention;
    QLabel* m_retentionText;
    QPushButton* m_hold;
    QPushButton* m_endCourse;
    QPushButton* m_correctCourse;
    QPushButton* m_handOver;
    QPushButton* m_release;
    QLabel* m_header;
    QLabel* m_identity;
    QLabel* m_contact;
    QPushButton* m_copyCpr;
    QTabWidget* m_tabs;
    QListWidget* m_notes;
    QTextBrowser* m_history;
    QTableWidget* m_courses;
    QTableWidget* m_log;
    QPushButton* m_newNote;
    QPushButton* m_correct;
    QPushButton* m_share;
    NoteEditor* m_editor;
    ConsentPanel* m_consentPanel;
    RequestPanel* m_requestPanel;
    RestrictionBar* m_restrictionBar;
};

} // namespace fortrolig
