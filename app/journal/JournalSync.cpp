#include "app/journal/JournalSync.h"

#include "app/journal/EventStore.h"
#include "app/journal/Journal.h"
#include "app/journal/JournalRecovery.h"
#include "app/journal/Projector.h"
#include "app/privacy/AccessLog.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/Migrations.h"
#include "app/storage/SqlRunner.h"
#include "app/storage/Transaction.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcSyncStore, "fortrolig.sync.store")

namespace fortrolig {

namespace {

const QString kPrefix = QStringLiteral("sync.");

// A pulled page that more pages follow in the same round is committed without waiting for the
// disk (write-ahead log, synchronous = NORMAL): a power cut may lose such a page, never tear
// it, and since the cursor is written in the same transaction the page is simply pulled again.
// The round's last page is committed as everything else is (FULL); its sync puts every frame
// of the log before it on the disk too, so by the time the round reports anything to the
// server (its access log, after the last page) all of it is durable. A commit of the window's
// own (a note) never runs under NORMAL: the setting is put back as the page's slice ends.
// One fsync less per slice of a catch-up (docs/performance.md).
class CommitDurability
{
public:
    CommitDurability(QSqlDatabase db, bool relaxed) : m_db(std::move(db)), m_relaxed(relaxed)
    {
        if (m_relaxed)
            SqlRunner(m_db).direct(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    ~CommitDurability()
    {
        if (m_relaxed) // JournalDatabase's setting for every other commit
            SqlRunner(m_db).direct(QStringLiteral("PRAGMA synchronous = FULL"));
    }
    CommitDurability(const CommitDurability&) = delete;
    CommitDurability& operator=(const CommitDurability&) = delete;

private:
    QSqlDatabase m_db;
    bool m_relaxed;
};

// Failures of the storage itself end the whole page (nothing is half applied); anything else
// is about one event, which is kept aside while the rest goes on.
bool isStorageFailure(const Error& e)
{
    switch (e.code) {
    case ErrorCode::DiskFull:
    case ErrorCode::IoError:
    case ErrorCode::Busy:
    case ErrorCode::Damaged:
    case ErrorCode::ReadOnlyLocation:
    case ErrorCode::WrongKey:
        return true;
    default:
        return false;
    }
}

} // namespace

Result<SyncSettings> JournalSync::settings()
{
    SqlRunner x(m_journal.database().db());
    x.run(QStringLiteral("SELECT key, value FROM meta WHERE key LIKE 'sync.%'"));
    SyncSettings s;
    while (x.next()) {
        const QString key = x.value(0).toString().mid(kPrefix.size());
        const QString value = x.value(1).toString();
        if (key == QStringLiteral("server"))
            s.server = value;
        else if (key == QStringLiteral("pin"))
            s.pin = value;
        else if (key == QStringLiteral("ca"))
            s.caCertificate = value.toLatin1();
        else if (key == QStringLiteral("device"))
            s.deviceId = value;
        else if (key == QStringLiteral("username"))
            s.username = value;
        else if (key == QStringLiteral("epoch"))
            s.epoch = value;
        else if (key == QStringLiteral("cursor"))
            s.cursor = value.toLongLong();
        else if (key == QStringLiteral("refresh"))
            s.refreshToken = value;
        else if (key == QStringLiteral("last"))
            s.lastSyncAt = StoredTime::from(value);
    }
    if (x.error())
        return x.error();
    return s;
}

static Error putMeta(QSqlDatabase db, const QList<std::pair<QString, QString>>& values)
{
    SqlRunner x(db);
    for (const auto& [key, value] : values)
        x.run(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"),
              {key, value});
    return x.error();
}

Error JournalSync::saveEnrollment(const SyncSettings& s)
{
    Transaction tx = m_journal.batch();
    if (tx.error())
        return tx.error();
    Error e = putMeta(m_journal.database().db(),
                      {{kPrefix + QStringLiteral("server"), s.server},
                       {kPrefix + QStringLiteral("pin"), s.pin},
                       {kPrefix + QStringLiteral("ca"), QString::fromLatin1(s.caCertificate)},
                       {kPrefix + QStringLiteral("device"), s.deviceId},
                       {kPrefix + QStringLiteral("username"), s.username},
                       {kPrefix + QStringLiteral("epoch"), s.epoch},
                       {kPrefix + QStringLiteral("cursor"), QString::number(s.cursor)},
                       {kPrefix + QStringLiteral("refresh"), s.refreshToken},
                       // From now on this journal's changes carry the server's user name.
                       {QStringLiteral("consultant"), s.username}});
    // And receipts the name the provider knows the consultant by, where it gave one.
    if (!e && !s.displayName.isEmpty())
        e = putMeta(m_journal.database().db(),
                    {{QStringLiteral("consultant_name"), s.displayName}});
    if (e)
        return e;
    if (Error c = tx.commit())
        return c;
    m_journal.setConsultant(s.username);
    if (!s.displayName.isEmpty())
        return m_journal.setConsultantName(s.displayName); // the same row again, and in memory
    return {};
}

Error JournalSync::saveRefreshToken(const QString& token)
{
    return putMeta(m_journal.database().db(), {{kPrefix + QStringLiteral("refresh"), token}});
}

Error JournalSync::keepRetention(const PulledRetention& retention)
{
    if (retention.municipalities)
        if (Error e = m_journal.setMunicipalities(*retention.municipalities))
            return e;
    return m_journal.setRetention(retention.rules, retention.holds);
}

Error JournalSync::saveLastSync(const QString& at)
{
    return putMeta(m_journal.database().db(), {{kPrefix + QStringLiteral("last"), at}});
}

Result<QList<OutgoingEvent>> JournalSync::nextBatch(int limit)
{
    SqlRunner x(m_journal.database().db(), {}, &m_journal.statements());
    x.run(QStringLiteral("SELECT e.seq, e.id, e.type, e.subject, e.author, e.device, e.local_time,"
                         " e.schema_version, e.payload FROM outbox o JOIN events e"
                         " ON e.seq = o.event_seq ORDER BY o.event_seq LIMIT ?"),
          {limit});
    QList<OutgoingEvent> out;
    while (x.next())
        out << OutgoingEvent{x.value(0).toLongLong(), EventStore::read(x, 1)};
    if (x.error())
        return x.error();
    return out;
}

Result<JournalSync::LogHead> JournalSync::accessLogHead()
{
    SqlRunner x(m_journal.database().db());
    x.run(QStringLiteral("SELECT seq, hash FROM access_log ORDER BY seq DESC LIMIT 1"));
    LogHead h;
    if (x.next())
        h = LogHead{x.value(0).toLongLong(), x.value(1).toString()};
    if (x.error())
        return x.error();
    return h;
}

Error JournalSync::applyPushResults(const QList<OutgoingEvent>& sent,
                                    const QList<PushOutcome>& results)
{
    QHash<QString, const OutgoingEvent*> byId;
    for (const OutgoingEvent& o : sent)
        byId.insert(o.event.id, &o);
    Transaction tx = m_journal.batch();
    if (tx.error())
        return tx.error();
    SqlRunner x(m_journal.database().db(), {}, &m_journal.statements());
    const QString at = m_journal.now();
    for (const PushOutcome& r : results) {
        const OutgoingEvent* o = byId.value(r.id);
        if (!o)
            continue; // not ours (or no id): nothing to take out of the outbox
        x.run(QStringLiteral("DELETE FROM outbox WHERE event_seq = ?"), {o->localSeq});
        if (r.status == PushOutcome::Status::Rejected)
            x.run(
                QStringLiteral("INSERT INTO sync_problems (kind, citizen_id, event_id, event_type,"
                               " reason, at) VALUES ('rejected', ?, ?, ?, ?, ?)"),
                {o->event.subject, o->event.id, o->event.type, r.reason, at});
    }
    x.finish();
    if (x.error())
        return x.error();
    return tx.commit();
}

Error JournalSync::beginRound()
{
    m_loggedThisRound.clear();
    if (m_indexing.valid() &&
        m_indexing.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
        if (Error e = settleIndexes())
            return e;
    return forgetOldKeptNotes();
}

Result<JournalSync::Applied> JournalSync::applyChanges(const PulledPage& page, qsizetype from,
                                                       int budgetMs)
{
    const CommitDurability durability(m_journal.database().db(), page.more);
    // Most pages apply as they are, in one transaction. Only when an event fails is the page
    // rolled back and applied again event by event, setting the failing ones aside.
    for (const bool careful : {false, true}) {
        Applied a;
        qint64 cursor = -1;
        {
            Transaction tx = m_journal.batch();
            if (tx.error())
                return tx.error();
            Error e = applyPage(page, from, budgetMs, careful, a, cursor);
            if (!e && cursor >= 0)
                e = putMeta(m_journal.database().db(),
                            {{kPrefix + QStringLiteral("cursor"), QString::number(cursor)}});
            if (!e)
                e = tx.commit();
            if (e && !careful && e.code == ErrorCode::Internal &&
                e.detail == QLatin1String("retry carefully"))
                continue; // rolled back as `tx` goes: again, event by event
            if (e)
                return e;
        }
        a.cursor = cursor;
        for (const QString& c : std::as_const(a.logged))
            m_loggedThisRound.insert(c);
        // What was deleted leaves the search index's segments and the write-ahead log too,
        // not only the tables.
        if (a.removed > 0 || a.notesRemoved > 0 || a.partsRemoved > 0)
            if (Error e = m_journal.finishErasure())
                return e;
        return a;
    }
    return Error(ErrorCode::Internal, QStringLiteral("page"));
}

bool JournalSync::lostEventsRecovered()
{
    SqlRunner x(m_journal.database().db());
    return x.single(QStringLiteral("SELECT value FROM meta WHERE key = ?"),
                    {JournalRecovery::kLostEventsKey})
               .toString() == QStringLiteral("1");
}

Error JournalSync::applyPage(const PulledPage& page, qsizetype from, int budgetMs, bool careful,
                             Applied& a, qint64& cursor)
{
    QElapsedTimer spent;
    spent.start();
    QSqlDatabase db = m_journal.database().db();
    StatementCache& cache = m_journal.statements();
    // What is known already. An event this journal holds is found by its own insert (which
    // then writes nothing); events kept aside and cases removed for good are looked up for the
    // whole page at once, when there are any.
    QSet<QString> known, gone;
    if (Error e = lookUpKnown(page, known, gone))
        return e;
    const Result<qint64> indexedUpTo = Projector::notesIndexedUpTo(db, &cache);
    if (!indexedUpTo.ok())
        return indexedUpTo.error();
    m_notesIndexedUpTo = indexedUpTo.value(); // for this transaction's events

    SqlRunner x(db, {}, &cache);
    QSet<QString> citizens;
    const qsizetype size = page.items.size();
    a.next = size;
    for (qsizetype i = from; i < size; ++i) {
        const PulledChange& item = page.items.at(i);
        if (budgetMs >= 0 && i > from && spent.elapsed() >= budgetMs) {
            a.next = i; // the rest in the next part, the cursor after what is done
            break;
        }
        if (item.kind == PulledChange::Kind::Event) {
            const Event& ev = item.event;
            if (gone.contains(ev.subject) || known.contains(ev.id)) {
                ++a.skipped;
                cursor = item.seq;
                continue;
            }
            known.insert(ev.id); // the same event twice in one page counts once
            if (Error e = applyEvent(item, careful, a, citizens))
                return e;
        } else if (item.kind == PulledChange::Kind::NoteRemoved) {
            if (Error e = applyNoteRemoval(item, a))
                return e;
        } else if (item.kind == PulledChange::Kind::PartRemoved) {
            if (Error e = applyPartRemoval(item, a))
                return e;
        } else {
            if (Error e = applyRemoval(item, a))
                return e;
            if (a.stoppedForPush)
                break;
            citizens.remove(item.citizen);
            gone.insert(item.citizen);
        }
        cursor = item.seq;
    }
    if (!a.stoppedForPush && a.next == size)
        cursor = page.cursor;
    // What was kept aside is tried again with every page (it may depend on what came now).
    if (Error e = retryPending(a, citizens))
        return e;
    // Receiving a case's data is a use of it: logged, once per citizen per round.
    a.citizens = QStringList(citizens.begin(), citizens.end());
    QStringList unlogged;
    for (const QString& c : std::as_const(a.citizens)) {
        if (!m_loggedThisRound.contains(c))
            unlogged << c;
    }
    a.logged = unlogged;
    for (const QString& c : a.notesRemovedFrom + a.partsRemovedFrom)
        if (!a.citizens.contains(c))
            a.citizens << c;
    return AccessLog::appendEach(db, m_journal.now(), m_journal.identity().consultant,
                                 AccessLog::Action::Received, unlogged, &cache);
}

Error JournalSync::applyEvent(const PulledChange& item, bool careful, Applied& a,
                              QSet<QString>& citizens)
{
    QSqlDatabase db = m_journal.database().db();
    StatementCache& cache = m_journal.statements();
    const Event& ev = item.event;
    SqlRunner x(db, {}, &cache);
    if (careful)
        x.run(QStringLiteral("SAVEPOINT pulled"));
    auto added = EventStore::appendReceivedIfNew(db, ev, item.pushedBy, &cache, item.payloadJson);
    if (added.ok() && !added.value()) { // here already
        if (careful)
            x.run(QStringLiteral("RELEASE pulled"));
        ++a.skipped;
        return x.error();
    }
    Error e = added.ok() ? Error() : added.error();
    if (!e)
        e = Projector::apply(db, ev, &cache, m_notesIndexedUpTo);
    if (e && isStorageFailure(e))
        return e;
    if (e && !careful)
        return Error(ErrorCode::Internal, QStringLiteral("retry carefully"));
    if (e && lostEventsRecovered() && JournalDatabase::isConstraintViolation(e)) {
        // A journal recovered without some of its events kept what they had made
        // (the projections): the server's copy of such an event finds it already
        // there. The event is stored again; what it made stays as it is.
        x.run(QStringLiteral("ROLLBACK TO pulled"));
        if (Error stored = EventStore::appendReceived(db, ev, item.pushedBy, &cache))
            return stored;
        e = {};
    }
    if (e) {
        // Kept aside, not lost: tried again after the next pages (or a newer version
        // of the program), and listed for the consultant meanwhile.
        x.run(QStringLiteral("ROLLBACK TO pulled"));
        x.run(QStringLiteral("RELEASE pulled"));
        x.run(QStringLiteral("INSERT INTO pending_events (id, server_seq, citizen_id,"
                             " json, pushed_by) VALUES (?,?,?,?,?)"),
              {ev.id, item.seq, ev.subject,
               QString::fromUtf8(QJsonDocument(ev.toJson()).toJson(QJsonDocument::Compact)),
               item.pushedBy});
        x.run(QStringLiteral("INSERT INTO sync_problems (kind, citizen_id, event_id,"
                             " event_type, reason, at) VALUES"
                             " ('not-applied', ?, ?, ?, ?, ?)"),
              {ev.subject, ev.id, ev.type, e.detail, m_journal.now()});
        qCWarning(lcSyncStore) << "a pulled event was kept aside:" << int(e.code) << e.detail;
        ++a.notApplied;
    } else {
        if (careful)
            x.run(QStringLiteral("RELEASE pulled"));
        ++a.events;
        citizens.insert(ev.subject);
    }
    return x.error();
}

Error JournalSync::lookUpKnown(const PulledPage& page, QSet<QString>& known, QSet<QString>& gone)
{
    QSqlDatabase db = m_journal.database().db();
    SqlRunner x(db, {}, &m_journal.statements());
    const bool anyPending =
        x.single(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pending_events)")).toBool();
    const bool anyGone =
        x.single(QStringLiteral("SELECT EXISTS (SELECT 1 FROM tombstones)")).toBool();
    if (x.error())
        return x.error();
    QStringList ids;
    QSet<QString> citizens;
    for (const PulledChange& item : page.items) {
        citizens.insert(item.citizen);
        if (item.kind == PulledChange::Kind::Event)
            ids << item.event.id;
    }
    auto collect = [&](const QString& head, const QStringList& keys, QSet<QString>& into) {
        for (qsizetype i = 0; i < keys.size(); i += 500) {
            const QStringList part = keys.mid(i, 500);
            QString marks;
            QVariantList values;
            for (const QString& k : part) {
                marks += marks.isEmpty() ? QStringLiteral("?") : QStringLiteral(",?");
                values << k;
            }
            SqlRunner q(db);
            q.run(head + QStringLiteral(" IN (") + marks + QLatin1Char(')'), values);
            while (q.next())
                into.insert(q.value(0).toString());
            if (q.error())
                return q.error();
        }
        return Error();
    };
    if (anyPending)
        if (Error e = collect(QStringLiteral("SELECT id FROM pending_events WHERE id"), ids, known))
            return e;
    if (anyGone)
        return collect(QStringLiteral("SELECT citizen_id FROM tombstones WHERE citizen_id"),
                       QStringList(citizens.begin(), citizens.end()), gone);
    return {};
}

Error JournalSync::beginBulk()
{
    if (m_bulk)
        return {};
    if (Error e = settleIndexes()) // an earlier catch-up's, before they are dropped again
        return e;
    m_bulk = true; // first: whatever is dropped below is built again by endBulk()
    SqlRunner x(m_journal.database().db());
    x.direct(QStringLiteral("DROP INDEX IF EXISTS events_subject"));
    x.direct(QStringLiteral("DROP INDEX IF EXISTS notes_citizen"));
    for (const QByteArray& sql : Migrations::deferNotesIndex())
        x.direct(QString::fromUtf8(sql));
    return x.error();
}

Error JournalSync::endBulk()
{
    if (!m_bulk)
        return {};
    m_bulk = false;
    QList<QByteArray> statements;
    for (const QString& sql : Migrations::bulkIndexes())
        statements << sql.toUtf8();
    statements << QByteArrayLiteral("BEGIN IMMEDIATE") << Migrations::completeNotesIndex()
               << QByteArrayLiteral("COMMIT");
    m_indexing = std::async(std::launch::async, [aside = m_journal.database().aside(), statements] {
        return aside.run(statements);
    });
    return {};
}

Error JournalSync::settleIndexes()
{
    if (!m_indexing.valid())
        return {};
    const Error e = m_indexing.get();
    if (!e)
        return {};
    qCWarning(lcSyncStore) << "building the citizen indexes aside failed:" << int(e.code)
                           << e.detail;
    return Migrations::ensureBulkIndexes(m_journal.database().db());
}

Error JournalSync::retryPending(Applied& a, QSet<QString>& citizens)
{
    QSqlDatabase db = m_journal.database().db();
    struct Pending
    {
        QString id;
        QString json;
        QString pushedBy;
    };
    QList<Pending> pending;
    {
        SqlRunner x(db);
        x.run(QStringLiteral("SELECT id, json, pushed_by FROM pending_events ORDER BY server_seq"));
        while (x.next())
            pending << Pending{x.value(0).toString(), x.value(1).toString(), x.value(2).toString()};
        if (x.error())
            return x.error();
    }
    for (const Pending& p : pending) {
        const QString& id = p.id;
        const Event ev = Event::fromJson(QJsonDocument::fromJson(p.json.toUtf8()).object());
        if (!isUuid(ev.id) || ev.type.isEmpty())
            continue; // not one the journal wrote: left for the consultant to see
        SqlRunner x(db);
        x.run(QStringLiteral("SAVEPOINT pending"));
        Error e = EventStore::appendReceived(db, ev, p.pushedBy, &m_journal.statements());
        if (!e)
            e = Projector::apply(db, ev, &m_journal.statements(), m_notesIndexedUpTo);
        if (e && isStorageFailure(e))
            return e;
        if (e) {
            x.run(QStringLiteral("ROLLBACK TO pending"));
            x.run(QStringLiteral("RELEASE pending"));
        } else {
            x.run(QStringLiteral("RELEASE pending"));
            x.run(QStringLiteral("DELETE FROM pending_events WHERE id = ?"), {id});
            x.run(QStringLiteral("DELETE FROM sync_problems WHERE kind = 'not-applied'"
                                 " AND event_id = ?"),
                  {id});
            ++a.events;
            citizens.insert(ev.subject);
        }
        if (x.error())
            return x.error();
    }
    return {};
}

Error JournalSync::startNewEpoch(const QString& epoch)
{
    Transaction tx = m_journal.batch();
    if (tx.error())
        return tx.error();
    SqlRunner x(m_journal.database().db());
    x.run(QStringLiteral("INSERT INTO outbox (event_seq, enqueued_at) SELECT seq, ? FROM events"
                         " WHERE seq NOT IN (SELECT event_seq FROM outbox) AND id NOT IN"
                         " (SELECT event_id FROM sync_problems WHERE kind = 'rejected'"
                         "  AND event_id IS NOT NULL)"),
          {m_journal.now()});
    x.finish();
    Error e = x.error();
    if (!e)
        e = putMeta(m_journal.database().db(),
                    {{kPrefix + QStringLiteral("epoch"), epoch},
                     {kPrefix + QStringLiteral("cursor"), QStringLiteral("0")},
                     // The server may have lost access-log entries too: ask what it holds.
                     {kPrefix + QStringLiteral("log-probe"), QStringLiteral("1")}});
    if (e)
        return e;
    return tx.commit();
}

} // namespace fortrolig
