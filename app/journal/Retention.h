#pragma once

#include "app/core/Error.h"
#include "app/domain/Municipality.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace fortrolig {

// Retention: how long after a course ends the provider keeps what it holds, set by the
// municipality (the controller) on the server and enforced on every copy (docs/retention.md).

// What a rule covers. `Case` is everything a case holds (the journal and notes, consents with
// their signatures and scans, disclosure records, drafts, attachments): it is deleted as one.
// `Consents` and `Disclosures` are parts of a case that may go earlier than the rest (once the
// course's consents and disclosure records are handed to the municipality), never later: a
// part's period is at most its case's.
enum class RetentionKind
{
    Case,
    AccessLog,    // the access log's entries (kept at least kMinAccessLogMonths)
    SyncProblems, // kept sync problems
    Consents,     // consents given, refused and withdrawn, with signatures and paper scans
    Disclosures   // the records of what was disclosed to whom
};

QList<RetentionKind> allRetentionKinds();
// "case", "access-log", "sync-problems", "consents", "disclosures"
QString nameOf(RetentionKind kind);
std::optional<RetentionKind> retentionKindOf(const QString& name);
// The parts of a case that can be deleted before the case: Consents, Disclosures.
QList<RetentionKind> caseParts();
// The event types a part of a case consists of (consent.given, ... ; disclosure.recorded);
// empty for the kinds that are not parts.
QStringList eventTypesOf(RetentionKind part);

// One municipality's course cut out of a case that another municipality's course shares (at
// the end of its contract, docs/offboarding.md): the part's name in a 'part-removed' feed item
// and the server's records is "course:" and the course's id.
QString coursePartName(const QString& courseId);
// The course a part's name names; empty when it names none (or not a valid id).
QString courseOfPart(const QString& partName);

struct RetentionRule
{
    QString municipality; // empty: the default, for municipalities without a rule of their own
    RetentionKind kind = RetentionKind::Case;
    int months = 6;
    bool operator==(const RetentionRule&) const = default;
};

// The rules in force: a municipality's own rule, else the default rule, else six months.
class RetentionRules
{
public:
    static constexpr int kDefaultMonths = 6;      // WORKSTEP: six months after the course ended
    static constexpr int kMinAccessLogMonths = 6; // the log is kept at least this long
    static constexpr int kMaxMonths = 120;

    RetentionRules() = default; // the defaults only
    explicit RetentionRules(QList<RetentionRule> rules);

    // A part of a case (Consents, Disclosures) without a rule of its own goes with the case,
    // and never stays longer than the case: at most months(municipality, Case).
    int months(const QString& municipality, RetentionKind kind) const;
    // The months of the rule that applies to the municipality and kind (its own, else the
    // default's), if either exists.
    std::optional<int> ruleMonths(const QString& municipality, RetentionKind kind) const;
    const QList<RetentionRule>& rules() const { return m_rules; }
    // The access log's own period: the longest any municipality's rule sets (a device's log is
    // one chain for all of them), never under kMinAccessLogMonths.
    int accessLogMonths() const;
    // Adds or replaces the rule for the rule's municipality and kind.
    void set(const RetentionRule& rule);

    // Whether a rule may be set: 1..kMaxMonths, the access log at least kMinAccessLogMonths.
    static Error check(const RetentionRule& rule);

    // [{"municipality": "", "kind": "case", "months": 6}, ...]: what the server sends.
    QJsonArray toJson() const;
    static Result<RetentionRules> fromJson(const QJsonArray& array);

    bool operator==(const RetentionRules&) const = default;

private:
    QList<RetentionRule> m_rules;
};

// A hold keeps a case past its due date (a complaint, a court case, the police asking).
struct RetentionHold
{
    QString citizenId;
    QString reason;
    QString heldBy;
    QDate until; // null: until released
    bool activeOn(const QDate& day) const { return !until.isValid() || day <= until; }

    // {"citizen": id, "reason": ..., "heldBy": ..., "until": "YYYY-MM-DD"}: what the server
    // sends and the journal keeps. A bad field is named ("citizen", "until", ...).
    QJsonObject toJson() const;
    static Result<RetentionHold> fromJson(const QJsonObject& object);
    static constexpr int kMaxReasonLength = 2000;
    static constexpr int kMaxNameLength = 256;
};

// The municipalities' retention rules, the holds on a consultant's cases and the register of
// municipalities, as the server has them (the last page of a sync round carries them): the
// journal keeps them and deletes by them, offline too.
struct PulledRetention
{
    RetentionRules rules;
    QList<RetentionHold> holds;
    // Absent from a server before the register: what the laptop has is kept.
    std::optional<MunicipalityRegister> municipalities;

    // {"rules": [...], "holds": [...], "municipalities": [...]}; a bad part is named ("rules",
    // "holds[].until", "municipalities[2].cvr: ...").
    QJsonObject toJson() const;
    static Result<PulledRetention> fromJson(const QJsonObject& object);
    static constexpr int kMaxRules = 1000;
    static constexpr int kMaxHolds = 100'000;
};

// What decides when a case is deleted.
struct CaseRetentionFacts
{
    QString municipality;         // of the newest course
    QDate courseEnd;              // the latest recorded end of the case's courses
    bool courseOpen = false;      // a course has no recorded end: the clock has not started
    QDate plannedEnd;             // the open course's planned end, if any
    bool handOverMissing = false; // an ended course was never handed over to its municipality

    // The day the case (or a part of it) is deleted: the course end plus the municipality's
    // months. Null while a course is open or none ended.
    QDate dueDate(const RetentionRules& rules, RetentionKind kind = RetentionKind::Case) const;
    // The day a part of the case (Consents, Disclosures) goes before the rest; null when it
    // goes with the case.
    QDate partDueDate(const RetentionRules& rules, RetentionKind part) const;
    // An open course whose planned end has passed: the consultant is asked to end it.
    bool courseOverdue(const QDate& today) const
    {
        return courseOpen && plannedEnd.isValid() && plannedEnd < today;
    }
};

// Days before the due date from which the caseload says "deleted in N days".
constexpr int kRetentionNoticeDays = 14;

// The controller's reference for an instruction to remove a note ("KK-2026-0117"): what the
// stub left in the case's history shows, on every copy. 1 to 64 letters, digits, spaces and
// . _ / : - ; never something that reads as a CPR number (six digits, then four), as the
// reference is kept where personal data is not.
Error checkInstructionReference(const QString& reference);

} // namespace fortrolig
