#include "casefile/NoteEditor.h"

#include "app/core/Dates.h"
#include "app/journal/Journal.h"
#include "casefile/ConsentLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fortrolig {

namespace {
// A draft's course: the course's id, kNoCourse for "No course" chosen, empty when none was.
const QString kNoCourse = QStringLiteral("none");
} // namespace

NoteEditor::NoteEditor(Journal& journal, QWidget* parent) : QWidget(parent), m_journal(journal)
{
    setObjectName(QStringLiteral("noteEditor"));
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("noteEditorTitle"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("noteKind"));
    m_kind->setAccessibleName(tr("Kind of note"));
    m_kind->addItem(tr("Case note"), QStringLiteral("note"));
    m_kind->addItem(tr("Action plan"), QStringLiteral("action-plan"));
    m_kind->addItem(tr("Status report"), QStringLiteral("status-report"));
    m_kind->addItem(tr("The citizen's supplementary statement"),
                    QStringLiteral("supplementary-statement"));
    m_kind->addItem(tr("Closing report"), QStringLiteral("closing-report"));
    m_course = new QComboBox;
    m_course->setObjectName(QStringLiteral("noteCourse"));
    m_course->setAccessibleName(tr("The course the note belongs to"));
    m_course->setToolTip(tr("The note is part of this course: it goes with the course's "
                            "hand-over and is the referring municipality's."));
    m_course->setPlaceholderText(tr("Choose the course..."));
    m_course->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setAccessibleName(tr("Note text"));
    m_text->setTabChangesFocus(true);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("noteEditorStatus"));
    m_save = new QPushButton(tr("&Save note"));
    m_save->setObjectName(QStringLiteral("noteSave"));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_discard = new QPushButton(tr("&Discard draft"));
    m_discard->setObjectName(QStringLiteral("noteDiscard"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_kind);
    // The course on a row of its own: its name, municipality and dates read whole.
    auto* courseRow = new QHBoxLayout;
    courseRow->addWidget(m_course);
    courseRow->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_save);
    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addLayout(top);
    box->addLayout(courseRow);
    box->addWidget(sourceRow());
    box->addWidget(m_text, 1);
    box->addLayout(buttons);

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(700);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (isEditing())
            m_autosave.start();
        m_save->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
    });
    connect(&m_autosave, &QTimer::timeout, this, &NoteEditor::flush);
    connect(m_save, &QPushButton::clicked, this, &NoteEditor::publish);
    connect(m_discard, &QPushButton::clicked, this, &NoteEditor::discard);
    setVisible(false);
}

QWidget* NoteEditor::sourceRow()
{
    m_sourceRow = new QWidget;
    m_sourceKind = new QComboBox;
    m_sourceKind->setObjectName(QStringLiteral("noteSourceKind"));
    m_sourceKind->setAccessibleName(tr("Received from"));
    m_sourceKind->addItem(tr("Our own note"), QString());
    for (const QString& kind : RecipientKind::all())
        m_sourceKind->addItem(tr("Received from: %1").arg(ConsentLabels::recipientKind(kind)),
                              kind);
    m_sourceName = new QLineEdit;
    m_sourceName->setObjectName(QStringLiteral("noteSourceName"));
    m_sourceName->setAccessibleName(tr("Name of the one it came from"));
    m_sourceName->setPlaceholderText(tr("Name (a company, a doctor, a person)"));
    // The name beside the kind, the kinds of information below: narrow enough for a laptop.
    m_sourceDetails = new QWidget;
    auto* details = new QGridLayout(m_sourceDetails);
    details->setContentsMargins(0, 0, 0, 0);
    auto* contains = new QLabel(tr("It contains:"));
    details->addWidget(contains, 0, 0, 2, 1, Qt::AlignTop);
    int i = 0;
    for (const QString& category : InfoCategory::all()) {
        auto* tick = new QCheckBox(ConsentLabels::category(category));
        tick->setObjectName(QStringLiteral("noteSourceCategory_") + category);
        tick->setProperty("category", category);
        details->addWidget(tick, i / 3, 1 + i % 3);
        m_sourceCategories << tick;
        ++i;
    }
    details->setColumnStretch(3, 1);
    auto* row = new QGridLayout(m_sourceRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_sourceKind, 0, 0);
    row->addWidget(m_sourceName, 0, 1);
    row->addWidget(m_sourceDetails, 1, 0, 1, 2);
    row->setColumnStretch(1, 1);
    m_sourceDetails->setVisible(false);
    m_sourceName->setVisible(false);
    connect(m_sourceKind, &QComboBox::currentIndexChanged, this, [this] {
        const bool received = !m_sourceKind->currentData().toString().isEmpty();
        m_sourceDetails->setVisible(received);
        m_sourceName->setVisible(received);
    });
    return m_sourceRow;
}

void NoteEditor::setCourses(const QList<CourseRecord>& courses)
{
    const QString chosen =
        m_course->currentIndex() < 0 ? QStringLiteral("?") : m_course->currentData().toString();
    m_courses = courses;
    m_course->clear();
    for (auto c = courses.crbegin(); c != courses.crend(); ++c) // the latest first
        m_course->addItem(c->actualEnd.isValid()
                              ? tr("%1, %2 (ended %3)")
                                    .arg(c->courseType, c->municipality, Dates::day(c->actualEnd))
                              : tr("%1, %2 (from %3)")
                                    .arg(c->courseType, c->municipality, Dates::day(c->startDate)),
                          c->id);
    m_course->addItem(tr("No course"), QString());
    if (isEditing() && m_draft.noteId.isEmpty())
        m_course->setCurrentIndex(m_course->findData(chosen)); // a sync keeps the choice
}

