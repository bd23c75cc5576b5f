// CaseStore: removing one note on the controller's instruction (a note written in the wrong
// citizen's case). Its events go, the rest of the case is sealed again under a later key of
// the case and the earlier keys are destroyed, so that the note's old copies (PostgreSQL's
// dead tuples and WAL, dumps, a copy of server.db) no longer open; devices get a
// 'note-removed' entry in their feeds and delete it too, leaving a stub with the reference.
#include "store/CaseStore.h"

#include "app/journal/Events.h"
#include "keys/ServerKey.h"
#include "store/AccessLogStore.h"
#include "store/BatchSql.h"
#include "store/CaseKeys.h"
#include "store/ServerDatabase.h"
#include "store/StoredEvent.h"

#include <QDateTime>
#include <QSet>

namespace fortrolig::server {

namespace {

// The note an event writes a version of; empty for other kinds.
QString noteOf(const QString& type, const QJsonObject& payload)
{
    const auto kind = kindOf(type);
    if (kind == EventKind::NoteAdded)
        return NoteAddedPayload::read(payload).noteId;
    if (kind == EventKind::NoteCorrected)
        return NoteCorrectedPayload::read(payload).noteId;
    return {};
}

} // namespace

Result<CaseStore::CaseCut> CaseStore::splitCase(const QString& citizenId, const CutTest& removes)
{
    CaseCut out;
    SqlRunner sql(m_db.db(), m_db.mapper());
    sql.run(QStringLiteral("SELECT id, type, local_time, payload FROM events"
                           " WHERE citizen_id = ? ORDER BY seq"),
            {citizenId});
    while (sql.next()) {
        const QString id = sql.value(0).toString();
        const QByteArray sealed = sql.value(3).toByteArray();
        auto gone = removes(id, sql.value(1).toString(), sql.value(2).toString(), sealed);
        if (!gone.ok())
            return gone.error();
        if (gone.value())
            out.removed << id;
        else
            out.kept << qMakePair(id, sealed);
    }
    if (sql.error())
        return sql.error();
    return out;
}

Result<int> CaseStore::cutCase(const QString& citizenId, CaseCut& cut, const QStringList& holders,
                               const QString& feedKind, const QString& feedId)
{
    auto generation = m_keys.addGeneration(citizenId);
    if (!generation.ok())
        return generation.error();
    // Each remaining payload sealed again under the new key (the padded bytes as they are).
    for (auto& [id, sealed] : cut.kept) {
        const unsigned char* from =
            m_keys.key(citizenId, std::max(0, StoredEvent::generationOf(sealed)));
        auto again =
            StoredEvent::resealPayload(m_sealer, from, m_keys.key(citizenId, generation.value()),
                                       generation.value(), id, sealed);
        if (!again.ok())
            return again.error();
        sealed = again.value();
    }
    // And the reasons of the devices' log entries about the case.
    if (Error e =
            AccessLogStore(m_db, m_sealer, m_keys, m_clock).reseal(citizenId, generation.value()))
        return e;
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    for (const auto& [id, payload] : cut.kept)
        sql.run(QStringLiteral("UPDATE events SET payload = ? WHERE id = ?"), {payload, id});
    for (const QString& id : cut.removed) {
        sql.run(QStringLiteral("DELETE FROM feed WHERE kind = 'event' AND event_id = ?"), {id});
        sql.run(QStringLiteral("DELETE FROM events WHERE id = ?"), {id});
    }
    if (sql.error())
        return sql.error();
    auto first = allocate(int(holders.size()));
    if (!first.ok())
        return first.error();
    QList<QVariantList> rows;
    qint64 seq = first.value();
    for (const QString& h : holders)
        rows << QVariantList{seq++, h, citizenId, feedKind, feedId};
    if (Error e = BatchSql::insertRows(m_db, QStringLiteral("feed"), BatchSql::feedColumns(), rows))
        return e;
    return generation.value();
}

Result<bool> CaseStore::notePayloadNames(const QString& type, const QString& id,
                                         const QByteArray& sealed, const QString& citizenId,
                                         const QString& noteId) const
{
    const auto kind = kindOf(type);
    if (!kind || (*kind != EventKind::NoteAdded && *kind != EventKind::NoteCorrected))
        return false;
    auto payload = openSealed(citizenId, id, sealed);
    if (!payload.ok())
        return payload.error();
    return noteOf(type, payload.value()) == noteId;
}

Result<QJsonObject> CaseStore::openSealed(const QString& citizenId, const QString& eventId,
                                          const QByteArray& sealed) const
{
    return StoredEvent::openPayload(
        m_sealer, m_keys.key(citizenId, std::max(0, StoredEvent::generationOf(sealed))), eventId,
        sealed);
}

Error CaseStore::retireAfterCut(const QString& citizenId, int generation, const QString& done)
{
    // Only now that no payload is under them: the earlier keys. Should this fail, the next
    // start does it (finishNoteRemovals).
    if (Error e = m_keys.retireBefore(citizenId, generation))
        return Error(e.code, done +
                                 QStringLiteral(", but its case's earlier key could not be "
                                                "destroyed yet (the server does it at its "
                                                "next start): ") +
                                 e.detail);
    return {};
}

Result<NoteRemoval> CaseStore::removeNote(const QString& citizenId, const QString& noteId,
                                          const QString& reference, const QString& actor)
{
    NoteRemoval out;
    {
        Transaction tx(m_db);
        if (tx.error())
            return tx.error();
        // The counter first (see assign): no push of the case runs until this commits, and
        // every push after it reads the case's newest key before sealing.
        if (auto lock = allocate(0); !lock.ok())
            return lock.error();
        SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
        auto holders = holdersOf(citizenId);
        if (!holders.ok())
            return holders.error();
        if (sql.single(QStringLiteral("SELECT count(*) FROM removed_notes WHERE note_id = ?"),
                       {noteId})
                .toInt() > 0) {
            out.already = true;
            return out;
        }
        if (Error e = m_keys.reload({citizenId}))
            return e;
        auto split = splitCase(citizenId, [&](const QString& id, const QString& type,
                                              const QString&, const QByteArray& sealed) {
            return notePayloadNames(type, id, sealed, citizenId, noteId);
        });
        if (!split.ok())
            return split.error();
        if (split->removed.isEmpty())
            return Error(ErrorCode::NotFound, QStringLiteral("note"));
        out.events = int(split->removed.size());
        auto generation = cutCase(citizenId, split.value(), holders.value(),
                                  QStringLiteral("note-removed"), noteId);
        if (!generation.ok())
            return generation.error();
        out.generation = generation.value();
        // The note's versions go from the objects; the note itself stays, so that a device
        // that has not heard of the removal cannot send the note again (its id is taken).
        sql.run(QStringLiteral("DELETE FROM objects WHERE citizen_id = ? AND kind = 'note-version'"
                               " AND parent = ?"),
                {citizenId, noteId});
        sql.run(QStringLiteral("INSERT INTO removed_notes (note_id, citizen_id, reference,"
                               " removed_at, removed_by, key_generation) VALUES (?,?,?,?,?,?)"),
                {noteId, citizenId, reference, m_clock(), actor, out.generation});
        if (sql.error())
            return sql.error();
        if (Error e = tx.commit())
            return e;
    }
    if (Error e = retireAfterCut(citizenId, out.generation, QStringLiteral("the note is removed")))
        return e;
    return out;
}

Error CaseStore::finishNoteRemovals()
{
    QList<QPair<QString, int>> removals;
    {
        SqlRunner sql(m_db.db(), m_db.mapper());
        // Notes removed and parts of cases removed (PartRemoval.cpp) alike.
        sql.run(QStringLiteral("SELECT citizen_id, max(g) FROM (SELECT citizen_id,"
                               " key_generation AS g FROM removed_notes UNION ALL"
                               " SELECT citizen_id, key_generation FROM removed_parts) r"
                               " GROUP BY citizen_id"));
        while (sql.next())
            removals << qMakePair(sql.value(0).toString(), sql.value(1).toInt());
        if (sql.error())
            return sql.error();
    }
    for (const auto& [citizen, generation] : removals)
        if (Error e = m_keys.retireBefore(citizen, generation))
            return e;
    return {};
}

Error CaseStore::recordRemovedNote(const QString& citizenId, const QString& noteId,
                                   const QString& reference, qint64 at, const QString& actor)
{
    Transaction tx(m_db);
    if (tx.error())
        return tx.error();
    SqlRunner sql(m_db.db(), m_db.mapper());
    if (sql.single(QStringLiteral("SELECT count(*) FROM removed_notes WHERE note_id = ?"), {noteId})
            .toInt() > 0)
        return {};
    sql.run(QStringLiteral("INSERT INTO removed_notes (note_id, citizen_id, reference,"
                           " removed_at, removed_by, key_generation) VALUES (?,?,?,?,?,0)"),
            {noteId, citizenId, reference, at, actor});
    // The note's id stays taken (see removeNote), even in a case that is not here now.
    const QString stored = StoredEvent::objectId(m_sealer, noteId);
    if (sql.single(QStringLiteral("SELECT count(*) FROM objects WHERE id = ? AND kind = 'note'"),
                   {stored})
            .toInt() == 0)
        sql.run(QStringLiteral("INSERT INTO objects (id, kind, citizen_id, parent)"
                               " VALUES (?, 'note', ?, '')"),
                {stored, citizenId});
    if (sql.error())
        return sql.error();
    return tx.commit();
}

// Cases with payloads under a retired key (a database restored from a backup made before one
// of their notes was removed): none of their payloads opens, so their rows go (no tombstone:
// the case is not deleted); the devices that hold the case send it again at the new epoch,
// without the removed note.
Result<int> CaseStore::forgetUnreadableCases()
{
    auto retired = m_keys.retired();
    if (!retired.ok())
        return retired.error();
    QHash<QString, QSet<int>> byCase;
    for (const CaseKeys::Retired& r : retired.value())
        byCase[r.citizen].insert(r.generation);
    int forgotten = 0;
    for (auto it = byCase.cbegin(); it != byCase.cend(); ++it) {
        bool unreadable = false;
        {
            SqlRunner sql(m_db.db(), m_db.mapper());
            sql.run(QStringLiteral("SELECT payload FROM events WHERE citizen_id = ?"), {it.key()});
            while (!unreadable && sql.next())
                unreadable = it->contains(StoredEvent::generationOf(sql.value(0).toByteArray()));
            sql.finish();
            if (sql.error())
                return sql.error();
        }
        if (!unreadable)
            continue;
        if (Error e = forgetCase(it.key()))
            return e;
        ++forgotten;
    }
    return forgotten;
}

Error CaseStore::forgetCase(const QString& citizenId)
{
    Transaction tx(m_db);
    if (tx.error())
        return tx.error();
    if (auto lock = allocate(0); !lock.ok())
        return lock.error();
    SqlRunner sql(m_db.db(), m_db.mapper());
    for (const QString& table : caseRowTables()) // the removed notes stay
        sql.run(QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE citizen_id = ?"),
                {citizenId});
    // The removed notes' ids stay taken.
    sql.run(QStringLiteral("SELECT note_id FROM removed_notes WHERE citizen_id = ?"), {citizenId});
    QStringList notes;
    while (sql.next())
        notes << sql.value(0).toString();
    for (const QString& note : notes)
        sql.run(QStringLiteral("INSERT INTO objects (id, kind, citizen_id, parent)"
                               " VALUES (?, 'note', ?, '')"),
                {StoredEvent::objectId(m_sealer, note), citizenId});
    if (sql.error())
        return sql.error();
    return tx.commit();
}

Result<QList<NoteInfo>> CaseStore::notesOf(const QString& citizenId)
{
    SqlRunner sql(m_db.db(), m_db.mapper());
    if (sql.single(QStringLiteral("SELECT count(*) FROM cases WHERE citizen_id = ?"), {citizenId})
            .toInt() == 0) {
        if (sql.error())
            return sql.error();
        return Error(ErrorCode::NotFound, QStringLiteral("case"));
    }
    if (Error e = m_keys.reload({citizenId}))
        return e;
    QList<NoteInfo> out;
    QHash<QString, qsizetype> at; // note -> index in out
    sql.run(QStringLiteral("SELECT id, type, payload, local_time, author FROM events"
                           " WHERE citizen_id = ? ORDER BY seq"),
            {citizenId});
    while (sql.next()) {
        const QByteArray sealed = sql.value(2).toByteArray();
        const QString type = sql.value(1).toString();
        if (!kindOf(type) ||
            (*kindOf(type) != EventKind::NoteAdded && *kindOf(type) != EventKind::NoteCorrected))
            continue;
        auto payload = openSealed(citizenId, sql.value(0).toString(), sealed);
        if (!payload.ok())
            return payload.error();
        const QString note = noteOf(type, payload.value());
        if (!at.contains(note)) {
            at.insert(note, out.size());
            out << NoteInfo{note, sql.value(3).toString(), sql.value(4).toString(), 0};
        }
        ++out[at.value(note)].versions;
    }
    if (sql.error())
        return sql.error();
    return out;
}

QString CaseStore::removedAtText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace fortrolig::server
