#pragma once

#include "app/consent/Consent.h"
#include "app/core/Error.h"
#include "app/domain/CitizenRequest.h"
#include "app/domain/Cpr.h"
#include "app/journal/Event.h"
#include "app/journal/HandOverPackage.h"
#include "app/journal/Records.h"
#include "app/storage/Transaction.h"

#include <QDateTime>
#include <QHash>
#include <functional>
#include <memory>

namespace fortrolig {

class JournalDatabase;
class StatementCache;

// The consultant's caseload: the one way the rest of the program reads and changes citizens,
// courses and notes. Every change is an event (with its projection, outbox entry and
// access-log entry in one transaction); every read of a citizen's data is logged.
class Journal
{
public:
    using Clock = std::function<QDateTime()>;

    Journal(std::unique_ptr<JournalDatabase> database, Identity identity,
            Clock clock = &QDateTime::currentDateTime);
    ~Journal();

    const Identity& identity() const { return m_identity; }
    // After enrolling with a server: changes carry the server's user name from then on.
    void setConsultant(const QString& name) { m_identity.consultant = name; }
    // The consultant's full name, which receipts show (kept in the journal; empty: none, and
    // receipts show the user name). Not a citizen's data: not logged.
    Error setConsultantName(const QString& name);
    // Found damaged, by this run or an earlier one (journal.db.damaged): it refuses every
    // change until verified or recovered (docs/damage.md).
    bool isDamaged() const;

    // Why a screen reads: to show it (a use, logged), or to redraw what the consultant has
    // open after a change (a note saved, a name corrected, a sync). A redraw of what was
    // shown and logged since it was opened is not logged again: the change itself is, and
    // the log says what the consultant did, not what the program read for itself. A redraw
    // of anything not shown yet is logged as a use.
    enum class Read
    {
        Show,
        Redraw
    };

    Result<QString> addCitizen(const QString& name, const Cpr& cpr);
    // A new citizen with their first course (`course`'s citizenId is ignored), both or
    // neither: a course that is refused leaves no citizen behind. Returns the citizen's id.
    Result<QString> addCitizenWithCourse(const QString& name, const Cpr& cpr, CourseInput course);
    // Rectification of the name or CPR number ("name" or "cpr"); the old value stays in the
    // event log. `basedOn` as for correctNote.
    Result<QString> correctCitizen(const QString& citizenId, const QString& field,
                                   const QString& value, const QStringList& basedOn = {});
    // Rectification of a course's field (EventRules::correctableCourseFields(): municipality,
    // courseType, referralDate, startDate, plannedEnd; dates as YYYY-MM-DD, the referral date
    // and the planned end may be cleared with an empty value). The value it replaces stays in
    // the event log; `basedOn` as for correctCitizen. A start after the course's end, or a
    // planned end before its start, is refused.
    Result<QString> correctCourse(const QString& courseId, const QString& field,
                                  const QString& value, const QStringList& basedOn = {});
    Result<QList<CaseloadRow>> caseload(Read read = Read::Show);
    Result<CitizenDetails> citizen(const QString& citizenId, const QString& reason = {},
                                   Read read = Read::Show);
    Result<QString> findByCpr(const Cpr& cpr,
                              const QString& reason); // a deliberate, logged look-up

    Result<QString> addCourse(const CourseInput& course);
    // `reason`: one of CourseEnd::reasons() (the window and the CLI require one; empty is taken
    // only from callers that have none to give).
    Error endCourse(const QString& courseId, QDate end, const QString& reason = {});

    // The citizen's courses, in order of start; not logged (the callers use them to choose the
    // course of a change, which is logged).
    Result<QList<CourseRecord>> citizenCourses(const QString& citizenId);
    // suggestedNoteCourse of the citizen's courses: the course a new note belongs to unless
    // the consultant says otherwise.
    Result<NoteCourse> suggestedNoteCourseOf(const QString& citizenId);
    // `courseId`: the citizen's course the note belongs to (suggestedNoteCourse picks one
    // for the window and the CLI); empty: a note not tied to a course.
    Result<QString> addNote(const QString& citizenId, const QString& text,
                            const QString& kind = QStringLiteral("note"),
                            const QString& courseId = {});
    // `basedOn`: the versions the consultant saw when writing the correction (the note
    // editor passes what it opened). Empty: the note's current versions. If the note changed
    // meanwhile (a sync brought another correction), both texts are kept as a conflict.
    Result<QString> correctNote(const QString& noteId, const QString& text,
                                const QStringList& basedOn = {});
    Result<QList<NoteVersion>> noteHistory(const QString& noteId);

