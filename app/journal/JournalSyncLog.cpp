// JournalSync: what of the access log the server has not got (docs/access-log.md). The mark
// (meta "sync.log-mark") is the last entry the server is known to hold without a gap.
#include "app/journal/Journal.h"
#include "app/journal/JournalSync.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/SqlRunner.h"

#include <algorithm>

namespace fortrolig {

namespace {
const QString kMarkKey = QStringLiteral("sync.log-mark");
const QString kProbeKey = QStringLiteral("sync.log-probe"); // set by startNewEpoch
} // namespace

qint64 JournalSync::logMark()
{
    SqlRunner x(m_journal.database().db());
    return x.single(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {kMarkKey})
        .toLongLong();
}

bool JournalSync::logProbe()
{
    SqlRunner x(m_journal.database().db());
    return x.single(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {kProbeKey})
               .toString() == QStringLiteral("1");
}

Result<QList<AccessLogEntry>> JournalSync::logToSend(int limit, qsizetype maxBytes, qint64* oldest)
{
    SqlRunner x(m_journal.database().db());
    *oldest = x.single(QStringLiteral("SELECT min(seq) FROM access_log")).toLongLong();
    if (x.error())
        return x.error();
    auto entries = AccessLog::after(m_journal.database().db(), logMark(), limit);
    if (!entries.ok())
        return entries.error();
    // Cut to about maxBytes: each entry's text, and its fields' names and hashes besides.
    qsizetype bytes = 0;
    qsizetype keep = 0;
    for (const AccessLogEntry& e : entries.value()) {
        bytes += 300 + (e.consultant + e.action + e.citizenId + e.reason).toUtf8().size();
        if (keep > 0 && bytes > maxBytes)
            break;
        ++keep;
    }
    entries->resize(keep);
    return entries;
}

Error JournalSync::logSent(qint64 sent, qint64 through)
{
    qint64 mark = std::max(sent, through); // more: sent before, by this device
    if (through < sent) {
        SqlRunner x(m_journal.database().db());
        const bool have =
            x.single(QStringLiteral("SELECT count(*) FROM access_log WHERE seq = ?"), {through + 1})
                .toInt() > 0;
        if (x.error())
            return x.error();
        if (have)
            mark = through;
    }
    SqlRunner x(m_journal.database().db());
    x.run(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"),
          {kMarkKey, QString::number(mark)});
    x.run(QStringLiteral("DELETE FROM meta WHERE key = ?"), {kProbeKey});
    return x.error();
}

} // namespace fortrolig
