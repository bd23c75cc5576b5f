#include "app/journal/AccessPackage.h"

#include "app/core/StoredTime.h"
#include "app/journal/PackageParts.h"

#include <QSet>

namespace fortrolig {

namespace {

// Whom information was obtained from: each source once, with what and when.
QJsonArray sourcesOf(const QJsonArray& disclosures)
{
    QJsonArray out;
    for (const QJsonValue& v : disclosures) {
        const QJsonObject d = v.toObject();
        if (d.value(QStringLiteral("direction")).toString() != QStringLiteral("obtain"))
            continue;
        out << QJsonObject{{QStringLiteral("kind"), d.value(QStringLiteral("recipientKind"))},
                           {QStringLiteral("name"), d.value(QStringLiteral("recipientName"))},
                           {QStringLiteral("categories"), d.value(QStringLiteral("categories"))},
                           {QStringLiteral("what"), d.value(QStringLiteral("what"))},
                           {QStringLiteral("at"), d.value(QStringLiteral("at"))},
                           {QStringLiteral("disclosureId"), d.value(QStringLiteral("id"))}};
    }
    return out;
}

} // namespace

QJsonObject AccessPackage::assemble(const Parts& p)
{
    return {{QStringLiteral("schema"), kSchemaName},
            {QStringLiteral("schemaVersion"), kSchemaVersion},
            {QStringLiteral("madeAt"), StoredTime::localText(p.madeAt)},
            {QStringLiteral("madeBy"), p.identity.displayName()},
            {QStringLiteral("device"), p.identity.device},
            {QStringLiteral("request"), p.request},
            {QStringLiteral("citizen"), p.citizen},
            {QStringLiteral("courses"), p.courses},
            {QStringLiteral("notes"), p.notes},
            {QStringLiteral("consents"), p.consents},
            {QStringLiteral("documents"), p.documents},
            {QStringLiteral("disclosures"), p.disclosures},
            {QStringLiteral("sources"), sourcesOf(p.disclosures)},
            {QStringLiteral("requests"), p.requests},
            {QStringLiteral("restrictions"), p.restrictions},
            {QStringLiteral("retention"), p.retention},
            {QStringLiteral("accessLog"), p.accessLog},
            {QStringLiteral("review"), PackageParts::reviewOnce(p.review)}};
}

QStringList AccessPackage::reviewKeys(const QJsonObject& package)
{
    QStringList out;
    for (const QJsonValue& v : package.value(QStringLiteral("review")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(QStringLiteral("what")).toString() + QLatin1Char(' ') +
                            o.value(QStringLiteral("id")).toString();
        if (!out.contains(key))
            out << key;
    }
    return out;
}

} // namespace fortrolig
