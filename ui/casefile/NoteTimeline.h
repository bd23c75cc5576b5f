#pragma once

#include <QHash>
#include <QStyledItemDelegate>

class QListWidget;
class QListWidgetItem;

namespace fortrolig {

// The notes of a case as a timeline: each note's kind, date and author on a line of their
// own, set apart from the text (the kind in bold, the rest in a quieter colour that keeps a
// contrast of 4.5:1 in light and dark themes); a correction said quietly after them; the text
// below, folded to a few lines unless the note is the current one (the history pane beside
// it shows every version in full).
namespace NoteTimeline {

enum Role
{
    KindRole = Qt::UserRole + 10, // "Samtale"
    MetaRole,                     // "1. december 2026 kl. 21.57 · Anna Jensen"
    QuietRole,                    // "corrected (version 2)" and the like; may be empty
    TextRole,                     // the note's text
};

constexpr int kFoldedLines = 4;

// An item for the list: the parts above in their roles; the plain text (what a copy or a
// test reads) and the screen reader's text are the head line and the text.
QListWidgetItem* item(const QString& kind, const QString& meta, const QString& quiet,
                      const QString& text);

// Sets the delegate on `list` and keeps its rows' heights right as the current note changes
// (it unfolds) and as the list is resized.
void install(QListWidget* list);

class Delegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int lineCount(const QString& text, const QFont& font, int width) const;
    mutable QHash<QString, int> m_lines;
};

} // namespace NoteTimeline

} // namespace fortrolig