    // Words in names and current note texts; prefix matching, case-insensitive (æ/ø/å too).
    Result<QList<SearchHit>> search(const QString& text, int limit = 50);

    Result<QList<AccessLogEntry>> accessLog(const QString& citizenId = {});

    // Drafts survive a crash or a lock. Saving one is the consultant's own work in progress,
    // not a use of the citizen's data, and is not logged; publishing it (addNote) is.
    Error saveDraft(const Draft& draft);
    Result<QList<Draft>> drafts(const QString& citizenId);
    Error discardDraft(const QString& slot);

    // Consents (JournalConsent.cpp). A consent names the case, each recipient with the
    // categories it may receive, and the hash of the exact text that was shown.
    Result<QString> giveConsent(const ConsentInput& consent);
    Result<QString> refuseConsent(const ConsentInput& form); // saying no is a valid answer
    // Withdraws the whole consent, one recipient, or one category of one recipient; in one
    // direction, or (none) both.
    Error withdrawConsent(const QString& consentId, const Recipient& recipient = {},
                          const QString& category = {},
                          std::optional<Direction> direction = std::nullopt);
    Result<QList<ConsentSummary>> consents(const QString& citizenId, Read read = Read::Show);
    Result<ConsentRecord> consentRecord(const QString& consentId); // for the receipt; logged
    // Asks the gate; writes nothing. Obtain: may we get these categories from the recipient?
    Result<GateDecision> mayDisclose(const QString& citizenId, const Recipient& recipient,
                                     const QStringList& categories,
                                     Direction direction = Direction::Tell);
    // Asks the gate whether these categories may be obtained from the recipient and, if so,
    // records that they were (what, from whom, under which consent or legal basis), as a
    // disclosure record of direction Obtain. NotAllowed with the gate's reason otherwise.
    Result<QString> recordObtained(const QString& citizenId, const Recipient& source,
                                   const QStringList& categories, const QString& what);
    // A note of what was received from someone (a doctor's statement, a placement company's
    // feedback): the gate is asked first whether these categories may be obtained from the
    // source; then the note and the record of what was obtained (`what` is "note:ID", with
    // the source and the consent it relied on) are written together, or neither.
    Result<QString> addReceivedNote(const QString& citizenId, const QString& text,
                                    const QString& kind, const Recipient& source,
                                    const QStringList& categories, const QString& courseId = {});
    // Asks the gate and, if it allows, records the disclosure (what, to whom, when, by whom,
    // under which consent). NotAllowed with the gate's reason otherwise; nothing is written.
    Result<QString> disclose(const QString& citizenId, const Recipient& recipient,
                             const QStringList& categories, const QString& what);
    // The same with the document that goes to the recipient: it is written to `path` (whole or
    // not at all, owner-only) inside the transaction that records the disclosure and logs the
    // export, so nothing is recorded unless the file was written, and a file whose record
    // could not be committed is removed again.
    Result<QString> disclose(const QString& citizenId, const Recipient& recipient,
                             const QStringList& categories, const QString& what,
                             const QString& path, const QByteArray& document);
    // A citizen's data saved to a file (a receipt, say): written like the document above and
    // logged as an export for the citizen (`what` says what it is; no personal data), both or
    // neither.
    Error exportFile(const QString& citizenId, const QString& what, const QString& path,
                     const QByteArray& data);
    Result<QList<DisclosureRecord>> disclosures(const QString& citizenId);

