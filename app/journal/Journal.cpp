#include "app/journal/Journal.h"

#include "app/core/StoredTime.h"
#include "app/journal/EventRules.h"
#include "app/journal/EventStore.h"
#include "app/journal/Events.h"
#include "app/journal/Projector.h"
#include "app/privacy/AccessLog.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/SqlRunner.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace fortrolig {

namespace {
QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// What a read of note versions selects, in the order noteVersionFrom reads it.
const QString kNoteVersionColumns =
    QStringLiteral("v.id, v.note_id, v.version, v.supersedes, v.superseded_by, v.text, v.author,"
                   " v.written_at");

// The note version in the current row of `q`: kNoteVersionColumns from column `first` on,
// then the account the server received it from (NULL where the query does not say).
NoteVersion noteVersionFrom(const QSqlQuery& q, int first)
{
    NoteVersion v;
    v.id = q.value(first).toString();
    v.noteId = q.value(first + 1).toString();
    v.version = q.value(first + 2).toInt();
    v.supersedes = q.value(first + 3).toString();
    v.supersededBy = q.value(first + 4).toString();
    v.text = q.value(first + 5).toString();
    v.author = q.value(first + 6).toString();
    v.writtenAt = StoredTime::from(q.value(first + 7));
    const QString sentBy = q.value(first + 8).toString();
    if (sentBy != v.author)
        v.sentBy = sentBy;
    return v;
}
} // namespace

Journal::Journal(std::unique_ptr<JournalDatabase> database, Identity identity, Clock clock)
    : m_database(std::move(database)),
      m_statements(std::make_unique<StatementCache>(m_database->db())),
      m_identity(std::move(identity)), m_clock(std::move(clock))
{
}

Journal::~Journal()
{
    m_statements.reset(); // prepared statements before their connection closes
}

bool Journal::isDamaged() const
{
    return m_database->isDamaged();
}

QString Journal::now() const
{
    const QDateTime t = m_clock();
    return t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

bool Journal::inFuture(const QDateTime& moment) const
{
    constexpr qint64 kGraceMs = 5 * 60 * 1000;
    return moment.toMSecsSinceEpoch() > m_clock().toMSecsSinceEpoch() + kGraceMs;
}

Event Journal::makeEvent(const QString& type, const QString& subject, QJsonObject payload) const
{
    Event e;
    e.id = newId();
    e.type = type;
    e.subject = subject;
    e.author = m_identity.consultant;
    e.device = m_identity.device;
    e.localTime = now();
    e.payload = std::move(payload);
    return e;
}

Transaction Journal::batch()
{
    return Transaction(m_database->db(), &m_batchDepth,
                       QFileInfo(m_database->path()).absolutePath());
}

Error Journal::record(const Event& event, const QString& action, const QString& citizenId)
{
    Transaction tx = batch();
    if (tx.error())
        return tx.error();
    const Result<QString> reason = changeReason(event);
    if (!reason.ok())
        return reason.error();
    QSqlDatabase db = m_database->db();
    if (Error e = EventStore::append(db, event))
        return e;
    const Result<qint64> indexedUpTo = Projector::notesIndexedUpTo(db, m_statements.get());
    if (!indexedUpTo.ok())
        return indexedUpTo.error();
    if (Error e = Projector::apply(db, event, m_statements.get(), indexedUpTo.value()))
        return e;
    if (Error e = AccessLog::append(db, event.localTime, m_identity.consultant, action, citizenId,
                                    reason.value()))
        return e;
    return tx.commit();
}

Error Journal::publish(const Event& event, const QString& action, const QString& draftSlot)
{
    // Publishing a note and dropping its draft happen together or not at all.
    Transaction tx = batch();
    if (tx.error())
        return tx.error();
    if (Error e = record(event, action, event.subject))
        return e;
    if (Error e = discardDraft(draftSlot))
        return e;
    return tx.commit();
}

Error Journal::logShown(Read read, const QString& what, const QString& action,
                        const QStringList& citizenIds, const QString& reason)
{
    if (read == Read::Redraw && m_shown.contains(what))
        return {};
    if (Error e = logUse(action, citizenIds, reason))
        return e;
    if (what.startsWith(QStringLiteral("case:"))) {
        m_shown.removeIf([](const QString& w) { return !w.startsWith(QStringLiteral("list")); });
        const QString shown = citizenIds.value(0);
        m_changeReasons.removeIf([&shown](const auto& r) { return r.key() != shown; });
    }
    if (!m_shown.contains(what))
        m_shown << what;
    return {};
}

Error Journal::logUse(const QString& action, const QStringList& citizenIds, const QString& reason)
{
    Transaction tx = batch();
    if (tx.error())
        return tx.error();
    const QString at = now();
    for (const QString& id : citizenIds)
        if (Error e =
                AccessLog::append(m_database->db(), at, m_identity.consultant, action, id, reason))
            return e;
    return tx.commit();
}

Error Journal::setConsultantName(const QString& name)
{
    const QString clean = name.simplified();
    SqlRunner x(m_database->db());
    if (clean.isEmpty())
        x.run(QStringLiteral("DELETE FROM meta WHERE key = 'consultant_name'"));
    else
        x.run(QStringLiteral("INSERT OR REPLACE INTO meta (key, value)"
                             " VALUES ('consultant_name', ?)"),
              {clean});
    if (x.error())
        return x.error();
    m_identity.name = clean;
    return {};
}

Error Journal::requireCitizen(const QString& citizenId)
{
    QSqlQuery q(m_database->db());
    q.prepare(QStringLiteral("SELECT 1 FROM citizens WHERE id = ?"));
    q.addBindValue(citizenId);
    if (q.exec() && q.next())
        return {};
    if (q.lastError().isValid()) // a page that cannot be read is not a missing citizen
        return JournalDatabase::errorFrom(q.lastError(), {});
    return Error(ErrorCode::NotFound, QStringLiteral("citizen"));
}

Result<QString> Journal::addCitizen(const QString& name, const Cpr& cpr)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("name"));
    const QString id = newId();
    const Event e =
        makeEvent(EventType::CitizenAdded, id, CitizenAddedPayload{trimmed, cpr.digits()}.encode());
    if (Error err = record(e, AccessLog::Action::Created, id))
        return err;
    return id;
}

