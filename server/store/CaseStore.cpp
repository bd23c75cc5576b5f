#include "store/CaseStore.h"

#include "app/journal/EventRules.h"
#include "app/journal/EventStore.h"
#include "keys/ServerKey.h"
#include "store/BatchSql.h"
#include "store/CaseFacts.h"
#include "store/CaseKeys.h"
#include "store/ServerDatabase.h"
#include "store/StoredEvent.h"

#include <QHash>
#include <QSet>

namespace fortrolig::server {

using BatchSql::insertRows;
using BatchSql::selectIn;
using protocol::PushResult;
using Status = protocol::PushResult::Status;

namespace {

// How long after a case moved its former consultant's offline work is still accepted.
constexpr qint64 kFormerHolderGraceMs = 30LL * 24 * 3600 * 1000;
// A page of changes stops growing past this many bytes of payload (and always has one item).
constexpr qint64 kPageBytes = 4 * 1024 * 1024;

QString objectKey(const QString& kind, const QString& id)
{
    return kind + QLatin1Char('|') + id;
}

struct ObjectRow
{
    QString citizen;
    QString parent;
};

} // namespace

CaseStore::CaseStore(ServerDatabase& db, const Sealer& sealer, CaseKeys& keys, Clock clock)
    : m_db(db), m_sealer(sealer), m_keys(keys), m_clock(std::move(clock))
{
}

Result<QString> CaseStore::epoch()
{
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    const QString e =
        sql.single(QStringLiteral("SELECT value FROM server_meta WHERE key = 'epoch'")).toString();
    if (sql.error())
        return sql.error();
    if (e.isEmpty())
        return Error(ErrorCode::Damaged, QStringLiteral("no epoch"));
    return e;
}

Result<QString> CaseStore::newEpoch()
{
    Transaction tx(m_db);
    if (tx.error())
        return tx.error();
    const QString fresh = newId();
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    sql.run(QStringLiteral("UPDATE server_meta SET value = ? WHERE key = 'epoch'"), {fresh});
    if (sql.error())
        return sql.error();
    if (Error e = tx.commit())
        return e;
    return fresh;
}

Result<QString> CaseStore::newEpochUnlessRecent(qint64 withinMs)
{
    Transaction tx(m_db);
    if (tx.error())
        return tx.error();
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    const qint64 now = m_clock();
    const QVariant last =
        sql.single(QStringLiteral("SELECT value FROM server_meta WHERE key = 'auto_epoch_at'"));
    QString current =
        sql.single(QStringLiteral("SELECT value FROM server_meta WHERE key = 'epoch'")).toString();
    if (sql.error())
        return sql.error();
    if (last.isValid() && now - last.toString().toLongLong() < withinMs)
        return current;
    current = newId();
    sql.run(QStringLiteral("UPDATE server_meta SET value = ? WHERE key = 'epoch'"), {current});
    sql.run(QStringLiteral("DELETE FROM server_meta WHERE key = 'auto_epoch_at'"));
    sql.run(QStringLiteral("INSERT INTO server_meta (key, value) VALUES ('auto_epoch_at', ?)"),
            {QString::number(now)});
    if (sql.error())
        return sql.error();
    if (Error e = tx.commit())
        return e;
    return current;
}

Result<qint64> CaseStore::lastSeq()
{
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    const QVariant v = sql.single(QStringLiteral("SELECT value FROM counters WHERE name = 'seq'"));
    if (sql.error())
        return sql.error();
    return v.toLongLong();
}

Result<qint64> CaseStore::allocate(int count)
{
    // The row stays locked until commit (PostgreSQL); on SQLite the whole database is.
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    sql.run(QStringLiteral("UPDATE counters SET value = value + ? WHERE name = 'seq'"), {count});
    const QVariant last =
        sql.single(QStringLiteral("SELECT value FROM counters WHERE name = 'seq'"));
    if (sql.error())
        return sql.error();
    return last.toLongLong() - count + 1;
}

namespace {

// What the server holds under an event id.
struct Existing
{
    QString hash;
    qint64 seq = 0;
    QString citizen;
    QString pushedBy;
};

// One pushed batch: its events' shapes and what the server holds of everything they touch
// (read once for the whole batch), then the rows its accepted events add.
struct PushBatch
{
    PushBatch(const Sealer& s, CaseKeys& k) : sealer(s), keys(k), facts(s) {}

