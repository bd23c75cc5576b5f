// Journal: a part of a case (its consents, or its disclosure records) deleted before the rest
// of the case, when the part's own retention period ends (docs/retention.md).
#include "app/core/StoredTime.h"
#include "app/journal/Event.h"
#include "app/journal/Journal.h"
#include "app/journal/Retention.h"
#include "app/privacy/AccessLog.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/SqlRunner.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace fortrolig {

namespace {

// One event of the part: in the event log, or pulled and kept aside (pending_events, keyed by
// the event's id).
struct PartEvent
{
    QVariant key; // events.seq, or pending_events.id
    QString id;
    QString type;
    QDateTime at;   // its local_time as a moment; invalid when unreadable (then it stays)
    QString record; // the consent or disclosure it writes or changes
    bool pending = false;
};

// What of the part goes, found before anything is deleted.
struct PartRows
{
    QVariantList eventSeqs;
    QVariantList eventIds; // in the log and kept aside: their sync problems go too
    QVariantList pendingIds;
    QSet<QString> records;              // consents or disclosures whose rows go
    QSet<QString> kept;                 // consents that stay (written after the moment)
    QHash<QString, QString> scanHashOf; // consent -> the SHA-256 a paper scan of it has
    int events() const { return int(eventSeqs.size() + pendingIds.size()); }
    bool any() const { return events() > 0 || !records.isEmpty(); }
};

// Offsets differ between the devices that wrote the events: compared as moments, not as text.
bool upToMoment(const QDateTime& at, const QDateTime& upTo)
{
    return at.isValid() && at <= upTo;
}

QString recordOf(const QJsonObject& payload, RetentionKind part)
{
    return payload
        .value(part == RetentionKind::Consents ? QStringLiteral("consentId")
                                               : QStringLiteral("disclosureId"))
        .toString();
}

QVariantList listOf(const QSet<QString>& ids)
{
    QVariantList out;
    for (const QString& id : ids)
        out << id;
    return out;
}

Error readEvents(SqlRunner& x, const QString& citizenId, RetentionKind part, QList<PartEvent>& out)
{
    const QStringList types = eventTypesOf(part);
    QVariantList values{citizenId};
    for (const QString& t : types)
        values << t;
    x.run(QStringLiteral("SELECT seq, id, type, local_time, payload FROM events"
                         " WHERE subject = ? AND type IN (%1)")
              .arg(QStringList(types.size(), QStringLiteral("?")).join(QLatin1Char(','))),
          values);
    while (x.next()) {
        const QJsonObject payload =
            QJsonDocument::fromJson(x.value(4).toString().toUtf8()).object();
        out << PartEvent{x.value(0),
                         x.value(1).toString(),
                         x.value(2).toString(),
                         StoredTime::from(x.value(3)),
                         recordOf(payload, part),
                         false};
    }
    x.run(QStringLiteral("SELECT id, json FROM pending_events WHERE citizen_id = ?"), {citizenId});
    while (x.next()) {
        const Event e =
            Event::fromJson(QJsonDocument::fromJson(x.value(1).toString().toUtf8()).object());
        if (types.contains(e.type))
            out << PartEvent{x.value(0),
                             x.value(0).toString(),
                             e.type,
                             StoredTime::from(e.localTime),
                             recordOf(e.payload, part),
                             true};
    }
    return x.error();
}

// The records the projection holds (a consent's row and a disclosure's carry their event's
// time), and the hashes of the consents' paper scans.
Error readRecords(SqlRunner& x, const QString& citizenId, RetentionKind part, const QDateTime& upTo,
                  PartRows& rows)
{
    const bool consents = part == RetentionKind::Consents;
    x.run(consents ? QStringLiteral("SELECT id, signed_at, text_hash FROM consents"
                                    " WHERE citizen_id = ?")
                   : QStringLiteral("SELECT id, at, '' FROM disclosures WHERE citizen_id = ?"),
          {citizenId});
    while (x.next()) {
        const QString id = x.value(0).toString();
        (upToMoment(StoredTime::from(x.value(1)), upTo) ? rows.records : rows.kept).insert(id);
        rows.scanHashOf.insert(id, x.value(2).toString());
    }
    return x.error();
}

void take(const PartEvent& e, PartRows& rows)
{
    (e.pending ? rows.pendingIds : rows.eventSeqs) << e.key;
    rows.eventIds << e.id;
}

// What writes a record goes when written up to the moment. A withdrawal goes with its consent
// (even when written later), and never without it: a consent that stays keeps its
// withdrawals, or replaying the events would give it back as given.
void choose(const QList<PartEvent>& events, const QDateTime& upTo, PartRows& rows)
{
    for (const PartEvent& e : events) {
        if (e.type == EventType::ConsentWithdrawn)
            continue;
        if (upToMoment(e.at, upTo)) {
            take(e, rows);
            rows.records.insert(e.record);
        } else {
            rows.kept.insert(e.record);
        }
    }
    for (const PartEvent& e : events) {
        if (e.type != EventType::ConsentWithdrawn)
            continue;
        if (rows.records.contains(e.record) ||
            (upToMoment(e.at, upTo) && !rows.kept.contains(e.record)))
            take(e, rows);
    }
}

Error deleteRows(SqlRunner& x, const QString& citizenId, RetentionKind part, const PartRows& rows)
{
    const QVariantList records = listOf(rows.records);
    const QVariantList citizen{citizenId};
    if (part == RetentionKind::Consents) {
        x.runIn(
            QStringLiteral("DELETE FROM consent_grants WHERE consent_id IN"
                           " (SELECT id FROM consents WHERE citizen_id = ?) AND consent_id IN "),
            citizen, records);
        x.runIn(QStringLiteral("DELETE FROM attachments WHERE citizen_id = ? AND consent_id IN "),
                citizen, records);
        x.runIn(QStringLiteral("DELETE FROM consents WHERE citizen_id = ? AND id IN "), citizen,
                records);
    } else {
        x.runIn(QStringLiteral("DELETE FROM disclosures WHERE citizen_id = ? AND id IN "), citizen,
                records);
    }
    x.runIn(QStringLiteral("DELETE FROM outbox WHERE event_seq IN "), {}, rows.eventSeqs);
    x.runIn(QStringLiteral("DELETE FROM events WHERE seq IN "), {}, rows.eventSeqs);
    x.runIn(QStringLiteral("DELETE FROM pending_events WHERE id IN "), {}, rows.pendingIds);
    // Refused ones ('rejected') and pulled ones that could not be applied ('not-applied').
    x.runIn(QStringLiteral("DELETE FROM sync_problems WHERE citizen_id = ? AND event_id IN "),
            citizen, rows.eventIds);
    return x.error();
}

// The paper scans kept with the sync problems when the case moved away ('scan-kept'): those
// kept up to the moment (their consents were written before), and those of consents that go.
Result<int> deleteKeptScans(SqlRunner& x, const QString& citizenId, const PartRows& rows,
                            const QDateTime& upTo)
{
    QSet<QString> hashes;
    for (const QString& id : rows.records)
        if (!rows.scanHashOf.value(id).isEmpty())
            hashes.insert(rows.scanHashOf.value(id));
    QVariantList ids;
    x.run(QStringLiteral("SELECT id, at, data FROM sync_problems WHERE citizen_id = ?"
                         " AND kind = 'scan-kept'"),
          {citizenId});
    while (x.next()) {
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(x.value(2).toByteArray(), QCryptographicHash::Sha256).toHex());
        if (upToMoment(StoredTime::from(x.value(1)), upTo) || hashes.contains(hash))
            ids << x.value(0);
    }
    x.runIn(QStringLiteral("DELETE FROM sync_problems WHERE id IN "), {}, ids);
    if (x.error())
        return x.error();
    return int(ids.size());
}

