#pragma once

#include "app/journal/Journal.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace fortrolig {

class Journal;

// A citizen's consents and disclosures in the case view. Withdrawing is two clicks: choose
// the row and press Withdraw (that recipient's category), Withdraw recipient (everything that
// recipient may receive) or Withdraw all (the whole consent).
// It takes effect at once: the consent gate reads the same journal. The citizen gets a receipt
// for a consent, a "no", and each withdrawal.
class ConsentPanel : public QWidget
{
    Q_OBJECT
public:
    ConsentPanel(Journal& journal, QWidget* parent = nullptr);
    void showCitizen(const QString& citizenId, Journal::Read read = Journal::Read::Show);

Q_SIGNALS:
    void failed(const QString& message);
    void consentFormRequested(); // citizen mode, for this citizen
    // The receipt of a consent, or of its newest withdrawal.
    void receiptRequested(const QString& consentId, bool latestWithdrawal);

private:
    void reload(Journal::Read read = Journal::Read::Redraw);
    QTableWidget* makeConsentsTable();
    void keepRecipientReadable();
    enum class Scope
    {
        Category,
        Recipient,
        Whole
    };
    void withdrawSelected(Scope scope);
    void recordPaperConsent(); // PaperConsentDialog, then the receipt
    void selectionChanged();
    Journal& m_journal;
    QString m_citizenId;
    QTableWidget* m_consents;
    QTableWidget* m_disclosures;
    QPushButton* m_withdraw;
    QPushButton* m_withdrawRecipient;
    QPushButton* m_withdrawAll;
    QPushButton* m_receipt;
    QPushButton* m_withdrawalReceipt;
    QString m_lastWithdrawn; // the consent whose withdrawal the citizen may want a receipt for
};

} // namespace fortrolig
