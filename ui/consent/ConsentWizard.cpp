#include "consent/ConsentWizard.h"

#include "consent/ConsentTemplate.h"
#include "consent/FormLanguage.h"
#include "consent/SignaturePad.h"
#include "journal/Journal.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace fortrolig {

namespace {
QLabel* textLabel(const QString& text, const QString& name = {})
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (!name.isEmpty())
        label->setObjectName(name);
    return label;
}

QString fill(QString text, const QString& key, const QString& value)
{
    return text.replace(QLatin1Char('{') + key + QLatin1Char('}'), value);
}
} // namespace

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
    warn.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
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
    if (!form) { // the consultant's choice is not there in that language: the first that is
        for (const ConsentTemplate& t : m_catalogue.templates) {
            if (t.id() == m_setup.templateId) {
                form = &t;
                break;
            }
        }
    }
    m_form = form;
    // A new language is a new start: the citizen has chosen nothing yet on the language page.
    m_lang = std::make_unique<FormLanguage>(form->language());
    m_session = std::make_unique<ConsentSession>(*form, m_setup.citizenId, m_setup.courseId,
                                                 m_setup.recipients, m_setup.municipality,
                                                 m_setup.provider);
    m_session->setCitizenBirthDate(m_setup.birthDate);
    setLayoutDirection(form->rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    setLocale(QLocale(form->language()));
    build();
    go(0);
}

QWidget* ConsentWizard::page(const QString& name, const QString& title, QBoxLayout** body)
{
    auto* inner = new QWidget;
    auto* box = new QVBoxLayout(inner);
    box->setSpacing(box->spacing() * 2);
    auto* heading = textLabel(title, QStringLiteral("wizardHeading"));
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    heading->setFont(f);
    box->addWidget(heading);
    *body = box;
    // Long texts and 200 % scaling: the page scrolls rather than cuts anything off.
    auto* scroll = new QScrollArea;
    scroll->setObjectName(name);
    scroll->setAccessibleName(title);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    return scroll;
}

void ConsentWizard::build()
{
    for (const Step& s : std::as_const(m_steps)) {
        m_stack->removeWidget(s.widget);
        s.widget->deleteLater(); // the language buttons may be what is running now
    }
    m_steps.clear();
    m_summary = m_doneSummary = nullptr;
    m_pad = nullptr;
    m_signer = nullptr;
    using P = ConsentSession::Page;
    m_steps << Step{P::Language, -1, languagePage()} << Step{P::About, -1, aboutPage()};
    for (int i = 0; i < m_setup.recipients.size(); ++i)
        m_steps << Step{P::Recipient, i, recipientPage(i)};
    m_steps << Step{P::Validity, -1, validityPage()} << Step{P::Summary, -1, summaryPage()}
            << Step{P::Signature, -1, signaturePage()} << Step{P::Done, -1, donePage()};
    for (const Step& s : std::as_const(m_steps))
        m_stack->addWidget(s.widget);
}

bool ConsentWizard::shares() const
{
    for (int i = 0; i < m_setup.recipients.size(); ++i) {
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
    for (int i = 0; i < m_setup.recipients.size(); ++i)
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
    for (int i = 0; i < m_setup.recipients.size(); ++i) {
        m_session->answer(i, false);
        if (auto* no =
                m_steps.at(2 + i).widget->findChild<QRadioButton*>(QStringLiteral("wizardNo")))
            no->setChecked(true);
    }
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).page == ConsentSession::Page::Summary)
            go(i);
    }
}

