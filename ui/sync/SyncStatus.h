#pragma once

#include "app/sync/SyncService.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace fortrolig {

// The sync indicator in the status bar: where sync stands in words (never a citizen's name),
// a progress bar while a long sync runs, and a button for what can be done about it.
class SyncStatus : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatus(QWidget* parent = nullptr);
    void attach(SyncService* sync); // null when the journal is locked
    void refresh();
    QString text() const;
    QToolButton* button() const { return m_button; }

Q_SIGNALS:
    void syncRequested();
    void connectRequested();
    void loginRequested();
    void problemsRequested();

private:
    SyncService* m_sync = nullptr;
    QLabel* m_label;
    QProgressBar* m_progress;
    QToolButton* m_button;
};

} // namespace fortrolig