    // Conflicts from sync (JournalConflicts.cpp): open ones of one citizen, or of all.
    Result<QList<Conflict>> conflicts(const QString& citizenId = {});
    // Replaces the competing versions the consultant saw (`replacing`; empty: all there are now)
    // with `value`: one of them, or a joined text.
    Result<QString> resolveConflict(qint64 conflictId, const QString& value,
                                    const QStringList& replacing = {});
    // The current versions of a correctable field (several while it is in conflict).
    Result<QStringList> versionsOf(const QString& objectId, const QString& field);

    // Every page decrypts and authenticates, the database is consistent, the log chain holds.
    Error verify();

    // The journal's time as it writes it (local time with its offset, milliseconds).
    QString now() const;

    // Groups many changes into one transaction (bulk import, sync) while the guard lives:
    // commit() it, or it rolls back. Nestable: a batch inside a batch joins it.
    Transaction batch();
    // Deletes everything the journal holds about a citizen (projections, search index,
    // events, outbox, drafts, holds, attachments), for a case that left this computer or was
    // deleted; inside a batch; finishErasure() after the commit. The access log keeps its
    // entries, and the caller logs the removal.
    Error eraseCitizen(const QString& citizenId);

    // A note written in the wrong citizen's case, removed on the controller's instruction
    // (JournalNoteRemoval.cpp, docs/retention.md): every version of it goes (its events,
    // unsent or not, the versions, the search index, drafts of corrections, conflicts, sync
    // problems), a stub with `reference` and `at` (empty: now) stays in the case's history,
    // and the removal is logged (action note-removed, no text). Then the search index is
    // merged and the write-ahead log truncated (finishErasure). `reference`:
    // checkInstructionReference. The note must be in the citizen's case, or removed from it
    // already (then only the stub is there: StubOnly); otherwise NotFound, or InvalidInput
    // for a note of another case.
    enum class NoteRemoval
    {
        Removed,  // the note was here and is gone
        StubOnly, // it was not here (removed already, or never received): the stub is kept
        NoCase    // the citizen is not on this computer: nothing done
    };
    Result<NoteRemoval> removeNote(const QString& citizenId, const QString& noteId,
                                   const QString& reference, const QString& at = {});
    // The same inside the caller's transaction (a pulled page); finishErasure() after the
    // commit. Nothing is checked (the server did): idempotent, and a note this computer never
    // had (a new laptop pulling) leaves only the stub, if the case is here.
    Result<NoteRemoval> eraseNote(const QString& citizenId, const QString& noteId,
                                  const QString& reference, const QString& at);

    // A part of a case (RetentionKind::Consents or Disclosures) whose retention period ended
    // before the case's (JournalPartRemoval.cpp, docs/retention.md): its events written at or
    // before `upTo` (compared as moments), sent or not, refused or kept aside, go with what
    // they projected. Consents: the consents, their grants and paper scans, the withdrawals of
    // those consents (written later too: a withdrawal never stays without its consent), and
    // the scans kept from the case after a move. Disclosures: the disclosure records (a kept
    // disclosure may name a consent that went; nothing reads that consent through it). Logged
    // (action part-deleted, the rule and the facts, nothing personal) when anything went.
    // Inside the caller's transaction; finishErasure() after the commit. Returns the number
    // of events erased; NotFound when the case is not on this computer.
    Result<int> erasePart(const QString& citizenId, RetentionKind part, const QDateTime& upTo);

    // One municipality's course cut out of a case another municipality's course shares (at
    // the end of its contract: a 'part-removed' item naming "course:ID", docs/offboarding.md):
    // the course with what derives from it (EventRules::Descendants: its corrections, end and
    // hand-overs, its notes with every version, its consents with their withdrawals and the
    // disclosures under them), sent or not, refused or kept aside, with their projections,
    // search-index entries and drafts. Notes tied to no course stay. Logged (part-deleted,
    // `reason`) when anything went. Inside the caller's transaction; finishErasure() after
    // the commit. Returns the number of events erased; NotFound when the case is not here.
    Result<int> eraseCourse(const QString& citizenId, const QString& courseId,
                            const QString& reason);

    int outboxSize();

