#include "app/journal/Retention.h"

#include <QRegularExpression>

#include "app/journal/Event.h" // isUuid

#include <QJsonObject>
#include <algorithm>

namespace fortrolig {

QList<RetentionKind> allRetentionKinds()
{
    return {RetentionKind::Case, RetentionKind::AccessLog, RetentionKind::SyncProblems,
            RetentionKind::Consents, RetentionKind::Disclosures};
}

QList<RetentionKind> caseParts()
{
    return {RetentionKind::Consents, RetentionKind::Disclosures};
}

QStringList eventTypesOf(RetentionKind part)
{
    switch (part) {
    case RetentionKind::Consents:
        return {EventType::ConsentGiven, EventType::ConsentRefused, EventType::ConsentWithdrawn};
    case RetentionKind::Disclosures:
        return {EventType::DisclosureRecorded};
    case RetentionKind::Case:
    case RetentionKind::AccessLog:
    case RetentionKind::SyncProblems:
        break;
    }
    return {};
}

QString coursePartName(const QString& courseId)
{
    return QStringLiteral("course:") + courseId;
}

QString courseOfPart(const QString& partName)
{
    const QString prefix = QStringLiteral("course:");
    if (!partName.startsWith(prefix))
        return {};
    const QString id = partName.mid(prefix.size());
    return isUuid(id) ? id : QString();
}

QString nameOf(RetentionKind kind)
{
    switch (kind) {
    case RetentionKind::Case:
        return QStringLiteral("case");
    case RetentionKind::AccessLog:
        return QStringLiteral("access-log");
    case RetentionKind::SyncProblems:
        return QStringLiteral("sync-problems");
    case RetentionKind::Consents:
        return QStringLiteral("consents");
    case RetentionKind::Disclosures:
        return QStringLiteral("disclosures");
    }
    return {};
}

std::optional<RetentionKind> retentionKindOf(const QString& name)
{
    for (RetentionKind k : allRetentionKinds())
        if (nameOf(k) == name)
            return k;
    return std::nullopt;
}

RetentionRules::RetentionRules(QList<RetentionRule> rules)
{
    for (const RetentionRule& r : rules)
        set(r);
}

void RetentionRules::set(const RetentionRule& rule)
{
    for (RetentionRule& r : m_rules) {
        if (r.municipality == rule.municipality && r.kind == rule.kind) {
            r.months = rule.months;
            return;
        }
    }
    m_rules << rule;
}

std::optional<int> RetentionRules::ruleMonths(const QString& municipality, RetentionKind kind) const
{
    std::optional<int> fallback;
    for (const RetentionRule& r : m_rules) {
        if (r.kind != kind)
            continue;
        if (r.municipality == municipality && !municipality.isEmpty())
            return r.months;
        if (r.municipality.isEmpty())
            fallback = r.months;
    }
    return fallback;
}

int RetentionRules::accessLogMonths() const
{
    int longest = months({}, RetentionKind::AccessLog);
    for (const RetentionRule& r : m_rules)
        if (r.kind == RetentionKind::AccessLog)
            longest = std::max(longest, r.months);
    return std::max(longest, kMinAccessLogMonths);
}

int RetentionRules::months(const QString& municipality, RetentionKind kind) const
{
    const int caseMonths = ruleMonths(municipality, RetentionKind::Case).value_or(kDefaultMonths);
    if (caseParts().contains(kind))
        return std::min(caseMonths, ruleMonths(municipality, kind).value_or(caseMonths));
    return kind == RetentionKind::Case ? caseMonths
                                       : ruleMonths(municipality, kind).value_or(kDefaultMonths);
}

Error RetentionRules::check(const RetentionRule& rule)
{
    if (rule.months < 1 || rule.months > kMaxMonths)
        return Error(ErrorCode::InvalidInput,
                     QStringLiteral("months must be 1 to %1").arg(kMaxMonths));
    if (rule.kind == RetentionKind::AccessLog && rule.months < kMinAccessLogMonths)
        return Error(
            ErrorCode::InvalidInput,
            QStringLiteral("the access log is kept at least %1 months").arg(kMinAccessLogMonths));
    return {};
}

QJsonArray RetentionRules::toJson() const
{
    QJsonArray out;
    for (const RetentionRule& r : m_rules)
        out.append(QJsonObject{{QStringLiteral("municipality"), r.municipality},
                               {QStringLiteral("kind"), nameOf(r.kind)},
                               {QStringLiteral("months"), r.months}});
    return out;
}

Result<RetentionRules> RetentionRules::fromJson(const QJsonArray& array)
{
    RetentionRules out;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QString where = QStringLiteral("retention[%1]").arg(i);
        const QJsonValue kindName = o.value(QStringLiteral("kind"));
        const auto kind = retentionKindOf(kindName.toString());
        const QJsonValue months = o.value(QStringLiteral("months"));
        const QJsonValue municipality = o.value(QStringLiteral("municipality"));
        if (!array.at(i).isObject() || !kindName.isString() || !months.isDouble() ||
            !municipality.isString())
            return Error(ErrorCode::InvalidInput, where);
        if (!kind)
            continue; // a kind a later server knows: what this version keeps, it keeps no longer
                      // than the case, which it does know
        const RetentionRule rule{municipality.toString(), *kind, months.toInt()};
        if (double(rule.months) != months.toDouble() || check(rule))
            return Error(ErrorCode::InvalidInput, where + QStringLiteral(".months"));
        out.set(rule);
    }
    return out;
}

