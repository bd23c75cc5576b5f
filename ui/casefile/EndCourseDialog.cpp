#include "casefile/EndCourseDialog.h"
#include "app/core/Dates.h"

#include "app/journal/Journal.h"
#include "shell/DateFields.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace fortrolig {

namespace {
QString longDate(const QDate& d)
{
    return Dates::day(d);
}
} // namespace

EndCourseDialog::EndCourseDialog(Journal& journal, const CourseRecord& course, int retentionMonths,
                                 QWidget* parent)
    : QDialog(parent), m_journal(journal), m_course(course), m_months(retentionMonths)
{
    setObjectName(QStringLiteral("endCourseDialog"));
    setWindowTitle(tr("End the course"));
    auto* intro =
        new QLabel(tr("%1 in %2, started %3.")
                       .arg(course.courseType, course.municipality, longDate(course.startDate)));
    intro->setWordWrap(true);
    const QDate today = QDate::currentDate();
    m_end = DateFields::day(
        QStringLiteral("endCourseDate"), tr("The day the course ended"),
        course.plannedEnd.isValid() && course.plannedEnd < today ? course.plannedEnd : today);
    m_end->setMinimumDate(course.startDate.isValid() ? course.startDate : today.addYears(-10));
    m_end->setMaximumDate(today);
    m_reason = new QComboBox;
    m_reason->setObjectName(QStringLiteral("endCourseReason"));
    m_reason->setAccessibleName(tr("Why the course ended"));
    for (const QString& r : CourseEnd::reasons())
        m_reason->addItem(CourseEnd::reasonText(r), r);
    m_reason->setPlaceholderText(tr("Choose why..."));
    m_reason->setCurrentIndex(-1); // chosen, never assumed
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("endCourseMessage"));
    m_message->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("endCourseSave"));
    m_ok->setText(tr("&End course"));
    auto* form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("Ended &on:"), m_end);
    form->addRow(tr("&Why:"), m_reason);
    form->addRow(m_message);
    auto* report = new QLabel(tr("Write the closing report as a note of the kind \"Closing "
                                 "report\"."));
    report->setWordWrap(true);
    form->addRow(report);
    form->addRow(buttons);
    connect(m_end, &QDateEdit::dateChanged, this, &EndCourseDialog::describe);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &EndCourseDialog::describe);
    connect(buttons, &QDialogButtonBox::accepted, this, &EndCourseDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    describe();
}

// What ending it means: the day everything of the case is deleted.
void EndCourseDialog::describe()
{
    m_ok->setEnabled(m_reason->currentIndex() >= 0);
    m_message->setText(tr("The case is deleted %n month(s) after the course ended: on %1, "
                          "unless another course is open then or the case is held.",
                          nullptr, m_months)
                           .arg(longDate(m_end->date().addMonths(m_months))));
}

void EndCourseDialog::save()
{
    if (m_reason->currentIndex() < 0) {
        m_message->setText(tr("Choose why the course ended."));
        return;
    }
    if (Error e =
            m_journal.endCourse(m_course.id, m_end->date(), m_reason->currentData().toString())) {
        m_message->setText(e.message());
        return;
    }
    accept();
}

} // namespace fortrolig
