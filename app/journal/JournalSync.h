#pragma once

#include "app/core/Error.h"
#include "app/core/StoredTime.h" // what the settings and problems are read with
#include "app/journal/Feed.h"
#include "app/privacy/AccessLog.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <future>
#include <limits>

namespace fortrolig {

class Journal;

// Where this journal syncs to and how far it has come. Kept in the encrypted journal (meta),
// so it exists only while the journal is unlocked; see docs/decisions.md.
struct SyncSettings
{
    QString server;           // https://host:port
    QString pin;              // sha256/... of the pinned key (the server's, or the provider CA's)
    QByteArray caCertificate; // PEM, when the pin named a CA: only that CA is trusted
    QString deviceId;
    QString username;
    QString displayName; // from enrollment only: kept as the journal's consultant name
    QString epoch;
    qint64 cursor = 0;
    QString refreshToken;
    QDateTime lastSyncAt; // UTC; invalid: never
    bool enrolled() const { return !deviceId.isEmpty(); }
};

struct OutgoingEvent
{
    qint64 localSeq = 0;
    Event event;
};

// Something sync could not do that a person should know about.
struct SyncProblem
{
    qint64 id = 0;
    QString kind; // "rejected" (the server refused a change), "not-applied" (a pulled change
                  // this version cannot apply yet; kept and tried again)
    QString citizenId;
    QString eventId;
    QString eventType;
    QString reason; // a protocol reject reason or an error detail
    QDateTime at;
};

struct SyncCounts
{
    int outbox = 0;
    int problems = 0;
    int conflicts = 0;
};

// The journal's side of sync: what to send, what came back, applying pulled pages, what sync
// could not do. The journal's tables are written here and in Journal only; sync (the
// protocol, the rounds) calls these operations. Every method that writes does so in one
// transaction.
class JournalSync
{
public:
    explicit JournalSync(Journal& journal) : m_journal(journal) {}

    Result<SyncSettings> settings();
    Error saveEnrollment(const SyncSettings& settings); // also becomes the journal's author name
    Error saveRefreshToken(const QString& token);
    Error saveLastSync(const QString& at);
    // The retention rules and holds the server sent (the last page of a round): the journal
    // keeps them and deletes by them, offline too.
    Error keepRetention(const PulledRetention& retention);

    Result<QList<OutgoingEvent>> nextBatch(int limit);
    struct LogHead
    {
        qint64 seq = 0;
        QString hash;
    };
    Result<LogHead> accessLogHead();
    // The access-log entries the server has not got (after the mark of what it holds), oldest
    // first: at most `limit`, and about `maxBytes` of text (at least one). `oldest`: the first
    // entry the log still has (0: none). JournalSyncLog.cpp.
    Result<QList<AccessLogEntry>> logToSend(int limit, qsizetype maxBytes, qint64* oldest);
    // The server holds the entries up to `through` without a gap, after this device sent up to
    // `sent`: the mark moves to the later of the two, or back to `through` when the server lacks
    // some it was sent before (it was restored) and this log still has them.
    Error logSent(qint64 sent, qint64 through);
    qint64 logMark(); // the mark (0: nothing sent yet)
    // The server's epoch changed (it was restored): the next log request sends nothing, only
    // to learn what the server holds (logSent then moves the mark back if it must).
    bool logProbe();
    // Accepted and duplicate events leave the outbox; rejected ones too, into the problems.
    Error applyPushResults(const QList<OutgoingEvent>& sent, const QList<PushOutcome>& results);

    struct Applied
    {
        int events = 0;               // applied now
        int skipped = 0;              // already here (this device's own, or seen before)
        int removed = 0;              // cases removed or purged
        int notesRemoved = 0;         // notes removed on the controller's instruction
        QStringList notesRemovedFrom; // their cases (redrawn; not logged as received)
        int partsRemoved = 0;         // parts of cases (consents, disclosures) at their end
        QStringList partsRemovedFrom; // their cases (redrawn; not logged as received)
        int notApplied = 0;
        bool stoppedForPush = false; // a removal waits until this device's changes are sent
        QStringList citizens;        // whose data changed
        QStringList logged;          // of those, newly logged as received in this round
        qint64 cursor = -1;          // the feed's cursor as stored now (-1: not moved)
        qsizetype next = 0;          // the first item not applied (the page's size: none)
    };
    // Applies one page, from its item `from` on, and stores the cursor, in one transaction.
    // A removal of a case that still has unsent changes stops the page there (cursor before
    // it): push, then pull again. With `budgetMs` (>= 0) it stops after the item during which
    // that time ran out, with the cursor after that item; Applied::next says where to go on,
    // so that a window's event loop can run between the parts of a large page.
    Result<Applied> applyChanges(const PulledPage& page, qsizetype from = 0, int budgetMs = -1);
    // A sync round begins: receiving a citizen's data is logged once per round (not once per
    // page: a new laptop's first pull would otherwise log each citizen hundreds of times).
    // Unfinished notes kept from cases that moved away are deleted after kKeptDraftDays.
    Error beginRound();
    static constexpr int kKeptDraftDays = 30;
    Error forgetOldKeptNotes(); // also when the journal is opened
    // A large catch-up (a new laptop, a long time offline): the citizen indexes are dropped
    // while it runs and built once at its end (Migrations::bulkIndexes), in a second
    // connection on a thread of its own: building them takes a few hundred milliseconds for
    // 100,000 events, which the window's thread does not wait for. The journal reads without
    // them meanwhile. endBulk() is safe to call whether or not a bulk pull is running; this
    // object's end waits for the build (a journal closed meanwhile gets them at its next
    // open, Migrations::ensureBulkIndexes).
    Error beginBulk();
    Error endBulk();
    bool inBulk() const { return m_bulk; }
    // Waits for the indexes being built (if they are), and builds them here if that failed.
    Error settleIndexes();

