#include "consent/ReceiptDialog.h"

#include "app/receipt/ConsentReceipt.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fortrolig {

ReceiptDialog::ReceiptDialog(Journal& journal, ConsentRecord record, ConsentTemplate form,
                             int withdrawal, QWidget* parent)
    : QDialog(parent), m_journal(journal), m_record(std::move(record)), m_form(std::move(form)),
      m_withdrawal(withdrawal)
{
    setObjectName(QStringLiteral("receiptDialog"));
    setWindowTitle(withdrawal >= 0 ? tr("Receipt for the withdrawal") : tr("Receipt"));
    const QStringList lines =
        withdrawal >= 0 ? ConsentReceipt::withdrawalSentences(m_record, m_form, withdrawal)
                        : ConsentReceipt::sentences(m_record, m_form);
    auto* preview = new QTextBrowser;
    preview->setObjectName(QStringLiteral("receiptPreview"));
    preview->setAccessibleName(tr("The receipt's text"));
    preview->setLayoutDirection(m_form.rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    preview->setPlainText(lines.join(QStringLiteral("\n\n")));
    auto* note = new QLabel(
        tr("Give the citizen this receipt: save it as a PDF file for them, or print it."));
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* save = buttons->addButton(tr("&Save as PDF..."), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("receiptSave"));
    QPushButton* print = buttons->addButton(tr("&Print..."), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("receiptPrint"));
    auto* box = new QVBoxLayout(this);
    box->addWidget(note);
    box->addWidget(preview, 1);
    box->addWidget(buttons);
    connect(save, &QPushButton::clicked, this, &ReceiptDialog::save);
    connect(print, &QPushButton::clicked, this, &ReceiptDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 560);
}

Error ReceiptDialog::saveTo(const QString& path) const
{
    return ConsentReceipt::save(m_journal, m_record, m_form, m_withdrawal, path);
}

Error ReceiptDialog::printOn(QPagedPaintDevice& device) const
{
    return ConsentReceipt::render(m_record, m_form, device, m_withdrawal);
}

void ReceiptDialog::save()
{
    // The file name says what it is, never who: no personal data in file names.
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath((m_withdrawal >= 0 ? tr("withdrawal-receipt") : tr("consent-receipt")) +
                      QStringLiteral(".pdf"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the receipt"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Error e = saveTo(path))
        QMessageBox::warning(this, windowTitle(), fileErrorText(e, path));
}

QString ReceiptDialog::fileErrorText(const Error& e, const QString& path)
{
    if (e.code != ErrorCode::ReadOnlyLocation && e.code != ErrorCode::IoError)
        return e.message();
    return tr("The file could not be written in %1. Choose a folder you can write to. Nothing "
              "was saved.")
        .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
}

void ReceiptDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Error e = printOn(printer))
        QMessageBox::warning(this, windowTitle(), e.message());
}

} // namespace fortrolig
