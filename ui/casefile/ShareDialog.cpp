#include "casefile/ShareDialog.h"

#include "casefile/ConsentLabels.h"
#include "journal/Journal.h"

#include <QAbstractTextDocumentLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace fortrolig {

ShareDialog::ShareDialog(Journal& journal, const QString& citizenId, const QString& noteTitle,
                         const QString& noteText, QWidget* parent)
    : QDialog(parent), m_journal(journal), m_citizenId(citizenId), m_title(noteTitle),
      m_text(noteText)
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
    m_path = new QLineEdit(QDir::home().filePath(QStringLiteral("delt-dokument.pdf")));
    m_path->setObjectName(QStringLiteral("sharePath"));
    m_path->setAccessibleName(tr("Save the document as"));
    auto* browse = new QPushButton(tr("&Browse..."));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the document as"),
                                                          m_path->text(), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    m_answer = new QLabel;
    m_answer->setObjectName(QStringLiteral("shareAnswer"));
    m_answer->setWordWrap(true);
    m_answer->setAccessibleName(tr("May it be shared?"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_share = buttons->addButton(tr("&Share"), QDialogButtonBox::AcceptRole);
    m_share->setObjectName(QStringLiteral("shareButton"));

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto* form = new QFormLayout(this);
    form->addRow(new QLabel(tr("Share \"%1\"").arg(noteTitle)));
    form->addRow(tr("&Recipient:"), m_kind);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("It contains:"), categoriesBox);
    form->addRow(tr("&Document:"), pathRow);
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
    // The gate again, inside disclose(): the record and the answer in one transaction.
    auto id = m_journal.disclose(m_citizenId, recipient(), categories(), m_title);
    if (!id.ok()) {
        m_answer->setText(id.error().message());
        m_share->setEnabled(false);
        return;
    }
    QPdfWriter pdf(m_path->text());
    pdf.setTitle(m_title);
    pdf.setCreator(QStringLiteral("Fortrolig"));
    QPainter p;
    if (!p.begin(&pdf)) {
        m_answer->setText(tr("The document could not be written to %1.").arg(m_path->text()));
        return;
    }
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&pdf);
    doc.setTextWidth(p.viewport().width());
    doc.setHtml(QStringLiteral("<h2>") + m_title.toHtmlEscaped() + QStringLiteral("</h2><p>") +
                m_text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
                QStringLiteral("</p>"));
    doc.drawContents(&p);
    p.end();
    m_disclosureId = id.value();
    QDialog::accept();
}

} // namespace fortrolig
