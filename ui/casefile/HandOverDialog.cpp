#include "casefile/HandOverDialog.h"

#include "app/core/Dates.h"
#include "app/domain/CitizenRequest.h"
#include "app/journal/HandOverPackage.h"
#include "app/journal/Journal.h"
#include "app/receipt/HandOverDocument.h"
#include "casefile/CaseView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>

namespace fortrolig {

namespace {

QString shortDate(const QDate& d)
{
    return Dates::day(d);
}

int countOf(const QJsonObject& package, const QString& kind)
{
    int n = 0;
    for (const QJsonValue& v : package.value(QStringLiteral("notes")).toArray())
        n += v.toObject().value(QStringLiteral("kind")).toString() == kind ? 1 : 0;
    return n;
}

// A note as the consultant finds it in the timeline: its kind and the day it was written.
QString noteLabel(const QJsonObject& package, const QString& noteId)
{
    for (const QJsonValue& v : package.value(QStringLiteral("notes")).toArray()) {
        const QJsonObject n = v.toObject();
        if (n.value(QStringLiteral("id")).toString() == noteId)
            return CaseView::noteKindText(n.value(QStringLiteral("kind")).toString()) +
                   QStringLiteral(", ") +
                   Dates::day(QDateTime::fromString(n.value(QStringLiteral("createdAt")).toString(),
                                                    Qt::ISODateWithMs));
    }
    return HandOverDialog::tr("A note");
}

// One item to check before handing over, in words.
QString reviewLine(const QJsonObject& item, const QJsonObject& package)
{
    const QString why = item.value(QStringLiteral("why")).toString();
    const QString what = item.value(QStringLiteral("what")).toString();
    const QString detail = item.value(QStringLiteral("detail")).toString();
    if (what == QStringLiteral("note")) {
        const QString note = noteLabel(package, item.value(QStringLiteral("id")).toString());
        if (why == QStringLiteral("other-course"))
            return HandOverDialog::tr("%1: written while a course of %2 ran; check that it "
                                      "belongs to this course.")
                .arg(note, detail);
        return detail.isEmpty() ? HandOverDialog::tr("%1: may tell about a relative.").arg(note)
                                : HandOverDialog::tr("%1: may tell about a relative (\"%2\").")
                                      .arg(note, detail);
    }
    return what == QStringLiteral("consent")
               ? HandOverDialog::tr("A consent that concerns a relative.")
               : HandOverDialog::tr("A disclosure that concerns a relative.");
}

} // namespace

HandOverDialog::HandOverDialog(Journal& journal, const QList<CourseRecord>& courses,
                               QWidget* parent)
    : QDialog(parent), m_journal(journal)
{
    setObjectName(QStringLiteral("handOverDialog"));
    setWindowTitle(tr("Hand over to the jobcentre"));
    // The ended courses, those not handed over first, the newest end first within each.
    for (const CourseRecord& c : courses)
        if (c.actualEnd.isValid())
            m_courses << c;
    std::stable_sort(m_courses.begin(), m_courses.end(),
                     [](const CourseRecord& a, const CourseRecord& b) {
                         if (a.handedOverAt.isValid() != b.handedOverAt.isValid())
                             return !a.handedOverAt.isValid();
                         return a.actualEnd > b.actualEnd;
                     });
    auto* intro = new QLabel(
        tr("At the end of a course the municipality, the controller, gets back the closing "
           "report, the status reports and action plans, the course's consents with their "
           "withdrawals, and the log of what was disclosed: as a PDF to read and a JSON file. "
           "Send them through the municipality's secure channel, never ordinary e-mail."));
    intro->setWordWrap(true);
    m_course = new QComboBox;
    m_course->setObjectName(QStringLiteral("handOverCourse"));
    m_course->setAccessibleName(tr("The course to hand over"));
    for (const CourseRecord& c : std::as_const(m_courses))
        m_course->addItem(
            c.handedOverAt.isValid()
                ? tr("%1, %2, ended %3 (handed over %4)")
                      .arg(c.courseType, c.municipality, shortDate(c.actualEnd),
                           shortDate(c.handedOverAt.toLocalTime().date()))
                : tr("%1, %2, ended %3").arg(c.courseType, c.municipality, shortDate(c.actualEnd)),
            c.id);
    m_contents = new QLabel;
    m_contents->setObjectName(QStringLiteral("handOverContents"));
    m_contents->setWordWrap(true);
    m_review = new QListWidget;
    m_review->setObjectName(QStringLiteral("handOverReview"));
    m_review->setAccessibleName(tr("Parts to check before handing over"));
    m_review->setMaximumHeight(m_review->fontMetrics().height() * 6);
    m_reviewed = new QCheckBox(tr("I have read the parts listed above"));
    m_reviewed->setObjectName(QStringLiteral("handOverReviewed"));
    m_to = new QLineEdit;
    m_to->setObjectName(QStringLiteral("handOverTo"));
    m_to->setAccessibleName(tr("The municipality's secure address it is sent to"));
    m_to->setMinimumWidth(m_to->fontMetrics().averageCharWidth() * 45);
    m_channel = new QComboBox;
    m_channel->setObjectName(QStringLiteral("handOverChannel"));
    m_channel->setAccessibleName(tr("How it is sent"));
    for (const QString& channel : CitizenRequest::forwardChannels())
        m_channel->addItem(CitizenRequest::channelText(channel), channel);
    m_channel->setPlaceholderText(tr("Choose how..."));
    m_channel->setCurrentIndex(-1); // chosen, never assumed
    m_receivedBy = new QLineEdit;
    m_receivedBy->setObjectName(QStringLiteral("handOverReceivedBy"));
    m_receivedBy->setAccessibleName(tr("Who received it (if known)"));
    m_receivedBy->setPlaceholderText(tr("If known"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("handOverMessage"));
    m_message->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("handOverSave"));
    m_ok->setText(tr("&Hand over..."));
    auto* form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Course:"), m_course);
    form->addRow(m_contents);
    form->addRow(m_review);
    form->addRow(m_reviewed);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&By:"), m_channel);
    form->addRow(tr("&Received by:"), m_receivedBy);
    form->addRow(m_message);
    form->addRow(buttons);
    connect(m_course, &QComboBox::currentIndexChanged, this, &HandOverDialog::courseChosen);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &HandOverDialog::updateButton);
    connect(m_reviewed, &QCheckBox::toggled, this, &HandOverDialog::updateButton);
    connect(m_to, &QLineEdit::textChanged, this, &HandOverDialog::updateButton);
    connect(buttons, &QDialogButtonBox::accepted, this, &HandOverDialog::handOver);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    courseChosen();
}

