// The access package (docs/access-package.md): everything the journal holds of one citizen,
// as one JSON object of a documented, versioned schema (resources/access-package/), for the
// municipality to release on the citizen's request. Read straight from the projections, so
// that nothing the case holds is left out by a screen's choice of what to show.
#include "app/journal/Journal.h"

#include "app/core/StoredTime.h"
#include "app/journal/AccessPackage.h"
#include "app/journal/PackageParts.h"
#include "app/privacy/AccessLog.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/SqlRunner.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace fortrolig {

namespace {

using namespace PackageParts;

Result<QJsonArray> documentsOf(SqlRunner& x, const QString& citizenId)
{
    QJsonArray out;
    x.run(QStringLiteral("SELECT id, consent_id, name, sha256, data FROM attachments"
                         " WHERE citizen_id = ? ORDER BY id"),
          {citizenId});
    while (x.next()) {
        const QByteArray data = x.value(4).toByteArray();
        out << QJsonObject{{QStringLiteral("id"), x.value(0).toString()},
                           {QStringLiteral("consentId"), textOrNull(x.value(1))},
                           {QStringLiteral("name"), x.value(2).toString()},
                           {QStringLiteral("sha256"), x.value(3).toString()},
                           {QStringLiteral("size"), qint64(data.size())},
                           {QStringLiteral("base64"), QString::fromLatin1(data.toBase64())}};
    }
    if (x.error())
        return x.error();
    return out;
}

QJsonArray requestsOf(const QList<RequestRecord>& requests)
{
    QJsonArray out;
    for (const RequestRecord& r : requests)
        out << QJsonObject{{QStringLiteral("id"), r.id},
                           {QStringLiteral("kind"), r.kind},
                           {QStringLiteral("channel"), r.channel},
                           {QStringLiteral("receivedAt"), moment(r.receivedAt)},
                           {QStringLiteral("description"), r.description},
                           {QStringLiteral("recordedBy"), r.author},
                           {QStringLiteral("forwardedAt"), moment(r.forwardedAt)},
                           {QStringLiteral("forwardedTo"), r.forwardedTo},
                           {QStringLiteral("answerBy"), day(r.answerBy())},
                           {QStringLiteral("answeredOn"), day(r.answeredOn)},
                           {QStringLiteral("outcome"), r.outcome}};
    return out;
}

QJsonArray restrictionsOf(const QList<RestrictionRecord>& restrictions)
{
    QJsonArray out;
    for (const RestrictionRecord& r : restrictions)
        out << QJsonObject{{QStringLiteral("id"), r.id},
                           {QStringLiteral("requestId"), r.requestId},
                           {QStringLiteral("instruction"), r.instruction},
                           {QStringLiteral("setAt"), moment(r.setAt)},
                           {QStringLiteral("setBy"), r.setBy},
                           {QStringLiteral("liftedAt"), moment(r.liftedAt)},
                           {QStringLiteral("liftReason"), r.liftReason},
                           {QStringLiteral("toldAt"), moment(r.toldAt)},
                           {QStringLiteral("toldHow"), r.toldHow}};
    return out;
}

QJsonObject retentionOf(const CaseRetention& r)
{
    QJsonArray holds, parts;
    for (const CaseHold& h : r.holds)
        holds << QJsonObject{{QStringLiteral("by"), h.heldBy},
                             {QStringLiteral("reason"), h.reason},
                             {QStringLiteral("until"), day(h.until)},
                             {QStringLiteral("restriction"), h.restriction}};
    for (const PartRetention& p : r.parts)
        parts << QJsonObject{{QStringLiteral("part"), nameOf(p.part)},
                             {QStringLiteral("months"), p.months},
                             {QStringLiteral("dueDate"), day(p.dueDate)}};
    return {{QStringLiteral("months"), r.months},
            {QStringLiteral("dueDate"), day(r.dueDate)},
            {QStringLiteral("holds"), holds},
            {QStringLiteral("parts"), parts}};
}

QJsonObject useOf(const AccessLogEntry& e, const QString& device, const QString& deviceName,
                  bool intact)
{
    return {{QStringLiteral("at"), moment(e.at)}, {QStringLiteral("consultant"), e.consultant},
            {QStringLiteral("action"), e.action}, {QStringLiteral("reason"), e.reason},
            {QStringLiteral("device"), device},   {QStringLiteral("deviceName"), deviceName},
            {QStringLiteral("intact"), intact}};
}

// This laptop's entries and, from the server, every other device's, by time.
QJsonObject accessLogOf(const QList<AccessLogEntry>& entries, const Identity& identity,
                        const ServerLogExtract& server)
{
    struct Use
    {
        QDateTime at;
        QJsonObject json;
    };
    QList<Use> uses;
    QStringList devices{identity.device};
    for (const AccessLogEntry& e : entries)
        uses << Use{e.at,
                    useOf(e, identity.device,
                          QCoreApplication::translate("fortrolig::AccessPackage", "this laptop"),
                          AccessLog::expectedHash(e) == e.hash)};
    for (const DeviceLogEntry& d : server.uses) {
        if (!devices.contains(d.device))
            devices << d.device;
        uses << Use{d.entry.at, useOf(d.entry, d.device, d.deviceName, d.intact)};
    }
    std::stable_sort(uses.begin(), uses.end(),
                     [](const Use& a, const Use& b) { return a.at < b.at; });
    QJsonArray out;
    for (const Use& u : uses)
        out << u.json;
    return {{QStringLiteral("devices"), QJsonArray::fromStringList(devices)},
            {QStringLiteral("server"), QJsonObject{{QStringLiteral("state"), server.state},
                                                   {QStringLiteral("why"), server.why}}},
            {QStringLiteral("entries"), out}};
}

} // namespace

