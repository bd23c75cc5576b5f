#include "casefile/CaseView.h"

#include "app/core/Dates.h"
#include "app/journal/Journal.h"
#include "casefile/ConsentPanel.h"
#include "casefile/NoteEditor.h"
#include "casefile/NoteTimeline.h"
#include "casefile/ReadOnlyTable.h"
#include "casefile/RequestPanel.h"
#include "casefile/RestrictionBar.h"
#include "casefile/RetentionText.h"
#include "casefile/ShareDialog.h"
#include "shell/ClipboardGuard.h"
#include "shell/Colours.h"
#include "shell/Settings.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fortrolig {

namespace {
// A row of the notes list that stands for a removed note (a stub: no note behind it).
constexpr int kRemovedRole = Qt::UserRole + 1;

QString when(const QDateTime& moment)
{
    return Dates::moment(moment);
}

void setRow(QTableWidget* t, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

} // namespace

CaseView::CaseView(Journal& journal, ClipboardGuard& clipboard, Settings& settings, QWidget* parent)
    : QWidget(parent), m_journal(journal), m_clipboard(clipboard), m_settings(settings)
{
    setObjectName(QStringLiteral("caseView"));
    buildHeader();
    buildConflictBanner();
    buildRetention();
    QWidget* notesTab = buildNotesTab();
    buildTabs(notesTab);

    auto* who = new QVBoxLayout;
    who->setSpacing(2);
    who->addWidget(m_header);
    who->addWidget(m_identity);
    auto* head = new QHBoxLayout;
    head->addLayout(who, 1);
    head->addWidget(m_copyCpr);
    head->addWidget(m_correctDetails);
    // With no case open, a few calm words instead of empty tabs and greyed buttons.
    m_placeholder = new QLabel(
        tr("Choose a citizen in the list to open the case.\n\nOpening a case is a use of the "
           "citizen's data: it is written in the access log."));
    m_placeholder->setObjectName(QStringLiteral("casePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_body = new QWidget;
    auto* outer = new QVBoxLayout(this);
    outer->addWidget(m_placeholder, 1);
    outer->addWidget(m_body, 1);
    auto* box = new QVBoxLayout(m_body);
    box->setContentsMargins(0, 0, 0, 0);
    box->addLayout(head);
    box->addWidget(m_contact);
    box->addWidget(m_conflictBanner);
    box->addWidget(m_restrictionBar = new RestrictionBar(m_journal, m_settings));
    box->addWidget(m_retention);
    box->addWidget(m_tabs, 1);

    connectSignals();
    setOpen(false);
}

void CaseView::setOpen(bool open)
{
    m_body->setEnabled(open); // not the placeholder: in the window's own colours, readable
    m_placeholder->setVisible(!open);
    m_body->setVisible(open);
}

// The citizen's name and CPR number, with the buttons that go with them.
void CaseView::buildHeader()
{
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("caseHeader"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    QFont f = m_header->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    m_header->setFont(f);
    m_identity = new QLabel; // the CPR number masked and the birthday, under the name
    m_identity->setObjectName(QStringLiteral("caseIdentity"));
    m_identity->setTextFormat(Qt::PlainText);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_contact = new QLabel; // the contact details given, hidden when none is
    m_contact->setObjectName(QStringLiteral("caseContact"));
    m_contact->setTextFormat(Qt::PlainText);
    m_contact->setWordWrap(true);
    m_contact->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_copyCpr = new QPushButton(tr("Copy &CPR"));
    m_copyCpr->setObjectName(QStringLiteral("copyCpr"));
    m_copyCpr->setToolTip(
        tr("Copies the full CPR number; the clipboard is cleared after 30 seconds."));
    m_correctDetails = new QPushButton(tr("Correct &details..."));
    m_correctDetails->setObjectName(QStringLiteral("correctDetails"));
    m_correctDetails->setToolTip(
        tr("Correct the citizen's name or CPR number, or give or correct their address, "
           "phone or e-mail."));
}

// Shown when sync found the same thing changed on two computers.
void CaseView::buildConflictBanner()
{
    m_conflictBanner = new QWidget;
    m_conflictBanner->setObjectName(QStringLiteral("conflictBanner"));
    Colours::makeNotice(m_conflictBanner);
    m_conflictText = new QLabel;
    m_conflictText->setObjectName(QStringLiteral("conflictText"));
    m_conflictText->setWordWrap(true);
    auto* resolve = new QPushButton(tr("Resol&ve..."));
    resolve->setObjectName(QStringLiteral("resolveConflicts"));
    auto* bannerRow = new QHBoxLayout(m_conflictBanner);
    bannerRow->addWidget(m_conflictText, 1);
    bannerRow->addWidget(resolve);
    m_conflictBanner->setVisible(false);
    connect(resolve, &QPushButton::clicked, this, &CaseView::resolveConflicts);
}

// Retention: when the case is deleted and why, or what keeps it, with the hold's buttons.
// Nothing to click on the normal path: the case is deleted on its date by itself.
void CaseView::buildRetention()
{
    m_retention = new QWidget;
    m_retention->setObjectName(QStringLiteral("retentionBox"));
    m_retentionText = new QLabel;
    m_retentionText->setObjectName(QStringLiteral("retentionText"));
    m_retentionText->setTextFormat(Qt::PlainText);
    m_retentionText->setWordWrap(true);
    m_retentionText->setAccessibleName(tr("Retention"));
    m_hold = new QPushButton(tr("Ho&ld..."));
    m_hold->setObjectName(QStringLiteral("holdCase"));
    m_hold->setToolTip(tr("Keep the case past its deletion date, e.g. while a complaint is "
                          "in progress."));
    m_release = new QPushButton(tr("Rel&ease"));
    m_release->setObjectName(QStringLiteral("releaseCase"));
    m_release->setToolTip(tr("End your hold: the case is deleted on its date again."));
    m_endCourse = new QPushButton(tr("End co&urse..."));
    m_endCourse->setObjectName(QStringLiteral("endCourse"));
    m_endCourse->setToolTip(tr("Record the day the course ended: the retention period starts "
                               "then."));
    m_handOver = new QPushButton(tr("Hand over to the &jobcentre..."));
    m_handOver->setObjectName(QStringLiteral("handOver"));
    m_handOver->setToolTip(tr("Send an ended course's closing report, reports, consents and "
                              "disclosure log back to its municipality."));
    m_retention->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto* row = new QHBoxLayout(m_retention);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_retentionText, 1);
    row->addWidget(m_endCourse, 0, Qt::AlignTop);
    row->addWidget(m_handOver, 0, Qt::AlignTop);
    row->addWidget(m_hold, 0, Qt::AlignTop);
    row->addWidget(m_release, 0, Qt::AlignTop);
    connect(m_endCourse, &QPushButton::clicked, this, &CaseView::endCourse);
    connect(m_handOver, &QPushButton::clicked, this, &CaseView::handOver);
    connect(m_hold, &QPushButton::clicked, this, &CaseView::hold);
    connect(m_release, &QPushButton::clicked, this, &CaseView::release);
}

// The notes, the selected note's history and the editor, with the buttons above them.
QWidget* CaseView::buildNotesTab()
{
    m_notes = new QListWidget;
    m_notes->setObjectName(QStringLiteral("notesList"));
    m_notes->setAccessibleName(tr("Notes, newest last"));
    m_notes->setAccessibleDescription(
        tr("Up and down move between notes; Enter shows the note's history; F2 corrects it."));
    m_notes->setAlternatingRowColors(true);
    NoteTimeline::install(m_notes);
    m_history = new QTextBrowser;
    m_history->setObjectName(QStringLiteral("noteHistory"));
    m_history->setAccessibleName(tr("History of the selected note"));
    m_newNote = new QPushButton(tr("Ne&w note"));
    m_newNote->setObjectName(QStringLiteral("newNote"));
    m_newNote->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_correct = new QPushButton(tr("Co&rrect note"));
    m_share = new QPushButton(tr("S&hare..."));
    m_share->setObjectName(QStringLiteral("shareNote"));
    m_share->setToolTip(tr("Share the selected note, if the citizen's consent allows it."));
    m_correct->setObjectName(QStringLiteral("correctNote"));
    m_editor = new NoteEditor(m_journal);

    auto* notesTab = new QWidget;
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_notes);
    split->addWidget(m_history);
    split->addWidget(m_editor);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 2);
    split->setChildrenCollapsible(false);
    m_notes->setMinimumHeight(120);
    m_history->setMinimumHeight(60);
    m_editor->setMinimumHeight(180);
    auto* noteButtons = new QHBoxLayout;
    noteButtons->addWidget(m_newNote);
    noteButtons->addWidget(m_correct);
    noteButtons->addWidget(m_share);
    noteButtons->addStretch();
    auto* notesBox = new QVBoxLayout(notesTab);
    notesBox->addLayout(noteButtons);
    notesBox->addWidget(split, 1);
    return notesTab;
}

// The notes, the courses, the consents, the requests and the access log, a tab each.
void CaseView::buildTabs(QWidget* notesTab)
{
    m_courses =
        makeReadOnlyTable(QStringLiteral("coursesTable"),
                          {tr("Course"), tr("Municipality"), tr("Referral"), tr("Start"),
                           tr("Planned end"), tr("Ended"), tr("Why it ended"), tr("Handed over")},
                          tr("Courses"));
    m_log = makeReadOnlyTable(QStringLiteral("accessLogTable"),
                              {tr("Time"), tr("Consultant"), tr("Use"), tr("Reason")},
                              tr("Access log"));
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_tabs->addTab(notesTab, tr("&Notes"));
    m_correctCourse = new QPushButton(tr("Correc&t a course..."));
    m_correctCourse->setObjectName(QStringLiteral("correctCourse"));
    m_correctCourse->setToolTip(tr("Correct a course's municipality, type or dates; what it "
                                   "said before stays in the case's history."));
    connect(m_correctCourse, &QPushButton::clicked, this, &CaseView::correctCourse);
    auto* coursesTab = new QWidget;
    auto* coursesBox = new QVBoxLayout(coursesTab);
    coursesBox->addWidget(m_courses, 1);
    coursesBox->addWidget(m_correctCourse, 0, Qt::AlignLeft);
    m_tabs->addTab(coursesTab, tr("C&ourses"));
    m_consentPanel = new ConsentPanel(m_journal);
    m_tabs->addTab(m_consentPanel, tr("Con&sents"));
    m_requestPanel = new RequestPanel(m_journal, m_settings);
    m_tabs->addTab(m_requestPanel, tr("Re&quests"));
    m_tabs->addTab(m_log, tr("&Access log"));
}

void CaseView::connectSignals()
{
    connect(m_correctDetails, &QPushButton::clicked, this, &CaseView::correctDetails);
    connect(m_copyCpr, &QPushButton::clicked, this, [this] { m_clipboard.copy(m_details.cpr); });
    m_clipboard.guard(m_history);
    m_clipboard.guard(m_editor->findChild<QPlainTextEdit*>(QStringLiteral("noteText")));
    connect(m_newNote, &QPushButton::clicked, this, [this] { m_editor->startNew(m_details.id); });
    connect(m_correct, &QPushButton::clicked, this, &CaseView::correctSelected);
    // From the timeline by keyboard: Enter reads the note's history, Escape comes back, F2
    // corrects it.
    const auto onNotes = [this](QKeySequence keys, QWidget* where, auto slot) {
        auto* s = new QShortcut(keys, where, nullptr, nullptr, Qt::WidgetShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    onNotes(QKeySequence(Qt::Key_Return), m_notes, [this] { m_history->setFocus(); });
    onNotes(QKeySequence(Qt::Key_Enter), m_notes, [this] { m_history->setFocus(); });
    onNotes(QKeySequence(Qt::Key_Escape), m_history, [this] { m_notes->setFocus(); });
    onNotes(QKeySequence(Qt::Key_F2), m_notes, [this] {
        if (m_correct->isEnabled())
            correctSelected();
    });
    connect(m_share, &QPushButton::clicked, this, &CaseView::shareSelected);
    connect(m_notes, &QListWidget::currentRowChanged, this, &CaseView::showHistory);
    // The saved note is logged as created; redrawing the case is not a new use of it, and
    // the caseload does not change with a note.
    connect(m_editor, &NoteEditor::published, this, [this] {
        reload(Journal::Read::Redraw);
        // The keyboard goes on from the notes' buttons, not from wherever the closed editor
        // left it; the saved note is not selected, as showing its history is a logged use.
        m_newNote->setFocus(Qt::OtherFocusReason);
    });
    connect(m_editor, &NoteEditor::failed, this, &CaseView::failed);
    connect(m_consentPanel, &ConsentPanel::failed, this, &CaseView::failed);
    connect(m_consentPanel, &ConsentPanel::consentFormRequested, this,
            [this] { Q_EMIT consentFormRequested(m_details.id); });
    connect(m_consentPanel, &ConsentPanel::receiptRequested, this, &CaseView::receiptRequested);
    connect(m_requestPanel, &RequestPanel::failed, this, &CaseView::failed);
    connect(m_requestPanel, &RequestPanel::notice, this, &CaseView::failed); // the status bar
    connect(m_requestPanel, &RequestPanel::changed, this, &CaseView::changed);
    connect(m_requestPanel, &RequestPanel::changed, this,
            [this] { m_restrictionBar->showCitizen(m_details.id); });
    connect(m_restrictionBar, &RestrictionBar::changed, this, [this] {
        reload(Journal::Read::Redraw);
        Q_EMIT changed();
    });
}

void CaseView::showCitizen(const QString& citizenId)
{
    if (citizenId == m_details.id)
        return;
    flushDraft();
    m_editor->close();
    m_details = CitizenDetails{};
    m_details.id = citizenId;
    reload();
    auto drafts = m_journal.drafts(citizenId);
    if (drafts.ok() && !drafts->isEmpty())
        m_editor->restore(drafts->last());
}

void CaseView::reload(Journal::Read read)
{
    auto d = m_journal.citizen(m_details.id, {}, read);
    if (!d.ok()) {
        setOpen(false);
        Q_EMIT failed(d.error().message());
        return;
    }
    m_details = d.value();
    m_editor->setCourses(m_details.courses);
    setOpen(true);
    m_header->setText(m_details.name);
    m_identity->setText(
        tr("CPR %1 · born %2").arg(m_details.maskedCpr, Dates::day(m_details.birthDate)));
    QStringList contact;
    for (const auto& [label, value] : {std::pair{tr("Address: %1"), m_details.address},
                                       std::pair{tr("Phone: %1"), m_details.phone},
                                       std::pair{tr("E-mail: %1"), m_details.email}})
        if (!value.isEmpty())
            contact << label.arg(value);
    m_contact->setText(contact.join(QStringLiteral("   ")));
    m_contact->setVisible(!contact.isEmpty());
    auto conflicts = m_journal.conflicts(m_details.id);
    m_conflicts = conflicts.ok() ? conflicts.value() : QList<Conflict>();
    QStringList conflicted;
    for (const Conflict& c : std::as_const(m_conflicts))
        conflicted << c.objectId;
    m_conflictBanner->setVisible(!m_conflicts.isEmpty());
    m_conflictText->setText(
        tr("%n change(s) in this case were made on two computers before they synced. Both "
           "versions are kept until you choose.",
           nullptr, int(m_conflicts.size())));
    fillNotes(conflicted);
    m_history->clear();
    m_courses->setRowCount(int(m_details.courses.size()));
    m_correctCourse->setEnabled(!m_details.courses.isEmpty());
    for (int i = 0; i < m_details.courses.size(); ++i) {
        const CourseRecord& c = m_details.courses.at(i);
        setRow(m_courses, i,
               {c.courseType, c.municipality, Dates::shortDay(c.referralDate),
                Dates::shortDay(c.startDate), Dates::shortDay(c.plannedEnd),
                Dates::shortDay(c.actualEnd), CourseEnd::reasonText(c.endReason),
                c.handedOverAt.isValid() ? Dates::shortDay(c.handedOverAt)
                : c.actualEnd.isValid()  ? tr("Not yet")
                                         : QString()});
    }
    auto log = m_journal.accessLog(m_details.id);
    if (log.ok()) {
        m_log->setRowCount(int(log->size()));
        for (int i = 0; i < log->size(); ++i) {
            const AccessLogEntry& e = log->at(i);
            setRow(m_log, i, {Dates::shortMoment(e.at), e.consultant, e.action, e.reason});
        }
    }
    updateNoteButtons();
    m_consentPanel->showCitizen(m_details.id, read);
    m_requestPanel->showCitizen(m_details.id, m_details.courses.isEmpty()
                                                  ? QString()
                                                  : m_details.courses.last().municipality);
    showRetention();
    m_restrictionBar->showCitizen(m_details.id);
}

void CaseView::fillNotes(const QStringList& conflicted)
{
    m_notes->clear();
    const QList<RemovedNote>& removed = m_details.removedNotes;
    qsizetype stub = 0;
    // A stub goes where the note's removal falls among the notes (by when they were written).
    const auto addStubsBefore = [&](const QDateTime& moment) {
        for (; stub < removed.size() && (!moment.isValid() || removed.at(stub).removedAt <= moment);
             ++stub) {
            const RemovedNote& r = removed.at(stub);
            if (m_editor->correcting() == r.noteId)
                m_editor->close(); // its draft went with it
            const QString text = tr("Note removed on instruction (%1), %2")
                                     .arg(r.reference, Dates::day(r.removedAt));
            auto* item = new QListWidgetItem(text);
            item->setData(Qt::UserRole, QString());
            item->setData(kRemovedRole, true);
            item->setData(Qt::AccessibleTextRole, text);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable); // not editable
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
            m_notes->addItem(item);
        }
    };
    for (const NoteSummary& n : std::as_const(m_details.notes)) {
        addStubsBefore(n.createdAt.isValid() ? n.createdAt : n.current.writtenAt);
        QString meta = when(n.current.writtenAt);
        if (!n.current.author.isEmpty())
            meta += QStringLiteral(" · ") + n.current.author;
        // With more than one course, which one the note is of (whose controller's it is).
        for (const CourseRecord& c : std::as_const(m_details.courses))
            if (m_details.courses.size() > 1 && c.id == n.courseId)
                meta +=
                    QStringLiteral(" · ") + c.courseType + QStringLiteral(", ") + c.municipality;
        if (conflicted.contains(n.noteId))
            meta += QStringLiteral(" · ") + tr("changed on two computers");
        auto* item = NoteTimeline::item(
            noteKindText(n.kind), meta,
            n.versions > 1 ? tr("corrected (version %1)").arg(n.versions) : QString(),
            n.current.text);
        item->setData(Qt::UserRole, n.noteId);
        m_notes->addItem(item);
    }
    addStubsBefore({}); // the rest, after the newest note
}

void CaseView::updateNoteButtons()
{
    const QListWidgetItem* item = m_notes->currentItem();
    const bool stub = item && item->data(kRemovedRole).toBool();
    const bool any = !m_details.notes.isEmpty() && !stub;
    m_correct->setEnabled(any);
    m_share->setEnabled(any);
}

void CaseView::showRetention()
{
    auto r = m_journal.caseRetention(m_details.id);
    auto s = m_journal.retention();
    if (!r.ok() || !s.ok()) {
        m_retentionText->setText(tr("The retention rules could not be read: nothing is deleted."));
        return;
    }
    m_retentionText->setText(RetentionText::describe(r.value(), s.value(), QDate::currentDate()));
    bool mine = false; // a hold of the consultant's, which they can release
    for (const CaseHold& h : std::as_const(r->holds))
        mine = mine || (!h.fromServer && !h.restriction);
    m_hold->setVisible(!mine);
    m_release->setVisible(mine);
    m_endCourse->setVisible(r->facts.courseOpen);
    m_handOver->setVisible(r->facts.courseEnd.isValid()); // a course has ended
}

QString CaseView::noteKindText(const QString& kind)
{
    return fortrolig::noteKindText(kind);
}

QString CaseView::selectedNoteId() const
{
    const QListWidgetItem* item = m_notes->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void CaseView::showHistory()
{
    updateNoteButtons();
    const QString noteId = selectedNoteId();
    const QListWidgetItem* item = m_notes->currentItem();
    if (item && item->data(kRemovedRole).toBool()) {
        m_history->setPlainText(
            item->text() + QStringLiteral("\n\n") +
            tr("Every version of this note was removed on the controller's instruction (it was "
               "written in the wrong case). Only this line stays in the case."));
        return;
    }
    if (noteId.isEmpty()) {
        m_history->clear();
        return;
    }
    auto history = m_journal.noteHistory(noteId);
    if (!history.ok())
        return;
    QString html;
    for (const NoteVersion& v : std::as_const(history.value())) {
        const QString author =
            v.sentBy.isEmpty() ? v.author : tr("%1 (sent by %2)").arg(v.author, v.sentBy);
        html +=
            QStringLiteral("<p><b>") +
            tr("Version %1, %2, %3").arg(v.version).arg(when(v.writtenAt), author.toHtmlEscaped()) +
            (v.isCurrent() ? QStringLiteral(" · ") + tr("current")
                           : QStringLiteral(" · ") + tr("superseded")) +
            QStringLiteral("</b><br>") +
            v.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
            QStringLiteral("</p>");
    }
    m_history->setHtml(html);
}

void CaseView::correctSelected()
{
    const QString noteId = selectedNoteId();
    for (const NoteSummary& n : std::as_const(m_details.notes)) {
        if (n.noteId == noteId) {
            m_editor->startCorrection(m_details.id, noteId, n.current.text, n.current.id);
            return;
        }
    }
}

void CaseView::shareSelected()
{
    const QString noteId = selectedNoteId();
    for (const NoteSummary& n : std::as_const(m_details.notes)) {
        if (n.noteId != noteId)
            continue;
        ShareDialog dialog(m_journal, m_details.id,
                           noteKindText(n.kind) + QStringLiteral(" ") + when(n.current.writtenAt),
                           n.current.text, m_settings.shareFolder(), this);
        if (dialog.exec() == QDialog::Accepted)
            reload(Journal::Read::Redraw); // the disclosure shows in the Consents tab
        return;
    }
}

void CaseView::clear()
{
    m_editor->close();
    m_details = CitizenDetails{};
    m_conflicts.clear();
    m_header->clear();
    m_identity->clear();
    m_contact->clear();
    m_contact->setVisible(false);
    m_notes->clear();
    m_history->clear();
    m_courses->setRowCount(0);
    m_log->setRowCount(0);
    m_conflictBanner->setVisible(false);
    m_retentionText->clear();
    setOpen(false);
}

void CaseView::flushDraft()
{
    if (m_editor->isEditing())
        m_editor->flush();
}

} // namespace fortrolig
