#pragma once

// Copies of a server's store as an attacker or an old backup would have them, and what the
// server's keys as they are now still open of them: for the tests that prove crypto-shredding
// (a purged case, a removed note, a deleted part of a case).

#include "SyncHarness.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace fortrolig::test {

// An events row as a copy of the store holds it.
struct StoredRow
{
    QString id;
    QString citizen;
    QByteArray payload;
};

// What the server's keys open of some rows: per case, how many opened; and all that opened.
struct OpenedRows
{
    QHash<QString, int> perCase;
    QByteArray plain; // every opened payload's JSON, one after another
};

// The events rows of a pg_dump (its COPY section for public.events), by column name.
QList<StoredRow> rowsOfDump(const QByteArray& dump);
// The events rows of an open server database.
QList<StoredRow> rowsOf(QSqlDatabase db);
// Each row tried with the storage key and the case key store as they are now (every key
// generation the store still has).
OpenedRows openWithServerKeys(ServerFixture& server, const QList<StoredRow>& rows);
// A copy of the store's events as they are now, made in `dir` under `name`: the SQLCipher
// file and its log, or a pg_dump of the events table.
QList<StoredRow> copyOfStore(ServerFixture& server, Backend backend, const QString& dir,
                             const QString& name);

} // namespace fortrolig::test
