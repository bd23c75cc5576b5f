#include "MainWindow.h"

#include "app/journal/Journal.h"
#include "casefile/CaseView.h"
#include "caseload/CaseloadModel.h"
#include "caseload/Workspace.h"

#include <QSet>
#include <QStatusBar>
#include <QTimer>

namespace fortrolig {

void MainWindow::enforceRetention()
{
    // Not while a citizen is in front of the screen: the hourly look comes back to it.
    if (!m_journal || m_citizenMode)
        return;
    const QDate today = QDate::currentDate();
    auto run = m_journal->applyRetention(today);
    if (!run.ok()) {
        showError(tr("Cases whose retention period ended could not be deleted: %1")
                      .arg(run.error().message()));
        return;
    }
    m_retentionDay = today;
    if (m_workspace) {
        // "Deleted in N days" moves with the date, even when nothing was deleted.
        const QString shown = m_workspace->caseView()->citizenId();
        m_workspace->reload(Journal::Read::Redraw);
        if (!shown.isEmpty() && m_workspace->model()->rowOf(shown) < 0)
            m_workspace->caseView()->clear();
    }
    if (run->count() > 0)
        statusBar()->showMessage(tr("%n case(s) whose retention period ended were deleted from "
                                    "this computer.",
                                    nullptr, int(run->count())),
                                 15000);
    QSet<QString> partsOf; // a case may have both its parts deleted in one run
    for (const PartDeletion& d : std::as_const(run->parts))
        partsOf.insert(d.citizenId);
    if (run->count() == 0 && !partsOf.isEmpty())
        statusBar()->showMessage(tr("The consents or disclosure records of %n case(s), whose "
                                    "retention period ended, were deleted from this computer.",
                                    nullptr, int(partsOf.size())),
                                 15000);
}

void MainWindow::startRetentionTimer()
{
    if (!m_retentionTimer) {
        m_retentionTimer = new QTimer(this);
        m_retentionTimer->setInterval(60 * 60 * 1000);
        // Hourly: a new day (also after the computer slept through midnight) runs it again.
        connect(m_retentionTimer, &QTimer::timeout, this, [this] {
            if (m_journal && QDate::currentDate() != m_retentionDay)
                enforceRetention();
        });
    }
    m_retentionTimer->start();
}

} // namespace fortrolig
