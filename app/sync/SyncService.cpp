#include "sync/SyncService.h"

#include "journal/Journal.h"

#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QUrlQuery>
#include <sodium.h>

Q_LOGGING_CATEGORY(lcSync, "fortrolig.sync")

namespace fortrolig {

namespace W = protocol::WireError;

SyncService::SyncService(Journal& journal, Options options, QObject* parent)
    : QObject(parent), m_journal(journal), m_store(journal), m_options(options),
      m_retry(options.retryFirstMs, options.retryMaxMs), m_batch(options.batchSize),
      m_batchCeiling(options.batchSize)
{
    m_retryTimer.setSingleShot(true);
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
    s.done = m_done;
    s.total = m_total;
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
            m_accessToken = tokens->accessToken;
            m_accessExpires = QDateTime::currentDateTimeUtc().addSecs(tokens->accessExpiresIn - 30);
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
        if (handleFailure(r, {}))
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
    m_counted = false;
    m_again = false;
    m_refreshTried = false;
    m_tokenReread = false;
    m_more = false;
    m_batch = m_batchCeiling;
    setState(State::Syncing);
    m_done = 0;
    auto counts = m_store.counts();
    m_total = counts.ok() ? counts->outbox : 0;
    Q_EMIT progress(m_done, m_total);
    withToken([this] { push(); });
}

void SyncService::withToken(const std::function<void()>& next)
{
    if (!m_accessToken.isEmpty() && QDateTime::currentDateTimeUtc() < m_accessExpires) {
        next();
        return;
    }
    // The journal's token, not a copy from earlier: the CLI beside the window (or a login
    // there) may have replaced it, and the old one presented again would look like theft.
    if (auto stored = m_store.settings(); stored.ok())
        m_settings.refreshToken = stored->refreshToken;
    if (m_settings.refreshToken.isEmpty()) {
        fail(State::LoginNeeded, tr("Log in to the server (passphrase and one-time code)."));
        Q_EMIT loginRequired();
        return;
    }
    const QString used = m_settings.refreshToken;
    const QByteArray body = protocol::encode(protocol::RefreshRequest{used});
    m_connection->post(protocol::Path::Token, body, {}, [this, next, used](const Reply& r) {
        auto tokens = protocol::decodeTokenResponse(r.body);
        if (r.failure == Reply::Failure::None && r.status == 200 && tokens.ok()) {
            m_accessToken = tokens->accessToken;
            m_accessExpires = QDateTime::currentDateTimeUtc().addSecs(tokens->accessExpiresIn - 30);
            m_settings.refreshToken = tokens->refreshToken;
            if (Error e = m_store.saveRefreshToken(tokens->refreshToken)) {
                fail(State::Idle, e.message());
                return;
            }
            next();
            return;
        }
        if (r.failure == Reply::Failure::None && r.status == 401) {
            // Replaced meanwhile by another program on this journal: use the new one.
            auto stored = m_store.settings();
            if (stored.ok() && !stored->refreshToken.isEmpty() && stored->refreshToken != used &&
                !m_tokenReread) {
                m_tokenReread = true;
                withToken(next);
                return;
            }
            // The refresh token is expired or was revoked: a person must log in again.
            // A stale token left behind only fails once more and asks for a login again.
            if (Error cleared = m_store.saveRefreshToken({}))
                qCWarning(lcSync) << "the expired refresh token was not cleared:"
                                  << int(cleared.code);
            m_settings.refreshToken.clear();
            fail(State::LoginNeeded, tr("Log in to the server again (passphrase and one-time "
                                        "code)."));
            Q_EMIT loginRequired();
            return;
        }
        if (!handleFailure(r, next))
            fail(State::Idle, messageFor(r));
    });
}

bool SyncService::handleFailure(const Reply& r, const std::function<void()>& retry)
{
    if (r.failure == Reply::Failure::Tls) {
        fail(State::Refused, messageFor(r));
        return true;
    }
    if (r.failure != Reply::Failure::None || r.status >= 500 || r.status == 429 ||
        (r.status == 200)) {
        // No answer, a server failure, or a 200 whose body could not be read: try later.
        retryLater(r.status == 200 ? tr("The server's answer could not be read. Sync tries "
                                        "again later.")
                                   : messageFor(r),
                   r.retryAfterSeconds * 1000);
        return true;
    }
    auto e = protocol::decodeErrorResponse(r.body);
    const QString code = e.ok() ? e->error : QString();
    if (code == W::DeviceRevoked) {
        finishBulk();
        m_connection->abortAll();
        m_retryTimer.stop();
        m_autoTimer.stop();
        m_lastMessage = messageFor(r);
        setState(State::Revoked);
        Q_EMIT deviceRevoked();
        Q_EMIT finished(false);
        return true;
    }
    if (code == W::AccountLocked) {
        fail(State::Refused, messageFor(r));
        return true;
    }
    if (r.status == 401 && retry && !m_refreshTried) {
        m_refreshTried = true;
        m_accessToken.clear();
        withToken(retry);
        return true;
    }
    if (r.status == 401) {
        fail(State::LoginNeeded, messageFor(r));
        Q_EMIT loginRequired();
        return true;
    }
    if (code == W::EpochChanged && e.ok() && protocol::isUuid(e->epoch) && retry) {
        qCInfo(lcSync) << "the server's epoch changed: sending everything again";
        if (Error se = m_store.startNewEpoch(e->epoch)) {
            fail(State::Idle, se.message());
            return true;
        }
        m_settings.epoch = e->epoch;
        m_settings.cursor = 0;
        if (auto c = m_store.counts(); c.ok())
            m_total = m_done + c->outbox;
        push();
        return true;
    }
    return false;
}

void SyncService::push()
{
    auto batch = m_store.nextBatch(m_batch);
    if (!batch.ok()) {
        fail(State::Idle, batch.error().message());
        return;
    }
    if (batch->isEmpty()) {
        pull(true);
        return;
    }
    auto head = m_store.accessLogHead();
    protocol::PushRequest request;
    request.batchId = newId();
    request.epoch = m_settings.epoch;
    if (head.ok()) {
        request.accessLogSeq = head->seq;
        request.accessLogHash = head->hash;
    }
    for (const OutgoingEvent& o : batch.value())
        request.events << o.event;
    const QList<OutgoingEvent> sent = batch.value();
    m_connection->post(
        protocol::Path::Push, protocol::encode(request), m_accessToken,
        [this, sent](const Reply& r) {
            if (r.failure == Reply::Failure::None && r.status == 200) {
                auto response = protocol::decodePushResponse(r.body);
                if (response.ok()) {
                    if (Error e = m_store.applyPushResults(sent, response.value())) {
                        fail(State::Idle, e.message());
                        return;
                    }
                    bool refused = false;
                    for (const protocol::PushResult& p : response->results)
                        refused = refused || p.status == protocol::PushResult::Status::Rejected;
                    if (refused)
                        Q_EMIT problemsChanged();
                    m_refreshTried = false; // a later expiry in this round may refresh again
                    m_done += sent.size();
                    Q_EMIT progress(m_done, m_total);
                    m_batchCeiling =
                        qMin(m_options.batchSize, qMax(m_batchCeiling, int(sent.size())) * 2);
                    m_batch = m_batchCeiling;
                    push();
                    return;
                }
            }
            if (r.failure == Reply::Failure::None && r.status == 413) {
                // The batch is too large as a whole: find the event that makes it so by
                // halving, so that it alone is set aside and the rest goes on. (A 400 is
                // about the request, not an event: events the server cannot read come back
                // rejected one by one in a 200.)
                if (sent.size() > 1) {
                    m_batch = int(qMax<qsizetype>(1, sent.size() / 2));
                    push();
                    return;
                }
                protocol::PushResponse alone;
                alone.results << protocol::PushResult{sent.first().event.id,
                                                      protocol::PushResult::Status::Rejected, 0,
                                                      protocol::RejectReason::TooLarge};
                if (Error e = m_store.applyPushResults(sent, alone)) {
                    fail(State::Idle, e.message());
                    return;
                }
                Q_EMIT problemsChanged();
                push();
                return;
            }
            if (r.failure == Reply::Failure::None && r.status == 503) {
                // Busy: the next attempt, after the backoff, sends half as much.
                m_batchCeiling = int(qMax<qsizetype>(1, sent.size() / 2));
                m_batch = m_batchCeiling;
            }
            if (!handleFailure(r, [this] { push(); }))
                fail(State::Idle, messageFor(r));
        });
}

void SyncService::pull(bool first)
{
    ++m_pullChain; // answers to requests of an earlier chain are not applied
    requestPage(m_settings.cursor, first);
}

void SyncService::requestPage(qint64 after, bool first)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("epoch"), m_settings.epoch);
    q.addQueryItem(QStringLiteral("after"), QString::number(after));
    q.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
    if (first)
        q.addQueryItem(QStringLiteral("count"), QStringLiteral("1"));
    const int chain = m_pullChain;
    m_connection->get(
        protocol::Path::Changes + QLatin1Char('?') + q.toString(QUrl::FullyEncoded), m_accessToken,
        [this, first, chain](const Reply& r) {
            if (chain != m_pullChain)
                return;
            if (r.failure != Reply::Failure::None || r.status != 200) {
                if (!handleFailure(r, [this, first] { pull(first); }))
                    fail(State::Idle, messageFor(r));
                return;
            }
            auto page = protocol::decodeChangesResponse(r.body);
            if (!page.ok() || page->epoch != m_settings.epoch) {
                // Nothing of a reply that cannot be read is applied.
                retryLater(tr("The server's answer could not be read. Sync tries again later."));
                return;
            }
            m_refreshTried = false;
            // The next page is asked for before this one is applied: the server and the
            // network work while this journal writes.
            if (page->more)
                requestPage(page->cursor, false);
            if (first && page->remaining >= m_options.bulkPullFrom) {
                if (Error bulk = m_store.beginBulk()) // only makes the pull slower
                    qCInfo(lcSync) << "a large pull without bulk mode:" << int(bulk.code);
            }
            Q_EMIT aboutToApply(); // the window saves what is being typed first
            auto applied = m_store.applyChanges(page.value());
            if (!applied.ok()) {
                ++m_pullChain;
                if (applied.error().code == ErrorCode::Busy)
                    retryLater(applied.error().message()); // another program has the journal
                else
                    fail(State::Idle, applied.error().message());
                return;
            }
            if (auto s = m_store.settings(); s.ok())
                m_settings.cursor = s->cursor;
            if (first && page->remaining >= 0 && !m_counted) {
                m_total += page->remaining;
                m_counted = true;
            }
            m_done += page->items.size();
            Q_EMIT progress(m_done, m_total);
            if (!applied->citizens.isEmpty() || applied->removed > 0)
                Q_EMIT changesApplied(applied->citizens);
            if (applied->notApplied > 0 || applied->removed > 0)
                Q_EMIT problemsChanged();
            if (applied->stoppedForPush) {
                ++m_pullChain; // the page asked for ahead starts at the wrong place
                push();
                return;
            }
            m_more = page->more;
            if (!page->more)
                roundDone();
        });
}

void SyncService::roundDone()
{
    finishBulk();
    const QDateTime now = QDateTime::currentDateTime();
    m_settings.lastSyncAt = now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate);
    if (Error e = m_store.saveLastSync(m_settings.lastSyncAt)) // shown, not needed to sync
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
        complete = c->outbox == 0 && !m_more && !refused;
    }
    setState(State::Idle);
    Q_EMIT finished(complete);
    if (m_again) {
        m_again = false;
        QTimer::singleShot(0, this, &SyncService::syncNow);
    }
}

} // namespace fortrolig
