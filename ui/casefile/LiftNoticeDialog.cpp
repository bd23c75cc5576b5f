#include "casefile/LiftNoticeDialog.h"

#include "app/journal/Journal.h"
#include "app/receipt/RequestDocuments.h"
#include "shell/DateFields.h"
#include "shell/Settings.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace fortrolig {

LiftNoticeDialog::LiftNoticeDialog(Journal& journal, const Settings& settings,
                                   const QString& citizenId, QWidget* parent)
    : QDialog(parent), m_journal(journal), m_settings(settings), m_citizenId(citizenId)
{
    setObjectName(QStringLiteral("liftNoticeDialog"));
    setWindowTitle(tr("Letter: the restriction will be lifted"));
    m_liftOn =
        DateFields::day(QStringLiteral("liftNoticeDate"), tr("Lifted on this day at the earliest"),
                        QDate::currentDate().addDays(14));
    m_liftOn->setMinimumDate(QDate::currentDate()); // the citizen is told before
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("liftNoticeReason"));
    m_reason->setAccessibleName(tr("The municipality's reason"));
    m_reason->setPlaceholderText(tr("The municipality's decision, in a few words"));
    m_reason->setMinimumWidth(fontMetrics().averageCharWidth() * 45);
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("liftNoticeLanguage"));
    m_language->setAccessibleName(tr("The citizen's language"));
    for (const QString& language : RequestDocuments::languages())
        m_language->addItem(language == QStringLiteral("da") ? QStringLiteral("Dansk")
                                                             : QStringLiteral("English"),
                            language);
    m_message = new QLabel(tr("The letter says since when and why the information was "
                              "restricted, the municipality's decision, and whom to ask. Lift "
                              "the restriction once it has been given."));
    m_message->setObjectName(QStringLiteral("liftNoticeMessage"));
    m_message->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save the letter..."));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("liftNoticeSave"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Lifted &on:"), m_liftOn);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(m_message);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LiftNoticeDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void LiftNoticeDialog::save()
{
    auto facts = RequestDocuments::liftFactsOf(m_journal, m_citizenId);
    if (!facts.ok()) {
        m_message->setText(
            facts.error().code == ErrorCode::NotAllowed
                ? tr("The case has no restriction in force, or no course to name the "
                     "municipality by.")
                : facts.error().message());
        return;
    }
    RequestDocuments::LiftFacts f = facts.value();
    f.liftOn = m_liftOn->date();
    f.reason = m_reason->text();
    f.provider = m_settings.providerName();
    f.providerContact = m_settings.value(Settings::Key::ProviderContact).toString();
    const QString language = m_language->currentData().toString();
    auto lines = RequestDocuments::liftNoticeLines(f, language);
    if (!lines.ok()) { // the reason is what the window leaves to be given
        m_message->setText(tr("Write the municipality's reason: the citizen is told why."));
        m_reason->setFocus();
        return;
    }
    // Where: asked every time; the suggested name says what it is, never whom it is about.
    QFileDialog files(this, tr("Save as"),
                      QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                          .filePath(tr("restriction-lift-notice") + QStringLiteral(".pdf")),
                      tr("PDF (*.pdf)"));
    files.setObjectName(QStringLiteral("liftNoticeFileDialog"));
    files.setAcceptMode(QFileDialog::AcceptSave);
    files.setDefaultSuffix(QStringLiteral("pdf"));
    if (files.exec() != QDialog::Accepted || files.selectedFiles().isEmpty())
        return;
    if (Error e = RequestDocuments::save(m_journal, m_citizenId,
                                         QStringLiteral("restriction lift notice ") + language,
                                         lines.value(), files.selectedFiles().constFirst())) {
        m_message->setText(e.message());
        return;
    }
    accept();
}

} // namespace fortrolig
