// The typed events: every kind has a name, a payload that survives encode and decode, and a
// decoder that names the first bad field; the schema's shapes are read from the same structs.
#include "TestSupport.h"
#include "app/domain/CourseEnd.h"
#include "app/journal/EventRules.h"
#include "app/journal/Events.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace fortrolig;

namespace {

const QString kId1 = QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057");
const QString kId2 = QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8058");

// A payload of each kind as the journal writes it. The switch has no default: with
// -Werror=switch this file does not compile until a new kind has a sample here.
QJsonObject sample(EventKind kind)
{
    switch (kind) {
    case EventKind::CitizenAdded:
        return CitizenAddedPayload{QStringLiteral("Søren Ærø"), QStringLiteral("0101585999")}
            .encode();
    case EventKind::CitizenCorrected:
        return CitizenCorrectedPayload{QStringLiteral("name"), QStringLiteral("Åse"), {kId1}}
            .encode();
    case EventKind::CourseAdded:
        return CourseAddedPayload{kId1, QStringLiteral("Aarhus"),     QStringLiteral("afklaring"),
                                  {},   QStringLiteral("2026-02-01"), QStringLiteral("2026-05-01")}
            .encode();
    case EventKind::CourseEnded:
        return CourseEndedPayload{kId1, QStringLiteral("2026-04-30"), QStringList{kId1, kId2}}
            .encode();
    case EventKind::NoteAdded:
        return NoteAddedPayload{kId1, QStringLiteral("note"), QStringLiteral("Møde"), kId2}
            .encode();
    case EventKind::NoteCorrected:
        return NoteCorrectedPayload{kId1, {kId2}, QStringLiteral("Møde, rettet")}.encode();
    case EventKind::ConsentGiven:
    case EventKind::ConsentRefused: {
        ConsentPayload p;
        p.consentId = kId1;
        p.courseId = kId2;
        p.templateId = QStringLiteral("standard");
        p.templateVersion = 3;
        p.language = QStringLiteral("da");
        p.textHash = QString(64, QLatin1Char('a'));
        if (kind == EventKind::ConsentGiven)
            p.grants = {{QStringLiteral("doctor"),
                         QStringLiteral("Dr. Ø"),
                         {QStringLiteral("health"), QStringLiteral("social")}}};
        p.validUntil = QStringLiteral("2027-01-01");
        p.signer = QStringLiteral("Søren");
        p.signature = QStringLiteral("{}");
        p.consultantName = QStringLiteral("Kons");
        return p.encode();
    }
    case EventKind::ConsentWithdrawn:
        return ConsentWithdrawnPayload{kId1, QStringLiteral("doctor"), QStringLiteral("Dr. Ø"),
                                       QStringLiteral("health")}
            .encode();
    case EventKind::DisclosureRecorded:
        return DisclosureRecordedPayload{kId1,
                                         QStringLiteral("doctor"),
                                         QStringLiteral("Dr. Ø"),
                                         QStringLiteral("health,social"),
                                         QStringLiteral("consent"),
                                         kId2,
                                         QStringLiteral("journal")}
            .encode();
    case EventKind::CaseHeld:
        return CaseHeldPayload{QStringLiteral("Klage til Ankestyrelsen"),
                               QStringLiteral("2027-03-01")}
            .encode();
    case EventKind::CaseReleased:
        return CaseReleasedPayload{}.encode();
    case EventKind::RequestReceived:
        return RequestReceivedPayload{kId1, QStringLiteral("access"), QStringLiteral("phone"),
                                      QStringLiteral("2026-12-01T10:15:00.000+01:00"),
                                      QStringLiteral("Vil se sine notater")}
            .encode();
    case EventKind::RequestStep: {
        RequestStepPayload p;
        p.requestId = kId1;
        p.step = QStringLiteral("extended");
        p.answerBy = QStringLiteral("2027-02-01");
        p.decidedOn = QStringLiteral("2026-12-20");
        p.toldOn = QStringLiteral("2026-12-21");
        return p.encode();
    }
    case EventKind::CaseRestricted:
        return CaseRestrictedPayload{kId2, kId1, {}}.encode();
    case EventKind::RestrictionLifted:
        return RestrictionLiftedPayload{kId2, QStringLiteral("Kommunen har afgjort sagen"),
                                        QStringLiteral("2026-12-20T10:00:00.000+01:00"),
                                        QStringLiteral("phone")}
            .encode();
    case EventKind::CourseHandedOver:
        return CourseHandedOverPayload{kId2,
                                       kId1,
                                       QStringLiteral("secure-mail"),
                                       QStringLiteral("jobcenter@testby.example"),
                                       QStringLiteral("Sagsbehandler Prøve"),
                                       QString(64, QLatin1Char('a')),
                                       QString(64, QLatin1Char('b'))}
            .encode();
    case EventKind::CourseCorrected:
        return CourseCorrectedPayload{
            kId2, QStringLiteral("startDate"), QStringLiteral("2026-02-02"), {kId1}}
            .encode();
    }
    return {};
}

// Decodes `payload` as `kind` and writes it again; the decode error when it fails.
Result<QJsonObject> reencode(EventKind kind, const QJsonObject& payload)
{
    auto again = [](const auto& decoded) -> Result<QJsonObject> {
        if (!decoded.ok())
            return decoded.error();
        return decoded->encode();
    };
    switch (kind) {
    case EventKind::CitizenAdded:
        return again(CitizenAddedPayload::decode(payload));
    case EventKind::CitizenCorrected:
        return again(CitizenCorrectedPayload::decode(payload));
    case EventKind::CourseAdded:
        return again(CourseAddedPayload::decode(payload));
    case EventKind::CourseEnded:
        return again(CourseEndedPayload::decode(payload));
    case EventKind::NoteAdded:
        return again(NoteAddedPayload::decode(payload));
    case EventKind::NoteCorrected:
        return again(NoteCorrectedPayload::decode(payload));
    case EventKind::ConsentGiven:
    case EventKind::ConsentRefused:
        return again(ConsentPayload::decode(payload));
    case EventKind::ConsentWithdrawn:
        return again(ConsentWithdrawnPayload::decode(payload));
    case EventKind::DisclosureRecorded:
        return again(DisclosureRecordedPayload::decode(payload));
    case EventKind::CaseHeld:
        return again(CaseHeldPayload::decode(payload));
    case EventKind::CaseReleased:
        return again(CaseReleasedPayload::decode(payload));
    case EventKind::RequestReceived:
        return again(RequestReceivedPayload::decode(payload));
    case EventKind::RequestStep:
        return again(RequestStepPayload::decode(payload));
    case EventKind::CaseRestricted:
        return again(CaseRestrictedPayload::decode(payload));
    case EventKind::RestrictionLifted:
        return again(RestrictionLiftedPayload::decode(payload));
    case EventKind::CourseHandedOver:
        return again(CourseHandedOverPayload::decode(payload));
    case EventKind::CourseCorrected:
        return again(CourseCorrectedPayload::decode(payload));
    }
    return Error(ErrorCode::NotFound);
}

Event eventOf(EventKind kind, const QJsonObject& payload)
{
    Event e;
    e.id = kId2;
    e.type = nameOf(kind);
    e.subject = kId1;
    e.payload = payload;
    return e;
}

} // namespace

class TestEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindHasOneName()
    {
        // One more kind than the last one listed means a kind missing from allEventKinds().
        QCOMPARE(allEventKinds().size(), int(EventKind::CourseCorrected) + 1);
        QSet<QString> names;
        for (EventKind kind : allEventKinds()) {
            names.insert(nameOf(kind));
            QVERIFY(kindOf(nameOf(kind)) == kind);
        }
        QCOMPARE(names.size(), allEventKinds().size());
        QCOMPARE(EventRules::knownTypes().size(), allEventKinds().size());
        QCOMPARE(nameOf(EventKind::NoteCorrected), QStringLiteral("note.corrected"));
        QCOMPARE(nameOf(EventKind::CaseHeld), QStringLiteral("case.held"));
        QCOMPARE(nameOf(EventKind::CaseReleased), QStringLiteral("case.released"));
        QCOMPARE(nameOf(EventKind::CaseRestricted), QStringLiteral("case.restricted"));
        QCOMPARE(nameOf(EventKind::RestrictionLifted), QStringLiteral("case.restriction-lifted"));
        QCOMPARE(nameOf(EventKind::CourseHandedOver), QStringLiteral("course.handed-over"));
        QCOMPARE(nameOf(EventKind::CourseCorrected), QStringLiteral("course.corrected"));
        QVERIFY(!kindOf(QStringLiteral("note.deleted")));
        QVERIFY(!kindOf(QString()));
    }

    void everyKindRoundTrips()
    {
        for (EventKind kind : allEventKinds()) {
            const QJsonObject written = sample(kind);
            // Every kind has a payload to check, but a release, which says nothing more.
            QVERIFY2(!written.isEmpty() || kind == EventKind::CaseReleased,
                     qPrintable(nameOf(kind)));
            const auto again = reencode(kind, written);
            QVERIFY2(again.ok(),
                     qPrintable(nameOf(kind) + QLatin1Char(' ') + again.error().detail));
            QCOMPARE(again.value(), written);
            // What the server checks is what the journal writes.
            QVERIFY2(EventRules::shapeOf(eventOf(kind, written)).ok(), qPrintable(nameOf(kind)));
        }
    }

    void decodeNamesTheFirstBadField_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("remove");
        QTest::addColumn<QJsonObject>("set");
        QTest::addColumn<QString>("field");
        auto row = [](EventKind kind, const char* name, QStringList remove, QJsonObject set,
                      const char* field) {
            QTest::newRow(name) << int(kind) << remove << set << QString::fromLatin1(field);
        };
        const QJsonValue notUuid(QStringLiteral("not-a-uuid"));
        row(EventKind::CitizenAdded, "citizen.added name first", {QStringLiteral("name")},
            {{QStringLiteral("cpr"), QStringLiteral("123")}}, "payload.name");
        row(EventKind::CitizenAdded, "citizen.added cpr", {},
            {{QStringLiteral("cpr"), QStringLiteral("3213581234")}}, "payload.cpr");
        row(EventKind::CitizenCorrected, "citizen.corrected field first", {},
            {{QStringLiteral("field"), QStringLiteral("birthplace")},
             {QStringLiteral("supersedes"), QJsonArray()}},
            "payload.field");
        row(EventKind::CitizenCorrected, "citizen.corrected supersedes", {},
            {{QStringLiteral("supersedes"), QJsonArray()}}, "payload.supersedes");
        // A contact detail's versions must be ids too (aContactDetailMayNameNoVersion).
        row(EventKind::CitizenCorrected, "citizen.corrected contact supersedes", {},
            {{QStringLiteral("field"), QStringLiteral("email")},
             {QStringLiteral("supersedes"), QJsonArray{notUuid}}},
            "payload.supersedes");
        row(EventKind::CourseAdded, "course.added courseId first", {QStringLiteral("startDate")},
            {{QStringLiteral("courseId"), notUuid}}, "payload.courseId");
        row(EventKind::CourseAdded, "course.added startDate", {QStringLiteral("startDate")}, {},
            "payload.startDate");
        row(EventKind::CourseEnded, "course.ended endDate first", {QStringLiteral("endDate")},
            {{QStringLiteral("supersedes"), 7}}, "payload.endDate");
        row(EventKind::CourseEnded, "course.ended supersedes", {},
            {{QStringLiteral("supersedes"), QJsonArray{notUuid}}}, "payload.supersedes");
        row(EventKind::NoteAdded, "note.added noteId first", {QStringLiteral("text")},
            {{QStringLiteral("noteId"), notUuid}}, "payload.noteId");
        row(EventKind::NoteAdded, "note.added text", {}, {{QStringLiteral("text"), QString()}},
            "payload.text");
        row(EventKind::NoteAdded, "note.added courseId", {},
            {{QStringLiteral("courseId"), notUuid}}, "payload.courseId");
        row(EventKind::NoteCorrected, "note.corrected text first",
            {QStringLiteral("text"), QStringLiteral("supersedes")}, {}, "payload.text");
        row(EventKind::NoteCorrected, "note.corrected supersedes", {QStringLiteral("supersedes")},
            {}, "payload.supersedes");
        row(EventKind::ConsentGiven, "consent.given consentId first", {QStringLiteral("consentId")},
            {{QStringLiteral("courseId"), notUuid}}, "payload.consentId");
        row(EventKind::ConsentRefused, "consent.refused courseId", {},
            {{QStringLiteral("courseId"), notUuid}}, "payload.courseId");
        row(EventKind::ConsentWithdrawn, "consent.withdrawn consentId",
            {QStringLiteral("consentId")}, {}, "payload.consentId");
        row(EventKind::DisclosureRecorded, "disclosure.recorded disclosureId first", {},
            {{QStringLiteral("disclosureId"), 1}, {QStringLiteral("consentId"), notUuid}},
            "payload.disclosureId");
        row(EventKind::DisclosureRecorded, "disclosure.recorded consentId", {},
            {{QStringLiteral("consentId"), notUuid}}, "payload.consentId");
        row(EventKind::RequestReceived, "request.received kind first", {},
            {{QStringLiteral("kind"), QStringLiteral("wish")},
             {QStringLiteral("channel"), QStringLiteral("pigeon")}},
            "payload.kind");
        row(EventKind::RequestReceived, "request.received channel", {},
            {{QStringLiteral("channel"), QStringLiteral("pigeon")}}, "payload.channel");
        row(EventKind::RequestReceived, "request.received receivedAt", {},
            {{QStringLiteral("receivedAt"), QStringLiteral("1. december")}}, "payload.receivedAt");
        row(EventKind::RequestReceived, "request.received description", {},
            {{QStringLiteral("description"), QString(2001, u'x')}}, "payload.description");
        row(EventKind::RequestStep, "request.step step", {},
            {{QStringLiteral("step"), QStringLiteral("lost")}}, "payload.step");
        row(EventKind::RequestStep, "request.step forwarded needs at", {},
            {{QStringLiteral("step"), QStringLiteral("forwarded")}}, "payload.at");
        row(EventKind::RequestStep, "request.step forwarded channel", {},
            {{QStringLiteral("step"), QStringLiteral("forwarded")},
             {QStringLiteral("at"), QStringLiteral("2026-12-02T09:00:00.000+01:00")},
             {QStringLiteral("to"), QStringLiteral("jobcenter@testby.example")},
             {QStringLiteral("channel"), QStringLiteral("fax")}},
            "payload.channel");
        row(EventKind::RequestStep, "request.step answered at is a day", {},
            {{QStringLiteral("step"), QStringLiteral("answered")},
             {QStringLiteral("at"), QStringLiteral("2026-12-02T09:00:00.000+01:00")}},
            "payload.at");
        row(EventKind::RequestStep, "request.step extended toldOn", {QStringLiteral("toldOn")}, {},
            "payload.toldOn");
        row(EventKind::RequestStep, "request.step requestId", {},
            {{QStringLiteral("requestId"), notUuid}}, "payload.requestId");
        row(EventKind::CaseRestricted, "case.restricted restrictionId", {},
            {{QStringLiteral("restrictionId"), notUuid}}, "payload.restrictionId");
        row(EventKind::CaseRestricted, "case.restricted requestId", {},
            {{QStringLiteral("requestId"), notUuid}}, "payload.requestId");
        row(EventKind::CaseRestricted, "case.restricted neither request nor instruction",
            {QStringLiteral("requestId")}, {}, "payload.instruction");
        row(EventKind::CaseRestricted, "case.restricted both request and instruction", {},
            {{QStringLiteral("instruction"), QStringLiteral("Brev fra kommunen")}},
            "payload.instruction");
        row(EventKind::CaseRestricted, "case.restricted blank instruction",
            {QStringLiteral("requestId")}, {{QStringLiteral("instruction"), QStringLiteral("  ")}},
            "payload.instruction");
        row(EventKind::RestrictionLifted, "case.restriction-lifted reason",
            {QStringLiteral("reason")}, {}, "payload.reason");
        row(EventKind::RestrictionLifted, "case.restriction-lifted toldAt", {},
            {{QStringLiteral("toldAt"), QStringLiteral("i går")}}, "payload.toldAt");
        row(EventKind::RestrictionLifted, "case.restriction-lifted toldHow", {},
            {{QStringLiteral("toldHow"), QStringLiteral("pigeon")}}, "payload.toldHow");
        row(EventKind::RestrictionLifted, "case.restriction-lifted needs toldHow",
            {QStringLiteral("toldHow")}, {}, "payload.toldHow");
        row(EventKind::CourseHandedOver, "course.handed-over channel", {},
            {{QStringLiteral("channel"), QStringLiteral("email")}}, "payload.channel");
        row(EventKind::CourseHandedOver, "course.handed-over needs to", {QStringLiteral("to")}, {},
            "payload.to");
        row(EventKind::CourseHandedOver, "course.handed-over long to", {},
            {{QStringLiteral("to"), QString(201, QLatin1Char('x'))}}, "payload.to");
        row(EventKind::CourseHandedOver, "course.handed-over jsonSha256", {},
            {{QStringLiteral("jsonSha256"), QStringLiteral("ABC")}}, "payload.jsonSha256");
        row(EventKind::CourseHandedOver, "course.handed-over pdfSha256", {},
            {{QStringLiteral("pdfSha256"), QString(64, QLatin1Char('G'))}}, "payload.pdfSha256");
        row(EventKind::CourseHandedOver, "course.handed-over disclosureId", {},
            {{QStringLiteral("disclosureId"), QStringLiteral("x")}}, "payload.disclosureId");
        row(EventKind::CourseCorrected, "course.corrected courseId first", {},
            {{QStringLiteral("courseId"), notUuid},
             {QStringLiteral("field"), QStringLiteral("cpr")}},
            "payload.courseId");
        row(EventKind::CourseCorrected, "course.corrected field", {},
            {{QStringLiteral("field"), QStringLiteral("endDate")}}, "payload.field");
        row(EventKind::CourseCorrected, "course.corrected a date", {},
            {{QStringLiteral("value"), QStringLiteral("2. februar")}}, "payload.value");
        row(EventKind::CourseCorrected, "course.corrected no start", {},
            {{QStringLiteral("value"), QString()}}, "payload.value");
        row(EventKind::CourseCorrected, "course.corrected planned end needs a value",
            {QStringLiteral("value")}, {{QStringLiteral("field"), QStringLiteral("plannedEnd")}},
            "payload.value");
        row(EventKind::CourseCorrected, "course.corrected long municipality", {},
            {{QStringLiteral("field"), QStringLiteral("municipality")},
             {QStringLiteral("value"), QString(201, QLatin1Char('x'))}},
            "payload.value");
        row(EventKind::CourseCorrected, "course.corrected supersedes", {},
            {{QStringLiteral("supersedes"), QJsonArray{notUuid}}}, "payload.supersedes");
    }

    // A contact detail's first value replaces none, and a cleared one is empty; the name's
    // and the CPR number's are neither.
    void aContactDetailMayNameNoVersion()
    {
        for (const QString& field : EventRules::correctableCitizenFields()) {
            const bool contact = EventRules::citizenContactFields().contains(field);
            const QJsonObject first{{QStringLiteral("field"), field},
                                    {QStringLiteral("value"), QStringLiteral("99999999")}};
            QCOMPARE(CitizenCorrectedPayload::decode(first).ok(), contact);
            QJsonObject cleared = sample(EventKind::CitizenCorrected);
            cleared.insert(QStringLiteral("field"), field);
            cleared.insert(QStringLiteral("value"), QString());
            QCOMPARE(CitizenCorrectedPayload::decode(cleared).ok(), contact);
        }
        QCOMPARE(EventRules::citizenContactFields().size(), 3);
    }

    void decodeNamesTheFirstBadField()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, remove);
        QFETCH(QJsonObject, set);
        QFETCH(QString, field);
        const EventKind k = EventKind(kind);
        QJsonObject payload = sample(k);
        for (const QString& key : remove)
            payload.remove(key);
        for (auto it = set.begin(); it != set.end(); ++it)
            payload.insert(it.key(), it.value());
        const auto decoded = reencode(k, payload);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, ErrorCode::InvalidInput);
        QCOMPARE(decoded.error().detail, field);
        // The server's check reports the same field.
        const auto shape = EventRules::shapeOf(eventOf(k, payload));
        QVERIFY(!shape.ok());
        QCOMPARE(shape.error().detail, field);
    }

    void readTakesWhatThereIs()
    {
        // The projector's reading: a missing field is empty, nothing is refused.
        const auto note = NoteCorrectedPayload::read({{QStringLiteral("text"), 5}});
        QVERIFY(note.noteId.isEmpty() && note.text.isEmpty() && note.supersedes.isEmpty());
        const auto ended = CourseEndedPayload::read(sample(EventKind::CourseEnded));
        QCOMPARE(ended.supersedes.value_or(QStringList()), (QStringList{kId1, kId2}));
        // A plain end of a course names no versions, and is written without the key.
        const QJsonObject plain =
            CourseEndedPayload{kId1, QStringLiteral("2026-04-30"), {}}.encode();
        QVERIFY(!plain.contains(QStringLiteral("supersedes")));
        QVERIFY(!CourseEndedPayload::read(plain).supersedes);
        // Why it ended: each of the reasons goes through; another is refused by name; an older
        // event without one still reads.
        for (const QString& why : CourseEnd::reasons()) {
            const QJsonObject with =
                CourseEndedPayload{kId1, QStringLiteral("2026-04-30"), {}, why}.encode();
            auto back = CourseEndedPayload::decode(with);
            QVERIFY(back.ok());
            QCOMPARE(back->reason, why);
        }
        QVERIFY(!plain.contains(QStringLiteral("reason")));
        QVERIFY(CourseEndedPayload::decode(plain).ok());
        QJsonObject lottery = plain;
        lottery.insert(QStringLiteral("reason"), QStringLiteral("lottery"));
        auto refused = CourseEndedPayload::decode(lottery);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().detail, QStringLiteral("payload.reason"));
        // One version is written as a plain id (every version of the program reads that).
        QCOMPARE(sample(EventKind::NoteCorrected).value(QStringLiteral("supersedes")),
                 QJsonValue(kId2));
        // A withdrawal of the whole consent names no recipient.
        const ConsentWithdrawnPayload whole{kId1, {}, {}, {}};
        QCOMPARE(whole.encode().keys(), QStringList{QStringLiteral("consentId")});
        // A hold until released has no date; a release has nothing at all.
        const CaseHeldPayload untilReleased{QStringLiteral("Retssag"), {}};
        QCOMPARE(untilReleased.encode().keys(), QStringList{QStringLiteral("reason")});
        QVERIFY(CaseReleasedPayload{}.encode().isEmpty());
    }

    void shapesComeFromThePayload()
    {
        const auto corrected = EventRules::shapeOf(
            eventOf(EventKind::NoteCorrected, sample(EventKind::NoteCorrected)));
        QVERIFY(corrected.ok());
        QVERIFY(corrected->needs ==
                (QList<EventRules::ObjectRef>{{QStringLiteral("note"), kId1, {}},
                                              {QStringLiteral("note-version"), kId2, kId1}}));
        QVERIFY(corrected->creates ==
                (QList<EventRules::ObjectRef>{{QStringLiteral("note-version"), kId2, kId1}}));
        // A note tied to a course needs the course; one tied to none needs nothing.
        const auto tied =
            EventRules::shapeOf(eventOf(EventKind::NoteAdded, sample(EventKind::NoteAdded)));
        QVERIFY(tied.ok());
        QVERIFY(tied->needs ==
                (QList<EventRules::ObjectRef>{{QStringLiteral("course"), kId2, {}}}));
        const auto loose = EventRules::shapeOf(eventOf(
            EventKind::NoteAdded,
            NoteAddedPayload{kId1, QStringLiteral("note"), QStringLiteral("Møde")}.encode()));
        QVERIFY(loose.ok() && loose->needs.isEmpty());
        QVERIFY(!loose->creates.isEmpty());
        const auto added =
            EventRules::shapeOf(eventOf(EventKind::CitizenAdded, sample(EventKind::CitizenAdded)));
        QVERIFY(added.ok() && added->createsCitizen);
        QCOMPARE(added->creates.size(), 3); // the citizen, and a first version of name and cpr
        // A restriction on a request needs the request; one on an instruction needs nothing.
        const auto restricted = EventRules::shapeOf(
            eventOf(EventKind::CaseRestricted, sample(EventKind::CaseRestricted)));
        QVERIFY(restricted.ok());
        QVERIFY(restricted->needs ==
                (QList<EventRules::ObjectRef>{{QStringLiteral("request"), kId1, {}}}));
        QVERIFY(restricted->creates ==
                (QList<EventRules::ObjectRef>{{QStringLiteral("restriction"), kId2, {}}}));
        const auto onInstruction = EventRules::shapeOf(eventOf(
            EventKind::CaseRestricted,
            CaseRestrictedPayload{kId2, {}, QStringLiteral("Kommunens brev af 1/12")}.encode()));
        QVERIFY(onInstruction.ok() && onInstruction->needs.isEmpty());
        const auto lifted = EventRules::shapeOf(
            eventOf(EventKind::RestrictionLifted, sample(EventKind::RestrictionLifted)));
        QVERIFY(lifted.ok());
        QVERIFY(lifted->needs ==
                (QList<EventRules::ObjectRef>{{QStringLiteral("restriction"), kId2, {}}}));
        Event unknown = eventOf(EventKind::NoteAdded, sample(EventKind::NoteAdded));
        unknown.type = QStringLiteral("note.deleted");
        QCOMPARE(EventRules::shapeOf(unknown).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestEvents)
#include "tst_events.moc"
