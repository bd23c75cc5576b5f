// CaseStore: a part of a case (its consents, or its disclosure records) deleted when its own
// retention period ends before the case's, and one municipality's course cut out of a case it
// shares with another at the end of its contract. The part's events go, the rest of the case is
// sealed again under a later key and the earlier keys are destroyed (as for a removed note:
// NoteRemoval.cpp), and the devices get a 'part-removed' entry in their feeds. Also what a
// case that comes back after a restore gets again: its removed notes' stubs and parts.
#include "store/CaseStore.h"

#include "app/journal/EventRules.h"
#include "app/journal/Events.h"
#include "store/BatchSql.h"
#include "store/CaseKeys.h"
#include "store/ServerDatabase.h"
#include "store/StoredEvent.h"

#include <QDateTime>
#include <QSet>

namespace fortrolig::server {

namespace {

// A time as the events carry it (ISO 8601 with an offset) in ms; -1 if it is not one.
qint64 msOf(const QString& isoTime)
{
    const QDateTime t = QDateTime::fromString(isoTime, Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}

// Which of a case's events a part's removal takes, read in order: the part's events written up
// to the cut (by the writer's clock; a consent given for a later course stays), and a
// withdrawal of a consent it takes whenever it was written (kept, it would withdraw nothing on
// every device that pulls the case). What the taken events made (their consents, their
// disclosures) is noted, to go from the objects too.
struct PartCut
{
    const Sealer& sealer;
    const CaseKeys& keys;
    QString citizenId;
    QStringList types;
    qint64 upTo = 0;
    QSet<QString> consents;
    QList<EventRules::ObjectRef> made;

    Result<bool> takes(const QString& id, const QString& type, const QString& localTime,
                       const QByteArray& sealed)
    {
        if (!types.contains(type))
            return false;
        const bool withdrawal = type == EventType::ConsentWithdrawn;
        if (!withdrawal && msOf(localTime) > upTo)
            return false;
        auto payload = StoredEvent::openPayload(
            sealer, keys.key(citizenId, std::max(0, StoredEvent::generationOf(sealed))), id,
            sealed);
        if (!payload.ok())
            return payload.error();
        if (withdrawal)
            return consents.contains(ConsentWithdrawnPayload::read(payload.value()).consentId) ||
                   msOf(localTime) <= upTo;
        Event e;
        e.id = id;
        e.type = type;
        e.subject = citizenId;
        e.payload = payload.value();
        auto shape = EventRules::shapeOf(e);
        if (!shape.ok())
            return shape.error();
        for (const EventRules::ObjectRef& ref : shape->creates) {
            made << ref;
            if (ref.kind == QStringLiteral("consent"))
                consents.insert(ref.id);
        }
        return true;
    }
};

} // namespace

QString CaseStore::partFeedId(const QString& part, qint64 upTo)
{
    return part + QLatin1Char('@') + QString::number(upTo);
}

bool CaseStore::readPartFeedId(const QString& feedId, QString& part, qint64& upTo)
{
    const qsizetype at = feedId.indexOf(QLatin1Char('@'));
    bool ok = false;
    upTo = feedId.mid(at + 1).toLongLong(&ok);
    part = feedId.left(at);
    return at > 0 && ok;
}

bool CaseStore::partRemoved(const RemovedParts& parts, const QString& type,
                            const QString& localTime)
{
    const auto it = parts.constFind(type);
    return it != parts.cend() && msOf(localTime) <= *it;
}

Result<int> CaseStore::cutPart(const QString& citizenId, CaseCut& cut, const QStringList& holders,
                               const QString& part, qint64 upTo, const QString& actor,
                               const QList<EventRules::ObjectRef>& made)
{
    auto generation =
        cutCase(citizenId, cut, holders, QStringLiteral("part-removed"), partFeedId(part, upTo));
    if (!generation.ok())
        return generation.error();
    // Their objects go: a later event that refers to one of them refers to nothing and is
    // refused.
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    for (const EventRules::ObjectRef& ref : made)
        sql.run(QStringLiteral("DELETE FROM objects WHERE id = ? AND kind = ?"),
                {StoredEvent::objectId(m_sealer, ref.id), ref.kind});
    if (sql.error())
        return sql.error();
    if (auto recorded = recordPart(citizenId, part, upTo, actor, generation.value());
        !recorded.ok())
        return recorded.error();
    return generation.value();
}

Result<QStringList> CaseStore::lockForCut(const QString& citizenId)
{
    if (auto lock = allocate(0); !lock.ok()) // as removeNote: pushes wait, then re-read keys
        return lock.error();
    auto holders = holdersOf(citizenId);
    if (!holders.ok())
        return holders.error();
    if (Error e = m_keys.reload({citizenId}))
        return e;
    return holders;
}

Result<PartRemoval> CaseStore::removePart(const QString& citizenId, RetentionKind part, qint64 upTo,
                                          const QString& actor)
{
    const QStringList types = eventTypesOf(part);
    if (types.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("not a part of a case"));
    PartRemoval out;
    {
        Transaction tx(m_db);
        if (tx.error())
            return tx.error();
        auto holders = lockForCut(citizenId);
        if (!holders.ok())
            return holders.error();
        PartCut cut{m_sealer, m_keys, citizenId, types, upTo, {}, {}};
        auto split =
            splitCase(citizenId, [&cut](const QString& id, const QString& type,
                                        const QString& localTime, const QByteArray& sealed) {
                return cut.takes(id, type, localTime, sealed);
            });
        if (!split.ok())
            return split.error();
        out.events = int(split->removed.size());
        if (out.events == 0)
            return out; // nothing of the part here (removed before, or never written)
        auto generation =
            cutPart(citizenId, split.value(), holders.value(), nameOf(part), upTo, actor, cut.made);
        if (!generation.ok())
            return generation.error();
        out.generation = generation.value();
        if (Error e = tx.commit())
            return e;
    }
    if (Error e = retireAfterCut(citizenId, out.generation, QStringLiteral("the part is deleted")))
        return e;
    return out;
}

Result<QString> CaseStore::courseIdOf(const QString& citizenId, const QString& storedCourseId)
{
    if (Error e = m_keys.reload({citizenId}))
        return e;
    SqlRunner sql(m_db.db(), m_db.mapper());
    sql.run(QStringLiteral("SELECT id, payload FROM events WHERE citizen_id = ? AND type = ?"
                           " ORDER BY seq"),
            {citizenId, EventType::CourseAdded});
    while (sql.next()) {
        const QString id = sql.value(0).toString();
        const QByteArray sealed = sql.value(1).toByteArray();
        auto payload = openSealed(citizenId, id, sealed);
        if (!payload.ok())
            return payload.error();
        const QString course = CourseAddedPayload::read(payload.value()).courseId;
        if (StoredEvent::objectId(m_sealer, course) == storedCourseId)
            return course;
    }
    if (sql.error())
        return sql.error();
    return Error(ErrorCode::NotFound, QStringLiteral("the case holds no such course"));
}

Result<PartRemoval> CaseStore::removeCourse(const QString& citizenId, const QString& courseId,
                                            qint64 at, const QString& actor)
{
    PartRemoval out;
    {
        Transaction tx(m_db);
        if (tx.error())
            return tx.error();
        auto holders = lockForCut(citizenId);
        if (!holders.ok())
            return holders.error();
        EventRules::Descendants course(
            EventRules::ObjectRef{QStringLiteral("course"), courseId, {}});
        auto split = splitCase(citizenId,
                               [&](const QString& id, const QString& type, const QString& localTime,
                                   const QByteArray& sealed) -> Result<bool> {
                                   auto payload = openSealed(citizenId, id, sealed);
                                   if (!payload.ok())
                                       return payload.error();
                                   Event e;
                                   e.id = id;
                                   e.type = type;
                                   e.subject = citizenId;
                                   e.localTime = localTime;
                                   e.payload = payload.value();
                                   auto shape = EventRules::shapeOf(e);
                                   return shape.ok() && course.take(shape.value());
                               });
        if (!split.ok())
            return split.error();
        out.events = int(split->removed.size());
        if (out.events == 0)
            return Error(ErrorCode::NotFound, QStringLiteral("the case holds no such course"));
        auto generation = cutPart(citizenId, split.value(), holders.value(),
                                  coursePartName(courseId), at, actor, course.objects());
        if (!generation.ok())
            return generation.error();
        out.generation = generation.value();
        // Retention and the municipality's cases no longer count the course.
        SqlRunner sql(m_db.db(), m_db.mapper());
        sql.run(QStringLiteral("DELETE FROM case_courses WHERE course_id = ? AND citizen_id = ?"),
                {StoredEvent::objectId(m_sealer, courseId), citizenId});
        if (sql.error())
            return sql.error();
        if (Error e = tx.commit())
            return e;
    }
    if (Error e =
            retireAfterCut(citizenId, out.generation, QStringLiteral("the course is cut out")))
        return e;
    return out;
}

// The removal as pushes check it (an event of the part written before the cut is refused as
// purged, whoever sends it) and as a returning case's feed repeats it (stubsOfNewCases).
// True if it was not recorded before.
Result<bool> CaseStore::recordPart(const QString& citizenId, const QString& part, qint64 upTo,
                                   const QString& actor, int generation)
{
    SqlRunner sql(m_db.db(), m_db.mapper());
    const bool known =
        sql.single(QStringLiteral("SELECT count(*) FROM removed_parts WHERE citizen_id = ?"
                                  " AND part = ? AND up_to = ?"),
                   {citizenId, part, upTo})
            .toInt() > 0;
    if (!known)
        sql.run(QStringLiteral("INSERT INTO removed_parts (citizen_id, part, up_to, removed_at,"
                               " removed_by, key_generation) VALUES (?,?,?,?,?,?)"),
                {citizenId, part, upTo, m_clock(), actor, generation});
    if (sql.error())
        return sql.error();
    return !known;
}

Result<bool> CaseStore::recordRemovedPart(const QString& citizenId, const QString& part,
                                          qint64 upTo, const QString& actor)
{
    Transaction tx(m_db);
    if (tx.error())
        return tx.error();
    auto recorded = recordPart(citizenId, part, upTo, actor, 0);
    if (!recorded.ok())
        return recorded.error();
    if (Error e = tx.commit())
        return e;
    return recorded.value();
}

Result<QHash<QString, CaseStore::RemovedParts>> CaseStore::removedParts(const QStringList& citizens)
{
    QHash<QString, RemovedParts> out;
    if (citizens.isEmpty())
        return out;
    Error e = BatchSql::selectIn(m_db,
                                 QStringLiteral("SELECT citizen_id, part, up_to FROM removed_parts"
                                                " WHERE citizen_id"),
                                 citizens, {}, [&](SqlRunner& s) {
                                     const QString name = s.value(1).toString();
                                     const auto part = retentionKindOf(name);
                                     const qint64 upTo = s.value(2).toLongLong();
                                     RemovedParts& parts = out[s.value(0).toString()];
                                     if (!courseOfPart(name).isEmpty())
                                         parts.insert(name, upTo);
                                     for (const QString& type :
                                          eventTypesOf(part.value_or(RetentionKind::Case)))
                                         parts.insert(type, std::max(parts.value(type, -1), upTo));
                                 });
    if (e)
        return e;
    return out;
}

// A case the server had let go (a backup from before one of its notes or parts was removed,
// restored) comes back from a laptop: the removed notes' stubs and the removed parts go into
// its feed again, so that a laptop that gets the case later shows them (and deletes what it
// may still hold of the part).
Error CaseStore::stubsOfNewCases(const QStringList& created, const QHash<QString, QString>& owner)
{
    if (created.isEmpty())
        return {};
    QList<QVariantList> rows;
    Error e =
        BatchSql::selectIn(m_db,
                           QStringLiteral("SELECT citizen_id, note_id FROM removed_notes"
                                          " WHERE citizen_id"),
                           created, {}, [&](SqlRunner& s) {
                               const QString citizen = s.value(0).toString();
                               rows << QVariantList{0, owner.value(citizen), citizen,
                                                    QStringLiteral("note-removed"), s.value(1)};
                           });
    if (!e)
        e = BatchSql::selectIn(m_db,
                               QStringLiteral("SELECT citizen_id, part, up_to FROM removed_parts"
                                              " WHERE citizen_id"),
                               created, {}, [&](SqlRunner& s) {
                                   const QString citizen = s.value(0).toString();
                                   const QString part = s.value(1).toString();
                                   if (retentionKindOf(part) || !courseOfPart(part).isEmpty())
                                       rows << QVariantList{
                                           0, owner.value(citizen), citizen,
                                           QStringLiteral("part-removed"),
                                           partFeedId(part, s.value(2).toLongLong())};
                               });
    if (e || rows.isEmpty())
        return e;
    auto first = allocate(int(rows.size()));
    if (!first.ok())
        return first.error();
    qint64 seq = first.value();
    for (QVariantList& row : rows)
        row[0] = seq++;
    return BatchSql::insertRows(m_db, QStringLiteral("feed"), BatchSql::feedColumns(), rows);
}

} // namespace fortrolig::server