// A restored draft keeps the course chosen for it; a new note gets the running one
// (suggestedNoteCourse), or none chosen when several run.
void NoteEditor::chooseCourse(const QString& draftCourse)
{
    const NoteCourse suggested = suggestedNoteCourse(m_courses);
    const int draftIndex = draftCourse.isEmpty()      ? -1
                           : draftCourse == kNoCourse ? m_course->findData(QString())
                                                      : m_course->findData(draftCourse);
    m_course->setCurrentIndex(draftIndex >= 0       ? draftIndex
                              : suggested.ambiguous ? -1
                                                    : m_course->findData(suggested.courseId));
    m_course->setVisible(m_draft.noteId.isEmpty() && !m_courses.isEmpty());
}

void NoteEditor::open(const Draft& draft, const QString& title)
{
    m_draft = draft; // a restored correction keeps the version it was begun on
    m_title->setText(title);
    m_kind->setCurrentIndex(
        std::max(0, m_kind->findData(draft.kind.isEmpty() ? QStringLiteral("note") : draft.kind)));
    m_kind->setEnabled(draft.noteId.isEmpty());
    chooseCourse(draft.courseId);
    m_sourceRow->setVisible(draft.noteId.isEmpty()); // a correction keeps the note's source
    m_sourceKind->setCurrentIndex(0);
    m_sourceName->clear();
    for (QCheckBox* tick : std::as_const(m_sourceCategories))
        tick->setChecked(false);
    m_text->blockSignals(true);
    m_text->setPlainText(draft.text);
    m_text->blockSignals(false);
    m_save->setEnabled(!draft.text.trimmed().isEmpty());
    m_status->clear();
    setVisible(true);
    m_text->setFocus();
    m_text->moveCursor(QTextCursor::End);
}

void NoteEditor::startNew(const QString& citizenId)
{
    open(Draft{citizenId, {}, QStringLiteral("note"), {}, {}, {}}, tr("New note"));
}

void NoteEditor::startCorrection(const QString& citizenId, const QString& noteId,
                                 const QString& text, const QString& basedOn)
{
    open(Draft{citizenId, noteId, {}, text, {}, basedOn},
         tr("Correction (the earlier text stays in the history)"));
}

void NoteEditor::restore(const Draft& draft)
{
    open(draft, draft.noteId.isEmpty() ? tr("New note")
                                       : tr("Correction (the earlier text stays in the history)"));
    m_status->setText(tr("Draft restored from %1.").arg(Dates::moment(draft.updatedAt)));
}

void NoteEditor::flush()
{
    m_autosave.stop();
    if (!isEditing())
        return;
    m_draft.text = m_text->toPlainText();
    m_draft.kind = m_kind->currentData().toString();
    if (m_draft.noteId.isEmpty()) // a correction keeps the note's course
        m_draft.courseId = m_course->currentIndex() < 0 ? QString()
                           : m_course->currentData().toString().isEmpty()
                               ? kNoCourse
                               : m_course->currentData().toString();
    if (m_draft.text.isEmpty()) {
        if (Error e = m_journal.discardDraft(m_draft.slot()))
            Q_EMIT failed(e.message());
        return;
    }
    if (Error e = m_journal.saveDraft(m_draft))
        Q_EMIT failed(e.message());
    else
        m_status->setText(tr("Draft saved."));
}

void NoteEditor::publish()
{
    m_autosave.stop();
    const Result<QString> r = save(m_text->toPlainText());
    if (!r.ok()) {
        flush(); // keep what was typed
        Q_EMIT failed(r.error().message());
        return;
    }
    const QString noteId = m_draft.noteId.isEmpty() ? r.value() : m_draft.noteId;
    close();
    Q_EMIT published(noteId);
}

Result<QString> NoteEditor::save(const QString& text)
{
    if (!m_draft.noteId.isEmpty())
        return m_journal.correctNote(m_draft.noteId, text,
                                     m_draft.basedOn.isEmpty() ? QStringList()
                                                               : QStringList{m_draft.basedOn});
    const QString kind = m_kind->currentData().toString();
    if (m_course->isVisibleTo(this) && m_course->currentIndex() < 0) {
        m_course->setFocus();
        return Error(ErrorCode::InvalidInput,
                     tr("Choose the course the note belongs to: the citizen has more than one "
                        "running course."));
    }
    const QString course = m_course->currentData().toString();
    const QString sourceKind = m_sourceKind->currentData().toString();
    if (sourceKind.isEmpty())
        return m_journal.addNote(m_draft.citizenId, text, kind, course);
    const Recipient source{sourceKind, m_sourceName->text().trimmed()};
    QStringList categories;
    for (QCheckBox* tick : std::as_const(m_sourceCategories))
        if (tick->isChecked())
            categories << tick->property("category").toString();
    if (!source.isValid())
        return Error(ErrorCode::InvalidInput, tr("Write the name of the one it came from."));
    if (categories.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     tr("Tick which kinds of information it contains: the consent must allow "
                        "obtaining each of them."));
    return m_journal.addReceivedNote(m_draft.citizenId, text, kind, source, categories, course);
}

void NoteEditor::discard()
{
    if (isEditing()) {
        if (Error e = m_journal.discardDraft(m_draft.slot())) {
            Q_EMIT failed(e.message()); // the draft stays, and so does the editor
            return;
        }
    }
    close();
}

void NoteEditor::close()
{
    m_autosave.stop();
    m_draft = Draft{};
    m_text->blockSignals(true);
    m_text->clear();
    m_text->blockSignals(false);
    setVisible(false);
}

} // namespace fortrolig
