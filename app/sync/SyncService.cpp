#include "app/sync/SyncService.h"

#include "app/core/StoredTime.h"
#include "app/journal/Journal.h"

#include <QLoggingCategory>
#include <QNetworkInformation>
#include <sodium.h>

Q_LOGGING_CATEGORY(lcSync, "fortrolig.sync")

namespace fortrolig {

SyncService::SyncService(Journal& journal, Options options, QObject* parent)
    : QObject(parent), m_journal(journal), m_store(journal), m_options(options),
      m_retry(options.retryFirstMs, options.retryMaxMs), m_batchCeiling(options.batchSize)
{
    m_retryTimer.setSingleShot(true);
    // Never early: a coarse timer may fire 5 % before its time, and a server that said
    // Retry-After must not hear from this laptop sooner.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncService::syncNow);
    connect(&m_autoTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Idle)
            syncNow();
    });
    if (loadSettings())
        m_state = m_settings.refreshToken.isEmpty() ? State::LoginNeeded : State::Idle;
    // Kept notes of moved cases expire even while sync cannot run (no login yet).
    if (Error e = m_store.forgetOldKeptNotes())
        qCWarning(lcSync) << "clearing old kept notes failed:" << int(e.code);
}

void SyncService::finishBulk()
{
    // A pull cut short leaves the citizen indexes to the next open, which puts them back.
    if (Error e = m_store.endBulk())
        qCWarning(lcSync) << "rebuilding the citizen indexes failed:" << int(e.code) << e.detail;
}

SyncService::~SyncService()
{
    finishBulk(); // the journal is still open: the indexes are built before it closes
}

void SyncService::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

bool SyncService::loadSettings()
{
    auto s = m_store.settings();
    if (!s.ok() || !s->enrolled())
        return false;
    m_settings = s.value();
    makeConnection({m_settings.pin, m_settings.caCertificate, false});
    return true;
}

void SyncService::makeConnection(const ServerConnection::Trust& trust)
{
    // The old connection may be the one whose answer is being handled right now.
    if (m_connection)
        m_connection.release()->deleteLater();
    m_connection =
        std::make_unique<ServerConnection>(QUrl(m_settings.server), trust, m_options.timeoutMs);
}

SyncService::Status SyncService::status()
{
    Status s;
    s.state = m_state;
    s.server = m_settings.server;
    s.username = m_settings.username;
    s.lastSyncAt = m_settings.lastSyncAt;
    s.message = m_lastMessage;
    if (m_round) {
        s.done = m_round->done();
        s.total = m_round->total();
    }
    if (auto c = m_store.counts(); c.ok()) {
        s.outbox = c->outbox;
        s.problems = c->problems;
        s.conflicts = c->conflicts;
    }
    return s;
}

void SyncService::fail(State state, const QString& message)
{
    finishBulk();
    m_lastMessage = message;
    setState(state);
    Q_EMIT failed(message);
    Q_EMIT finished(false);
}

void SyncService::retryLater(const QString& why, int atLeastMs)
{
    finishBulk();
    m_lastMessage = why;
    const int delay = qMax(m_retry.nextDelayMs(), atLeastMs);
    qCInfo(lcSync) << "retrying in" << delay << "ms";
    m_retryTimer.start(delay);
    setState(State::Waiting);
    Q_EMIT failed(why);
    Q_EMIT finished(false);
}

