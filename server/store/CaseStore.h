#pragma once

#include "app/core/Error.h"
#include "app/journal/EventRules.h"
#include "app/journal/Retention.h"
#include "app/sync/Protocol.h"
#include "store/Principal.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

namespace fortrolig::server {

class ServerDatabase;
class Sealer;
class CaseKeys;

// What CaseStore::removeNote did.
struct NoteRemoval
{
    int events = 0;       // the note's versions deleted
    int generation = 0;   // the case key's generation its other payloads are sealed under now
    bool already = false; // the note was removed before: nothing done
};

// What CaseStore::removePart did.
struct PartRemoval
{
    int events = 0;     // the part's events deleted (0: none were here; nothing done)
    int generation = 0; // the case key's generation its other payloads are sealed under now
};

// A note of a case as `note list` shows it: no text.
struct NoteInfo
{
    QString noteId;
    QString writtenAt; // the first version's time on the laptop (ISO 8601)
    QString author;    // the first version's author
    int versions = 0;
};

struct CaseInfo
{
    QString citizenId;
    QString consultant;
    int events = 0;
    qint64 createdAt = 0;
};

// The cases and their events. Every event gets a server sequence number; each consultant has
// a feed (the events of their caseload, and markers for cases that left it) that devices
// read after a cursor. Numbers are handed out under one counter row, locked until commit, so
// a feed never shows a later number before an earlier one has committed: a cursor cannot
// skip an event.
class CaseStore
{
public:
    using Clock = std::function<qint64()>;
    // `keys`: the case key store's connection for this one (the same thread).
    CaseStore(ServerDatabase& db, const Sealer& sealer, CaseKeys& keys, Clock clock);

    Result<QString> epoch();
    // After restoring a backup: devices see a new epoch and send again what the server lacks.
    Result<QString> newEpoch();
    // A new epoch, unless one was made automatically within `withinMs`: then the current one.
    Result<QString> newEpochUnlessRecent(qint64 withinMs);

    // The caller has checked the request's epoch. Each event is accepted, found to be a
    // duplicate, or rejected with a reason; one bad event never fails the others.
    Result<protocol::PushResponse> push(const Principal& who, const protocol::PushRequest& request,
                                        const QList<protocol::PushResult>& malformed);
    Result<protocol::ChangesResponse> changes(const QString& consultant, qint64 after, int limit);
    Result<qint64> lastSeq(); // the newest number handed out
    // How many feed entries wait after `after` (the first page's progress figure).
    Result<qint64> remaining(const QString& consultant, qint64 after);

    // Administration.
    Error assign(const QString& citizenId, const QString& consultant);
    // Deletes the case's rows and destroys its key (CaseKeys::destroy) before they commit: if
    // the key cannot be destroyed, nothing is deleted and the error says so.
    Error purge(const QString& citizenId);
    // Purges again the cases whose keys were destroyed but whose rows are here (a database
    // restored from a backup made before their purge): their payloads no longer open.
    Result<int> purgeShredded();
    Result<QList<CaseInfo>> cases(const QString& consultant = {});
    // Every event of the case, in the order the server received them, payloads opened, as a
    // page a journal applies (JournalSync::applyChanges): for the packages made at a contract's
    // end (Offboarding). NotFound for an unknown case or one whose key was destroyed.
    Result<protocol::ChangesResponse> history(const QString& citizenId);

    // One note removed on the controller's instruction (NoteRemoval.cpp): its events deleted,
    // the case's other payloads sealed again under a later key and the earlier keys destroyed
    // (CaseKeys::addGeneration, retireBefore), a 'note-removed' entry in the feeds of the
    // case's consultants. NotFound for an unknown case or a note the case does not have.
    Result<NoteRemoval> removeNote(const QString& citizenId, const QString& noteId,
                                   const QString& reference, const QString& actor);
    // The case's notes, oldest first, without their text (for finding the one to remove).
    Result<QList<NoteInfo>> notesOf(const QString& citizenId);
    // At start: earlier keys that a removal could not destroy (it stopped after its commit).
    Error finishNoteRemovals();
    // A removal the database does not show (restored from an older backup, the case gone or
    // unreadable): recorded, so that the note's stub is known and its id stays taken.
    Error recordRemovedNote(const QString& citizenId, const QString& noteId,
                            const QString& reference, qint64 at, const QString& actor);
    // Cases whose payloads are under a retired key (restored from a backup made before a note
    // removal): their rows deleted, to be sent again by the devices at the new epoch.
    Result<int> forgetUnreadableCases();
    static QString removedAtText(qint64 ms); // removed_notes.removed_at as the feed gives it

