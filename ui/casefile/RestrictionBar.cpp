#include "casefile/RestrictionBar.h"

#include "app/core/Dates.h"
#include "app/journal/Journal.h"
#include "casefile/LiftNoticeDialog.h"
#include "casefile/RestrictionDialog.h"
#include "shell/Colours.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fortrolig {

RestrictionBar::RestrictionBar(Journal& journal, const Settings& settings, QWidget* parent)
    : QWidget(parent), m_journal(journal), m_settings(settings)
{
    setObjectName(QStringLiteral("restrictionBar"));
    Colours::makeNotice(this);
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("restrictionText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setAccessibleName(tr("Restriction"));
    m_reason = new QPushButton(tr("Reason for a chan&ge..."));
    m_reason->setObjectName(QStringLiteral("restrictionReason"));
    m_reason->setToolTip(tr("Say why the restricted case must change; changes are logged with "
                            "the reason."));
    m_lift = new QPushButton(tr("L&ift the restriction..."));
    m_lift->setObjectName(QStringLiteral("restrictionLift"));
    m_lift->setToolTip(tr("After the citizen was told that it will be lifted."));
    m_notice = new QPushButton(tr("Letter a&bout lifting it..."));
    m_notice->setObjectName(QStringLiteral("restrictionNotice"));
    m_notice->setToolTip(tr("The paper telling the citizen that the restriction will be lifted, "
                            "and why, before it is."));
    // The words the whole width, the buttons under them: never squeezed below what it says.
    // In a narrow case view the buttons take as many rows as they need (arrange()), so the bar
    // does not make the case so wide that the caseload beside it must scroll sideways.
    m_buttons = new QGridLayout;
    m_buttons->setColumnStretch(0, 1);
    auto* box = new QVBoxLayout(this);
    box->addWidget(m_text);
    box->addLayout(m_buttons);
    box->setSizeConstraint(QLayout::SetNoConstraint); // minimumSizeHint() says how narrow
    arrange(QWIDGETSIZE_MAX);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    setVisible(false);
    connect(m_reason, &QPushButton::clicked, this, &RestrictionBar::giveReason);
    connect(m_lift, &QPushButton::clicked, this, &RestrictionBar::lift);
    connect(m_notice, &QPushButton::clicked, this, &RestrictionBar::notice);
}

// The buttons in rows, as many to a row as `width` holds, right-aligned.
void RestrictionBar::arrange(int width)
{
    const QList<QPushButton*> buttons{m_reason, m_notice, m_lift};
    const QMargins margins = layout()->contentsMargins();
    const int room = width - margins.left() - margins.right();
    QList<int> rows; // each button's row
    int row = 0;
    int used = 0;
    for (const QPushButton* b : buttons) {
        const int w = b->sizeHint().width();
        if (used > 0 && used + m_buttons->horizontalSpacing() + w > room) {
            ++row;
            used = 0;
        }
        used += (used > 0 ? m_buttons->horizontalSpacing() : 0) + w;
        rows << row;
    }
    if (rows == m_rows && m_buttons->count() == buttons.size())
        return;
    m_rows = rows;
    for (QPushButton* b : buttons)
        m_buttons->removeWidget(b);
    for (qsizetype i = 0, column = 0; i < buttons.size(); ++i) {
        column = i > 0 && rows.at(i) == rows.at(i - 1) ? column + 1 : 1;
        m_buttons->addWidget(buttons.at(i), rows.at(i), int(column));
    }
    updateGeometry();
}

QSize RestrictionBar::minimumSizeHint() const
{
    const QMargins m = layout()->contentsMargins();
    int widest = 0;
    for (const QPushButton* b : {m_reason, m_notice, m_lift})
        widest = std::max(widest, b->sizeHint().width());
    return {m.left() + m.right() + widest, QWidget::minimumSizeHint().height()};
}

void RestrictionBar::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrange(width());
}

void RestrictionBar::showCitizen(const QString& citizenId)
{
    m_citizenId = citizenId;
    auto all = m_journal.restrictions(citizenId);
    QStringList on;
    for (const RestrictionRecord& r : all.ok() ? all.value() : QList<RestrictionRecord>()) {
        if (!r.inForce())
            continue;
        on << (r.requestId.isEmpty()
                   ? tr("since %1 on the municipality's instruction (%2)")
                         .arg(Dates::day(r.setAt), r.instruction)
                   : tr("since %1 on the citizen's request").arg(Dates::day(r.setAt)));
    }
    setVisible(!on.isEmpty());
    if (on.isEmpty())
        return;
    QString text = tr("RESTRICTED %1: nothing is passed on except to the municipality that "
                      "referred the citizen, and a change needs a reason.")
                       .arg(on.join(QStringLiteral("; ")));
    const QString reason = m_journal.changeReasonFor(citizenId);
    if (!reason.isEmpty())
        text += QLatin1Char('\n') + tr("Changes allowed until you close the case: %1").arg(reason);
    m_text->setText(text);
}

void RestrictionBar::giveReason()
{
    RestrictionDialog dialog(m_journal, RestrictionDialog::Mode::Reason, m_citizenId, this);
    if (dialog.exec() == QDialog::Accepted)
        showCitizen(m_citizenId);
}

void RestrictionBar::notice()
{
    LiftNoticeDialog dialog(m_journal, m_settings, m_citizenId, this);
    dialog.exec();
}

void RestrictionBar::lift()
{
    RestrictionDialog dialog(m_journal, RestrictionDialog::Mode::Lift, m_citizenId, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT changed();
}

} // namespace fortrolig
