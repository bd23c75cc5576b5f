// A case's restriction (GDPR art. 18, and art. 21 while an objection is decided): set on the
// citizen's request or the municipality's instruction, lifted once the citizen was told
// (docs/restriction.md). The gate reads the restrictions table itself (ConsentGate).
#include "app/journal/Journal.h"

#include "app/consent/ConsentGate.h"
#include "app/core/StoredTime.h"
#include "app/journal/Events.h"
#include "app/privacy/AccessLog.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/SqlRunner.h"

#include <QSet>

namespace fortrolig {

namespace {

Error invalid(const char* field)
{
    return Error(ErrorCode::InvalidInput, QString::fromLatin1(field));
}

const QString kColumns =
    QStringLiteral("id, citizen_id, request_id, instruction, set_at, set_by, lifted_at,"
                   " lifted_by, lift_reason, told_at, told_how");

RestrictionRecord readRestriction(SqlRunner& x)
{
    RestrictionRecord r;
    r.id = x.value(0).toString();
    r.citizenId = x.value(1).toString();
    r.requestId = x.value(2).toString();
    r.instruction = x.value(3).toString();
    r.setAt = StoredTime::from(x.value(4));
    r.setBy = x.value(5).toString();
    r.liftedAt = StoredTime::from(x.value(6));
    r.liftedBy = x.value(7).toString();
    r.liftReason = x.value(8).toString();
    r.toldAt = StoredTime::from(x.value(9));
    r.toldHow = x.value(10).toString();
    return r;
}

// The changes a restricted case refuses without a reason: what it holds about the citizen.
// Not the citizen's own acts (a consent given, refused or withdrawn: art. 18(2) allows
// processing with the consent, and a citizen who signs in citizen mode must not be refused
// at the end), not a request and its steps, not the restriction itself, not retention's
// hold, and not a disclosure (the gate decides those).
bool changesData(EventKind kind)
{
    switch (kind) {
    case EventKind::CitizenCorrected:
    case EventKind::CourseAdded:
    case EventKind::CourseEnded:
    case EventKind::CourseCorrected:
    case EventKind::NoteAdded:
    case EventKind::NoteCorrected:
        return true;
    case EventKind::CitizenAdded:
    case EventKind::ConsentGiven:
    case EventKind::ConsentRefused:
    case EventKind::ConsentWithdrawn:
    case EventKind::DisclosureRecorded:
    case EventKind::CaseHeld:
    case EventKind::CaseReleased:
    case EventKind::RequestReceived:
    case EventKind::RequestStep:
    case EventKind::CaseRestricted:
    case EventKind::RestrictionLifted:
    case EventKind::CourseHandedOver: // to the controller, which a restriction never stops
        return false;
    }
    return true;
}

} // namespace

Result<QString> Journal::restrictCase(const QString& citizenId, const QString& requestId,
                                      const QString& instruction)
{
    const QString words = instruction.simplified();
    if (requestId.isEmpty() == words.isEmpty())
        return invalid("basis"); // a request or an instruction, one of the two
    if (words.size() > CitizenRequest::kMaxDescription)
        return invalid("instruction");
    if (Error e = requireCitizen(citizenId))
        return e;
    if (!requestId.isEmpty()) {
        auto r = request(requestId);
        if (!r.ok())
            return r.error();
        if (r->citizenId != citizenId)
            return Error(ErrorCode::NotFound, QStringLiteral("request"));
        if (r->kind != QStringLiteral("restriction") && r->kind != QStringLiteral("objection"))
            return invalid("request kind");
        SqlRunner x(m_database->db());
        const int inForce =
            x.single(QStringLiteral("SELECT count(*) FROM restrictions WHERE request_id = ?"
                                    " AND lifted_at IS NULL"),
                     {requestId})
                .toInt();
        if (x.error())
            return x.error();
        if (inForce > 0)
            return Error(ErrorCode::AlreadyExists, QStringLiteral("restriction"));
    }
    const CaseRestrictedPayload p{newId(), requestId, words};
    if (Error e = record(makeEvent(EventType::CaseRestricted, citizenId, p.encode()),
                         AccessLog::Action::Restricted, citizenId))
        return e;
    return p.restrictionId;
}

Error Journal::liftRestriction(const QString& restrictionId, const QString& reason,
                               const QDateTime& toldAt, const QString& toldHow)
{
    SqlRunner x(m_database->db());
    x.run(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM restrictions WHERE id = ?"),
          {restrictionId});
    if (!x.next())
        return x.error() ? x.error() : Error(ErrorCode::NotFound, QStringLiteral("restriction"));
    const RestrictionRecord r = readRestriction(x);
    x.finish();
    if (!r.inForce())
        return invalid("lifted");
    const QString why = reason.simplified();
    if (why.isEmpty() || why.size() > CitizenRequest::kMaxDescription)
        return invalid("reason");
    // Told after it was set (to the minute the consultant types) and not in the future.
    if (!toldAt.isValid() || toldAt.toSecsSinceEpoch() / 60 < r.setAt.toSecsSinceEpoch() / 60 ||
        inFuture(toldAt))
        return invalid("toldAt");
    if (!CitizenRequest::channels().contains(toldHow))
        return invalid("toldHow");
    const RestrictionLiftedPayload p{restrictionId, why, StoredTime::localText(toldAt), toldHow};
    return record(makeEvent(EventType::RestrictionLifted, r.citizenId, p.encode()),
                  AccessLog::Action::Unrestricted, r.citizenId);
}

Result<QList<RestrictionRecord>> Journal::restrictions(const QString& citizenId)
{
    SqlRunner x(m_database->db());
    x.run(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM restrictions WHERE citizen_id = ?"),
          {citizenId});
    QList<RestrictionRecord> out;
    while (x.next())
        out << readRestriction(x);
    if (x.error())
        return x.error();
    std::stable_sort(
        out.begin(), out.end(),
        [](const RestrictionRecord& a, const RestrictionRecord& b) { return a.setAt > b.setAt; });
    return out;
}

Result<bool> Journal::isRestricted(const QString& citizenId)
{
    return ConsentGate::restricted(m_database->db(), citizenId);
}

Error Journal::giveChangeReason(const QString& citizenId, const QString& reason)
{
    const QString why = reason.simplified();
    if (why.isEmpty() || why.size() > CitizenRequest::kMaxDescription)
        return invalid("reason");
    if (!citizenId.isEmpty())
        if (Error e = requireCitizen(citizenId))
            return e;
    m_changeReasons.insert(citizenId, why);
    return {};
}

Result<QString> Journal::changeReason(const Event& event)
{
    const std::optional<EventKind> kind = kindOf(event.type);
    if (kind && !changesData(*kind))
        return QString();
    auto restricted = isRestricted(event.subject);
    if (!restricted.ok())
        return restricted.error();
    if (!restricted.value())
        return QString();
    const QString reason = m_changeReasons.value(event.subject, m_changeReasons.value(QString()));
    if (reason.isEmpty())
        return Error(ErrorCode::NotAllowed, QStringLiteral("restricted"));
    return reason;
}

Error Journal::markRestricted(QList<CaseloadRow>& rows)
{
    SqlRunner x(m_database->db());
    x.run(QStringLiteral("SELECT DISTINCT citizen_id FROM restrictions WHERE lifted_at IS NULL"));
    QSet<QString> restricted;
    while (x.next())
        restricted << x.value(0).toString();
    if (x.error())
        return x.error();
    for (CaseloadRow& r : rows)
        r.restricted = restricted.contains(r.citizenId);
    return {};
}

} // namespace fortrolig
