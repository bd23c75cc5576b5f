// The pages of citizen mode, one topic each, built in the form's language. Navigation and
// recording are in ConsentWizard.cpp.
#include "app/consent/ConsentTemplate.h"
#include "app/consent/ReceiptText.h"
#include "consent/ConsentWizard.h"
#include "consent/FormLanguage.h"
#include "consent/SignaturePad.h"

#include <QAbstractSpinBox>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
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

QWidget* ConsentWizard::languagePage()
{
    QBoxLayout* body = nullptr;
    QWidget* w = page(QStringLiteral("wizardPageLanguage"),
                      say(QT_TR_NOOP("Choose the language of the form")), &body);
    auto* group = new QButtonGroup(w);
    for (const ConsentTemplate& t : m_catalogue.templates) {
        if (t.id() != m_setup.templateId || !canAsk(t))
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

QString ConsentWizard::filled(const QString& section) const
{
    QMap<QString, QString> values =
        ReceiptText::shownValues(m_session->details(), m_form->language());
    values.insert(QStringLiteral("municipality"), m_setup.municipality);
    values.insert(QStringLiteral("provider"), m_setup.provider);
    return ReceiptText::fill(m_form->text(section), values);
}

QWidget* ConsentWizard::aboutPage()
{
    QBoxLayout* body = nullptr;
    QWidget* w =
        page(QStringLiteral("wizardPageAbout"), m_form->text(QStringLiteral("title")), &body);
    body->addWidget(
        textLabel(m_form->text(QStringLiteral("purpose")), QStringLiteral("wizardPurpose")));
    // Format 3 names the course here and says the rest on the rights page, before the summary.
    const QStringList sections =
        m_form->hasRightsPage()
            ? QStringList{QStringLiteral("course"), QStringLiteral("controller")}
            : QStringList{QStringLiteral("controller"), QStringLiteral("processor"),
                          QStringLiteral("jobcentre"), QStringLiteral("refusal")};
    for (const QString& section : sections)
        body->addWidget(textLabel(filled(section), QStringLiteral("wizardText_") + section));
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
    const ConsentQuestion& question = m_session->questions().at(index);
    const Recipient& r = question.recipient;
    const bool obtain = question.direction == Direction::Obtain;
    QBoxLayout* body = nullptr;
    QWidget* w = page(QStringLiteral("wizardPageRecipient"),
                      (obtain ? say(QT_TR_NOOP("May %1 get information about you from %2?"))
                              : say(QT_TR_NOOP("May %1 share information about you with %2?")))
                          .arg(m_setup.provider, m_form->recipientText(r)),
                      &body);
    if (!question.purpose.isEmpty())
        body->addWidget(textLabel(say(QT_TR_NOOP("Why we ask: to %1.")).arg(question.purpose),
                                  QStringLiteral("wizardPurposeOfQuestion")));
    for (const ConsentTemplate::RecipientKindText& k : m_form->recipients())
        if (k.kind == r.kind && !k.explanation.isEmpty())
            body->addWidget(textLabel(k.explanation, QStringLiteral("wizardRecipientNote")));
    auto* yes = new QRadioButton(say(QT_TR_NOOP("&Yes, I want that")));
    yes->setObjectName(QStringLiteral("wizardYes"));
    auto* no = new QRadioButton(say(QT_TR_NOOP("N&o")));
    no->setObjectName(QStringLiteral("wizardNo"));
    auto* answer = new QButtonGroup(w); // exclusive, and nothing chosen until the citizen does
    answer->addButton(yes);
    answer->addButton(no);
    body->addWidget(yes);
    body->addWidget(no);

    auto* ordinary =
        new QGroupBox(obtain ? say(QT_TR_NOOP("What may we ask them about? Choose each kind."))
                             : say(QT_TR_NOOP("What may we tell them? Choose each kind.")));
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

QWidget* ConsentWizard::rightsPage()
{
    QBoxLayout* body = nullptr;
    QWidget* w = page(QStringLiteral("wizardPageRights"),
                      say(QT_TR_NOOP("Your rights and what happens to your information")), &body);
    // contacts (or where to find them), retention, complaint, and the approval if there is one
    const QStringList rights = m_form->rightsSections(m_session->details());
    QStringList sections{QStringLiteral("controller"),
                         rights.at(0),
                         QStringLiteral("processor"),
                         QStringLiteral("jobcentre"),
                         QStringLiteral("refusal"),
                         rights.at(1),
                         QStringLiteral("rights"),
                         QStringLiteral("withdraw"),
                         rights.at(2)};
    if (rights.size() > 3)
        sections << rights.at(3);
    for (const QString& section : std::as_const(sections))
        body->addWidget(textLabel(filled(section), QStringLiteral("wizardText_") + section));
    body->addStretch();
    return w;
}

namespace {
QString withoutMnemonic(QString text)
{
    static const QString marker = QStringLiteral("\x01");
    return text.replace(QStringLiteral("&&"), marker)
        .remove(QLatin1Char('&'))
        .replace(marker, QStringLiteral("&"));
}

// A page's words as rendered, in the order its widgets were made: texts, headings, each
// choice with its state, what is typed in a field (the signer's name), a date if it is in use.
void collectTexts(const QObject* parent, QStringList& out)
{
    for (const QObject* child : parent->children()) {
        const auto* w = qobject_cast<const QWidget*>(child);
        if (!w || w->isHidden())
            continue;
        if (const auto* label = qobject_cast<const QLabel*>(w)) {
            if (!label->text().isEmpty())
                out << label->text();
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(w)) {
            const QString state =
                !button->isCheckable()
                    ? QString()
                    : (button->isChecked() ? QStringLiteral("[x] ") : QStringLiteral("[ ] "));
            out << state + withoutMnemonic(button->text());
        } else if (const auto* box = qobject_cast<const QGroupBox*>(w)) {
            out << box->title();
        } else if (const auto* spin = qobject_cast<const QAbstractSpinBox*>(w)) {
            if (spin->isEnabled())
                out << spin->text();
            continue; // its own line edit is the same text
        } else if (const auto* edit = qobject_cast<const QLineEdit*>(w)) {
            out << edit->text();
        }
        collectTexts(w, out);
    }
}
} // namespace

QString ConsentWizard::shownText() const
{
    QStringList out{QStringLiteral("%1 v%2 %3")
                        .arg(m_form->id())
                        .arg(m_form->version())
                        .arg(m_form->language())};
    for (int step : route()) {
        if (!m_seen.contains(step) || m_steps.at(step).page == ConsentSession::Page::Done)
            continue;
        out << QString();
        collectTexts(m_steps.at(step).widget, out);
    }
    out << QString() << m_session->answersText();
    return out.join(QLatin1Char('\n'));
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
