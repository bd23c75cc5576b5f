#pragma once

#include "app/domain/CourseEnd.h"
#include "app/journal/Retention.h"
#include "app/privacy/AccessLog.h" // AccessLogEntry: the journal hands out its log

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace fortrolig {

// Who writes: stored in the journal at init, stamped on every event and access-log entry.
struct Identity
{
    QString consultant; // the user name (the server's, once enrolled)
    QString device;     // UUID of this installation
    QString name = {};  // the consultant's full name, for receipts (empty: not known yet)
    // Who a receipt names: the full name, or the user name while no name is known.
    QString displayName() const { return name.isEmpty() ? consultant : name; }
};

// DeletionDue: the course ended longer ago than the retention period of its municipality
// (e.g. six months) and the case is not deleted yet (it is held, or retention has not run).
enum class CaseStatus
{
    NoCourse,
    Active,
    Ended,
    DeletionDue
};

struct CaseloadRow
{
    QString citizenId;
    QString name;
    QString maskedCpr;
    CaseStatus status = CaseStatus::NoCourse;
    QString municipality; // of the newest course
    QString courseType;
    QDate nextDate; // the planned end of the active course, or when deletion is due
    // Retention (docs/retention.md): from kRetentionNoticeDays before the due date, the days
    // left (0: today); -1 before that, while a course is open, or while the case is held.
    int deletionInDays = -1;
    bool held = false;          // by the consultant or the server: not deleted while held
    bool courseOverdue = false; // an open course's planned end has passed: end it
    int openRequests = 0;       // the citizen's requests not yet answered
    bool requestLate = false;   // one of them not forwarded, or not answered, in time
    bool restricted = false;    // a restriction is in force (RestrictionRecord)
    // Deletion is near (deletionInDays >= 0) and an ended course was never handed over to
    // its municipality: do it before the case is deleted.
    bool handOverMissing = false;
};

struct CourseInput
{
    QString citizenId;
    QString municipality;
    QString courseType;
    QDate referralDate; // may be null
    QDate startDate;
    QDate plannedEnd; // may be null
};

// A request from the citizen as the consultant records it (CitizenRequest).
struct RequestInput
{
    QString citizenId;
    QString kind;
    QString channel;
    QDateTime receivedAt;
    QString description;
};

// A restriction of the case (GDPR art. 18): on a request of the citizen's, or on the
// municipality's instruction; in force until lifted.
struct RestrictionRecord
{
    QString id;
    QString citizenId;
    QString requestId;   // the request it rests on, or empty
    QString instruction; // the instruction it rests on, or empty
    QDateTime setAt;
    QString setBy;
    QDateTime liftedAt; // null while in force
    QString liftedBy;
    QString liftReason;
    QDateTime toldAt; // when the citizen was told it would be lifted
    QString toldHow;  // CitizenRequest::channels()
    bool inForce() const { return liftedAt.isNull(); }
};

struct CourseRecord
{
    QString id;
    QString citizenId;
    QString municipality;
    QString courseType;
    QDate referralDate;
    QDate startDate;
    QDate plannedEnd;
    QDate actualEnd;
    QString endReason;      // CourseEnd::reasons(); empty: not said (ended before it was asked)
    QDateTime handedOverAt; // the latest hand-over to the municipality; null: not handed over
};

// How an ended course is handed over to its municipality (Journal::handOver).
struct HandOverInput
{
    QString courseId;
    QString channel;    // CitizenRequest::forwardChannels()
    QString to;         // the address it goes to (the register's secure address, say)
    QString receivedBy; // who received it, when known; may be empty
};

// A course handed over (course.handed-over), with the disclosure record written with it.
struct HandOverRecord
{
    QString id;
    QString citizenId;
    QString courseId;
    QDateTime at;
    QString author;
    QString channel;
    QString to;
    QString receivedBy;
    QString disclosureId;
    QString jsonSha256;
    QString pdfSha256;
};

struct NoteVersion
{
    QString id; // the event that wrote this version
    QString noteId;
    int version = 0;
    QString supersedes;
    QString supersededBy;
    QString text;
    QString author;
    QDateTime writtenAt; // UTC, as are all moments in records (app/core/StoredTime)
    QString sentBy;      // pulled: the account the server received it from (when it differs)
    bool isCurrent() const { return supersededBy.isEmpty(); }
};

// The kinds of note a consultant writes: a case note, an action plan, a status report, the
// citizen's supplementary statement (GDPR art. 16: the citizen's own words completing what
// the case says, kept beside it rather than replacing it), and the closing report written
// when the course ends (for the jobcentre). A note pulled from a later version
// with a kind not listed here is kept and shown as a case note.
inline QStringList noteKinds()
{
    return {QStringLiteral("note"), QStringLiteral("action-plan"), QStringLiteral("status-report"),
            QStringLiteral("supplementary-statement"), QStringLiteral("closing-report")};
}

// A kind in words, in the program's language ("Status report"; an unknown kind is a case
// note): the window's timeline, the dialogs and the packages' PDFs say it alike.
QString noteKindText(const QString& kind);

// The course a new note belongs to unless the consultant chooses another (NoteKinds.cpp):
// the one course that has not ended; when none runs, the one that ended last; none when the
// citizen has no course. When more than one runs, `ambiguous`: the consultant chooses.
struct NoteCourse
{
    QString courseId;
    bool ambiguous = false;
};
NoteCourse suggestedNoteCourse(const QList<CourseRecord>& courses);

struct NoteSummary
{
    QString noteId;
    QString kind; // noteKinds()
    int versions = 0;
    NoteVersion current;
    QDateTime createdAt; // UTC: when its first version was written
    QString courseId;    // the course it belongs to; empty: not tied to a course
};

// What stays of a note removed on the controller's instruction (written in the wrong
// citizen's case): no text, the instruction's reference and when it was removed.
struct RemovedNote
{
    QString noteId;
    QString reference;
    QDateTime removedAt; // UTC
};

struct CitizenDetails
{
    QString id;
    QString name;
    QString cpr; // DDMMYY-SSSS: shown only in this deliberate, logged view
    QString maskedCpr;
    QDate birthDate;
    QDateTime createdAt;
    QString address; // the contact details (EventRules::citizenContactFields); empty: none given
    QString phone;
    QString email;
    // A contact detail by its field's name (address, phone, email); empty for any other.
    QString contact(const QString& field) const
    {
        return field == QStringLiteral("address") ? address
               : field == QStringLiteral("phone") ? phone
               : field == QStringLiteral("email") ? email
                                                  : QString();
    }
    QList<CourseRecord> courses;
    QList<NoteSummary> notes;
    QList<RemovedNote> removedNotes; // oldest first
};

struct SearchHit
{
    QString citizenId;
    QString citizenName;
    QString maskedCpr;
    QString noteId;  // empty when the name matched
    QString snippet; // the matching words in context
};

// A note being written: one slot per citizen for a new note, one per note for a correction.
struct Draft
{
    QString citizenId;
    QString noteId; // set for a correction
    QString kind;
    QString text;
    QDateTime updatedAt;
    QString basedOn;       // a correction: the version shown when it began
    QString courseId = {}; // a new note: the course chosen for it, as the note editor keeps it
    QString slot() const
    {
        return noteId.isEmpty() ? QStringLiteral("new:") + citizenId
                                : QStringLiteral("correct:") + noteId;
    }
};

// Two devices changed the same thing offline: every competing version is kept, the one with
// the newest id is shown, and the consultant chooses (or writes) the value that replaces them.
struct ConflictVersion
{
    QString id; // the event that wrote it
    QString value;
    QString author;
    QDateTime writtenAt;
    QString sentBy; // the account the server received it from, when that differs
};

struct Conflict
{
    qint64 id = 0;
    QString citizenId;
    QString kind;     // "note" or "field"
    QString objectId; // the note, the citizen or the course
    QString field;    // for a field: name, cpr, end
    QDateTime detectedAt;
    QList<ConflictVersion> versions; // newest first: the first is the one shown now
};

// The retention rules in force, and where they came from.
struct RetentionSetting
{
    RetentionRules rules;
    bool fromServer = false; // else this computer's settings (never enrolled, or none received)
    QDateTime receivedAt;    // from the server: when they came (UTC)
};

// A hold that keeps a case past its due date: the consultant's (case.held) or the server's.
struct CaseHold
{
    QString heldBy;
    QString reason;
    QDate until; // null: until released
    QDateTime heldAt;
    bool fromServer = false;
    bool restriction = false; // a restriction in force (RestrictionRecord): held by it
};

// A part of a case (its consents, or its disclosure records) that goes before the rest.
struct PartRetention
{
    RetentionKind part = RetentionKind::Consents;
    int months = 0; // after the course ended; fewer than the case's
    QDate dueDate;  // null while a course is open, or when none has ended
};

// What decides when one case is deleted, and what keeps it (the case view shows it).
struct CaseRetention
{
    QString citizenId;
    CaseRetentionFacts facts;
    int months = 0;        // the rule for the municipality of its newest course
    QDate dueDate;         // null while a course is open, or when none has ended
    QList<CaseHold> holds; // active today: the consultant's first
    bool courseOverdue = false;
    // The parts whose rule is shorter than the case's, in the order of caseParts().
    QList<PartRetention> parts;
    bool held() const { return !holds.isEmpty(); }
};

// A case deleted (or, in a dry run, due) by retention, as the log and the audit show it: no
// name, no CPR number.
struct RetentionDeletion
{
    QString citizenId;
    QString municipality;
    int months = 0;
    QDate dueDate;
};

// A part of a case (consents, disclosures) deleted (or, in a dry run, due) before the rest of
// the case: the same facts, and how many of its events went (or would go).
struct PartDeletion
{
    QString citizenId;
    RetentionKind part = RetentionKind::Consents;
    QString municipality;
    int months = 0;
    QDate dueDate;
    int events = 0;
};

struct RetentionRun
{
    QList<RetentionDeletion> deleted; // or due, in a dry run
    QList<PartDeletion> parts;        // parts of cases that stay, deleted (or due)
    int held = 0;                     // due but held: kept
    qint64 logEntriesPruned = 0;      // access-log entries past the log's own period
    int syncProblemsPruned = 0;       // kept sync problems past their period
    qsizetype count() const { return deleted.size(); }
};

} // namespace fortrolig
