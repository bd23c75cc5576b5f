#include "app/consent/ConsentGate.h"

#include "app/core/StoredTime.h"
#include "app/storage/JournalDatabase.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace fortrolig {

namespace {
struct GrantRow
{
    QString consentId;
    Recipient recipient;
    QString category;
    bool withdrawn = false; // the grant, or the whole consent
    bool expired = false;
    QDateTime signedAt;
};

struct CourseRow
{
    QString id;
    QString municipality;
    QDate start;
    QDate end; // the actual end, else the planned end; null: open
};

// A municipality's name without the words that only say "municipality" or "jobcentre".
QString municipalityKey(const QString& name)
{
    static const QStringList generic = {
        QStringLiteral("jobcenter"),      QStringLiteral("jobcentret"),
        QStringLiteral("jobcentre"),      QStringLiteral("kommune"),
        QStringLiteral("regionskommune"), QStringLiteral("municipality")};
    const QStringList words =
        name.simplified().toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList kept;
    for (const QString& w : words) {
        if (!generic.contains(w))
            kept << w;
    }
    return (kept.isEmpty() ? words : kept).join(QLatin1Char(' '));
}

// Does the law's basis for a jobcentre hold today? Yes with the course it rests on, or no
// with the reason and the course that came nearest.
Result<GateDecision> legalBasis(QSqlDatabase db, const QString& citizenId,
                                const Recipient& recipient, QDate today)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, municipality, start_date, coalesce(actual_end,"
                             " planned_end) FROM courses WHERE citizen_id = ?"
                             " ORDER BY start_date, id"));
    q.addBindValue(citizenId);
    if (!q.exec())
        return JournalDatabase::errorFrom(q.lastError(), {});
    QList<CourseRow> courses;
    while (q.next())
        courses << CourseRow{q.value(0).toString(), q.value(1).toString(),
                             QDate::fromString(q.value(2).toString(), Qt::ISODate),
                             QDate::fromString(q.value(3).toString(), Qt::ISODate)};
    q.finish();

    GateDecision d;
    const auto about = [&d, today](const CourseRow& c) {
        d.courseId = c.id;
        d.municipality = c.municipality;
        d.courseStart = c.start;
        d.courseEnd = c.end;
        d.inHandOver = c.end.isValid() && today > c.end;
    };
    if (courses.isEmpty()) {
        d.reason = GateDecision::Reason::NoCourse;
        return d;
    }
    const bool unnamed = recipient.name.trimmed().isEmpty(); // the referring one
    QList<CourseRow> mine, running;
    for (const CourseRow& c : std::as_const(courses)) {
        if (!unnamed && !ConsentGate::sameMunicipality(recipient.name, c.municipality))
            continue;
        mine << c;
        if (c.start <= today &&
            (!c.end.isValid() || today <= c.end.addDays(GateDecision::handOverDays)))
            running << c;
    }
    if (mine.isEmpty()) {
        d.reason = GateDecision::Reason::NotReferringMunicipality;
        return d;
    }
    if (!running.isEmpty()) {
        QSet<QString> municipalities;
        for (const CourseRow& c : std::as_const(running))
            municipalities << municipalityKey(c.municipality);
        if (municipalities.size() > 1) { // only when unnamed
            d.reason = GateDecision::Reason::JobcentreNotNamed;
            return d;
        }
        // A course still running before one in its hand-over; then the newest.
        const CourseRow* best = nullptr;
        for (const CourseRow& c : std::as_const(running)) {
            const bool ongoing = !c.end.isValid() || today <= c.end;
            const bool bestOngoing = best && (!best->end.isValid() || today <= best->end);
            if (!best || (ongoing && !bestOngoing) ||
                (ongoing == bestOngoing && c.start >= best->start))
                best = &c;
        }
        about(*best);
        d.allowed = true;
        d.reason = GateDecision::Reason::LegalBasis;
        return d;
    }
    // None runs: the next to start, else the last to end.
    for (const CourseRow& c : std::as_const(mine)) {
        if (c.start > today) {
            about(c); // sorted by start: the first after today
            d.reason = GateDecision::Reason::CourseNotStarted;
            return d;
        }
    }
    const CourseRow* last = &mine.first();
    for (const CourseRow& c : std::as_const(mine)) {
        if (c.end > last->end)
            last = &c;
    }
    about(*last);
    d.reason = GateDecision::Reason::CourseEnded;
    return d;
}
} // namespace

Result<bool> ConsentGate::restricted(QSqlDatabase db, const QString& citizenId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM restrictions WHERE citizen_id = ?"
                             " AND lifted_at IS NULL"));
    q.addBindValue(citizenId);
    if (!q.exec() || !q.next())
        return JournalDatabase::errorFrom(q.lastError(), {});
    return q.value(0).toInt() > 0;
}

bool ConsentGate::sameMunicipality(const QString& a, const QString& b)
{
    const QString key = municipalityKey(a);
    return !key.isEmpty() && key == municipalityKey(b);
}

