#pragma once

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

// DeletionDue: the course ended longer ago than the provider's retention period (e.g. six
// months): the journal of it is to be deleted (the purge itself comes with retention).
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

struct NoteSummary
{
    QString noteId;
    QString kind;
    int versions = 0;
    NoteVersion current;
};

struct CitizenDetails
{
    QString id;
    QString name;
    QString cpr; // DDMMYY-SSSS: shown only in this deliberate, logged view
    QString maskedCpr;
    QDate birthDate;
    QDateTime createdAt;
    QList<CourseRecord> courses;
    QList<NoteSummary> notes;
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
    QString basedOn; // a correction: the version shown when it began
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

} // namespace fortrolig
