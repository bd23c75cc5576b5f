// Journal: one municipality's course cut out of a case it shares with another municipality's
// course, at the end of the first one's contract (docs/offboarding.md). The course goes with
// everything that derives from it (EventRules::Descendants): its corrections, end and
// hand-overs, the notes tied to it with every version, the consents given for it with their
// withdrawals and the disclosures made under them, and the drafts meant for it.
#include "app/journal/EventRules.h"
#include "app/journal/EventStore.h"
#include "app/journal/Journal.h"
#include "app/privacy/AccessLog.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/Migrations.h"
#include "app/storage/SqlRunner.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fortrolig {

namespace {

struct CourseRows
{
    QVariantList eventSeqs;
    QVariantList eventIds; // in the log and kept aside: their sync problems go too
    QVariantList pendingIds;
    QList<EventRules::ObjectRef> objects;
    int events() const { return int(eventSeqs.size() + pendingIds.size()); }
};

// The case's events in the order this journal has them, then those pulled and kept aside.
Error findEvents(SqlRunner& x, const QString& citizenId, const QString& courseId, CourseRows& rows)
{
    EventRules::Descendants course(EventRules::ObjectRef{QStringLiteral("course"), courseId, {}});
    const auto takes = [&course](const Event& e) {
        auto shape = EventRules::shapeOf(e);
        return shape.ok() && course.take(shape.value());
    };
    x.run(QStringLiteral("SELECT seq, id, type, subject, author, device, local_time,"
                         " schema_version, payload FROM events WHERE subject = ? ORDER BY seq"),
          {citizenId});
    while (x.next()) {
        const Event e = EventStore::read(x, 1);
        if (takes(e)) {
            rows.eventSeqs << x.value(0);
            rows.eventIds << e.id;
        }
    }
    x.run(QStringLiteral("SELECT id, json FROM pending_events WHERE citizen_id = ?"
                         " ORDER BY server_seq"),
          {citizenId});
    while (x.next()) {
        const Event e =
            Event::fromJson(QJsonDocument::fromJson(x.value(1).toString().toUtf8()).object());
        if (takes(e)) {
            rows.pendingIds << x.value(0);
            rows.eventIds << x.value(0);
        }
    }
    rows.objects = course.objects();
    return x.error();
}

// What the objects projected, the search index first (it reads the rows it indexed).
void deleteObject(SqlRunner& x, const QString& citizenId, const EventRules::ObjectRef& o)
{
    const QVariantList both{o.id, citizenId};
    if (o.kind == QStringLiteral("course")) {
        x.run(QStringLiteral("DELETE FROM field_versions WHERE object_id = ?"), {o.id});
        x.run(QStringLiteral("DELETE FROM conflicts WHERE object_id = ? AND citizen_id = ?"), both);
        x.run(QStringLiteral("DELETE FROM hand_overs WHERE course_id = ? AND citizen_id = ?"),
              both);
        x.run(QStringLiteral("DELETE FROM drafts WHERE course_id = ? AND citizen_id = ?"), both);
        x.run(QStringLiteral("DELETE FROM courses WHERE id = ? AND citizen_id = ?"), both);
    } else if (o.kind == QStringLiteral("note")) {
        x.run(QStringLiteral("DELETE FROM notes_fts WHERE docid IN (SELECT v.seq FROM"
                             " note_versions v JOIN notes n ON n.id = v.note_id WHERE n.id = ?"
                             " AND n.citizen_id = ? AND v.superseded_by IS NULL) AND ") +
                  Migrations::notesIndexed(),
              both);
        x.run(QStringLiteral("DELETE FROM note_versions WHERE note_id IN (SELECT id FROM notes"
                             " WHERE id = ? AND citizen_id = ?)"),
              both);
        x.run(QStringLiteral("DELETE FROM conflicts WHERE object_id = ? AND citizen_id = ?"), both);
        x.run(QStringLiteral("DELETE FROM drafts WHERE note_id = ? AND citizen_id = ?"), both);
        x.run(QStringLiteral("DELETE FROM notes WHERE id = ? AND citizen_id = ?"), both);
    } else if (o.kind == QStringLiteral("consent")) {
        x.run(QStringLiteral("DELETE FROM consent_grants WHERE consent_id IN (SELECT id FROM"
                             " consents WHERE id = ? AND citizen_id = ?)"),
              both);
        x.run(QStringLiteral("DELETE FROM attachments WHERE consent_id = ? AND citizen_id = ?"),
              both);
        x.run(QStringLiteral("DELETE FROM consents WHERE id = ? AND citizen_id = ?"), both);
    } else if (o.kind == QStringLiteral("disclosure")) {
        x.run(QStringLiteral("DELETE FROM disclosures WHERE id = ? AND citizen_id = ?"), both);
    }
    // note-version and field-version rows went with their note or course.
}

} // namespace

Result<int> Journal::eraseCourse(const QString& citizenId, const QString& courseId,
                                 const QString& reason)
{
    QSqlDatabase db = m_database->db();
    SqlRunner x(db);
    if (x.single(QStringLiteral("SELECT count(*) FROM citizens WHERE id = ?"), {citizenId})
            .toInt() == 0)
        return x.error() ? x.error() : Error(ErrorCode::NotFound, QStringLiteral("citizen"));
    CourseRows rows;
    if (Error e = findEvents(x, citizenId, courseId, rows))
        return e;
    const bool projected =
        x.single(QStringLiteral("SELECT count(*) FROM courses WHERE id = ? AND citizen_id = ?"),
                 {courseId, citizenId})
            .toInt() > 0;
    if (rows.events() == 0 && !projected)
        return 0; // cut before, or never here: nothing logged again
    for (const EventRules::ObjectRef& o : std::as_const(rows.objects))
        deleteObject(x, citizenId, o);
    x.runIn(QStringLiteral("DELETE FROM outbox WHERE event_seq IN "), {}, rows.eventSeqs);
    x.runIn(QStringLiteral("DELETE FROM events WHERE seq IN "), {}, rows.eventSeqs);
    x.runIn(QStringLiteral("DELETE FROM pending_events WHERE id IN "), {}, rows.pendingIds);
    x.runIn(QStringLiteral("DELETE FROM sync_problems WHERE citizen_id = ? AND event_id IN "),
            {citizenId}, rows.eventIds);
    if (x.error())
        return x.error();
    m_erased = true;
    m_indexErased = true;
    // By the case's pseudonymous id and the course's internal id: nothing of what went.
    if (Error e = AccessLog::append(db, now(), m_identity.consultant,
                                    AccessLog::Action::PartDeleted, citizenId, reason))
        return e;
    return rows.events();
}

} // namespace fortrolig
