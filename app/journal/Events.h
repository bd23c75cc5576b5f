#pragma once

#include "app/core/Error.h"
#include "app/journal/Event.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>
#include <optional>

namespace fortrolig {

// The kinds of event, as an enum: code that handles events switches over it without a
// default, so the compiler (-Werror=switch) names every place a new kind must be handled.
enum class EventKind
{
    CitizenAdded,
    CitizenCorrected,
    CourseAdded,
    CourseEnded,
    NoteAdded,
    NoteCorrected,
    ConsentGiven,
    ConsentRefused,
    ConsentWithdrawn,
    DisclosureRecorded,
    CaseHeld,
    CaseReleased,
    RequestReceived,
    RequestStep,
    CaseRestricted,
    RestrictionLifted,
    CourseHandedOver,
    CourseCorrected,
};

QList<EventKind> allEventKinds();
QString nameOf(EventKind kind); // the type as events spell it: EventType above
// None for a type this version does not know.
std::optional<EventKind> kindOf(const QString& type);

// Each kind's payload, with its keys spelled here only. `decode` checks what the schema needs
// and names the first bad field ("payload.cpr"), as the server's check of a pushed event
// reports it; `read` takes what is there and leaves what is missing empty, as the projector
// always has (an event already stored was checked when it was pushed or written);
// `encode` writes the JSON the journal stores and sends.

struct CitizenAddedPayload
{
    QString name;
    QString cpr; // ten digits
    static Result<CitizenAddedPayload> decode(const QJsonObject& payload);
    static CitizenAddedPayload read(const QJsonObject& payload);
    QJsonObject encode() const;
};

// Several versions as a list; one as a plain id (the form every version of the program reads).
struct CitizenCorrectedPayload
{
    QString field; // EventRules::correctableCitizenFields()
    QString value;
    QStringList supersedes; // the field versions replaced: at least one
    static Result<CitizenCorrectedPayload> decode(const QJsonObject& payload);
    static CitizenCorrectedPayload read(const QJsonObject& payload);
    QJsonObject encode() const;
};

struct CourseAddedPayload
{
    QString courseId;
    QString municipality;
    QString courseType;
    QString referralDate; // ISO date, or empty
    QString startDate;
    QString plannedEnd; // ISO date, or empty
    static Result<CourseAddedPayload> decode(const QJsonObject& payload);
    static CourseAddedPayload read(const QJsonObject& payload);
    QJsonObject encode() const;
};

struct CourseEndedPayload
{
    QString courseId;
    QString endDate;
    // The end dates replaced, when the event names them (a resolved conflict); a plain end
    // of a course has no such key.
    std::optional<QStringList> supersedes;
    QString reason = {}; // CourseEnd::reasons(); absent from older events and resolved conflicts
    static Result<CourseEndedPayload> decode(const QJsonObject& payload);
    static CourseEndedPayload read(const QJsonObject& payload);
    QJsonObject encode() const;
};

struct NoteAddedPayload
{
    QString noteId;
    QString kind;
    QString text;
    // The course the note belongs to (its municipality is the controller); empty: a note
    // not tied to a course (written before courses were, or between courses). Absent from
    // the payload then.
    QString courseId = {};
    static Result<NoteAddedPayload> decode(const QJsonObject& payload);
    static NoteAddedPayload read(const QJsonObject& payload);
    QJsonObject encode() const;
};

struct NoteCorrectedPayload
{
    QString noteId;
    QStringList supersedes; // the note versions replaced: at least one
    QString text;
    static Result<NoteCorrectedPayload> decode(const QJsonObject& payload);
    static NoteCorrectedPayload read(const QJsonObject& payload);
    QJsonObject encode() const;
};

// A grant to tell (in "grants") or to obtain (in "obtain": a laptop of a version before
// obtaining existed passes over what it does not know, rather than read it as telling).
struct ConsentGrantPayload
{
    QString kind; // RecipientKind
    QString name;
    QStringList categories;
    QString direction = QStringLiteral("tell"); // DirectionName
    QString purpose = {};                       // absent before form version 3
    bool operator==(const ConsentGrantPayload&) const = default;
};

// consent.given and consent.refused (which has no grants).
struct ConsentPayload
{
    QString consentId;
    QString courseId; // may be empty (a refusal without a course)
    QString templateId;
    int templateVersion = 0;
    QString language;
    QString textHash;
    QList<ConsentGrantPayload> grants;
    QString validUntil; // ISO date, or empty
    QString place;
    QString signer;
    QString signerRole;
    QString controller;
    QString processor;
    QString signature; // Signature::toJson()
    QString consultantName;
    // Optional (before version 0.x, and on paper): what the citizen was shown (textHash is its
    // SHA-256), the values filled into the form, and the hash of the receipt made at signing.
    QString shownText = {};
    QMap<QString, QString> details = {};
    QString receiptHash = {};
    // `details` as the event and the journal's consents.details keep them: a JSON object of
    // strings, and back.
    static QJsonObject detailsJson(const QMap<QString, QString>& details);
    static QMap<QString, QString> detailsFrom(const QJsonObject& json);
    static Result<ConsentPayload> decode(const QJsonObject& payload);
    static ConsentPayload read(const QJsonObject& payload);
    QJsonObject encode() const;
};

struct ConsentWithdrawnPayload
{
    QString consentId;
    // Empty: the whole consent. Otherwise one recipient's grant, or one category of it, in
    // one direction ("tell", "obtain") or, empty, both.
    QString recipientKind;
    QString recipientName;
    QString category;
    QString direction = {};
    static Result<ConsentWithdrawnPayload> decode(const QJsonObject& payload);
    static ConsentWithdrawnPayload read(const QJsonObject& payload);
    QJsonObject encode() const;
};

struct DisclosureRecordedPayload
{
    QString disclosureId;
    QString recipientKind;
    QString recipientName;
    QString categories; // comma-separated
    QString basis;      // legal-basis or consent
    QString consentId;  // empty under the legal basis
    QString what;
    QString direction = {}; // "obtain": received from the recipient; empty: told them
    static Result<DisclosureRecordedPayload> decode(const QJsonObject& payload);
    static DisclosureRecordedPayload read(const QJsonObject& payload);
    QJsonObject encode() const;
};

// The consultant keeps a case past its retention due date (a complaint, a court case): the
// hold replaces an earlier one of the case; case.released ends it.
struct CaseHeldPayload
{
    QString reason;
    QString until; // ISO date, or empty: until released
    static Result<CaseHeldPayload> decode(const QJsonObject& payload);
    static CaseHeldPayload read(const QJsonObject& payload);
    QJsonObject encode() const;
};

struct CaseReleasedPayload
{
    static Result<CaseReleasedPayload> decode(const QJsonObject& payload);
    static CaseReleasedPayload read(const QJsonObject& payload);
    QJsonObject encode() const;
};

// A request from the citizen (CitizenRequest): what, how it came, when, in a few words.
struct RequestReceivedPayload
{
    QString requestId;
    QString kind;       // CitizenRequest::kinds()
    QString channel;    // CitizenRequest::channels()
    QString receivedAt; // ISO 8601 with UTC offset: when the provider received it
    QString description;
    static Result<RequestReceivedPayload> decode(const QJsonObject& payload);
    static RequestReceivedPayload read(const QJsonObject& payload);
    QJsonObject encode() const;
};

// A step of a request: passed on to the municipality ("forwarded": when, to which address,
// how), the time to answer extended by the municipality ("extended": to when, decided when,
// the citizen told when), or answered ("answered": on which day, and how, in a few words).
struct RequestStepPayload
{
    QString requestId;
    QString step;
    QString at;                 // forwarded: ISO 8601 with offset; answered: ISO date
    QString to;                 // forwarded
    QString channel;            // forwarded: CitizenRequest::forwardChannels()
    QString answerBy;           // extended: ISO date
    QString decidedOn;          // extended: ISO date
    QString toldOn;             // extended: ISO date
    QString outcome;            // answered: may be empty
    static QStringList steps(); // forwarded, extended, answered
    static Result<RequestStepPayload> decode(const QJsonObject& payload);
    static RequestStepPayload read(const QJsonObject& payload);
    QJsonObject encode() const;
};

// The case is restricted (GDPR art. 18, and art. 21 while an objection is decided): on the
// citizen's request of kind restriction or objection in this case (`requestId`), or on the
// municipality's instruction (`instruction`: who, when, their reference), one of the two.
// While any restriction is in force the gate refuses to tell anyone but the controller, and
// changes need a reason (docs/restriction.md).
struct CaseRestrictedPayload
{
    QString restrictionId;
    QString requestId;
    QString instruction;
    static Result<CaseRestrictedPayload> decode(const QJsonObject& payload);
    static CaseRestrictedPayload read(const QJsonObject& payload);
    QJsonObject encode() const;
};

// A restriction ends: why (the municipality's decision, in a few words), and when and how the
// citizen was told that it would be lifted (art. 18(3): before it is).
struct RestrictionLiftedPayload
{
    QString restrictionId;
    QString reason;
    QString toldAt;  // ISO 8601 with offset
    QString toldHow; // CitizenRequest::channels()
    static Result<RestrictionLiftedPayload> decode(const QJsonObject& payload);
    static RestrictionLiftedPayload read(const QJsonObject& payload);
    QJsonObject encode() const;
};

// An ended course handed over to the municipality, the controller (docs/hand-over.md): the
// hand-over package went to `to` by `channel` (CitizenRequest::forwardChannels()), received
// by `receivedBy` if known, written with the disclosure record `disclosureId` (to the
// course's jobcentre, on the legal basis). The files' SHA-256 say which package it was.
struct CourseHandedOverPayload
{
    QString courseId;
    QString disclosureId;
    QString channel;
    QString to;
    QString receivedBy; // may be empty
    QString jsonSha256; // hex, of the JSON file as written
    QString pdfSha256;  // hex, of the PDF; empty when none was made
    static constexpr int kMaxText = 200;
    static Result<CourseHandedOverPayload> decode(const QJsonObject& payload);
    static CourseHandedOverPayload read(const QJsonObject& payload);
    QJsonObject encode() const;
};

// One field of a course rectified (GDPR art. 16): the municipality, the course type, the
// referral date, the start or the planned end (EventRules::correctableCourseFields()). Dates
// are ISO days; the referral date and the planned end may be cleared (an empty value). The
// first correction of a field replaces what course.added said and names no version; a later
// one names the versions it replaces, so two laptops' corrections meet as a conflict.
struct CourseCorrectedPayload
{
    QString courseId;
    QString field;
    QString value;
    QStringList supersedes; // the field versions replaced (empty: the first correction)
    static constexpr int kMaxText = 200;
    static Result<CourseCorrectedPayload> decode(const QJsonObject& payload);
    static CourseCorrectedPayload read(const QJsonObject& payload);
    QJsonObject encode() const;
};

} // namespace fortrolig
