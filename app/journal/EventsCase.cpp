#include "app/domain/CitizenRequest.h"
#include "app/journal/Events.h"
#include "app/journal/PayloadReader.h"

#include <QDate>
#include <QRegularExpression>

namespace fortrolig {

// The payloads of a citizen's requests and of a case's restriction.
namespace payloads {

void readInto(PayloadReader& r, RequestReceivedPayload& p)
{
    p.requestId = r.uuid("requestId");
    p.kind = r.text("kind");
    if (!p.kind.isEmpty() && !CitizenRequest::kinds().contains(p.kind))
        r.fail(QStringLiteral("kind"));
    p.channel = r.text("channel");
    if (!p.channel.isEmpty() && !CitizenRequest::channels().contains(p.channel))
        r.fail(QStringLiteral("channel"));
    p.receivedAt = r.text("receivedAt");
    if (!p.receivedAt.isEmpty() && !isoMoment(p.receivedAt))
        r.fail(QStringLiteral("receivedAt"));
    p.description = r.text("description", false);
    if (p.description.size() > CitizenRequest::kMaxDescription)
        r.fail(QStringLiteral("description"));
}

void readInto(PayloadReader& r, RequestStepPayload& p)
{
    p.requestId = r.uuid("requestId");
    p.step = r.text("step");
    if (!p.step.isEmpty() && !RequestStepPayload::steps().contains(p.step))
        r.fail(QStringLiteral("step"));
    const bool forwarded = p.step == QStringLiteral("forwarded");
    const bool extended = p.step == QStringLiteral("extended");
    const bool answered = p.step == QStringLiteral("answered");
    p.at = r.text("at", forwarded || answered);
    if ((forwarded && !p.at.isEmpty() && !isoMoment(p.at)) ||
        (answered && !p.at.isEmpty() && !isoDay(p.at)))
        r.fail(QStringLiteral("at"));
    p.to = r.text("to", forwarded);
    p.channel = r.text("channel", forwarded);
    if (forwarded && !p.channel.isEmpty() && !CitizenRequest::forwardChannels().contains(p.channel))
        r.fail(QStringLiteral("channel"));
    p.answerBy = r.text("answerBy", extended);
    p.decidedOn = r.text("decidedOn", extended);
    p.toldOn = r.text("toldOn", extended);
    if (extended) {
        for (const auto& [key, value] :
             {std::pair{"answerBy", p.answerBy}, std::pair{"decidedOn", p.decidedOn},
              std::pair{"toldOn", p.toldOn}})
            if (!value.isEmpty() && !isoDay(value))
                r.fail(QString::fromLatin1(key));
    }
    p.outcome = r.text("outcome", false);
    if (p.outcome.size() > CitizenRequest::kMaxDescription)
        r.fail(QStringLiteral("outcome"));
}

void readInto(PayloadReader& r, CaseRestrictedPayload& p)
{
    p.restrictionId = r.uuid("restrictionId");
    p.requestId = r.uuid("requestId", false);
    p.instruction = r.text("instruction", false);
    // One of the two, and an instruction says something.
    if (p.requestId.isEmpty() == p.instruction.trimmed().isEmpty() ||
        p.instruction.size() > CitizenRequest::kMaxDescription)
        r.fail(QStringLiteral("instruction"));
}

void readInto(PayloadReader& r, RestrictionLiftedPayload& p)
{
    p.restrictionId = r.uuid("restrictionId");
    p.reason = r.text("reason");
    if (p.reason.size() > CitizenRequest::kMaxDescription ||
        (!p.reason.isEmpty() && p.reason.trimmed().isEmpty()))
        r.fail(QStringLiteral("reason"));
    p.toldAt = r.text("toldAt");
    if (!p.toldAt.isEmpty() && !isoMoment(p.toldAt))
        r.fail(QStringLiteral("toldAt"));
    p.toldHow = r.text("toldHow");
    if (!p.toldHow.isEmpty() && !CitizenRequest::channels().contains(p.toldHow))
        r.fail(QStringLiteral("toldHow"));
}

void readInto(PayloadReader& r, CourseCorrectedPayload& p)
{
    p.courseId = r.uuid("courseId");
    p.field = r.text("field");
    if (!p.field.isEmpty() && !EventRules::correctableCourseFields().contains(p.field))
        r.fail(QStringLiteral("field"));
    const bool mayClear =
        p.field == QStringLiteral("referralDate") || p.field == QStringLiteral("plannedEnd");
    p.value = r.text("value", !mayClear);
    if (mayClear && !r.value("value").isString())
        r.fail(QStringLiteral("value"));
    if (p.value.size() > CourseCorrectedPayload::kMaxText ||
        (EventRules::isCourseDateField(p.field) && !p.value.isEmpty() &&
         !QDate::fromString(p.value, Qt::ISODate).isValid()))
        r.fail(QStringLiteral("value"));
    p.supersedes = r.versions(false);
}

void readInto(PayloadReader& r, CourseHandedOverPayload& p)
{
    p.courseId = r.uuid("courseId");
    p.disclosureId = r.uuid("disclosureId");
    p.channel = r.text("channel");
    if (!p.channel.isEmpty() && !CitizenRequest::forwardChannels().contains(p.channel))
        r.fail(QStringLiteral("channel"));
    p.to = r.text("to");
    if (p.to.size() > CourseHandedOverPayload::kMaxText)
        r.fail(QStringLiteral("to"));
    p.receivedBy = r.text("receivedBy", false);
    if (p.receivedBy.size() > CourseHandedOverPayload::kMaxText)
        r.fail(QStringLiteral("receivedBy"));
    static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{64}$"));
    p.jsonSha256 = r.text("jsonSha256");
    if (!p.jsonSha256.isEmpty() && !sha.match(p.jsonSha256).hasMatch())
        r.fail(QStringLiteral("jsonSha256"));
    p.pdfSha256 = r.text("pdfSha256", false);
    if (!p.pdfSha256.isEmpty() && !sha.match(p.pdfSha256).hasMatch())
        r.fail(QStringLiteral("pdfSha256"));
}

} // namespace payloads

using payloads::decodeAs;
using payloads::readAs;

QStringList RequestStepPayload::steps()
{
    return {QStringLiteral("forwarded"), QStringLiteral("extended"), QStringLiteral("answered")};
}

Result<RequestReceivedPayload> RequestReceivedPayload::decode(const QJsonObject& p)
{
    return decodeAs<RequestReceivedPayload>(p);
}
RequestReceivedPayload RequestReceivedPayload::read(const QJsonObject& p)
{
    return readAs<RequestReceivedPayload>(p);
}
QJsonObject RequestReceivedPayload::encode() const
{
    return {{QStringLiteral("requestId"), requestId},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("channel"), channel},
            {QStringLiteral("receivedAt"), receivedAt},
            {QStringLiteral("description"), description}};
}

