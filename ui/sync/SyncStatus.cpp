#include "sync/SyncStatus.h"

#include "app/core/Dates.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QToolButton>

namespace fortrolig {

SyncStatus::SyncStatus(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("syncStatus"));
    m_label = new QLabel;
    m_label->setObjectName(QStringLiteral("syncStatusText"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_button = new QToolButton;
    m_button->setObjectName(QStringLiteral("syncButton"));
    m_button->setText(tr("Sync"));
    m_button->setAccessibleName(tr("Sync with the server"));
    m_button->setPopupMode(QToolButton::MenuButtonPopup);
    m_button->setAutoRaise(true);
    auto* menu = new QMenu(m_button);
    menu->setObjectName(QStringLiteral("syncMenu"));
    QAction* now = menu->addAction(tr("Sync &now"));
    QAction* problems = menu->addAction(tr("Sync &problems..."));
    QAction* login = menu->addAction(tr("&Log in to the server..."));
    QAction* enroll = menu->addAction(tr("&Connect to a server..."));
    now->setObjectName(QStringLiteral("syncNowAction"));
    problems->setObjectName(QStringLiteral("syncProblemsAction"));
    login->setObjectName(QStringLiteral("syncLoginAction"));
    enroll->setObjectName(QStringLiteral("syncEnrollAction"));
    m_button->setMenu(menu);
    connect(now, &QAction::triggered, this, &SyncStatus::syncRequested);
    connect(problems, &QAction::triggered, this, &SyncStatus::problemsRequested);
    connect(login, &QAction::triggered, this, &SyncStatus::loginRequested);
    connect(enroll, &QAction::triggered, this, &SyncStatus::connectRequested);
    // The main part of the button does what the situation needs.
    connect(m_button, &QToolButton::clicked, this, [this] {
        if (!m_sync)
            return;
        switch (m_sync->state()) {
        case SyncService::State::NotEnrolled:
            Q_EMIT connectRequested();
            return;
        case SyncService::State::LoginNeeded:
            Q_EMIT loginRequested();
            return;
        default:
            Q_EMIT syncRequested();
        }
    });

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_label);
    row->addWidget(m_progress);
    row->addWidget(m_button);
    attach(nullptr);
}

void SyncStatus::attach(SyncService* sync)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    setVisible(sync != nullptr);
    if (!sync)
        return;
    connect(sync, &SyncService::stateChanged, this, &SyncStatus::refresh);
    connect(sync, &SyncService::finished, this, &SyncStatus::refresh);
    connect(sync, &SyncService::problemsChanged, this, &SyncStatus::refresh);
    connect(sync, &SyncService::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(qMax<qint64>(total, 1)));
        m_progress->setValue(int(qMin(done, total)));
        // Only a sync that takes a while shows a bar.
        m_progress->setVisible(total > 50 && m_sync->state() == SyncService::State::Syncing);
    });
    refresh();
}

QString SyncStatus::text() const
{
    return m_label->text();
}

void SyncStatus::refresh()
{
    if (!m_sync)
        return;
    const SyncService::Status s = m_sync->status();
    QString text;
    QString button = tr("Sync");
    switch (s.state) {
    case SyncService::State::NotEnrolled:
        text = tr("Not connected to a server: the journal is kept on this computer only.");
        button = tr("Connect...");
        break;
    case SyncService::State::Enrolling:
        text = tr("Connecting to the server...");
        break;
    case SyncService::State::LoginNeeded:
        text = tr("Log in to the server to sync.");
        button = tr("Log in...");
        break;
    case SyncService::State::Syncing:
        text = tr("Syncing...");
        break;
    case SyncService::State::Idle: {
        text = s.lastSyncAt.isValid() ? tr("Synced %1").arg(Dates::clock(s.lastSyncAt))
                                      : tr("Not synced yet");
        break;
    }
    case SyncService::State::Waiting:
        text = tr("Offline: sync tries again soon.");
        break;
    case SyncService::State::Refused:
    case SyncService::State::Revoked:
        text = s.message;
        break;
    }
    QStringList extra;
    if (s.outbox > 0)
        extra << tr("%n change(s) waiting", nullptr, s.outbox);
    if (s.conflicts > 0)
        extra << tr("%n conflict(s)", nullptr, s.conflicts);
    if (s.problems > 0)
        extra << tr("%n problem(s)", nullptr, s.problems);
    if (!extra.isEmpty())
        text += QStringLiteral(" · ") + extra.join(QStringLiteral(" · "));
    m_label->setText(text);
    m_label->setToolTip(s.message);
    m_button->setText(button);
    m_button->setEnabled(s.state != SyncService::State::Syncing &&
                         s.state != SyncService::State::Enrolling &&
                         s.state != SyncService::State::Revoked);
    if (s.state != SyncService::State::Syncing)
        m_progress->setVisible(false);
    setAccessibleDescription(text);
}

} // namespace fortrolig