    // The citizen's requests (JournalRequests.cpp, docs/requests.md): each an event, so they
    // sync and are logged. Refused (InvalidInput naming the field): an unknown kind or channel,
    // a time in the future or before the request came, an extension past three months, a
    // step of a request that is answered.
    Result<QString> addRequest(const RequestInput& request);
    Error forwardRequest(const QString& requestId, const QDateTime& at, const QString& to,
                         const QString& channel);
    Error extendRequest(const QString& requestId, const QDate& answerBy, const QDate& decidedOn,
                        const QDate& toldOn);
    Error answerRequest(const QString& requestId, const QDate& on, const QString& outcome);
    // One citizen's requests, or every citizen's (empty id), oldest first.
    Result<QList<RequestRecord>> requests(const QString& citizenId = {});
    Result<RequestRecord> request(const QString& requestId);

    // The access package (JournalAccessPackage.cpp, docs/access-package.md): everything the
    // journal holds of the citizen as one JSON object (AccessPackage::kSchemaVersion), for the
    // municipality to release; `requestId` (of this case) is the request it answers, or
    // empty. Reading the case for it is logged ("access package REQUEST"); saving it is an
    // export (exportFile). `server`: the consultant's other devices' uses of the case
    // (SyncService::fetchAccessLog), merged with this laptop's by time.
    Result<QJsonObject> accessPackage(const QString& citizenId, const QString& requestId,
                                      const ServerLogExtract& server = {});

    // The hand-over at a course's end (JournalHandOver.cpp, docs/hand-over.md). The package
    // for the course's municipality, the controller (HandOverPackage::kSchemaVersion): the
    // course, the citizen, the closing report, status reports and action plans written since
    // the course began, the course's consents with their withdrawals and the disclosure log
    // since it began. Refused for a course that has not ended or has no closing report.
    // Reading the case for it is logged ("hand-over COURSE").
    Result<QJsonObject> handOverPackage(const QString& courseId);
    // At the end of the provider's contract with the municipality (Occasion::ContractEnd, for
    // fortrolig-server municipality offboard): any course, ended or not, with every note
    // written since it began; no closing report needed. Logged ("contract-end COURSE").
    Result<QJsonObject> handOverPackage(const QString& courseId,
                                        HandOverPackage::Occasion occasion);
    // Records that the package went to the municipality, in one transaction: a disclosure to
    // the course's jobcentre on the legal basis (the controller receives its own data back,
    // restricted or not, whenever after the end), the course.handed-over event with the
    // files' SHA-256, and each file written (whole or not at all, owner-only) and logged as an
    // export. Nothing is recorded unless both files were written. Returns the event's id.
    Result<QString> handOver(const HandOverInput& handOver, const QJsonObject& package,
                             const QString& jsonPath, const QString& pdfPath = {},
                             const QByteArray& pdf = {});
    Result<QList<HandOverRecord>> handOvers(const QString& citizenId); // oldest first

    // Restriction (JournalRestriction.cpp, docs/restriction.md), GDPR art. 18 and 21: set on
    // a request of the case of kind restriction or objection, or (no request) on the
    // municipality's instruction in a few words (who, when, their reference). While one is in
    // force the gate tells no one but the controller and a change needs a reason. Returns
    // the restriction's id.
    Result<QString> restrictCase(const QString& citizenId, const QString& requestId,
                                 const QString& instruction = {});
    // Ends it: why, and when and how the citizen was told that it would be (art. 18(3):
    // before now and after it was set; `toldHow` one of CitizenRequest::channels()).
    Error liftRestriction(const QString& restrictionId, const QString& reason,
                          const QDateTime& toldAt, const QString& toldHow);
    // The case's restrictions, in force and lifted, newest first.
    Result<QList<RestrictionRecord>> restrictions(const QString& citizenId);
    Result<bool> isRestricted(const QString& citizenId);
    // Why a restricted case must change (art. 18(2): the citizen's consent, a legal claim,
    // another person's rights, an important public interest). It holds for this case (no id:
    // any case, as for one command of fortrolig-cli) until another case is shown or the
    // journal is closed, and each change's log entry carries it; without it a change to a
    // restricted case is NotAllowed ("restricted").
    Error giveChangeReason(const QString& citizenId, const QString& reason);
    QString changeReasonFor(const QString& citizenId) const
    {
        return m_changeReasons.value(citizenId);
    }
    QDate today() const { return m_clock().date(); } // the journal's clock

