#include "StoreCopies.h"

#include "keys/ServerKey.h"
#include "store/CaseKeys.h"
#include "store/ServerDatabase.h"
#include "store/StoredEvent.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>

namespace fortrolig::test {

QList<StoredRow> rowsOfDump(const QByteArray& dump)
{
    QList<StoredRow> out;
    QList<QByteArray> columns;
    bool inEvents = false;
    for (const QByteArray& line : dump.split('\n')) {
        if (line.startsWith("COPY public.events (")) {
            const qsizetype open = line.indexOf('(');
            for (const QByteArray& c : line.mid(open + 1, line.indexOf(')') - open - 1).split(','))
                columns << c.trimmed();
            inEvents = true;
        } else if (inEvents && line == "\\.") {
            break;
        } else if (inEvents) {
            const QList<QByteArray> f = line.split('\t');
            if (f.size() != columns.size())
                continue;
            // A bytea in COPY text: "\\x" and hex digits (the backslash escaped).
            const QByteArray payload = f.at(columns.indexOf("payload"));
            out << StoredRow{QString::fromUtf8(f.at(columns.indexOf("id"))),
                             QString::fromUtf8(f.at(columns.indexOf("citizen_id"))),
                             payload.startsWith("\\\\x") ? QByteArray::fromHex(payload.mid(3))
                                                         : QByteArray()};
        }
    }
    return out;
}

QList<StoredRow> rowsOf(QSqlDatabase db)
{
    QList<StoredRow> rows;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id, citizen_id, payload FROM events"));
    while (q.next())
        rows << StoredRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toByteArray()};
    return rows;
}

OpenedRows openWithServerKeys(ServerFixture& server, const QList<StoredRow>& rows)
{
    const SecureBytes& master = server.masterKey();
    const server::Sealer sealer(server::ServerKey::sealingKey(master),
                                server::ServerKey::hashingKey(master));
    const server::Sealer wrapper(server::ServerKey::caseKeyWrappingKey(master),
                                 server::ServerKey::hashingKey(master));
    auto keys = server::CaseKeys::open(server.store().location().caseKeys,
                                       server::ServerKey::caseKeyStoreKey(master), wrapper);
    if (!keys.ok())
        qFatal("case keys: %s", qPrintable(keys.error().message()));
    OpenedRows out;
    for (const StoredRow& row : rows) {
        if (keys.value()->load({row.citizen}))
            qFatal("case keys: load");
        const int generation = std::max(0, server::StoredEvent::generationOf(row.payload));
        auto payload = server::StoredEvent::openPayload(
            sealer, keys.value()->key(row.citizen, generation), row.id, row.payload);
        if (!payload.ok())
            continue;
        out.perCase[row.citizen] += 1;
        out.plain += QJsonDocument(payload.value()).toJson(QJsonDocument::Compact);
    }
    return out;
}

QList<StoredRow> copyOfStore(ServerFixture& server, Backend backend, const QString& dir,
                             const QString& name)
{
    if (backend == Backend::Postgres) {
        const QString dump = QDir(dir).filePath(name + QStringLiteral(".sql"));
        QProcess pgDump;
        pgDump.start(QStringLiteral("/usr/lib/postgresql/15/bin/pg_dump"),
                     {QStringLiteral("--data-only"), QStringLiteral("--table=events"),
                      QStringLiteral("--file=") + dump, server.store().databaseUrl()});
        if (!pgDump.waitForFinished(60'000) || pgDump.exitCode() != 0)
            qFatal("pg_dump: %s", pgDump.readAllStandardError().constData());
        QFile f(dump);
        return f.open(QIODevice::ReadOnly) ? rowsOfDump(f.readAll()) : QList<StoredRow>();
    }
    const QString db = server.store().location().path;
    const QString copy = QDir(dir).filePath(name + QStringLiteral(".db"));
    QFile::remove(copy);
    QFile::remove(copy + QStringLiteral("-wal"));
    QFile::copy(db, copy);
    if (QFileInfo::exists(db + QStringLiteral("-wal")))
        QFile::copy(db + QStringLiteral("-wal"), copy + QStringLiteral("-wal"));
    server::StoreLocation at;
    at.path = copy;
    auto opened =
        server::ServerDatabase::open(at, server::ServerKey::databaseKey(server.masterKey()), false);
    if (!opened.ok())
        qFatal("copy: %s", qPrintable(opened.error().message()));
    return rowsOf(opened.value()->db());
}

} // namespace fortrolig::test
