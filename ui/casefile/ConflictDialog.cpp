#include "casefile/ConflictDialog.h"

#include "app/core/Dates.h"
#include "app/journal/Journal.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace fortrolig {

namespace {
QString fieldName(const QString& field)
{
    if (field == QStringLiteral("name"))
        return ConflictDialog::tr("The name");
    if (field == QStringLiteral("cpr"))
        return ConflictDialog::tr("The CPR number");
    if (field == QStringLiteral("address"))
        return ConflictDialog::tr("The address");
    if (field == QStringLiteral("phone"))
        return ConflictDialog::tr("The phone number");
    if (field == QStringLiteral("email"))
        return ConflictDialog::tr("The e-mail address");
    if (field == QStringLiteral("end"))
        return ConflictDialog::tr("The course's end date");
    if (field == QStringLiteral("municipality"))
        return ConflictDialog::tr("The course's municipality");
    if (field == QStringLiteral("courseType"))
        return ConflictDialog::tr("The course's type");
    if (field == QStringLiteral("referralDate"))
        return ConflictDialog::tr("The course's referral date");
    if (field == QStringLiteral("startDate"))
        return ConflictDialog::tr("The course's start");
    if (field == QStringLiteral("plannedEnd"))
        return ConflictDialog::tr("The course's planned end");
    return field;
}
} // namespace

ConflictDialog::ConflictDialog(Journal& journal, const Conflict& conflict, QWidget* parent)
    : QDialog(parent), m_journal(journal), m_conflict(conflict)
{
    setObjectName(QStringLiteral("conflictDialog"));
    const bool note = conflict.kind == QStringLiteral("note");
    setWindowTitle(tr("Changed on two computers"));
    auto* intro = new QLabel(
        note ? tr("This note was corrected on two computers before they synced. Keep one text, "
                  "or join them below. The other versions stay in the note's history.")
             : tr("%1 was changed on two computers before they synced. Choose the right value. "
                  "The other stays in the history.")
                   .arg(fieldName(conflict.field)));
    intro->setWordWrap(true);
    auto* box = new QVBoxLayout(this);
    box->addWidget(intro);
    m_choices = new QButtonGroup(this);
    for (int i = 0; i < conflict.versions.size(); ++i) {
        const ConflictVersion& v = conflict.versions.at(i);
        const QString when = Dates::moment(v.writtenAt);
        auto* choice = new QRadioButton(
            tr("%1, %2: %3").arg(when, v.author, note ? v.value.left(200) : v.value));
        choice->setObjectName(QStringLiteral("conflictChoice%1").arg(i));
        choice->setAccessibleName(tr("Version by %1 at %2").arg(v.author, when));
        m_choices->addButton(choice, i);
        box->addWidget(choice);
    }
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("conflictText"));
    m_text->setAccessibleName(note ? tr("The note's text from now on")
                                   : tr("The value from now on"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(note ? 16777215 : m_text->fontMetrics().lineSpacing() * 3);
    box->addWidget(m_text, 1);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    box->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Keep this"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("conflictKeep"));
    box->addWidget(buttons);
    connect(m_choices, &QButtonGroup::idClicked, this, &ConflictDialog::choose);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConflictDialog::resolve);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!conflict.versions.isEmpty()) {
        m_choices->button(0)->setChecked(true);
        choose(0);
    }
    resize(note ? 640 : 520, note ? 480 : 260);
}

void ConflictDialog::choose(int index)
{
    m_text->setPlainText(m_conflict.versions.value(index).value);
}

void ConflictDialog::resolve()
{
    const QString value = m_conflict.kind == QStringLiteral("note")
                              ? m_text->toPlainText()
                              : m_text->toPlainText().simplified();
    QStringList shown;
    for (const ConflictVersion& v : std::as_const(m_conflict.versions))
        shown << v.id;
    auto r = m_journal.resolveConflict(m_conflict.id, value, shown);
    if (!r.ok()) {
        m_message->setText(r.error().message());
        return;
    }
    m_resolvedWith = value;
    accept();
}

} // namespace fortrolig
