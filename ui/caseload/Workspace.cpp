#include "caseload/Workspace.h"

#include "app/journal/Journal.h"
#include "casefile/CaseView.h"
#include "caseload/CaseloadModel.h"
#include "caseload/NewCitizenDialog.h"
#include "shell/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace fortrolig {

Workspace::Workspace(Journal& journal, Settings& settings, ClipboardGuard& clipboard,
                     QWidget* parent)
    : QWidget(parent), m_journal(journal), m_settings(settings)
{
    setObjectName(QStringLiteral("workspace"));
    m_model = new CaseloadModel(this);
    m_filter = new CaseloadFilter(this);
    m_filter->setSourceModel(m_model);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);

    buildFilters();
    buildTable();
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("caseloadCount"));
    m_case = new CaseView(journal, clipboard, settings);
    layOut();

    connectSignals();
    setFocusProxy(m_search);
    m_columnsSettled =
        restoreColumns(m_settings.value(Settings::Key::CaseloadColumns).toByteArray());
    reload(); // fits the columns to the caseload, unless a layout was restored
    connectColumns();
}

// The search field and the status filter above the caseload.
void Workspace::buildFilters()
{
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("caseloadSearch"));
    m_search->setPlaceholderText(tr("Search names and notes"));
    m_search->setAccessibleName(tr("Search names and notes"));
    m_search->setClearButtonEnabled(true);
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("caseloadStatusFilter"));
    m_status->setAccessibleName(tr("Show"));
    m_status->addItem(tr("All citizens"), -1);
    m_status->addItem(tr("Active courses"), int(CaseStatus::Active));
    m_status->addItem(tr("Ended courses"), int(CaseStatus::Ended));
    m_status->addItem(tr("Deletion due"), int(CaseStatus::DeletionDue));
    m_status->addItem(tr("No course"), int(CaseStatus::NoCourse));
}

void Workspace::buildTable()
{
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("caseloadTable"));
    m_table->setAccessibleName(tr("Caseload"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CaseloadModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    // Fixed row heights and no wrapping: cheap to lay out with thousands of rows.
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The name is not dragged: it takes the width the other columns leave (fitNameColumn).
    header->setSectionResizeMode(CaseloadModel::Name, QHeaderView::Fixed);
    m_table->viewport()->installEventFilter(this);
    m_wanted.fill(0, CaseloadModel::ColumnCount);
    // The list is never narrower than the name's minimum, so the name is always there to read.
    m_table->setMinimumWidth(nameMinimumWidth() + 2 * m_table->frameWidth() +
                             style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_table));
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table: keyboard users move on
}

