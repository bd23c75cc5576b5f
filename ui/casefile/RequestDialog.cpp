#include "casefile/RequestDialog.h"

#include "app/journal/Journal.h"
#include "shell/DateFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace fortrolig {

namespace {

QDateEdit* dateEdit(const char* name, const QString& accessible, const QDate& value)
{
    return DateFields::day(QString::fromLatin1(name), accessible, value);
}

} // namespace

RequestDialog::RequestDialog(Journal& journal, Step step, const QString& citizenId,
                             const RequestRecord& request, const QString& jobcentreAddress,
                             QWidget* parent)
    : QDialog(parent), m_journal(journal), m_step(step), m_citizenId(citizenId), m_request(request)
{
    setObjectName(QStringLiteral("requestDialog"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("requestMessage"));
    m_message->setWordWrap(true);
    new QFormLayout(this); // the rows each step adds, then the message and the buttons
    switch (step) {
    case Step::New:
        buildNew();
        break;
    case Step::Forward:
        buildForward(jobcentreAddress);
        break;
    case Step::Extend:
        buildExtend();
        break;
    case Step::Answer:
        buildAnswer();
        break;
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("requestSave"));
    layout()->addWidget(m_message);
    layout()->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RequestDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void RequestDialog::buildNew()
{
    auto* form = static_cast<QFormLayout*>(layout());
    setWindowTitle(tr("Request from the citizen"));
    auto* intro = new QLabel(tr("Record what the citizen asks for, as soon as you receive it. "
                                "The municipality decides; you forward the request to it at the "
                                "latest the next working day."));
    intro->setWordWrap(true);
    form->addRow(intro);
    m_choice = new QComboBox;
    m_choice->setObjectName(QStringLiteral("requestKind"));
    m_choice->setAccessibleName(tr("What the citizen asks for"));
    for (const QString& kind : CitizenRequest::kinds())
        m_choice->addItem(CitizenRequest::kindText(kind), kind);
    m_channel = new QComboBox;
    m_channel->setObjectName(QStringLiteral("requestChannel"));
    m_channel->setAccessibleName(tr("How the request came"));
    for (const QString& channel : CitizenRequest::channels())
        m_channel->addItem(CitizenRequest::channelText(channel), channel);
    m_when = DateFields::moment(QStringLiteral("requestReceived"), tr("When it was received"),
                                QDateTime::currentDateTime());
    m_when->setMaximumDateTime(QDateTime::currentDateTime().addSecs(300));
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("requestDescription"));
    m_text->setAccessibleName(tr("What the request says"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("In a few words, as the citizen put it"));
    m_text->setMinimumWidth(m_text->fontMetrics().averageCharWidth() * 50);
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 5);
    form->addRow(tr("&What:"), m_choice);
    form->addRow(tr("&How:"), m_channel);
    form->addRow(tr("&Received:"), m_when);
    form->addRow(tr("&Description:"), m_text);
    // A restriction or an objection restricts the case at once, while the municipality decides.
    m_restrict = new QCheckBox(tr("Re&strict the case while the municipality decides"));
    m_restrict->setObjectName(QStringLiteral("requestRestrict"));
    m_restrict->setToolTip(tr("Nothing is passed on except to the municipality, changes need a "
                              "reason, and the case is not deleted, until the restriction is "
                              "lifted."));
    m_restrict->setChecked(true);
    form->addRow(m_restrict);
    const auto restricting = [this] {
        const QString kind = m_choice->currentData().toString();
        m_restrict->setVisible(kind == QStringLiteral("restriction") ||
                               kind == QStringLiteral("objection"));
    };
    connect(m_choice, &QComboBox::currentIndexChanged, this, restricting);
    restricting();
}

void RequestDialog::buildForward(const QString& address)
{
    auto* form = static_cast<QFormLayout*>(layout());
    setWindowTitle(tr("Forwarded to the municipality"));
    auto* intro = new QLabel(
        tr("Record that you passed the request on to the municipality, the controller: where "
           "to, how and when. Use its secure address, never ordinary e-mail."));
    intro->setWordWrap(true);
    form->addRow(intro);
    m_line = new QLineEdit(address);
    m_line->setObjectName(QStringLiteral("requestForwardTo"));
    m_line->setAccessibleName(tr("The municipality's address it was sent to"));
    m_line->setMinimumWidth(m_line->fontMetrics().averageCharWidth() * 45);
    m_choice = new QComboBox;
    m_choice->setObjectName(QStringLiteral("requestForwardVia"));
    m_choice->setAccessibleName(tr("How it was sent"));
    for (const QString& channel : CitizenRequest::forwardChannels())
        m_choice->addItem(CitizenRequest::channelText(channel), channel);
    m_when = DateFields::moment(QStringLiteral("requestForwardedAt"), tr("When it was sent"),
                                QDateTime::currentDateTime());
    form->addRow(tr("&To:"), m_line);
    form->addRow(tr("&By:"), m_choice);
    form->addRow(tr("&Sent:"), m_when);
}

void RequestDialog::buildExtend()
{
    auto* form = static_cast<QFormLayout*>(layout());
    setWindowTitle(tr("Time to answer extended"));
    auto* intro = new QLabel(
        tr("Only the municipality can extend the time to answer, by up to two months, and the "
           "citizen must be told why within the first month. Record its decision here."));
    intro->setWordWrap(true);
    form->addRow(intro);
    const QDate today = m_journal.today();
    const QDate latest = CitizenRequest::latestExtension(m_request.receivedAt);
    m_until = dateEdit("requestExtendedTo", tr("New date to answer by"),
                       std::min(m_request.answerBy().addMonths(1), latest));
    m_until->setMaximumDate(latest);
    m_decided = dateEdit("requestDecidedOn", tr("When the municipality decided"), today);
    m_told = dateEdit("requestToldOn", tr("When the citizen was told"), today);
    for (QDateEdit* e : {m_decided, m_told})
        e->setMaximumDate(today);
    form->addRow(tr("Answer &by:"), m_until);
    form->addRow(tr("&Decided on:"), m_decided);
    form->addRow(tr("Citizen &told on:"), m_told);
}

void RequestDialog::buildAnswer()
{
    auto* form = static_cast<QFormLayout*>(layout());
    setWindowTitle(tr("Request answered"));
    auto* intro = new QLabel(tr("Record the day the citizen got the municipality's answer."));
    intro->setWordWrap(true);
    form->addRow(intro);
    m_on = dateEdit("requestAnsweredOn", tr("When the citizen was answered"), m_journal.today());
    m_on->setMaximumDate(m_journal.today());
    m_line = new QLineEdit;
    m_line->setObjectName(QStringLiteral("requestOutcome"));
    m_line->setAccessibleName(tr("The answer in a few words"));
    m_line->setPlaceholderText(tr("e.g. access given by the municipality"));
    m_line->setMinimumWidth(m_line->fontMetrics().averageCharWidth() * 45);
    form->addRow(tr("Answered &on:"), m_on);
    form->addRow(tr("&Answer:"), m_line);
}

QString RequestDialog::problemText(const Error& e)
{
    if (e.code != ErrorCode::InvalidInput)
        return e.message();
    const QString& field = e.detail;
    if (field == QStringLiteral("receivedAt"))
        return tr("The time received cannot be in the future.");
    if (field == QStringLiteral("description") || field == QStringLiteral("outcome"))
        return tr("Write at most %1 characters.").arg(CitizenRequest::kMaxDescription);
    if (field == QStringLiteral("at"))
        return tr("It cannot have been sent before the request came, or in the future.");
    if (field == QStringLiteral("to"))
        return tr("Write the address it was sent to.");
    if (field == QStringLiteral("answerBy"))
        return tr("The new date must be after the present one and at most three months after "
                  "the request came.");
    if (field == QStringLiteral("decidedOn") || field == QStringLiteral("toldOn"))
        return tr("The decision and the telling cannot be before the request came, in the "
                  "future, or the telling before the decision.");
    if (field == QStringLiteral("on"))
        return tr("The answer cannot be before the request came, or in the future.");
    if (field == QStringLiteral("answered"))
        return tr("The request is answered already.");
    return e.message();
}

Error RequestDialog::saveStep()
{
    switch (m_step) {
    case Step::New: {
        // The request and its restriction together, or neither.
        Transaction tx = m_journal.batch();
        auto id = m_journal.addRequest({m_citizenId, m_choice->currentData().toString(),
                                        m_channel->currentData().toString(), m_when->dateTime(),
                                        m_text->toPlainText()});
        if (!id.ok())
            return id.error();
        if (!m_restrict->isHidden() && m_restrict->isChecked())
            if (auto r = m_journal.restrictCase(m_citizenId, id.value()); !r.ok())
                return r.error();
        if (Error e = tx.commit())
            return e;
        m_saved = id.value();
        return {};
    }
    case Step::Forward:
        return m_journal.forwardRequest(m_request.id, m_when->dateTime(), m_line->text(),
                                        m_choice->currentData().toString());
    case Step::Extend:
        return m_journal.extendRequest(m_request.id, m_until->date(), m_decided->date(),
                                       m_told->date());
    case Step::Answer:
        return m_journal.answerRequest(m_request.id, m_on->date(), m_line->text());
    }
    return {};
}

void RequestDialog::save()
{
    if (Error e = saveStep()) {
        m_message->setText(problemText(e));
        return;
    }
    if (m_step != Step::New)
        m_saved = m_request.id;
    accept();
}

} // namespace fortrolig
