#include "casefile/ConsentPanel.h"

#include "app/core/Dates.h"
#include "app/journal/Journal.h"
#include "casefile/ConsentLabels.h"
#include "casefile/PaperConsentDialog.h"
#include "casefile/ReadOnlyTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fortrolig {

namespace {
enum Role
{
    ConsentIdRole = Qt::UserRole + 1,
    RecipientRole,
    CategoryRole,
    DirectionRole // "tell" or "obtain"
};

} // namespace

ConsentPanel::ConsentPanel(Journal& journal, QWidget* parent) : QWidget(parent), m_journal(journal)
{
    setObjectName(QStringLiteral("consentPanel"));
    m_consents = makeConsentsTable();
    m_disclosures =
        makeReadOnlyTable(QStringLiteral("disclosuresTable"),
                          {tr("Time"), tr("Recipient"), tr("Information"), tr("Basis"), tr("What")},
                          tr("What has been shared"));
    m_withdraw = new QPushButton(tr("&Withdraw"));
    m_withdraw->setObjectName(QStringLiteral("withdrawConsent"));
    m_withdraw->setToolTip(
        tr("Withdraws the chosen line at once. The citizen's other choices stay."));
    m_withdrawRecipient = new QPushButton(tr("Withdraw r&ecipient"));
    m_withdrawRecipient->setObjectName(QStringLiteral("withdrawRecipient"));
    m_withdrawRecipient->setToolTip(
        tr("Withdraws everything the chosen line's recipient may receive under this consent."));
    m_withdrawAll = new QPushButton(tr("Wit&hdraw all"));
    m_withdrawAll->setObjectName(QStringLiteral("withdrawWholeConsent"));
    m_withdrawAll->setToolTip(tr("Withdraws the whole consent the chosen line belongs to."));
    m_receipt = new QPushButton(tr("&Receipt..."));
    m_receipt->setObjectName(QStringLiteral("consentReceipt"));
    m_receipt->setToolTip(tr("The citizen's receipt for the chosen consent: save or print."));
    m_withdrawalReceipt = new QPushButton(tr("Receipt for the wi&thdrawal..."));
    m_withdrawalReceipt->setObjectName(QStringLiteral("withdrawalReceipt"));
    auto* start = new QPushButton(tr("Consent &form..."));
    start->setObjectName(QStringLiteral("startConsentForm"));
    start->setToolTip(tr("Prepare the consent form and turn the screen to the citizen."));
    auto* paper = new QPushButton(tr("&Paper consent..."));
    paper->setObjectName(QStringLiteral("recordPaperConsent"));
    paper->setToolTip(tr("Record a consent the citizen signed on paper, with its scan."));
    for (QPushButton* b :
         {m_withdraw, m_withdrawRecipient, m_withdrawAll, m_receipt, m_withdrawalReceipt})
        b->setEnabled(false);
    // Three rows, the forms, the receipts and the withdrawals: in fewer rows the buttons would
    // make the case view so wide (in Danish above all) that the caseload beside it lost its
    // names.
    auto* forms = new QHBoxLayout;
    forms->addWidget(start);
    forms->addWidget(paper);
    forms->addStretch();
    auto* receipts = new QHBoxLayout;
    receipts->addWidget(m_receipt);
    receipts->addWidget(m_withdrawalReceipt);
    receipts->addStretch();
    auto* withdrawals = new QHBoxLayout;
    withdrawals->addWidget(m_withdraw);
    withdrawals->addWidget(m_withdrawRecipient);
    withdrawals->addWidget(m_withdrawAll);
    withdrawals->addStretch();
    auto* actions = new QVBoxLayout;
    actions->addLayout(forms);
    actions->addLayout(receipts);
    actions->addLayout(withdrawals);
    auto* box = new QVBoxLayout(this);
    box->addWidget(new QLabel(tr("Consents (withdrawn lines are not shown):")));
    box->addWidget(m_consents, 2);
    box->addLayout(actions);
    box->addWidget(new QLabel(tr("Disclosures:")));
    box->addWidget(m_disclosures, 1);
    connect(m_consents, &QTableWidget::itemSelectionChanged, this, &ConsentPanel::selectionChanged);
    connect(m_withdraw, &QPushButton::clicked, this, [this] { withdrawSelected(Scope::Category); });
    connect(m_withdrawRecipient, &QPushButton::clicked, this,
            [this] { withdrawSelected(Scope::Recipient); });
    connect(m_withdrawAll, &QPushButton::clicked, this, [this] { withdrawSelected(Scope::Whole); });
    connect(start, &QPushButton::clicked, this, &ConsentPanel::consentFormRequested);
    connect(paper, &QPushButton::clicked, this, &ConsentPanel::recordPaperConsent);
    connect(m_receipt, &QPushButton::clicked, this, [this] {
        const QList<QTableWidgetItem*> items = m_consents->selectedItems();
        if (!items.isEmpty())
            Q_EMIT receiptRequested(items.first()->data(ConsentIdRole).toString(), false);
    });
    connect(m_withdrawalReceipt, &QPushButton::clicked, this, [this] {
        if (!m_lastWithdrawn.isEmpty())
            Q_EMIT receiptRequested(m_lastWithdrawn, true);
    });
}

