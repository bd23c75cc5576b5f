#include "caseload/NewCitizenDialog.h"
#include "shell/DateFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace fortrolig {

namespace {
QDateEdit* dateEdit(const QString& objectName, const QString& accessible)
{
    return DateFields::day(objectName, accessible, QDate::currentDate());
}
} // namespace

NewCitizenDialog::NewCitizenDialog(const QStringList& courseTypes, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("newCitizenDialog"));
    setWindowTitle(tr("New citizen from a referral"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("newCitizenName"));
    m_name->setAccessibleName(tr("Name"));
    m_cpr = new QLineEdit;
    m_cpr->setObjectName(QStringLiteral("newCitizenCpr"));
    m_cpr->setAccessibleName(tr("CPR number"));
    m_cpr->setPlaceholderText(tr("DDMMYY-SSSS"));
    m_municipality = new QLineEdit;
    m_municipality->setObjectName(QStringLiteral("newCitizenMunicipality"));
    m_municipality->setAccessibleName(tr("Referring municipality"));
    m_courseType = new QComboBox;
    m_courseType->setObjectName(QStringLiteral("newCitizenCourseType"));
    m_courseType->setAccessibleName(tr("Course type"));
    m_courseType->addItems(courseTypes);
    m_hasReferral = new QCheckBox(tr("Referral date known"));
    m_hasReferral->setChecked(true);
    m_referral = dateEdit(QStringLiteral("newCitizenReferral"), tr("Referral date"));
    m_start = dateEdit(QStringLiteral("newCitizenStart"), tr("Start date"));
    m_hasEnd = new QCheckBox(tr("Planned end known"));
    m_end = dateEdit(QStringLiteral("newCitizenPlannedEnd"), tr("Planned end"));
    m_end->setDate(QDate::currentDate().addMonths(6));
    m_end->setEnabled(false);
    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("newCitizenProblems"));
    m_problems->setWordWrap(true);
    m_problems->setAccessibleName(tr("Problems with the form"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("newCitizenSave"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&CPR number:"), m_cpr);
    form->addRow(tr("&Municipality:"), m_municipality);
    form->addRow(tr("Course &type:"), m_courseType);
    form->addRow(m_hasReferral, m_referral);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(m_hasEnd, m_end);
    form->addRow(m_problems);
    form->addRow(m_buttons);

    for (QLineEdit* e : {m_name, m_cpr, m_municipality})
        connect(e, &QLineEdit::textChanged, this, &NewCitizenDialog::revalidate);
    for (QDateEdit* d : {m_referral, m_start, m_end})
        connect(d, &QDateEdit::dateChanged, this, &NewCitizenDialog::revalidate);
    connect(m_hasReferral, &QCheckBox::toggled, m_referral, &QWidget::setEnabled);
    connect(m_hasEnd, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    connect(m_hasReferral, &QCheckBox::toggled, this, &NewCitizenDialog::revalidate);
    connect(m_hasEnd, &QCheckBox::toggled, this, &NewCitizenDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

void NewCitizenDialog::setRegister(const MunicipalityRegister& municipalities)
{
    m_register = municipalities;
    QStringList names;
    for (const Municipality& m : m_register.entries)
        names << m.name;
    auto* completer = new QCompleter(names, m_municipality);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_municipality->setCompleter(completer);
    m_municipality->setToolTip(
        names.isEmpty() ? QString()
                        : tr("The provider's register: %1").arg(names.join(QStringLiteral(", "))));
    revalidate();
}

ReferralForm NewCitizenDialog::form() const
{
    ReferralForm f;
    f.name = m_name->text();
    f.cpr = m_cpr->text();
    const Municipality* registered = m_register.byName(m_municipality->text());
    f.municipality = registered ? registered->name : m_municipality->text();
    f.courseType = m_courseType->currentText();
    f.referralDate = m_hasReferral->isChecked() ? m_referral->date() : QDate();
    f.startDate = m_start->date();
    f.plannedEnd = m_hasEnd->isChecked() ? m_end->date() : QDate();
    return f;
}

void NewCitizenDialog::revalidate()
{
    const ReferralForm::Check c = form().check();
    QStringList lines;
    for (const QString& e : c.errors)
        lines << QStringLiteral("• ") + e;
    for (const QString& w : c.warnings)
        lines << QStringLiteral("⚠ ") + w;
    if (!m_register.entries.isEmpty() && !m_municipality->text().trimmed().isEmpty() &&
        !m_register.byName(m_municipality->text()))
        lines << QStringLiteral("⚠ ") +
                     tr("%1 is not in the provider's register of municipalities: the consent "
                        "form and the hand-over will lack its contacts. Check the spelling, or "
                        "ask the administrator to add it.")
                         .arg(m_municipality->text().trimmed());
    m_problems->setText(lines.join(QLatin1Char('\n')));
    // A longer explanation wraps onto more lines: the window grows to show all of it (a
    // window's layout does not ask for the height its wrapped text needs by itself).
    if (layout() && isVisible()) {
        layout()->activate();
        const int needed = layout()->totalHeightForWidth(width());
        if (needed > height())
            resize(width(), needed);
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(c.ok());
}

} // namespace fortrolig
