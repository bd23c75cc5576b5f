#include "MainWindow.h"

#include "app/consent/ConsentTemplate.h"
#include "app/journal/JournalAccess.h"
#include "app/platform/Platform.h"
#include "app/receipt/ConsentReceipt.h"
#include "app/sync/SyncService.h"
#include "casefile/CaseView.h"
#include "casefile/RequestPanel.h"
#include "caseload/CaseloadModel.h"
#include "caseload/Workspace.h"
#include "consent/CitizenMode.h"
#include "consent/ConsentPrepDialog.h"
#include "consent/ReceiptDialog.h"
#include "pages/DamagePage.h"
#include "pages/SetupPage.h"
#include "pages/UnlockPage.h"
#include "shell/BackgroundUnseal.h"
#include "shell/ClipboardGuard.h"
#include "shell/InactivityFilter.h"
#include "shell/Settings.h"
#include "shell/SettingsDialog.h"
#include "sync/EnrollDialog.h"
#include "sync/LoginDialog.h"
#include "sync/SyncProblemsDialog.h"
#include "sync/SyncStatus.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
Q_LOGGING_CATEGORY(lcCapture, "fortrolig.capture")

namespace fortrolig {

namespace {
// The first-start and unlock pages sit in the middle of the window, at a readable width.
QWidget* centered(QWidget* page)
{
    auto* frame = new QWidget;
    auto* row = new QHBoxLayout(frame);
    row->addStretch();
    row->addWidget(page, 4);
    row->addStretch();
    frame->setFocusProxy(page);
    return frame;
}
} // namespace

MainWindow::MainWindow(JournalAccess& access, Settings& settings, InactivityFilter& idle,
                       ClipboardGuard& clipboard, KdfProfile kdf)
    : m_access(access), m_settings(settings), m_idle(idle), m_clipboard(clipboard), m_kdf(kdf)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Fortrolig"));
    resize(1200, 760);
    m_stack = new QStackedWidget;
    m_setup = new SetupPage;
    m_unlock = new UnlockPage;
    m_stack->addWidget(centered(m_setup));
    m_stack->addWidget(centered(m_unlock));
    m_damage = new DamagePage;
    m_stack->addWidget(centered(m_damage));
    setCentralWidget(m_stack);

    m_toolbar = addToolBar(tr("Journal"));
    m_toolbar->setObjectName(QStringLiteral("mainToolbar"));
    m_toolbar->setMovable(false);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_newCitizen = m_toolbar->addAction(tr("New &citizen..."));
    m_newCitizen->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_findCpr = m_toolbar->addAction(tr("Find by C&PR..."));
    m_findCpr->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_settingsAction = m_toolbar->addAction(tr("&Settings..."));
    m_lock = m_toolbar->addAction(tr("&Lock"));
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lock->setShortcutContext(Qt::ApplicationShortcut);
    for (QAction* a : {m_newCitizen, m_findCpr, m_lock})
        a->setToolTip(a->text().remove(QLatin1Char('&')) + QStringLiteral(" (") +
                      a->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')'));

    connect(m_setup, &SetupPage::createRequested, this, &MainWindow::createJournal);
    connect(m_unlock, &UnlockPage::unlockRequested, this, &MainWindow::unlock);
    connect(m_damage, &DamagePage::recoverRequested, this, &MainWindow::recoverJournal);
    connect(m_damage, &DamagePage::lockRequested, this, [this] {
        m_stack->setCurrentWidget(m_unlock->parentWidget());
        m_unlock->focusPassphrase();
    });
    connect(m_lock, &QAction::triggered, this, &MainWindow::lock);
    connect(m_newCitizen, &QAction::triggered, this, [this] {
        if (m_workspace)
            m_workspace->newCitizen();
    });
    connect(m_findCpr, &QAction::triggered, this, [this] {
        if (m_workspace)
            m_workspace->findByCpr();
    });
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(&m_idle, &InactivityFilter::idle, this, &MainWindow::lock);

    m_syncStatus = new SyncStatus;
    statusBar()->addPermanentWidget(m_syncStatus);
    connect(m_syncStatus, &SyncStatus::syncRequested, this, [this] {
        if (m_sync)
            m_sync->syncNow();
    });
    connect(m_syncStatus, &SyncStatus::connectRequested, this, [this] { openEnrollDialog(); });
    connect(m_syncStatus, &SyncStatus::loginRequested, this, &MainWindow::openLoginDialog);
    connect(m_syncStatus, &SyncStatus::problemsRequested, this, &MainWindow::openSyncProblems);

    m_stack->setCurrentWidget(m_access.exists() ? m_unlock->parentWidget()
                                                : m_setup->parentWidget());
    m_toolbar->setVisible(false);
    applyScreenCapturePolicy();
}

