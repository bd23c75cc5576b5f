#include "app/privacy/AccessLog.h"

#include "app/core/StoredTime.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/SqlRunner.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <optional>

namespace fortrolig {

namespace {
const QString kGenesis = QString(64, QLatin1Char('0'));
const QString kHeadKey = QStringLiteral("access_log_head");
const QString kAnchorKey = QStringLiteral("access_log_anchor"); // "N:hash", after a prune

// An entry as stored: its time as the text the hashes cover (the entry itself carries it as
// a moment, and a moment written back out need not be the same text).
struct StoredEntry
{
    AccessLogEntry entry;
    QString at;
};

StoredEntry fromQuery(const QSqlQuery& q)
{
    StoredEntry s;
    AccessLogEntry& e = s.entry;
    e.seq = q.value(0).toLongLong();
    s.at = q.value(1).toString();
    e.atText = s.at;
    e.at = StoredTime::from(s.at);
    e.consultant = q.value(2).toString();
    e.action = q.value(3).toString();
    e.citizenId = q.value(4).toString();
    e.reason = q.value(5).toString();
    e.prevHash = q.value(6).toString();
    e.hash = q.value(7).toString();
    return s;
}

const QString kColumns =
    QStringLiteral("seq, at, consultant, action, citizen_id, reason, prev_hash, hash");

QString hashOf(const AccessLogEntry& e, const QString& at)
{
    // Length-prefixed fields: no two different entries serialise alike.
    QByteArray data;
    for (const QString& field :
         {e.prevHash, QString::number(e.seq), at, e.consultant, e.action, e.citizenId, e.reason}) {
        const QByteArray utf8 = field.toUtf8();
        data += QByteArray::number(utf8.size()) + ':' + utf8;
    }
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// What a scrubbed entry still holds, length-prefixed: its checkpoint's digest covers it, so
// that its time, consultant, action, case and place in the chain are still checked.
QByteArray residueOf(const AccessLogEntry& e, const QString& at)
{
    QByteArray data;
    for (const QString& field :
         {QString::number(e.seq), at, e.consultant, e.action, e.citizenId, e.prevHash, e.hash}) {
        const QByteArray utf8 = field.toUtf8();
        data += QByteArray::number(utf8.size()) + ':' + utf8;
    }
    return data;
}

QString digestOf(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// A checkpoint's reason: "scrubbed 3,7,12; digest <sha-256 of their residues, in order>".
struct Checkpoint
{
    qint64 seq = 0;
    QList<qint64> scrubbed;
    QString digest;
    QByteArray residues; // gathered while verifying
    bool needed = false; // an entry it lists does not verify on its own (it was scrubbed)
};

std::optional<Checkpoint> checkpointFrom(qint64 seq, const QString& reason)
{
    static const QRegularExpression form(
        QStringLiteral("^scrubbed ([0-9]+(?:,[0-9]+)*); digest ([0-9a-f]{64})$"));
    const QRegularExpressionMatch m = form.match(reason);
    if (!m.hasMatch())
        return std::nullopt;
    Checkpoint c;
    c.seq = seq;
    for (const QString& n : m.captured(1).split(QLatin1Char(',')))
        c.scrubbed << n.toLongLong();
    c.digest = m.captured(2);
    return c;
}

// The checkpoints of the log, and for each scrubbed entry the checkpoint (an index) that
// lists it; Damaged when a checkpoint cannot be read or lists an entry after itself.
Error readCheckpoints(QSqlDatabase db, QList<Checkpoint>& out, QHash<qint64, int>& listedBy)
{
    SqlRunner x(db);
    x.run(QStringLiteral("SELECT seq, reason FROM access_log WHERE action = ? ORDER BY seq"),
          {AccessLog::Action::Scrubbed});
    while (x.next()) {
        const qint64 seq = x.value(0).toLongLong();
        const auto c = checkpointFrom(seq, x.value(1).toString());
        if (!c)
            return Error(ErrorCode::Damaged,
                         QStringLiteral("access log entry %1: checkpoint unreadable").arg(seq));
        for (qint64 listed : c->scrubbed) {
            if (listed >= seq || listedBy.contains(listed))
                return Error(ErrorCode::Damaged,
                             QStringLiteral("access log entry %1: checkpoint lists %2")
                                 .arg(seq)
                                 .arg(listed));
            listedBy.insert(listed, int(out.size()));
        }
        out << *c;
    }
    return x.error();
}
} // namespace

Error AccessLog::append(QSqlDatabase db, const QString& at, const QString& consultant,
                        const QString& action, const QString& citizenId, const QString& reason)
{
    QSqlQuery q(db);
    AccessLogEntry e;
    e.prevHash = kGenesis;
    e.seq = 1;
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM access_log ORDER BY seq DESC LIMIT 1")))
        return JournalDatabase::errorFrom(q.lastError(), {});
    if (q.next()) {
        e.seq = q.value(0).toLongLong() + 1;
        e.prevHash = q.value(1).toString();
    }
    q.finish();
    e.consultant = consultant;
    e.action = action;
    e.citizenId = citizenId;
    e.reason = reason;
    e.hash = hashOf(e, at);
    q.prepare(QStringLiteral("INSERT INTO access_log (") + kColumns +
              QStringLiteral(") VALUES (?,?,?,?,?,?,?,?)"));
    for (const QVariant& v : QVariantList{
             e.seq, at, e.consultant, e.action,
             citizenId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(citizenId),
             e.reason, e.prevHash, e.hash})
        q.addBindValue(v);
    if (!q.exec())
        return JournalDatabase::errorFrom(q.lastError(), {});
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    q.addBindValue(kHeadKey);
    q.addBindValue(QString(QString::number(e.seq) + QLatin1Char(':') + e.hash));
    if (!q.exec())
        return JournalDatabase::errorFrom(q.lastError(), {});
    return {};
}

Error AccessLog::appendEach(QSqlDatabase db, const QString& at, const QString& consultant,
                            const QString& action, const QStringList& citizenIds,
                            StatementCache* cache)
{
    if (citizenIds.isEmpty())
        return {};
    SqlRunner x(db, {}, cache);
    AccessLogEntry e;
    e.prevHash = kGenesis;
    e.seq = 0;
    x.run(QStringLiteral("SELECT seq, hash FROM access_log ORDER BY seq DESC LIMIT 1"));
    if (x.next()) {
        e.seq = x.value(0).toLongLong();
        e.prevHash = x.value(1).toString();
    }
    for (const QString& citizen : citizenIds) {
        ++e.seq;
        e.consultant = consultant;
        e.action = action;
        e.citizenId = citizen;
        e.reason.clear();
        e.hash = hashOf(e, at);
        x.run(QStringLiteral("INSERT INTO access_log (") + kColumns +
                  QStringLiteral(") VALUES (?,?,?,?,?,?,?,?)"),
              {e.seq, at, e.consultant, e.action, SqlRunner::orNull(citizen), e.reason, e.prevHash,
               e.hash});
        e.prevHash = e.hash;
    }
    x.run(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"),
          {kHeadKey, QString(QString::number(e.seq) + QLatin1Char(':') + e.hash)});
    return x.error();
}

Error AccessLog::scrub(QSqlDatabase db, const QString& at, const QString& consultant,
                       const QString& citizenId)
{
    SqlRunner x(db);
    // Checkpoints and deletion records are kept as they are: they name nobody.
    const QString which =
        QStringLiteral(" WHERE citizen_id = ? AND reason <> '' AND action NOT IN (?, ?)");
    const QVariantList values{citizenId, Action::Scrubbed, Action::Deleted};
    x.run(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM access_log") + which +
              QStringLiteral(" ORDER BY seq"),
          values);
    QStringList seqs;
    QByteArray residues;
    while (x.next()) {
        AccessLogEntry e;
        e.seq = x.value(0).toLongLong();
        e.consultant = x.value(2).toString();
        e.action = x.value(3).toString();
        e.citizenId = x.value(4).toString();
        e.prevHash = x.value(6).toString();
        e.hash = x.value(7).toString();
        seqs << QString::number(e.seq);
        residues += residueOf(e, x.value(1).toString());
    }
    if (x.error() || seqs.isEmpty())
        return x.error();
    x.run(QStringLiteral("UPDATE access_log SET reason = ''") + which, values);
    if (x.error())
        return x.error();
    return append(db, at, consultant, Action::Scrubbed, citizenId,
                  QStringLiteral("scrubbed %1; digest %2")
                      .arg(seqs.join(QLatin1Char(',')), digestOf(residues)));
}

namespace {

// The newest entry that may go: older than `before`, and not splitting what a checkpoint lists.
Result<qint64> pruneUpTo(QSqlDatabase db, const QDateTime& before)
{
    SqlRunner x(db);
    qint64 last = 0;
    // Oldest first, stopping at the first entry that stays: as many rows as go, and one.
    x.run(QStringLiteral("SELECT seq, at FROM access_log ORDER BY seq"));
    while (x.next()) {
        if (StoredTime::from(x.value(1)) >= before)
            break;
        last = x.value(0).toLongLong();
    }
    x.finish();
    if (x.error())
        return x.error();
    QList<Checkpoint> checkpoints;
    QHash<qint64, int> listedBy;
    if (Error e = readCheckpoints(db, checkpoints, listedBy))
        return e;
    for (bool moved = true; moved && last > 0;) {
        moved = false;
        for (const Checkpoint& c : std::as_const(checkpoints)) {
            const auto [low, high] = std::minmax_element(c.scrubbed.cbegin(), c.scrubbed.cend());
            if (c.seq > last && *low <= last && *high > last) {
                last = *low - 1;
                moved = true;
            }
        }
    }
    return last;
}

} // namespace

Result<qint64> AccessLog::prune(QSqlDatabase db, const QString& at, const QString& consultant,
                                const QDateTime& before)
{
    auto last = pruneUpTo(db, before);
    if (!last.ok() || last.value() <= 0)
        return last.ok() ? qint64(0) : last;
    SqlRunner x(db);
    const QString hash =
        x.single(QStringLiteral("SELECT hash FROM access_log WHERE seq = ?"), {last.value()})
            .toString();
    const qint64 first = x.single(QStringLiteral("SELECT min(seq) FROM access_log")).toLongLong();
    const QString anchor = QString::number(last.value()) + QLatin1Char(':') + hash;
    x.run(QStringLiteral("DELETE FROM meta WHERE key = ?"), {kAnchorKey});
    x.run(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"), {kAnchorKey, anchor});
    if (x.error())
        return x.error();
    // Appended before the deletion: the new entry's place in the chain follows the newest.
    if (Error e = append(db, at, consultant, Action::Pruned, QString(),
                         QStringLiteral("entries %1-%2 before %3; anchor %4")
                             .arg(first)
                             .arg(last.value())
                             .arg(before.toUTC().toString(Qt::ISODate), anchor)))
        return e;
    x.run(QStringLiteral("DELETE FROM access_log WHERE seq <= ?"), {last.value()});
    if (x.error())
        return x.error();
    return last.value() - first + 1;
}

QString AccessLog::expectedHash(const AccessLogEntry& e)
{
    return fortrolig::hashOf(e, e.atText);
}

QList<qint64> AccessLog::scrubbedBy(const QString& reason)
{
    const auto c = checkpointFrom(0, reason);
    return c ? c->scrubbed : QList<qint64>();
}

namespace {

// The entries `where` selects (after the columns and the table), oldest first.
Result<QList<AccessLogEntry>> selectEntries(QSqlDatabase db, const QString& where,
                                            const QVariantList& values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM access_log") + where);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return JournalDatabase::errorFrom(q.lastError(), {});
    QList<AccessLogEntry> out;
    while (q.next())
        out << fromQuery(q).entry;
    if (q.lastError().isValid())
        return JournalDatabase::errorFrom(q.lastError(), {});
    return out;
}

} // namespace

Result<QList<AccessLogEntry>> AccessLog::after(QSqlDatabase db, qint64 seq, int limit)
{
    return selectEntries(db, QStringLiteral(" WHERE seq > ? ORDER BY seq LIMIT ?"), {seq, limit});
}

Result<QList<AccessLogEntry>> AccessLog::entries(QSqlDatabase db, const QString& citizenId)
{
    if (citizenId.isEmpty())
        return selectEntries(db, QStringLiteral(" ORDER BY seq"), {});
    return selectEntries(db, QStringLiteral(" WHERE citizen_id = ? ORDER BY seq"), {citizenId});
}

namespace {

// The anchor a prune left ("N:hash"), checked against the Pruned entries that name it; empty
// when the log was never pruned.
Result<QString> pruneAnchor(QSqlDatabase db)
{
    SqlRunner x(db);
    const QString anchor =
        x.single(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {kAnchorKey}).toString();
    if (x.error())
        return x.error();
    if (anchor.isEmpty())
        return QString();
    static const QRegularExpression form(QStringLiteral("^[1-9][0-9]*:[0-9a-f]{64}$"));
    const int named =
        x.single(QStringLiteral("SELECT count(*) FROM access_log WHERE action = ?"
                                " AND reason LIKE ?"),
                 {AccessLog::Action::Pruned, QString(QStringLiteral("%; anchor ") + anchor)})
            .toInt();
    if (x.error())
        return x.error();
    if (!form.match(anchor).hasMatch() || named == 0)
        return Error(ErrorCode::Damaged,
                     QStringLiteral("access log: its start (%1) is named by no entry")
                         .arg(anchor.section(QLatin1Char(':'), 0, 0)));
    return anchor;
}

} // namespace

Error AccessLog::verify(QSqlDatabase db)
{
    QList<Checkpoint> checkpoints;
    QHash<qint64, int> listedBy; // a scrubbed entry: the checkpoint that lists it
    if (Error e = readCheckpoints(db, checkpoints, listedBy))
        return e;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + kColumns +
                QStringLiteral(" FROM access_log ORDER BY seq")))
        return JournalDatabase::errorFrom(q.lastError(), {});
    QString prev = kGenesis;
    qint64 expectedSeq = 1;
    auto broken = [](qint64 seq, const char* why) {
        return Error(ErrorCode::Damaged, QStringLiteral("access log entry ") +
                                             QString::number(seq) + QStringLiteral(": ") +
                                             QString::fromLatin1(why));
    };
    // After a prune the chain starts at its anchor, which an entry of the chain names.
    auto anchor = pruneAnchor(db);
    if (!anchor.ok())
        return anchor.error();
    if (!anchor->isEmpty()) {
        const qsizetype colon = anchor->indexOf(QLatin1Char(':'));
        expectedSeq = anchor->left(colon).toLongLong() + 1;
        prev = anchor->mid(colon + 1);
    }
    while (q.next()) {
        const StoredEntry stored = fromQuery(q);
        const AccessLogEntry& e = stored.entry;
        if (e.seq != expectedSeq)
            return broken(expectedSeq, "missing");
        if (e.prevHash != prev)
            return broken(e.seq, "chain broken (an entry before it was changed or removed)");
        // A scrubbed entry's hash covers the text it no longer has: its checkpoint's digest
        // covers the rest.
        // (An entry that verifies on its own, e.g. one a recovery wrote again, needs neither.)
        const int checkpoint = listedBy.value(e.seq, -1);
        const bool intact = hashOf(e, stored.at) == e.hash;
        if (!intact && (checkpoint < 0 || !e.reason.isEmpty()))
            return broken(e.seq, "content changed");
        if (checkpoint >= 0) {
            checkpoints[checkpoint].residues += residueOf(e, stored.at);
            checkpoints[checkpoint].needed |= !intact;
        }
        prev = e.hash;
        ++expectedSeq;
    }
    if (q.lastError().isValid())
        return JournalDatabase::errorFrom(q.lastError(), {});
    q.finish();
    for (const Checkpoint& c : std::as_const(checkpoints))
        if (c.needed && digestOf(c.residues) != c.digest)
            return broken(c.seq, "an entry it scrubbed was changed");
    QSqlQuery head(db);
    head.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    head.addBindValue(kHeadKey);
    if (!head.exec())
        return JournalDatabase::errorFrom(head.lastError(), {});
    const QString expectedHead =
        expectedSeq == 1 ? QString() : QString::number(expectedSeq - 1) + QLatin1Char(':') + prev;
    const QString storedHead = head.next() ? head.value(0).toString() : QString();
    if (storedHead != expectedHead)
        return broken(expectedSeq - 1, "newest entries removed");
    return {};
}

} // namespace fortrolig
