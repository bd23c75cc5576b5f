#pragma once

#include "app/crypto/WrappedKey.h"
#include "app/platform/Platform.h"
#include "shell/Notices.h"

#include <QDate>
#include <QMainWindow>
#include <QPointer>
#include <memory>

class QAction;
class QStackedWidget;
class QTimer;
class QToolBar;

namespace fortrolig {

class CitizenMode;
class DamagePage;
class ClipboardGuard;
class InactivityFilter;
class Journal;
class JournalAccess;
class SyncService;
class SyncStatus;
class Settings;
class SetupPage;
class UnlockPage;
class Workspace;
struct TemplateCatalogue;

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
    static constexpr int kRedrawMs = 250; // the caseload's redraws while sync applies a pull
    Journal* journal() const { return m_journal.get(); }
    QAction* lockAction() const { return m_lock; }
    QAction* newCitizenAction() const { return m_newCitizen; }
    QAction* findCprAction() const { return m_findCpr; }
    CitizenMode* citizenMode() const { return m_citizenMode; }
    SyncService* sync() const { return m_sync.get(); }
    SyncStatus* syncStatus() const { return m_syncStatus; }
    // A fortrolig://enroll link the program was started with: offered after the unlock.
    void setEnrollmentLink(const QString& link) { m_pendingLink = link; }
    void openEnrollDialog(const QString& link = {});
    void openLoginDialog();
    void openSyncProblems();
    // Where messages that must be acknowledged go (modal boxes unless a test says otherwise);
    // not owned, must outlive the window.
    void setNotices(Notices* notices) { m_notices = notices ? notices : &m_modal; }

    // The first meeting: the consultant prepares the form, then the window becomes citizen
    // mode (full screen, nothing else reachable) until the consultant's passphrase is given.
    void startConsentForm(const QString& citizenId);

    // Retention (MainWindowRetention.cpp): deletes the cases whose retention period has ended
    // and are not held, and redraws the caseload. The one way the window deletes on schedule:
    // at unlock, once a day while the window is open, and after each sync has applied the
    // server's rules (Journal::setRetention).
    void enforceRetention();
    void showReceipt(const QString& consentId, bool latestWithdrawal);

public Q_SLOTS:
    // Locks now, or, while a dialog is open over the window, closes it and locks as soon as
    // the code that opened it is done with it (it still holds the journal it was given).
    void lock();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void lockNow();
    bool closeDialogsFirst(void (MainWindow::*then)());
    void revokedNow();
    void createJournal(const QByteArray& passphrase, const QString& link);
    void unlock(const QByteArray& passphrase);
    void open(std::unique_ptr<Journal> journal);
    void showError(const QString& message);
    // MainWindowDamage.cpp: a damaged journal is closed and the damage page offers recovery.
    void showDamaged();
    void recoverJournal(const QByteArray& passphrase);
    void openSettings();
    void applyScreenCapturePolicy();
    void endCitizenMode(const QString& consentId);
    void leaveCitizenMode();
    void startSync();
    void deviceRevoked();
    // Sync applies a large pull in many small parts; the caseload and the open case are
    // redrawn at most every kRedrawMs while it runs, and at once when the round ends.
    void changesArrived(const QStringList& citizenIds);
    void showArrived();
    void startRetentionTimer();

    JournalAccess& m_access;
    Settings& m_settings;
    InactivityFilter& m_idle;
    ClipboardGuard& m_clipboard;
    KdfProfile m_kdf;
    platform::Capture m_capture = platform::Capture::NotAvailable;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<SyncService> m_sync; // goes before the journal it syncs
    SyncStatus* m_syncStatus;
    QStringList m_arrived; // citizens whose data came since the last redraw
    bool m_arrivedAny = false;
    QTimer* m_arrivedTimer = nullptr;
    QTimer* m_retentionTimer = nullptr; // looks hourly whether the day changed
    QDate m_retentionDay;               // the day retention last ran
    QString m_pendingLink;
    QStackedWidget* m_stack;
    SetupPage* m_setup;
    UnlockPage* m_unlock;
    DamagePage* m_damage;
    bool m_damagedAfterLock = false;
    Workspace* m_workspace = nullptr;
    std::unique_ptr<TemplateCatalogue> m_catalogue;
    CitizenMode* m_citizenMode = nullptr;
    Qt::WindowStates m_statesBeforeCitizenMode;
    QToolBar* m_toolbar;
    QAction* m_newCitizen;
    QAction* m_findCpr;
    QAction* m_lock;
    QAction* m_settingsAction;
    QPointer<QWidget> m_closingDialog;
    bool m_retryQueued = false;
    int m_closingWaits = 0;
    ModalNotices m_modal;
    Notices* m_notices = &m_modal;
};

} // namespace fortrolig
