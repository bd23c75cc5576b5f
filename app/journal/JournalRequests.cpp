// The citizen's requests: received, forwarded to the municipality, extended, answered
// (docs/requests.md). Each step is an event; the deadlines come from CitizenRequest.
#include "app/journal/Journal.h"

#include "app/core/StoredTime.h"
#include "app/domain/Municipality.h"
#include "app/journal/Events.h"
#include "app/privacy/AccessLog.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/SqlRunner.h"

namespace fortrolig {

namespace {

Error invalid(const char* field)
{
    return Error(ErrorCode::InvalidInput, QString::fromLatin1(field));
}

const QString kColumns = QStringLiteral(
    "id, citizen_id, kind, channel, received_at, description, author, forwarded_at,"
    " forwarded_to, forward_channel, extended_to, decided_on, told_on, answered_on, outcome");

RequestRecord readRequest(SqlRunner& x)
{
    RequestRecord r;
    r.id = x.value(0).toString();
    r.citizenId = x.value(1).toString();
    r.kind = x.value(2).toString();
    r.channel = x.value(3).toString();
    // As written, in the writer's offset: the deadlines count from the day it was there.
    r.receivedAt = QDateTime::fromString(x.value(4).toString(), Qt::ISODateWithMs);
    r.description = x.value(5).toString();
    r.author = x.value(6).toString();
    r.forwardedAt = StoredTime::from(x.value(7));
    r.forwardedTo = x.value(8).toString();
    r.forwardChannel = x.value(9).toString();
    r.extendedTo = StoredTime::day(x.value(10));
    r.decidedOn = StoredTime::day(x.value(11));
    r.toldOn = StoredTime::day(x.value(12));
    r.answeredOn = StoredTime::day(x.value(13));
    r.outcome = x.value(14).toString();
    return r;
}

} // namespace

Result<QString> Journal::addRequest(const RequestInput& in)
{
    if (!CitizenRequest::kinds().contains(in.kind))
        return invalid("kind");
    if (!CitizenRequest::channels().contains(in.channel))
        return invalid("channel");
    if (!in.receivedAt.isValid() || inFuture(in.receivedAt))
        return invalid("receivedAt");
    const QString description = in.description.trimmed();
    if (description.size() > CitizenRequest::kMaxDescription)
        return invalid("description");
    if (Error e = requireCitizen(in.citizenId))
        return e;
    const RequestReceivedPayload p{newId(), in.kind, in.channel,
                                   StoredTime::localText(in.receivedAt), description};
    if (Error e = record(makeEvent(EventType::RequestReceived, in.citizenId, p.encode()),
                         AccessLog::Action::RequestRecorded, in.citizenId))
        return e;
    return p.requestId;
}

Error Journal::forwardRequest(const QString& requestId, const QDateTime& at, const QString& to,
                              const QString& channel)
{
    auto r = request(requestId);
    if (!r.ok())
        return r.error();
    if (!r->open())
        return invalid("answered");
    if (!at.isValid() || at < r->receivedAt || inFuture(at))
        return invalid("at");
    if (to.trimmed().isEmpty() || to.size() > Municipality::kMaxText)
        return invalid("to");
    if (!CitizenRequest::forwardChannels().contains(channel))
        return invalid("channel");
    RequestStepPayload p;
    p.requestId = requestId;
    p.step = QStringLiteral("forwarded");
    p.at = StoredTime::localText(at);
    p.to = to.trimmed();
    p.channel = channel;
    return record(makeEvent(EventType::RequestStep, r->citizenId, p.encode()),
                  AccessLog::Action::RequestStep, r->citizenId);
}

Error Journal::extendRequest(const QString& requestId, const QDate& answerBy,
                             const QDate& decidedOn, const QDate& toldOn)
{
    auto r = request(requestId);
    if (!r.ok())
        return r.error();
    if (!r->open())
        return invalid("answered");
    const QDate received = r->receivedAt.date();
    if (!answerBy.isValid() || answerBy <= r->answerBy() ||
        answerBy > CitizenRequest::latestExtension(r->receivedAt))
        return invalid("answerBy");
    if (!decidedOn.isValid() || decidedOn < received || decidedOn > today())
        return invalid("decidedOn");
    if (!toldOn.isValid() || toldOn < decidedOn || toldOn > today())
        return invalid("toldOn");
    RequestStepPayload p;
    p.requestId = requestId;
    p.step = QStringLiteral("extended");
    p.answerBy = answerBy.toString(Qt::ISODate);
    p.decidedOn = decidedOn.toString(Qt::ISODate);
    p.toldOn = toldOn.toString(Qt::ISODate);
    return record(makeEvent(EventType::RequestStep, r->citizenId, p.encode()),
                  AccessLog::Action::RequestStep, r->citizenId);
}

Error Journal::answerRequest(const QString& requestId, const QDate& on, const QString& outcome)
{
    auto r = request(requestId);
    if (!r.ok())
        return r.error();
    if (!r->open())
        return invalid("answered");
    if (!on.isValid() || on < r->receivedAt.date() || on > today())
        return invalid("on");
    if (outcome.trimmed().size() > CitizenRequest::kMaxDescription)
        return invalid("outcome");
    RequestStepPayload p;
    p.requestId = requestId;
    p.step = QStringLiteral("answered");
    p.at = on.toString(Qt::ISODate);
    p.outcome = outcome.trimmed();
    return record(makeEvent(EventType::RequestStep, r->citizenId, p.encode()),
                  AccessLog::Action::RequestStep, r->citizenId);
}

Result<QList<RequestRecord>> Journal::requests(const QString& citizenId)
{
    SqlRunner x(m_database->db());
    const bool one = !citizenId.isEmpty();
    x.run(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM requests") +
              (one ? QStringLiteral(" WHERE citizen_id = ?") : QString()) +
              QStringLiteral(" ORDER BY received_at, id"),
          one ? QVariantList{citizenId} : QVariantList{});
    QList<RequestRecord> out;
    while (x.next())
        out << readRequest(x);
    if (x.error())
        return x.error();
    // The stored text sorts by local time; moments in other offsets are put right here.
    std::stable_sort(out.begin(), out.end(), [](const RequestRecord& a, const RequestRecord& b) {
        return a.receivedAt < b.receivedAt;
    });
    return out;
}

Error Journal::markRequests(QList<CaseloadRow>& rows, const QDate& today)
{
    // Every redraw of the caseload: the open requests only, in no order.
    SqlRunner x(m_database->db());
    x.run(QStringLiteral("SELECT ") + kColumns +
          QStringLiteral(" FROM requests WHERE answered_on IS NULL"));
    QHash<QString, CaseloadRow*> byCitizen;
    for (CaseloadRow& r : rows)
        byCitizen.insert(r.citizenId, &r);
    while (x.next()) {
        const RequestRecord q = readRequest(x);
        CaseloadRow* row = byCitizen.value(q.citizenId);
        if (!row)
            continue;
        ++row->openRequests;
        row->requestLate = row->requestLate || q.forwardOverdue(today) || q.answerOverdue(today);
    }
    return x.error();
}

Result<RequestRecord> Journal::request(const QString& requestId)
{
    SqlRunner x(m_database->db());
    x.run(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM requests WHERE id = ?"),
          {requestId});
    if (!x.next())
        return x.error() ? x.error() : Error(ErrorCode::NotFound, QStringLiteral("request"));
    return readRequest(x);
}

} // namespace fortrolig
