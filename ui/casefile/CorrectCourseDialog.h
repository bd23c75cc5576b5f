#pragma once

#include "app/domain/Municipality.h"
#include "app/journal/Records.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fortrolig {

class Journal;

// Rectifies one field of a course (GDPR art. 16; Journal::correctCourse): which course, which
// field (chosen actively: nothing is preselected), what it says now and the new value. The
// municipality is offered from the register; the referral date and the planned end may be
// cleared. The old value stays in the case's history.
class CorrectCourseDialog : public QDialog
{
    Q_OBJECT
public:
    CorrectCourseDialog(Journal& journal, const QList<CourseRecord>& courses,
                        const MunicipalityRegister& municipalities, QWidget* parent = nullptr);

private:
    void showField();
    void check();
    void save();
    QString value() const;
    QString field() const;
    const CourseRecord* course() const;
    Journal& m_journal;
    QList<CourseRecord> m_list;
    MunicipalityRegister m_register;
    QComboBox* m_course;
    QComboBox* m_field;
    QLabel* m_now;
    QLineEdit* m_text;
    QDateEdit* m_date;
    QCheckBox* m_noDate;
    QLabel* m_message;
    QPushButton* m_save;
};

} // namespace fortrolig
