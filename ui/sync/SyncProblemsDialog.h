#pragma once

#include "app/journal/JournalSync.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace fortrolig {

class ClipboardGuard;
class SyncService;

// What sync could not do, in words: changes the server refused (which can be sent again
// once the reason is gone, e.g. the case was given back), changes from the server kept
// aside, cases that left this computer, unfinished notes of cases that moved (which can be
// copied out in full) and scanned paper consents of such cases (which can be saved to a
// file). Dismissing one removes it from the list; a kept note or scan is deleted.
class SyncProblemsDialog : public QDialog
{
    Q_OBJECT
public:
    SyncProblemsDialog(SyncService& sync, ClipboardGuard& clipboard, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    // Where "Save the scan" asks for a file name (a file dialog; tests answer it directly).
    void setPathChooser(std::function<QString(const QString& suggested)> chooser)
    {
        m_choosePath = std::move(chooser);
    }

private:
    void buildButtons();
    void connectSignals();
    void reload();
    qint64 selectedId() const;
    const SyncProblem* find(qint64 id) const;
    SyncService& m_sync;
    ClipboardGuard& m_clipboard;
    QList<SyncProblem> m_problems;
    QTableWidget* m_table;
    QLabel* m_detail;
    QPushButton* m_retry;
    QPushButton* m_dismiss;
    QPushButton* m_copy;
    QPushButton* m_saveScan;
    std::function<QString(const QString&)> m_choosePath;
};

} // namespace fortrolig