    // Objects are looked up and stored by the keyed hash of their id (StoredEvent::objectId).
    QString storedId(const QString& id)
    {
        auto it = storedIds.constFind(id);
        if (it == storedIds.cend())
            it = storedIds.insert(id, StoredEvent::objectId(sealer, id));
        return *it;
    }
    // The citizen's case is `who`'s, or was until recently (kFormerHolderGraceMs).
    bool heldBy(const Principal& who, const QString& citizen) const
    {
        return owner.value(citizen) == who.username || heldBefore.contains(citizen);
    }

    const Sealer& sealer;
    CaseKeys& keys;
    QStringList ids, citizens, refIds, newCases;
    QHash<QString, QString> storedIds;
    QList<Result<EventRules::Shape>> shapes; // one per event
    QHash<QString, Existing> existing;       // id -> what the server holds under it
    QHash<QString, QString> owner;           // citizen -> consultant
    QSet<QString> heldBefore, tombstoned;
    QHash<QString, CaseStore::RemovedParts> removedParts; // citizen -> its removed parts
    QHash<QString, ObjectRow> objects;                    // kind|stored id -> row
    QList<QVariantList> eventRows, objectRows, feedRows, caseRows, holderRows;
    CaseFacts facts; // courses and holds, for retention
};

// The events' ids, citizens and shapes, and the stored ids of every object they touch.
void shapeEvents(const QList<Event>& events, PushBatch& b)
{
    for (const Event& e : events) {
        b.ids << e.id;
        if (!b.citizens.contains(e.subject))
            b.citizens << e.subject;
        b.shapes << EventRules::shapeOf(e);
        if (b.shapes.last().ok()) {
            for (const EventRules::ObjectRef& r : b.shapes.last()->needs)
                b.refIds << b.storedId(r.id);
            for (const EventRules::ObjectRef& c : b.shapes.last()->creates)
                b.refIds << b.storedId(c.id); // an id that exists already must not be taken over
        }
    }
}

// What the server holds of the batch's events, cases and objects.
Error readHeld(ServerDatabase& db, const Principal& who, const CaseStore::Clock& clock,
               PushBatch& b)
{
    Error e = selectIn(
        db,
        QStringLiteral("SELECT id, content_hash, seq, citizen_id, pushed_by FROM events WHERE id"),
        b.ids, {}, [&](SqlRunner& s) {
            b.existing.insert(s.value(0).toString(),
                              Existing{s.value(1).toString(), s.value(2).toLongLong(),
                                       s.value(3).toString(), s.value(4).toString()});
        });
    if (!e)
        e = selectIn(
            db, QStringLiteral("SELECT citizen_id, consultant FROM cases WHERE citizen_id"),
            b.citizens, {},
            [&](SqlRunner& s) { b.owner.insert(s.value(0).toString(), s.value(1).toString()); });
    // A former holder's offline work still reaches the case for a while after it moved (the
    // laptop may not have heard of the move yet); after that, a former holder is a stranger.
    if (!e)
        e = selectIn(db,
                     QStringLiteral("SELECT citizen_id FROM case_holders WHERE consultant = ?"
                                    " AND (held_until IS NULL OR held_until > ?) AND citizen_id"),
                     b.citizens, {who.username, clock() - kFormerHolderGraceMs},
                     [&](SqlRunner& s) { b.heldBefore.insert(s.value(0).toString()); });
    if (!e)
        e = selectIn(db, QStringLiteral("SELECT citizen_id FROM tombstones WHERE citizen_id"),
                     b.citizens, {},
                     [&](SqlRunner& s) { b.tombstoned.insert(s.value(0).toString()); });
    // A case whose key was destroyed is purged, even where a restored database lacks its
    // tombstone.
    if (!e)
        e = b.keys.load(b.citizens);
    for (const QString& c : b.citizens) {
        if (b.keys.isDestroyed(c))
            b.tombstoned.insert(c);
    }
    if (!e && !b.refIds.isEmpty())
        e = selectIn(db,
                     QStringLiteral("SELECT id, kind, citizen_id, parent FROM objects WHERE id"),
                     b.refIds, {}, [&](SqlRunner& s) {
                         b.objects.insert(objectKey(s.value(1).toString(), s.value(0).toString()),
                                          ObjectRow{s.value(2).toString(), s.value(3).toString()});
                     });
    return e;
}

// The answer to an event whose id the server holds already.
PushResult resent(const Principal& who, const Event& ev, const QString& hash, const PushBatch& b)
{
    PushResult r{ev.id, Status::Rejected, 0, {}};
    const Existing old = b.existing.value(ev.id);
    // Whether an id is taken, and by what, is only told to whoever sent it or holds
    // its case: to anyone else it is a case that is not theirs.
    const bool theirs =
        old.pushedBy == who.username || (old.citizen == ev.subject && b.heldBy(who, ev.subject));
    if (!theirs) {
        r.reason = protocol::RejectReason::NotYourCase;
    } else if (old.hash == hash) {
        r.status = Status::Duplicate;
        r.seq = old.seq;
    } else {
        r.reason = protocol::RejectReason::ConflictingDuplicate;
    }
    return r;
}

// Why the objects a new event needs or creates refuse it; empty when they do not.
QString referenceRejection(const Event& ev, const EventRules::Shape& shape, PushBatch& b)
{
    bool referencesOk = true;
    // A case whose consents were deleted by their own rule keeps its disclosure records: one
    // sent again (the case coming back after a restore) names a consent that is gone.
    const bool consentsGone = b.removedParts.value(ev.subject).contains(EventType::ConsentGiven);
    for (const EventRules::ObjectRef& ref : shape.needs) {
        if (consentsGone && ref.kind == QStringLiteral("consent"))
            continue;
        const auto it = b.objects.constFind(objectKey(ref.kind, b.storedId(ref.id)));
        if (it == b.objects.cend() || it->citizen != ev.subject ||
            (!ref.parent.isEmpty() && it->parent != ref.parent))
            referencesOk = false;
    }
    bool createsClash = false;
    bool clashElsewhere = false; // an id taken in another case: not told either
    for (const EventRules::ObjectRef& c : shape.creates) {
        const auto it = b.objects.constFind(objectKey(c.kind, b.storedId(c.id)));
        if (it != b.objects.cend()) {
            createsClash = true;
            clashElsewhere = clashElsewhere || it->citizen != ev.subject;
        }
    }
    if (referencesOk && clashElsewhere)
        return protocol::RejectReason::NotYourCase;
    if (!referencesOk || createsClash)
        return referencesOk ? protocol::RejectReason::ConflictingDuplicate
                            : protocol::RejectReason::UnknownReference;
    return {};
}

// Why a new event is refused; empty when it is accepted.
QString rejection(const Principal& who, const Event& ev, const Result<EventRules::Shape>& shape,
                  PushBatch& b)
{
    if (!shape.ok())
        return shape.error().code == ErrorCode::NotFound ? protocol::RejectReason::UnknownType
                                                         : protocol::RejectReason::Malformed;
    if (b.tombstoned.contains(ev.subject))
        return protocol::RejectReason::Purged;
    if (const auto it = b.removedParts.constFind(ev.subject); it != b.removedParts.cend()) {
        // A consent or disclosure record of a part of the case that has been deleted (its
        // period ended) does not come back from a device that had not heard of it.
        if (CaseStore::partRemoved(*it, ev.type, ev.localTime))
            return protocol::RejectReason::Purged;
        // Nor does a course cut out of the case (its municipality's contract ended), or what
        // was written for it.
        for (const auto* refs : {&shape->needs, &shape->creates})
            for (const EventRules::ObjectRef& r : *refs)
                if (r.kind == QStringLiteral("course") && it->contains(coursePartName(r.id)))
                    return protocol::RejectReason::Purged;
    }
    // Whether a case id exists is not told to anyone who does not hold it: a case that
    // is not theirs and a case nobody has get the same answer.
    const bool caseExists = b.owner.contains(ev.subject);
    const bool holdsCase = caseExists && b.heldBy(who, ev.subject);
    if (shape->createsCitizen) {
        if (caseExists)
            return holdsCase ? protocol::RejectReason::ConflictingDuplicate
                             : protocol::RejectReason::NotYourCase;
    } else if (!holdsCase) {
        // A former holder's offline work still reaches the case; a stranger's does not.
        return protocol::RejectReason::NotYourCase;
    }
    return referenceRejection(ev, shape.value(), b);
}

// The rows an accepted event adds, under sequence number `seq`.
void accept(const Principal& who, const Event& ev, const EventRules::Shape& shape,
            const QByteArray& json, const QString& hash, qint64 now, qint64 seq, PushBatch& b)
{
    if (shape.createsCitizen) {
        b.owner.insert(ev.subject, who.username);
        b.heldBefore.insert(ev.subject);
        b.caseRows << QVariantList{ev.subject, who.username, now, now};
        b.holderRows << QVariantList{ev.subject, who.username};
        b.newCases << ev.subject;
    }
    for (const EventRules::ObjectRef& c : shape.creates) {
        const QString id = b.storedId(c.id);
        b.objects.insert(objectKey(c.kind, id), ObjectRow{ev.subject, c.parent});
        b.objectRows << QVariantList{id, c.kind, ev.subject, c.parent};
    }
    // The payload as it is, until sealed under its case's key (sealAccepted).
    b.eventRows << QVariantList{seq,       ev.id,        ev.subject,       ev.type, ev.author,
                                ev.device, ev.localTime, ev.schemaVersion, json,    hash,
                                now,       who.deviceId, who.username};
    b.feedRows << QVariantList{seq, b.owner.value(ev.subject), ev.subject, QStringLiteral("event"),
                               ev.id};
    b.existing.insert(ev.id, Existing{hash, seq, ev.subject, who.username});
    b.facts.collect(ev);
}

// Each accepted event's payload sealed under its case's key: made now for the cases the batch
// creates (committed in the key store before the batch is), read for the others.
Error sealAccepted(PushBatch& b)
{
    constexpr int kCitizen = 2, kPayload = 8;
    if (Error e = b.keys.create(b.newCases))
        return e;
    // All of them at once, even past the memory's bound; each case's newest key, as a note's
    // removal that committed before this batch got the counter may have made a later one.
    if (Error e = b.keys.refresh(b.citizens))
        return e;
    for (QVariantList& row : b.eventRows) {
        const QString citizen = row.at(kCitizen).toString();
        const unsigned char* key = b.keys.key(citizen);
        if (!key)
            return Error(ErrorCode::Damaged, QStringLiteral("a case has no key"));
        QByteArray json = row.at(kPayload).toByteArray();
        row[kPayload] =
            StoredEvent::sealPayload(key, b.keys.generation(citizen), row.at(1).toString(), json);
    }
    return {};
}

// The accepted events' rows, table by table.
Error insertAccepted(ServerDatabase& db, const PushBatch& b, qint64 now)
{
    Error e = insertRows(db, QStringLiteral("events"),
                         {QStringLiteral("seq"), QStringLiteral("id"), QStringLiteral("citizen_id"),
                          QStringLiteral("type"), QStringLiteral("author"),
                          QStringLiteral("device"), QStringLiteral("local_time"),
                          QStringLiteral("schema_version"), QStringLiteral("payload"),
                          QStringLiteral("content_hash"), QStringLiteral("received_at"),
                          QStringLiteral("received_from"), QStringLiteral("pushed_by")},
                         b.eventRows);
    if (!e)
        e = insertRows(db, QStringLiteral("objects"),
                       {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("citizen_id"),
                        QStringLiteral("parent")},
                       b.objectRows);
    if (!e)
        e = insertRows(db, QStringLiteral("feed"), BatchSql::feedColumns(), b.feedRows);
    if (!e)
        e = insertRows(db, QStringLiteral("cases"),
                       {QStringLiteral("citizen_id"), QStringLiteral("consultant"),
                        QStringLiteral("created_at"), QStringLiteral("changed_at")},
                       b.caseRows);
    if (!e)
        e = insertRows(db, QStringLiteral("case_holders"),
                       {QStringLiteral("citizen_id"), QStringLiteral("consultant")}, b.holderRows);
    if (!e && !b.facts.isEmpty())
        e = b.facts.write(db, now);
    return e;
}

} // namespace

Result<protocol::PushResponse> CaseStore::push(const Principal& who,
                                               const protocol::PushRequest& request,
                                               const QList<PushResult>& malformed)
{
    protocol::PushResponse response;
    response.results = malformed;
    const QList<Event>& events = request.events;
    if (events.isEmpty())
        return response;

    Transaction tx(m_db);
    if (tx.error())
        return tx.error();
    // Numbers first: from here on this batch has the counter, so what it reads next
    // includes everything committed before it.
    auto first = allocate(int(events.size()));
    if (!first.ok())
        return first.error();

    PushBatch batch(m_sealer, m_keys);
    shapeEvents(events, batch);
    if (Error e = readHeld(m_db, who, m_clock, batch))
        return e;
    auto parts = removedParts(batch.citizens);
    if (!parts.ok())
        return parts.error();
    batch.removedParts = parts.value();

    const qint64 now = m_clock();
    qint64 next = first.value();
    // Each payload is written as JSON once (by the decoder, for its size check): the content
    // hash and the sealed payload are made from the same bytes.
    const bool written = request.payloadJson.size() == events.size();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const Event& ev = events.at(i);
        const QByteArray json = written ? request.payloadJson.at(i) : ev.payloadJson();
        const QString hash = StoredEvent::contentHash(m_sealer, ev, json);
        if (batch.existing.contains(ev.id)) {
            response.results << resent(who, ev, hash, batch);
            continue;
        }
        PushResult r{ev.id, Status::Rejected, 0, {}};
        r.reason = rejection(who, ev, batch.shapes.at(i), batch);
        if (r.reason.isEmpty()) {
            // Accepted.
            r.status = Status::Accepted;
            r.seq = next++;
            accept(who, ev, batch.shapes.at(i).value(), json, hash, now, r.seq, batch);
        }
        response.results << r;
    }

