#include "consent/Consent.h"

namespace fortrolig {

QStringList RecipientKind::all()
{
    return {Jobcentre,
            QStringLiteral("internship"),
            QStringLiteral("doctor"),
            QStringLiteral("psychologist"),
            QStringLiteral("akasse"),
            QStringLiteral("union"),
            QStringLiteral("relative"),
            QStringLiteral("other")};
}

QStringList InfoCategory::all()
{
    return {QStringLiteral("ordinary"), QStringLiteral("cpr"),     QStringLiteral("health"),
            QStringLiteral("criminal"), QStringLiteral("economy"), QStringLiteral("relatives")};
}

bool InfoCategory::isSpecial(const QString& category)
{
    return category == QStringLiteral("health") || category == QStringLiteral("criminal");
}

Recipient Recipient::parse(const QString& text)
{
    const int colon = int(text.indexOf(QLatin1Char(':')));
    if (colon < 0)
        return {text.trimmed(), {}};
    return {text.left(colon).trimmed(), text.mid(colon + 1).trimmed()};
}

bool Recipient::isValid() const
{
    if (!RecipientKind::all().contains(kind))
        return false;
    // A company, a doctor, a relative, "other": a consent must say which one.
    static const QStringList named = {QStringLiteral("internship"), QStringLiteral("doctor"),
                                      QStringLiteral("psychologist"), QStringLiteral("relative"),
                                      QStringLiteral("other")};
    return !named.contains(kind) || !name.trimmed().isEmpty();
}

QString GateDecision::code() const
{
    switch (reason) {
    case Reason::LegalBasis:
        return QStringLiteral("legal-basis");
    case Reason::Consent:
        return QStringLiteral("consent");
    case Reason::NoConsent:
        return QStringLiteral("no-consent");
    case Reason::Refused:
        return QStringLiteral("refused");
    case Reason::Withdrawn:
        return QStringLiteral("withdrawn");
    case Reason::Expired:
        return QStringLiteral("expired");
    case Reason::CategoryNotCovered:
        return QStringLiteral("category-not-covered");
    }
    return {};
}

QString GateDecision::explanation() const
{
    switch (reason) {
    case Reason::LegalBasis:
        return tr("Allowed: the referring jobcentre receives what the course requires.");
    case Reason::Consent:
        return tr("Allowed by the citizen's consent.");
    case Reason::NoConsent:
        return tr("Not allowed: the citizen has not consented to sharing with this recipient.");
    case Reason::Refused:
        return tr("Not allowed: the citizen said no to the consent form.");
    case Reason::Withdrawn:
        return tr("Not allowed: the citizen has withdrawn this consent.");
    case Reason::Expired:
        return tr("Not allowed: the consent has expired.");
    case Reason::CategoryNotCovered:
        return tr("Not allowed: the consent does not cover %1.")
            .arg(notCovered.join(QStringLiteral(", ")));
    }
    return {};
}

} // namespace fortrolig