void SyncService::enroll(const EnrollmentLink& link, const QString& deviceName)
{
    if (m_state == State::Syncing || m_state == State::Enrolling) {
        // The dialog that asked hears why nothing happens (the running round goes on).
        Q_EMIT failed(tr("A sync is running; try again in a moment."));
        return;
    }
    const State before = m_state;
    setState(State::Enrolling);
    m_settings = SyncSettings();
    m_settings.server = link.server.toString();
    m_settings.pin = link.pin;
    makeConnection({link.pin, {}, true});
    auto refuse = [this, before](const QString& message) {
        setState(before == State::Enrolling ? State::NotEnrolled : before);
        m_settings = SyncSettings();
        loadSettings(); // back to what was there before
        m_lastMessage = message;
        Q_EMIT failed(message);
    };
    m_connection->get(protocol::Path::Status, {}, [=, this](const Reply& r) {
        if (r.failure != Reply::Failure::None || r.status != 200) {
            refuse(messageFor(r));
            return;
        }
        auto status = protocol::decodeStatusResponse(r.body);
        if (!status.ok() || status->server != QStringLiteral("fortrolig-server") ||
            status->protocol != protocol::kVersion) {
            refuse(tr("This is not a Fortrolig server, or it speaks another version of the "
                      "protocol."));
            return;
        }
        // From here on only the pinned key, or the pinned CA alone, is trusted; a CA's chain
        // is verified again, strictly, before the code is sent.
        if (!r.anchorIsLeaf)
            m_settings.caCertificate = r.anchor.toPem();
        makeConnection({m_settings.pin, m_settings.caCertificate, false});
        m_connection->get(protocol::Path::Status, {}, [=, this](const Reply& strict) {
            if (strict.failure != Reply::Failure::None || strict.status != 200) {
                refuse(messageFor(strict));
                return;
            }
            const QByteArray body =
                protocol::encode(protocol::EnrollRequest{link.code, deviceName});
            m_connection->post(protocol::Path::Enroll, body, {}, [=, this](const Reply& er) {
                auto answer = protocol::decodeEnrollResponse(er.body);
                if (er.failure != Reply::Failure::None || er.status != 200 || !answer.ok()) {
                    refuse(er.status == 200 ? tr("The server's answer could not be read.")
                                            : messageFor(er));
                    return;
                }
                m_settings.deviceId = answer->deviceId;
                m_settings.username = answer->username;
                m_settings.displayName = answer->displayName;
                m_settings.epoch = answer->epoch;
                m_settings.cursor = 0;
                if (Error e = m_store.saveEnrollment(m_settings)) {
                    refuse(e.message());
                    return;
                }
                m_lastMessage.clear();
                setState(State::LoginNeeded);
                Q_EMIT enrolled();
                Q_EMIT loginRequired();
            });
        });
    });
}

void SyncService::login(const QByteArray& passphrase, const QString& totp)
{
    if (!m_settings.enrolled() || m_state == State::Revoked) {
        fail(m_state, tr("This computer is not enrolled with a server."));
        return;
    }
    if (m_state == State::Syncing) {
        Q_EMIT failed(tr("A sync is running; try again in a moment."));
        return;
    }
    QByteArray body = protocol::encode(
        protocol::LoginRequest{m_settings.username, passphrase, totp, m_settings.deviceId});
    m_connection->post(protocol::Path::Login, body, {}, [this](const Reply& r) {
        auto tokens = protocol::decodeTokenResponse(r.body);
        if (r.failure == Reply::Failure::None && r.status == 200 && tokens.ok()) {
            takeAccessToken(tokens.value());
            if (Error e = m_store.saveRefreshToken(tokens->refreshToken)) {
                fail(State::LoginNeeded, e.message());
                return;
            }
            m_settings.refreshToken = tokens->refreshToken;
            m_lastMessage.clear();
            m_retry.reset();
            setState(State::Idle);
            Q_EMIT loggedIn();
            syncNow();
            return;
        }
        if (handleFailure(r))
            return;
        fail(State::LoginNeeded, messageFor(r));
    });
    sodium_memzero(body.data(), std::size_t(body.size()));
}

void SyncService::setAutoSync(bool on)
{
    if (on && m_options.autoSyncMs > 0)
        m_autoTimer.start(m_options.autoSyncMs);
    else
        m_autoTimer.stop();
    // Where the system says when the network comes and goes (NetworkManager, ...), a laptop
    // that comes back online syncs at once instead of at the next tick or retry.
    if (on && !m_watchingNetwork &&
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        m_watchingNetwork = true;
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) {
                    if (r == QNetworkInformation::Reachability::Online &&
                        (m_state == State::Waiting || m_state == State::Idle) &&
                        m_autoTimer.isActive())
                        syncNow();
                });
    }
}

void SyncService::setInterval(int autoSyncMs)
{
    m_options.autoSyncMs = autoSyncMs;
    setAutoSync(m_autoTimer.isActive() || autoSyncMs > 0);
}

void SyncService::stop()
{
    if (m_round)
        m_round->abandon();
    finishBulk();
    m_retryTimer.stop();
    m_autoTimer.stop();
    if (m_connection)
        m_connection->abortAll();
    if (m_state == State::Syncing || m_state == State::Waiting)
        setState(State::Idle);
}

