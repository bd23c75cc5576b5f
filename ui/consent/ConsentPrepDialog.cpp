#include "consent/ConsentPrepDialog.h"
#include "app/core/Dates.h"

#include "app/consent/ConsentTemplate.h"
#include "casefile/ConsentLabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace fortrolig {

namespace {
QLineEdit* field(const QString& name, const QString& accessibleName, const QString& text = {})
{
    auto* edit = new QLineEdit(text);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    return edit;
}
} // namespace

ConsentPrepDialog::ConsentPrepDialog(const CitizenDetails& citizen,
                                     const TemplateCatalogue& catalogue, const QString& provider,
                                     const QString& providerContact, const QString& language,
                                     QWidget* parent)
    : QDialog(parent), m_citizen(citizen), m_catalogue(catalogue), m_language(language)
{
    setObjectName(QStringLiteral("consentPrepDialog"));
    setWindowTitle(tr("Prepare the consent form"));
    m_course = new QComboBox;
    m_course->setObjectName(QStringLiteral("prepCourse"));
    m_course->setAccessibleName(tr("The course the consent is for"));
    for (const CourseRecord& c : citizen.courses) {
        if (c.actualEnd.isValid())
            continue; // a consent is for a course that is still running
        m_course->addItem(
            tr("%1, %2, from %3").arg(c.courseType, c.municipality, Dates::day(c.startDate)), c.id);
    }
    m_form = new QComboBox;
    m_form->setObjectName(QStringLiteral("prepForm"));
    m_form->setAccessibleName(tr("Consent form"));
    for (const ConsentTemplate& t : catalogue.templates) {
        if (m_form->findData(t.id()) < 0)
            m_form->addItem(tr("%1 (version %2)").arg(t.id()).arg(t.version()), t.id());
    }
    m_provider =
        field(QStringLiteral("prepProvider"), tr("Provider, as the form names it"), provider);
    m_providerContact =
        field(QStringLiteral("prepProviderContact"),
              tr("The provider's phone or e-mail, for the citizen to withdraw"), providerContact);
    m_providerContact->setPlaceholderText(tr("Phone or e-mail, e.g. 00 00 00 00"));
    m_place = field(QStringLiteral("prepPlace"), tr("Where the form is signed"));

    auto* recipients = new QWidget;
    m_rowsBox = new QVBoxLayout(recipients);
    m_rowsBox->setContentsMargins(0, 0, 0, 0);
    auto* add = new QPushButton(tr("&Add a recipient"));
    add->setObjectName(QStringLiteral("prepAddRecipient"));
    add->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, [this] {
        addRecipientRow();
        m_rows.last().kind->setFocus();
    });
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("prepProblem"));
    m_problem->setWordWrap(true);
    m_controllerNote = new QLabel;
    m_controllerNote->setObjectName(QStringLiteral("prepControllerNote"));
    m_controllerNote->setWordWrap(true);
    m_controllerNote->setTextFormat(Qt::PlainText);

    auto* intro = new QLabel(
        tr("Choose whom the citizen will be asked about. Type the name of a company, a doctor "
           "or a relative, and say whether we would tell them, get information from them, or "
           "both, and why, before you turn the screen: the citizen then chooses yes or no to "
           "each question, and which kinds of information."));
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_start =
        buttons->addButton(tr("&Turn the screen to the citizen"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("prepStart"));
    auto* form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("C&ourse:"), m_course);
    form->addRow(tr("&Form:"), m_form);
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("Provider's co&ntact:"), m_providerContact);
    form->addRow(tr("P&lace:"), m_place);
    form->addRow(m_controllerNote);
    form->addRow(tr("Recipients:"), recipients);
    form->addRow(QString(), add);
    form->addRow(m_problem);
    form->addRow(buttons);
    connect(m_form, &QComboBox::currentIndexChanged, this, &ConsentPrepDialog::showFormsQuestions);
    connect(m_form, &QComboBox::currentIndexChanged, this, &ConsentPrepDialog::showControllerNote);
    connect(m_course, &QComboBox::currentIndexChanged, this,
            &ConsentPrepDialog::showControllerNote);
    showControllerNote();
    connect(buttons, &QDialogButtonBox::accepted, this, &ConsentPrepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    addRecipientRow();
    resize(sizeHint().width() * 5 / 4, sizeHint().height());
}

