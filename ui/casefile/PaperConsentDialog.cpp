#include "casefile/PaperConsentDialog.h"
#include "app/core/Dates.h"

#include "app/journal/Journal.h"
#include "casefile/ConsentLabels.h"
#include "shell/DateFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace fortrolig {

namespace {
constexpr qint64 kMaxScanBytes = 20 * 1024 * 1024; // a few scanned pages
} // namespace

PaperConsentDialog::PaperConsentDialog(Journal& journal, const QString& citizenId,
                                       const QString& citizenName,
                                       const QList<CourseRecord>& courses, QWidget* parent)
    : QDialog(parent), m_journal(journal), m_citizenId(citizenId)
{
    setObjectName(QStringLiteral("paperConsentDialog"));
    setWindowTitle(tr("Consent signed on paper"));
    auto* intro = new QLabel(tr("For a citizen who cannot sign on the screen: record the paper "
                                "form they signed, as it is. Tick only what is ticked on the "
                                "paper."));
    intro->setWordWrap(true);

    QFormLayout* form = buildForm(citizenName, courses);

    auto* grants = new QWidget;
    m_grantsBox = new QVBoxLayout(grants);
    m_grantsBox->addStretch(); // the recipients' rows stay compact, at the top
    auto* scroll = new QScrollArea;
    scroll->setWidget(grants);
    scroll->setWidgetResizable(true);
    auto* add = new QPushButton(tr("&Add recipient"));
    add->setObjectName(QStringLiteral("paperAddRecipient"));

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("paperError"));
    m_error->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record the consent"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("paperRecord"));

    auto* box = new QVBoxLayout(this);
    box->addWidget(intro);
    box->addLayout(form);
    box->addWidget(new QLabel(tr("Recipients, as ticked on the paper:")));
    box->addWidget(scroll, 1);
    box->addWidget(add, 0, Qt::AlignLeft);
    box->addWidget(m_error);
    box->addWidget(m_buttons);
    addRecipientRow();
    resize(720, 640);

    connect(add, &QPushButton::clicked, this, &PaperConsentDialog::addRecipientRow);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PaperConsentDialog::record);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

// The record's own fields: course, scan, signer and role, place, language, last day.
QFormLayout* PaperConsentDialog::buildForm(const QString& citizenName,
                                           const QList<CourseRecord>& courses)
{
    m_course = new QComboBox;
    m_course->setObjectName(QStringLiteral("paperCourse"));
    for (const CourseRecord& c : courses)
        m_course->addItem(
            tr("%1 in %2, from %3").arg(c.courseType, c.municipality, Dates::day(c.startDate)),
            c.id);
    m_scanLabel = new QLabel(tr("No scan chosen"));
    m_scanLabel->setObjectName(QStringLiteral("paperScanLabel"));
    auto* choose = new QPushButton(tr("Choose the &scan..."));
    choose->setObjectName(QStringLiteral("paperChooseScan"));
    auto* scanRow = new QHBoxLayout;
    scanRow->addWidget(m_scanLabel, 1);
    scanRow->addWidget(choose);
    m_signer = new QLineEdit(citizenName);
    m_signer->setObjectName(QStringLiteral("paperSigner"));
    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("paperSignerRole"));
    m_role->addItem(tr("The citizen"), QStringLiteral("citizen"));
    m_role->addItem(tr("The holder of parental responsibility"), QStringLiteral("guardian"));
    m_place = new QLineEdit;
    m_place->setObjectName(QStringLiteral("paperPlace"));
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("paperLanguage"));
    m_language->addItem(tr("Danish"), QStringLiteral("da"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_limited = new QCheckBox(tr("Valid only &until:"));
    m_limited->setObjectName(QStringLiteral("paperLimited"));
    m_until = DateFields::day(QStringLiteral("paperValidUntil"), tr("Valid until"),
                              QDate::currentDate().addMonths(6));
    m_until->setMinimumDate(QDate::currentDate());
    m_until->setEnabled(false);
    auto* untilRow = new QHBoxLayout;
    untilRow->addWidget(m_limited);
    untilRow->addWidget(m_until);
    untilRow->addStretch();

    auto* form = new QFormLayout;
    form->addRow(tr("&Course:"), m_course);
    form->addRow(tr("Scanned form:"), scanRow);
    form->addRow(tr("Si&gned by:"), m_signer);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("The form's &language:"), m_language);
    form->addRow(QString(), untilRow);

    connect(choose, &QPushButton::clicked, this, &PaperConsentDialog::chooseScan);
    connect(m_limited, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    return form;
}

void PaperConsentDialog::addRecipientRow()
{
    const int n = int(m_rows.size()) + 1;
    auto* group = new QGroupBox(tr("Recipient %1").arg(n));
    group->setObjectName(QStringLiteral("paperRecipient%1").arg(n));
    GrantRow row;
    row.kind = new QComboBox;
    row.kind->setObjectName(QStringLiteral("paperKind"));
    row.kind->setAccessibleName(tr("Kind of recipient %1").arg(n));
    row.kind->addItem(tr("Choose..."), QString());
    for (const QString& kind : RecipientKind::all()) {
        if (kind != RecipientKind::Jobcentre) // it has the legal basis
            row.kind->addItem(ConsentLabels::recipientKind(kind), kind);
    }
    row.name = new QLineEdit;
    row.name->setObjectName(QStringLiteral("paperName"));
    row.name->setAccessibleName(tr("Name of recipient %1").arg(n));
    row.name->setPlaceholderText(tr("Name (a company, a doctor, a person)"));
    // Which way, as the paper says: a recipient asked both ways is two rows.
    row.direction = new QComboBox;
    row.direction->setObjectName(QStringLiteral("paperDirection"));
    row.direction->setAccessibleName(tr("Recipient %1: tell or get information").arg(n));
    row.direction->addItem(tr("We may tell them"), QStringLiteral("tell"));
    row.direction->addItem(tr("We may get information from them"), QStringLiteral("obtain"));
    row.purpose = new QLineEdit;
    row.purpose->setObjectName(QStringLiteral("paperPurpose"));
    row.purpose->setAccessibleName(tr("Purpose for recipient %1").arg(n));
    row.purpose->setPlaceholderText(tr("Purpose, as the paper gives it"));
    auto* grid = new QGridLayout(group);
    grid->addWidget(row.kind, 0, 0);
    grid->addWidget(row.name, 0, 1, 1, 2);
    grid->addWidget(row.direction, 1, 0);
    grid->addWidget(row.purpose, 1, 1, 1, 2);
    int i = 0;
    for (const QString& category : InfoCategory::all()) {
        auto* tick = new QCheckBox(ConsentLabels::category(category));
        tick->setObjectName(QStringLiteral("paperCategory_") + category);
        tick->setProperty("category", category);
        row.categories << tick;
        grid->addWidget(tick, 2 + i / 3, i % 3);
        ++i;
    }
    m_grantsBox->insertWidget(m_grantsBox->count() - 1, group);
    m_rows << row;
    row.kind->setFocus();
}

void PaperConsentDialog::setScanFile(const QString& path)
{
    m_scanPath = path;
    const QFileInfo info(path);
    m_scanLabel->setText(
        tr("%1 (%2)").arg(info.fileName(), QLocale().formattedDataSize(info.size())));
}

void PaperConsentDialog::chooseScan()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("The scanned consent form"), QString(),
                                     tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"));
    if (!path.isEmpty())
        setScanFile(path);
}