namespace {
// The citizen's given grants to this recipient (to a jobcentre: to its municipality's),
// newest consent first.
Result<QList<GrantRow>> grantsTo(QSqlDatabase db, const QString& citizenId,
                                 const Recipient& recipient, Direction direction, QDate today)
{
    const bool jobcentre = recipient.kind == RecipientKind::Jobcentre;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT c.id, g.recipient_kind, g.recipient_name, g.category,"
        " c.withdrawn_at IS NOT NULL OR g.withdrawn_at IS NOT NULL, c.valid_until, co.actual_end,"
        " c.signed_at FROM consents c JOIN consent_grants g ON g.consent_id = c.id"
        " LEFT JOIN courses co ON co.id = c.course_id"
        " WHERE c.citizen_id = ? AND c.status = 'given' AND g.direction = ?"
        " ORDER BY c.signed_at DESC"));
    q.addBindValue(citizenId);
    q.addBindValue(DirectionName::of(direction));
    if (!q.exec())
        return JournalDatabase::errorFrom(q.lastError(), {});
    QList<GrantRow> grants;
    while (q.next()) {
        GrantRow g;
        g.consentId = q.value(0).toString();
        g.recipient = {q.value(1).toString(), q.value(2).toString()};
        g.category = q.value(3).toString();
        g.withdrawn = q.value(4).toInt() != 0;
        // Valid through the last day named, and never past the end of the course it is for.
        const QDate until = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        const QDate courseEnd = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        g.expired =
            (until.isValid() && today > until) || (courseEnd.isValid() && today > courseEnd);
        g.signedAt = StoredTime::from(q.value(7));
        // A grant without a name, of a kind that needed none when it was given ("your
        // a-kasse" in version 1 of the form), covers the citizen's one of that kind, by
        // whatever name it is now asked about.
        const bool anyOfKind = g.recipient.name.isEmpty() &&
                               !RecipientKind::needsName(g.recipient.kind) &&
                               g.recipient.kind == recipient.kind;
        const bool same = jobcentre
                              ? g.recipient.kind == RecipientKind::Jobcentre &&
                                    ConsentGate::sameMunicipality(recipient.name, g.recipient.name)
                              : g.recipient == recipient || anyOfKind;
        if (same)
            grants << g;
    }
    q.finish();
    return grants;
}

// What the grants say of the categories asked for.
struct Coverage
{
    bool anyWithdrawn = false, anyExpired = false, anyActive = false;
    QString allowingConsent; // the first consent that covers a category
    QStringList notCovered;
};

Coverage coverage(const QStringList& categories, const QList<GrantRow>& grants)
{
    Coverage out;
    for (const QString& category : categories) {
        bool covered = false;
        for (const GrantRow& g : grants) {
            const bool active = !g.withdrawn && !g.expired;
            out.anyActive |= active;
            if (g.category != category)
                continue;
            if (active) {
                covered = true;
                if (out.allowingConsent.isEmpty())
                    out.allowingConsent = g.consentId;
            }
            out.anyWithdrawn |= g.withdrawn;
            out.anyExpired |= g.expired && !g.withdrawn;
        }
        if (!covered)
            out.notCovered << category;
    }
    return out;
}
} // namespace

Result<GateDecision> ConsentGate::check(QSqlDatabase db, const QString& citizenId,
                                        const Recipient& recipient, const QStringList& categories,
                                        QDate today, Direction direction)
{
    // A jobcentre: the law's basis first; without it, a consent as for anyone else.
    const bool jobcentre = recipient.kind == RecipientKind::Jobcentre;
    GateDecision withoutBasis;
    if (jobcentre) {
        auto basis = legalBasis(db, citizenId, recipient, today);
        if (basis.ok())
            basis->direction = direction;
        if (!basis.ok() || basis->allowed)
            return basis;
        withoutBasis = basis.value();
    }
    // A restricted case tells no one but the controller (the jobcentre above, under the law's
    // basis): not even with a consent, which the citizen gave before asking for the
    // restriction. Obtaining is left to the consent (art. 18(2)); what it brings in is a
    // change to the case, which needs a reason (Journal::giveChangeReason).
    if (direction == Direction::Tell) {
        auto restricted = ConsentGate::restricted(db, citizenId);
        if (!restricted.ok())
            return restricted.error();
        if (restricted.value()) {
            GateDecision d;
            d.reason = GateDecision::Reason::Restricted;
            return d;
        }
    }
    const Result<QList<GrantRow>> grants = grantsTo(db, citizenId, recipient, direction, today);
    if (!grants.ok())
        return grants.error();
    const Coverage c = coverage(categories, grants.value());

    GateDecision d;
    d.direction = direction;
    d.notCovered = c.notCovered;
    if (d.notCovered.isEmpty() && !categories.isEmpty()) {
        d.allowed = true;
        d.reason = GateDecision::Reason::Consent;
        d.consentId = c.allowingConsent;
        return d;
    }
    if (c.anyExpired)
        d.reason = GateDecision::Reason::Expired;
    else if (c.anyWithdrawn)
        d.reason = GateDecision::Reason::Withdrawn;
    else if (c.anyActive)
        d.reason = GateDecision::Reason::CategoryNotCovered;
    else {
        // Nothing for this recipient: was the latest answer to the form a no?
        QSqlQuery latest(db);
        latest.prepare(QStringLiteral("SELECT status FROM consents WHERE citizen_id = ?"
                                      " ORDER BY signed_at DESC LIMIT 1"));
        latest.addBindValue(citizenId);
        if (!latest.exec())
            return JournalDatabase::errorFrom(latest.lastError(), {});
        d.reason = latest.next() && latest.value(0).toString() == QStringLiteral("refused")
                       ? GateDecision::Reason::Refused
                       : GateDecision::Reason::NoConsent;
        // Nothing given to this jobcentre: why the law's basis does not hold says more.
        if (jobcentre)
            return withoutBasis;
    }
    return d;
}

} // namespace fortrolig