void ConsentPrepDialog::addRecipientRow(const QString& kind, const QString& name,
                                        const QString& direction, const QString& purpose)
{
    const int n = int(m_rows.size());
    auto* row = new QWidget;
    auto* kindBox = new QComboBox;
    kindBox->setObjectName(QStringLiteral("prepRecipientKind_%1").arg(n));
    kindBox->setAccessibleName(tr("Recipient %1: kind").arg(n + 1));
    kindBox->addItem(tr("Choose..."), QString());
    for (const QString& k : RecipientKind::all()) {
        if (k != RecipientKind::Jobcentre) // the jobcentre has the law's basis, not consent
            kindBox->addItem(ConsentLabels::recipientKind(k), k);
    }
    kindBox->setCurrentIndex(std::max(0, kindBox->findData(kind)));
    auto* nameEdit = new QLineEdit(name);
    nameEdit->setObjectName(QStringLiteral("prepRecipientName_%1").arg(n));
    nameEdit->setAccessibleName(tr("Recipient %1: name").arg(n + 1));
    // "Someone else": the citizen must be able to tell who it is, so the role too.
    const auto hint = [this, kindBox, nameEdit] {
        nameEdit->setPlaceholderText(kindBox->currentData().toString() == QStringLiteral("other")
                                         ? tr("Name, and what they do (e.g. Jens Hansen, mentor)")
                                         : tr("Name (company, doctor, person)"));
    };
    hint();
    connect(kindBox, &QComboBox::currentIndexChanged, this, hint);
    auto* remove = new QPushButton(tr("Remove"));
    remove->setObjectName(QStringLiteral("prepRemoveRecipient_%1").arg(n));
    remove->setAccessibleName(tr("Remove recipient %1").arg(n + 1));
    remove->setAutoDefault(false);

    Row r = wayAndWhy(n, direction, purpose);
    r.widget = row;
    r.kind = kindBox;
    r.name = nameEdit;

    auto* grid = new QGridLayout(row);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(kindBox, 0, 0);
    grid->addWidget(nameEdit, 0, 1);
    grid->addWidget(remove, 0, 2);
    grid->addWidget(r.direction, 1, 0);
    auto* why = new QHBoxLayout;
    why->addWidget(r.purpose, 1);
    why->addWidget(r.otherPurpose, 1);
    grid->addLayout(why, 1, 1, 1, 2);
    grid->setColumnStretch(1, 1);
    m_rowsBox->addWidget(row);
    m_rows << r;
    connect(remove, &QPushButton::clicked, this, [this, row] {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).widget == row)
                m_rows.removeAt(i);
        }
        row->hide();
        row->deleteLater();
    });
    showFormsQuestions();
}