Result<QJsonObject> Journal::accessPackage(const QString& citizenId, const QString& requestId,
                                           const ServerLogExtract& server)
{
    QString why = QStringLiteral("access package");
    QJsonValue request;
    if (!requestId.isEmpty()) {
        auto r = this->request(requestId);
        if (!r.ok())
            return r.error();
        if (r->citizenId != citizenId)
            return Error(ErrorCode::NotFound, QStringLiteral("request"));
        request = requestsOf({r.value()}).first();
        why += QLatin1Char(' ') + requestId;
    }
    // Reading the whole case for the package is a use of it, logged with why.
    auto details = citizen(citizenId, why);
    if (!details.ok())
        return details.error();
    AccessPackage::Parts parts;
    parts.madeAt = m_clock();
    parts.identity = m_identity;
    parts.request = request;
    SqlRunner x(m_database->db());
    auto identity = identityOf(x, details.value());
    auto consents = consentsOf(x, citizenId, parts.review);
    auto documents = documentsOf(x, citizenId);
    auto notes = notesOf(x, details.value(), parts.review);
    auto disclosed = disclosures(citizenId);
    auto requested = requests(citizenId);
    auto restricted = restrictions(citizenId);
    auto retention = caseRetention(citizenId);
    auto log = accessLog(citizenId);
    for (const Error& e :
         {identity.error(), consents.error(), documents.error(), notes.error(), disclosed.error(),
          requested.error(), restricted.error(), retention.error(), log.error()})
        if (e)
            return e;
    parts.citizen = identity.value();
    parts.courses = coursesOf(details.value());
    parts.notes = notes.value();
    parts.consents = consents.value();
    parts.documents = documents.value();
    parts.disclosures = disclosuresOf(disclosed.value(), parts.review);
    parts.requests = requestsOf(requested.value());
    parts.restrictions = restrictionsOf(restricted.value());
    parts.retention = retentionOf(retention.value());
    parts.accessLog = accessLogOf(log.value(), m_identity, server);
    return AccessPackage::assemble(parts);
}

} // namespace fortrolig
