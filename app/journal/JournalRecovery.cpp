#include "app/journal/JournalRecovery.h"

#include "app/journal/EventStore.h"
#include "app/journal/Projector.h"
#include "app/privacy/AccessLog.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/Migrations.h"
#include "app/storage/SqlRunner.h"
#include "app/storage/Transaction.h"

#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <limits>
#include <optional>

Q_LOGGING_CATEGORY(lcRecovery, "fortrolig.recovery")

namespace fortrolig {

namespace {
constexpr qint64 kLastRow = std::numeric_limits<qint64>::max();
const QString kAccessLog = QStringLiteral("access_log");

QString quoted(const QString& name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

QStringList columnsOf(QSqlDatabase db, const QString& table)
{
    QStringList out;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table))))
        while (q.next())
            out << q.value(1).toString();
    return out;
}

// Does a seek to `row` in `table` read? (Landing in a page that cannot be read fails.)
bool seekReads(QSqlDatabase db, const QString& table, qint64 row)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rowid FROM %1 NOT INDEXED WHERE rowid >= ? ORDER BY rowid"
                             " LIMIT 1")
                  .arg(quoted(table)));
    q.addBindValue(row);
    if (!q.exec())
        return false;
    q.next();
    return !q.lastError().isValid();
}

// The first row number after `failed` (where a seek does not read) from which the table can be
// read again, or nothing when the rest of it is lost. Doubling steps find a readable point,
// halving steps the nearest one.
std::optional<qint64> firstReadableAfter(QSqlDatabase db, const QString& table, qint64 failed)
{
    qint64 lo = failed;
    qint64 hi = -1;
    for (qint64 step = 1; step > 0 && step <= kLastRow - failed; step *= 2) {
        if (seekReads(db, table, failed + step)) {
            hi = failed + step;
            break;
        }
        lo = failed + step;
        if (step > kLastRow / 2)
            break;
    }
    if (hi < 0)
        return std::nullopt;
    while (hi - lo > 1) {
        const qint64 mid = lo + (hi - lo) / 2;
        (seekReads(db, table, mid) ? hi : lo) = mid;
    }
    return hi;
}

// Reads `table` in row order, calling `row` with each row (row number first, then `columns`);
// steps over what cannot be read and notes it in `out`.
Error readAround(QSqlDatabase from, const QString& table, const QStringList& columns,
                 JournalRecovery::TableOutcome& out, const std::function<Error(QSqlQuery&)>& row)
{
    const QString select = QStringLiteral("SELECT rowid, %1 FROM %2 NOT INDEXED WHERE rowid >= ?"
                                          " ORDER BY rowid")
                               .arg(columns.join(QStringLiteral(", ")), quoted(table));
    qint64 next = std::numeric_limits<qint64>::min();
    for (;;) {
        QSqlQuery q(from);
        q.setForwardOnly(true);
        q.prepare(select);
        q.addBindValue(next);
        bool readable = q.exec();
        while (readable && q.next()) {
            next = q.value(0).toLongLong() + 1;
            if (Error e = row(q))
                return e;
        }
        if (readable && !q.lastError().isValid())
            return {};
        q.finish();
        const qint64 from0 = next == std::numeric_limits<qint64>::min() ? 0 : next;
        const std::optional<qint64> resume = firstReadableAfter(from, table, from0);
        if (!resume) {
            out.lostRowRanges << QStringLiteral("from %1").arg(from0);
            return {};
        }
        out.lostRowRanges << QStringLiteral("%1-%2").arg(from0).arg(*resume - 1);
        next = *resume;
    }
}

// The tables to copy row for row: all but the search index (rebuilt) and the access log
// (carried over entry by entry).
QStringList plainTables(QSqlDatabase db)
{
    QStringList out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                          " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                          " AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY rootpage"));
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (!name.startsWith(QStringLiteral("citizens_fts")) &&
            !name.startsWith(QStringLiteral("notes_fts")) && name != kAccessLog)
            out << name;
    }
    return out;
}

Error mapped(const QSqlQuery& q)
{
    return JournalDatabase::errorFrom(q.lastError(), {});
}