MainWindow::~MainWindow()
{
    lockNow();
}

void MainWindow::applyScreenCapturePolicy()
{
    // Keep the journal out of screenshots, screen sharing and recordings where the system
    // can (Windows, macOS: app/platform); believed only when the system confirms it, and said
    // in the settings either way. Linux (X11, Wayland) gives a window no way to refuse.
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    m_capture = platform::excludeFromCapture(reinterpret_cast<void*>(winId()));
#endif
    qCInfo(lcCapture) << "screen capture of the window excluded:"
                      << (m_capture == platform::Capture::Excluded);
}

void MainWindow::createJournal(const QByteArray& passphrase, const QString& link)
{
    QByteArray copy = passphrase;
    SecureBytes pass = SecureBytes::takeFrom(copy);
    JournalAccess::InitOptions options;
    options.kdf = m_kdf;
    options.consultant = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto outcome = m_access.init(pass, options);
    QApplication::restoreOverrideCursor();
    if (!outcome.ok()) {
        m_setup->showError(outcome.error().message());
        return;
    }
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("keyLocationNotice"));
    box.setIcon(QMessageBox::Information);
    box.setWindowTitle(tr("Your journal is ready"));
    box.setText(
        outcome->keyStore == QStringLiteral("keychain")
            ? tr("The journal's key is sealed with your passphrase and kept in this computer's "
                 "keychain. Without your passphrase nobody can open the journal.")
            : tr("This computer has no system keychain, so the journal's key is kept, sealed with "
                 "your passphrase, in a file beside the journal (%1). Anyone who copies the folder "
                 "can try to guess your passphrase: that is why it must be long.")
                  .arg(m_access.directory()));
    m_notices->show(box);
    auto journal = m_access.unlock(pass);
    if (!journal.ok()) {
        showError(journal.error().message());
        return;
    }
    statusBar()->clearMessage(); // what was said of an earlier journal (revoked, say) is past
    if (!link.isEmpty())
        m_pendingLink = link; // connects with it as soon as the journal is open
    open(std::move(journal.value()));
}

void MainWindow::unlock(const QByteArray& passphrase)
{
    // The wait rule, the keychain and the attempt counter here; Argon2id (about half a second
    // at the moderate profile) on a worker thread, so the window never freezes; the journal
    // is opened back on this thread, which owns its database connection.
    auto pending = m_access.beginUnlock();
    if (!pending.ok()) {
        m_unlock->showError(pending.error().message());
        m_unlock->focusPassphrase();
        return;
    }
    QByteArray copy = passphrase;
    m_unlock->setBusy(true);
    unsealInBackground(this, pending->wrapped, copy,
                       [this, p = pending.value()](Result<SecureBytes> key) {
                           m_unlock->setBusy(false);
                           auto journal = m_access.finishUnlock(p, std::move(key));
                           if (!journal.ok() && journal.error().code == ErrorCode::Damaged) {
                               m_unlock->showError({});
                               showDamaged();
                               return;
                           }
                           if (!journal.ok()) {
                               m_unlock->showError(journal.error().message());
                               m_unlock->focusPassphrase();
                               return;
                           }
                           m_unlock->showError({});
                           open(std::move(journal.value()));
                       });
}

