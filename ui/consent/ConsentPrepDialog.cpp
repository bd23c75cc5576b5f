#include "consent/ConsentPrepDialog.h"

#include "app/consent/ConsentTemplate.h"
#include "casefile/ConsentLabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace fortrolig {

ConsentPrepDialog::ConsentPrepDialog(const CitizenDetails& citizen,
                                     const TemplateCatalogue& catalogue, const QString& provider,
                                     const QString& language, QWidget* parent)
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
        m_course->addItem(tr("%1, %2, from %3")
                              .arg(c.courseType, c.municipality,
                                   QLocale().toString(c.startDate, QLocale::ShortFormat)),
                          c.id);
    }
    m_form = new QComboBox;
    m_form->setObjectName(QStringLiteral("prepForm"));
    m_form->setAccessibleName(tr("Consent form"));
    for (const ConsentTemplate& t : catalogue.templates) {
        if (m_form->findData(t.id()) < 0)
            m_form->addItem(tr("%1 (version %2)").arg(t.id()).arg(t.version()), t.id());
    }
    m_provider = new QLineEdit(provider);
    m_provider->setObjectName(QStringLiteral("prepProvider"));
    m_provider->setAccessibleName(tr("Provider, as the form names it"));
    m_place = new QLineEdit;
    m_place->setObjectName(QStringLiteral("prepPlace"));
    m_place->setAccessibleName(tr("Where the form is signed"));

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

    auto* intro = new QLabel(
        tr("Choose whom the citizen will be asked about. Type the name of a company, a doctor "
           "or a relative before you turn the screen: the citizen then chooses yes or no to "
           "each one, and what each may be told."));
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
    form->addRow(tr("P&lace:"), m_place);
    form->addRow(tr("Recipients:"), recipients);
    form->addRow(QString(), add);
    form->addRow(m_problem);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConsentPrepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    addRecipientRow();
    resize(sizeHint().width() * 5 / 4, sizeHint().height());
}

void ConsentPrepDialog::addRecipientRow(const QString& kind, const QString& name)
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
    nameEdit->setPlaceholderText(tr("Name (company, doctor, person)"));
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
    auto* box = new QHBoxLayout(row);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(kindBox);
    box->addWidget(nameEdit, 1);
    box->addWidget(remove);
    m_rowsBox->addWidget(row);
    m_rows << Row{row, kindBox, nameEdit};
    connect(remove, &QPushButton::clicked, this, [this, row] {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).widget == row)
                m_rows.removeAt(i);
        }
        row->hide();
        row->deleteLater();
    });
}

CitizenModeSetup ConsentPrepDialog::setup() const
{
    CitizenModeSetup s;
    s.citizenId = m_citizen.id;
    s.citizenName = m_citizen.name;
    s.birthDate = m_citizen.birthDate;
    s.courseId = m_course->currentData().toString();
    for (const CourseRecord& c : m_citizen.courses) {
        if (c.id == s.courseId)
            s.municipality = c.municipality;
    }
    s.provider = m_provider->text().trimmed();
    s.templateId = m_form->currentData().toString();
    s.language = m_language;
    s.place = m_place->text().trimmed();
    for (const Row& r : m_rows) {
        const QString kind = r.kind->currentData().toString();
        if (!kind.isEmpty())
            s.recipients << Recipient{kind, r.name->text().trimmed()};
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
    if (m_place->text().trimmed().isEmpty())
        return tr("Write where the form is signed (town or address).");
    const CitizenModeSetup s = setup();
    if (s.recipients.isEmpty())
        return tr("Add at least one recipient the citizen will be asked about.");
    const ConsentTemplate* form = m_catalogue.find(s.templateId, m_language);
    for (qsizetype i = 0; i < s.recipients.size(); ++i) {
        const Recipient& r = s.recipients.at(i);
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
            if (s.recipients.at(j) == r)
                return tr("Recipient %1 is on the list twice.").arg(i + 1);
        }
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
