#include "sync/EnrollDialog.h"

#include "app/sync/EnrollmentLink.h"
#include "app/sync/SyncService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fortrolig {

EnrollDialog::EnrollDialog(SyncService& sync, const QString& link, QWidget* parent)
    : QDialog(parent), m_sync(sync)
{
    setObjectName(QStringLiteral("enrollDialog"));
    setWindowTitle(tr("Connect to the provider's server"));
    auto* intro = new QLabel(tr("Your IT administrator gives you a link, or a server address, a "
                                "one-time code and a pin. Paste the link, or type the three."));
    intro->setWordWrap(true);
    auto field = [](const char* name, const QString& accessible) {
        auto* e = new QLineEdit;
        e->setObjectName(QString::fromLatin1(name));
        e->setAccessibleName(accessible);
        return e;
    };
    m_link = field("enrollLink", tr("Link from the administrator"));
    m_link->setPlaceholderText(QStringLiteral("fortrolig://enroll?..."));
    m_server = field("enrollServer", tr("Server address"));
    m_server->setPlaceholderText(QStringLiteral("https://server:8443"));
    m_code = field("enrollCode", tr("One-time enrollment code"));
    m_code->setPlaceholderText(QStringLiteral("ABCD-EFGH-IJKL-MNOP"));
    m_pin = field("enrollPin", tr("Pin of the server's key"));
    m_pin->setPlaceholderText(QStringLiteral("sha256/..."));
    m_device = field("enrollDevice", tr("Name of this computer"));
    m_device->setText(QHostInfo::localHostName());
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("enrollMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Connect"));
    m_ok->setObjectName(QStringLiteral("enrollConnect"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Link:"), m_link);
    form->addRow(tr("or &server:"), m_server);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Pin:"), m_pin);
    form->addRow(tr("This &computer:"), m_device);
    auto* box = new QVBoxLayout(this);
    box->addWidget(intro);
    box->addLayout(form);
    box->addWidget(m_message);
    box->addWidget(buttons);

    connect(m_link, &QLineEdit::textChanged, this, &EnrollDialog::fillFromLink);
    connect(buttons, &QDialogButtonBox::accepted, this, &EnrollDialog::enroll);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_sync, &SyncService::enrolled, this, &QDialog::accept);
    connect(&m_sync, &SyncService::failed, this, [this](const QString& message) {
        m_message->setText(message);
        m_ok->setEnabled(true);
    });
    if (!link.isEmpty())
        m_link->setText(link);
    resize(560, sizeHint().height());
}

void EnrollDialog::fillFromLink(const QString& text)
{
    auto link = EnrollmentLink::parse(text);
    if (!link.ok())
        return;
    m_server->setText(link->server.toString());
    m_code->setText(link->code);
    m_pin->setText(link->pin);
}

void EnrollDialog::enroll()
{
    auto link = EnrollmentLink::from(m_server->text(), m_code->text(), m_pin->text());
    if (!link.ok()) {
        // The field that is wrong, in the window's language.
        const QString& field = link.error().detail;
        const QString what = field.startsWith(QStringLiteral("server"))
                                 ? tr("the server address (https://host:port)")
                             : field.startsWith(QStringLiteral("enrollment"))
                                 ? tr("the enrollment code")
                             : field.startsWith(QStringLiteral("pin")) ? tr("the pin (sha256/...)")
                                                                       : field;
        m_message->setText(tr("Check what you typed: %1").arg(what));
        return;
    }
    m_message->setText(tr("Connecting..."));
    m_ok->setEnabled(false);
    m_sync.enroll(link.value(), m_device->text().trimmed());
}

} // namespace fortrolig
