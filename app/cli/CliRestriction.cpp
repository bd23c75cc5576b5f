// fortrolig-cli case restrict|lift|lift-notice|restrictions: a case's restriction, GDPR art. 18
// and 21 (docs/restriction.md).
#include "app/cli/Cli.h"

#include "app/core/StoredTime.h"
#include "app/journal/Journal.h"
#include "app/receipt/RequestDocuments.h"

#include <QJsonArray>
#include <QJsonObject>

namespace fortrolig {

namespace {

QString moment(const QDateTime& t)
{
    return t.isValid() ? StoredTime::localText(t) : QString();
}

QJsonObject restrictionJson(const RestrictionRecord& r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("citizenId"), r.citizenId},
            {QStringLiteral("inForce"), r.inForce()},
            {QStringLiteral("requestId"), r.requestId},
            {QStringLiteral("instruction"), r.instruction},
            {QStringLiteral("setAt"), moment(r.setAt)},
            {QStringLiteral("setBy"), r.setBy},
            {QStringLiteral("liftedAt"), moment(r.liftedAt)},
            {QStringLiteral("liftedBy"), r.liftedBy},
            {QStringLiteral("liftReason"), r.liftReason},
            {QStringLiteral("toldAt"), moment(r.toldAt)},
            {QStringLiteral("toldHow"), r.toldHow}};
}

QString restrictionLine(const RestrictionRecord& r)
{
    const QString basis = r.requestId.isEmpty() ? Cli::tr("on instruction: %1").arg(r.instruction)
                                                : Cli::tr("on request %1").arg(r.requestId);
    if (r.inForce())
        return Cli::tr("%1\tIN FORCE since %2, %3").arg(r.id, r.setAt.toString(Qt::ISODate), basis);
    return Cli::tr("%1\tlifted %2 (citizen told %3 by %4: %5), set %6, %7")
        .arg(r.id, r.liftedAt.toString(Qt::ISODate), r.toldAt.toString(Qt::ISODate),
             CitizenRequest::channelText(r.toldHow), r.liftReason, r.setAt.toString(Qt::ISODate),
             basis);
}

} // namespace

int Cli::cmdCase(Journal& journal, const QString& sub)
{
    const QString id = m_args.positional.value(2);
    if (sub == QStringLiteral("restrict")) {
        const bool onRequest = m_args.has(QStringLiteral("--request"));
        if (onRequest == m_args.has(QStringLiteral("--instruction")))
            return usageError(tr("case restrict needs --request ID (a restriction or objection "
                                 "request) or --instruction TEXT (the municipality's), one of "
                                 "the two"));
        auto r = journal.restrictCase(id, m_args.value(QStringLiteral("--request")),
                                      m_args.value(QStringLiteral("--instruction")));
        if (!r.ok())
            return fail(r.error());
        print(QJsonObject{{QStringLiteral("id"), r.value()}},
              tr("The case is restricted (%1): only the municipality that referred the citizen "
                 "is told anything, and changes need a reason.")
                  .arg(r.value()));
        return Success;
    }
    if (sub == QStringLiteral("lift")) {
        const QString how = m_args.value(QStringLiteral("--told-how"));
        if (!CitizenRequest::channels().contains(how))
            return usageError(tr("--told-how must be one of: %1")
                                  .arg(CitizenRequest::channels().join(QStringLiteral(", "))));
        const QString at = m_args.value(QStringLiteral("--told"));
        const QDateTime told =
            at.isEmpty() ? QDateTime::currentDateTime() : QDateTime::fromString(at, Qt::ISODate);
        if (!told.isValid())
            return usageError(tr("--told takes a time, YYYY-MM-DDTHH:MM"));
        if (Error e =
                journal.liftRestriction(id, m_args.value(QStringLiteral("--reason")), told, how))
            return fail(e);
        m_out << tr("The restriction is lifted.") << Qt::endl;
        return Success;
    }
    if (sub == QStringLiteral("lift-notice"))
        return caseLiftNotice(journal, id);
    if (sub == QStringLiteral("restrictions")) {
        auto list = journal.restrictions(id);
        if (!list.ok())
            return fail(list.error());
        QJsonArray json;
        QStringList lines;
        for (const RestrictionRecord& r : list.value()) {
            json << restrictionJson(r);
            lines << restrictionLine(r);
        }
        print(json, lines.isEmpty() ? tr("No restrictions.") : lines.join(QLatin1Char('\n')));
        return Success;
    }
    return usageError(tr("unknown command: case %1").arg(sub));
}

// The paper telling the citizen that the restriction in force will be lifted, in their
// language: written whole or not at all, and logged as an export.
int Cli::caseLiftNotice(Journal& journal, const QString& citizenId)
{
    const QDate on = QDate::fromString(m_args.value(QStringLiteral("--lift-on")), Qt::ISODate);
    if (!on.isValid() || on < QDate::currentDate())
        return usageError(tr("--lift-on takes a day from today on, YYYY-MM-DD: the citizen is "
                             "told before it is lifted"));
    auto facts = RequestDocuments::liftFactsOf(journal, citizenId);
    if (!facts.ok())
        return fail(facts.error());
    RequestDocuments::LiftFacts f = facts.value();
    f.liftOn = on;
    f.reason = m_args.value(QStringLiteral("--reason"));
    f.provider = m_args.value(QStringLiteral("--provider"));
    f.providerContact = m_args.value(QStringLiteral("--contact"));
    const QString language = m_args.has(QStringLiteral("--language"))
                                 ? m_args.value(QStringLiteral("--language"))
                                 : QStringLiteral("da");
    auto lines = RequestDocuments::liftNoticeLines(f, language);
    if (!lines.ok())
        return usageError(tr("the notice needs a --reason, and --language one of: %1")
                              .arg(RequestDocuments::languages().join(QStringLiteral(", "))));
    const QString to = m_args.value(QStringLiteral("--to"));
    if (Error e = RequestDocuments::save(journal, citizenId,
                                         QStringLiteral("restriction lift notice ") + language,
                                         lines.value(), to))
        return fail(e);
    m_out << tr("Written: %1").arg(to) << Qt::endl;
    return Success;
}

} // namespace fortrolig
