#include "app/sync/SyncRound.h"

#include "app/sync/SyncService.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace fortrolig {

namespace W = protocol::WireError;

SyncRound::Answer SyncRound::classify(const Reply& r, QString* epoch)
{
    if (r.failure == Reply::Failure::Tls)
        return Answer::Untrusted;
    if (r.failure != Reply::Failure::None || r.status >= 500 || r.status == 429)
        return Answer::Unreachable;
    if (r.status == 200) // and yet a failure: its body could not be read
        return Answer::Unreadable;
    auto e = protocol::decodeErrorResponse(r.body);
    const QString code = e.ok() ? e->error : QString();
    if (code == W::DeviceRevoked)
        return Answer::Revoked;
    if (code == W::AccountLocked)
        return Answer::Locked;
    if (r.status == 401)
        return Answer::Unauthorized;
    if (code == W::EpochChanged && protocol::isUuid(e->epoch)) {
        if (epoch)
            *epoch = e->epoch;
        return Answer::EpochChanged;
    }
    return Answer::Refused;
}

SyncRound::SyncRound(SyncService& service) : m_service(service), m_batch(service.m_batchCeiling) {}

bool SyncRound::ended() const
{
    return m_state == State::Done || m_state == State::Waiting || m_state == State::Failed;
}

// The path records each change of state (a second batch or page is no new state).
void SyncRound::enter(State s)
{
    if (s == m_state && !m_path.isEmpty())
        return;
    m_state = s;
    m_path << s;
    if (m_service.m_options.onRoundState)
        m_service.m_options.onRoundState(s);
}

void SyncRound::start()
{
    enter(State::Starting);
    auto counts = m_service.m_store.counts();
    m_total = counts.ok() ? counts->outbox : 0;
    Q_EMIT m_service.progress(m_done, m_total);
    authorize(State::Pushing);
}

// A valid access token, then `next` (Pushing or Pulling).
void SyncRound::authorize(State next)
{
    SyncService& s = m_service;
    if (!s.m_accessToken.isEmpty() && s.now().toUTC() < s.m_accessExpires) {
        resume(next);
        return;
    }
    refreshToken(next);
}

void SyncRound::resume(State next)
{
    if (next == State::Pulling)
        pull(m_firstPage);
    else if (next == State::SendingLog)
        sendLog();
    else
        push();
}

void SyncRound::refreshToken(State next)
{
    SyncService& s = m_service;
    enter(State::RefreshingToken);
    // The journal's token, not a copy from earlier: the CLI beside the window (or a login
    // there) may have replaced it, and the old one presented again would look like theft.
    if (auto stored = s.m_store.settings(); stored.ok())
        s.m_settings.refreshToken = stored->refreshToken;
    if (s.m_settings.refreshToken.isEmpty()) {
        needLogin(false);
        return;
    }
    const QString used = s.m_settings.refreshToken;
    const QByteArray body = protocol::encode(protocol::RefreshRequest{used});
    QPointer<SyncRound> self(this);
    s.m_connection->post(protocol::Path::Token, body, {}, [self, used, next](const Reply& r) {
        if (self && !self->ended())
            self->onToken(r, used, next);
    });
}

void SyncRound::onToken(const Reply& r, const QString& used, State next)
{
    SyncService& s = m_service;
    auto tokens = protocol::decodeTokenResponse(r.body);
    if (r.failure == Reply::Failure::None && r.status == 200 && tokens.ok()) {
        s.takeAccessToken(tokens.value());
        s.m_settings.refreshToken = tokens->refreshToken;
        if (Error e = s.m_store.saveRefreshToken(tokens->refreshToken)) {
            fail(e.message());
            return;
        }
        resume(next);
        return;
    }
    if (r.failure == Reply::Failure::None && r.status == 401) {
        // Replaced meanwhile by another program on this journal: use the new one.
        auto stored = s.m_store.settings();
        if (stored.ok() && !stored->refreshToken.isEmpty() && stored->refreshToken != used &&
            !m_tokenReread) {
            m_tokenReread = true;
            refreshToken(next);
            return;
        }
        // The refresh token is expired or was revoked: a person must log in again.
        needLogin(true);
        return;
    }
    onFailure(r, next);
}