    // Retention (JournalRetention.cpp, docs/retention.md). The rules and holds the server
    // sends, kept in the journal so that they apply offline; they replace earlier ones.
    Error setRetention(const RetentionRules& rules, const QList<RetentionHold>& serverHolds);
    // The rules of a journal that has received none from a server: this computer's settings.
    // Kept in the journal too, so that the command line applies the same.
    Error setLocalRetention(const RetentionRules& rules);
    // The rules in force and where they came from.
    Result<RetentionSetting> retention();
    RetentionRules retentionRules(); // the rules in force (the defaults if they cannot be read)
    // The provider's register of municipalities as the server last sent it (replacing the one
    // before), and what is kept; an empty register before the first sync that brought one.
    Error setMunicipalities(const MunicipalityRegister& municipalities);
    Result<MunicipalityRegister> municipalities();
    // One case's due date, rule and holds (as of the journal's today); not a use of its data.
    Result<CaseRetention> caseRetention(const QString& citizenId);
    // The consultant keeps a case past its due date (a complaint, a court case): `reason` is
    // required; `until` null means until released. Events, so they sync.
    Error holdCase(const QString& citizenId, const QString& reason, QDate until = {});
    Error releaseCase(const QString& citizenId);
    // The cases due on `today` (due date <= today, no open course) that are not held. A dry
    // run: nothing is changed or logged.
    Result<RetentionRun> dueForDeletion(const QDate& today);
    // Deletes them: everything the journal holds of each (eraseCitizen, its sync problems),
    // their log entries' free text (AccessLog::scrub), then the search index is rebuilt and
    // the write-ahead log emptied (finishErasure). Each deletion is logged with its rule,
    // municipality and due date.
    Result<RetentionRun> applyRetention(const QDate& today);
    // After erasures, outside any transaction: the search index keeps deleted words in its
    // segments until they are merged ('optimize'), and the write-ahead log keeps old pages
    // until it is checkpointed and truncated. Cheap when nothing was erased.
    Error finishErasure();

private:
    // The open and late requests of each row (JournalRequests.cpp).
    Error markRequests(QList<CaseloadRow>& rows, const QDate& today);
    // The rows of restricted cases (JournalRestriction.cpp).
    Error markRestricted(QList<CaseloadRow>& rows);
    // The rows near deletion with an ended course not handed over (JournalHandOver.cpp).
    Error markHandOvers(QList<CaseloadRow>& rows);
    // Whether `event` may change its case now: NotAllowed ("restricted") for a change to a
    // restricted case without a reason given; otherwise the reason to log with it (or none).
    Result<QString> changeReason(const Event& event);
    // search()'s notes that wait for a catch-up's index (versions after `after`), newest first.
    Result<QList<SearchHit>> searchUnindexed(const QString& text, qint64 after, int limit);
    // The journal's tables are its own: the module's classes (JournalSync) and tests reach
    // them, nothing else does (app/journal/JournalInternals.h).
    friend class JournalSync;
    friend struct JournalInternals;
    JournalDatabase& database() { return *m_database; }
    StatementCache& statements() { return *m_statements; }

    Event makeEvent(const QString& type, const QString& subject, QJsonObject payload) const;
    // After the journal's clock, with five minutes' grace for a time "now" typed on a clock a
    // little ahead (a request received, a step, a citizen told).
    bool inFuture(const QDateTime& moment) const;
    Error record(const Event& event, const QString& action, const QString& citizenId);
    Error publish(const Event& event, const QString& action, const QString& draftSlot);
    Result<QJsonObject> consentPayload(const ConsentInput& c, bool needsGrants);
    Error hashReceipt(const ConsentInput& c, Event& e, const QString& status);
    Error logUse(const QString& action, const QStringList& citizenIds, const QString& reason);
    // Logs a use of `what` (e.g. "case:<id>") unless it is a redraw of what was shown already.
    Error logShown(Read read, const QString& what, const QString& action,
                   const QStringList& citizenIds, const QString& reason);
    // Runs inside `tx`: logs the export, writes the file, commits `tx` (on an error the
    // caller's guard rolls it back).
    // disclose() and recordObtained(): the gate in the direction asked, then the record.
    Result<QString> exchange(const QString& citizenId, const Recipient& recipient,
                             const QStringList& categories, const QString& what,
                             Direction direction, const QString& path, const QByteArray& document);
    Error writeAndCommit(Transaction& tx, const QString& citizenId, const QString& what,
                         const QString& path, const QByteArray& data);
    struct NoteOwner
    {
        QString citizenId;
        QString currentVersion;
        QStringList heads; // more than one while the note is in conflict
    };