void ConsentPanel::recordPaperConsent()
{
    auto details = m_journal.citizen(m_citizenId, {}, Journal::Read::Redraw);
    if (!details.ok()) {
        Q_EMIT failed(details.error().message());
        return;
    }
    PaperConsentDialog dialog(m_journal, m_citizenId, details->name, details->courses, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void ConsentPanel::selectionChanged()
{
    const QList<QTableWidgetItem*> items = m_consents->selectedItems();
    const bool any = !items.isEmpty();
    // A "no" has a receipt but nothing to withdraw.
    const bool given = any && !items.first()->data(RecipientRole).toString().isEmpty();
    m_withdraw->setEnabled(given);
    m_withdrawRecipient->setEnabled(given);
    m_withdrawAll->setEnabled(given);
    m_receipt->setEnabled(any);
}

void ConsentPanel::showCitizen(const QString& citizenId, Journal::Read read)
{
    if (citizenId != m_citizenId) {
        m_lastWithdrawn.clear();
        m_withdrawalReceipt->setEnabled(false);
    }
    m_citizenId = citizenId;
    reload(read);
}

// The recipient is the long text ("Work placement company: ..."): it takes what the other
// columns leave and is cut short there, whole in its tool tip, so that the dates and the
// information stay in view in a narrow case pane without scrolling sideways.
QTableWidget* ConsentPanel::makeConsentsTable()
{
    QTableWidget* t =
        makeReadOnlyTable(QStringLiteral("consentsTable"),
                          {tr("Signed"), tr("Recipient"), tr("Information"), tr("Valid until")},
                          tr("What the citizen has consented to"));
    QHeaderView* columns = t->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(1, QHeaderView::Stretch);
    columns->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    return t;
}

// The table is never narrower than its other columns and a recipient of some 16 characters
// ("Læge: Dr. Prøve"): the case pane beside the caseload keeps that much room.
void ConsentPanel::keepRecipientReadable()
{
    int width = 2 * m_consents->frameWidth() +
                style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_consents) +
                16 * m_consents->fontMetrics().averageCharWidth();
    for (const int c : {0, 2, 3}) {
        m_consents->resizeColumnToContents(c); // now, for the rows just filled in
        width += m_consents->columnWidth(c);
    }
    m_consents->setMinimumWidth(width);
}

void ConsentPanel::reload(Journal::Read read)
{
    m_consents->setRowCount(0);
    m_disclosures->setRowCount(0);
    selectionChanged();
    auto consents = m_journal.consents(m_citizenId, read);
    if (!consents.ok()) {
        Q_EMIT failed(consents.error().message());
        return;
    }
    for (const ConsentSummary& c : std::as_const(consents.value())) {
        const auto addRow = [&](const QStringList& cells, const QString& recipient,
                                const QString& category, const QString& direction = {}) {
            const int row = m_consents->rowCount();
            m_consents->insertRow(row);
            for (int col = 0; col < cells.size(); ++col) {
                auto* item = new QTableWidgetItem(cells.at(col));
                item->setToolTip(cells.at(col));
                item->setData(ConsentIdRole, c.id);
                item->setData(RecipientRole, recipient);
                item->setData(CategoryRole, category);
                item->setData(DirectionRole, direction);
                m_consents->setItem(row, col, item);
            }
        };
        if (c.status == QStringLiteral("refused")) {
            addRow({Dates::shortDay(c.signedAt), tr("The citizen said no"), QString(), QString()},
                   {}, {});
            continue;
        }
        if (c.withdrawnAt.isValid())
            continue;
        for (const ConsentGrant& g : c.activeGrants) {
            // Asking them is a grant of its own: said in the recipient's cell.
            const QString who = ConsentLabels::recipient(g.recipient.text());
            const bool obtain = g.direction == Direction::Obtain;
            for (const QString& category : g.categories) {
                addRow({Dates::shortDay(c.signedAt), obtain ? tr("Get from: %1").arg(who) : who,
                        ConsentLabels::category(category),
                        c.validUntil.isValid() ? Dates::shortDay(c.validUntil) : tr("course end")},
                       g.recipient.text(), category, DirectionName::of(g.direction));
            }
        }
    }
    keepRecipientReadable();
    auto disclosures = m_journal.disclosures(m_citizenId);
    if (!disclosures.ok())
        return;
    for (const DisclosureRecord& d : std::as_const(disclosures.value())) {
        const int row = m_disclosures->rowCount();
        m_disclosures->insertRow(row);
        const QString who = ConsentLabels::recipient(d.recipient.text());
        const QStringList cells = {
            Dates::shortMoment(d.at),
            d.direction == Direction::Obtain ? tr("Received from: %1").arg(who) : who,
            ConsentLabels::categories(d.categories),
            d.basis == QStringLiteral("legal-basis") ? tr("the law") : tr("consent"),
            // What was received and kept as a note (NoteEditor): the note, not its id.
            d.what.startsWith(QStringLiteral("note:")) ? tr("a note in the case") : d.what};
        for (int col = 0; col < cells.size(); ++col)
            m_disclosures->setItem(row, col, new QTableWidgetItem(cells.at(col)));
    }
}

void ConsentPanel::withdrawSelected(Scope scope)
{
    const QList<QTableWidgetItem*> items = m_consents->selectedItems();
    if (items.isEmpty())
        return;
    const QTableWidgetItem* item = items.first();
    const QString consentId = item->data(ConsentIdRole).toString();
    const Recipient recipient = Recipient::parse(item->data(RecipientRole).toString());
    Error e;
    switch (scope) {
    case Scope::Whole:
        e = m_journal.withdrawConsent(consentId);
        break;
    case Scope::Recipient: // both ways
        e = m_journal.withdrawConsent(consentId, recipient);
        break;
    case Scope::Category: // this kind, this way
        e = m_journal.withdrawConsent(consentId, recipient, item->data(CategoryRole).toString(),
                                      DirectionName::parse(item->data(DirectionRole).toString()));
        break;
    }
    if (e) {
        Q_EMIT failed(e.message());
        return;
    }
    m_lastWithdrawn = consentId;
    reload();
    m_withdrawalReceipt->setEnabled(true);
}

} // namespace fortrolig