Result<QString> Journal::addCitizenWithCourse(const QString& name, const Cpr& cpr,
                                              CourseInput course)
{
    Transaction tx = batch();
    if (tx.error())
        return tx.error();
    auto id = addCitizen(name, cpr);
    if (!id.ok())
        return id.error();
    course.citizenId = id.value();
    if (auto added = addCourse(course); !added.ok())
        return added.error();
    if (Error e = tx.commit())
        return e;
    return id;
}

Result<QList<CaseloadRow>> Journal::caseload(Read read)
{
    const QDate today = m_clock().date();
    auto facts = retentionFacts();
    if (!facts.ok())
        return facts.error();
    auto holds = activeHolds(today);
    if (!holds.ok())
        return holds.error();
    const RetentionRules rules = retentionRules();
    // One row per citizen with their newest course (by start date).
    QSqlQuery q(m_database->db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT c.id, c.name, c.cpr, co.municipality, co.course_type, co.planned_end,"
            " co.actual_end, co.id IS NULL"
            " FROM citizens c LEFT JOIN courses co ON co.id = ("
            "  SELECT id FROM courses WHERE citizen_id = c.id"
            "  ORDER BY start_date DESC, created_at DESC LIMIT 1)"
            " ORDER BY c.name COLLATE NOCASE")))
        return JournalDatabase::errorFrom(q.lastError(), {});
    QList<CaseloadRow> rows;
    while (q.next()) {
        CaseloadRow r;
        r.citizenId = q.value(0).toString();
        r.name = q.value(1).toString();
        r.maskedCpr = q.value(2).toString().left(6) + QStringLiteral("-XXXX");
        r.municipality = q.value(3).toString();
        r.courseType = q.value(4).toString();
        const bool noCourse = q.value(7).toInt() != 0;
        const QDate actualEnd = StoredTime::day(q.value(6));
        r.status = noCourse ? CaseStatus::NoCourse
                            : (actualEnd.isValid() ? CaseStatus::Ended : CaseStatus::Active);
        if (r.status == CaseStatus::Active)
            r.nextDate = StoredTime::day(q.value(5));
        rows << withRetention(r, facts->value(r.citizenId), rules, holds->contains(r.citizenId),
                              today);
    }
    if (q.lastError().isValid())
        return JournalDatabase::errorFrom(q.lastError(), {});
    q.finish();
    if (Error e = markRequests(rows, today))
        return e;
    if (Error e = markHandOvers(rows))
        return e;
    if (Error e = markRestricted(rows))
        return e;
    // The overview shows names and masked numbers of the consultant's own caseload: logged as
    // one use of the list, not one entry per citizen.
    if (Error e =
            logShown(read, QStringLiteral("list"), AccessLog::Action::Listed, {QString()}, {}))
        return e;
    return rows;
}