// The chosen course's package, read now (a logged use): what it holds, what to check, and the
// register's address for its municipality.
void HandOverDialog::courseChosen()
{
    m_package = {};
    m_review->clear();
    const QString id = m_course->currentData().toString();
    auto package = id.isEmpty() ? Result<QJsonObject>(Error(ErrorCode::NotFound, {}))
                                : m_journal.handOverPackage(id);
    if (!package.ok()) {
        m_contents->setText(
            package.error().detail.startsWith(QStringLiteral("closing report"))
                ? tr("This course has no closing report yet. Write it first: a new note of the "
                     "kind \"Closing report\".")
                : package.error().message());
    } else {
        m_package = package.value();
        const int consents = int(m_package.value(QStringLiteral("consents")).toArray().size());
        const int disclosures =
            int(m_package.value(QStringLiteral("disclosures")).toArray().size());
        m_contents->setText(
            tr("It holds the closing report, %n status report(s), ", nullptr,
               countOf(m_package, QStringLiteral("status-report"))) +
            tr("%n action plan(s), ", nullptr, countOf(m_package, QStringLiteral("action-plan"))) +
            tr("%n consent(s) ", nullptr, consents) +
            tr("and %n disclosure record(s).", nullptr, disclosures));
        if (!m_to->isModified()) // what the consultant typed stays
            m_to->setText(HandOverPackage::registeredAddress(m_package));
        for (const QJsonValue& v : m_package.value(QStringLiteral("review")).toArray()) {
            m_review->addItem(reviewLine(v.toObject(), m_package));
        }
    }
    const bool review = m_review->count() > 0;
    m_review->setVisible(review);
    m_reviewed->setVisible(review);
    m_reviewed->setChecked(false);
    updateButton();
}

void HandOverDialog::updateButton()
{
    m_ok->setEnabled(!m_package.isEmpty() && m_channel->currentIndex() >= 0 &&
                     !m_to->text().trimmed().isEmpty() &&
                     (m_review->count() == 0 || m_reviewed->isChecked()));
}

// Asked where only now; the PDF goes beside the JSON, by the same name.
void HandOverDialog::handOver()
{
    if (!m_ok->isEnabled())
        return;
    QFileDialog files(this, tr("Save the hand-over package as"),
                      QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                          .filePath(tr("hand-over") + QStringLiteral(".json")),
                      tr("JSON (*.json)"));
    files.setObjectName(QStringLiteral("handOverFileDialog"));
    files.setAcceptMode(QFileDialog::AcceptSave);
    files.setDefaultSuffix(QStringLiteral("json"));
    if (files.exec() != QDialog::Accepted || files.selectedFiles().isEmpty())
        return;
    const QString json = files.selectedFiles().constFirst();
    const QFileInfo info(json);
    const QString pdf = info.dir().filePath(info.completeBaseName() + QStringLiteral(".pdf"));
    const HandOverInput in{m_course->currentData().toString(), m_channel->currentData().toString(),
                           m_to->text(), m_receivedBy->text()};
    auto done = HandOverDocument::handOver(m_journal, in, m_package, json, pdf);
    if (!done.ok()) {
        m_message->setText(done.error().message());
        return;
    }
    accept();
}

} // namespace fortrolig
