// Journal: drafts of notes being written, kept encrypted in the journal (never a temporary
// file), one per citizen for a new note and one per note for a correction; published with
// the note in one transaction (Journal::publish).
#include "app/core/StoredTime.h"
#include "app/journal/Journal.h"
#include "app/storage/JournalDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace fortrolig {

Error Journal::saveDraft(const Draft& d)
{
    QSqlQuery q(m_database->db());
    // A correction of a note removed on the controller's instruction is not kept either.
    if (!d.noteId.isEmpty()) {
        q.prepare(QStringLiteral("SELECT 1 FROM removed_notes WHERE note_id = ?"));
        q.addBindValue(d.noteId);
        if (!q.exec())
            return JournalDatabase::errorFrom(q.lastError(), {});
        if (q.next())
            return Error(ErrorCode::NotFound, QStringLiteral("note"));
        q.finish();
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO drafts (slot, citizen_id, note_id, kind, text,"
                             " updated_at, based_on, course_id) VALUES (?,?,?,?,?,?,?,?)"));
    q.addBindValue(d.slot());
    q.addBindValue(d.citizenId);
    q.addBindValue(d.noteId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                      : QVariant(d.noteId));
    q.addBindValue(d.kind.isEmpty() ? QStringLiteral("note") : d.kind);
    q.addBindValue(d.text);
    q.addBindValue(now());
    q.addBindValue(d.basedOn.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                       : QVariant(d.basedOn));
    q.addBindValue(d.courseId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                        : QVariant(d.courseId));
    if (!q.exec())
        return JournalDatabase::errorFrom(q.lastError(), {});
    return {};
}

Result<QList<Draft>> Journal::drafts(const QString& citizenId)
{
    QSqlQuery q(m_database->db());
    q.prepare(
        QStringLiteral("SELECT citizen_id, note_id, kind, text, updated_at, based_on, course_id"
                       " FROM drafts"
                       " WHERE citizen_id = ? ORDER BY updated_at"));
    q.addBindValue(citizenId);
    if (!q.exec())
        return JournalDatabase::errorFrom(q.lastError(), {});
    QList<Draft> out;
    while (q.next())
        out << Draft{q.value(0).toString(), q.value(1).toString(),        q.value(2).toString(),
                     q.value(3).toString(), StoredTime::from(q.value(4)), q.value(5).toString(),
                     q.value(6).toString()};
    return out;
}

Error Journal::discardDraft(const QString& slot)
{
    QSqlQuery q(m_database->db());
    q.prepare(QStringLiteral("DELETE FROM drafts WHERE slot = ?"));
    q.addBindValue(slot);
    if (!q.exec())
        return JournalDatabase::errorFrom(q.lastError(), {});
    return {};
}

} // namespace fortrolig
