#include "app/journal/Events.h"

#include "app/consent/Consent.h"
#include "app/domain/CourseEnd.h"
#include "app/domain/Cpr.h"
#include "app/journal/EventRules.h"
#include "app/journal/PayloadReader.h"

#include <QDate>
#include <QJsonArray>
#include <utility>

namespace fortrolig {

// One function per payload reads its fields, in the order their problems are reported.
namespace payloads {

void readInto(PayloadReader& r, CitizenAddedPayload& p)
{
    p.name = r.text("name");
    p.cpr = r.text("cpr");
    if (!Cpr::parse(p.cpr))
        r.fail(QStringLiteral("cpr"));
}

void readInto(PayloadReader& r, CitizenCorrectedPayload& p)
{
    p.field = r.text("field");
    if (!p.field.isEmpty() && !EventRules::correctableCitizenFields().contains(p.field))
        r.fail(QStringLiteral("field"));
    // A contact field may be cleared, and its first value replaces none.
    const bool contact = EventRules::citizenContactFields().contains(p.field);
    p.value = r.text("value", !contact);
    if (p.field == QStringLiteral("cpr") && !p.value.isEmpty() && !Cpr::parse(p.value))
        r.fail(QStringLiteral("value"));
    p.supersedes = r.versions(!contact);
}

void readInto(PayloadReader& r, CourseAddedPayload& p)
{
    p.courseId = r.uuid("courseId");
    p.municipality = r.text("municipality");
    p.courseType = r.text("courseType");
    p.startDate = r.text("startDate");
    p.referralDate = r.plain("referralDate");
    p.plannedEnd = r.plain("plannedEnd");
}

void readInto(PayloadReader& r, CourseEndedPayload& p)
{
    p.courseId = r.uuid("courseId");
    p.endDate = r.text("endDate");
    const bool named = r.has("supersedes");
    const QStringList ids = r.versions(false);
    if (named)
        p.supersedes = ids;
    p.reason = r.text("reason", false);
    if (!p.reason.isEmpty() && !CourseEnd::reasons().contains(p.reason))
        r.fail(QStringLiteral("reason"));
}

void readInto(PayloadReader& r, NoteAddedPayload& p)
{
    p.noteId = r.uuid("noteId");
    p.text = r.text("text");
    p.kind = r.plain("kind");
    p.courseId = r.uuid("courseId", false);
}

void readInto(PayloadReader& r, NoteCorrectedPayload& p)
{
    p.noteId = r.uuid("noteId");
    p.text = r.text("text");
    p.supersedes = r.versions(true);
}

void readInto(PayloadReader& r, ConsentPayload& p)
{
    p.consentId = r.uuid("consentId");
    p.courseId = r.uuid("courseId", false);
    p.templateId = r.plain("templateId");
    p.templateVersion = r.value("templateVersion").toInt();
    p.language = r.plain("language");
    p.textHash = r.plain("textHash");
    // Telling grants in "grants", obtaining ones in "obtain" (ConsentGrantPayload).
    for (const auto& [list, direction] : {std::pair{"grants", "tell"}, {"obtain", "obtain"}}) {
        for (const QJsonValue& gv : r.value(list).toArray()) {
            const QJsonObject g = gv.toObject();
            ConsentGrantPayload grant{g.value(QStringLiteral("kind")).toString(),
                                      g.value(QStringLiteral("name")).toString(),
                                      {},
                                      QString::fromLatin1(direction),
                                      g.value(QStringLiteral("purpose")).toString()};
            for (const QJsonValue& c : g.value(QStringLiteral("categories")).toArray())
                grant.categories << c.toString();
            p.grants << grant;
        }
    }
    p.validUntil = r.plain("validUntil");
    p.place = r.plain("place");
    p.signer = r.plain("signer");
    p.signerRole = r.plain("signerRole");
    p.controller = r.plain("controller");
    p.processor = r.plain("processor");
    p.signature = r.plain("signature");
    p.consultantName = r.plain("consultantName");
    p.shownText = r.text("shown", false);
    p.receiptHash = r.plain("receiptHash");
    p.details = ConsentPayload::detailsFrom(r.value("details").toObject());
}

void readInto(PayloadReader& r, ConsentWithdrawnPayload& p)
{
    p.consentId = r.uuid("consentId");
    p.recipientKind = r.plain("recipientKind");
    p.recipientName = r.plain("recipientName");
    p.category = r.plain("category");
    p.direction = r.plain("direction");
    if (!p.direction.isEmpty() && !DirectionName::parse(p.direction))
        r.fail(QStringLiteral("direction"));
}

void readInto(PayloadReader& r, DisclosureRecordedPayload& p)
{
    p.disclosureId = r.uuid("disclosureId");
    p.consentId = r.uuid("consentId", false);
    p.recipientKind = r.plain("recipientKind");
    p.recipientName = r.plain("recipientName");
    p.categories = r.plain("categories");
    p.basis = r.plain("basis");
    p.what = r.plain("what");
    p.direction = r.plain("direction");
    if (!p.direction.isEmpty() && !DirectionName::parse(p.direction))
        r.fail(QStringLiteral("direction"));
}

void readInto(PayloadReader& r, CaseHeldPayload& p)
{
    p.reason = r.text("reason");
    if (!p.reason.isEmpty() && p.reason.trimmed().isEmpty())
        r.fail(QStringLiteral("reason"));
    p.until = r.text("until", false);
    if (!p.until.isEmpty() && !QDate::fromString(p.until, Qt::ISODate).isValid())
        r.fail(QStringLiteral("until"));
}

void readInto(PayloadReader&, CaseReleasedPayload&) {}

} // namespace payloads

using payloads::decodeAs;
using payloads::readAs;

Result<CitizenAddedPayload> CitizenAddedPayload::decode(const QJsonObject& p)
{
    return decodeAs<CitizenAddedPayload>(p);
}
CitizenAddedPayload CitizenAddedPayload::read(const QJsonObject& p)
{
    return readAs<CitizenAddedPayload>(p);
}
Result<CitizenCorrectedPayload> CitizenCorrectedPayload::decode(const QJsonObject& p)
{
    return decodeAs<CitizenCorrectedPayload>(p);
}
CitizenCorrectedPayload CitizenCorrectedPayload::read(const QJsonObject& p)
{
    return readAs<CitizenCorrectedPayload>(p);
}
Result<CourseAddedPayload> CourseAddedPayload::decode(const QJsonObject& p)
{
    return decodeAs<CourseAddedPayload>(p);
}
CourseAddedPayload CourseAddedPayload::read(const QJsonObject& p)
{
    return readAs<CourseAddedPayload>(p);
}
Result<CourseEndedPayload> CourseEndedPayload::decode(const QJsonObject& p)
{
    return decodeAs<CourseEndedPayload>(p);
}
CourseEndedPayload CourseEndedPayload::read(const QJsonObject& p)
{
    return readAs<CourseEndedPayload>(p);
}
Result<NoteAddedPayload> NoteAddedPayload::decode(const QJsonObject& p)
{
    return decodeAs<NoteAddedPayload>(p);
}
NoteAddedPayload NoteAddedPayload::read(const QJsonObject& p)
{
    return readAs<NoteAddedPayload>(p);
}
Result<NoteCorrectedPayload> NoteCorrectedPayload::decode(const QJsonObject& p)
{
    return decodeAs<NoteCorrectedPayload>(p);
}
NoteCorrectedPayload NoteCorrectedPayload::read(const QJsonObject& p)
{
    return readAs<NoteCorrectedPayload>(p);
}
Result<ConsentPayload> ConsentPayload::decode(const QJsonObject& p)
{
    return decodeAs<ConsentPayload>(p);
}
ConsentPayload ConsentPayload::read(const QJsonObject& p)
{
    return readAs<ConsentPayload>(p);
}
Result<ConsentWithdrawnPayload> ConsentWithdrawnPayload::decode(const QJsonObject& p)
{
    return decodeAs<ConsentWithdrawnPayload>(p);
}
ConsentWithdrawnPayload ConsentWithdrawnPayload::read(const QJsonObject& p)
{
    return readAs<ConsentWithdrawnPayload>(p);
}
Result<DisclosureRecordedPayload> DisclosureRecordedPayload::decode(const QJsonObject& p)
{
    return decodeAs<DisclosureRecordedPayload>(p);
}
DisclosureRecordedPayload DisclosureRecordedPayload::read(const QJsonObject& p)
{
    return readAs<DisclosureRecordedPayload>(p);
}
Result<CaseHeldPayload> CaseHeldPayload::decode(const QJsonObject& p)
{
    return decodeAs<CaseHeldPayload>(p);
}
CaseHeldPayload CaseHeldPayload::read(const QJsonObject& p)
{
    return readAs<CaseHeldPayload>(p);
}
Result<CaseReleasedPayload> CaseReleasedPayload::decode(const QJsonObject& p)
{
    return decodeAs<CaseReleasedPayload>(p);
}
CaseReleasedPayload CaseReleasedPayload::read(const QJsonObject& p)
{
    return readAs<CaseReleasedPayload>(p);
}

QJsonObject CitizenAddedPayload::encode() const
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("cpr"), cpr}};
}