Result<RequestStepPayload> RequestStepPayload::decode(const QJsonObject& p)
{
    return decodeAs<RequestStepPayload>(p);
}
RequestStepPayload RequestStepPayload::read(const QJsonObject& p)
{
    return readAs<RequestStepPayload>(p);
}
QJsonObject RequestStepPayload::encode() const
{
    QJsonObject o{{QStringLiteral("requestId"), requestId}, {QStringLiteral("step"), step}};
    for (const auto& [key, value] :
         {std::pair{"at", at}, std::pair{"to", to}, std::pair{"channel", channel},
          std::pair{"answerBy", answerBy}, std::pair{"decidedOn", decidedOn},
          std::pair{"toldOn", toldOn}, std::pair{"outcome", outcome}})
        if (!value.isEmpty())
            o.insert(QString::fromLatin1(key), value);
    return o;
}

Result<CaseRestrictedPayload> CaseRestrictedPayload::decode(const QJsonObject& p)
{
    return decodeAs<CaseRestrictedPayload>(p);
}
CaseRestrictedPayload CaseRestrictedPayload::read(const QJsonObject& p)
{
    return readAs<CaseRestrictedPayload>(p);
}
QJsonObject CaseRestrictedPayload::encode() const
{
    QJsonObject o{{QStringLiteral("restrictionId"), restrictionId}};
    if (!requestId.isEmpty())
        o.insert(QStringLiteral("requestId"), requestId);
    if (!instruction.isEmpty())
        o.insert(QStringLiteral("instruction"), instruction);
    return o;
}

Result<RestrictionLiftedPayload> RestrictionLiftedPayload::decode(const QJsonObject& p)
{
    return decodeAs<RestrictionLiftedPayload>(p);
}
RestrictionLiftedPayload RestrictionLiftedPayload::read(const QJsonObject& p)
{
    return readAs<RestrictionLiftedPayload>(p);
}
QJsonObject RestrictionLiftedPayload::encode() const
{
    return {{QStringLiteral("restrictionId"), restrictionId},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("toldAt"), toldAt},
            {QStringLiteral("toldHow"), toldHow}};
}

Result<CourseHandedOverPayload> CourseHandedOverPayload::decode(const QJsonObject& p)
{
    return decodeAs<CourseHandedOverPayload>(p);
}
CourseHandedOverPayload CourseHandedOverPayload::read(const QJsonObject& p)
{
    return readAs<CourseHandedOverPayload>(p);
}
QJsonObject CourseHandedOverPayload::encode() const
{
    QJsonObject o{{QStringLiteral("courseId"), courseId},
                  {QStringLiteral("disclosureId"), disclosureId},
                  {QStringLiteral("channel"), channel},
                  {QStringLiteral("to"), to},
                  {QStringLiteral("jsonSha256"), jsonSha256}};
    if (!receivedBy.isEmpty())
        o.insert(QStringLiteral("receivedBy"), receivedBy);
    if (!pdfSha256.isEmpty())
        o.insert(QStringLiteral("pdfSha256"), pdfSha256);
    return o;
}

Result<CourseCorrectedPayload> CourseCorrectedPayload::decode(const QJsonObject& p)
{
    return decodeAs<CourseCorrectedPayload>(p);
}
CourseCorrectedPayload CourseCorrectedPayload::read(const QJsonObject& p)
{
    return readAs<CourseCorrectedPayload>(p);
}
QJsonObject CourseCorrectedPayload::encode() const
{
    QJsonObject o{{QStringLiteral("courseId"), courseId},
                  {QStringLiteral("field"), field},
                  {QStringLiteral("value"), value}};
    if (!supersedes.isEmpty())
        o.insert(QStringLiteral("supersedes"), payloads::versionsJson(supersedes));
    return o;
}

} // namespace fortrolig
