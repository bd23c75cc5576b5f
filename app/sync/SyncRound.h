#pragma once

#include "app/journal/JournalSync.h"
#include "app/sync/Protocol.h"
#include "app/sync/ServerConnection.h"

#include <QList>
#include <QObject>
#include <deque>
#include <memory>
#include <optional>

namespace fortrolig {

class SyncService;

// One sync round as a small state machine: push the outbox in batches, then pull the feed
// after the cursor. What each answer of the server leads to (docs/protocol.md, *Errors*):
//
//   state            answer                                  next
//   Starting         access token still valid                Pushing
//   Starting         none or expired                         RefreshingToken, then Pushing
//   RefreshingToken  200                                     the step that needed it
//   RefreshingToken  401, the journal has another token     RefreshingToken (once, with it)
//   RefreshingToken  401                                     Failed: log in again
//   Pushing          200                                     Pushing the next batch;
//                                                            nothing left: Pulling
//   Pushing          413                                     Pushing half the batch; one
//                                                            event alone is set aside
//   Pushing          503                                     Waiting, with half the batch
//   Pulling          200, more                               Pulling (next page asked first)
//   Pulling          200, a page stopped for a push          Pushing
//   Pulling          200, the last page                      SendingLog
//   SendingLog       200, more entries to send               SendingLog
//   SendingLog       200, none left (or no progress)         Done
//   SendingLog       404, 405, 400                           Done (the log waits)
//   Pushing/Pulling  401, first since the last success       RefreshingToken, then the same
//   Pushing/Pulling  401 again                               Failed: log in again
//   any              409 epoch-changed                       Restarting: everything resent
//   any              no answer, 5xx, 429, unreadable         Waiting (a retry is scheduled)
//   any              TLS (not the pinned certificate)        Failed (Refused)
//   any              403 account-locked                      Failed (Refused)
//   any              403 device-revoked                      Failed (Revoked)
//   any              any other refusal                       Failed (Idle, with the message)
//
// Done, Waiting and Failed end the round; what lives across rounds (settings, tokens, the
// retry policy and batch ceiling, timers, signals) is the service's.
class SyncRound : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Starting,
        RefreshingToken,
        Pushing,
        Pulling,
        Restarting, // the server's epoch changed: the outbox is everything again
        SendingLog, // the access-log entries the server has not got (docs/access-log.md)
        Done,
        Waiting, // ended; the service tries again after a backoff
        Failed   // ended; the service's state says why (login needed, refused, revoked, idle)
    };
    Q_ENUM(State)

    // A server's answer that is not the expected 200, as far as a round cares.
    enum class Answer
    {
        Unreadable,   // a 200 whose body could not be read
        Unreachable,  // no answer, 5xx, 429: try later
        Untrusted,    // TLS: not the pinned certificate
        Revoked,      // 403 device-revoked
        Locked,       // 403 account-locked
        Unauthorized, // 401
        EpochChanged, // 409 epoch-changed with the server's epoch
        Refused       // anything else
    };
    // `epoch`: the server's, with EpochChanged.
    static Answer classify(const ServerConnection::Reply& r, QString* epoch = nullptr);

    explicit SyncRound(SyncService& service);

    void start();
    // The service stopped (the journal locks, the program quits): nothing more of this
    // round is applied, not even the rest of a page being applied part by part.
    void abandon();
    State state() const { return m_state; }
    QList<State> path() const { return m_path; } // every state entered, in order
    bool ended() const;
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }

private:
    using Reply = ServerConnection::Reply;
    void enter(State s);
    void authorize(State next);
    void refreshToken(State next);
    void resume(State next);
    void push();
    void pull(bool first);
    void requestPage(qint64 after, bool first);
    void onToken(const Reply& r, const QString& used, State next);
    void onPushed(const Reply& r, const QList<OutgoingEvent>& sent);
    void onTooLarge(const QList<OutgoingEvent>& sent);
    void sendLog();
    void onLogSent(const Reply& r, qint64 last);
    void onPage(const Reply& r, bool first);
    void onDecoded(Result<protocol::ChangesResponse> page, bool first, bool asked = false);
    // Applies the current page from m_pageAt on for at most SyncOptions::applySliceMs, then
    // lets the event loop run before the rest (a large page never freezes the window).
    void applyPart();
    void applyLater(); // applyPart in the event loop's next turn, if the page is still ours
    void endPage();    // the current page is done with (applied, or given up)
    // The answers every request shares: 401, 409, and whatever ends the round.
    void onFailure(const Reply& r, State retry);
    void restart(const QString& epoch);
    void finish();
    void fail(const QString& message); // the service goes back to Idle, with the message
    void needLogin(bool again);
    void waitAndRetry(const QString& why, int atLeastMs = 0);

    SyncService& m_service;
    State m_state = State::Starting;
    QList<State> m_path;
    bool m_refreshTried = false; // a 401 since the last success has refreshed the token
    bool m_tokenReread = false;  // this round has already taken a token replaced meanwhile
    bool m_counted = false;      // the progress total includes the feed's remainder
    bool m_firstPage = true;     // a pull retried after a 401 asks for the count again
    bool m_more = false;
    int m_batch = 0;
    int m_pullChain = 0;   // answers to requests of an earlier chain are not applied
    qint64 m_logFrom = -1; // the first access-log entry the last request sent
    qint64 m_done = 0;
    qint64 m_total = 0;
    std::unique_ptr<protocol::ChangesResponse> m_page; // being applied, part by part
    qsizetype m_pageAt = 0;
    struct Waiting
    {
        Reply reply;
        bool first = false;
    };
    std::optional<Waiting> m_waiting; // an error answer, come while m_page is applied
    struct Next
    {
        Result<protocol::ChangesResponse> page;
        bool first = false;
        bool asked = false; // the page after it is asked for already
    };
    // The next pages, decoded while m_page is applied (two at most: the page after the first
    // of them is asked for as soon as it is decoded, so the server and the decoding work
    // while this journal writes, and the window's thread does not wait for them).
    std::deque<Next> m_ready;
    int m_decoding = 0; // pages being decoded on a worker thread
};

} // namespace fortrolig
