#include "app/journal/EventRules.h"

#include "app/journal/Events.h"

#include <QJsonArray>
#include <algorithm>

namespace fortrolig::EventRules {

QStringList knownTypes()
{
    QStringList out;
    for (EventKind kind : allEventKinds())
        out << nameOf(kind);
    return out;
}

QStringList correctableCitizenFields()
{
    return QStringList{QStringLiteral("name"), QStringLiteral("cpr")} + citizenContactFields();
}

QStringList citizenContactFields()
{
    return {QStringLiteral("address"), QStringLiteral("phone"), QStringLiteral("email")};
}

QStringList correctableCourseFields()
{
    return {QStringLiteral("municipality"), QStringLiteral("courseType"),
            QStringLiteral("referralDate"), QStringLiteral("startDate"),
            QStringLiteral("plannedEnd")};
}

QString courseColumn(const QString& field)
{
    if (field == QStringLiteral("courseType"))
        return QStringLiteral("course_type");
    if (field == QStringLiteral("referralDate"))
        return QStringLiteral("referral_date");
    if (field == QStringLiteral("startDate"))
        return QStringLiteral("start_date");
    if (field == QStringLiteral("plannedEnd"))
        return QStringLiteral("planned_end");
    return QStringLiteral("municipality");
}

bool isCourseDateField(const QString& field)
{
    return field.endsWith(QStringLiteral("Date")) || field == QStringLiteral("plannedEnd");
}

QString fieldVersionId(const QString& eventId, const QString& field)
{
    return eventId + QLatin1Char(':') + field;
}

QStringList supersedes(const QJsonObject& payload)
{
    const QJsonValue v = payload.value(QStringLiteral("supersedes"));
    if (v.isString())
        return v.toString().isEmpty() ? QStringList() : QStringList{v.toString()};
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out << x.toString();
    return out;
}

namespace {

ObjectRef ref(const char* kind, const QString& id, const QString& parent = {})
{
    return ObjectRef{QString::fromLatin1(kind), id, parent};
}

// What each kind of event makes and needs, from its payload once that has been checked.

Shape shape(const Event& e, const CitizenAddedPayload&)
{
    Shape s;
    s.createsCitizen = true;
    s.creates << ref("citizen", e.subject);
    for (const QString& f : {QStringLiteral("name"), QStringLiteral("cpr")})
        s.creates << ref("field-version", fieldVersionId(e.id, f), e.subject);
    return s;
}

Shape shape(const Event& e, const CitizenCorrectedPayload& p)
{
    Shape s;
    for (const QString& id : p.supersedes)
        s.needs << ref("field-version", fieldVersionId(id, p.field), e.subject);
    s.creates << ref("field-version", fieldVersionId(e.id, p.field), e.subject);
    return s;
}

Shape shape(const Event&, const CourseAddedPayload& p)
{
    Shape s;
    s.creates << ref("course", p.courseId);
    return s;
}

Shape shape(const Event& e, const CourseEndedPayload& p)
{
    const QString end = QStringLiteral("end");
    Shape s;
    s.needs << ref("course", p.courseId);
    for (const QString& id : p.supersedes.value_or(QStringList()))
        s.needs << ref("field-version", fieldVersionId(id, end), p.courseId);
    s.creates << ref("field-version", fieldVersionId(e.id, end), p.courseId);
    return s;
}

Shape shape(const Event& e, const CourseCorrectedPayload& p)
{
    Shape s;
    s.needs << ref("course", p.courseId);
    for (const QString& id : p.supersedes)
        s.needs << ref("field-version", fieldVersionId(id, p.field), p.courseId);
    s.creates << ref("field-version", fieldVersionId(e.id, p.field), p.courseId);
    return s;
}

Shape shape(const Event& e, const NoteAddedPayload& p)
{
    Shape s;
    if (!p.courseId.isEmpty())
        s.needs << ref("course", p.courseId);
    s.creates << ref("note", p.noteId) << ref("note-version", e.id, p.noteId);
    return s;
}

Shape shape(const Event& e, const NoteCorrectedPayload& p)
{
    Shape s;
    s.needs << ref("note", p.noteId);
    for (const QString& id : p.supersedes)
        s.needs << ref("note-version", id, p.noteId);
    s.creates << ref("note-version", e.id, p.noteId);
    return s;
}

Shape shape(const Event&, const ConsentPayload& p)
{
    Shape s;
    s.creates << ref("consent", p.consentId);
    if (!p.courseId.isEmpty())
        s.needs << ref("course", p.courseId);
    return s;
}

Shape shape(const Event&, const ConsentWithdrawnPayload& p)
{
    Shape s;
    s.needs << ref("consent", p.consentId);
    return s;
}

Shape shape(const Event&, const DisclosureRecordedPayload& p)
{
    Shape s;
    s.creates << ref("disclosure", p.disclosureId);
    if (!p.consentId.isEmpty())
        s.needs << ref("consent", p.consentId);
    return s;
}

// A hold and its release need the case only (the server checks that the pusher holds it).
Shape shape(const Event&, const CaseHeldPayload&)
{
    return {};
}

Shape shape(const Event&, const CaseReleasedPayload&)
{
    return {};
}

Shape shape(const Event&, const RequestReceivedPayload& p)
{
    Shape s;
    s.creates << ref("request", p.requestId);
    return s;
}

Shape shape(const Event&, const RequestStepPayload& p)
{
    Shape s;
    s.needs << ref("request", p.requestId);
    return s;
}

// A restriction rests on a request of the case, or on an instruction (no object).
Shape shape(const Event&, const CaseRestrictedPayload& p)
{
    Shape s;
    s.creates << ref("restriction", p.restrictionId);
    if (!p.requestId.isEmpty())
        s.needs << ref("request", p.requestId);
    return s;
}

Shape shape(const Event&, const RestrictionLiftedPayload& p)
{
    Shape s;
    s.needs << ref("restriction", p.restrictionId);
    return s;
}

// A hand-over needs its course; not its disclosure record, which retention may have removed
// early (a part of the case) before a laptop that joins later pulls the hand-over.
Shape shape(const Event&, const CourseHandedOverPayload& p)
{
    Shape s;
    s.needs << ref("course", p.courseId);
    return s;
}

template <typename P> Result<Shape> shapeFrom(const Event& e)
{
    const Result<P> payload = P::decode(e.payload);
    if (!payload.ok())
        return payload.error();
    return shape(e, payload.value());
}

} // namespace

Descendants::Descendants(const ObjectRef& root)
{
    m_keys.insert(key(root));
    m_objects << root;
}

bool Descendants::take(const Shape& shape)
{
    const auto reached = [this](const QList<ObjectRef>& refs) {
        return std::any_of(refs.cbegin(), refs.cend(),
                           [this](const ObjectRef& r) { return has(r); });
    };
    if (!reached(shape.needs) && !reached(shape.creates))
        return false;
    for (const ObjectRef& r : shape.creates)
        if (!has(r)) {
            m_keys.insert(key(r));
            m_objects << r;
        }
    return true;
}

Result<Shape> shapeOf(const Event& e)
{
    const std::optional<EventKind> kind = kindOf(e.type);
    if (!kind)
        return Error(ErrorCode::NotFound, QStringLiteral("event type"));
    switch (*kind) {
    case EventKind::CitizenAdded:
        return shapeFrom<CitizenAddedPayload>(e);
    case EventKind::CitizenCorrected:
        return shapeFrom<CitizenCorrectedPayload>(e);
    case EventKind::CourseAdded:
        return shapeFrom<CourseAddedPayload>(e);
    case EventKind::CourseEnded:
        return shapeFrom<CourseEndedPayload>(e);
    case EventKind::NoteAdded:
        return shapeFrom<NoteAddedPayload>(e);
    case EventKind::NoteCorrected:
        return shapeFrom<NoteCorrectedPayload>(e);
    case EventKind::ConsentGiven:
    case EventKind::ConsentRefused:
        return shapeFrom<ConsentPayload>(e);
    case EventKind::ConsentWithdrawn:
        return shapeFrom<ConsentWithdrawnPayload>(e);
    case EventKind::DisclosureRecorded:
        return shapeFrom<DisclosureRecordedPayload>(e);
    case EventKind::CaseHeld:
        return shapeFrom<CaseHeldPayload>(e);
    case EventKind::CaseReleased:
        return shapeFrom<CaseReleasedPayload>(e);
    case EventKind::RequestReceived:
        return shapeFrom<RequestReceivedPayload>(e);
    case EventKind::RequestStep:
        return shapeFrom<RequestStepPayload>(e);
    case EventKind::CaseRestricted:
        return shapeFrom<CaseRestrictedPayload>(e);
    case EventKind::RestrictionLifted:
        return shapeFrom<RestrictionLiftedPayload>(e);
    case EventKind::CourseHandedOver:
        return shapeFrom<CourseHandedOverPayload>(e);
    case EventKind::CourseCorrected:
        return shapeFrom<CourseCorrectedPayload>(e);
    }
    return Error(ErrorCode::NotFound, QStringLiteral("event type"));
}

} // namespace fortrolig::EventRules