void MainWindow::open(std::unique_ptr<Journal> journal)
{
    if (journal->isDamaged()) { // found so by an earlier run
        journal.reset();
        showDamaged();
        return;
    }
    m_journal = std::move(journal);
    // Rules received from a server replace these; until then this computer's setting applies.
    if (Error e = m_journal->setLocalRetention(
            RetentionRules({{QString(), RetentionKind::Case, m_settings.retentionMonths()}})))
        qWarning("the retention setting was not saved: %d", int(e.code));
    enforceRetention(); // before anything of a case past its date is shown
    m_catalogue =
        std::make_unique<TemplateCatalogue>(TemplateCatalogue::load(m_settings.formsDirectory()));
    m_workspace = new Workspace(*m_journal, m_settings, m_clipboard);
    connect(m_workspace, &Workspace::failed, this, &MainWindow::showError);
    connect(m_workspace, &Workspace::consentFormRequested, this, &MainWindow::startConsentForm);
    connect(m_workspace, &Workspace::receiptRequested, this, &MainWindow::showReceipt);
    connect(m_workspace, &Workspace::connectRequested, this, [this] {
        if (m_sync && m_sync->state() == SyncService::State::NotEnrolled)
            openEnrollDialog();
        else if (m_sync)
            m_sync->syncNow(); // enrolled already: fetch the caseload now
    });
    // An access package asks the server for the other devices' uses, when there is one.
    m_workspace->caseView()->requestPanel()->setLogFetcher(
        [this](const QString& citizenId, std::function<void(ServerLogExtract)> done) {
            if (m_sync)
                m_sync->fetchAccessLog(citizenId, std::move(done));
            else
                done(ServerLogExtract{});
        });
    m_stack->addWidget(m_workspace);
    m_stack->setCurrentWidget(m_workspace);
    m_toolbar->setVisible(true);
    m_workspace->setFocus();
    m_idle.setTimeout(m_settings.autoLockMinutes() * 60 * 1000);
    m_idle.setActive(true);
    if (!m_catalogue->problems.isEmpty())
        showError(tr("Consent forms that were not loaded: %1")
                      .arg(m_catalogue->problems.join(QStringLiteral("; "))));
    startRetentionTimer();
    startSync();
}

void MainWindow::startSync()
{
    SyncOptions options;
    options.autoSyncMs = m_settings.syncMinutes() * 60 * 1000;
    m_sync = std::make_unique<SyncService>(*m_journal, options);
    m_syncStatus->attach(m_sync.get());
    connect(m_sync.get(), &SyncService::changesApplied, this, &MainWindow::changesArrived);
    connect(m_sync.get(), &SyncService::finished, this, &MainWindow::showArrived);
    // New rules or holds from the server: deleted by them once the round is over.
    connect(m_sync.get(), &SyncService::retentionReceived, this, &MainWindow::enforceRetention,
            Qt::QueuedConnection);
    // What is being typed is a draft in the journal before a page can move a case away.
    connect(m_sync.get(), &SyncService::aboutToApply, this, [this] {
        if (m_workspace)
            m_workspace->flushDrafts();
    });
    connect(m_sync.get(), &SyncService::deviceRevoked, this, &MainWindow::deviceRevoked);
    connect(m_sync.get(), &SyncService::enrolled, this, &MainWindow::openLoginDialog,
            Qt::QueuedConnection);
    m_sync->setAutoSync(true);
    if (!m_pendingLink.isEmpty()) {
        const QString link = m_pendingLink;
        m_pendingLink.clear();
        QTimer::singleShot(0, this, [this, link] { openEnrollDialog(link); });
    } else if (m_sync->state() == SyncService::State::Idle) {
        QTimer::singleShot(0, m_sync.get(), &SyncService::syncNow); // what came in meanwhile
    }
}

void MainWindow::openEnrollDialog(const QString& link)
{
    if (!m_sync || m_citizenMode)
        return;
    EnrollDialog dialog(*m_sync, link, this);
    dialog.exec();
}

void MainWindow::openLoginDialog()
{
    if (!m_sync || m_citizenMode || m_sync->state() == SyncService::State::NotEnrolled)
        return;
    LoginDialog dialog(*m_sync, this);
    dialog.exec();
}

void MainWindow::openSyncProblems()
{
    if (!m_sync)
        return;
    SyncProblemsDialog dialog(*m_sync, m_clipboard, this);
    dialog.exec();
    m_syncStatus->refresh();
}

void MainWindow::changesArrived(const QStringList& citizenIds)
{
    m_arrived += citizenIds;
    m_arrivedAny = true;
    if (!m_arrivedTimer) {
        m_arrivedTimer = new QTimer(this);
        m_arrivedTimer->setSingleShot(true);
        connect(m_arrivedTimer, &QTimer::timeout, this, &MainWindow::showArrived);
    }
    if (!m_arrivedTimer->isActive())
        m_arrivedTimer->start(kRedrawMs);
}

