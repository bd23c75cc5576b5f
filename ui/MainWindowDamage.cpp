// The window's side of a damaged journal: it is closed at once (nothing more is written to
// it), and the damage page offers to rescue what can be read (JournalAccess::recoverInPlace).
#include "MainWindow.h"

#include "app/journal/JournalAccess.h"
#include "pages/DamagePage.h"
#include "pages/UnlockPage.h"
#include "shell/BackgroundUnseal.h"

#include <QApplication>
#include <QStackedWidget>

namespace fortrolig {

void MainWindow::showDamaged()
{
    // As a lock: open dialogs close first, what was being typed is kept as a draft where the
    // journal still takes it (a damaged one refuses), then the journal is closed.
    if (m_damagedAfterLock)
        return; // already on its way (the lock's own last writes are refused too)
    m_damagedAfterLock = true;
    // Not from inside the widget that reported it (it goes with the workspace): next turn.
    QMetaObject::invokeMethod(this, &MainWindow::lock, Qt::QueuedConnection);
}

void MainWindow::recoverJournal(const QByteArray& passphrase)
{
    auto pending = m_access.beginUnlock();
    if (!pending.ok()) {
        m_damage->showError(pending.error().message());
        return;
    }
    QByteArray copy = passphrase;
    m_damage->setBusy(true);
    unsealInBackground(
        this, pending->wrapped, copy, [this, p = pending.value()](Result<SecureBytes> key) {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            QString kept;
            auto outcome = m_access.recoverInPlace(p, std::move(key), &kept);
            QApplication::restoreOverrideCursor();
            m_damage->setBusy(false);
            if (!outcome.ok()) {
                m_damage->showError(
                    outcome.error().code == ErrorCode::Damaged
                        ? tr("The journal's table of contents cannot be read, so nothing can be "
                             "recovered from it. Tell your IT administrator: the journal can be "
                             "removed, and this computer connected to the server again.")
                        : outcome.error().message());
                m_damage->focusPassphrase();
                return;
            }
            const QStringList lost = outcome->lostSummary();
            QString text = tr("What could be read was recovered into a new "
                              "journal. The damaged one is kept in %1.")
                               .arg(kept);
            if (!lost.isEmpty())
                text += QLatin1Char(' ') +
                        tr("Could not be read: %1.").arg(lost.join(QStringLiteral("; ")));
            if (outcome->unsentLost > 0)
                text += QLatin1Char(' ') +
                        tr("%n change(s) not yet sent could not be rescued for sending; what "
                           "they made is kept on this computer.",
                           nullptr, int(outcome->unsentLost));
            text += QLatin1Char(' ') + tr("Unlock to open the new journal.");
            m_unlock->showError(text);
            m_stack->setCurrentWidget(m_unlock->parentWidget());
            m_unlock->focusPassphrase();
        });
}

} // namespace fortrolig