Result<CitizenDetails> Journal::citizen(const QString& citizenId, const QString& reason, Read read)
{
    QSqlDatabase db = m_database->db();
    CitizenDetails d;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id, name, cpr, created_at, address, phone, email"
                                 " FROM citizens WHERE id = ?"));
        q.addBindValue(citizenId);
        if (!q.exec())
            return JournalDatabase::errorFrom(q.lastError(), {});
        if (!q.next())
            return Error(ErrorCode::NotFound, QStringLiteral("citizen"));
        d.id = q.value(0).toString();
        d.name = q.value(1).toString();
        const auto cpr = Cpr::parse(q.value(2).toString());
        if (cpr) {
            d.cpr = cpr->formatted();
            d.maskedCpr = cpr->masked();
            d.birthDate = cpr->birthDate();
        }
        d.createdAt = StoredTime::from(q.value(3));
        d.address = q.value(4).toString();
        d.phone = q.value(5).toString();
        d.email = q.value(6).toString();
    }
    auto courses = citizenCourses(citizenId);
    if (!courses.ok())
        return courses.error();
    d.courses = courses.value();
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT n.id, n.kind,"
                                 " (SELECT count(*) FROM note_versions WHERE note_id = n.id), ") +
                  kNoteVersionColumns +
                  QStringLiteral(", NULL, n.created_at, n.course_id FROM notes n"
                                 " JOIN note_versions v"
                                 " ON v.id = n.current_version WHERE n.citizen_id = ?"
                                 " ORDER BY n.created_at, n.id"));
        q.addBindValue(citizenId);
        if (!q.exec())
            return JournalDatabase::errorFrom(q.lastError(), {});
        while (q.next()) {
            NoteSummary n;
            n.noteId = q.value(0).toString();
            n.kind = q.value(1).toString();
            n.versions = q.value(2).toInt();
            n.current = noteVersionFrom(q, 3);
            n.createdAt = StoredTime::from(q.value(12));
            n.courseId = q.value(13).toString();
            d.notes << n;
        }
    }
    auto removed = removedNotes(citizenId);
    if (!removed.ok())
        return removed.error();
    d.removedNotes = removed.value();
    if (Error e = logShown(read, QStringLiteral("case:") + citizenId, AccessLog::Action::Viewed,
                           {citizenId}, reason))
        return e;
    return d;
}

Result<QString> Journal::findByCpr(const Cpr& cpr, const QString& reason)
{
    QSqlQuery q(m_database->db());
    q.prepare(QStringLiteral("SELECT id FROM citizens WHERE cpr = ?"));
    q.addBindValue(cpr.digits());
    if (!q.exec())
        return JournalDatabase::errorFrom(q.lastError(), {});
    if (!q.next())
        return Error(ErrorCode::NotFound, QStringLiteral("citizen"));
    const QString id = q.value(0).toString();
    q.finish();
    if (Error e = logUse(AccessLog::Action::Searched, {id}, reason))
        return e;
    return id;
}

