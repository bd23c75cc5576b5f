#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace fortrolig {

class Journal;

// Above a restricted case: that it is restricted, since when and on what, what that means, and
// the two things to do about it (give the reason for a change; lift it once the citizen was
// told). Hidden while no restriction is in force (docs/restriction.md).
class RestrictionBar : public QWidget
{
    Q_OBJECT
public:
    explicit RestrictionBar(Journal& journal, QWidget* parent = nullptr);
    void showCitizen(const QString& citizenId);

Q_SIGNALS:
    void changed(); // a restriction lifted: the case and the caseload read again

private:
    void giveReason();
    void lift();
    Journal& m_journal;
    QString m_citizenId;
    QLabel* m_text;
    QPushButton* m_reason;
    QPushButton* m_lift;
};

} // namespace fortrolig