// Which way, and why: chosen by the consultant, shown to the citizen with the question. The
// purposes are the chosen form's, filled again when another form is chosen.
ConsentPrepDialog::Row ConsentPrepDialog::wayAndWhy(int n, const QString& direction,
                                                    const QString& purpose)
{
    auto* directionBox = new QComboBox;
    directionBox->setObjectName(QStringLiteral("prepDirection_%1").arg(n));
    directionBox->setAccessibleName(tr("Recipient %1: tell or ask").arg(n + 1));
    directionBox->addItem(tr("Tell them"), QStringLiteral("tell"));
    directionBox->addItem(tr("Get information from them"), QStringLiteral("obtain"));
    directionBox->addItem(tr("Both"), QStringLiteral("both"));
    directionBox->setCurrentIndex(std::max(0, directionBox->findData(direction)));
    auto* purposeBox = new QComboBox;
    purposeBox->setObjectName(QStringLiteral("prepPurpose_%1").arg(n));
    purposeBox->setAccessibleName(tr("Recipient %1: purpose").arg(n + 1));
    auto* other = new QLineEdit;
    other->setObjectName(QStringLiteral("prepOtherPurpose_%1").arg(n));
    other->setAccessibleName(tr("Recipient %1: purpose in your own words").arg(n + 1));
    // Read after "to" ("Why we ask: to ..."), so a verb first.
    other->setPlaceholderText(tr("What we want to do, e.g. plan your transport to the placement"));
    const auto fillPurposes = [this, purposeBox, other, purpose] {
        const QString was = purposeBox->count() ? purposeBox->currentData().toString() : purpose;
        const QSignalBlocker quiet(purposeBox);
        purposeBox->clear();
        purposeBox->addItem(tr("Choose a purpose..."), QString());
        if (const ConsentTemplate* form = chosenForm())
            for (const ConsentTemplate::Purpose& p : form->purposes())
                purposeBox->addItem(p.label, p.id);
        purposeBox->addItem(tr("Other (write it)"), QStringLiteral("*"));
        int at = purposeBox->findData(was);
        if (at < 0 && !was.isEmpty()) { // a purpose in words
            at = purposeBox->count() - 1;
            other->setText(was);
        }
        purposeBox->setCurrentIndex(std::max(0, at));
        other->setVisible(purposeBox->currentData().toString() == QStringLiteral("*"));
    };
    fillPurposes();
    connect(purposeBox, &QComboBox::currentIndexChanged, this, [purposeBox, other] {
        other->setVisible(purposeBox->currentData().toString() == QStringLiteral("*"));
    });
    connect(m_form, &QComboBox::currentIndexChanged, purposeBox, fillPurposes);

    return Row{nullptr, nullptr, nullptr, directionBox, purposeBox, other};
}

const ConsentTemplate* ConsentPrepDialog::chosenForm() const
{
    return m_catalogue.find(m_form->currentData().toString(), m_language);
}

void ConsentPrepDialog::showFormsQuestions()
{
    const ConsentTemplate* form = chosenForm();
    const bool asks = form && form->asksAboutObtaining();
    for (const Row& r : std::as_const(m_rows)) {
        r.direction->setVisible(asks);
        r.purpose->setVisible(asks);
        r.otherPurpose->setVisible(asks && r.purpose->currentData().toString() == u'*');
    }
}

void ConsentPrepDialog::showControllerNote()
{
    const ConsentTemplate* form = chosenForm();
    const QString municipality = setup().municipality;
    QString note;
    if (form && form->hasRightsPage() && !municipality.isEmpty()) {
        const ControllerEntry* entry = m_catalogue.controller(municipality);
        if (!entry)
            note = tr("%1 is not in your provider's register of municipalities, so the form "
                      "cannot show its contact details: it tells the citizen to find them in "
                      "the jobcentre's letter. Your provider adds the municipality; this "
                      "computer receives it at the next sync.")
                       .arg(municipality);
        else if (!entry->approvedOn(form->id(), form->version()).isValid())
            note = tr("%1 has not approved version %2 of this form (the register of "
                      "municipalities says).")
                       .arg(municipality)
                       .arg(form->version());
        else
            note = tr("The form shows %1's contact details and its approval of version %2.")
                       .arg(municipality)
                       .arg(form->version());
        if (entry && !entry->fromRegister)
            note += QLatin1Char(' ') + tr("These come from municipalities.json in the forms "
                                          "folder, not from your provider's server.");
    }
    m_controllerNote->setText(note);
    m_controllerNote->setVisible(!note.isEmpty());
}

