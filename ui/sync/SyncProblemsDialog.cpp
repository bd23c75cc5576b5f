#include "sync/SyncProblemsDialog.h"

#include "app/core/Dates.h"
#include "app/sync/SyncService.h"
#include "casefile/ReadOnlyTable.h"
#include "shell/ClipboardGuard.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fortrolig {

SyncProblemsDialog::SyncProblemsDialog(SyncService& sync, ClipboardGuard& clipboard,
                                       QWidget* parent)
    : QDialog(parent), m_sync(sync), m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("syncProblemsDialog"));
    setWindowTitle(tr("Sync problems"));
    m_table = makeReadOnlyTable(QStringLiteral("syncProblemsTable"),
                                {tr("When"), tr("Case"), tr("What happened")}, tr("Sync problems"));
    // The whole text of the chosen problem, wrapped, under the list (the list shows a line).
    m_detail = new QLabel;
    m_detail->setObjectName(QStringLiteral("syncProblemDetail"));
    m_detail->setWordWrap(true);
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 3);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    buildButtons();
    m_choosePath = [this](const QString& suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save the scan"), suggested);
    };
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* row = new QHBoxLayout;
    row->addWidget(m_retry);
    row->addWidget(m_dismiss);
    row->addWidget(m_copy);
    row->addWidget(m_saveScan);
    row->addStretch();
    row->addWidget(close);
    auto* box = new QVBoxLayout(this);
    box->addWidget(m_table, 1);
    box->addWidget(m_detail);
    box->addLayout(row);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connectSignals();
    resize(760, 360);
    reload();
}

// The buttons for what can be done about the chosen problem.
void SyncProblemsDialog::buildButtons()
{
    m_retry = new QPushButton(tr("Send &again"));
    m_retry->setObjectName(QStringLiteral("syncProblemRetry"));
    m_dismiss = new QPushButton(tr("&Dismiss"));
    m_dismiss->setObjectName(QStringLiteral("syncProblemDismiss"));
    m_copy = new QPushButton(tr("&Copy the note"));
    m_copy->setObjectName(QStringLiteral("syncProblemCopy"));
    m_copy->setToolTip(tr("Copies the whole note, to paste it where it is needed; the "
                          "clipboard is cleared after 30 seconds"));
    m_saveScan = new QPushButton(tr("&Save the scan..."));
    m_saveScan->setObjectName(QStringLiteral("syncProblemSaveScan"));
    m_saveScan->setToolTip(tr("Saves the scanned consent to a file, to pass it on to the "
                              "consultant who has the case now"));
}

void SyncProblemsDialog::connectSignals()
{
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        const qint64 id = selectedId();
        const SyncProblem* p = find(id);
        m_detail->setText(p ? SyncService::describe(*p, 1500) : QString());
        m_table->setAccessibleDescription(m_detail->text());
        m_retry->setEnabled(p && p->kind == QStringLiteral("rejected"));
        m_copy->setEnabled(p && p->kind == QStringLiteral("draft-kept"));
        m_saveScan->setEnabled(p && p->kind == QStringLiteral("scan-kept"));
        m_dismiss->setEnabled(p != nullptr);
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (const SyncProblem* p = find(selectedId()))
            m_clipboard.copy(p->reason); // concealed, and cleared again
    });
    connect(m_saveScan, &QPushButton::clicked, this, [this] {
        const SyncProblem* p = find(selectedId());
        if (!p)
            return;
        const QString path = m_choosePath(QDir::home().filePath(QFileInfo(p->reason).fileName()));
        if (path.isEmpty())
            return;
        if (Error e = m_sync.store().saveKeptScan(p->id, path))
            m_detail->setText(tr("The scan was not saved: %1").arg(e.message()));
        else
            m_detail->setText(tr("Saved as %1. Dismiss it here once it has been passed on.")
                                  .arg(QDir::toNativeSeparators(path)));
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (Error e = m_sync.store().retryProblem(selectedId())) {
            m_detail->setText(e.message());
            return;
        }
        reload();
        m_sync.syncNow();
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        if (Error e = m_sync.store().dismissProblem(selectedId())) {
            m_detail->setText(e.message());
            return;
        }
        reload();
        Q_EMIT m_sync.problemsChanged();
    });
}

void SyncProblemsDialog::reload()
{
    // Kept notes are shown in full: a use of their citizens' data, logged first.
    if (Error e = m_sync.store().logKeptNotesShown(QStringLiteral("sync problems"))) {
        m_problems.clear();
        m_table->setRowCount(0);
        m_detail->setText(e.message());
        return;
    }
    auto problems = m_sync.store().problems();
    m_problems = problems.ok() ? problems.value() : QList<SyncProblem>();
    m_table->setRowCount(int(m_problems.size()));
    for (int i = 0; i < m_problems.size(); ++i) {
        const SyncProblem& p = m_problems.at(i);
        const QStringList cells{Dates::shortMoment(p.at), p.citizenId.left(8),
                                SyncService::describe(p)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, p.id);
            m_table->setItem(i, c, item);
        }
    }
    m_retry->setEnabled(false);
    m_dismiss->setEnabled(false);
    m_copy->setEnabled(false);
    m_saveScan->setEnabled(false);
    m_detail->clear();
    if (!m_problems.isEmpty())
        m_table->setCurrentCell(0, 0);
}

const SyncProblem* SyncProblemsDialog::find(qint64 id) const
{
    for (const SyncProblem& p : m_problems) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

qint64 SyncProblemsDialog::selectedId() const
{
    const QTableWidgetItem* item = m_table->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

} // namespace fortrolig
