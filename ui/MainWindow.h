#pragma once

#include "crypto/WrappedKey.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QStackedWidget;
class QToolBar;

namespace fortrolig {

class ClipboardGuard;
class InactivityFilter;
class Journal;
class JournalAccess;
class Settings;
class SetupPage;
class UnlockPage;
class Workspace;

// The one window. Its title is always just "Fortrolig": no citizen's name ever reaches the
// task switcher. While locked it holds no caseload data at all.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(JournalAccess& access, Settings& settings, InactivityFilter& idle,
               ClipboardGuard& clipboard, KdfProfile kdf = KdfProfile::Moderate);
    ~MainWindow() override;
    bool isLocked() const { return m_journal == nullptr; }
    Workspace* workspace() const { return m_workspace; }
    QAction* lockAction() const { return m_lock; }
    QAction* newCitizenAction() const { return m_newCitizen; }
    QAction* findCprAction() const { return m_findCpr; }

public Q_SLOTS:
    void lock();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createJournal(const QByteArray& passphrase);
    void unlock(const QByteArray& passphrase);
    void open(std::unique_ptr<Journal> journal);
    void showError(const QString& message);
    void openSettings();
    void applyScreenCapturePolicy();

    JournalAccess& m_access;
    Settings& m_settings;
    InactivityFilter& m_idle;
    ClipboardGuard& m_clipboard;
    KdfProfile m_kdf;
    std::unique_ptr<Journal> m_journal;
    QStackedWidget* m_stack;
    SetupPage* m_setup;
    UnlockPage* m_unlock;
    Workspace* m_workspace = nullptr;
    QToolBar* m_toolbar;
    QAction* m_newCitizen;
    QAction* m_findCpr;
    QAction* m_lock;
    QAction* m_settingsAction;
};

} // namespace fortrolig