// What to do when there is no citizen yet: add one from a referral, or receive the caseload
// from the provider's server.
QWidget* Workspace::buildEmpty()
{
    auto* empty = new QWidget;
    empty->setObjectName(QStringLiteral("caseloadEmpty"));
    auto* text = new QLabel(tr("No citizens yet.\n\nAdd a citizen from a referral, or connect to "
                               "your provider's server to receive your caseload."));
    text->setObjectName(QStringLiteral("caseloadEmptyText"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    auto* add = new QPushButton(tr("&Add a citizen..."));
    add->setObjectName(QStringLiteral("caseloadEmptyAdd"));
    auto* connectServer = new QPushButton(tr("C&onnect to the server..."));
    connectServer->setObjectName(QStringLiteral("caseloadEmptyConnect"));
    connect(add, &QPushButton::clicked, this, &Workspace::newCitizen);
    connect(connectServer, &QPushButton::clicked, this, &Workspace::connectRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(add);
    buttons->addWidget(connectServer);
    buttons->addStretch(1);
    auto* box = new QVBoxLayout(empty);
    box->addStretch(1);
    box->addWidget(text);
    box->addLayout(buttons);
    box->addStretch(1); // in the middle, as the case's placeholder beside it
    empty->setVisible(false);
    return empty;
}

// The caseload with its filters on the left, the case on the right.
void Workspace::layOut()
{
    auto* left = new QWidget;
    auto* leftBox = new QVBoxLayout(left);
    // The case view's own margin and the splitter handle keep the two apart: the list uses
    // the width up to the handle.
    QMargins leftMargins = leftBox->contentsMargins();
    leftMargins.setRight(0);
    leftBox->setContentsMargins(leftMargins);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_status);
    leftBox->addLayout(filters);
    leftBox->addWidget(m_table, 1);
    leftBox->addWidget(m_empty = buildEmpty(), 1);
    leftBox->addWidget(m_count);
    m_split = new QSplitter;
    m_split->setObjectName(QStringLiteral("caseloadSplitter"));
    m_split->addWidget(left);
    m_split->addWidget(m_case);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setCollapsible(0, false); // the caseload cannot be dragged out of sight
    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(m_split);
}

void Workspace::connectSignals()
{
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, &Workspace::runSearch);
    // Enter in the search opens the first citizen found (the keyboard goes to the list, where
    // up and down move on); Ctrl+F comes back to the search from anywhere in the caseload.
    connect(m_search, &QLineEdit::returnPressed, this, &Workspace::openFirstFound);
    auto* find = new QShortcut(QKeySequence::Find, this); // anywhere in the window
    connect(find, &QShortcut::activated, this, [this] {
        if (!isVisible()) // citizen mode: the caseload is hidden and stays so
            return;
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatus(m_status->currentData().toInt()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    m_case->showCitizen(current.data(CaseloadModel::CitizenIdRole).toString());
            });
    connect(m_case, &CaseView::changed, this, [this] { reload(Journal::Read::Redraw); });
    connect(m_case, &CaseView::failed, this, &Workspace::failed);
    connect(m_case, &CaseView::consentFormRequested, this, &Workspace::consentFormRequested);
    connect(m_case, &CaseView::receiptRequested, this, &Workspace::receiptRequested);
    connect(m_split, &QSplitter::splitterMoved, this, [this] { m_splitterMoved = true; });
}

// What the consultant does to the columns from now on: connected after the columns were
// restored or first fitted.
void Workspace::connectColumns()
{
    QHeaderView* header = m_table->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        if (m_fitting || column == CaseloadModel::Name)
            return;
        m_columnsSettled = true; // the consultant's own width, kept from now on
        m_wanted[column] = std::min(size, columnCap());
        if (size > columnCap())
            m_table->horizontalHeader()->resizeSection(column, columnCap());
        else
            fitNameColumn();
    });
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this] { m_columnsSettled = true; });
}

Workspace::~Workspace()
{
    // Only what the consultant chose is kept; otherwise the next unlock fits the columns anew.
    m_settings.setValue(Settings::Key::CaseloadColumns,
                        m_columnsSettled ? m_table->horizontalHeader()->saveState() : QByteArray());
}

int Workspace::cellMargins() const
{
    // The room a cell leaves around its text (QCommonStyle's item margins and the grid line),
    // and a pixel for rounding.
    return 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1) +
           (m_table->showGrid() ? 1 : 0) + 1;
}

int Workspace::nameMinimumWidth() const
{
    // A name's first 15 characters and the ellipsis after them, with room for capitals and
    // wide letters (M, W, Æ) beside narrow ones.
    return m_table->fontMetrics().averageCharWidth() * 18 + cellMargins();
}

int Workspace::columnCap() const
{
    // The longest municipality name (Ringkøbing-Skjern Kommune) and course names fit; a text
    // longer than this is elided rather than pushing the name aside.
    return m_table->fontMetrics().averageCharWidth() * 32 + cellMargins();
}

void Workspace::fitColumns()
{
    QHeaderView* header = m_table->horizontalHeader();
    const QFontMetrics fm = m_table->fontMetrics();
    {
        QScopedValueRollback fitting(m_fitting, true);
        for (int c = 0; c < CaseloadModel::ColumnCount; ++c) {
            if (c == CaseloadModel::Name)
                continue;
            int width = header->sectionSizeHint(c); // the title, with room for the sort arrow
            for (const QString& text : m_model->columnTexts(c))
                width = std::max(width, fm.horizontalAdvance(text) + cellMargins());
            m_wanted[c] = std::min(width, columnCap());
        }
    }
    fitNameColumn();
}

int Workspace::wantedWidth(int column) const
{
    return m_wanted.at(column) > 0 ? m_wanted.at(column)
                                   : m_table->horizontalHeader()->sectionSize(column);
}

