#pragma once

#include "sync/JournalSync.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace fortrolig {

class SyncService;

// What sync could not do, in words: changes the server refused (which can be sent again
// once the reason is gone, e.g. the case was given back), changes from the server kept
// aside, cases that left this computer. Dismissing one removes it from the list only.
class SyncProblemsDialog : public QDialog
{
    Q_OBJECT
public:
    SyncProblemsDialog(SyncService& sync, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

private:
    void reload();
    qint64 selectedId() const;
    SyncService& m_sync;
    QList<SyncProblem> m_problems;
    QTableWidget* m_table;
    QPushButton* m_retry;
    QPushButton* m_dismiss;
};

} // namespace fortrolig