void SyncRound::push()
{
    SyncService& s = m_service;
    enter(State::Pushing);
    auto batch = s.m_store.nextBatch(m_batch);
    if (!batch.ok()) {
        fail(batch.error().message());
        return;
    }
    if (batch->isEmpty()) {
        pull(true);
        return;
    }
    auto head = s.m_store.accessLogHead();
    protocol::PushRequest request;
    request.batchId = newId();
    request.epoch = s.m_settings.epoch;
    if (head.ok()) {
        request.accessLogSeq = head->seq;
        request.accessLogHash = head->hash;
    }
    for (const OutgoingEvent& o : batch.value())
        request.events << o.event;
    const QList<OutgoingEvent> sent = batch.value();
    QPointer<SyncRound> self(this);
    s.m_connection->post(protocol::Path::Push, protocol::encode(request), s.m_accessToken,
                         [self, sent](const Reply& r) {
                             if (self && !self->ended())
                                 self->onPushed(r, sent);
                         });
}

void SyncRound::onPushed(const Reply& r, const QList<OutgoingEvent>& sent)
{
    SyncService& s = m_service;
    if (r.failure == Reply::Failure::None && r.status == 200) {
        auto response = protocol::decodePushResponse(r.body);
        if (response.ok()) {
            if (Error e = s.m_store.applyPushResults(sent, response->results)) {
                fail(e.message());
                return;
            }
            bool refused = false;
            for (const protocol::PushResult& p : response->results)
                refused = refused || p.status == protocol::PushResult::Status::Rejected;
            if (refused)
                Q_EMIT s.problemsChanged();
            m_refreshTried = false; // a later expiry in this round may refresh again
            m_done += sent.size();
            Q_EMIT s.progress(m_done, m_total);
            s.m_batchCeiling =
                qMin(s.m_options.batchSize, qMax(s.m_batchCeiling, int(sent.size())) * 2);
            m_batch = s.m_batchCeiling;
            push();
            return;
        }
    }
    if (r.failure == Reply::Failure::None && r.status == 413) {
        onTooLarge(sent);
        return;
    }
    if (r.failure == Reply::Failure::None && r.status == 503) {
        // Busy: the next attempt, after the backoff, sends half as much.
        s.m_batchCeiling = int(qMax<qsizetype>(1, sent.size() / 2));
        m_batch = s.m_batchCeiling;
    }
    onFailure(r, State::Pushing);
}

// The batch is too large as a whole: find the event that makes it so by halving, so that it
// alone is set aside and the rest goes on. (A 400 is about the request, not an event: events
// the server cannot read come back rejected one by one in a 200.)
void SyncRound::onTooLarge(const QList<OutgoingEvent>& sent)
{
    if (sent.size() > 1) {
        m_batch = int(qMax<qsizetype>(1, sent.size() / 2));
        push();
        return;
    }
    protocol::PushResponse alone;
    alone.results << protocol::PushResult{sent.first().event.id,
                                          protocol::PushResult::Status::Rejected, 0,
                                          protocol::RejectReason::TooLarge};
    if (Error e = m_service.m_store.applyPushResults(sent, alone.results)) {
        fail(e.message());
        return;
    }
    Q_EMIT m_service.problemsChanged();
    push();
}

void SyncRound::pull(bool first)
{
    enter(State::Pulling);
    ++m_pullChain;
    requestPage(m_service.m_settings.cursor, first);
}

void SyncRound::requestPage(qint64 after, bool first)
{
    SyncService& s = m_service;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("epoch"), s.m_settings.epoch);
    q.addQueryItem(QStringLiteral("after"), QString::number(after));
    q.addQueryItem(QStringLiteral("limit"), QString::number(s.m_options.pageSize));
    if (first)
        q.addQueryItem(QStringLiteral("count"), QStringLiteral("1"));
    const int chain = m_pullChain;
    QPointer<SyncRound> self(this);
    s.m_connection->get(protocol::Path::Changes + QLatin1Char('?') + q.toString(QUrl::FullyEncoded),
                        s.m_accessToken, [self, first, chain](const Reply& r) {
                            if (self && !self->ended() && chain == self->m_pullChain)
                                self->onPage(r, first);
                        });
}

void SyncRound::onPage(const Reply& r, bool first)
{
    if (r.failure != Reply::Failure::None || r.status != 200) {
        if (m_page || m_decoding) {
            m_waiting = Waiting{r, first}; // after the page before it
            return;
        }
        m_firstPage = first;
        onFailure(r, State::Pulling);
        return;
    }
    // Decoded on a worker thread while the window's thread applies the page before it (a
    // tenth of a pull's time, and a block of its own otherwise).
    using Decoded = std::shared_ptr<Result<protocol::ChangesResponse>>;
    auto* watcher = new QFutureWatcher<Decoded>(this);
    const int chain = m_pullChain;
    ++m_decoding;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, first, chain] {
        watcher->deleteLater();
        --m_decoding;
        if (!ended() && chain == m_pullChain)
            onDecoded(std::move(*watcher->result()), first);
    });
    watcher->setFuture(QtConcurrent::run([body = r.body] {
        return std::make_shared<Result<protocol::ChangesResponse>>(
            protocol::decodeChangesResponse(body));
    }));
}

