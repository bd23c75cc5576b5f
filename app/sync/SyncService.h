#pragma once

#include "app/journal/JournalSync.h"
#include "app/sync/EnrollmentLink.h"
#include "app/sync/Protocol.h"
#include "app/sync/RetryPolicy.h"
#include "app/sync/ServerConnection.h"
#include "app/sync/SyncRound.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <memory>

namespace fortrolig {

class Journal;

struct SyncOptions
{
    int batchSize = protocol::kMaxEventsPerPush;
    int pageSize = protocol::kMaxPageSize;
    int timeoutMs = 30'000;
    int autoSyncMs = 5 * 60'000; // 0: only on demand
    int retryFirstMs = 2'000;
    int retryMaxMs = 5 * 60'000;
    qint64 bulkPullFrom = 20'000; // a pull this large is a catch-up (JournalSync::beginBulk)
    // A pulled page is applied in parts of about this many milliseconds, the event loop
    // running between them (-1: a page at once). Short enough that the next page's reply is
    // usually taken in, and decoded on a worker, while the rest of this one is applied; a
    // commit in between costs little (a catch-up's pages do not wait for the disk).
    int applySliceMs = 12;
    // The time of the last sync and of the access token's expiry; the system clock if empty.
    std::function<QDateTime()> clock;
    // Told of every state a round enters (tests, diagnostics).
    std::function<void(SyncRound::State)> onRoundState;
};

// Sync with the provider's server, in the background of the thread that owns the journal:
// the network is asynchronous and each pulled page is applied in one short transaction, so
// the window never waits on the network. Push first (the outbox in batches), then pull (the
// feed after the cursor). Network errors and 5xx answers are retried with backoff; a refused
// event is listed and never blocks the rest. The core decides nothing a person must decide:
// it signals (login needed, device revoked, problems) and the UI or CLI acts.
class SyncService : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        NotEnrolled,
        Enrolling,
        LoginNeeded, // no valid refresh token: passphrase and one-time code
        Idle,
        Syncing,
        Waiting, // the last attempt failed; the next comes after a backoff
        Refused, // the server's certificate is not the pinned one, or the account is locked
        Revoked  // the device was revoked: the journal must be wiped now
    };
    Q_ENUM(State)

    using Options = SyncOptions;

    struct Status
    {
        State state = State::NotEnrolled;
        QString server;
        QString username;
        int outbox = 0;
        int problems = 0;
        int conflicts = 0;
        QDateTime lastSyncAt; // UTC; invalid: never
        QString message;      // the last failure, for the status line
        qint64 done = 0;
        qint64 total = 0;
    };

    explicit SyncService(Journal& journal, Options options = {}, QObject* parent = nullptr);
    ~SyncService() override;

    State state() const { return m_state; }
    // A sync problem in words for the consultant (the window's and the CLI's list).
    // In words; a kept note is quoted up to `quoted` characters.
    static QString describe(const SyncProblem& problem, int quoted = 160);
    Status status();
    JournalSync& store() { return m_store; }

    void enroll(const EnrollmentLink& link, const QString& deviceName);
    void login(const QByteArray& passphrase, const QString& totp);
    void syncNow();
    void setAutoSync(bool on);
    void setInterval(int autoSyncMs); // 0: only on demand
    void stop();                      // abandons what is in flight (locking the journal)
    // Every other device's uses of the case, from the server's copy of their access logs (for
    // an access package), after a round (so that the server has this laptop's own as well).
    // `done` is always called: with state "no-server" when not enrolled, "not-reached" (and
    // why) when the server could not be asked or refused. SyncAccessLog.cpp.
    void fetchAccessLog(const QString& citizenId, std::function<void(ServerLogExtract)> done);

Q_SIGNALS:
    void stateChanged(fortrolig::SyncService::State state);
    void progress(qint64 done, qint64 total);
    void enrolled();
    void loggedIn();
    // A round ended. `complete`: nothing left to send, nothing left to fetch, nothing refused.
    void finished(bool complete);
    void failed(const QString& message);
    void loginRequired();
    void deviceRevoked(); // close the journal and wipe it
    void aboutToApply();  // a pulled page is about to change the journal
    void changesApplied(const QStringList& citizenIds);
    void problemsChanged();
    // The server's retention rules and holds are in the journal now (before `finished`).
    void retentionReceived();

private:
    friend class SyncRound; // the round works on the service's connection, store and tokens
    using Reply = ServerConnection::Reply;
    void setState(State s);
    bool loadSettings();
    void makeConnection(const ServerConnection::Trust& trust);
    QDateTime now() const;
    void takeAccessToken(const protocol::TokenResponse& tokens);
    void roundDone(bool more);
    // The answers that end a round or a login: unreachable or unreadable (retry later),
    // revoked, locked, not the pinned certificate, 401 (login needed). False for the others.
    bool handleFailure(const Reply& r);
    void askForLogin(bool again); // again: the refresh token was refused (and is cleared)
    // `atLeastMs`: what the server asked for (Retry-After), if more than the backoff.
    void retryLater(const QString& why, int atLeastMs = 0);
    void revoked(const QString& message);
    void finishBulk();
    void fail(State state, const QString& message);
    QString messageFor(const Reply& r) const;
    QString unreadableAnswer() const;
    void requestExtract(const QString& citizenId,
                        const std::function<void(ServerLogExtract)>& done);

    Journal& m_journal;
    JournalSync m_store;
    Options m_options;
    RetryPolicy m_retry;
    SyncSettings m_settings;
    std::unique_ptr<ServerConnection> m_connection;
    std::unique_ptr<SyncRound> m_round; // the running round, or the last one
    QTimer m_retryTimer;
    QTimer m_autoTimer;
    State m_state = State::NotEnrolled;
    QString m_accessToken;
    QDateTime m_accessExpires;
    QString m_lastMessage;
    bool m_again = false; // syncNow() while busy: one more round afterwards
    // The batch size rounds start with: halved when the server is busy (503), doubled back
    // towards the configured size with each batch it takes.
    int m_batchCeiling = 0;
    bool m_watchingNetwork = false;
};

} // namespace fortrolig
