// CaseView's actions that open a dialog over the case (correct, end, hand over, hold,
// release, resolve conflicts): each reloads the case and tells the caseload when it changed.
#include "casefile/CaseView.h"

#include "casefile/ConflictDialog.h"
#include "casefile/CorrectCitizenDialog.h"
#include "casefile/CorrectCourseDialog.h"
#include "casefile/EndCourseDialog.h"
#include "casefile/HandOverDialog.h"
#include "casefile/HoldDialog.h"

namespace fortrolig {

void CaseView::correctCourse()
{
    auto reg = m_journal.municipalities(); // offices, not a citizen: not logged
    CorrectCourseDialog dialog(m_journal, m_details.courses,
                               reg.ok() ? reg.value() : MunicipalityRegister{}, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload(Journal::Read::Redraw);
        Q_EMIT changed();
    }
}

void CaseView::endCourse()
{
    // The open course that started last (the one the caseload shows).
    const CourseRecord* open = nullptr;
    for (const CourseRecord& c : std::as_const(m_details.courses))
        if (!c.actualEnd.isValid() && (!open || c.startDate >= open->startDate))
            open = &c;
    auto r = m_journal.caseRetention(m_details.id);
    if (!open || !r.ok())
        return;
    EndCourseDialog dialog(m_journal, *open, r->months, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload(Journal::Read::Redraw);
        Q_EMIT changed();
    }
}

void CaseView::handOver()
{
    HandOverDialog dialog(m_journal, m_details.courses, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload(Journal::Read::Redraw);
        Q_EMIT changed();
        // On the status bar, as the requests' notices are.
        Q_EMIT failed(tr("Handed over to the jobcentre: the files are saved where you chose. "
                         "Send them through the municipality's secure channel."));
    }
}

void CaseView::hold()
{
    HoldDialog dialog(m_journal, m_details.id, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload(Journal::Read::Redraw);
        Q_EMIT changed();
    }
}

void CaseView::release()
{
    if (Error e = m_journal.releaseCase(m_details.id)) {
        Q_EMIT failed(e.message());
        return;
    }
    reload(Journal::Read::Redraw);
    Q_EMIT changed();
}

void CaseView::resolveConflicts()
{
    // A copy: a sync may reload the case while a dialog is open.
    const QList<Conflict> conflicts = m_conflicts;
    const QString citizen = m_details.id;
    for (const Conflict& c : conflicts) {
        ConflictDialog dialog(m_journal, c, this);
        if (dialog.exec() != QDialog::Accepted || m_details.id != citizen)
            break;
    }
    reload(Journal::Read::Redraw);
    Q_EMIT changed();
}

void CaseView::correctDetails()
{
    CorrectCitizenDialog dialog(m_journal, m_details, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload(Journal::Read::Redraw);
        Q_EMIT changed();
    }
}

} // namespace fortrolig