void SyncRound::onDecoded(Result<protocol::ChangesResponse> page, bool first, bool asked)
{
    SyncService& s = m_service;
    if (m_page) { // after the page before it; the one after it is asked for now
        const bool ask =
            m_ready.empty() && page.ok() && page->more && page->epoch == s.m_settings.epoch;
        if (ask)
            requestPage(page->cursor, false);
        m_ready.push_back(Next{std::move(page), first, ask});
        return;
    }
    if (!page.ok() || page->epoch != s.m_settings.epoch) {
        waitAndRetry(s.unreadableAnswer()); // nothing of it is applied
        return;
    }
    m_refreshTried = false;
    // The next page is asked for before this one is applied: the server and the network
    // work while this journal writes.
    if (page->more && !asked)
        requestPage(page->cursor, false);
    if (first && page->remaining >= s.m_options.bulkPullFrom) {
        if (Error bulk = s.m_store.beginBulk()) // only makes the pull slower
            qCInfo(lcSync) << "a large pull without bulk mode:" << int(bulk.code);
    }
    if (first && page->remaining >= 0 && !m_counted) {
        m_total += page->remaining;
        m_counted = true;
    }
    m_page = std::make_unique<protocol::ChangesResponse>(std::move(page.value()));
    m_pageAt = 0;
    applyLater();
}

void SyncRound::applyLater()
{
    const int chain = m_pullChain;
    QTimer::singleShot(0, this, [this, chain] {
        if (!ended() && chain == m_pullChain && m_page)
            applyPart();
    });
}

void SyncRound::applyPart()
{
    SyncService& s = m_service;
    Q_EMIT s.aboutToApply(); // the window saves what is being typed first
    auto applied = s.m_store.applyChanges(*m_page, m_pageAt, s.m_options.applySliceMs);
    if (!applied.ok()) {
        ++m_pullChain;
        endPage();
        m_waiting.reset(); // of the chain just ended
        m_ready.clear();
        if (applied.error().code == ErrorCode::Busy)
            waitAndRetry(applied.error().message()); // another program has the journal
        else
            fail(applied.error().message());
        return;
    }
    if (applied->cursor >= 0)
        s.m_settings.cursor = applied->cursor;
    const qsizetype size = m_page->items.size();
    m_done += (applied->stoppedForPush ? size : applied->next) - m_pageAt;
    Q_EMIT s.progress(m_done, m_total);
    if (!applied->citizens.isEmpty() || applied->removed > 0)
        Q_EMIT s.changesApplied(applied->citizens);
    if (applied->notApplied > 0 || applied->removed > 0 || applied->notesRemoved > 0 ||
        applied->partsRemoved > 0)
        Q_EMIT s.problemsChanged();
    if (!m_page)
        return; // abandoned by whoever heard the signals (the service was stopped)
    if (applied->stoppedForPush) {
        ++m_pullChain; // the page asked for ahead starts at the wrong place
        endPage();
        m_waiting.reset();
        m_ready.clear();
        push();
        return;
    }
    if (applied->next < size) {
        // The rest of the page after the window has had its turn (input, painting).
        m_pageAt = applied->next;
        applyLater();
        return;
    }
    // The last page of a round carries the rules the journal deletes by (the window runs
    // them when the round has finished).
    if (m_page->retention) {
        if (Error e = s.m_store.keepRetention(*m_page->retention))
            qCWarning(lcSync) << "the retention rules received could not be kept:" << int(e.code);
        else
            Q_EMIT s.retentionReceived();
    }
    m_more = m_page->more;
    endPage();
    if (!m_more) {
        sendLog();
    } else if (!m_ready.empty()) {
        Next n = std::move(m_ready.front());
        m_ready.pop_front();
        onDecoded(std::move(n.page), n.first, n.asked);
    } else if (m_waiting && !m_decoding) {
        const Waiting w = *m_waiting;
        m_waiting.reset();
        onPage(w.reply, w.first);
    }
}

void SyncRound::abandon()
{
    ++m_pullChain;
    endPage();
    m_waiting.reset();
    m_ready.clear();
}

