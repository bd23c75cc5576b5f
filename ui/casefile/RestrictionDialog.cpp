#include "casefile/RestrictionDialog.h"

#include "app/core/Dates.h"
#include "app/journal/Journal.h"
#include "shell/DateFields.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

namespace fortrolig {

namespace {

QLabel* wrapped(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    return label;
}

} // namespace

RestrictionDialog::RestrictionDialog(Journal& journal, Mode mode, const QString& citizenId,
                                     QWidget* parent)
    : QDialog(parent), m_journal(journal), m_mode(mode), m_citizenId(citizenId)
{
    setObjectName(QStringLiteral("restrictionDialog"));
    auto all = m_journal.restrictions(citizenId);
    for (const RestrictionRecord& r : all.ok() ? all.value() : QList<RestrictionRecord>())
        if (r.inForce())
            m_inForce << r;
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("restrictionMessage"));
    m_message->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto* form = new QFormLayout(this);
    if (mode == Mode::Restrict)
        buildRestrict();
    else if (mode == Mode::Lift)
        buildLift();
    else
        buildReason();
    form->addRow(m_message);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RestrictionDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_text) {
        m_text->setMinimumWidth(m_text->fontMetrics().averageCharWidth() * 50);
        connect(m_text, &QLineEdit::textChanged, this, &RestrictionDialog::updateOk);
    }
    updateOk();
}

// On which request (a restriction or objection of this case, not restricted already), or on
// the municipality's instruction.
void RestrictionDialog::buildRestrict()
{
    setWindowTitle(tr("Restrict the case"));
    auto* form = static_cast<QFormLayout*>(layout());
    form->addRow(wrapped(
        tr("While the case is restricted, nothing is passed on to anyone but the municipality "
           "that referred the citizen, every change needs a reason, and the case is not deleted. "
           "Restrict it when the citizen asks for it (GDPR art. 18), objects (art. 21) while the "
           "municipality decides, or when the municipality instructs you to.")));
    m_choice = new QComboBox;
    m_choice->setObjectName(QStringLiteral("restrictionRequest"));
    m_choice->setAccessibleName(tr("The citizen's request"));
    QSet<QString> restricted;
    for (const RestrictionRecord& r : std::as_const(m_inForce))
        restricted << r.requestId;
    auto requests = m_journal.requests(m_citizenId);
    for (const RequestRecord& r : requests.ok() ? requests.value() : QList<RequestRecord>())
        if ((r.kind == QStringLiteral("restriction") || r.kind == QStringLiteral("objection")) &&
            !restricted.contains(r.id))
            m_choice->addItem(CitizenRequest::kindShortText(r.kind) + QStringLiteral(", ") +
                                  Dates::day(r.receivedAt),
                              r.id);
    m_onRequest = new QRadioButton(tr("On the citizen's &request:"));
    m_onRequest->setObjectName(QStringLiteral("restrictionOnRequest"));
    m_onInstruction = new QRadioButton(tr("On the municipality's &instruction:"));
    m_onInstruction->setObjectName(QStringLiteral("restrictionOnInstruction"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_onRequest);
    group->addButton(m_onInstruction);
    m_text = new QLineEdit;
    m_text->setObjectName(QStringLiteral("restrictionInstruction"));
    m_text->setAccessibleName(tr("The municipality's instruction"));
    m_text->setPlaceholderText(tr("who, when, their reference; e.g. letter of 2 March, 26-117"));
    const bool anyRequest = m_choice->count() > 0;
    m_onRequest->setEnabled(anyRequest);
    m_choice->setEnabled(anyRequest);
    (anyRequest ? m_onRequest : m_onInstruction)->setChecked(true);
    if (!anyRequest)
        m_choice->addItem(tr("(no restriction or objection request to restrict on)"));
    form->addRow(m_onRequest, m_choice);
    form->addRow(m_onInstruction, m_text);
    m_ok->setText(tr("Re&strict"));
    connect(group, &QButtonGroup::buttonToggled, this, &RestrictionDialog::updateOk);
}

// Which restriction, why it ends, and when and how the citizen was told (art. 18(3)).
void RestrictionDialog::buildLift()
{
    setWindowTitle(tr("Lift the restriction"));
    auto* form = static_cast<QFormLayout*>(layout());
    form->addRow(wrapped(tr("Tell the citizen that the restriction will be lifted before you "
                            "lift it (GDPR art. 18(3)), and record here when and how.")));
    m_choice = new QComboBox;
    m_choice->setObjectName(QStringLiteral("restrictionToLift"));
    m_choice->setAccessibleName(tr("The restriction"));
    for (const RestrictionRecord& r : std::as_const(m_inForce))
        m_choice->addItem((r.requestId.isEmpty() ? tr("On instruction: %1").arg(r.instruction)
                                                 : tr("On the citizen's request")) +
                              QStringLiteral(", ") + tr("since %1").arg(Dates::day(r.setAt)),
                          r.id);
    m_text = new QLineEdit;
    m_text->setObjectName(QStringLiteral("liftReason"));
    m_text->setAccessibleName(tr("Why it is lifted"));
    m_text->setPlaceholderText(tr("e.g. the municipality has decided the objection"));
    m_toldAt = DateFields::moment(QStringLiteral("liftToldAt"), tr("When the citizen was told"),
                                  QDateTime::currentDateTime());
    m_toldAt->setMaximumDateTime(QDateTime::currentDateTime().addSecs(300));
    if (!m_inForce.isEmpty())
        m_toldAt->setMinimumDateTime(m_inForce.first().setAt);
    m_toldHow = new QComboBox;
    m_toldHow->setObjectName(QStringLiteral("liftToldHow"));
    m_toldHow->setAccessibleName(tr("How the citizen was told"));
    for (const QString& c : CitizenRequest::channels())
        m_toldHow->addItem(CitizenRequest::channelText(c), c);
    form->addRow(tr("Res&triction:"), m_choice);
    form->addRow(tr("&Why it is lifted:"), m_text);
    form->addRow(tr("Citizen told &on:"), m_toldAt);
    form->addRow(tr("Told &how:"), m_toldHow);
    m_ok->setText(tr("&Lift"));
    connect(m_choice, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && i < m_inForce.size())
            m_toldAt->setMinimumDateTime(m_inForce.at(i).setAt);
    });
}

