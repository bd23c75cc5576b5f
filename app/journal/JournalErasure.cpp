#include "app/journal/Journal.h"

#include "app/storage/JournalDatabase.h"
#include "app/storage/Migrations.h"
#include "app/storage/SqlRunner.h"

namespace fortrolig {

// Everything the journal holds about one citizen, in the order the references need: the
// search index first, while the rows still hold what it indexed; then the projections, the
// events and what waited to be sent. Not the access log (it records that the data was used,
// and the removal itself) and not the sync's own notes about the case. secure_delete
// overwrites what the rows held; the words left in the search index's older segments and the
// log's earlier copies of the pages go at finishErasure().
Error Journal::eraseCitizen(const QString& citizenId)
{
    SqlRunner x(m_database->db());
    QVariantList docids;
    x.run(QStringLiteral("SELECT v.seq FROM note_versions v JOIN notes n ON n.id = v.note_id"
                         " WHERE n.citizen_id = ? AND v.superseded_by IS NULL"),
          {citizenId});
    while (x.next())
        docids << x.value(0);
    const QVariant num =
        x.single(QStringLiteral("SELECT num FROM citizens WHERE id = ?"), {citizenId});
    for (const QVariant& d : std::as_const(docids))
        x.run(QStringLiteral("DELETE FROM notes_fts WHERE docid = ? AND ") +
                  Migrations::notesIndexed(),
              {d});
    if (num.isValid())
        x.run(QStringLiteral("DELETE FROM citizens_fts WHERE docid = ?"), {num});
    static const QStringList statements = {
        QStringLiteral("DELETE FROM field_versions WHERE object_id IN"
                       " (SELECT id FROM courses WHERE citizen_id = ?)"),
        QStringLiteral("DELETE FROM field_versions WHERE object_id = ?"),
        QStringLiteral("DELETE FROM conflicts WHERE citizen_id = ?"),
        QStringLiteral("DELETE FROM note_versions WHERE note_id IN"
                       " (SELECT id FROM notes WHERE citizen_id = ?)"),
        QStringLiteral("DELETE FROM notes WHERE citizen_id = ?"),
        QStringLiteral("DELETE FROM consent_grants WHERE consent_id IN"
                       " (SELECT id FROM consents WHERE citizen_id = ?)"),
        QStringLiteral("DELETE FROM attachments WHERE citizen_id = ?"),
        QStringLiteral("DELETE FROM disclosures WHERE citizen_id = ?"),
        QStringLiteral("DELETE FROM consents WHERE citizen_id = ?"),
        QStringLiteral("DELETE FROM courses WHERE citizen_id = ?"),
        QStringLiteral("DELETE FROM drafts WHERE citizen_id = ?"),
        QStringLiteral("DELETE FROM case_holds WHERE citizen_id = ?"),
        QStringLiteral("DELETE FROM requests WHERE citizen_id = ?"),
        QStringLiteral("DELETE FROM restrictions WHERE citizen_id = ?"),
        QStringLiteral("DELETE FROM hand_overs WHERE citizen_id = ?"),
        QStringLiteral("DELETE FROM removed_notes WHERE citizen_id = ?"),
        QStringLiteral("DELETE FROM pending_events WHERE citizen_id = ?"),
        QStringLiteral("DELETE FROM outbox WHERE event_seq IN"
                       " (SELECT seq FROM events WHERE subject = ?)"),
        QStringLiteral("DELETE FROM events WHERE subject = ?"),
        QStringLiteral("DELETE FROM citizens WHERE id = ?"),
    };
    for (const QString& s : statements)
        x.run(s, {citizenId});
    m_erased = true;
    m_indexErased = true;
    return x.error();
}

} // namespace fortrolig