void SyncRound::endPage()
{
    if (m_page) {
        // A page of a thousand events takes a few milliseconds to free: on a worker too.
        QThreadPool::globalInstance()->start(
            [page = std::shared_ptr<protocol::ChangesResponse>(std::move(m_page))] {});
    }
    m_pageAt = 0;
}

void SyncRound::onFailure(const Reply& r, State retry)
{
    QString epoch;
    switch (classify(r, &epoch)) {
    case Answer::Unauthorized:
        if (m_refreshTried) { // refreshed already, and still not let in
            enter(State::Failed);
            break;
        }
        m_refreshTried = true;
        m_service.m_accessToken.clear();
        refreshToken(retry);
        return;
    case Answer::EpochChanged:
        restart(epoch);
        return;
    case Answer::Unreadable:
    case Answer::Unreachable:
        enter(State::Waiting);
        break;
    case Answer::Untrusted:
    case Answer::Revoked:
    case Answer::Locked:
    case Answer::Refused:
        enter(State::Failed);
        break;
    }
    // The service ends the round: a retry later, or a state a person must act on.
    if (!m_service.handleFailure(r))
        m_service.fail(SyncService::State::Idle, m_service.messageFor(r));
}

void SyncRound::restart(const QString& epoch)
{
    SyncService& s = m_service;
    enter(State::Restarting);
    qCInfo(lcSync) << "the server's epoch changed: sending everything again";
    if (Error e = s.m_store.startNewEpoch(epoch)) {
        fail(e.message());
        return;
    }
    s.m_settings.epoch = epoch;
    s.m_settings.cursor = 0;
    if (auto c = s.m_store.counts(); c.ok())
        m_total = m_done + c->outbox;
    push();
}

// The access-log entries the server has not got, in small requests, until none is left.
void SyncRound::sendLog()
{
    SyncService& s = m_service;
    enter(State::SendingLog);
    protocol::LogPushRequest request;
    auto entries = s.m_store.logToSend(protocol::kMaxLogEntriesPerPush, protocol::kMaxLogPushBytes,
                                       &request.oldest);
    if (!entries.ok()) {
        fail(entries.error().message());
        return;
    }
    // After a restore, first an empty request: what the server holds of this log.
    const bool probe = s.m_store.logProbe();
    if (!probe) {
        // Nothing left, or the last request moved nothing on: the next round tries again.
        if (entries->isEmpty() || entries->constFirst().seq == m_logFrom) {
            finish();
            return;
        }
        request.entries = entries.value();
        m_logFrom = request.entries.constFirst().seq;
    }
    const qint64 last = probe ? s.m_store.logMark() : request.entries.constLast().seq;
    QPointer<SyncRound> self(this);
    s.m_connection->post(protocol::Path::AccessLog, protocol::encode(request), s.m_accessToken,
                         [self, last](const Reply& r) {
                             if (self && !self->ended())
                                 self->onLogSent(r, last);
                         });
}

void SyncRound::onLogSent(const Reply& r, qint64 last)
{
    SyncService& s = m_service;
    if (r.failure == Reply::Failure::None && r.status == 200) {
        auto response = protocol::decodeLogPushResponse(r.body);
        if (response.ok()) {
            if (Error e = s.m_store.logSent(last, response->through)) {
                fail(e.message());
                return;
            }
            if (response->conflicts > 0)
                qCWarning(lcSync) << "the server holds" << response->conflicts
                                  << "access-log entries of this device with other hashes";
            m_refreshTried = false;
            sendLog();
            return;
        }
    }
    if (r.failure == Reply::Failure::None &&
        (r.status == 404 || r.status == 405 || r.status == 400)) {
        // A server older than the log's endpoint, or entries it cannot read: the round's
        // events are in; the log waits (said in the program's log, without its content).
        qCWarning(lcSync) << "the server did not take the access log:" << r.status;
        finish();
        return;
    }
    onFailure(r, State::SendingLog);
}

void SyncRound::finish()
{
    enter(State::Done);
    m_service.roundDone(m_more);
}

void SyncRound::fail(const QString& message)
{
    enter(State::Failed);
    m_service.fail(SyncService::State::Idle, message);
}

void SyncRound::needLogin(bool again)
{
    enter(State::Failed);
    m_service.askForLogin(again);
}

void SyncRound::waitAndRetry(const QString& why, int atLeastMs)
{
    enter(State::Waiting);
    m_service.retryLater(why, atLeastMs);
}

} // namespace fortrolig
