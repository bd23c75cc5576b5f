#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace fortrolig {

class Journal;
class Settings;

// Above a restricted case: that it is restricted, since when and on what, what that means, and
// the things to do about it (give the reason for a change; tell the citizen by letter that
// it will be lifted; lift it once the citizen was told). Hidden while no restriction is in force
// (docs/restriction.md).
class RestrictionBar : public QWidget
{
    Q_OBJECT
public:
    RestrictionBar(Journal& journal, const Settings& settings, QWidget* parent = nullptr);
    void showCitizen(const QString& citizenId);
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void changed(); // a restriction lifted: the case and the caseload read again

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void arrange(int width);
    void giveReason();
    void lift();
    void notice();
    Journal& m_journal;
    const Settings& m_settings;
    QString m_citizenId;
    QLabel* m_text;
    QPushButton* m_reason;
    QPushButton* m_lift;
    QPushButton* m_notice;
    QGridLayout* m_buttons;
    QList<int> m_rows; // the row of each button, as arranged
};

} // namespace fortrolig
