#pragma once

#include "app/core/Error.h"
#include "app/domain/CitizenRequest.h"
#include "app/journal/Event.h"
#include "app/journal/Retention.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QVariantList>
#include <optional>

namespace fortrolig::server {

class ServerDatabase;
class Sealer;

// What the server keeps beside a case's sealed events so that retention can run without
// opening them: each course's municipality and dates (case_courses) and the case's legal
// hold (case_holds); each request's kind and dates (case_requests), for the request list; and
// when each restriction was set and lifted (case_restrictions).
// Collected from the events a push accepts (and, once, from the events stored before schema 3),
// then written in the push's transaction.
class CaseFacts
{
public:
    explicit CaseFacts(const Sealer& sealer) : m_sealer(sealer) {}

    // Call for every accepted event, in the order they are numbered.
    void collect(const Event& event);
    bool isEmpty() const
    {
        return m_added.isEmpty() && m_ended.isEmpty() && m_handedOver.isEmpty() &&
               m_corrected.isEmpty() && m_holds.isEmpty() && m_requests.isEmpty() &&
               m_steps.isEmpty() && m_restrictions.isEmpty() && m_lifts.isEmpty();
    }
    Error write(ServerDatabase& db, qint64 at) const; // `at`: when (holds)

    // A hold given by the administrator or a consultant (`hold.reason` is sealed here).
    static Error writeHold(ServerDatabase& db, const Sealer& sealer, const RetentionHold& hold,
                           qint64 at);
    static Error removeHold(ServerDatabase& db, const QString& citizenId);
    // The rules in force (RetentionRules' defaults where none is set).
    static Result<RetentionRules> rules(ServerDatabase& db);
    // The holds on `consultant`'s cases, reasons opened.
    static Result<QList<RetentionHold>> holdsOf(ServerDatabase& db, const Sealer& sealer,
                                                const QString& consultant);
    // The holds of these cases (all holds when `citizens` is empty), reasons opened.
    static Result<QList<RetentionHold>> holds(ServerDatabase& db, const Sealer& sealer,
                                              const QStringList& citizens = {});

    // The open requests (all with `withAnswered`) of `consultant`'s cases, or of every case
    // (empty), oldest first; with their consultant. Ids are the stored (hashed) request ids.
    struct Request
    {
        RequestRecord record;
        QString consultant;
    };
    static Result<QList<Request>> requests(ServerDatabase& db, const QString& consultant = {},
                                           bool withAnswered = false);
    // The cases with a restriction in force.
    static Result<QSet<QString>> restricted(ServerDatabase& db);

private:
    void collectCorrection(const Event& event);
    const Sealer& m_sealer;
    QList<QVariantList> m_added;                 // case_courses rows
    QList<QPair<QString, QString>> m_ended;      // stored course id, end date
    QList<QPair<QString, QString>> m_handedOver; // stored course id, when
    QList<QVariantList> m_corrected;             // stored course id, column, value
    QList<QString> m_holdOrder;
    QHash<QString, std::optional<RetentionHold>> m_holds; // citizen -> the last hold or release
    QList<QVariantList> m_requests;                       // case_requests rows
    QList<QVariantList> m_steps;        // stored request id, column, value (in the order pushed)
    QList<QVariantList> m_restrictions; // case_restrictions rows
    QList<QPair<QString, QString>> m_lifts; // stored restriction id, when lifted
};

} // namespace fortrolig::server