QJsonObject RetentionHold::toJson() const
{
    QJsonObject o{{QStringLiteral("citizen"), citizenId},
                  {QStringLiteral("reason"), reason},
                  {QStringLiteral("heldBy"), heldBy}};
    if (until.isValid())
        o.insert(QStringLiteral("until"), until.toString(Qt::ISODate));
    return o;
}

Result<RetentionHold> RetentionHold::fromJson(const QJsonObject& o)
{
    const auto text = [&o](const char* key) { return o.value(QLatin1String(key)); };
    RetentionHold h{
        text("citizen").toString(), text("reason").toString(), text("heldBy").toString(), {}};
    const QJsonValue until = text("until");
    if (!text("citizen").isString() || !isUuid(h.citizenId))
        return Error(ErrorCode::InvalidInput, QStringLiteral("citizen"));
    if (!text("reason").isString() || h.reason.isEmpty() || h.reason.size() > kMaxReasonLength)
        return Error(ErrorCode::InvalidInput, QStringLiteral("reason"));
    if (!text("heldBy").isString() || h.heldBy.isEmpty() || h.heldBy.size() > kMaxNameLength)
        return Error(ErrorCode::InvalidInput, QStringLiteral("heldBy"));
    if (!until.isUndefined()) {
        h.until = QDate::fromString(until.toString(), Qt::ISODate);
        if (!until.isString() || !h.until.isValid())
            return Error(ErrorCode::InvalidInput, QStringLiteral("until"));
    }
    return h;
}

QJsonObject PulledRetention::toJson() const
{
    QJsonArray held;
    for (const RetentionHold& h : holds)
        held.append(h.toJson());
    QJsonObject o{{QStringLiteral("rules"), rules.toJson()}, {QStringLiteral("holds"), held}};
    if (municipalities)
        o.insert(QStringLiteral("municipalities"), municipalities->toJson());
    return o;
}

Result<PulledRetention> PulledRetention::fromJson(const QJsonObject& o)
{
    const QJsonValue rules = o.value(QStringLiteral("rules"));
    const QJsonValue holds = o.value(QStringLiteral("holds"));
    if (!rules.isArray() || rules.toArray().size() > kMaxRules)
        return Error(ErrorCode::InvalidInput, QStringLiteral("rules"));
    if (!holds.isArray() || holds.toArray().size() > kMaxHolds)
        return Error(ErrorCode::InvalidInput, QStringLiteral("holds"));
    PulledRetention out;
    auto parsed = RetentionRules::fromJson(rules.toArray());
    if (!parsed.ok())
        return Error(ErrorCode::InvalidInput, QStringLiteral("rules: ") + parsed.error().detail);
    out.rules = parsed.value();
    for (const QJsonValue& v : holds.toArray()) {
        auto h = RetentionHold::fromJson(v.toObject());
        if (!h.ok())
            return Error(ErrorCode::InvalidInput, QStringLiteral("holds[].") + h.error().detail);
        out.holds << h.value();
    }
    const QJsonValue municipalities = o.value(QStringLiteral("municipalities"));
    if (!municipalities.isUndefined()) {
        auto r = MunicipalityRegister::fromJson(municipalities.toArray());
        if (!municipalities.isArray() || !r.ok())
            return Error(ErrorCode::InvalidInput, QStringLiteral("municipalities") +
                                                      (r.ok() ? QString() : r.error().detail));
        out.municipalities = r.value();
    }
    return out;
}

QDate CaseRetentionFacts::dueDate(const RetentionRules& rules, RetentionKind kind) const
{
    if (courseOpen || !courseEnd.isValid())
        return {};
    return courseEnd.addMonths(rules.months(municipality, kind));
}

QDate CaseRetentionFacts::partDueDate(const RetentionRules& rules, RetentionKind part) const
{
    const QDate due = dueDate(rules, part);
    return due.isValid() && due < dueDate(rules) ? due : QDate();
}

Error checkInstructionReference(const QString& reference)
{
    static const QRegularExpression allowed(QStringLiteral("^[\\p{L}\\p{N} ._/:-]{1,64}$"));
    static const QRegularExpression cpr(QStringLiteral("\\d{6}[ -]?\\d{4}"));
    if (reference.trimmed().isEmpty() || !allowed.match(reference).hasMatch())
        return Error(ErrorCode::InvalidInput,
                     QStringLiteral("reference: 1 to 64 letters, digits, spaces and . _ / : -"));
    if (cpr.match(reference).hasMatch())
        return Error(ErrorCode::InvalidInput,
                     QStringLiteral("reference: it reads as a CPR number; use the instruction's "
                                    "own reference"));
    return {};
}

} // namespace fortrolig
