#pragma once

#include "app/journal/Records.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace fortrolig {

class Journal;

// Records the day a course ended and why (chosen actively: nothing is preselected): the
// retention period starts then (docs/retention.md). The day is today unless the consultant
// picks an earlier one; never before the course started, never in the future.
class EndCourseDialog : public QDialog
{
    Q_OBJECT
public:
    EndCourseDialog(Journal& journal, const CourseRecord& course, int retentionMonths,
                    QWidget* parent = nullptr);

private:
    void save();
    void describe();
    Journal& m_journal;
    CourseRecord m_course;
    int m_months;
    QDateEdit* m_end;
    QComboBox* m_reason;
    QLabel* m_message;
    QPushButton* m_ok;
};

} // namespace fortrolig
