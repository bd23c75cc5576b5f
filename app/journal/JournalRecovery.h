#pragma once

#include "app/core/Error.h"
#include "app/crypto/SecureBytes.h"
#include "app/storage/PageCheck.h"

#include <QStringList>

namespace fortrolig {

class JournalDatabase;

// Rescues what can still be read of a damaged journal into a new one under the same key:
// every table row by row, stepping around pages that cannot be read (a lost page costs the
// rows on it, not the rest of its table), the projections rebuilt from the event log where
// the log is whole and they are not, the search index rebuilt, the access log carried over
// in order with each gap recorded in it. Nothing is written to the damaged journal.
namespace JournalRecovery {

// Set in a recovered journal's meta when rows of its event log were lost: what those events
// made is still in the projections, so their copies from the server are stored, not applied
// again (JournalSync).
inline const QString kLostEventsKey = QStringLiteral("recovered.events_lost");

struct TableOutcome
{
    QString table;
    qint64 rowsCopied = 0;
    QStringList lostRowRanges; // internal row numbers, e.g. "120-187", "from 4000"; no data
};

struct Outcome
{
    QList<TableOutcome> tables;
    PageCheck::Report pages; // what the page check found in the damaged journal
    qint64 unsentEvents = 0; // rescued changes waiting for the server
    // Changes not yet sent whose events were on a lost page: what they made (a note, say) is
    // kept on this computer, but there is nothing left to send; the consultant is told.
    qint64 unsentLost = 0;
    // The event log was read whole but a projection (citizens, notes, consents...) was not:
    // the projections were rebuilt from the events, so nothing they showed is lost.
    bool rebuiltFromEvents = false;
    bool somethingLost() const;
    // Technical lines (table names and row numbers only), for the log and the person.
    QStringList lostSummary() const;
};

// `source` is opened with forRecovery; `targetPath` must not exist. On success the new
// journal holds everything readable, its sync starts from the beginning (what the server
// has comes back, what was not sent is sent), and its access log says it was recovered.
// `journalId` (from journal.json) restores the identity if the meta table was lost.
Result<Outcome> recover(JournalDatabase& source, const QString& targetPath, const SecureBytes& key,
                        int cipherFormat, const QString& journalId, const QString& at);

} // namespace JournalRecovery

} // namespace fortrolig
