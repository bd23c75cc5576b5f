#pragma once

#include "app/journal/Records.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace fortrolig {

class Journal;

// Writes a new note or a correction. What is typed is saved as an encrypted draft in the
// journal a moment after each change, so a crash or a lock loses nothing. A new note may
// record what was received from someone else (a doctor's statement): then the consent gate
// is asked whether those kinds of information may be obtained from them, and the note is
// saved only if so, with a record of what was obtained (Journal::addReceivedNote).
class NoteEditor : public QWidget
{
    Q_OBJECT
public:
    NoteEditor(Journal& journal, QWidget* parent = nullptr);
    // The citizen's courses, offered for a new note (CaseView passes them at each reload).
    void setCourses(const QList<CourseRecord>& courses);
    void startNew(const QString& citizenId);
    // `basedOn`: the version shown when the correction began; if another correction arrives
    // by sync meanwhile, both are kept as a conflict instead of this one silently winning.
    void startCorrection(const QString& citizenId, const QString& noteId, const QString& text,
                         const QString& basedOn = {});
    void restore(const Draft& draft);
    void flush(); // saves the draft now (before a lock)
    void close();
    bool isEditing() const { return !m_draft.citizenId.isEmpty(); }
    QString correcting() const { return m_draft.noteId; } // the note, for a correction

Q_SIGNALS:
    void published(const QString& noteId);
    void failed(const QString& message);

private:
    void open(const Draft& draft, const QString& title);
    void chooseCourse(const QString& draftCourse);
    void publish();
    void discard();
    QWidget* sourceRow(); // "Received from" with the kinds of information
    Result<QString> save(const QString& text);
    Journal& m_journal;
    Draft m_draft;
    QLabel* m_title;
    QComboBox* m_kind;
    QComboBox* m_course; // a new note's course; hidden for a correction and with no course
    QList<CourseRecord> m_courses;
    QWidget* m_sourceRow = nullptr;
    QComboBox* m_sourceKind = nullptr; // empty data: our own note
    QLineEdit* m_sourceName = nullptr;
    QWidget* m_sourceDetails = nullptr;
    QList<QCheckBox*> m_sourceCategories;
    QPlainTextEdit* m_text;
    QLabel* m_status;
    QPushButton* m_save;
    QPushButton* m_discard;
    QTimer m_autosave;
};

} // namespace fortrolig