CitizenModeSetup ConsentPrepDialog::setup() const
{
    CitizenModeSetup s;
    s.citizenId = m_citizen.id;
    s.citizenName = m_citizen.name;
    s.birthDate = m_citizen.birthDate;
    s.courseId = m_course->currentData().toString();
    for (const CourseRecord& c : m_citizen.courses) {
        if (c.id == s.courseId) {
            s.municipality = c.municipality;
            s.courseType = c.courseType;
            s.courseStart = c.startDate;
        }
    }
    s.provider = m_provider->text().trimmed();
    s.providerContact = m_providerContact->text().trimmed();
    s.templateId = m_form->currentData().toString();
    s.language = m_language;
    s.place = m_place->text().trimmed();
    for (const Row& r : m_rows) {
        const QString kind = r.kind->currentData().toString();
        if (kind.isEmpty())
            continue;
        CitizenModeSetup::Ask ask{Recipient{kind, r.name->text().trimmed()}};
        if (const ConsentTemplate* form = chosenForm(); form && form->asksAboutObtaining()) {
            const QString way = r.direction->currentData().toString();
            ask.tell = way != QStringLiteral("obtain");
            ask.obtain = way != QStringLiteral("tell");
            const QString purpose = r.purpose->currentData().toString();
            if (purpose == QStringLiteral("*"))
                ask.purposeText = r.otherPurpose->text().trimmed();
            else
                ask.purposeId = purpose;
        }
        s.asks << ask;
    }
    return s;
}

QString ConsentPrepDialog::problem() const
{
    if (m_course->count() == 0)
        return tr("The citizen has no running course. A consent is given for a course: add "
                  "the course first.");
    if (m_form->count() == 0)
        return tr("No consent form could be loaded.");
    if (m_provider->text().trimmed().isEmpty())
        return tr("Write the provider's name as the form should show it.");
    if (const ConsentTemplate* form = chosenForm();
        form && form->hasRightsPage() && m_providerContact->text().trimmed().isEmpty())
        return tr("Write the provider's phone or e-mail: the form tells the citizen to use it "
                  "to withdraw their consent when you are not there.");
    if (m_place->text().trimmed().isEmpty())
        return tr("Write where the form is signed (town or address).");
    const CitizenModeSetup s = setup();
    if (s.asks.isEmpty())
        return tr("Add at least one recipient the citizen will be asked about.");
    const ConsentTemplate* form = chosenForm();
    for (qsizetype i = 0; i < s.asks.size(); ++i) {
        const Recipient& r = s.asks.at(i).recipient;
        const QString kind = ConsentLabels::recipientKind(r.kind);
        const ConsentTemplate::RecipientKindText* asked = nullptr;
        if (form) {
            for (const auto& k : form->recipients())
                if (k.kind == r.kind)
                    asked = &k;
        }
        if (form && !asked)
            return tr("The form does not ask about recipient %1 (%2).").arg(i + 1).arg(kind);
        // A company, a doctor, a relative: the consent must say which one; and whichever kind
        // the form names (from version 2 the a-kasse and the union too).
        if (!r.isValid() || (asked && asked->named && r.name.trimmed().isEmpty()))
            return tr("Write the name of recipient %1 (%2).").arg(i + 1).arg(kind);
        if (r.kind == QStringLiteral("other") &&
            (r.name.section(QLatin1Char(','), 0, 0).trimmed().isEmpty() ||
             r.name.section(QLatin1Char(','), 1).trimmed().isEmpty()))
            return tr("Write who recipient %1 is and what they do, e.g. \"Jens Hansen, mentor\".")
                .arg(i + 1);
        for (qsizetype j = 0; j < i; ++j) {
            if (s.asks.at(j).recipient == r)
                return tr("Recipient %1 is on the list twice.").arg(i + 1);
        }
        // The citizen is told why we would contact them (format 2).
        if (form && form->asksAboutObtaining() && s.asks.at(i).purposeId.isEmpty() &&
            s.asks.at(i).purposeText.isEmpty())
            return tr("Choose why we would contact recipient %1, or write it.").arg(i + 1);
    }
    return {};
}

void ConsentPrepDialog::accept()
{
    const QString p = problem();
    m_problem->setText(p);
    if (!p.isEmpty())
        return;
    QDialog::accept();
}

} // namespace fortrolig