    if (Error e = sealAccepted(batch))
        return e;
    if (Error e = insertAccepted(m_db, batch, now))
        return e;
    if (Error e = stubsOfNewCases(batch.newCases, batch.owner))
        return e;
    if (Error c = tx.commit())
        return c;
    return response;
}

Result<protocol::ChangesResponse> CaseStore::changes(const QString& consultant, qint64 after,
                                                     int limit)
{
    protocol::ChangesResponse out;
    out.cursor = after;
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    // The page's feed rows first, then their events: the join touches one page of events even
    // when the planner knows nothing yet of a freshly loaded table (PostgreSQL without
    // statistics would otherwise join every remaining event and sort them: 230 ms instead of
    // 45 ms at the start of a 100,000-event catch-up; 2 ms either way once analysed).
    // The event's columns in the journal's order (EventStore::readFields), the case's id as
    // its subject: the feed has it for every kind of item.
    // A removed note's entry names the note (in event_id) and has its stub's words.
    sql.run(QStringLiteral("SELECT f.seq, f.kind, e.id, e.type, f.citizen_id, e.author, e.device,"
                           " e.local_time, e.schema_version, e.payload, e.pushed_by, f.event_id,"
                           " r.reference, r.removed_at FROM"
                           " (SELECT seq, kind, citizen_id, event_id FROM feed"
                           "  WHERE consultant = ? AND seq > ? ORDER BY consultant, seq LIMIT ?) f"
                           " LEFT JOIN events e ON e.id = f.event_id"
                           " LEFT JOIN removed_notes r ON f.kind = 'note-removed'"
                           " AND r.note_id = f.event_id ORDER BY f.seq"),
            {consultant, after, limit + 1});
    // The page's rows first, then the keys of its cases (one query for those not in memory
    // yet), then the payloads opened.
    QList<QByteArray> sealed;
    sealed.reserve(std::min(limit, protocol::kMaxPageSize));
    out.items.reserve(std::min(limit, protocol::kMaxPageSize));
    QStringList citizens;
    qint64 bytes = 0;
    while (sql.next()) {
        // A page stops at its count, or at a size both ends can hold (events may be large;
        // a payload's sealed size is a little over its own).
        if (out.items.size() == limit || bytes > kPageBytes) {
            out.more = true;
            break;
        }
        protocol::ChangeItem item;
        item.seq = sql.value(0).toLongLong();
        const QString kind = sql.value(1).toString();
        item.citizen = sql.value(4).toString();
        if (kind == QStringLiteral("event")) {
            item.event = EventStore::readFields(sql, 2);
            item.pushedBy = sql.value(10).toString();
            citizens << item.citizen;
        } else if (kind == QStringLiteral("note-removed")) {
            item.kind = protocol::ChangeItem::Kind::NoteRemoved;
            item.noteId = sql.value(11).toString();
            item.reference = sql.value(12).toString();
            item.at = removedAtText(sql.value(13).toLongLong());
        } else if (kind == QStringLiteral("part-removed")) {
            item.kind = protocol::ChangeItem::Kind::PartRemoved;
            qint64 upTo = 0;
            readPartFeedId(sql.value(11).toString(), item.part, upTo);
            item.at = removedAtText(upTo);
        } else {
            item.kind = kind == QStringLiteral("remove") ? protocol::ChangeItem::Kind::Remove
                                                         : protocol::ChangeItem::Kind::Purge;
        }
        sealed << sql.value(9).toByteArray();
        bytes += sealed.last().size();
        out.cursor = item.seq;
        out.items.push_back(std::move(item));
    }
    if (sql.error())
        return sql.error();
    sql.finish();
    if (Error e = openPayloads(out, sealed, citizens, Opened::Bytes))
        return e;
    return out;
}

