#include "store/CaseFacts.h"

#include "app/journal/EventRules.h"
#include "app/journal/Events.h"
#include "keys/ServerKey.h"
#include "store/BatchSql.h"
#include "store/ServerDatabase.h"
#include "store/StoredEvent.h"

namespace fortrolig::server {

namespace {

QByteArray holdContext(const QString& citizenId)
{
    return QByteArrayLiteral("hold:") + citizenId.toLatin1();
}

QVariant dateOrNull(const QString& iso)
{
    return iso.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(iso);
}

} // namespace

void CaseFacts::collect(const Event& event)
{
    const auto kind = kindOf(event.type);
    if (!kind)
        return;
    switch (*kind) {
    case EventKind::CourseAdded: {
        const auto p = CourseAddedPayload::read(event.payload);
        m_added << QVariantList{StoredEvent::objectId(m_sealer, p.courseId),
                                event.subject,
                                p.municipality,
                                p.startDate,
                                dateOrNull(p.plannedEnd),
                                QVariant(QMetaType(QMetaType::QString))};
        break;
    }
    case EventKind::CourseEnded: {
        const auto p = CourseEndedPayload::read(event.payload);
        m_ended << qMakePair(StoredEvent::objectId(m_sealer, p.courseId), p.endDate);
        break;
    }
    case EventKind::CaseHeld: {
        const auto p = CaseHeldPayload::read(event.payload);
        if (!m_holds.contains(event.subject))
            m_holdOrder << event.subject;
        m_holds.insert(event.subject, RetentionHold{event.subject, p.reason, event.author,
                                                    QDate::fromString(p.until, Qt::ISODate)});
        break;
    }
    case EventKind::CaseReleased:
        if (!m_holds.contains(event.subject))
            m_holdOrder << event.subject;
        m_holds.insert(event.subject, std::nullopt);
        break;
    case EventKind::RequestReceived: {
        const auto p = RequestReceivedPayload::read(event.payload);
        const QVariant none(QMetaType(QMetaType::QString));
        m_requests << QVariantList{StoredEvent::objectId(m_sealer, p.requestId),
                                   event.subject,
                                   p.kind,
                                   p.receivedAt,
                                   none,
                                   none,
                                   none};
        break;
    }
    case EventKind::RequestStep: {
        const auto p = RequestStepPayload::read(event.payload);
        const QString id = StoredEvent::objectId(m_sealer, p.requestId);
        if (p.step == QStringLiteral("forwarded"))
            m_steps << QVariantList{id, QStringLiteral("forwarded_at"), p.at};
        else if (p.step == QStringLiteral("extended"))
            m_steps << QVariantList{id, QStringLiteral("extended_to"), p.answerBy};
        else if (p.step == QStringLiteral("answered"))
            m_steps << QVariantList{id, QStringLiteral("answered_on"), p.at};
        break;
    }
    case EventKind::CaseRestricted: {
        const auto p = CaseRestrictedPayload::read(event.payload);
        m_restrictions << QVariantList{StoredEvent::objectId(m_sealer, p.restrictionId),
                                       event.subject, event.localTime,
                                       QVariant(QMetaType(QMetaType::QString))};
        break;
    }
    case EventKind::RestrictionLifted: {
        const auto p = RestrictionLiftedPayload::read(event.payload);
        m_lifts << qMakePair(StoredEvent::objectId(m_sealer, p.restrictionId), event.localTime);
        break;
    }
    case EventKind::CourseCorrected:
        collectCorrection(event);
        break;
    case EventKind::CourseHandedOver: {
        const auto p = CourseHandedOverPayload::read(event.payload);
        m_handedOver << qMakePair(StoredEvent::objectId(m_sealer, p.courseId), event.localTime);
        break;
    }
    default:
        break;
    }
}

// What retention and offboarding read of a corrected course: the municipality, the start and
// the planned end.
void CaseFacts::collectCorrection(const Event& event)
{
    const auto p = CourseCorrectedPayload::read(event.payload);
    if (p.field == QStringLiteral("municipality") || p.field == QStringLiteral("startDate") ||
        p.field == QStringLiteral("plannedEnd"))
        m_corrected << QVariantList{StoredEvent::objectId(m_sealer, p.courseId),
                                    EventRules::courseColumn(p.field), dateOrNull(p.value)};
}

Error CaseFacts::write(ServerDatabase& db, qint64 at) const
{
    Error e = BatchSql::insertRows(db, QStringLiteral("case_courses"),
                                   {QStringLiteral("course_id"), QStringLiteral("citizen_id"),
                                    QStringLiteral("municipality"), QStringLiteral("start_date"),
                                    QStringLiteral("planned_end"), QStringLiteral("actual_end")},
                                   m_added);
    SqlRunner sql(db.db(), db.mapper(), &db.cache());
    for (const auto& [course, end] : m_ended) {
        if (e)
            break;
        sql.run(QStringLiteral("UPDATE case_courses SET actual_end = ? WHERE course_id = ?"),
                {end, course});
        e = sql.error();
    }
    for (const QVariantList& c : m_corrected) {
        if (e)
            break;
        // The column is one of courseColumn's, never the payload's text.
        sql.run(QStringLiteral("UPDATE case_courses SET ") + c.at(1).toString() +
                    QStringLiteral(" = ? WHERE course_id = ?"),
                {c.at(2), c.at(0)});
        e = sql.error();
    }
    for (const auto& [course, when] : m_handedOver) {
        if (e)
            break;
        sql.run(QStringLiteral("UPDATE case_courses SET handed_over_at = ? WHERE course_id = ?"),
                {when, course});
        e = sql.error();
    }
    if (!e)
        e = BatchSql::insertRows(db, QStringLiteral("case_requests"),
                                 {QStringLiteral("request_id"), QStringLiteral("citizen_id"),
                                  QStringLiteral("kind"), QStringLiteral("received_at"),
                                  QStringLiteral("forwarded_at"), QStringLiteral("extended_to"),
                                  QStringLiteral("answered_on")},
                                 m_requests);
    for (const QVariantList& step : m_steps) {
        if (e)
            break;
        // The column is one of three names written above, never from the event.
        sql.run(QStringLiteral("UPDATE case_requests SET ") + step.at(1).toString() +
                    QStringLiteral(" = ? WHERE request_id = ?"),
                {step.at(2), step.at(0)});
        e = sql.error();
    }
    if (!e)
        e = BatchSql::insertRows(db, QStringLiteral("case_restrictions"),
                                 {QStringLiteral("restriction_id"), QStringLiteral("citizen_id"),
                                  QStringLiteral("set_at"), QStringLiteral("lifted_at")},
                                 m_restrictions);
    for (const auto& [restriction, liftedAt] : m_lifts) {
        if (e)
            break;
        sql.run(QStringLiteral("UPDATE case_restrictions SET lifted_at = ?"
                               " WHERE restriction_id = ?"),
                {liftedAt, restriction});
        e = sql.error();
    }
    for (const QString& citizen : m_holdOrder) {
        if (e)
            break;
        // A consultant's hold or release does not touch the administrator's hold.
        const QString by = sql.single(QStringLiteral("SELECT held_by FROM case_holds"
                                                     " WHERE citizen_id = ?"),
                                      {citizen})
                               .toString();
        e = sql.error();
        if (e || by.startsWith(QLatin1String("admin:")))
            continue;
        const std::optional<RetentionHold>& h = m_holds.value(citizen);
        e = h ? writeHold(db, m_sealer, *h, at) : removeHold(db, citizen);
    }
    return e;
}

Error CaseFacts::writeHold(ServerDatabase& db, const Sealer& sealer, const RetentionHold& hold,
                           qint64 at)
{
    if (Error e = removeHold(db, hold.citizenId))
        return e;
    SqlRunner sql(db.db(), db.mapper(), &db.cache());
    sql.run(QStringLiteral("INSERT INTO case_holds (citizen_id, reason, held_by, until_date,"
                           " held_at) VALUES (?, ?, ?, ?, ?)"),
            {hold.citizenId, sealer.seal(hold.reason.toUtf8(), holdContext(hold.citizenId)),
             hold.heldBy, dateOrNull(hold.until.toString(Qt::ISODate)), at});
    return sql.error();
}

Error CaseFacts::removeHold(ServerDatabase& db, const QString& citizenId)
{
    SqlRunner sql(db.db(), db.mapper(), &db.cache());
    sql.run(QStringLiteral("DELETE FROM case_holds WHERE citizen_id = ?"), {citizenId});
    return sql.error();
}

Result<RetentionRules> CaseFacts::rules(ServerDatabase& db)
{
    SqlRunner sql(db.db(), db.mapper(), &db.cache());
    RetentionRules out;
    sql.run(QStringLiteral("SELECT municipality, kind, months FROM retention_rules"
                           " ORDER BY municipality, kind"));
    while (sql.next()) {
        const auto kind = retentionKindOf(sql.value(1).toString());
        if (kind)
            out.set(RetentionRule{sql.value(0).toString(), *kind, sql.value(2).toInt()});
    }
    if (sql.error())
        return sql.error();
    return out;
}

Result<QList<RetentionHold>> CaseFacts::holdsOf(ServerDatabase& db, const Sealer& sealer,
                                                const QString& consultant)
{
    QStringList held;
    SqlRunner sql(db.db(), db.mapper(), &db.cache());
    sql.run(QStringLiteral("SELECT h.citizen_id FROM case_holds h JOIN cases c"
                           " ON c.citizen_id = h.citizen_id WHERE c.consultant = ?"),
            {consultant});
    while (sql.next())
        held << sql.value(0).toString();
    if (sql.error())
        return sql.error();
    if (held.isEmpty())
        return QList<RetentionHold>();
    return holds(db, sealer, held);
}

Result<QList<RetentionHold>> CaseFacts::holds(ServerDatabase& db, const Sealer& sealer,
                                              const QStringList& citizens)
{
    QList<RetentionHold> out;
    const auto row = [&](SqlRunner& s) {
        RetentionHold h;
        h.citizenId = s.value(0).toString();
        auto reason = sealer.open(s.value(1).toByteArray(), holdContext(h.citizenId));
        h.reason = reason.ok() ? QString::fromUtf8(reason.value()) : QString();
        h.heldBy = s.value(2).toString();
        h.until = QDate::fromString(s.value(3).toString(), Qt::ISODate);
        out << h;
    };
    const QString head =
        QStringLiteral("SELECT citizen_id, reason, held_by, until_date FROM case_holds");
    if (!citizens.isEmpty()) {
        if (Error e = BatchSql::selectIn(db, head + QStringLiteral(" WHERE citizen_id"), citizens,
                                         {}, row))
            return e;
        return out;
    }
    SqlRunner sql(db.db(), db.mapper());
    sql.run(head + QStringLiteral(" ORDER BY citizen_id"));
    while (sql.next())
        row(sql);
    if (sql.error())
        return sql.error();
    return out;
}

Result<QList<CaseFacts::Request>> CaseFacts::requests(ServerDatabase& db, const QString& consultant,
                                                      bool withAnswered)
{
    SqlRunner sql(db.db(), db.mapper(), &db.cache());
    QString query = QStringLiteral(
        "SELECT r.request_id, r.citizen_id, r.kind, r.received_at, r.forwarded_at, r.extended_to,"
        " r.answered_on, c.consultant FROM case_requests r JOIN cases c"
        " ON c.citizen_id = r.citizen_id WHERE 1 = 1");
    QVariantList values;
    if (!consultant.isEmpty()) {
        query += QStringLiteral(" AND c.consultant = ?");
        values << consultant;
    }
    if (!withAnswered)
        query += QStringLiteral(" AND r.answered_on IS NULL");
    sql.run(query, values);
    QList<Request> out;
    while (sql.next()) {
        Request r;
        r.record.id = sql.value(0).toString();
        r.record.citizenId = sql.value(1).toString();
        r.record.kind = sql.value(2).toString();
        r.record.receivedAt = QDateTime::fromString(sql.value(3).toString(), Qt::ISODateWithMs);
        r.record.forwardedAt = QDateTime::fromString(sql.value(4).toString(), Qt::ISODateWithMs);
        r.record.extendedTo = QDate::fromString(sql.value(5).toString(), Qt::ISODate);
        r.record.answeredOn = QDate::fromString(sql.value(6).toString(), Qt::ISODate);
        r.consultant = sql.value(7).toString();
        out << r;
    }
    if (sql.error())
        return sql.error();
    std::stable_sort(out.begin(), out.end(), [](const Request& a, const Request& b) {
        return a.record.receivedAt < b.record.receivedAt;
    });
    return out;
}

Result<QSet<QString>> CaseFacts::restricted(ServerDatabase& db)
{
    SqlRunner sql(db.db(), db.mapper(), &db.cache());
    sql.run(QStringLiteral("SELECT DISTINCT citizen_id FROM case_restrictions"
                           " WHERE lifted_at IS NULL"));
    QSet<QString> out;
    while (sql.next())
        out << sql.value(0).toString();
    if (sql.error())
        return sql.error();
    return out;
}

} // namespace fortrolig::server
