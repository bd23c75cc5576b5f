#include "casefile/ConsentLabels.h"

#include "app/consent/Consent.h"

namespace fortrolig {

QString ConsentLabels::recipientKind(const QString& kind)
{
    if (kind == QStringLiteral("jobcentre"))
        return tr("The referring jobcentre");
    if (kind == QStringLiteral("internship"))
        return tr("Work placement company");
    if (kind == QStringLiteral("doctor"))
        return tr("Doctor");
    if (kind == QStringLiteral("psychologist"))
        return tr("Psychologist");
    if (kind == QStringLiteral("akasse"))
        return tr("Unemployment fund (a-kasse)");
    if (kind == QStringLiteral("union"))
        return tr("Trade union");
    if (kind == QStringLiteral("relative"))
        return tr("Relative");
    return tr("Someone else");
}

QString ConsentLabels::category(const QString& category)
{
    if (category == QStringLiteral("ordinary"))
        return tr("Ordinary information");
    if (category == QStringLiteral("cpr"))
        return tr("CPR number");
    if (category == QStringLiteral("health"))
        return tr("Health");
    if (category == QStringLiteral("criminal"))
        return tr("Criminal records");
    if (category == QStringLiteral("economy"))
        return tr("Finances");
    return tr("Relatives");
}

QString ConsentLabels::recipient(const QString& text)
{
    const Recipient r = Recipient::parse(text);
    // A named jobcentre need not be the referring one (a consent may name another).
    if (r.kind == RecipientKind::Jobcentre && !r.name.isEmpty())
        return tr("Jobcentre: %1").arg(r.name);
    return r.name.isEmpty() ? recipientKind(r.kind)
                            : recipientKind(r.kind) + QStringLiteral(": ") + r.name;
}

QString ConsentLabels::categories(const QStringList& ids)
{
    QStringList out;
    for (const QString& id : ids)
        out << category(id);
    return out.join(QStringLiteral(", "));
}

} // namespace fortrolig