// The payloads of a page's events, under their cases' keys. A case whose key was destroyed is
// purged (its rows are here only in a database restored from an older backup): its events are
// left out, as they cannot be read; the purge that follows them in the feed removes the rest.
Error CaseStore::openPayloads(protocol::ChangesResponse& page, const QList<QByteArray>& sealed,
                              const QStringList& citizens, Opened as)
{
    if (Error e = m_keys.load(citizens))
        return e;
    // A later key of a case, made by another connection after this one read the case's keys.
    QStringList stale;
    for (qsizetype i = 0; i < page.items.size(); ++i) {
        const protocol::ChangeItem& item = page.items.at(i);
        const int generation = StoredEvent::generationOf(sealed.at(i));
        if (item.kind == protocol::ChangeItem::Kind::Event && generation > 0 &&
            !m_keys.isDestroyed(item.citizen) && !m_keys.key(item.citizen, generation) &&
            !stale.contains(item.citizen))
            stale << item.citizen;
    }
    if (!stale.isEmpty())
        if (Error e = m_keys.reload(stale))
            return e;
    QList<protocol::ChangeItem> items;
    items.reserve(page.items.size());
    for (qsizetype i = 0; i < page.items.size(); ++i) {
        protocol::ChangeItem& item = page.items[i];
        if (item.kind == protocol::ChangeItem::Kind::Event) {
            if (m_keys.isDestroyed(item.citizen))
                continue;
            const int generation = std::max(0, StoredEvent::generationOf(sealed.at(i)));
            const unsigned char* key = m_keys.key(item.citizen, generation);
            if (as == Opened::Bytes) {
                auto json =
                    StoredEvent::openPayloadJson(m_sealer, key, item.event.id, sealed.at(i));
                if (!json.ok())
                    return json.error();
                item.payloadJson = json.value();
            } else {
                auto payload = StoredEvent::openPayload(m_sealer, key, item.event.id, sealed.at(i));
                if (!payload.ok())
                    return payload.error();
                item.event.payload = payload.value();
            }
        }
        items.push_back(std::move(item));
    }
    page.items = std::move(items);
    return {};
}

Result<qint64> CaseStore::remaining(const QString& consultant, qint64 after)
{
    SqlRunner sql(m_db.db(), m_db.mapper(), &m_db.cache());
    const QVariant n =
        sql.single(QStringLiteral("SELECT count(*) FROM feed WHERE consultant = ? AND seq > ?"),
                   {consultant, after});
    if (sql.error())
        return sql.error();
    return n.toLongLong();
}

} // namespace fortrolig::server