bool PaperConsentDialog::collectGrants(ConsentInput& input, QString* problem) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const GrantRow& row = m_rows.at(i);
        const QString kind = row.kind->currentData().toString();
        QStringList categories;
        for (QCheckBox* tick : row.categories)
            if (tick->isChecked())
                categories << tick->property("category").toString();
        if (kind.isEmpty() && categories.isEmpty() && row.name->text().trimmed().isEmpty())
            continue; // an empty row
        const Recipient recipient{kind, row.name->text().trimmed()};
        if (kind.isEmpty()) {
            *problem = tr("Recipient %1: choose the kind of recipient.").arg(i + 1);
            return false;
        }
        if (!recipient.isValid()) {
            *problem = tr("Recipient %1: write the name the paper gives.").arg(i + 1);
            return false;
        }
        if (categories.isEmpty()) {
            *problem = tr("Recipient %1: tick what the paper allows.").arg(i + 1);
            return false;
        }
        const Direction direction =
            DirectionName::parse(row.direction->currentData().toString()).value_or(Direction::Tell);
        for (const ConsentGrant& g : std::as_const(input.grants)) {
            if (g.recipient == recipient && g.direction == direction) {
                *problem = tr("Recipient %1 is there twice in the same direction: tick all "
                              "its kinds in one row.")
                               .arg(i + 1);
                return false;
            }
        }
        input.grants << ConsentGrant{recipient, categories, direction,
                                     row.purpose->text().trimmed()};
    }
    if (input.grants.isEmpty()) {
        *problem = tr("Add at least one recipient as ticked on the paper.");
        return false;
    }
    return true;
}

QString PaperConsentDialog::problem(ConsentInput& input) const
{
    if (m_course->count() == 0)
        return tr("The citizen has no course: a consent is for a course. Add the course first.");
    if (m_scanPath.isEmpty())
        return tr("Choose the scanned form.");
    QFile scan(m_scanPath);
    if (!scan.open(QIODevice::ReadOnly))
        return tr("The scan cannot be read: %1").arg(scan.errorString());
    if (scan.size() == 0 || scan.size() > kMaxScanBytes)
        return tr("The scan is empty or larger than 20 MB.");
    if (m_signer->text().trimmed().isEmpty())
        return tr("Write who signed the paper.");
    QString why;
    if (!collectGrants(input, &why))
        return why;
    input.citizenId = m_citizenId;
    input.courseId = m_course->currentData().toString();
    input.templateId = QStringLiteral("paper");
    input.templateVersion = 1;
    input.language = m_language->currentData().toString();
    input.signer = m_signer->text().trimmed();
    input.signerRole = m_role->currentData().toString();
    input.place = m_place->text().trimmed();
    input.validUntil = m_limited->isChecked() ? m_until->date() : QDate();
    input.paperScan = scan.readAll();
    input.paperScanName = QFileInfo(m_scanPath).fileName();
    input.textHash = QString::fromLatin1(
        QCryptographicHash::hash(input.paperScan, QCryptographicHash::Sha256).toHex());
    return {};
}

void PaperConsentDialog::record()
{
    ConsentInput input;
    const QString why = problem(input);
    if (!why.isEmpty()) {
        m_error->setText(why);
        return;
    }
    auto id = m_journal.giveConsent(input);
    if (!id.ok()) {
        m_error->setText(tr("Not recorded: %1").arg(id.error().message()));
        return;
    }
    m_consentId = id.value();
    accept();
}

} // namespace fortrolig
