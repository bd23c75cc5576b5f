// JournalSync: what sync could not do, kept for the consultant (sync problems), and the
// counts the status line shows.
#include "app/journal/JournalSync.h"

#include "app/core/StoredTime.h"
#include "app/journal/Journal.h"
#include "app/privacy/AccessLog.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/SqlRunner.h"
#include "app/storage/Transaction.h"

#include <QSaveFile>

namespace fortrolig {

Error JournalSync::forgetOldKeptNotes()
{
    SqlRunner x(m_journal.database().db());
    x.run(QStringLiteral("DELETE FROM sync_problems WHERE kind IN ") + kKeptKinds +
              QStringLiteral(" AND julianday(at) < julianday('now') - ?"),
          {kKeptDraftDays});
    return x.error();
}

Result<QList<SyncProblem>> JournalSync::problems()
{
    SqlRunner x(m_journal.database().db());
    x.run(QStringLiteral("SELECT id, kind, citizen_id, event_id, event_type, reason, at"
                         " FROM sync_problems WHERE dismissed_at IS NULL ORDER BY id"));
    QList<SyncProblem> out;
    while (x.next())
        out << SyncProblem{x.value(0).toLongLong(),     x.value(1).toString(),
                           x.value(2).toString(),       x.value(3).toString(),
                           x.value(4).toString(),       x.value(5).toString(),
                           StoredTime::from(x.value(6))};
    if (x.error())
        return x.error();
    return out;
}

Error JournalSync::dismissProblem(qint64 id)
{
    SqlRunner x(m_journal.database().db());
    // A kept note is the text itself: dismissed, it is deleted. Other problems stay listed
    // as dismissed (they hold no personal data).
    x.run(QStringLiteral("DELETE FROM sync_problems WHERE id = ? AND kind IN ") + kKeptKinds, {id});
    if (!x.error() && x.affected() == 1)
        return {};
    x.run(QStringLiteral("UPDATE sync_problems SET dismissed_at = ? WHERE id = ?"
                         " AND dismissed_at IS NULL"),
          {m_journal.now(), id});
    if (!x.error() && x.affected() != 1)
        return Error(ErrorCode::NotFound, QStringLiteral("sync problem"));
    return x.error();
}

Error JournalSync::retryProblem(qint64 id)
{
    Transaction tx = m_journal.batch();
    if (tx.error())
        return tx.error();
    SqlRunner x(m_journal.database().db());
    const QVariant seq =
        x.single(QStringLiteral("SELECT e.seq FROM sync_problems p JOIN events e ON e.id ="
                                " p.event_id WHERE p.id = ? AND p.kind = 'rejected'"
                                " AND p.dismissed_at IS NULL"),
                 {id});
    if (!x.error() && !seq.isValid())
        x.setError(Error(ErrorCode::NotFound, QStringLiteral("refused change")));
    x.run(QStringLiteral("INSERT INTO outbox (event_seq, enqueued_at) VALUES (?, ?)"),
          {seq, m_journal.now()});
    x.run(QStringLiteral("DELETE FROM sync_problems WHERE id = ?"), {id});
    x.finish();
    if (x.error())
        return x.error();
    return tx.commit();
}

Error JournalSync::logKeptNotesShown(const QString& why)
{
    // A kept note is a citizen's data though the case is gone: showing it is a use, logged
    // like opening a case (the note's citizen by internal id).
    QStringList citizens;
    {
        SqlRunner x(m_journal.database().db());
        // (A kept scan is listed by its file name; saving its content is logged apart.)
        x.run(QStringLiteral("SELECT DISTINCT citizen_id FROM sync_problems WHERE kind IN ") +
              kKeptKinds + QStringLiteral(" AND citizen_id IS NOT NULL"));
        while (x.next())
            citizens << x.value(0).toString();
        if (x.error())
            return x.error();
    }
    if (citizens.isEmpty())
        return {};
    Transaction tx = m_journal.batch();
    if (tx.error())
        return tx.error();
    for (const QString& c : std::as_const(citizens))
        if (Error e = AccessLog::append(m_journal.database().db(), m_journal.now(),
                                        m_journal.identity().consultant, AccessLog::Action::Viewed,
                                        c, why))
            return e;
    return tx.commit();
}

Error JournalSync::saveKeptScan(qint64 id, const QString& path)
{
    QString citizen;
    QByteArray data;
    {
        SqlRunner x(m_journal.database().db());
        x.run(QStringLiteral("SELECT citizen_id, data FROM sync_problems WHERE id = ?"
                             " AND kind = 'scan-kept'"),
              {id});
        if (!x.next())
            return x.error() ? x.error() : Error(ErrorCode::NotFound, QStringLiteral("kept scan"));
        citizen = x.value(0).toString();
        data = x.value(1).toByteArray();
    }
    // Logged before the file exists: an export that is not in the log never happens.
    if (Error e = AccessLog::append(m_journal.database().db(), m_journal.now(),
                                    m_journal.identity().consultant, AccessLog::Action::Exported,
                                    citizen, QStringLiteral("kept scan of a paper consent")))
        return e;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error(file.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull
                                                                : ErrorCode::IoError,
                     file.errorString());
    return {};
}

Result<SyncCounts> JournalSync::counts()
{
    SqlRunner x(m_journal.database().db());
    SyncCounts c;
    c.outbox = x.single(QStringLiteral("SELECT count(*) FROM outbox")).toInt();
    c.problems =
        x.single(QStringLiteral("SELECT count(*) FROM sync_problems WHERE dismissed_at IS NULL"))
            .toInt();
    c.conflicts = x.single(QStringLiteral("SELECT count(*) FROM conflicts")).toInt();
    if (x.error())
        return x.error();
    return c;
}

} // namespace fortrolig