Error copyTable(QSqlDatabase from, QSqlDatabase to, const QString& table,
                JournalRecovery::TableOutcome& out)
{
    const QStringList targetColumns = columnsOf(to, table);
    QStringList columns;
    for (const QString& c : columnsOf(from, table))
        if (targetColumns.contains(c))
            columns << c;
    if (columns.isEmpty()) {
        out.lostRowRanges << QStringLiteral("all (its description cannot be read)");
        return {};
    }
    QSqlQuery insert(to);
    if (!insert.prepare(
            QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
                .arg(quoted(table), columns.join(QStringLiteral(", ")),
                     QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")))))
        return mapped(insert);
    return readAround(from, table, columns, out, [&](QSqlQuery& q) -> Error {
        for (int i = 0; i < columns.size(); ++i)
            insert.bindValue(i, q.value(i + 1));
        if (table == QStringLiteral("meta") &&
            q.value(1).toString() == QStringLiteral("access_log_head"))
            return {}; // the new log keeps its own head
        if (!insert.exec()) {
            // A row whose values could not all be read (an overflow page) is lost alone.
            out.lostRowRanges << QString::number(q.value(0).toLongLong());
            return insert.lastError().nativeErrorCode() == QStringLiteral("13")
                       ? mapped(insert) // the disk is full: stop
                       : Error();
        }
        ++out.rowsCopied;
        return {};
    });
}

Error copyAccessLog(QSqlDatabase from, QSqlDatabase to, const QString& consultant,
                    const QString& at, JournalRecovery::TableOutcome& out)
{
    const QStringList columns = {QStringLiteral("seq"),        QStringLiteral("at"),
                                 QStringLiteral("consultant"), QStringLiteral("action"),
                                 QStringLiteral("citizen_id"), QStringLiteral("reason")};
    qint64 expected = 1;
    auto noteGap = [&](qint64 first, qint64 last) {
        const QString range =
            first == last ? QString::number(first) : QStringLiteral("%1-%2").arg(first).arg(last);
        return AccessLog::append(to, at, consultant, AccessLog::Action::LogGap, {},
                                 QStringLiteral("entries %1 of the damaged journal's log could "
                                                "not be read")
                                     .arg(range));
    };
    Error e = readAround(from, kAccessLog, columns, out, [&](QSqlQuery& q) -> Error {
        const qint64 seq = q.value(1).toLongLong();
        if (seq > expected)
            if (Error gap = noteGap(expected, seq - 1))
                return gap;
        expected = seq + 1;
        if (Error append = AccessLog::append(to, q.value(2).toString(), q.value(3).toString(),
                                             q.value(4).toString(), q.value(5).toString(),
                                             q.value(6).toString()))
            return append;
        ++out.rowsCopied;
        return {};
    });
    if (e)
        return e;
    if (!out.lostRowRanges.isEmpty() && out.lostRowRanges.last().startsWith(QStringLiteral("from")))
        return noteGap(expected, expected); // the newest entries: how many is not known
    return {};
}
// What the Projector writes from the events (the search index too).
const QStringList kProjections = {
    QStringLiteral("citizens"),    QStringLiteral("courses"),
    QStringLiteral("notes"),       QStringLiteral("note_versions"),
    QStringLiteral("consents"),    QStringLiteral("consent_grants"),
    QStringLiteral("disclosures"), QStringLiteral("field_versions"),
    QStringLiteral("conflicts"),   QStringLiteral("case_holds"),
    QStringLiteral("requests"),    QStringLiteral("restrictions"),
    QStringLiteral("hand_overs"),
};

// Every projection again from the event log, in the order the events were appended: the same
// code that applied them the first time.
Error replayEvents(QSqlDatabase to)
{
    QSqlQuery x(to);
    for (const QString& table :
         kProjections + QStringList{QStringLiteral("citizens_fts"), QStringLiteral("notes_fts")})
        if (!x.exec(QStringLiteral("DELETE FROM ") + quoted(table)))
            return mapped(x);
    SqlRunner events(to);
    events.run(QStringLiteral("SELECT id, type, subject, author, device, local_time,"
                              " schema_version, payload FROM events ORDER BY seq"));
    while (events.next())
        if (Error e = Projector::apply(to, EventStore::read(events)))
            return e;
    if (events.error())
        return events.error();
    return {};
}

// The journal's identity, should its rows be lost: the id from journal.json, this device
// (the one its unsent changes came from) and its consultant (their author).
Error restoreIdentity(QSqlDatabase to, const QString& journalId)
{
    const QList<std::pair<QString, QString>> fallbacks = {
        {QStringLiteral("journal_id"), {}},
        {QStringLiteral("device_id"),
         QStringLiteral("SELECT device FROM events e JOIN outbox o ON o.event_seq = e.seq"
                        " UNION ALL SELECT lower(hex(randomblob(16))) LIMIT 1")},
        {QStringLiteral("consultant"),
         QStringLiteral("SELECT author FROM events e JOIN outbox o ON o.event_seq = e.seq"
                        " UNION ALL SELECT author FROM events UNION ALL SELECT '' LIMIT 1")},
    };
    for (const auto& [key, select] : fallbacks) {
        QSqlQuery q(to);
        q.prepare(QStringLiteral("SELECT count(*) FROM meta WHERE key = ?"));
        q.addBindValue(key);
        if (!q.exec() || !q.next())
            return mapped(q);
        if (q.value(0).toInt() > 0)
            continue;
        QString value = journalId;
        if (!select.isEmpty()) {
            if (!q.exec(select) || !q.next())
                return mapped(q);
            value = q.value(0).toString();
        }
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
        q.addBindValue(key);
        q.addBindValue(value);
        if (!q.exec())
            return mapped(q);
    }
    return {};
}
} // namespace

bool JournalRecovery::Outcome::somethingLost() const
{
    if (unsentLost > 0)
        return true;
    for (const TableOutcome& t : tables)
        if (!t.lostRowRanges.isEmpty())
            return true;
    return false;
}

QStringList JournalRecovery::Outcome::lostSummary() const
{
    QStringList out;
    for (const TableOutcome& t : tables)
        if (!t.lostRowRanges.isEmpty())
            out << QStringLiteral("%1: rows %2")
                       .arg(t.table, t.lostRowRanges.join(QStringLiteral(", ")));
    return out;
}

namespace {
using JournalRecovery::Outcome;
using JournalRecovery::TableOutcome;

// Every table `to` has, then the journal's identity and the access log, from `from`.
// `consultant`: the journal's consultant, as the copy has it.
Error copyAll(QSqlDatabase from, QSqlDatabase to, const QString& journalId, const QString& at,
              Outcome& outcome, QString& consultant)
{
    const QSet<QString> sourceTables = [&] {
        QSet<QString> names;
        for (const QString& t : plainTables(from))
            names.insert(t);
        return names;
    }();
    for (const QString& table : plainTables(to)) {
        TableOutcome t;
        t.table = table;
        if (!sourceTables.contains(table) && table != QStringLiteral("meta")) {
            outcome.tables << t;
            continue; // the damaged journal had no such table (an older version)
        }
        if (Error e = copyTable(from, to, table, t))
            return e;
        outcome.tables << t;
    }
    if (Error e = restoreIdentity(to, journalId))
        return e;
    QSqlQuery who(to);
    consultant =
        who.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'consultant'")) && who.next()
            ? who.value(0).toString()
            : QString();
    who.finish();
    TableOutcome log;
    log.table = kAccessLog;
    if (Error e = copyAccessLog(from, to, consultant, at, log))
        return e;
    outcome.tables << log;
    return {};
}

// What the copy lost and can be had again: projections from the events, the search index,
// the sync cursor; unsent changes whose events were lost go.
Error rebuild(QSqlDatabase to, Outcome& outcome)
{
    bool eventsWhole = false, projectionLost = false;
    for (TableOutcome& t : outcome.tables) {
        if (t.table == QStringLiteral("events"))
            eventsWhole = t.lostRowRanges.isEmpty();
        else if (kProjections.contains(t.table))
            projectionLost |= !t.lostRowRanges.isEmpty();
    }
    // A lost projection row whose event survived is not lost: the event says it again (a
    // pull would not: the server's copy of the event is already here, and is skipped).
    outcome.rebuiltFromEvents = eventsWhole && projectionLost;
    if (!eventsWhole) {
        QSqlQuery mark(to);
        mark.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')"));
        mark.addBindValue(JournalRecovery::kLostEventsKey);
        if (!mark.exec())
            return mapped(mark);
    }
    if (outcome.rebuiltFromEvents) {
        if (Error e = replayEvents(to))
            return e;
        for (TableOutcome& t : outcome.tables)
            if (kProjections.contains(t.table))
                t.lostRowRanges.clear();
    }

    QSqlQuery x(to);
    QStringList rebuild = {
        // Everything the server holds comes back with the next sync; what it has already is
        // recognised by its id and skipped.
        QStringLiteral("UPDATE meta SET value = '0' WHERE key = 'sync.cursor'"),
        // The notes' search index is written whole below or by the replay: nothing waits.
        QStringLiteral("DELETE FROM meta WHERE key = '%1'")
            .arg(QLatin1StringView(Migrations::kNotesIndexedUpTo)),
    };
    if (!outcome.rebuiltFromEvents) // the search index, as the copied projections now are
        rebuild << QStringLiteral("INSERT INTO citizens_fts (docid, name)"
                                  " SELECT num, name FROM citizens")
                << QStringLiteral("INSERT INTO notes_fts (docid, text) SELECT seq, text"
                                  " FROM note_versions WHERE superseded_by IS NULL");
    for (const QString& sql : rebuild)
        if (!x.exec(sql))
            return mapped(x);
    // An outbox entry whose event was lost can never be sent, and would keep the journal
    // from ever being in sync: it goes, and is counted and said.
    if (x.exec(QStringLiteral("SELECT count(*) FROM outbox"
                              " WHERE event_seq NOT IN (SELECT seq FROM events)")) &&
        x.next())
        outcome.unsentLost = x.value(0).toLongLong();
    x.finish();
    if (outcome.unsentLost > 0 &&
        !x.exec(
            QStringLiteral("DELETE FROM outbox WHERE event_seq NOT IN (SELECT seq FROM events)")))
        return mapped(x);
    if (x.exec(QStringLiteral("SELECT count(*) FROM outbox")) && x.next())
        outcome.unsentEvents = x.value(0).toLongLong();
    x.finish();
    return {};
}

// For the access log: what happened, without personal data.
QString summaryOf(const Outcome& outcome)
{
    QString summary = QStringLiteral("recovered from a damaged journal");
    if (outcome.pages.damaged())
        summary += QStringLiteral(" (") + outcome.pages.summary() + QLatin1Char(')');
    if (outcome.rebuiltFromEvents)
        summary += QStringLiteral("; citizens, notes and consents rebuilt from the event log");
    if (outcome.unsentLost > 0)
        summary += QStringLiteral("; %1 unsent changes lost their events and cannot be sent")
                       .arg(outcome.unsentLost);
    const QStringList lost = outcome.lostSummary();
    summary += lost.isEmpty()
                   ? QStringLiteral("; nothing lost")
                   : QStringLiteral("; not readable: ") + lost.join(QStringLiteral("; "));
    return summary;
}
} // namespace

Result<JournalRecovery::Outcome>
JournalRecovery::recover(JournalDatabase& source, const QString& targetPath, const SecureBytes& key,
                         int cipherFormat, const QString& journalId, const QString& at)
{
    Outcome outcome;
    outcome.pages = source.checkPages();
    JournalDatabase::Options options;
    options.cipherFormat = cipherFormat;
    auto target = JournalDatabase::open(targetPath, key, JournalDatabase::Mode::Create, options);
    if (!target.ok())
        return target.error();
    QSqlDatabase to = target.value()->db();
    if (Error e = Migrations::migrate(to))
        return e;
    QSqlQuery pragma(to);
    // Rows whose parent was lost stay: a note without its citizen row is still the note.
    if (!pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
        return mapped(pragma);
    QString summary;
    {
        Transaction tx(to);
        if (tx.error())
            return tx.error();
        QString consultant;
        if (Error e = copyAll(source.db(), to, journalId, at, outcome, consultant))
            return e;
        if (Error e = rebuild(to, outcome))
            return e;
        summary = summaryOf(outcome);
        if (Error e =
                AccessLog::append(to, at, consultant, AccessLog::Action::Recovered, {}, summary))
            return e;
        if (Error e = tx.commit())
            return e;
    }
    if (!pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return mapped(pragma);
    qCInfo(lcRecovery) << summary;
    return outcome;
}

} // namespace fortrolig
