#include "app/core/StoredTime.h"
#include "app/journal/Journal.h"
#include "app/journal/Retention.h"
#include "app/privacy/AccessLog.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/Migrations.h"
#include "app/storage/SqlRunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace fortrolig {

namespace {

// What the journal holds of one note, found before anything is deleted: its events (every
// version, sent or not, refused or not), what was pulled for it and kept aside, its versions
// in the search index, and its texts (to find a copy kept with the sync problems).
struct NoteParts
{
    QVariantList eventSeqs;
    QVariantList eventIds;
    QVariantList pendingIds;
    QVariantList indexed; // note_versions.seq of its current versions (the index's docids)
    QStringList texts;
    bool any() const { return !eventSeqs.isEmpty() || !pendingIds.isEmpty() || !texts.isEmpty(); }
};

bool namesNote(const QJsonObject& payload, const QString& noteId)
{
    return payload.value(QStringLiteral("noteId")).toString() == noteId;
}

// The events of the case that wrote the note: note.added and note.corrected name it in their
// payload (compact JSON; instr() only narrows, the decoded payload decides).
Error findEvents(SqlRunner& x, const QString& citizenId, const QString& noteId, NoteParts& parts)
{
    x.run(QStringLiteral("SELECT seq, id, payload FROM events WHERE subject = ?"
                         " AND type IN (?, ?) AND instr(payload, ?) > 0"),
          {citizenId, EventType::NoteAdded, EventType::NoteCorrected, noteId});
    while (x.next()) {
        const QJsonObject payload =
            QJsonDocument::fromJson(x.value(2).toString().toUtf8()).object();
        if (!namesNote(payload, noteId))
            continue;
        parts.eventSeqs << x.value(0);
        parts.eventIds << x.value(1);
    }
    x.run(QStringLiteral("SELECT id, json FROM pending_events WHERE citizen_id = ?"
                         " AND instr(json, ?) > 0"),
          {citizenId, noteId});
    while (x.next()) {
        const Event e =
            Event::fromJson(QJsonDocument::fromJson(x.value(1).toString().toUtf8()).object());
        if ((e.type == EventType::NoteAdded || e.type == EventType::NoteCorrected) &&
            namesNote(e.payload, noteId))
            parts.pendingIds << x.value(0);
    }
    return x.error();
}

Error findProjection(SqlRunner& x, const QString& citizenId, const QString& noteId,
                     NoteParts& parts)
{
    x.run(QStringLiteral("SELECT v.seq, v.text, v.superseded_by IS NULL FROM note_versions v"
                         " JOIN notes n ON n.id = v.note_id WHERE n.id = ? AND n.citizen_id = ?"),
          {noteId, citizenId});
    while (x.next()) {
        if (x.value(2).toInt() != 0)
            parts.indexed << x.value(0);
        parts.texts << x.value(1).toString();
    }
    x.run(QStringLiteral("SELECT text FROM drafts WHERE note_id = ? AND citizen_id = ?"),
          {noteId, citizenId});
    while (x.next())
        parts.texts << x.value(0).toString();
    return x.error();
}

// Deletes what `parts` found, the search index first (an external-content FTS4 table reads
// the words to take out from the row, so the row must still be there).
Error deleteParts(SqlRunner& x, const QString& citizenId, const QString& noteId,
                  const NoteParts& parts)
{
    for (const QVariant& docid : parts.indexed)
        x.run(QStringLiteral("DELETE FROM notes_fts WHERE docid = ? AND ") +
                  Migrations::notesIndexed(),
              {docid});
    x.run(QStringLiteral("DELETE FROM conflicts WHERE kind = 'note' AND object_id = ?"
                         " AND citizen_id = ?"),
          {noteId, citizenId});
    x.run(QStringLiteral("DELETE FROM note_versions WHERE note_id IN"
                         " (SELECT id FROM notes WHERE id = ? AND citizen_id = ?)"),
          {noteId, citizenId});
    x.run(QStringLiteral("DELETE FROM notes WHERE id = ? AND citizen_id = ?"), {noteId, citizenId});
    x.run(QStringLiteral("DELETE FROM drafts WHERE note_id = ? AND citizen_id = ?"),
          {noteId, citizenId});
    x.runIn(QStringLiteral("DELETE FROM outbox WHERE event_seq IN "), {}, parts.eventSeqs);
    x.runIn(QStringLiteral("DELETE FROM events WHERE seq IN "), {}, parts.eventSeqs);
    x.runIn(QStringLiteral("DELETE FROM pending_events WHERE id IN "), {}, parts.pendingIds);
    // Refused versions ('rejected') and pulled ones kept aside ('not-applied', whose reason
    // may quote them), and a version's text kept from a case that moved away ('draft-kept').
    x.runIn(QStringLiteral("DELETE FROM sync_problems WHERE citizen_id = ? AND event_id IN "),
            {citizenId}, parts.eventIds + parts.pendingIds);
    QVariantList texts;
    for (const QString& t : parts.texts)
        texts << t;
    x.runIn(QStringLiteral("DELETE FROM sync_problems WHERE citizen_id = ? AND kind = 'draft-kept'"
                           " AND reason IN "),
            {citizenId}, texts);
    return x.error();
}

} // namespace