Result<QString> Journal::addCourse(const CourseInput& c)
{
    if (Error e = requireCitizen(c.citizenId))
        return e;
    if (c.municipality.simplified().isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("municipality"));
    if (c.courseType.simplified().isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("course type"));
    if (!c.startDate.isValid())
        return Error(ErrorCode::InvalidInput, QStringLiteral("start date"));
    if (c.plannedEnd.isValid() && c.plannedEnd < c.startDate)
        return Error(ErrorCode::InvalidInput, QStringLiteral("planned end before start"));
    const QString courseId = newId();
    const CourseAddedPayload payload{courseId,
                                     c.municipality.simplified(),
                                     c.courseType.simplified(),
                                     dateText(c.referralDate),
                                     dateText(c.startDate),
                                     dateText(c.plannedEnd)};
    const Event e = makeEvent(EventType::CourseAdded, c.citizenId, payload.encode());
    if (Error err = record(e, AccessLog::Action::Created, c.citizenId))
        return err;
    return courseId;
}

Error Journal::endCourse(const QString& courseId, QDate end, const QString& reason)
{
    QSqlQuery q(m_database->db());
    q.prepare(
        QStringLiteral("SELECT citizen_id, start_date, actual_end FROM courses WHERE id = ?"));
    q.addBindValue(courseId);
    if (!q.exec())
        return JournalDatabase::errorFrom(q.lastError(), {});
    if (!q.next())
        return Error(ErrorCode::NotFound, QStringLiteral("course"));
    const QString citizenId = q.value(0).toString();
    const QDate start = StoredTime::day(q.value(1));
    const bool alreadyEnded = !q.value(2).isNull();
    q.finish();
    if (!end.isValid() || end < start)
        return Error(ErrorCode::InvalidInput, QStringLiteral("end date before start"));
    if (alreadyEnded)
        return Error(ErrorCode::InvalidInput, QStringLiteral("course already ended"));
    if (!reason.isEmpty() && !CourseEnd::reasons().contains(reason))
        return Error(ErrorCode::InvalidInput, QStringLiteral("end reason: one of ") +
                                                  CourseEnd::reasons().join(QStringLiteral(", ")));
    const Event e =
        makeEvent(EventType::CourseEnded, citizenId,
                  CourseEndedPayload{courseId, dateText(end), std::nullopt, reason}.encode());
    return record(e, AccessLog::Action::Corrected, citizenId);
}

Result<QList<CourseRecord>> Journal::citizenCourses(const QString& citizenId)
{
    QSqlDatabase db = m_database->db();
    QList<CourseRecord> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, municipality, course_type, referral_date, start_date,"
                             " planned_end, actual_end, end_reason, (SELECT max(at) FROM hand_overs"
                             " h WHERE h.course_id = courses.id) FROM courses WHERE citizen_id = ?"
                             " ORDER BY start_date, created_at"));
    q.addBindValue(citizenId);
    if (!q.exec())
        return JournalDatabase::errorFrom(q.lastError(), {});
    while (q.next()) {
        CourseRecord c;
        c.id = q.value(0).toString();
        c.citizenId = citizenId;
        c.municipality = q.value(1).toString();
        c.courseType = q.value(2).toString();
        c.referralDate = StoredTime::day(q.value(3));
        c.startDate = StoredTime::day(q.value(4));
        c.plannedEnd = StoredTime::day(q.value(5));
        c.actualEnd = StoredTime::day(q.value(6));
        c.endReason = q.value(7).toString();
        c.handedOverAt = StoredTime::from(q.value(8));
        out << c;
    }
    return out;
}

Result<NoteCourse> Journal::suggestedNoteCourseOf(const QString& citizenId)
{
    auto courses = citizenCourses(citizenId);
    if (!courses.ok())
        return courses.error();
    return suggestedNoteCourse(courses.value());
}

Result<QString> Journal::addNote(const QString& citizenId, const QString& text, const QString& kind,
                                 const QString& courseId)
{
    if (text.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("empty note"));
    if (!noteKinds().contains(kind))
        return Error(ErrorCode::InvalidInput,
                     QStringLiteral("note kind: one of ") + noteKinds().join(QStringLiteral(", ")));
    if (Error e = requireCitizen(citizenId))
        return e;
    // A course that is not the citizen's is refused by the projection, as a synced one is.
    const QString noteId = newId();
    const Event e = makeEvent(EventType::NoteAdded, citizenId,
                              NoteAddedPayload{noteId, kind, text, courseId}.encode());
    if (Error err =
            publish(e, AccessLog::Action::Created, Draft{citizenId, {}, kind, {}, {}, {}}.slot()))
        return err;
    return noteId;
}

