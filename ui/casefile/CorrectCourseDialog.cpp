#include "casefile/CorrectCourseDialog.h"
#include "app/core/Dates.h"

#include "app/journal/EventRules.h"
#include "app/journal/Journal.h"
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

QString fieldText(const QString& field)
{
    if (field == QStringLiteral("municipality"))
        return CorrectCourseDialog::tr("Municipality");
    if (field == QStringLiteral("courseType"))
        return CorrectCourseDialog::tr("Course type");
    if (field == QStringLiteral("referralDate"))
        return CorrectCourseDialog::tr("Referral date");
    if (field == QStringLiteral("startDate"))
        return CorrectCourseDialog::tr("Start");
    return CorrectCourseDialog::tr("Planned end");
}

QString currentValue(const CourseRecord& c, const QString& field)
{
    const auto day = [](QDate d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    if (field == QStringLiteral("municipality"))
        return c.municipality;
    if (field == QStringLiteral("courseType"))
        return c.courseType;
    if (field == QStringLiteral("referralDate"))
        return day(c.referralDate);
    if (field == QStringLiteral("startDate"))
        return day(c.startDate);
    return day(c.plannedEnd);
}

} // namespace

CorrectCourseDialog::CorrectCourseDialog(Journal& journal, const QList<CourseRecord>& courses,
                                         const MunicipalityRegister& municipalities,
                                         QWidget* parent)
    : QDialog(parent), m_journal(journal), m_list(courses), m_register(municipalities)
{
    setObjectName(QStringLiteral("correctCourseDialog"));
    setWindowTitle(tr("Correct a course"));
    m_course = new QComboBox;
    m_course->setObjectName(QStringLiteral("correctCourseWhich"));
    m_course->setAccessibleName(tr("The course to correct"));
    for (const CourseRecord& c : m_list)
        m_course->addItem(
            tr("%1, %2, from %3").arg(c.courseType, c.municipality, Dates::day(c.startDate)), c.id);
    m_field = new QComboBox;
    m_field->setObjectName(QStringLiteral("correctCourseField"));
    m_field->setAccessibleName(tr("What to correct"));
    for (const QString& f : EventRules::correctableCourseFields())
        m_field->addItem(fieldText(f), f);
    m_field->setPlaceholderText(tr("Choose what to correct..."));
    m_field->setCurrentIndex(-1); // chosen, never assumed
    m_now = new QLabel;
    m_now->setObjectName(QStringLiteral("correctCourseNow"));
    m_now->setTextFormat(Qt::PlainText);
    m_text = new QLineEdit;
    m_text->setObjectName(QStringLiteral("correctCourseValue"));
    m_text->setAccessibleName(tr("The correct value"));
    QStringList names;
    for (const Municipality& m : m_register.entries)
        names << m.name;
    auto* completer = new QCompleter(names, m_text);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_text->setCompleter(completer);
    m_date = DateFields::day(QStringLiteral("correctCourseDate"), tr("The correct date"), {});
    m_noDate = new QCheckBox(tr("&No date"));
    m_noDate->setObjectName(QStringLiteral("correctCourseNoDate"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("correctCourseMessage"));
    m_message->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("correctCourseSave"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Course:"), m_course);
    form->addRow(tr("&What:"), m_field);
    form->addRow(tr("Now:"), m_now);
    form->addRow(tr("C&orrect value:"), m_text);
    form->addRow(tr("Correct &date:"), m_date);
    form->addRow(m_noDate);
    auto* history = new QLabel(tr("What it said before stays in the case's history."));
    history->setWordWrap(true);
    form->addRow(history);
    form->addRow(m_message);
    form->addRow(buttons);
    connect(m_course, &QComboBox::currentIndexChanged, this, &CorrectCourseDialog::showField);
    connect(m_field, &QComboBox::currentIndexChanged, this, &CorrectCourseDialog::showField);
    connect(m_text, &QLineEdit::textChanged, this, &CorrectCourseDialog::check);
    connect(m_date, &QDateEdit::dateChanged, this, &CorrectCourseDialog::check);
    connect(m_noDate, &QCheckBox::toggled, this, &CorrectCourseDialog::check);
    connect(buttons, &QDialogButtonBox::accepted, this, &CorrectCourseDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showField();
}

const CourseRecord* CorrectCourseDialog::course() const
{
    const int i = m_course->currentIndex();
    return i >= 0 && i < m_list.size() ? &m_list.at(i) : nullptr;
}

QString CorrectCourseDialog::field() const
{
    return m_field->currentData().toString();
}

QString CorrectCourseDialog::value() const
{
    if (!EventRules::isCourseDateField(field())) {
        const Municipality* registered =
            field() == QStringLiteral("municipality") ? m_register.byName(m_text->text()) : nullptr;
        return registered ? registered->name : m_text->text().simplified();
    }
    return m_noDate->isChecked() ? QString() : m_date->date().toString(Qt::ISODate);
}

// The value's editor for the chosen field, filled with what it says now.
void CorrectCourseDialog::showField()
{
    const QString f = field();
    const bool date = !f.isEmpty() && EventRules::isCourseDateField(f);
    const bool mayClear = f == QStringLiteral("referralDate") || f == QStringLiteral("plannedEnd");
    const QString now = course() && !f.isEmpty() ? currentValue(*course(), f) : QString();
    m_now->setText(f.isEmpty() ? QString() : now.isEmpty() ? tr("(none)") : now);
    m_text->setEnabled(!f.isEmpty() && !date);
    m_date->setEnabled(date);
    m_noDate->setEnabled(mayClear);
    m_noDate->setChecked(mayClear && now.isEmpty());
    if (date)
        m_date->setDate(now.isEmpty() ? QDate::currentDate() : QDate::fromString(now, Qt::ISODate));
    else
        m_text->setText(now);
    check();
}

void CorrectCourseDialog::check()
{
    m_date->setEnabled(EventRules::isCourseDateField(field()) && !m_noDate->isChecked());
    const bool changed = course() && !field().isEmpty() &&
                         value() != currentValue(*course(), field()) &&
                         (!value().isEmpty() || m_noDate->isChecked());
    m_save->setEnabled(changed);
    QString note;
    if (field() == QStringLiteral("municipality") && !m_register.entries.isEmpty() &&
        !m_text->text().trimmed().isEmpty() && !m_register.byName(m_text->text()))
        note = tr("%1 is not in the provider's register of municipalities.")
                   .arg(m_text->text().trimmed());
    m_message->setText(note);
}

void CorrectCourseDialog::save()
{
    if (!course() || field().isEmpty())
        return;
    auto id = m_journal.correctCourse(course()->id, field(), value());
    if (!id.ok()) {
        m_message->setText(id.error().message());
        return;
    }
    accept();
}

} // namespace fortrolig