Error findPart(SqlRunner& x, const QString& citizenId, RetentionKind part, const QDateTime& upTo,
               PartRows& rows)
{
    if (!caseParts().contains(part) || !upTo.isValid())
        return Error(ErrorCode::InvalidInput, QStringLiteral("part and moment"));
    QList<PartEvent> events;
    if (Error e = readEvents(x, citizenId, part, events))
        return e;
    if (Error e = readRecords(x, citizenId, part, upTo, rows))
        return e;
    choose(events, upTo, rows);
    return {};
}

} // namespace

QString Journal::partDeletionReason(const PartDeletion& d)
{
    return QStringLiteral("retention; part %1; rule %2 months; municipality %3; due %4")
        .arg(nameOf(d.part))
        .arg(d.months)
        .arg(d.municipality,
             d.dueDate.isValid() ? d.dueDate.toString(Qt::ISODate) : QStringLiteral("none"));
}

Result<int> Journal::erasePart(const QString& citizenId, RetentionKind part, const QDateTime& upTo)
{
    auto facts = retentionFacts(citizenId);
    if (!facts.ok())
        return facts.error();
    if (!facts->contains(citizenId))
        return Error(ErrorCode::NotFound, QStringLiteral("citizen"));
    // The rule as this journal knows it (the server's, received with the last sync), and the
    // moment the server gave.
    const CaseRetentionFacts f = facts->value(citizenId);
    const RetentionRules rules = retentionRules();
    const PartDeletion d{citizenId, part, f.municipality, rules.months(f.municipality, part),
                         f.dueDate(rules, part)};
    return erasePartFor(citizenId, part, upTo,
                        partDeletionReason(d) + QStringLiteral("; up to ") +
                            upTo.toUTC().toString(Qt::ISODateWithMs));
}

Result<int> Journal::partEventsUpTo(const QString& citizenId, RetentionKind part,
                                    const QDateTime& upTo)
{
    SqlRunner x(m_database->db());
    PartRows rows;
    if (Error e = findPart(x, citizenId, part, upTo, rows))
        return e;
    return rows.events();
}

Result<int> Journal::erasePartFor(const QString& citizenId, RetentionKind part,
                                  const QDateTime& upTo, const QString& reason)
{
    QSqlDatabase db = m_database->db();
    SqlRunner x(db);
    PartRows rows;
    if (Error e = findPart(x, citizenId, part, upTo, rows))
        return e;
    if (Error e = deleteRows(x, citizenId, part, rows))
        return e;
    int scans = 0;
    if (part == RetentionKind::Consents) {
        auto kept = deleteKeptScans(x, citizenId, rows, upTo);
        if (!kept.ok())
            return kept.error();
        scans = kept.value();
    }
    if (!rows.any() && scans == 0)
        return 0; // nothing here (again, or never): nothing logged
    m_erased = true;
    // By the case's pseudonymous id; the entries about the part's events hold no text of them
    // (recording a consent or a disclosure logs an empty reason).
    if (Error e = AccessLog::append(db, now(), m_identity.consultant,
                                    AccessLog::Action::PartDeleted, citizenId, reason))
        return e;
    return rows.events();
}

} // namespace fortrolig