    Result<QString> endCourseReplacing(const QString& courseId, QDate end,
                                       const QStringList& supersedes);
    Result<NoteOwner> ownerOfNote(const QString& noteId);
    // NotFound unless every id is a version of the note (field empty) or of the object's field.
    Error checkVersions(const QStringList& ids, const QString& objectId, const QString& field);
    // What a correction of the field replaces: `basedOn` (checked), else the field's current
    // version (none before its first version); refused while the field is in conflict.
    Result<QStringList> replacedVersions(const QString& objectId, const QString& field,
                                         const QStringList& basedOn);
    // NotFound unless the note is in the citizen's case or was removed from it.
    Error requireNoteOf(const QString& citizenId, const QString& noteId);
    // The stubs of the case's removed notes (JournalNoteRemoval.cpp), oldest first.
    Result<QList<RemovedNote>> removedNotes(const QString& citizenId);
    // NotFound when there is no such citizen; the read's own error when it fails.
    Error requireCitizen(const QString& citizenId);
    // Retention's reading (JournalRetention.cpp): each case's facts (one case, or all), and
    // the holds active on `today` by case.
    Result<QHash<QString, CaseRetentionFacts>> retentionFacts(const QString& citizenId = {});
    Result<QHash<QString, QList<CaseHold>>> activeHolds(const QDate& today);
    // The access log's entries past its own period go (AccessLog::prune).
    Error pruneAccessLog(const QDate& today, RetentionRun& run);
    Error pruneSyncProblems(const QDate& today, RetentionRun& run);
    // The parts of the cases that stay (not due as a whole, not held) whose own period has
    // ended on `today` and which still hold events of the part.
    Error findDueParts(const QHash<QString, CaseRetentionFacts>& facts,
                       const QHash<QString, QList<CaseHold>>& holds, const RetentionRules& rules,
                       const QDate& today, RetentionRun& run);
    Error eraseDueParts(RetentionRun& run);
    // Part removal (JournalPartRemoval.cpp): how many events of the part the case holds up to
    // `upTo` (what erasePart would erase), and the erasure itself, logged with `reason`.
    Result<int> partEventsUpTo(const QString& citizenId, RetentionKind part, const QDateTime& upTo);
    Result<int> erasePartFor(const QString& citizenId, RetentionKind part, const QDateTime& upTo,
                             const QString& reason);
    // What the access log says of a part's deletion: the part, the rule and the facts it was
    // applied to ("retention; part consents; rule 1 months; municipality M; due YYYY-MM-DD").
    static QString partDeletionReason(const PartDeletion& d);
    CaseloadRow& withRetention(CaseloadRow& row, const CaseRetentionFacts& facts,
                               const RetentionRules& rules, bool held, const QDate& today) const;

    std::unique_ptr<JournalDatabase> m_database;
    std::unique_ptr<StatementCache> m_statements; // goes before the connection it uses
    Identity m_identity;
    Clock m_clock;
    int m_batchDepth = 0;
    bool m_erased = false;      // since the last finishErasure()
    bool m_indexErased = false; // ... and the search index held some of it (merged then)
    QStringList m_shown;        // what the screens showed (and logged) since the case was opened
    QHash<QString, QString> m_changeReasons; // restricted case -> why it may change now
};

// Turns what a person typed into an FTS4 query: every word must match, as a prefix.
// Returns an empty string when nothing searchable is left.
QString ftsQueryFor(const QString& text);

} // namespace fortrolig
