#include "app/core/StoredTime.h"
#include "app/journal/Journal.h"
#include "app/journal/JournalSync.h"
#include "app/privacy/AccessLog.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/SqlRunner.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSyncStore)

// What the server's feed removes: a case (moved to another consultant, or purged), one note
// of a case (removed on the controller's instruction), or a part of a case at the end of its
// own retention period.
namespace fortrolig {

Error JournalSync::applyRemoval(const PulledChange& item, Applied& a)
{
    SqlRunner x(m_journal.database().db(), {}, &m_journal.statements());
    const int unsent = x.single(QStringLiteral("SELECT count(*) FROM outbox o JOIN events e"
                                               " ON e.seq = o.event_seq WHERE e.subject = ?"),
                                {item.citizen})
                           .toInt();
    if (x.error())
        return x.error();
    if (unsent > 0) {
        a.stoppedForPush = true; // send this case's changes before it goes
        return {};
    }
    if (Error e = removeCitizen(item.citizen, item.kind == PulledChange::Kind::Purge))
        return e;
    ++a.removed;
    return {};
}

Error JournalSync::removeCitizen(const QString& citizenId, bool purged)
{
    QSqlDatabase db = m_journal.database().db();
    SqlRunner x(db);
    const QVariant num =
        x.single(QStringLiteral("SELECT num FROM citizens WHERE id = ?"), {citizenId});
    if (x.error())
        return x.error();
    const QString at = m_journal.now();
    if (!num.isValid()) {
        // Never here (a new laptop reading old markers): nothing to delete, nothing to log,
        // only the purge's tombstone.
        if (purged) {
            x.run(QStringLiteral("INSERT OR REPLACE INTO tombstones (citizen_id, at)"
                                 " VALUES (?, ?)"),
                  {citizenId, at});
            // A case that moved away earlier may have left notes kept here: they go too.
            x.run(QStringLiteral("DELETE FROM sync_problems WHERE citizen_id = ?"), {citizenId});
        }
        x.run(QStringLiteral("DELETE FROM pending_events WHERE citizen_id = ?"), {citizenId});
        return x.error();
    }
    // The consultant's own writing that would go with a case that moved to a colleague (an
    // unfinished note, a note the server refused, e.g. written more than 30 days after the
    // move) is kept with the sync problems, to be copied or discarded; after kKeptDraftDays
    // it is deleted. A purge deletes it with the case.
    if (purged) {
        x.run(QStringLiteral("DELETE FROM sync_problems WHERE citizen_id = ?"), {citizenId});
    } else {
        x.run(QStringLiteral("INSERT INTO sync_problems (kind, citizen_id, reason, at)"
                             " SELECT 'draft-kept', citizen_id, text, ? FROM drafts"
                             " WHERE citizen_id = ? AND trim(text) <> ''"),
              {at, citizenId});
        x.run(QStringLiteral("INSERT INTO sync_problems (kind, citizen_id, reason, at)"
                             " SELECT 'draft-kept', p.citizen_id, v.text, ? FROM sync_problems p"
                             " JOIN note_versions v ON v.id = p.event_id"
                             " WHERE p.citizen_id = ? AND p.kind = 'rejected'"
                             " AND p.dismissed_at IS NULL ORDER BY p.id"),
              {at, citizenId});
        // A paper consent's scan does not travel with the case (only the consent's record
        // does): it would be lost with the case, so it is kept, to be saved and passed on.
        x.run(QStringLiteral("INSERT INTO sync_problems (kind, citizen_id, reason, at, data)"
                             " SELECT 'scan-kept', citizen_id, name, ?, data FROM attachments"
                             " WHERE citizen_id = ?"),
              {at, citizenId});
        x.run(QStringLiteral("DELETE FROM sync_problems WHERE citizen_id = ?"
                             " AND kind NOT IN ") +
                  kKeptKinds,
              {citizenId});
    }
    if (x.error())
        return x.error();
    if (Error e = m_journal.eraseCitizen(citizenId))
        return e;

    if (purged)
        x.run(QStringLiteral("INSERT OR REPLACE INTO tombstones (citizen_id, at) VALUES (?, ?)"),
              {citizenId, at});
    // The consultant is told that a case left this computer (by its internal id only).
    x.run(QStringLiteral("INSERT INTO sync_problems (kind, citizen_id, reason, at)"
                         " VALUES (?, ?, '', ?)"),
          {purged ? QStringLiteral("case-purged") : QStringLiteral("case-removed"), citizenId, at});
    if (x.error())
        return x.error();
    // A deleted case keeps only its id in the log; a case that moved keeps its log as it is.
    if (purged)
        if (Error e = AccessLog::scrub(db, at, m_journal.identity().consultant, citizenId))
            return e;
    return AccessLog::append(db, at, m_journal.identity().consultant,
                             purged ? AccessLog::Action::Purged : AccessLog::Action::Removed,
                             citizenId, {});
}

Error JournalSync::applyNoteRemoval(const PulledChange& item, Applied& a)
{
    // Inside the page's transaction; the search index is merged and the write-ahead log
    // truncated once the page is committed (applyChanges).
    auto done = m_journal.eraseNote(item.citizen, item.noteId, item.reference, item.at);
    if (!done.ok())
        return done.error();
    if (done.value() == Journal::NoteRemoval::NoCase)
        return {};
    ++a.notesRemoved;
    if (!a.notesRemovedFrom.contains(item.citizen))
        a.notesRemovedFrom << item.citizen;
    if (done.value() == Journal::NoteRemoval::Removed)
        qCInfo(lcSyncStore) << "a note was removed on the controller's instruction";
    return {};
}

Error JournalSync::applyPartRemoval(const PulledChange& item, Applied& a)
{
    // The protocol let through only a part of a case and a moment; checked again, since a
    // wrong one here would erase by a moment nobody gave.
    const auto part = retentionKindOf(item.part);
    const QDateTime upTo = StoredTime::from(item.at);
    if (const QString course = courseOfPart(item.part); !course.isEmpty() && upTo.isValid())
        return applyCourseRemoval(item, course, a);
    if (!part || !caseParts().contains(*part) || !upTo.isValid())
        return Error(ErrorCode::InvalidInput, QStringLiteral("part-removed item"));
    // Inside the page's transaction; what is left of the rows goes from the write-ahead log
    // once the page is committed (applyChanges).
    return countPartRemoval(m_journal.erasePart(item.citizen, *part, upTo), item.citizen, a,
                            "a part of a case reached the end of its retention period");
}

// One municipality's course cut out of a shared case at the end of its contract: whenever its
// events were written (the moment is the cut's, for the log).
Error JournalSync::applyCourseRemoval(const PulledChange& item, const QString& courseId, Applied& a)
{
    return countPartRemoval(
        m_journal.eraseCourse(
            item.citizen, courseId,
            QStringLiteral("contract end; course %1; cut at %2").arg(courseId, item.at)),
        item.citizen, a, "a municipality's course was cut out of a shared case");
}

Error JournalSync::countPartRemoval(const Result<int>& erased, const QString& citizen, Applied& a,
                                    const char* said)
{
    if (!erased.ok() && erased.error().code == ErrorCode::NotFound)
        return {}; // the case is not on this computer
    if (!erased.ok())
        return erased.error();
    ++a.partsRemoved;
    if (!a.partsRemovedFrom.contains(citizen))
        a.partsRemovedFrom << citizen;
    if (erased.value() > 0)
        qCInfo(lcSyncStore) << said;
    return {};
}

} // namespace fortrolig
