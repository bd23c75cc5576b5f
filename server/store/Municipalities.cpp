#include "store/Municipalities.h"

#include "store/AuditLog.h"
#include "store/ServerDatabase.h"

#include <QDateTime>
#include <QJsonDocument>

namespace fortrolig::server {

Result<MunicipalityRegister> Municipalities::all(ServerDatabase& db)
{
    SqlRunner sql(db.db(), db.mapper(), &db.cache());
    QJsonArray entries;
    sql.run(QStringLiteral("SELECT entry FROM municipalities ORDER BY name"));
    while (sql.next())
        entries.append(QJsonDocument::fromJson(sql.value(0).toString().toUtf8()).object());
    if (sql.error())
        return sql.error();
    auto r = MunicipalityRegister::fromJson(entries);
    if (!r.ok())
        return Error(ErrorCode::Damaged, QStringLiteral("municipalities") + r.error().detail);
    return r;
}

Result<QList<Municipalities::Unmapped>> Municipalities::unmapped(ServerDatabase& db)
{
    auto reg = all(db);
    if (!reg.ok())
        return reg.error();
    SqlRunner sql(db.db(), db.mapper());
    sql.run(QStringLiteral("SELECT municipality, count(DISTINCT citizen_id) FROM case_courses"
                           " GROUP BY municipality ORDER BY municipality"));
    QList<Unmapped> out;
    while (sql.next())
        if (!reg->byName(sql.value(0).toString()))
            out << Unmapped{sql.value(0).toString(), sql.value(1).toInt()};
    if (sql.error())
        return sql.error();
    return out;
}

QStringList Municipalities::changedFields(const Municipality& a, const Municipality& b)
{
    QStringList out;
    const auto compare = [&out](bool same, const char* name) {
        if (!same)
            out << QString::fromLatin1(name);
    };
    compare(a.name == b.name, "name");
    compare(a.cvr == b.cvr, "cvr");
    compare(a.jobcentreAddress == b.jobcentreAddress, "jobcentre-address");
    compare(a.jobcentrePhone == b.jobcentrePhone, "jobcentre-phone");
    compare(a.dpoContact == b.dpoContact, "dpo");
    compare(a.agreementDate == b.agreementDate, "agreement-date");
    compare(a.agreementReference == b.agreementReference, "agreement-reference");
    compare(a.legalBasis == b.legalBasis, "legal-basis");
    compare(a.approvals == b.approvals, "approved");
    compare(a.statisticsAllowed == b.statisticsAllowed, "statistics");
    return out;
}

Error Municipalities::put(ServerDatabase& db, Municipality entry, Put how, const QString& actor,
                          qint64 at)
{
    entry.changedAt = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODate);
    if (Error e = entry.check())
        return e;
    Transaction tx(db);
    if (tx.error())
        return tx.error();
    auto register_ = all(db);
    if (!register_.ok())
        return register_.error();
    const Municipality* before = register_->byId(entry.id);
    const Municipality* named = register_->byName(entry.name);
    if (how == Put::Add && before)
        return Error(ErrorCode::AlreadyExists, QStringLiteral("id"));
    if (how == Put::Edit && !before)
        return Error(ErrorCode::NotFound, QStringLiteral("id"));
    if (named && named->id != entry.id)
        return Error(ErrorCode::AlreadyExists, QStringLiteral("name"));
    SqlRunner sql(db.db(), db.mapper(), &db.cache());
    if (before) {
        sql.run(QStringLiteral("DELETE FROM municipalities WHERE id = ?"), {entry.id});
        if (before->name != entry.name) // the rules are the municipality's, not the name's
            sql.run(QStringLiteral("UPDATE retention_rules SET municipality = ?"
                                   " WHERE municipality = ?"),
                    {entry.name, before->name});
    }
    sql.run(QStringLiteral("INSERT INTO municipalities (id, name, entry, changed_at)"
                           " VALUES (?, ?, ?, ?)"),
            {entry.id, entry.name,
             QString::fromUtf8(QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact)), at});
    if (sql.error())
        return sql.error();
    const QString detail = before ? QStringLiteral("changed: ") +
                                        changedFields(*before, entry).join(QStringLiteral(", "))
                                  : QString();
    if (Error e = writeAudit(db, at, actor,
                             before ? QStringLiteral("municipality-edit")
                                    : QStringLiteral("municipality-add"),
                             entry.id, detail))
        return e;
    return tx.commit();
}

} // namespace fortrolig::server
