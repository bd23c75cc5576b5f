#pragma once

#include "app/journal/Records.h"

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace fortrolig {

class Journal;

// "Hand over to the jobcentre" (docs/hand-over.md): an ended course's hand-over package to
// its municipality, the controller. The consultant chooses the course (the newest ended one
// not yet handed over comes first), sees what the package holds and what to check, gives the
// address (the register's secure address, if it has one) and the channel (chosen, never
// assumed), and says where to save the files; then the hand-over is recorded as a disclosure
// on the legal basis with both files written, or nothing is.
class HandOverDialog : public QDialog
{
    Q_OBJECT
public:
    HandOverDialog(Journal& journal, const QList<CourseRecord>& courses, QWidget* parent = nullptr);

private:
    void courseChosen();
    void updateButton();
    void handOver();
    Journal& m_journal;
    QList<CourseRecord> m_courses; // ended ones
    QJsonObject m_package;         // of the chosen course; empty when it cannot be made
    QComboBox* m_course;
    QLabel* m_contents;
    QListWidget* m_review;
    QCheckBox* m_reviewed;
    QLineEdit* m_to;
    QComboBox* m_channel;
    QLineEdit* m_receivedBy;
    QLabel* m_message;
    QPushButton* m_ok;
};

} // namespace fortrolig
