#include "casefile/ShareDialog.h"

#include "app/journal/Journal.h"
#include "app/receipt/SharedDocument.h"
#include "casefile/ConsentLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fortrolig {

ShareDialog::ShareDialog(Journal& journal, const QString& citizenId, const QString& noteTitle,
                         const QString& noteText, const QString& folder, QWidget* parent)
    : QDialog(parent), m_journal(journal), m_citizenId(citizenId), m_title(noteTitle),
      m_text(noteText), m_folder(folder)
{
    setObjectName(QStringLiteral("shareDialog"));
    setWindowTitle(tr("Share with ..."));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("shareRecipientKind"));
    m_kind->setAccessibleName(tr("Recipient"));
    for (const QString& kind : RecipientKind::all())
        m_kind->addItem(ConsentLabels::recipientKind(kind), kind);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("shareRecipientName"));
    m_name->setAccessibleName(tr("Recipient's name"));
    auto* categoriesBox = new QVBoxLayout;
    for (const QString& category : InfoCategory::all()) {
        auto* box = new QCheckBox(ConsentLabels::category(category)); // nothing pre-ticked
        box->setObjectName(QStringLiteral("shareCategory_") + category);
        box->setProperty("category", category);
        m_categories << box;
        categoriesBox->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &ShareDialog::recheck);
    }
    m_answer = new QLabel;
    m_answer->setObjectName(QStringLiteral("shareAnswer"));
    m_answer->setWordWrap(true);
    m_answer->setAccessibleName(tr("May it be shared?"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_share = buttons->addButton(tr("&Share..."), QDialogButtonBox::AcceptRole);
    m_share->setToolTip(tr("Asks where to save the document; the sharing is recorded once it "
                           "is saved"));
    m_share->setObjectName(QStringLiteral("shareButton"));

    auto* form = new QFormLayout(this);
    form->addRow(new QLabel(tr("Share \"%1\"").arg(noteTitle)));
    form->addRow(tr("&Recipient:"), m_kind);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("It contains:"), categoriesBox);
    form->addRow(m_answer);
    form->addRow(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ShareDialog::recheck);
    connect(m_name, &QLineEdit::textChanged, this, &ShareDialog::recheck);
    connect(buttons, &QDialogButtonBox::accepted, this, &ShareDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    recheck();
}

Recipient ShareDialog::recipient() const
{
    return {m_kind->currentData().toString(), m_name->text().trimmed()};
}

QStringList ShareDialog::categories() const
{
    QStringList out;
    for (const QCheckBox* box : m_categories) {
        if (box->isChecked())
            out << box->property("category").toString();
    }
    return out;
}

void ShareDialog::recheck()
{
    m_share->setEnabled(false);
    if (categories().isEmpty()) {
        m_answer->setText(tr("Choose what the document contains."));
        return;
    }
    if (!recipient().isValid()) {
        m_answer->setText(tr("Write the recipient's name."));
        return;
    }
    auto decision = m_journal.mayDisclose(m_citizenId, recipient(), categories());
    if (!decision.ok()) {
        m_answer->setText(decision.error().message());
        return;
    }
    m_answer->setText(decision->explanation());
    m_share->setEnabled(decision->allowed);
}

void ShareDialog::accept()
{
    recheck();
    if (!m_share->isEnabled())
        return;
    // Where: asked every time, starting in the provider's folder. The suggested name says
    // what it is, never whom it is about.
    QFileDialog files(this, tr("Save the document as"),
                      QDir(m_folder).filePath(tr("shared-document") + QStringLiteral(".pdf")),
                      tr("PDF (*.pdf)"));
    files.setObjectName(QStringLiteral("shareFileDialog"));
    files.setAcceptMode(QFileDialog::AcceptSave);
    files.setDefaultSuffix(QStringLiteral("pdf"));
    if (files.exec() != QDialog::Accepted || files.selectedFiles().isEmpty())
        return; // nothing is written, nothing recorded
    const QString path = files.selectedFiles().constFirst();
    auto document = SharedDocument::pdf(m_title, m_text);
    if (!document.ok()) {
        m_answer->setText(document.error().message());
        return;
    }
    // The gate again, the record, the logged export and the file in one transaction.
    auto id =
        m_journal.disclose(m_citizenId, recipient(), categories(), m_title, path, document.value());
    if (!id.ok()) {
        const Error& e = id.error();
        m_answer->setText(e.code == ErrorCode::ReadOnlyLocation || e.code == ErrorCode::IoError
                              ? tr("The document could not be written in %1. Choose a folder "
                                   "you can write to. Nothing was shared or recorded.")
                                    .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()))
                              : e.message());
        if (e.code == ErrorCode::NotAllowed)
            m_share->setEnabled(false);
        return;
    }
    m_documentPath = path;
    m_disclosureId = id.value();
    QDialog::accept();
}

} // namespace fortrolig