void MainWindow::showArrived()
{
    if (m_arrivedTimer)
        m_arrivedTimer->stop();
    const QStringList citizenIds = m_arrived;
    const bool any = m_arrivedAny;
    m_arrived.clear();
    m_arrivedAny = false;
    if (!m_workspace || !any)
        return;
    const QString shown = m_workspace->caseView()->citizenId();
    m_workspace->reload(Journal::Read::Redraw);
    if (!shown.isEmpty() && m_workspace->model()->rowOf(shown) < 0)
        m_workspace->caseView()->clear(); // the case left this computer
    else if (citizenIds.contains(shown))
        m_workspace->caseView()->reloadCase();
}

void MainWindow::deviceRevoked()
{
    // Not inside the sync's own signal: the service and the journal are closed first.
    QTimer::singleShot(0, this, &MainWindow::revokedNow);
}

void MainWindow::revokedNow()
{
    if (closeDialogsFirst(&MainWindow::revokedNow))
        return;
    lockNow();
    const Error wiped = m_access.wipe();
    m_stack->setCurrentWidget(m_setup->parentWidget());
    const QString text =
        tr("This computer's access was revoked by your provider (for example because it "
           "was reported lost). The journal and its key have been deleted from this "
           "computer.");
    showError(wiped ? text + QLatin1Char(' ') + wiped.message() : text);
    QMessageBox box(QMessageBox::Information, tr("Access revoked"), text, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("revokedNotice"));
    m_notices->show(box);
}

void MainWindow::startConsentForm(const QString& citizenId)
{
    if (!m_journal || m_citizenMode)
        return;
    auto details = m_journal->citizen(citizenId, QStringLiteral("consent form"));
    if (!details.ok()) {
        showError(details.error().message());
        return;
    }
    const QString language =
        QLocale().language() == QLocale::Danish ? QStringLiteral("da") : QStringLiteral("en");
    // The register as the server last sent it; municipalities.json covers the others.
    if (auto municipalities = m_journal->municipalities(); municipalities.ok())
        m_catalogue->useRegister(municipalities.value());
    ConsentPrepDialog prep(details.value(), *m_catalogue, m_settings.providerName(),
                           m_settings.value(Settings::Key::ProviderContact).toString(), language,
                           this);
    if (prep.exec() != QDialog::Accepted)
        return;
    CitizenModeSetup setup = prep.setup();
    // The rules in force for the course's municipality: the server's once synced, else the
    // setting (open()); the form tells the citizen what will really happen.
    setup.retentionMonths =
        m_journal->retentionRules().months(setup.municipality, RetentionKind::Case);
    m_settings.setValue(Settings::Key::ProviderName, setup.provider);
    m_settings.setValue(Settings::Key::ProviderContact, setup.providerContact);
    m_citizenMode = new CitizenMode(*m_journal, m_access, *m_catalogue, setup);
    connect(m_citizenMode, &CitizenMode::finished, this, &MainWindow::endCitizenMode);
    m_stack->addWidget(m_citizenMode);
    m_stack->setCurrentWidget(m_citizenMode); // the caseload is hidden, not just covered
    m_toolbar->setVisible(false);
    for (QAction* a : {m_newCitizen, m_findCpr, m_settingsAction})
        a->setEnabled(false);
    statusBar()->clearMessage();
    m_syncStatus->setVisible(false); // nothing about the consultant's work in citizen mode
    m_statesBeforeCitizenMode = windowState();
    setWindowState(windowState() | Qt::WindowFullScreen);
    activateWindow();
    m_citizenMode->setFocus();
}

void MainWindow::leaveCitizenMode()
{
    if (!m_citizenMode)
        return;
    m_stack->removeWidget(m_citizenMode);
    delete m_citizenMode;
    m_citizenMode = nullptr;
    for (QAction* a : {m_newCitizen, m_findCpr, m_settingsAction})
        a->setEnabled(true);
    m_syncStatus->setVisible(m_sync != nullptr);
    setWindowState(m_statesBeforeCitizenMode);
}