void RestrictionDialog::buildReason()
{
    setWindowTitle(tr("Reason for a change"));
    auto* form = static_cast<QFormLayout*>(layout());
    form->addRow(wrapped(
        tr("The case is restricted. It may change only with the citizen's consent, for a legal "
           "claim, to protect another person's rights, or for an important public interest "
           "(GDPR art. 18(2)). Say which, in a few words: every change you make in this case "
           "until you close it is logged with this reason.")));
    m_text = new QLineEdit;
    m_text->setObjectName(QStringLiteral("changeReason"));
    m_text->setAccessibleName(tr("Reason for the change"));
    m_text->setPlaceholderText(tr("e.g. the citizen asked for the correction"));
    form->addRow(tr("&Reason:"), m_text);
    m_ok->setText(tr("&Allow changes"));
}

void RestrictionDialog::updateOk()
{
    bool ok = !m_text->text().trimmed().isEmpty();
    if (m_mode == Mode::Restrict)
        ok = m_onRequest->isChecked() ? m_choice->currentData().isValid() : ok;
    if (m_mode == Mode::Lift)
        ok = ok && m_choice->count() > 0;
    m_text->setEnabled(m_mode != Mode::Restrict || m_onInstruction->isChecked());
    m_ok->setEnabled(ok);
}

QString RestrictionDialog::problemText(const Error& e)
{
    if (e.code == ErrorCode::InvalidInput && e.detail == QStringLiteral("toldAt"))
        return tr("The citizen must have been told after the case was restricted, and not "
                  "later than now.");
    if (e.code == ErrorCode::AlreadyExists)
        return tr("The case is already restricted on this request.");
    return e.message();
}

Error RestrictionDialog::saveRestrict()
{
    const bool onRequest = m_onRequest->isChecked();
    auto r = m_journal.restrictCase(m_citizenId,
                                    onRequest ? m_choice->currentData().toString() : QString(),
                                    onRequest ? QString() : m_text->text());
    return r.ok() ? Error() : r.error();
}

void RestrictionDialog::save()
{
    Error e;
    if (m_mode == Mode::Restrict)
        e = saveRestrict();
    else if (m_mode == Mode::Lift)
        e = m_journal.liftRestriction(m_choice->currentData().toString(), m_text->text(),
                                      m_toldAt->dateTime(), m_toldHow->currentData().toString());
    else
        e = m_journal.giveChangeReason(m_citizenId, m_text->text());
    if (e) {
        m_message->setText(problemText(e));
        return;
    }
    accept();
}

} // namespace fortrolig