bool ConsentWizard::record()
{
    Result<QString> id = QString();
    if (shares()) {
        const Signature& signature = m_pad->signature();
        if (!signature.isPlausible()) {
            showMessage(say(QT_TR_NOOP("Sign in the white field with a finger, a pen or the "
                                       "mouse.")));
            m_pad->setFocus();
            return false;
        }
        id = m_journal.giveConsent(m_session->toConsentInput(signature.toJson(), m_setup.place));
    } else {
        id = m_journal.refuseConsent(m_session->toRefusal());
    }
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

QWidget* ConsentWizard::languagePage()
{
    QBoxLayout* body = nullptr;
    QWidget* w = page(QStringLiteral("wizardPageLanguage"),
                      say(QT_TR_NOOP("Choose the language of the form")), &body);
    auto* group = new QButtonGroup(w);
    for (const ConsentTemplate& t : m_catalogue.templates) {
        if (t.id() != m_setup.templateId)
            continue;
        // Each language named in itself, so the citizen finds their own.
        // ("en" alone would read "American English".)
        QString name = t.language() == QStringLiteral("en")
                           ? QStringLiteral("English")
                           : QLocale(t.language()).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        auto* choice = new QRadioButton(name.isEmpty() ? t.language() : name);
        choice->setObjectName(QStringLiteral("wizardLanguage_") + t.language());
        choice->setLayoutDirection(t.rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
        choice->setChecked(&t == m_form);
        group->addButton(choice);
        body->addWidget(choice);
        const QString language = t.language();
        connect(choice, &QRadioButton::toggled, this, [this, language](bool on) {
            if (on && language != m_form->language())
                chooseLanguage(language);
        });
    }
    body->addStretch();
    return w;
}

QWidget* ConsentWizard::aboutPage()
{
    QBoxLayout* body = nullptr;
    QWidget* w =
        page(QStringLiteral("wizardPageAbout"), m_form->text(QStringLiteral("title")), &body);
    body->addWidget(
        textLabel(m_form->text(QStringLiteral("purpose")), QStringLiteral("wizardPurpose")));
    body->addWidget(textLabel(fill(m_form->text(QStringLiteral("controller")),
                                   QStringLiteral("municipality"), m_setup.municipality)));
    body->addWidget(textLabel(fill(m_form->text(QStringLiteral("processor")),
                                   QStringLiteral("provider"), m_setup.provider)));
    body->addWidget(textLabel(m_form->text(QStringLiteral("jobcentre"))));
    body->addWidget(textLabel(m_form->text(QStringLiteral("refusal"))));
    auto* no = new QPushButton(say(QT_TR_NOOP("I do not want to give consent")));
    no->setObjectName(QStringLiteral("wizardSayNo"));
    no->setAutoDefault(false);
    connect(no, &QPushButton::clicked, this, &ConsentWizard::sayNoToEverything);
    body->addWidget(no, 0, Qt::AlignLeading);
    body->addStretch();
    return w;
}

QWidget* ConsentWizard::recipientPage(int index)
{
    const Recipient& r = m_setup.recipients.at(index);
    QBoxLayout* body = nullptr;
    QWidget* w = page(QStringLiteral("wizardPageRecipient"),
                      say(QT_TR_NOOP("May %1 share information about you with %2?"))
                          .arg(m_setup.provider, m_form->recipientText(r)),
                      &body);
    auto* yes = new QRadioButton(say(QT_TR_NOOP("&Yes, I want that")));
    yes->setObjectName(QStringLiteral("wizardYes"));
    auto* no = new QRadioButton(say(QT_TR_NOOP("N&o")));
    no->setObjectName(QStringLiteral("wizardNo"));
    auto* answer = new QButtonGroup(w); // exclusive, and nothing chosen until the citizen does
    answer->addButton(yes);
    answer->addButton(no);
    body->addWidget(yes);
    body->addWidget(no);

    auto* ordinary = new QGroupBox(say(QT_TR_NOOP("What may we tell them? Choose each kind.")));
    ordinary->setObjectName(QStringLiteral("wizardCategories"));
    auto* special =
        new QGroupBox(say(QT_TR_NOOP("Sensitive information. Choose it only if you want to.")));
    special->setObjectName(QStringLiteral("wizardSensitiveCategories"));
    auto* ordinaryBox = new QVBoxLayout(ordinary);
    auto* specialBox = new QVBoxLayout(special);
    QList<QCheckBox*> boxes;
    for (const ConsentTemplate::Category& c : m_form->categories()) {
        auto* tick = new QCheckBox(c.label);
        tick->setObjectName(QStringLiteral("wizardCategory_") + c.id);
        tick->setAccessibleDescription(c.explanation);
        auto* explanation = textLabel(c.explanation);
        explanation->setIndent(tick->style()->pixelMetric(QStyle::PM_IndicatorWidth) * 2);
        QVBoxLayout* into = InfoCategory::isSpecial(c.id) ? specialBox : ordinaryBox;
        into->addWidget(tick);
        into->addWidget(explanation);
        boxes << tick;
        const QString id = c.id;
        connect(tick, &QCheckBox::toggled, this, [this, index, id](bool on) {
            m_session->setCategory(index, id, on);
            recheck();
        });
    }
    ordinary->setEnabled(false);
    special->setEnabled(false);
    body->addWidget(ordinary);
    body->addWidget(special);
    body->addStretch();
    connect(yes, &QRadioButton::toggled, this, [this, index, ordinary, special](bool on) {
        if (!on)
            return;
        m_session->answer(index, true);
        ordinary->setEnabled(true);
        special->setEnabled(true);
        recheck();
    });
    connect(no, &QRadioButton::toggled, this, [this, index, ordinary, special, boxes](bool on) {
        if (!on)
            return;
        m_session->answer(index, false); // a "no" forgets the categories too
        for (QCheckBox* b : boxes) {
            const QSignalBlocker quiet(b);
            b->setChecked(false);
        }
        ordinary->setEnabled(false);
        special->setEnabled(false);
        recheck();
    });
    return w;
}

QWidget* ConsentWizard::validityPage()
{
    QBoxLayout* body = nullptr;
    QWidget* w = page(QStringLiteral("wizardPageValidity"),
                      say(QT_TR_NOOP("How long may we share it?")), &body);
    body->addWidget(textLabel(m_form->text(QStringLiteral("validity"))));
    auto* untilEnd = new QRadioButton(say(QT_TR_NOOP("Until my &course ends")));
    untilEnd->setObjectName(QStringLiteral("wizardUntilCourseEnd"));
    auto* untilDate = new QRadioButton(say(QT_TR_NOOP("Until a &date I choose:")));
    untilDate->setObjectName(QStringLiteral("wizardUntilDate"));
    auto* group = new QButtonGroup(w);
    group->addButton(untilEnd);
    group->addButton(untilDate);
    auto* date = new QDateEdit(QDate::currentDate().addMonths(3));
    date->setObjectName(QStringLiteral("wizardValidDate"));
    date->setAccessibleName(say(QT_TR_NOOP("Last day the consent is valid")));
    date->setLocale(QLocale(m_form->language()));
    date->setDisplayFormat(QLocale(m_form->language()).dateFormat(QLocale::LongFormat));
    date->setCalendarPopup(true);
    date->setMinimumDate(QDate::currentDate());
    date->setEnabled(false);
    auto* row = new QHBoxLayout;
    row->addWidget(untilDate);
    row->addWidget(date);
    row->addStretch();
    body->addWidget(untilEnd);
    body->addLayout(row);
    body->addStretch();
    connect(untilEnd, &QRadioButton::toggled, this, [this, date](bool on) {
        date->setEnabled(!on);
        if (on)
            m_session->chooseUntilCourseEnd();
        recheck();
    });
    connect(untilDate, &QRadioButton::toggled, this, [this, date](bool on) {
        if (on)
            m_session->chooseUntil(date->date());
        recheck();
    });
    connect(date, &QDateEdit::dateChanged, this, [this, untilDate](QDate d) {
        if (untilDate->isChecked())
            m_session->chooseUntil(d);
    });
    return w;
}

QWidget* ConsentWizard::summaryPage()
{
    QBoxLayout* body = nullptr;
    QWidget* w =
        page(QStringLiteral("wizardPageSummary"), say(QT_TR_NOOP("What you chose")), &body);
    m_summary = textLabel({}, QStringLiteral("wizardSummaryText"));
    body->addWidget(m_summary);
    body->addWidget(textLabel(m_form->text(QStringLiteral("withdraw"))));
    body->addWidget(textLabel(say(QT_TR_NOOP("If something is not as you want it, go back and "
                                             "change it."))));
    body->addStretch();
    return w;
}

void ConsentWizard::refreshSummary()
{
    QStringList lines = m_session->summary();
    if (shares() && m_session->validity()) {
        lines << (m_session->validity()->isValid()
                      ? fill(m_form->receiptPhrase(QStringLiteral("validUntil")),
                             QStringLiteral("date"),
                             QLocale(m_form->language())
                                 .toString(*m_session->validity(), QLocale::LongFormat))
                      : m_form->receiptPhrase(QStringLiteral("untilCourseEnd")));
    }
    const QString text = QStringLiteral("• ") + lines.join(QStringLiteral("\n• "));
    for (QLabel* label : {m_summary, m_doneSummary}) {
        if (label) {
            label->setText(text);
            label->setAccessibleName(text);
        }
    }
}

QWidget* ConsentWizard::signaturePage()
{
    QBoxLayout* body = nullptr;
    QWidget* w = page(QStringLiteral("wizardPageSignature"), say(QT_TR_NOOP("Signature")), &body);
    body->addWidget(textLabel(m_form->text(QStringLiteral("signature"))));
    const int age = m_session->citizenAge();
    const bool guardian = age >= 0 && age < 15;
    if (guardian) {
        body->addWidget(textLabel(say(QT_TR_NOOP("You are under 15, so the holder of parental "
                                                 "responsibility signs.")),
                                  QStringLiteral("wizardGuardianNote")));
    }
    m_signer = new QLineEdit;
    m_signer->setObjectName(QStringLiteral("wizardSigner"));
    auto* signerLabel =
        new QLabel(guardian ? say(QT_TR_NOOP("&Name of the holder of parental responsibility:"))
                            : say(QT_TR_NOOP("Your &name:")));
    signerLabel->setBuddy(m_signer);
    m_signer->setAccessibleName(signerLabel->text().remove(QLatin1Char('&')));
    if (!guardian) {
        m_signer->setText(m_setup.citizenName);
        m_session->setSigner(m_setup.citizenName, false);
    }
    connect(m_signer, &QLineEdit::textChanged, this, [this, guardian](const QString& t) {
        m_session->setSigner(t, guardian);
        recheck();
    });
    body->addWidget(signerLabel);
    body->addWidget(m_signer);
    m_pad = new SignaturePad;
    m_pad->setObjectName(QStringLiteral("signaturePad"));
    m_pad->setAccessibleName(say(QT_TR_NOOP("Signature field")));
    m_pad->setAccessibleDescription(
        say(QT_TR_NOOP("Draw your signature with a finger, a pen or the mouse.")));
    m_pad->setMinimumHeight(m_pad->sizeHint().height());
    body->addWidget(
        textLabel(say(QT_TR_NOOP("Sign in the white field with a finger, a pen or the mouse."))));
    body->addWidget(m_pad, 1);
    auto* clear = new QPushButton(say(QT_TR_NOOP("C&lear and sign again")));
    clear->setObjectName(QStringLiteral("wizardClearSignature"));
    clear->setAutoDefault(false);
    connect(clear, &QPushButton::clicked, m_pad, &SignaturePad::clear);
    connect(m_pad, &SignaturePad::changed, this, &ConsentWizard::recheck);
    body->addWidget(clear, 0, Qt::AlignLeading);
    return w;
}

QWidget* ConsentWizard::donePage()
{
    QBoxLayout* body = nullptr;
    QWidget* w = page(QStringLiteral("wizardPageDone"), say(QT_TR_NOOP("Thank you")), &body);
    body->addWidget(textLabel(say(QT_TR_NOOP("Your answer is saved. Your consultant gives you a "
                                             "receipt, on paper or as a file."))));
    m_doneSummary = textLabel({}, QStringLiteral("wizardDoneSummary"));
    body->addWidget(m_doneSummary);
    body->addWidget(textLabel(m_form->text(QStringLiteral("withdraw"))));
    auto* handBack = new QPushButton(say(QT_TR_NOOP("&Give the screen back to the consultant")));
    handBack->setObjectName(QStringLiteral("wizardHandBack"));
    connect(handBack, &QPushButton::clicked, this, &ConsentWizard::handBackRequested);
    body->addWidget(handBack, 0, Qt::AlignLeading);
    body->addStretch();
    return w;
}

} // namespace fortrolig
