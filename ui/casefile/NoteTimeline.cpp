#include "casefile/NoteTimeline.h"

#include "shell/Colours.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QListWidget>
#include <QPainter>
#include <QTextLayout>

namespace fortrolig::NoteTimeline {

namespace {

constexpr int kMargin = 6;
constexpr int kGap = 2; // between the head line and the text

// Every note but the current one (the one the keyboard is on) is folded.
bool folded(const QStyleOptionViewItem& option, const QModelIndex& index)
{
    const auto* view = qobject_cast<const QAbstractItemView*>(option.widget);
    return !view || view->currentIndex() != index;
}

int textWidth(const QStyleOptionViewItem& option)
{
    const auto* view = qobject_cast<const QAbstractItemView*>(option.widget);
    const int width = view ? view->viewport()->width() : option.rect.width();
    return std::max(80, width - 2 * kMargin);
}

QFont boldOf(QFont font)
{
    font.setBold(true);
    return font;
}

QFont italicOf(QFont font)
{
    font.setItalic(true);
    return font;
}

// The text's lines at `width`; `lines` at most (0: all). `more` is set when some were left.
struct Wrapped
{
    QStringList lines;
    bool more = false;
};

Wrapped wrap(const QString& text, const QFont& font, int width, int lines)
{
    Wrapped out;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString& paragraph : paragraphs) {
        QTextLayout layout(paragraph, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            if (lines > 0 && out.lines.size() == lines) {
                out.more = true;
                break;
            }
            out.lines << paragraph.mid(line.textStart(), line.textLength());
        }
        layout.endLayout(); // (an empty paragraph is one empty line, as in an editor)
        if (out.more)
            break;
    }
    return out;
}

} // namespace

QListWidgetItem* item(const QString& kind, const QString& meta, const QString& quiet,
                      const QString& text)
{
    QString head = kind + QStringLiteral(" · ") + meta;
    if (!quiet.isEmpty())
        head += QStringLiteral(" · ") + quiet;
    auto* it = new QListWidgetItem(head + QLatin1Char('\n') + text);
    it->setData(KindRole, kind);
    it->setData(MetaRole, meta);
    it->setData(QuietRole, quiet);
    it->setData(TextRole, text);
    it->setData(Qt::AccessibleTextRole, QString(head + QStringLiteral(". ") + text));
    it->setToolTip(head); // the head line whole, where a narrow list cuts it short
    return it;
}

void install(QListWidget* list)
{
    auto* delegate = new Delegate(list);
    list->setItemDelegate(delegate);
    list->setResizeMode(QListView::Adjust); // the text wraps anew at the new width
    list->setUniformItemSizes(false);
    list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the text wraps instead
    // A note that unfolds or folds moves the rows below it: the list is laid out again at once
    // (QListView keeps the rows' places until then, which a changed size hint alone does not
    // bring about).
    QObject::connect(list->selectionModel(), &QItemSelectionModel::currentChanged, list,
                     [list](const QModelIndex& now) {
                         list->doItemsLayout();
                         list->scrollTo(now);
                     });
}

// Laying a note's text out is the costly part of the list's layout, which runs again each
// time the current note changes: the count of lines is kept per text, font and width.
int Delegate::lineCount(const QString& text, const QFont& font, int width) const
{
    const QString key =
        font.key() + QLatin1Char('|') + QString::number(width) + QLatin1Char('|') + text;
    const auto known = m_lines.constFind(key);
    if (known != m_lines.cend())
        return *known;
    if (m_lines.size() > 20'000)
        m_lines.clear(); // widths and cases gone by
    const int lines = int(wrap(text, font, width, 0).lines.size());
    m_lines.insert(key, lines);
    return lines;
}

QSize Delegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (!index.data(TextRole).isValid()) // a line of its own (a removed note's stub)
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 2 * kMargin);
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    int lines = lineCount(index.data(TextRole).toString(), opt.font, textWidth(opt));
    if (folded(opt, index) && lines > kFoldedLines)
        lines = kFoldedLines + 1; // "more" takes a line of its own
    const QFontMetrics body(opt.font);
    const QFontMetrics head(boldOf(opt.font));
    // No wider than the list: the text wraps, the list never scrolls sideways.
    return {textWidth(opt), 2 * kMargin + head.height() + kGap + lines * body.lineSpacing()};
}

void Delegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                     const QModelIndex& index) const
{
    if (!index.data(TextRole).isValid()) {
        QStyleOptionViewItem opt(option);
        opt.rect.adjust(kMargin, 0, -kMargin, 0);
        QStyledItemDelegate::paint(painter, opt, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear(); // the background, the selection and the focus frame only
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    QPalette palette = opt.palette;
    palette.setCurrentColorGroup(group);
    const QColor ink =
        selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Text);
    const QColor quiet =
        selected ? ink
                 : Colours::quietText(palette, opt.features & QStyleOptionViewItem::Alternate
                                                   ? QPalette::AlternateBase
                                                   : QPalette::Base);
    painter->save();
    const QRect area = opt.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QFont bold = boldOf(opt.font);
    const QFontMetrics headMetrics(bold);
    int x = area.left();
    const int baseline = area.top() + headMetrics.ascent();
    // The head line: the kind in bold, then when and who, then what changed, quietly.
    const auto draw = [&](const QString& part, const QFont& font, const QColor& colour) {
        if (part.isEmpty() || x >= area.right())
            return;
        painter->setFont(font);
        painter->setPen(colour);
        const QFontMetrics fm(font);
        const QString shown = fm.elidedText(part, Qt::ElideRight, area.right() - x);
        painter->drawText(QPoint(x, baseline), shown);
        x += fm.horizontalAdvance(shown);
    };
    const QString separator = QStringLiteral("  ·  ");
    draw(index.data(KindRole).toString(), bold, ink);
    draw(separator + index.data(MetaRole).toString(), opt.font, quiet);
    const QString changed = index.data(QuietRole).toString();
    if (!changed.isEmpty())
        draw(separator + changed, italicOf(opt.font), quiet);

    // The text, folded unless this is the current note.
    const Wrapped w = wrap(index.data(TextRole).toString(), opt.font, area.width(),
                           folded(opt, index) ? kFoldedLines : 0);
    const QFontMetrics body(opt.font);
    painter->setFont(opt.font);
    painter->setPen(ink);
    int y = area.top() + headMetrics.height() + kGap + body.ascent();
    for (const QString& line : w.lines) {
        painter->drawText(QPoint(area.left(), y), line);
        y += body.lineSpacing();
    }
    if (w.more) {
        painter->setFont(italicOf(opt.font));
        painter->setPen(quiet);
        painter->drawText(QPoint(area.left(), y), tr("... (select the note to read all of it)"));
    }
    painter->restore();
}

} // namespace fortrolig::NoteTimeline