Error Journal::requireNoteOf(const QString& citizenId, const QString& noteId)
{
    if (Error e = requireCitizen(citizenId))
        return e;
    SqlRunner x(m_database->db());
    const QVariant owner =
        x.single(QStringLiteral("SELECT citizen_id FROM notes WHERE id = ?"), {noteId});
    const bool removed =
        x.single(QStringLiteral("SELECT count(*) FROM removed_notes WHERE note_id = ?"
                                " AND citizen_id = ?"),
                 {noteId, citizenId})
            .toInt() > 0;
    if (x.error())
        return x.error();
    if (owner.isValid() && owner.toString() != citizenId)
        return Error(ErrorCode::InvalidInput, QStringLiteral("the note is in another case"));
    if (!owner.isValid() && !removed)
        return Error(ErrorCode::NotFound, QStringLiteral("note"));
    return {};
}

Result<Journal::NoteRemoval> Journal::removeNote(const QString& citizenId, const QString& noteId,
                                                 const QString& reference, const QString& at)
{
    if (Error e = checkInstructionReference(reference))
        return e;
    if (noteId.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("note"));
    if (Error e = requireNoteOf(citizenId, noteId))
        return e;
    Result<NoteRemoval> done = NoteRemoval::NoCase;
    {
        Transaction tx = batch();
        if (tx.error())
            return tx.error();
        done = eraseNote(citizenId, noteId, reference, at.isEmpty() ? now() : at);
        if (!done.ok())
            return done.error();
        if (Error e = tx.commit())
            return e;
    }
    if (Error e = finishErasure()) // a no-op inside the caller's batch: the caller's turn then
        return e;
    return done;
}

Result<Journal::NoteRemoval> Journal::eraseNote(const QString& citizenId, const QString& noteId,
                                                const QString& reference, const QString& at)
{
    QSqlDatabase db = m_database->db();
    SqlRunner x(db);
    const bool here =
        x.single(QStringLiteral("SELECT count(*) FROM citizens WHERE id = ?"), {citizenId})
            .toInt() > 0;
    if (x.error())
        return x.error();
    if (!here)
        return NoteRemoval::NoCase;
    NoteParts parts;
    if (Error e = findEvents(x, citizenId, noteId, parts))
        return e;
    if (Error e = findProjection(x, citizenId, noteId, parts))
        return e;
    if (Error e = deleteParts(x, citizenId, noteId, parts))
        return e;
    // The stub: the first removal's reference and time stay (a repeat changes nothing).
    x.run(QStringLiteral("INSERT OR IGNORE INTO removed_notes (note_id, citizen_id, reference,"
                         " removed_at) VALUES (?, ?, ?, ?)"),
          {noteId, citizenId, reference, at});
    if (x.error())
        return x.error();
    if (!parts.any())
        return NoteRemoval::StubOnly;
    m_erased = true;
    m_indexErased = true;
    // Logged by the case's pseudonymous id and the note's; the entries about the note hold no
    // text of it (creating, correcting and reading a note log an empty reason).
    if (Error e =
            AccessLog::append(db, now(), m_identity.consultant, AccessLog::Action::NoteRemoved,
                              citizenId, QStringLiteral("note ") + noteId))
        return e;
    return NoteRemoval::Removed;
}

Result<QList<RemovedNote>> Journal::removedNotes(const QString& citizenId)
{
    SqlRunner x(m_database->db());
    x.run(QStringLiteral("SELECT note_id, reference, removed_at FROM removed_notes"
                         " WHERE citizen_id = ?"),
          {citizenId});
    QList<RemovedNote> out;
    while (x.next())
        out << RemovedNote{x.value(0).toString(), x.value(1).toString(),
                           StoredTime::from(x.value(2).toString())};
    if (x.error())
        return x.error();
    std::sort(out.begin(), out.end(), [](const RemovedNote& a, const RemovedNote& b) {
        return a.removedAt < b.removedAt || (a.removedAt == b.removedAt && a.noteId < b.noteId);
    });
    return out;
}

} // namespace fortrolig
