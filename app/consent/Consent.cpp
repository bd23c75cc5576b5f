#include "app/consent/Consent.h"
#include "app/core/Dates.h"

#include <QLocale>

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

QString DirectionName::of(Direction d)
{
    return d == Direction::Obtain ? QStringLiteral("obtain") : QStringLiteral("tell");
}

std::optional<Direction> DirectionName::parse(const QString& text)
{
    if (text == QStringLiteral("tell"))
        return Direction::Tell;
    if (text == QStringLiteral("obtain"))
        return Direction::Obtain;
    return std::nullopt;
}

QList<ConsentQuestion> ConsentQuestion::tellEach(const QList<Recipient>& recipients)
{
    QList<ConsentQuestion> out;
    for (const Recipient& r : recipients)
        out << ConsentQuestion{r};
    return out;
}

QStringList InfoCategory::all()
{
    return {QStringLiteral("ordinary"), QStringLiteral("cpr"),     QStringLiteral("health"),
            QStringLiteral("criminal"), QStringLiteral("economy"), QStringLiteral("relatives")};
}

bool RecipientKind::needsName(const QString& kind)
{
    // A company, a doctor, a relative, "other": a consent must say which one.
    static const QStringList named = {QStringLiteral("internship"), QStringLiteral("doctor"),
                                      QStringLiteral("psychologist"), QStringLiteral("relative"),
                                      QStringLiteral("other")};
    return named.contains(kind);
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
    return !RecipientKind::needsName(kind) || !name.trimmed().isEmpty();
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
    case Reason::NotReferringMunicipality:
        return QStringLiteral("not-referring-municipality");
    case Reason::NoCourse:
        return QStringLiteral("no-course");
    case Reason::CourseNotStarted:
        return QStringLiteral("course-not-started");
    case Reason::CourseEnded:
        return QStringLiteral("course-ended");
    case Reason::JobcentreNotNamed:
        return QStringLiteral("jobcentre-not-named");
    case Reason::Restricted:
        return QStringLiteral("restricted");
    }
    return {};
}

QString GateDecision::explanation() const
{
    const auto date = [](QDate d) { return Dates::day(d); };
    switch (reason) {
    case Reason::LegalBasis:
        if (municipality.isEmpty())
            return tr("Allowed: the referring jobcentre receives what the course requires.");
        if (inHandOver)
            return tr("Allowed: the course from %1 ended on %2; its jobcentre receives the "
                      "hand-over until %3.")
                .arg(municipality, date(courseEnd), date(handOverUntil()));
        return tr("Allowed: %1 referred the citizen to the course; its jobcentre receives what "
                  "the course requires.")
            .arg(municipality);
    case Reason::Consent:
        return tr("Allowed by the citizen's consent.");
    case Reason::NoConsent:
        return direction == Direction::Obtain
                   ? tr("Not allowed: the citizen has not consented to our obtaining "
                        "information from this recipient.")
                   : tr("Not allowed: the citizen has not consented to sharing with this "
                        "recipient.");
    case Reason::Refused:
        return tr("Not allowed: the citizen said no to the consent form.");
    case Reason::Withdrawn:
        return tr("Not allowed: the citizen has withdrawn this consent.");
    case Reason::Expired:
        return tr("Not allowed: the consent has expired.");
    case Reason::CategoryNotCovered:
        return (direction == Direction::Obtain
                    ? tr("Not allowed: the consent does not cover obtaining %1.")
                    : tr("Not allowed: the consent does not cover %1."))
            .arg(notCovered.join(QStringLiteral(", ")));
    case Reason::NotReferringMunicipality:
        return tr("Not allowed: only the jobcentre of the municipality that referred the citizen "
                  "to a course has a legal basis, and the citizen has not consented to sharing "
                  "with this jobcentre.");
    case Reason::NoCourse:
        return tr("Not allowed: the citizen has no course, so no jobcentre has a legal basis, "
                  "and the citizen has not consented to sharing with this jobcentre.");
    case Reason::CourseNotStarted:
        return tr("Not allowed: the course from %1 starts on %2. Until then its jobcentre has "
                  "no legal basis.")
            .arg(municipality, date(courseStart));
    case Reason::CourseEnded:
        return tr("Not allowed: the course from %1 ended on %2, and the hand-over to its "
                  "jobcentre ended on %3.")
            .arg(municipality, date(courseEnd), date(handOverUntil()));
    case Reason::Restricted:
        return tr("Not allowed: the case is restricted (the citizen's request or the "
                  "municipality's instruction). Nothing is passed on except to the jobcentre "
                  "of the municipality that referred the citizen.");
    case Reason::JobcentreNotNamed:
        return tr("Not allowed: courses from more than one municipality are running. Write the "
                  "name of the municipality whose jobcentre is to receive it.");
    }
    return {};
}

} // namespace fortrolig