Result<Journal::NoteOwner> Journal::ownerOfNote(const QString& noteId)
{
    QSqlQuery q(m_database->db());
    q.prepare(QStringLiteral("SELECT citizen_id, current_version FROM notes WHERE id = ?"));
    q.addBindValue(noteId);
    if (!q.exec())
        return JournalDatabase::errorFrom(q.lastError(), {});
    if (!q.next())
        return Error(ErrorCode::NotFound, QStringLiteral("note"));
    NoteOwner owner{q.value(0).toString(), q.value(1).toString(), {}};
    q.finish();
    q.prepare(QStringLiteral("SELECT id FROM note_versions WHERE note_id = ?"
                             " AND superseded_by IS NULL ORDER BY id DESC"));
    q.addBindValue(noteId);
    if (!q.exec())
        return JournalDatabase::errorFrom(q.lastError(), {});
    while (q.next())
        owner.heads << q.value(0).toString();
    return owner;
}

Result<QString> Journal::correctNote(const QString& noteId, const QString& text,
                                     const QStringList& basedOn)
{
    if (text.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("empty note"));
    auto owner = ownerOfNote(noteId);
    if (!owner.ok())
        return owner.error();
    const QString citizenId = owner->citizenId;
    if (Error e = checkVersions(basedOn, noteId, {}))
        return e;
    // With two current texts, a correction must say which it replaces (resolve first).
    if (basedOn.isEmpty() && owner->heads.size() > 1)
        return Error(ErrorCode::InvalidInput, QStringLiteral("resolve the conflict first"));
    const QStringList supersedes = basedOn.isEmpty() ? owner->heads : basedOn;
    const Event e = makeEvent(EventType::NoteCorrected, citizenId,
                              NoteCorrectedPayload{noteId, supersedes, text}.encode());
    if (Error err = publish(e, AccessLog::Action::Corrected,
                            Draft{citizenId, noteId, {}, {}, {}, {}}.slot()))
        return err;
    return e.id;
}

Result<QList<NoteVersion>> Journal::noteHistory(const QString& noteId)
{
    auto owner = ownerOfNote(noteId);
    if (!owner.ok())
        return owner.error();
    QSqlQuery q(m_database->db());
    q.prepare(QStringLiteral("SELECT ") + kNoteVersionColumns +
              QStringLiteral(", e.pushed_by FROM note_versions v LEFT JOIN events e"
                             " ON e.id = v.id WHERE v.note_id = ? ORDER BY v.version, v.id"));
    q.addBindValue(noteId);
    if (!q.exec())
        return JournalDatabase::errorFrom(q.lastError(), {});
    QList<NoteVersion> out;
    while (q.next())
        out << noteVersionFrom(q, 0);
    q.finish();
    if (Error e = logUse(AccessLog::Action::Viewed, {owner->citizenId}, {}))
        return e;
    return out;
}

Result<QList<AccessLogEntry>> Journal::accessLog(const QString& citizenId)
{
    return AccessLog::entries(m_database->db(), citizenId);
}

Error Journal::verify()
{
    // Every page and log frame first (SQLite reads only what a query needs), then SQLite's
    // structural check, then the access log's chain.
    const PageCheck::Report pages = m_database->checkPages();
    Error structure = m_database->integrityCheck();
    if (structure.code == ErrorCode::WrongKey)
        structure = Error(ErrorCode::Damaged, structure.detail);
    if (pages.damaged() || structure.code == ErrorCode::Damaged) {
        QStringList where;
        if (pages.damaged())
            where << pages.summary();
        const QStringList hit = m_database->unreadableObjects();
        if (!hit.isEmpty())
            where << QStringLiteral("cannot be read: ") + hit.join(QStringLiteral(", "));
        if (where.isEmpty())
            where << structure.detail;
        const QString what = where.join(QStringLiteral("; "));
        m_database->markDamaged(what);
        return Error(ErrorCode::Damaged, what);
    }
    if (structure)
        return structure;
    if (!pages.readError.isEmpty())
        return Error(ErrorCode::IoError, pages.readError);
    return AccessLog::verify(m_database->db());
}

int Journal::outboxSize()
{
    return EventStore::outboxSize(m_database->db());
}

} // namespace fortrolig
