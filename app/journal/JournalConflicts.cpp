// Journal: rectification of a citizen's fields, and the conflicts sync can bring.
#include "app/journal/Journal.h"

#include "app/core/StoredTime.h"
#include "app/domain/ContactDetails.h"
#include "app/journal/EventRules.h"
#include "app/journal/Events.h"
#include "app/privacy/AccessLog.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/SqlRunner.h"

namespace fortrolig {

Error Journal::checkVersions(const QStringList& ids, const QString& objectId, const QString& field)
{
    SqlRunner x(m_database->db());
    for (const QString& id : ids) {
        const QVariant found =
            field.isEmpty()
                ? x.single(
                      QStringLiteral("SELECT 1 FROM note_versions WHERE id = ? AND note_id = ?"),
                      {id, objectId})
                : x.single(QStringLiteral("SELECT 1 FROM field_versions WHERE id = ?"
                                          " AND object_id = ? AND field = ?"),
                           {id, objectId, field});
        if (x.error())
            return x.error();
        if (!found.isValid())
            return Error(ErrorCode::NotFound, QStringLiteral("version ") + id);
    }
    return {};
}

Result<QStringList> Journal::versionsOf(const QString& objectId, const QString& field)
{
    SqlRunner x(m_database->db());
    x.run(QStringLiteral("SELECT id FROM field_versions WHERE object_id = ? AND field = ?"
                         " AND superseded_by IS NULL ORDER BY id DESC"),
          {objectId, field});
    QStringList heads;
    while (x.next())
        heads << x.value(0).toString();
    if (x.error())
        return x.error();
    return heads;
}

Result<QStringList> Journal::replacedVersions(const QString& objectId, const QString& field,
                                              const QStringList& basedOn)
{
    if (Error e = checkVersions(basedOn, objectId, field))
        return e;
    if (!basedOn.isEmpty())
        return basedOn;
    auto heads = versionsOf(objectId, field);
    if (!heads.ok())
        return heads.error();
    // With two current values, a correction must say which it replaces (resolve first).
    if (heads->size() > 1)
        return Error(ErrorCode::InvalidInput, QStringLiteral("resolve the conflict first"));
    return heads.value();
}

Result<QString> Journal::correctCitizen(const QString& citizenId, const QString& field,
                                        const QString& value, const QStringList& basedOn)
{
    if (!EventRules::correctableCitizenFields().contains(field))
        return Error(ErrorCode::InvalidInput, QStringLiteral("field"));
    if (Error e = requireCitizen(citizenId))
        return e;
    QString stored = value.simplified();
    if (field == QStringLiteral("cpr")) {
        const auto cpr = Cpr::parse(value);
        if (!cpr)
            return Error(ErrorCode::InvalidInput, QStringLiteral("CPR number"));
        stored = cpr->digits();
    }
    const bool contact = EventRules::citizenContactFields().contains(field);
    const QString problem = contact ? ContactDetails::problem(field, stored) : QString();
    if (!problem.isEmpty())
        return Error(ErrorCode::InvalidInput, problem);
    if (stored.isEmpty() && !contact)
        return Error(ErrorCode::InvalidInput, field);
    auto replaced = replacedVersions(citizenId, field, basedOn);
    if (!replaced.ok())
        return replaced.error();
    const QStringList supersedes = replaced.value();
    // A contact field's first value replaces none; there is nothing to clear before it.
    if (supersedes.isEmpty() && (!contact || stored.isEmpty()))
        return contact ? Error(ErrorCode::InvalidInput, field)
                       : Error(ErrorCode::Damaged, QStringLiteral("no version of ") + field);
    const Event e = makeEvent(EventType::CitizenCorrected, citizenId,
                              CitizenCorrectedPayload{field, stored, supersedes}.encode());
    if (Error err = record(e, AccessLog::Action::Corrected, citizenId))
        return err;
    return e.id;
}

namespace {

// The corrected value as stored, or an error naming what is wrong with it.
Result<QString> courseValue(SqlRunner& x, const QString& courseId, const QString& field,
                            const QString& value)
{
    const QString stored = value.simplified();
    const bool date = EventRules::isCourseDateField(field);
    const bool mayClear =
        field == QStringLiteral("referralDate") || field == QStringLiteral("plannedEnd");
    if ((stored.isEmpty() && !mayClear) || stored.size() > CourseCorrectedPayload::kMaxText ||
        (date && !stored.isEmpty() && !QDate::fromString(stored, Qt::ISODate).isValid()))
        return Error(ErrorCode::InvalidInput, field);
    x.run(QStringLiteral("SELECT start_date, planned_end, actual_end FROM courses WHERE id = ?"),
          {courseId});
    if (!x.next())
        return x.error() ? x.error() : Error(ErrorCode::NotFound, QStringLiteral("course"));
    const QString start = field == QStringLiteral("startDate") ? stored : x.value(0).toString();
    const QString planned = field == QStringLiteral("plannedEnd") ? stored : x.value(1).toString();
    const QString ended = x.value(2).toString();
    x.finish();
    // ISO days compare as text.
    if ((!planned.isEmpty() && planned < start) || (!ended.isEmpty() && ended < start))
        return Error(ErrorCode::InvalidInput,
                     field + QStringLiteral(": the course would end before it starts"));
    return stored;
}

// The citizen whose course it is; NotFound for a course this journal does not have.
Result<QString> citizenOfCourse(SqlRunner& x, const QString& courseId)
{
    const QString citizenId =
        x.single(QStringLiteral("SELECT citizen_id FROM courses WHERE id = ?"), {courseId})
            .toString();
    if (x.error())
        return x.error();
    if (citizenId.isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("course"));
    return citizenId;
}

} // namespace

Result<QString> Journal::correctCourse(const QString& courseId, const QString& field,
                                       const QString& value, const QStringList& basedOn)
{
    if (!EventRules::correctableCourseFields().contains(field))
        return Error(ErrorCode::InvalidInput, QStringLiteral("field"));
    SqlRunner x(m_database->db());
    auto owner = citizenOfCourse(x, courseId);
    if (!owner.ok())
        return owner.error();
    const QString citizenId = owner.value();
    auto stored = courseValue(x, courseId, field, value);
    if (!stored.ok())
        return stored.error();
    auto supersedes = replacedVersions(courseId, field, basedOn); // none at the first
    if (!supersedes.ok())
        return supersedes.error();
    const Event e = makeEvent(
        EventType::CourseCorrected, citizenId,
        CourseCorrectedPayload{courseId, field, stored.value(), supersedes.value()}.encode());
    if (Error err = record(e, AccessLog::Action::Corrected, citizenId))
        return err;
    return e.id;
}

Result<QString> Journal::endCourseReplacing(const QString& courseId, QDate end,
                                            const QStringList& supersedes)
{
    SqlRunner x(m_database->db());
    auto owner = citizenOfCourse(x, courseId);
    if (!owner.ok())
        return owner.error();
    const QString citizenId = owner.value();
    const Event e =
        makeEvent(EventType::CourseEnded, citizenId,
                  CourseEndedPayload{courseId, end.toString(Qt::ISODate), supersedes}.encode());
    if (Error err = record(e, AccessLog::Action::Corrected, citizenId))
        return err;
    return e.id;
}

Result<QList<Conflict>> Journal::conflicts(const QString& citizenId)
{
    QList<Conflict> out;
    {
        SqlRunner x(m_database->db());
        QString sql = QStringLiteral("SELECT id, citizen_id, kind, object_id, field, detected_at"
                                     " FROM conflicts");
        QVariantList values;
        if (!citizenId.isEmpty()) {
            sql += QStringLiteral(" WHERE citizen_id = ?");
            values << citizenId;
        }
        x.run(sql + QStringLiteral(" ORDER BY id"), values);
        while (x.next())
            out << Conflict{x.value(0).toLongLong(),
                            x.value(1).toString(),
                            x.value(2).toString(),
                            x.value(3).toString(),
                            x.value(4).toString(),
                            StoredTime::from(x.value(5)),
                            {}};
        if (x.error())
            return x.error();
    }
    for (Conflict& c : out) {
        SqlRunner x(m_database->db());
        if (c.kind == QStringLiteral("note"))
            x.run(QStringLiteral("SELECT v.id, v.text, v.author, v.written_at, e.pushed_by"
                                 " FROM note_versions v LEFT JOIN events e ON e.id = v.id"
                                 " WHERE v.note_id = ? AND v.superseded_by IS NULL"
                                 " ORDER BY v.id DESC"),
                  {c.objectId});
        else
            x.run(QStringLiteral("SELECT v.id, v.value, v.author, v.written_at, e.pushed_by"
                                 " FROM field_versions v LEFT JOIN events e ON e.id = v.id"
                                 " WHERE v.object_id = ? AND v.field = ?"
                                 " AND v.superseded_by IS NULL ORDER BY v.id DESC"),
                  {c.objectId, c.field});
        while (x.next()) {
            ConflictVersion v{x.value(0).toString(), x.value(1).toString(), x.value(2).toString(),
                              StoredTime::from(x.value(3)), x.value(4).toString()};
            if (v.sentBy == v.author)
                v.sentBy.clear();
            c.versions << v;
        }
        if (x.error())
            return x.error();
    }
    QStringList citizens;
    for (const Conflict& c : out) {
        if (!citizens.contains(c.citizenId))
            citizens << c.citizenId;
    }
    if (!citizens.isEmpty()) {
        if (Error e = logUse(AccessLog::Action::Viewed, citizens, QStringLiteral("sync conflict")))
            return e;
    }
    return out;
}

Result<QString> Journal::resolveConflict(qint64 conflictId, const QString& value,
                                         const QStringList& replacing)
{
    SqlRunner x(m_database->db());
    x.run(QStringLiteral("SELECT kind, object_id, field FROM conflicts WHERE id = ?"),
          {conflictId});
    if (!x.next()) {
        if (x.error())
            return x.error();
        return Error(ErrorCode::NotFound, QStringLiteral("conflict"));
    }
    const QString kind = x.value(0).toString();
    const QString objectId = x.value(1).toString();
    const QString field = x.value(2).toString();
    x.finish();
    // What the consultant saw is what is replaced: a version that arrived meanwhile stays,
    // and keeps the conflict open.
    if (kind == QStringLiteral("note")) {
        auto owner = ownerOfNote(objectId);
        if (!owner.ok())
            return owner.error();
        return correctNote(objectId, value, replacing.isEmpty() ? owner->heads : replacing);
    }
    auto heads = versionsOf(objectId, field);
    if (!heads.ok())
        return heads.error();
    if (Error e = checkVersions(replacing, objectId, field))
        return e;
    if (!replacing.isEmpty())
        heads.value() = replacing;
    if (field == QStringLiteral("end")) {
        const QDate end = QDate::fromString(value, Qt::ISODate);
        if (!end.isValid())
            return Error(ErrorCode::InvalidInput, QStringLiteral("end date"));
        return endCourseReplacing(objectId, end, heads.value());
    }
    if (EventRules::correctableCourseFields().contains(field))
        return correctCourse(objectId, field, value, heads.value());
    return correctCitizen(objectId, field, value, heads.value());
}

} // namespace fortrolig