void SyncService::syncNow()
{
    switch (m_state) {
    case State::Syncing:
        m_again = true;
        return;
    case State::NotEnrolled:
    case State::Enrolling:
    case State::LoginNeeded:
    case State::Revoked:
        Q_EMIT finished(false);
        return;
    case State::Idle:
    case State::Waiting:
    case State::Refused: // only ever on demand: a person asked to try again
        break;
    }
    m_retryTimer.stop();
    if (Error e = m_store.beginRound()) // old kept notes stay until the next round
        qCWarning(lcSync) << "clearing old kept notes failed:" << int(e.code);
    m_again = false;
    setState(State::Syncing);
    // The last round may still be on the stack (this may be called from its signals).
    if (m_round)
        m_round.release()->deleteLater();
    m_round = std::make_unique<SyncRound>(*this);
    m_round->start();
}

QDateTime SyncService::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentDateTime();
}

void SyncService::takeAccessToken(const protocol::TokenResponse& tokens)
{
    m_accessToken = tokens.accessToken;
    m_accessExpires = now().toUTC().addSecs(tokens.accessExpiresIn - 30);
}

QString SyncService::unreadableAnswer() const
{
    return tr("The server's answer could not be read. Sync tries again later.");
}

bool SyncService::handleFailure(const Reply& r)
{
    using Answer = SyncRound::Answer;
    switch (SyncRound::classify(r)) {
    case Answer::Untrusted:
    case Answer::Locked:
        fail(State::Refused, messageFor(r));
        return true;
    case Answer::Unreadable:
        retryLater(unreadableAnswer(), r.retryAfterSeconds * 1000);
        return true;
    case Answer::Unreachable:
        retryLater(messageFor(r), r.retryAfterSeconds * 1000);
        return true;
    case Answer::Revoked:
        revoked(messageFor(r));
        return true;
    case Answer::Unauthorized:
        fail(State::LoginNeeded, messageFor(r));
        Q_EMIT loginRequired();
        return true;
    case Answer::EpochChanged:
    case Answer::Refused:
        break;
    }
    return false;
}

void SyncService::revoked(const QString& message)
{
    finishBulk();
    m_connection->abortAll();
    m_retryTimer.stop();
    m_autoTimer.stop();
    m_lastMessage = message;
    setState(State::Revoked);
    Q_EMIT deviceRevoked();
    Q_EMIT finished(false);
}

void SyncService::askForLogin(bool again)
{
    if (!again) {
        fail(State::LoginNeeded, tr("Log in to the server (passphrase and one-time code)."));
        Q_EMIT loginRequired();
        return;
    }
    // A stale token left behind only fails once more and asks for a login again.
    if (Error cleared = m_store.saveRefreshToken({}))
        qCWarning(lcSync) << "the expired refresh token was not cleared:" << int(cleared.code);
    m_settings.refreshToken.clear();
    fail(State::LoginNeeded, tr("Log in to the server again (passphrase and one-time "
                                "code)."));
    Q_EMIT loginRequired();
}

void SyncService::roundDone(bool more)
{
    finishBulk();
    const QDateTime now = this->now();
    // Stored as text with the clock's own offset, to the second; shown, not needed to sync.
    const QString stored = now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate);
    m_settings.lastSyncAt = StoredTime::from(stored); // as it reads back
    if (Error e = m_store.saveLastSync(stored))
        qCWarning(lcSync) << "the time of the last sync was not saved:" << int(e.code);
    m_retry.reset();
    m_lastMessage.clear();
    bool complete = false;
    if (auto c = m_store.counts(); c.ok()) {
        bool refused = false;
        if (auto p = m_store.problems(); p.ok()) {
            for (const SyncProblem& problem : p.value())
                refused = refused || problem.kind == QStringLiteral("rejected") ||
                          problem.kind == QStringLiteral("not-applied");
        }
        complete = c->outbox == 0 && !more && !refused;
    }
    setState(State::Idle);
    Q_EMIT finished(complete);
    if (m_again) {
        m_again = false;
        QTimer::singleShot(0, this, &SyncService::syncNow);
    }
}

} // namespace fortrolig
