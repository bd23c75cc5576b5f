#include "consent/ConsentGate.h"

#include "storage/JournalDatabase.h"

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
    QString signedAt;
};
} // namespace

Result<GateDecision> ConsentGate::check(QSqlDatabase db, const QString& citizenId,
                                        const Recipient& recipient, const QStringList& categories,
                                        QDate today)
{
    GateDecision d;
    if (recipient.kind == RecipientKind::Jobcentre) {
        d.allowed = true;
        d.reason = GateDecision::Reason::LegalBasis;
        return d;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT c.id, g.recipient_kind, g.recipient_name, g.category,"
        " c.withdrawn_at IS NOT NULL OR g.withdrawn_at IS NOT NULL, c.valid_until, co.actual_end,"
        " c.signed_at FROM consents c JOIN consent_grants g ON g.consent_id = c.id"
        " LEFT JOIN courses co ON co.id = c.course_id"
        " WHERE c.citizen_id = ? AND c.status = 'given' ORDER BY c.signed_at DESC"));
    q.addBindValue(citizenId);
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
        g.signedAt = q.value(7).toString();
        if (g.recipient == recipient)
            grants << g;
    }
    q.finish();

    bool anyWithdrawn = false, anyExpired = false, anyActive = false;
    QString allowingConsent;
    for (const QString& category : categories) {
        bool covered = false;
        for (const GrantRow& g : std::as_const(grants)) {
            const bool active = !g.withdrawn && !g.expired;
            anyActive |= active;
            if (g.category != category)
                continue;
            if (active) {
                covered = true;
                if (allowingConsent.isEmpty())
                    allowingConsent = g.consentId;
            }
            anyWithdrawn |= g.withdrawn;
            anyExpired |= g.expired && !g.withdrawn;
        }
        if (!covered)
            d.notCovered << category;
    }
    if (d.notCovered.isEmpty() && !categories.isEmpty()) {
        d.allowed = true;
        d.reason = GateDecision::Reason::Consent;
        d.consentId = allowingConsent;
        return d;
    }
    if (anyExpired)
        d.reason = GateDecision::Reason::Expired;
    else if (anyWithdrawn)
        d.reason = GateDecision::Reason::Withdrawn;
    else if (anyActive)
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
    }
    return d;
}

} // namespace fortrolig
