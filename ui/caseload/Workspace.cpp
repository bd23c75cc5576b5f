#include "caseload/Workspace.h"

#include "app/Settings.h"
#include "casefile/CaseView.h"
#include "caseload/CaseloadModel.h"
#include "caseload/NewCitizenDialog.h"
#include "journal/Journal.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
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
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(CaseloadModel::Name, QHeaderView::Stretch);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_table->setColumnWidth(
        CaseloadModel::Cpr,
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("000000-XXXX")) + em * 2);
    m_table->setColumnWidth(CaseloadModel::Status, em * 6);
    m_table->setColumnWidth(CaseloadModel::Municipality, em * 10);
    m_table->setColumnWidth(CaseloadModel::CourseType, em * 11);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table: keyboard users move on
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("caseloadCount"));
    m_case = new CaseView(journal, clipboard, settings);

    auto* left = new QWidget;
    auto* leftBox = new QVBoxLayout(left);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_status);
    leftBox->addLayout(filters);
    leftBox->addWidget(m_table, 1);
    leftBox->addWidget(m_count);
    auto* split = new QSplitter;
    split->addWidget(left);
    split->addWidget(m_case);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({720, 560});
    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(split);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, &Workspace::runSearch);
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatus(m_status->currentData().toInt()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    m_case->showCitizen(current.data(CaseloadModel::CitizenIdRole).toString());
            });
    connect(m_case, &CaseView::changed, this, &Workspace::reload);
    connect(m_case, &CaseView::failed, this, &Workspace::failed);
    connect(m_case, &CaseView::consentFormRequested, this, &Workspace::consentFormRequested);
    connect(m_case, &CaseView::receiptRequested, this, &Workspace::receiptRequested);
    setFocusProxy(m_search);
    reload();
}

void Workspace::reload()
{
    const QString selected = m_case->citizenId();
    auto rows = m_journal.caseload();
    if (!rows.ok()) {
        Q_EMIT failed(rows.error().message());
        return;
    }
    m_model->setRows(rows.value());
    m_count->setText(tr("%n citizen(s)", nullptr, int(rows->size())));
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

void Workspace::newCitizen()
{
    NewCitizenDialog dialog(m_settings.courseTypes(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ReferralForm f = dialog.form();
    if (!f.check().ok())
        return;
    if (Error e = m_journal.beginBatch()) {
        Q_EMIT failed(e.message());
        return;
    }
    auto id = m_journal.addCitizen(f.name, *Cpr::parse(f.cpr));
    Result<QString> course = id.ok()
                                 ? m_journal.addCourse({id.value(), f.municipality, f.courseType,
                                                        f.referralDate, f.startDate, f.plannedEnd})
                                 : Result<QString>(id.error());
    if (!course.ok()) {
        m_journal.rollbackBatch();
        Q_EMIT failed(course.error().message());
        return;
    }
    if (Error e = m_journal.commitBatch()) {
        Q_EMIT failed(e.message());
        return;
    }
    reload();
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