QJsonObject CitizenCorrectedPayload::encode() const
{
    return {{QStringLiteral("field"), field},
            {QStringLiteral("value"), value},
            {QStringLiteral("supersedes"), payloads::versionsJson(supersedes)}};
}

QJsonObject CourseAddedPayload::encode() const
{
    return {
        {QStringLiteral("courseId"), courseId},     {QStringLiteral("municipality"), municipality},
        {QStringLiteral("courseType"), courseType}, {QStringLiteral("referralDate"), referralDate},
        {QStringLiteral("startDate"), startDate},   {QStringLiteral("plannedEnd"), plannedEnd}};
}

QJsonObject CourseEndedPayload::encode() const
{
    QJsonObject o{{QStringLiteral("courseId"), courseId}, {QStringLiteral("endDate"), endDate}};
    if (supersedes)
        o.insert(QStringLiteral("supersedes"), payloads::versionsJson(*supersedes));
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    return o;
}

QJsonObject NoteAddedPayload::encode() const
{
    QJsonObject o{{QStringLiteral("noteId"), noteId},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("text"), text}};
    if (!courseId.isEmpty())
        o.insert(QStringLiteral("courseId"), courseId);
    return o;
}

QJsonObject NoteCorrectedPayload::encode() const
{
    return {{QStringLiteral("noteId"), noteId},
            {QStringLiteral("supersedes"), payloads::versionsJson(supersedes)},
            {QStringLiteral("text"), text}};
}