void Workspace::fitNameColumn()
{
    QHeaderView* header = m_table->horizontalHeader();
    QList<int> widths(CaseloadModel::ColumnCount);
    int others = 0;
    for (int c = 0; c < CaseloadModel::ColumnCount; ++c) {
        widths[c] = wantedWidth(c);
        if (c != CaseloadModel::Name && !header->isSectionHidden(c))
            others += widths.at(c);
    }
    // A list narrower than its columns want (a case tab that needs room, a small window):
    // the columns that can be read in part give way first, down to their titles, and show
    // the whole text in their tool tips; the CPR and the date, of which a part is no use, never.
    int missing = nameMinimumWidth() + others - m_table->viewport()->width();
    for (const int c :
         {CaseloadModel::CourseType, CaseloadModel::Municipality, CaseloadModel::Status}) {
        if (missing <= 0 || header->isSectionHidden(c))
            continue;
        const int floor = std::min(widths.at(c), header->sectionSizeHint(c));
        const int give = std::min(missing, widths.at(c) - floor);
        widths[c] -= give;
        others -= give;
        missing -= give;
    }
    {
        QScopedValueRollback fitting(m_fitting, true);
        for (int c = 0; c < CaseloadModel::ColumnCount; ++c)
            if (c != CaseloadModel::Name && header->sectionSize(c) != widths.at(c))
                header->resizeSection(c, widths.at(c));
    }
    const int width = std::max(nameMinimumWidth(), m_table->viewport()->width() - others);
    if (header->sectionSize(CaseloadModel::Name) != width)
        header->resizeSection(CaseloadModel::Name, width);
}

bool Workspace::restoreColumns(const QByteArray& state)
{
    if (state.isEmpty())
        return false;
    // Tried on a header of its own first: a saved layout that would hide the name, squash it
    // or push it aside (an older version's, a damaged file's) never reaches the list.
    QHeaderView probe(Qt::Horizontal);
    probe.setModel(m_filter);
    if (!probe.restoreState(state) || probe.count() != CaseloadModel::ColumnCount)
        return false;
    for (int c = 0; c < CaseloadModel::ColumnCount; ++c) {
        if (probe.isSectionHidden(c) || probe.visualIndex(c) != c)
            return false;
        const int size = probe.sectionSize(c);
        if (c == CaseloadModel::Name ? size < nameMinimumWidth()
                                     : size < probe.minimumSectionSize() || size > columnCap())
            return false;
    }
    QHeaderView* header = m_table->horizontalHeader();
    {
        QScopedValueRollback fitting(m_fitting, true);
        header->restoreState(state);
        // The state carries resize modes as well: these stay ours.
        header->setStretchLastSection(false);
        header->setSectionResizeMode(QHeaderView::Interactive);
        header->setSectionResizeMode(CaseloadModel::Name, QHeaderView::Fixed);
        for (int c = 0; c < CaseloadModel::ColumnCount; ++c)
            m_wanted[c] = header->sectionSize(c);
    }
    if (header->sortIndicatorSection() >= 0)
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    fitNameColumn();
    return true;
}

void Workspace::placeSplitter()
{
    // Until the consultant moves the splitter, the caseload gets the room its columns want
    // (the name at a comfortable width) and the case the rest; in a narrow window the list
    // gives way first, down to its minimum.
    const int total = m_split->width() - m_split->handleWidth();
    QWidget* left = m_split->widget(0);
    if (total <= 0 || !left->layout())
        return;
    const QMargins margins = left->layout()->contentsMargins();
    QHeaderView* header = m_table->horizontalHeader();
    int columns = m_table->fontMetrics().averageCharWidth() * 26 + cellMargins();
    for (int c = 0; c < CaseloadModel::ColumnCount; ++c) {
        if (c != CaseloadModel::Name && !header->isSectionHidden(c))
            columns += wantedWidth(c);
    }
    const int wanted = margins.left() + margins.right() + 2 * m_table->frameWidth() +
                       style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_table) + columns;
    const int caseMinimum = std::max(m_case->minimumSizeHint().width(), m_case->minimumWidth());
    const int width =
        std::max(std::min(wanted, total - caseMinimum), left->minimumSizeHint().width());
    m_split->setSizes({width, std::max(0, total - width)});
}

void Workspace::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_splitterMoved)
        placeSplitter();
}

