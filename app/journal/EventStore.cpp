#include "app/journal/EventStore.h"

#include "app/storage/JournalDatabase.h"
#include "app/storage/SqlRunner.h"
#include "app/storage/Utf8Text.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace fortrolig {

Error EventStore::append(QSqlDatabase db, const Event& e)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO events (id, type, subject, author, device, local_time,"
                             " schema_version, payload) VALUES (?,?,?,?,?,?,?,?)"));
    q.addBindValue(e.id);
    q.addBindValue(e.type);
    q.addBindValue(e.subject);
    q.addBindValue(e.author);
    q.addBindValue(e.device);
    q.addBindValue(e.localTime);
    q.addBindValue(e.schemaVersion);
    q.addBindValue(QVariant::fromValue(Utf8Text{e.payloadJson()}));
    if (!q.exec())
        return JournalDatabase::errorFrom(q.lastError(), {});
    const qlonglong seq = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO outbox (event_seq, enqueued_at) VALUES (?, ?)"));
    q.addBindValue(seq);
    q.addBindValue(e.localTime);
    if (!q.exec())
        return JournalDatabase::errorFrom(q.lastError(), {});
    return {};
}

namespace {

// A received event's row; `orIgnore`: nothing is written when its id is there already.
SqlRunner& insertReceived(SqlRunner& x, const Event& e, const QString& pushedBy, bool orIgnore,
                          const QByteArray& payloadJson = {})
{
    static const QString columns =
        QStringLiteral(" INTO events (id, type, subject, author, device, local_time,"
                       " schema_version, payload, pushed_by) VALUES (?,?,?,?,?,?,?,?,?)");
    return x.run(
        (orIgnore ? QStringLiteral("INSERT OR IGNORE") : QStringLiteral("INSERT")) + columns,
        {e.id, e.type, e.subject, e.author, e.device, e.localTime, e.schemaVersion,
         QVariant::fromValue(Utf8Text{payloadJson.isEmpty() ? e.payloadJson() : payloadJson}),
         pushedBy});
}

} // namespace

Error EventStore::appendReceived(QSqlDatabase db, const Event& e, const QString& pushedBy,
                                 StatementCache* cache)
{
    SqlRunner x(db, {}, cache);
    return insertReceived(x, e, pushedBy, false).error();
}

Result<bool> EventStore::appendReceivedIfNew(QSqlDatabase db, const Event& e,
                                             const QString& pushedBy, StatementCache* cache,
                                             const QByteArray& payloadJson)
{
    SqlRunner x(db, {}, cache);
    if (Error error = insertReceived(x, e, pushedBy, true, payloadJson).error())
        return error;
    return x.affected() == 1;
}

int EventStore::outboxSize(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM outbox")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Event EventStore::read(const SqlRunner& x, int first)
{
    Event e = readFields(x, first);
    e.payload = QJsonDocument::fromJson(x.value(first + 7).toString().toUtf8()).object();
    return e;
}

Event EventStore::readFields(const SqlRunner& x, int first)
{
    Event e;
    e.id = x.value(first).toString();
    e.type = x.value(first + 1).toString();
    e.subject = x.value(first + 2).toString();
    e.author = x.value(first + 3).toString();
    e.device = x.value(first + 4).toString();
    e.localTime = x.value(first + 5).toString();
    e.schemaVersion = x.value(first + 6).toInt();
    return e;
}

} // namespace fortrolig
