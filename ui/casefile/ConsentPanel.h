#pragma once

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace fortrolig {

class Journal;

// A citizen's consents and disclosures in the case view. Withdrawing is two clicks: choose
// the row (a recipient's category, or the whole consent) and press Withdraw. It takes effect
// at once: the consent gate reads the same journal.
class ConsentPanel : public QWidget
{
    Q_OBJECT
public:
    ConsentPanel(Journal& journal, QWidget* parent = nullptr);
    void showCitizen(const QString& citizenId);

Q_SIGNALS:
    void failed(const QString& message);

private:
    void reload();
    void withdrawSelected();
    Journal& m_journal;
    QString m_citizenId;
    QTableWidget* m_consents;
    QTableWidget* m_disclosures;
    QPushButton* m_withdraw;
};

} // namespace fortrolig
