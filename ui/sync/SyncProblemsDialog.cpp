#include "sync/SyncProblemsDialog.h"

#include "casefile/ReadOnlyTable.h"
#include "sync/SyncService.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fortrolig {

SyncProblemsDialog::SyncProblemsDialog(SyncService& sync, QWidget* parent)
    : QDialog(parent), m_sync(sync)
{
    setObjectName(QStringLiteral("syncProblemsDialog"));
    setWindowTitle(tr("Sync problems"));
    m_table = makeReadOnlyTable(QStringLiteral("syncProblemsTable"),
                                {tr("When"), tr("What happened"), tr("Case")}, tr("Sync problems"));
    m_retry = new QPushButton(tr("Send &again"));
    m_retry->setObjectName(QStringLiteral("syncProblemRetry"));
    m_dismiss = new QPushButton(tr("&Dismiss"));
    m_dismiss->setObjectName(QStringLiteral("syncProblemDismiss"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* row = new QHBoxLayout;
    row->addWidget(m_retry);
    row->addWidget(m_dismiss);
    row->addStretch();
    row->addWidget(close);
    auto* box = new QVBoxLayout(this);
    box->addWidget(m_table, 1);
    box->addLayout(row);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        const qint64 id = selectedId();
        bool rejected = false;
        for (const SyncProblem& p : std::as_const(m_problems))
            rejected = rejected || (p.id == id && p.kind == QStringLiteral("rejected"));
        m_retry->setEnabled(rejected);
        m_dismiss->setEnabled(id != 0);
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_sync.store().retryProblem(selectedId());
        reload();
        m_sync.syncNow();
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        m_sync.store().dismissProblem(selectedId());
        reload();
        Q_EMIT m_sync.problemsChanged();
    });
    resize(760, 360);
    reload();
}

void SyncProblemsDialog::reload()
{
    auto problems = m_sync.store().problems();
    m_problems = problems.ok() ? problems.value() : QList<SyncProblem>();
    m_table->setRowCount(int(m_problems.size()));
    for (int i = 0; i < m_problems.size(); ++i) {
        const SyncProblem& p = m_problems.at(i);
        const QStringList cells{p.at.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')),
                                SyncService::describe(p), p.citizenId.left(8)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, p.id);
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_retry->setEnabled(false);
    m_dismiss->setEnabled(false);
    if (!m_problems.isEmpty())
        m_table->setCurrentCell(0, 0);
}

qint64 SyncProblemsDialog::selectedId() const
{
    const QTableWidgetItem* item = m_table->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

} // namespace fortrolig