void MainWindow::endCitizenMode(const QString& consentId)
{
    leaveCitizenMode();
    m_stack->setCurrentWidget(m_workspace);
    m_toolbar->setVisible(true);
    m_workspace->caseView()->reloadCase();
    if (consentId.isEmpty()) {
        showError(tr("Citizen mode was left before the citizen answered: nothing was recorded."));
        return;
    }
    showReceipt(consentId, false);
}

void MainWindow::showReceipt(const QString& consentId, bool latestWithdrawal)
{
    if (!m_journal)
        return;
    auto record = m_journal->consentRecord(consentId);
    if (!record.ok()) {
        showError(record.error().message());
        return;
    }
    QString problem;
    const ConsentTemplate* form = ConsentReceipt::formFor(record.value(), *m_catalogue, &problem);
    if (!form) {
        showError(problem);
        return;
    }
    if (latestWithdrawal && record->withdrawals.isEmpty())
        return;
    ReceiptDialog dialog(*m_journal, record.value(), *form,
                         latestWithdrawal ? int(record->withdrawals.size()) - 1 : -1, this);
    dialog.exec();
}

bool MainWindow::closeDialogsFirst(void (MainWindow::*then)())
{
    // The top modal dialog of this window, if any (a dialog over a dialog is closed after it).
    QWidget* modal = QApplication::activeModalWidget();
    bool ours = false;
    for (QObject* o = modal; o && !ours; o = o->parent())
        ours = o == this;
    if (!m_closingDialog && ours && modal != this) {
        m_closingDialog = modal;
        if (auto* dialog = qobject_cast<QDialog*>(modal))
            dialog->reject();
        else
            modal->close();
    }
    if (!m_closingDialog) {
        m_closingWaits = 0;
        return false;
    }
    // Stack-allocated, the dialog is destroyed once the function that opened it returns. One
    // that outlives that (kept somewhere) or refuses to close does not hold the lock off
    // for more than a second: it is hidden, and the window locks.
    if (++m_closingWaits > 50) {
        m_closingDialog->hide();
        m_closingDialog = nullptr;
        m_closingWaits = 0;
        return false;
    }
    if (!m_retryQueued) {
        m_retryQueued = true;
        QTimer::singleShot(20, this, [this, then] {
            m_retryQueued = false;
            (this->*then)();
        });
    }
    return true;
}

void MainWindow::lock()
{
    if (closeDialogsFirst(&MainWindow::lock))
        return;
    lockNow();
}

void MainWindow::lockNow()
{
    m_idle.setActive(false);
    leaveCitizenMode(); // what the citizen had not signed yet is not kept
    if (m_workspace) {
        m_workspace->flushDrafts(); // what was being typed is kept, encrypted
        m_stack->removeWidget(m_workspace);
        delete m_workspace;
        m_workspace = nullptr;
    }
    m_syncStatus->attach(nullptr);
    m_sync.reset();    // what is in flight is abandoned; the outbox keeps it
    m_journal.reset(); // closes the database; the key was never kept
    m_clipboard.clearIfOurs();
    m_toolbar->setVisible(false);
    statusBar()->clearMessage();
    if (m_damagedAfterLock) {
        m_damagedAfterLock = false;
        m_damage->reset();
        m_stack->setCurrentWidget(m_damage->parentWidget());
        m_damage->focusPassphrase();
        return;
    }
    if (m_access.exists())
        m_stack->setCurrentWidget(m_unlock->parentWidget());
    m_unlock->focusPassphrase();
}

void MainWindow::showError(const QString& message)
{
    if (m_journal && m_journal->isDamaged()) {
        showDamaged();
        return;
    }
    statusBar()->showMessage(message, 15000);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, m_capture, this);
    if (m_journal)
        dialog.showConsultantName(m_journal->identity().name);
    if (dialog.exec() == QDialog::Accepted && m_journal) {
        m_idle.setTimeout(m_settings.autoLockMinutes() * 60 * 1000);
        if (m_sync)
            m_sync->setInterval(m_settings.syncMinutes() * 60 * 1000);
        if (dialog.consultantName() != m_journal->identity().name) {
            if (Error e = m_journal->setConsultantName(dialog.consultantName()))
                showError(e.message());
        }
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    lockNow();
    event->accept();
}

} // namespace fortrolig
