#include "casefile/NoteEditor.h"

#include "app/journal/Journal.h"
#include "shell/Times.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fortrolig {

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
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_save);
    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addLayout(top);
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

void NoteEditor::open(const Draft& draft, const QString& title)
{
    m_draft = draft; // a restored correction keeps the version it was begun on
    m_title->setText(title);
    m_kind->setCurrentIndex(
        std::max(0, m_kind->findData(draft.kind.isEmpty() ? QStringLiteral("note") : draft.kind)));
    m_kind->setEnabled(draft.noteId.isEmpty());
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
    m_status->setText(tr("Draft restored from %1.").arg(Times::minute(draft.updatedAt)));
}

void NoteEditor::flush()
{
    m_autosave.stop();
    if (!isEditing())
        return;
    m_draft.text = m_text->toPlainText();
    m_draft.kind = m_kind->currentData().toString();
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
    const QString text = m_text->toPlainText();
    Result<QString> r =
        m_draft.noteId.isEmpty()
            ? m_journal.addNote(m_draft.citizenId, text, m_kind->currentData().toString())
            : m_journal.correctNote(m_draft.noteId, text,
                                    m_draft.basedOn.isEmpty() ? QStringList()
                                                              : QStringList{m_draft.basedOn});
    if (!r.ok()) {
        flush(); // keep what was typed
        Q_EMIT failed(r.error().message());
        return;
    }
    const QString noteId = m_draft.noteId.isEmpty() ? r.value() : m_draft.noteId;
    close();
    Q_EMIT published(noteId);
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
