#include "casefile/ConsentPanel.h"

#include "casefile/ConsentLabels.h"
#include "casefile/ReadOnlyTable.h"
#include "journal/Journal.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fortrolig {

namespace {
enum Role
{
    ConsentIdRole = Qt::UserRole + 1,
    RecipientRole,
    CategoryRole
};

} // namespace

ConsentPanel::ConsentPanel(Journal& journal, QWidget* parent) : QWidget(parent), m_journal(journal)
{
    setObjectName(QStringLiteral("consentPanel"));
    m_consents =
        makeReadOnlyTable(QStringLiteral("consentsTable"),
                          {tr("Signed"), tr("Recipient"), tr("Information"), tr("Valid until")},
                          tr("What the citizen has consented to"));
    m_disclosures =
        makeReadOnlyTable(QStringLiteral("disclosuresTable"),
                          {tr("Time"), tr("Recipient"), tr("Information"), tr("Basis"), tr("What")},
                          tr("What has been shared"));
    m_withdraw = new QPushButton(tr("&Withdraw"));
    m_withdraw->setObjectName(QStringLiteral("withdrawConsent"));
    m_withdraw->setToolTip(
        tr("Withdraws the chosen line at once. The citizen's other choices stay."));
    m_withdraw->setEnabled(false);
    auto* box = new QVBoxLayout(this);
    box->addWidget(new QLabel(tr("Consents (withdrawn lines are not shown):")));
    box->addWidget(m_consents, 2);
    box->addWidget(m_withdraw, 0, Qt::AlignLeft);
    box->addWidget(new QLabel(tr("Disclosures:")));
    box->addWidget(m_disclosures, 1);
    connect(m_consents, &QTableWidget::itemSelectionChanged, this,
            [this] { m_withdraw->setEnabled(!m_consents->selectedItems().isEmpty()); });
    connect(m_withdraw, &QPushButton::clicked, this, &ConsentPanel::withdrawSelected);
}

void ConsentPanel::showCitizen(const QString& citizenId)
{
    m_citizenId = citizenId;
    reload();
}

void ConsentPanel::reload()
{
    m_consents->setRowCount(0);
    m_disclosures->setRowCount(0);
    m_withdraw->setEnabled(false);
    auto consents = m_journal.consents(m_citizenId);
    if (!consents.ok()) {
        Q_EMIT failed(consents.error().message());
        return;
    }
    for (const ConsentSummary& c : std::as_const(consents.value())) {
        if (c.status != QStringLiteral("given") || !c.withdrawnAt.isEmpty())
            continue;
        for (const ConsentGrant& g : c.activeGrants) {
            for (const QString& category : g.categories) {
                const int row = m_consents->rowCount();
                m_consents->insertRow(row);
                const QStringList cells = {
                    c.signedAt.left(10), ConsentLabels::recipient(g.recipient.text()),
                    ConsentLabels::category(category),
                    c.validUntil.isValid() ? c.validUntil.toString(Qt::ISODate) : tr("course end")};
                for (int col = 0; col < cells.size(); ++col) {
                    auto* item = new QTableWidgetItem(cells.at(col));
                    item->setData(ConsentIdRole, c.id);
                    item->setData(RecipientRole, g.recipient.text());
                    item->setData(CategoryRole, category);
                    m_consents->setItem(row, col, item);
                }
            }
        }
    }
    auto disclosures = m_journal.disclosures(m_citizenId);
    if (!disclosures.ok())
        return;
    for (const DisclosureRecord& d : std::as_const(disclosures.value())) {
        const int row = m_disclosures->rowCount();
        m_disclosures->insertRow(row);
        const QStringList cells = {
            d.at.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')),
            ConsentLabels::recipient(d.recipient.text()), ConsentLabels::categories(d.categories),
            d.basis == QStringLiteral("legal-basis") ? tr("the law") : tr("consent"), d.what};
        for (int col = 0; col < cells.size(); ++col)
            m_disclosures->setItem(row, col, new QTableWidgetItem(cells.at(col)));
    }
}

void ConsentPanel::withdrawSelected()
{
    const QList<QTableWidgetItem*> items = m_consents->selectedItems();
    if (items.isEmpty())
        return;
    const QTableWidgetItem* item = items.first();
    if (Error e = m_journal.withdrawConsent(item->data(ConsentIdRole).toString(),
                                            Recipient::parse(item->data(RecipientRole).toString()),
                                            item->data(CategoryRole).toString())) {
        Q_EMIT failed(e.message());
        return;
    }
    reload();
}

} // namespace fortrolig