    // The server was restored from a backup: everything this journal holds is sent again
    // (the server keeps what it already has), and the feed is read from the start.
    Error startNewEpoch(const QString& epoch);

    Result<QList<SyncProblem>> problems();
    Error dismissProblem(qint64 id);
    // The list of problems, with the text of kept notes, is about to be shown: logged as a
    // view of each citizen whose note is in it.
    Error logKeptNotesShown(const QString& why);
    // A scan kept from a case that moved away, written to `path` (the consultant chose it):
    // logged as an export of the citizen's data. NotFound if `id` is not a kept scan.
    Error saveKeptScan(qint64 id, const QString& path);
    Error retryProblem(qint64 id); // a refused change goes back into the outbox
    Result<SyncCounts> counts();

private:
    // The sync problems that hold a citizen's data (a note's text, a consent's scan), kept
    // for kKeptDraftDays, deleted when dismissed: for `kind IN` / `kind NOT IN`.
    static constexpr QLatin1String kKeptKinds{"('draft-kept', 'scan-kept')"};
    // One attempt at a page inside the caller's transaction. `careful`: each event in a
    // savepoint of its own, so that one that fails is set aside alone (slow: FTS4 flushes
    // its pending terms at every savepoint). Without it, the first event that fails stops
    // the attempt (Internal "retry carefully") and the caller rolls back and tries again.
    Error applyPage(const PulledPage& page, qsizetype from, int budgetMs, bool careful, Applied& a,
                    qint64& cursor);
    // One pulled event: stored and projected, skipped when here already, or kept aside
    // (careful) when it cannot be applied.
    Error applyEvent(const PulledChange& item, bool careful, Applied& a, QSet<QString>& citizens);
    // A case that moved away or was purged (JournalSyncRemovals.cpp); stops the page
    // (stoppedForPush) while it has unsent changes.
    Error applyRemoval(const PulledChange& item, Applied& a);
    // A note removed on the controller's instruction (JournalSyncRemovals.cpp): every version
    // of it goes, unsent ones too (the instruction wins; the server refuses them anyway), and
    // the stub stays. A case not here: nothing.
    Error applyNoteRemoval(const PulledChange& item, Applied& a);
    // A part of a case (its consents, or its disclosure records) at the end of its own period
    // (JournalSyncRemovals.cpp): its events written up to the server's moment go, with what
    // they projected (Journal::erasePart). A case not here: nothing.
    Error applyPartRemoval(const PulledChange& item, Applied& a);
    Error applyCourseRemoval(const PulledChange& item, const QString& courseId, Applied& a);
    // A part's erasure counted for the page (NotFound: the case is not here, nothing to do).
    static Error countPartRemoval(const Result<int>& erased, const QString& citizen, Applied& a,
                                  const char* said);
    // Of the page's events and cases: those kept aside already (`known`), and the cases
    // removed for good (`gone`, tombstones).
    Error lookUpKnown(const PulledPage& page, QSet<QString>& known, QSet<QString>& gone);
    // Recovered from damage without some of its events (JournalRecovery's mark in meta).
    bool lostEventsRecovered();
    Error removeCitizen(const QString& citizenId, bool purged);
    Error retryPending(Applied& applied, QSet<QString>& citizens);
    Journal& m_journal;
    QSet<QString> m_loggedThisRound;
    bool m_bulk = false;
    // Read in each part's transaction (Migrations::notesIndexed); all until then.
    qint64 m_notesIndexedUpTo = std::numeric_limits<qint64>::max();
    std::future<Error> m_indexing; // the citizen indexes being built aside
};

} // namespace fortrolig