    // A part of a case (its consents, or its disclosure records: RetentionKind::Consents,
    // Disclosures) deleted when its own period ends before the case's (PartRemoval.cpp): the
    // part's events written up to `upTo` (ms since the epoch, by the writer's clock) go, the
    // case is sealed again under a later key as for a removed note, and each of its
    // consultants' feeds gets a 'part-removed' entry. Pushes of such events are refused
    // afterwards (as purged). No events of the part: nothing is done.
    Result<PartRemoval> removePart(const QString& citizenId, RetentionKind part, qint64 upTo,
                                   const QString& actor);
    // A removal the database does not show (restored from an older backup): recorded, so that
    // pushes of the part's older events are refused and a returning case's feed has it.
    // True if it was not recorded before.
    // `part`: a RetentionKind's name, or coursePartName().
    Result<bool> recordRemovedPart(const QString& citizenId, const QString& part, qint64 upTo,
                                   const QString& actor);
    // One municipality's course cut out of a case another municipality's course shares (the
    // end of its contract, docs/offboarding.md): every event that derives from the course
    // (EventRules::Descendants: its corrections, end and hand-overs, its notes with their
    // versions, its consents with their withdrawals and disclosures), whenever written, goes
    // as a part does, with the objects they made and the course's row in case_courses; the
    // feeds get a 'part-removed' entry naming "course:ID" at `at`. Pushes of events that need
    // or make the course are refused afterwards (as purged). NotFound: the case does not hold
    // the course (any more).
    Result<PartRemoval> removeCourse(const QString& citizenId, const QString& courseId, qint64 at,
                                     const QString& actor);
    // The course whose id the server keeps keyed (case_courses.course_id, objects.id): its
    // own id, read from the case's sealed course.added. NotFound: not (any more) in the case.
    Result<QString> courseIdOf(const QString& citizenId, const QString& storedCourseId);
    // The feed's id of a part's removal ("consents@1767225600000", "course:ID@...") and back.
    static QString partFeedId(const QString& part, qint64 upTo);
    static bool readPartFeedId(const QString& feedId, QString& part, qint64& upTo);
    // Event type -> the latest cut of a removed part of one case; coursePartName(id) -> the
    // cut of a course.
    using RemovedParts = QHash<QString, qint64>;
    Result<QHash<QString, RemovedParts>> removedParts(const QStringList& citizens);
    // Whether an event of `type` written at `localTime` belongs to a removed part.
    static bool partRemoved(const RemovedParts& parts, const QString& type,
                            const QString& localTime);

private:
    Result<qint64> allocate(int count); // the first of `count` new sequence numbers
    Error forgetCase(const QString& citizenId);
    Result<bool> recordPart(const QString& citizenId, const QString& part, qint64 upTo,
                            const QString& actor, int generation);
    // A case's events split into those a removal deletes and the others (id, sealed payload).
    struct CaseCut
    {
        QStringList removed;
        QList<QPair<QString, QByteArray>> kept;
    };
    using CutTest = std::function<Result<bool>(const QString& id, const QString& type,
                                               const QString& localTime, const QByteArray& sealed)>;
    Result<CaseCut> splitCase(const QString& citizenId, const CutTest& removes);
    // Inside a removal's transaction: the counter held (pushes of the case wait), the case's
    // keys read again; returns who holds or held the case (whose feeds hear of the removal).
    Result<QStringList> lockForCut(const QString& citizenId);
    // Inside a transaction that holds the counter: the cut's removed events and their feed
    // rows deleted, the others sealed again under a new generation of the case's key (returned),
    // and an entry `feedKind` naming `feedId` in the feed of each of `holders`. The caller
    // retires the earlier keys once it has committed.
    Result<int> cutCase(const QString& citizenId, CaseCut& cut, const QStringList& holders,
                        const QString& feedKind, const QString& feedId);
    // Inside removePart's and removeCourse's transaction: the cut made, the objects that the
    // removed events made deleted, the removal recorded.
    Result<int> cutPart(const QString& citizenId, CaseCut& cut, const QStringList& holders,
                        const QString& part, qint64 upTo, const QString& actor,
                        const QList<EventRules::ObjectRef>& made);
    // After the cut's commit: the case's keys before `generation` destroyed; an error says
    // `done` ("the note is removed") and that the next start destroys them.
    Error retireAfterCut(const QString& citizenId, int generation, const QString& done);
    // Whether a sealed note.added or note.corrected writes a version of `noteId`.
    Result<bool> notePayloadNames(const QString& type, const QString& id, const QByteArray& sealed,
                                  const QString& citizenId, const QString& noteId) const;
    // A stored payload of the case opened under the key of the generation it was sealed with
    // (the keys loaded: m_keys.load or reload).
    Result<QJsonObject> openSealed(const QString& citizenId, const QString& eventId,
                                   const QByteArray& sealed) const;
    Result<QStringList> holdersOf(const QString& citizenId);
    static QStringList caseRowTables(); // the tables that hold a case's rows by citizen_id
    Error stubsOfNewCases(const QStringList& created, const QHash<QString, QString>& owner);
    // The page's payloads opened: as objects (`event.payload`), or as the bytes they were
    // stored as (`payloadJson`) for a page that is only sent on.
    enum class Opened
    {
        Objects,
        Bytes
    };
    Error openPayloads(protocol::ChangesResponse& page, const QList<QByteArray>& sealed,
                       const QStringList& citizens, Opened as = Opened::Objects);
    ServerDatabase& m_db;
    const Sealer& m_sealer;
    CaseKeys& m_keys;
    Clock m_clock;
};

} // namespace fortrolig::server