QJsonObject ConsentPayload::encode() const
{
    QJsonArray grantsJson, obtainJson;
    for (const ConsentGrantPayload& g : grants) {
        QJsonObject o{{QStringLiteral("kind"), g.kind},
                      {QStringLiteral("name"), g.name},
                      {QStringLiteral("categories"), QJsonArray::fromStringList(g.categories)}};
        if (!g.purpose.isEmpty())
            o.insert(QStringLiteral("purpose"), g.purpose);
        (g.direction == QStringLiteral("obtain") ? obtainJson : grantsJson).append(o);
    }
    QJsonObject out{{QStringLiteral("consentId"), consentId},
                    {QStringLiteral("courseId"), courseId},
                    {QStringLiteral("templateId"), templateId},
                    {QStringLiteral("templateVersion"), templateVersion},
                    {QStringLiteral("language"), language},
                    {QStringLiteral("textHash"), textHash},
                    {QStringLiteral("grants"), grantsJson},
                    {QStringLiteral("validUntil"), validUntil},
                    {QStringLiteral("place"), place},
                    {QStringLiteral("signer"), signer},
                    {QStringLiteral("signerRole"), signerRole},
                    {QStringLiteral("controller"), controller},
                    {QStringLiteral("processor"), processor},
                    {QStringLiteral("signature"), signature},
                    {QStringLiteral("consultantName"), consultantName}};
    if (!obtainJson.isEmpty())
        out.insert(QStringLiteral("obtain"), obtainJson);
    if (!shownText.isEmpty())
        out.insert(QStringLiteral("shown"), shownText);
    if (!receiptHash.isEmpty())
        out.insert(QStringLiteral("receiptHash"), receiptHash);
    if (!details.isEmpty())
        out.insert(QStringLiteral("details"), detailsJson(details));
    return out;
}

QJsonObject ConsentPayload::detailsJson(const QMap<QString, QString>& details)
{
    QJsonObject out;
    for (auto it = details.cbegin(); it != details.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QMap<QString, QString> ConsentPayload::detailsFrom(const QJsonObject& json)
{
    QMap<QString, QString> out;
    for (auto it = json.begin(); it != json.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QJsonObject ConsentWithdrawnPayload::encode() const
{
    QJsonObject o{{QStringLiteral("consentId"), consentId}};
    if (!recipientKind.isEmpty()) {
        o.insert(QStringLiteral("recipientKind"), recipientKind);
        o.insert(QStringLiteral("recipientName"), recipientName);
        o.insert(QStringLiteral("category"), category);
        if (!direction.isEmpty())
            o.insert(QStringLiteral("direction"), direction);
    }
    return o;
}

QJsonObject DisclosureRecordedPayload::encode() const
{
    QJsonObject o{{QStringLiteral("disclosureId"), disclosureId},
                  {QStringLiteral("recipientKind"), recipientKind},
                  {QStringLiteral("recipientName"), recipientName},
                  {QStringLiteral("categories"), categories},
                  {QStringLiteral("basis"), basis},
                  {QStringLiteral("consentId"), consentId},
                  {QStringLiteral("what"), what}};
    if (!direction.isEmpty())
        o.insert(QStringLiteral("direction"), direction);
    return o;
}

QJsonObject CaseHeldPayload::encode() const
{
    QJsonObject o{{QStringLiteral("reason"), reason}};
    if (!until.isEmpty())
        o.insert(QStringLiteral("until"), until);
    return o;
}

QJsonObject CaseReleasedPayload::encode() const
{
    return {};
}

} // namespace fortrolig
