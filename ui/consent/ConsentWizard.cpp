#include "consent/ConsentWizard.h"

#include "app/journal/Journal.h"
#include "consent/FormLanguage.h"
#include "consent/SignaturePad.h"
#include "shell/Colours.h"

#include <QCryptographicHash>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace fortrolig {

ConsentWizard::ConsentWizard(Journal& journal, const TemplateCatalogue& catalogue,
                             CitizenModeSetup setup, QWidget* parent)
    : QWidget(parent), m_journal(journal), m_catalogue(catalogue), m_setup(std::move(setup))
{
    setObjectName(QStringLiteral("consentWizard"));
    // Large, readable text: everything in citizen mode is a size up from the window's.
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    setFont(big);

    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("wizardPages"));
    m_progressText = new QLabel;
    m_progressText->setObjectName(QStringLiteral("wizardProgress"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("wizardProgressBar"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(m_progressText->fontMetrics().height() / 2);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("wizardMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    QPalette warn = m_message->palette();
    warn.setColor(QPalette::WindowText, Colours::warningText(warn));
    m_message->setPalette(warn);
    m_back = new QPushButton;
    m_back->setObjectName(QStringLiteral("wizardBack"));
    m_next = new QPushButton;
    m_next->setObjectName(QStringLiteral("wizardNext"));
    m_next->setDefault(true);
    for (QPushButton* b : {m_back, m_next})
        b->setMinimumWidth(b->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 9);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_next);
    auto* box = new QVBoxLayout(this);
    box->addWidget(m_progressText);
    box->addWidget(m_progress);
    box->addWidget(m_stack, 1);
    box->addWidget(m_message);
    box->addLayout(buttons);

    connect(m_next, &QPushButton::clicked, this, &ConsentWizard::next);
    connect(m_back, &QPushButton::clicked, this, &ConsentWizard::back);
    chooseLanguage(m_setup.language);
}

ConsentWizard::~ConsentWizard() = default;

QString ConsentWizard::say(const char* source) const
{
    return m_lang->text("fortrolig::ConsentWizard", source);
}

QString ConsentWizard::language() const
{
    return m_form ? m_form->language() : QString();
}

ConsentSession::Page ConsentWizard::currentPage() const
{
    return m_steps.at(m_current).page;
}

int ConsentWizard::currentRecipient() const
{
    return m_steps.at(m_current).recipient;
}

void ConsentWizard::chooseLanguage(const QString& language)
{
    const ConsentTemplate* form = m_catalogue.find(m_setup.templateId, language);
    if (form && !canAsk(*form))
        form = nullptr;
    if (!form) { // the consultant's choice is not there in that language: the first that is
        for (const ConsentTemplate& t : m_catalogue.templates) {
            if (t.id() == m_setup.templateId && canAsk(t)) {
                form = &t;
                break;
            }
        }
    }
    m_form = form;
    // A new language is a new start: the citizen has chosen nothing yet on the language page.
    m_lang = std::make_unique<FormLanguage>(form->language());
    m_session = std::make_unique<ConsentSession>(*form, m_setup.citizenId, m_setup.courseId,
                                                 m_setup.questionsIn(*form), m_setup.municipality,
                                                 m_setup.provider);
    m_session->setCitizenBirthDate(m_setup.birthDate);
    m_session->setDetails(detailsFor(*form));
    setLayoutDirection(form->rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    setLocale(QLocale(form->language()));
    build();
    go(0);
}

QMap<QString, QString> ConsentWizard::detailsFor(const ConsentTemplate& form) const
{
    if (!form.hasRightsPage())
        return {};
    QMap<QString, QString> d = m_catalogue.controllerDetails(form, m_setup.municipality);
    d.insert(QStringLiteral("courseType"), m_setup.courseType);
    d.insert(QStringLiteral("courseStart"), m_setup.courseStart.toString(Qt::ISODate));
    d.insert(QStringLiteral("retentionMonths"), QString::number(m_setup.retentionMonths));
    d.insert(QStringLiteral("providerContact"), m_setup.providerContact);
    return d;
}

bool ConsentWizard::canAsk(const ConsentTemplate& form) const
{
    // A form of format 1 asks only about telling: not offered when we want to ask someone.
    return form.asksAboutObtaining() || !m_setup.obtains();
}

void ConsentWizard::build()
{
    for (const Step& s : std::as_const(m_steps)) {
        m_stack->removeWidget(s.widget);
        s.widget->deleteLater(); // the language buttons may be what is running now
    }
    m_steps.clear();
    m_seen.clear();
    m_summary = m_doneSummary = nullptr;
    m_pad = nullptr;
    m_signer = nullptr;
    using P = ConsentSession::Page;
    m_steps << Step{P::Language, -1, languagePage()} << Step{P::About, -1, aboutPage()};
    for (int i = 0; i < m_session->questions().size(); ++i)
        m_steps << Step{P::Recipient, i, recipientPage(i)};
    m_steps << Step{P::Validity, -1, validityPage()};
    if (m_form->hasRightsPage())
        m_steps << Step{P::Rights, -1, rightsPage()};
    m_steps << Step{P::Summary, -1, summaryPage()} << Step{P::Signature, -1, signaturePage()}
            << Step{P::Done, -1, donePage()};
    for (const Step& s : std::as_const(m_steps))
        m_stack->addWidget(s.widget);
}

bool ConsentWizard::shares() const
{
    for (int i = 0; i < m_session->questions().size(); ++i) {
        if (m_session->answerFor(i).value_or(false))
            return true;
    }
    return false;
}

QList<int> ConsentWizard::route() const
{
    // "No" to everyone: no validity to choose and nothing to sign; the "no" is recorded as it
    // is. Until every answer is in, the steps count as if some were yes.
    bool allNo = true;
    for (int i = 0; i < m_session->questions().size(); ++i)
        allNo = allNo && m_session->answerFor(i).has_value() && !*m_session->answerFor(i);
    QList<int> out;
    for (int i = 0; i < m_steps.size(); ++i) {
        const auto p = m_steps.at(i).page;
        if (allNo && (p == ConsentSession::Page::Validity || p == ConsentSession::Page::Signature))
            continue;
        out << i;
    }
    return out;
}

void ConsentWizard::go(int step)
{
    m_current = step;
    m_seen.insert(step);
    const Step& s = m_steps.at(step);
    if (s.page == ConsentSession::Page::Summary || s.page == ConsentSession::Page::Done)
        refreshSummary();
    m_stack->setCurrentWidget(s.widget);
    showMessage({});
    const QList<int> steps = route();
    const int position = int(steps.indexOf(step));
    m_progress->setRange(0, int(steps.size()) - 1);
    m_progress->setValue(std::max(0, position));
    m_progressText->setText(say(QT_TR_NOOP("Step %1 of %2")).arg(position + 1).arg(steps.size()));
    m_progress->setAccessibleName(m_progressText->text());
    const bool done = s.page == ConsentSession::Page::Done;
    m_back->setText(say(QT_TR_NOOP("&Back")));
    m_back->setVisible(!done);
    m_back->setEnabled(position > 0);
    m_next->setVisible(!done);
    if (s.page == ConsentSession::Page::Signature)
        m_next->setText(say(QT_TR_NOOP("&Sign")));
    else if (s.page == ConsentSession::Page::Summary && !shares())
        m_next->setText(say(QT_TR_NOOP("&Finish")));
    else
        m_next->setText(say(QT_TR_NOOP("&Next")));
    // Keyboard users start on the page's first control.
    s.widget->setFocus();
    const auto children = static_cast<QScrollArea*>(s.widget)->widget()->findChildren<QWidget*>();
    for (QWidget* child : children) {
        if ((child->focusPolicy() & Qt::TabFocus) && child->isEnabled()) {
            child->setFocus(Qt::TabFocusReason);
            break;
        }
    }
}

void ConsentWizard::keyPressEvent(QKeyEvent* event)
{
    // Not a dialog, so no default button: Enter presses the focused button, or goes on.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (!enter || event->modifiers() & ~Qt::KeypadModifier) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (auto* button = qobject_cast<QPushButton*>(focusWidget()); button && button->isVisible())
        button->click();
    else if (m_next->isVisible())
        m_next->click();
    event->accept();
}

void ConsentWizard::recheck()
{
    // A message about what is missing goes as soon as it is no longer true.
    const Step& s = m_steps.at(m_current);
    if (m_message->isVisible() && !m_session->missingSource(s.page, s.recipient) &&
        (s.page != ConsentSession::Page::Signature || m_pad->signature().isPlausible()))
        showMessage({});
}

void ConsentWizard::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setAccessibleName(text);
    m_message->setVisible(!text.isEmpty());
}

void ConsentWizard::next()
{
    const Step& s = m_steps.at(m_current);
    if (const char* missing = m_session->missingSource(s.page, s.recipient)) {
        showMessage(m_lang->text("fortrolig::ConsentSession", missing));
        return;
    }
    const bool recordsNow = s.page == ConsentSession::Page::Signature ||
                            (s.page == ConsentSession::Page::Summary && !shares());
    if (recordsNow && !record())
        return;
    const QList<int> steps = route();
    const qsizetype at = steps.indexOf(m_current);
    if (at >= 0 && at + 1 < steps.size())
        go(steps.at(at + 1));
}

void ConsentWizard::back()
{
    const QList<int> steps = route();
    const qsizetype at = steps.indexOf(m_current);
    if (at > 0)
        go(steps.at(at - 1));
}

void ConsentWizard::sayNoToEverything()
{
    int summary = -1; // the rights page if there is one: a "no" is told its rights too
    for (int i = 0; i < m_steps.size(); ++i) {
        const Step& s = m_steps.at(i);
        if (summary < 0 &&
            (s.page == ConsentSession::Page::Rights || s.page == ConsentSession::Page::Summary))
            summary = i;
        if (s.page != ConsentSession::Page::Recipient)
            continue;
        // Through the page's own "no", so the page and the session agree.
        if (auto* no = s.widget->findChild<QRadioButton*>(QStringLiteral("wizardNo")))
            no->setChecked(true);
    }
    go(summary);
}

bool ConsentWizard::record()
{
    const bool gives = shares();
    if (gives && !m_pad->signature().isPlausible()) {
        showMessage(say(QT_TR_NOOP("Sign in the white field with a finger, a pen or the mouse.")));
        m_pad->setFocus();
        return false;
    }
    ConsentInput input = gives
                             ? m_session->toConsentInput(m_pad->signature().toJson(), m_setup.place)
                             : m_session->toRefusal();
    input.shownText = shownText();
    input.textHash = QString::fromLatin1(
        QCryptographicHash::hash(input.shownText.toUtf8(), QCryptographicHash::Sha256).toHex());
    const Result<QString> id =
        gives ? m_journal.giveConsent(input) : m_journal.refuseConsent(input);
    if (!id.ok()) {
        // Nothing is lost: the choices stay on screen and the consultant can try again.
        showMessage(say(QT_TR_NOOP("Your answer could not be saved. Please give the screen "
                                   "to your consultant.")) +
                    QStringLiteral("\n") + id.error().message());
        return false;
    }
    m_savedId = id.value();
    Q_EMIT saved(m_savedId);
    return true;
}

} // namespace fortrolig