void Workspace::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (!m_splitterMoved && isVisible())
        placeSplitter();
}

bool Workspace::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitNameColumn();
    return QWidget::eventFilter(watched, event);
}

void Workspace::reload(Journal::Read read)
{
    const QString selected = m_case->citizenId();
    auto rows = m_journal.caseload(read);
    if (!rows.ok()) {
        Q_EMIT failed(rows.error().message());
        return;
    }
    m_model->setRows(rows.value());
    if (!m_columnsSettled)
        fitColumns();
    m_count->setText(tr("%n citizen(s)", nullptr, int(rows->size())));
    // No citizen at all (not: none that the search or filter shows): say what to do.
    m_empty->setVisible(rows->isEmpty());
    m_table->setVisible(!rows->isEmpty());
    if (!selected.isEmpty())
        selectCitizen(selected);
}

void Workspace::selectCitizen(const QString& citizenId)
{
    const int row = m_model->rowOf(citizenId);
    if (row < 0)
        return;
    const QModelIndex proxy = m_filter->mapFromSource(m_model->index(row, 0));
    if (proxy.isValid())
        m_table->setCurrentIndex(proxy);
    else
        m_case->showCitizen(citizenId);
}

void Workspace::runSearch()
{
    const QString text = m_search->text().trimmed();
    if (ftsQueryFor(text).isEmpty()) {
        m_filter->setMatches(std::nullopt);
        return;
    }
    auto hits = m_journal.search(text, 200);
    if (!hits.ok()) {
        Q_EMIT failed(hits.error().message());
        return;
    }
    QSet<QString> ids;
    for (const SearchHit& h : std::as_const(hits.value()))
        ids.insert(h.citizenId);
    m_filter->setMatches(ids);
}

void Workspace::openFirstFound()
{
    if (m_searchDelay.isActive()) { // typed faster than the search waits: now
        m_searchDelay.stop();
        runSearch();
    }
    if (m_filter->rowCount() == 0)
        return;
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->setCurrentIndex(m_filter->index(0, CaseloadModel::Name));
}

void Workspace::newCitizen()
{
    NewCitizenDialog dialog(m_settings.courseTypes(), this);
    if (auto reg = m_journal.municipalities(); reg.ok()) // offices, not a citizen: not logged
        dialog.setRegister(reg.value());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ReferralForm f = dialog.form();
    if (!f.check().ok())
        return;
    auto id = m_journal.addCitizenWithCourse(
        f.name, *Cpr::parse(f.cpr),
        {{}, f.municipality, f.courseType, f.referralDate, f.startDate, f.plannedEnd});
    if (!id.ok()) {
        Q_EMIT failed(id.error().message());
        return;
    }
    reload(Journal::Read::Redraw); // the new citizen is logged as created
    selectCitizen(id.value());
}

void Workspace::findByCpr()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("findCprDialog"));
    dialog.setWindowTitle(tr("Find a citizen by CPR number"));
    auto* cpr = new QLineEdit;
    cpr->setObjectName(QStringLiteral("findCprNumber"));
    cpr->setAccessibleName(tr("CPR number"));
    auto* reason = new QLineEdit;
    reason->setObjectName(QStringLiteral("findCprReason"));
    reason->setAccessibleName(tr("Reason for the look-up"));
    auto* note =
        new QLabel(tr("Looking a citizen up by CPR number is recorded in the access log with "
                      "your reason."));
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* form = new QFormLayout(&dialog);
    form->addRow(note);
    form->addRow(tr("&CPR number:"), cpr);
    form->addRow(tr("&Reason:"), reason);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto number = Cpr::parse(cpr->text());
    if (!number || reason->text().trimmed().isEmpty()) {
        Q_EMIT failed(tr("Write a valid CPR number and the reason for looking it up."));
        return;
    }
    auto id = m_journal.findByCpr(*number, reason->text().trimmed());
    if (!id.ok()) {
        Q_EMIT failed(id.error().code == ErrorCode::NotFound
                          ? tr("No citizen in your caseload has that CPR number.")
                          : id.error().message());
        return;
    }
    m_search->clear();
    m_status->setCurrentIndex(0);
    selectCitizen(id.value());
}

void Workspace::flushDrafts()
{
    m_case->flushDraft();
}

} // namespace fortrolig
