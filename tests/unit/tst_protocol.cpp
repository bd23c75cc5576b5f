// The protocol codec, the enrollment link, pins, the retry rule and the server's request
// parser: pure code, exercised directly.
#include "app/sync/EnrollmentLink.h"
#include "app/sync/Protocol.h"
#include "app/sync/RetryPolicy.h"
#include "app/wire/TrustPin.h"
#include "http/HttpRequestParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace fortrolig;
using namespace fortrolig::protocol;

namespace {
Event sampleEvent()
{
    Event e;
    e.id = newId();
    e.type = EventType::NoteAdded;
    e.subject = newId();
    e.author = QStringLiteral("anne");
    e.device = newId();
    e.localTime = QStringLiteral("2026-03-02T10:00:00.000+01:00");
    e.payload = {{QStringLiteral("noteId"), newId()},
                 {QStringLiteral("text"), QStringLiteral("Æblegrød på Ærø")}};
    return e;
}
QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
fortrolig::Municipality nordby()
{
    fortrolig::Municipality m;
    m.id = QStringLiteral("nordby");
    m.name = QStringLiteral("Nordby Kommune");
    m.cvr = QStringLiteral("12345674");
    m.jobcentreAddress = QStringLiteral("jobcenter@nordby.example");
    m.jobcentrePhone = QStringLiteral("70 00 00 00");
    m.dpoContact = QStringLiteral("dpo@nordby.example");
    m.agreementDate = QDate(2026, 1, 5);
    m.agreementReference = QStringLiteral("DBA-2026-01");
    m.legalBasis = QStringLiteral("LAB § 1; GDPR art. 6(1)(e)");
    m.approvals = {{QStringLiteral("fortrolig-standard"), 4, QDate(2026, 11, 2)}};
    m.statisticsAllowed = true;
    m.changedAt = QStringLiteral("2026-11-02T09:00:00Z");
    return m;
}
QByteArray withCvr(const char* cvr)
{
    QJsonObject o = nordby().toJson();
    o.insert(QStringLiteral("cvr"), QString::fromLatin1(cvr));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messagesSurviveTheRoundTrip()
    {
        PushRequest push{
            newId(), newId(), 42, QStringLiteral("ab12"), {sampleEvent(), sampleEvent()}, {}};
        auto p = decodePushRequest(encode(push));
        QVERIFY(p.ok());
        QCOMPARE(p->request.events.size(), 2);
        QCOMPARE(p->request.events.at(0).payload, push.events.at(0).payload);
        QCOMPARE(p->request.accessLogSeq, 42);
        QVERIFY(p->malformed.isEmpty());

        ChangesResponse page;
        page.epoch = newId();
        const Event e = sampleEvent();
        page.items << ChangeItem{3, ChangeItem::Kind::Event, e.subject, e, {}}
                   << ChangeItem{9, ChangeItem::Kind::Purge, newId(), {}, {}};
        page.cursor = 9;
        page.more = true;
        page.remaining = 120;
        auto c = decodeChangesResponse(encode(page));
        QVERIFY(c.ok());
        QCOMPARE(c->items.size(), 2);
        QCOMPARE(c->items.at(0).event.id, e.id);
        QCOMPARE(c->items.at(1).kind, ChangeItem::Kind::Purge);
        QCOMPARE(c->remaining, 120);
        QVERIFY(c->more);

        PushResponse r{newId(),
                       {{newId(), PushResult::Status::Accepted, 5, {}},
                        {newId(), PushResult::Status::Rejected, 0, RejectReason::Purged}}};
        auto d = decodePushResponse(encode(r));
        QCOMPARE(d->results.at(1).reason, RejectReason::Purged);
        QCOMPARE(d->results.at(0).seq, 5);

        // Enrollment names the consultant as the administrator wrote it (for receipts); an
        // older server's answer without the name is read too.
        const EnrollResponse enrolled{newId(), QStringLiteral("anne"), newId(),
                                      QStringLiteral("Anne  Hansen")};
        auto en = decodeEnrollResponse(encode(enrolled));
        QVERIFY(en.ok());
        QCOMPARE(en->displayName, QStringLiteral("Anne Hansen"));
        auto older = decodeEnrollResponse(json({{QStringLiteral("deviceId"), newId()},
                                                {QStringLiteral("username"), QStringLiteral("bo")},
                                                {QStringLiteral("epoch"), newId()}}));
        QVERIFY(older.ok());
        QVERIFY(older->displayName.isEmpty());
    }

    // The last page of a round brings the retention rules and the holds; what is wrong in
    // them is refused by name, and a page without them (an older server) is read as before.
    void retentionComesWithTheLastPage()
    {
        ChangesResponse page;
        page.epoch = newId();
        page.cursor = 0;
        const QString held = newId();
        page.retention = fortrolig::PulledRetention{
            fortrolig::RetentionRules(
                {{QString(), fortrolig::RetentionKind::Case, 6},
                 {QStringLiteral("Nordby Kommune"), fortrolig::RetentionKind::Case, 12},
                 {QString(), fortrolig::RetentionKind::AccessLog, 24}}),
            {{held, QStringLiteral("Klagesag"), QStringLiteral("admin:bo"), QDate(2027, 3, 1)},
             {newId(), QStringLiteral("Politiet"), QStringLiteral("anne"), {}}},
            fortrolig::MunicipalityRegister{{nordby()}}};
        auto c = decodeChangesResponse(encode(page));
        QVERIFY2(c.ok(), qPrintable(c.error().detail));
        QVERIFY(c->retention);
        QCOMPARE(c->retention->rules, page.retention->rules);
        QCOMPARE(c->retention->rules.months(QStringLiteral("Nordby Kommune"),
                                            fortrolig::RetentionKind::Case),
                 12);
        QCOMPARE(c->retention->holds.size(), 2);
        QCOMPARE(c->retention->holds.at(0).citizenId, held);
        QCOMPARE(c->retention->holds.at(0).until, QDate(2027, 3, 1));
        QVERIFY(!c->retention->holds.at(1).until.isValid());
        QVERIFY(c->retention->municipalities);
        QCOMPARE(c->retention->municipalities->entries, QList<fortrolig::Municipality>{nordby()});
        // A server before the register sends none: absent, not empty (the laptop keeps its own).
        page.retention->municipalities.reset();
        QVERIFY(!decodeChangesResponse(encode(page))->retention->municipalities);
        page.retention.reset();
        QVERIFY(!decodeChangesResponse(encode(page))->retention);

        const QByteArray head = "{\"epoch\":\"" + newId().toLatin1() +
                                "\",\"items\":[],\"cursor\":0,\"more\":false,\"retention\":";
        const QList<QPair<QByteArray, QString>> bad{
            {"[]", QStringLiteral("retention")},
            {"{\"holds\":[]}", QStringLiteral("retention.rules")},
            {"{\"rules\":[{\"municipality\":\"\",\"kind\":\"case\",\"months\":0}],"
             "\"holds\":[]}",
             QStringLiteral("retention.rules")},
            {"{\"rules\":[{\"municipality\":\"\",\"kind\":\"access-log\",\"months\":2}],"
             "\"holds\":[]}",
             QStringLiteral("retention.rules")},
            {"{\"rules\":[{\"municipality\":\"\",\"kind\":7,\"months\":6}],"
             "\"holds\":[]}",
             QStringLiteral("retention.rules")},
            {"{\"rules\":[],\"holds\":[{\"citizen\":\"nope\",\"reason\":\"r\","
             "\"heldBy\":\"a\"}]}",
             QStringLiteral("retention.holds[].citizen")},
            {"{\"rules\":[],\"holds\":[{\"citizen\":\"" + newId().toLatin1() +
                 "\",\"reason\":\"r\",\"heldBy\":\"a\",\"until\":\"2027-13-01\"}]}",
             QStringLiteral("retention.holds[].until")},
            {"{\"rules\":[],\"holds\":[],\"municipalities\":{}}",
             QStringLiteral("retention.municipalities")},
            {"{\"rules\":[],\"holds\":[],\"municipalities\":[" + withCvr("12345675") + "]}",
             QStringLiteral("retention.municipalities[0].cvr")},
            {"{\"rules\":[],\"holds\":[],\"municipalities\":[" + withCvr("12345674") + "," +
                 withCvr("12345674") + "]}",
             QStringLiteral("retention.municipalities[1]")},
        };
        for (const auto& [body, field] : bad) {
            auto d = decodeChangesResponse(head + body + "}");
            QVERIFY2(!d.ok(), body.constData());
            QCOMPARE(d.error().code, fortrolig::ErrorCode::InvalidInput);
            QVERIFY2(d.error().detail.startsWith(field), qPrintable(d.error().detail));
        }
        // A kind only a later server knows is passed over; the rest of the rules still apply.
        auto later = decodeChangesResponse(
            head + "{\"rules\":[{\"municipality\":\"\",\"kind\":\"survey\",\"months\":1},"
                   "{\"municipality\":\"\",\"kind\":\"case\",\"months\":9}],\"holds\":[]}}");
        QVERIFY2(later.ok(), qPrintable(later.error().detail));
        QCOMPARE(later->retention->rules.rules().size(), 1);
        QCOMPARE(later->retention->rules.months({}, fortrolig::RetentionKind::Case), 9);
    }

    // A part of a case whose period ended before the case's: which part and when, for both
    // parts, and a municipality's course cut out of a shared case ("course:ID"); anything else
    // is refused by name.
    void aRemovedPartTravelsWithItsKind()
    {
        QStringList parts{fortrolig::coursePartName(newId())};
        for (fortrolig::RetentionKind part : fortrolig::caseParts())
            parts << fortrolig::nameOf(part);
        for (const QString& part : parts) {
            ChangesResponse page;
            page.epoch = newId();
            ChangeItem removed;
            removed.seq = 9;
            removed.kind = ChangeItem::Kind::PartRemoved;
            removed.citizen = newId();
            removed.part = part;
            removed.at = QStringLiteral("2027-06-02T03:00:00.000Z");
            page.items << removed;
            page.cursor = 9;
            auto c = decodeChangesResponse(encode(page));
            QVERIFY2(c.ok(), qPrintable(c.error().detail));
            QCOMPARE(c->items.at(0).kind, ChangeItem::Kind::PartRemoved);
            QCOMPARE(c->items.at(0).part, removed.part);
            QCOMPARE(c->items.at(0).at, removed.at);
            QCOMPARE(c->items.at(0).citizen, removed.citizen);
            const QStringList wrongParts{QStringLiteral("case"),
                                         QStringLiteral("access-log"),
                                         QStringLiteral("notes"),
                                         QString(),
                                         QStringLiteral("course:"),
                                         QStringLiteral("course:not-an-id"),
                                         QString(QStringLiteral("course:") + newId().toUpper()),
                                         QString(QStringLiteral("note:") + newId())};
            for (const QString& bad : wrongParts) {
                ChangesResponse wrong = page;
                wrong.items[0].part = bad;
                auto d = decodeChangesResponse(encode(wrong));
                QVERIFY2(!d.ok(), qPrintable(bad));
                QVERIFY2(d.error().detail.startsWith(QStringLiteral("items[].part")),
                         qPrintable(d.error().detail));
            }
            ChangesResponse late = page;
            late.items[0].at = QStringLiteral("soon");
            QVERIFY(!decodeChangesResponse(encode(late)).ok());
        }
    }

    // A note removed on the controller's instruction: the note, the reference and when; a
    // reference that is not one (or reads as a CPR number) is refused by name.
    void aRemovedNoteTravelsWithItsReference()
    {
        ChangesResponse page;
        page.epoch = newId();
        ChangeItem removed;
        removed.seq = 4;
        removed.kind = ChangeItem::Kind::NoteRemoved;
        removed.citizen = newId();
        removed.noteId = newId();
        removed.reference = QStringLiteral("KK-2026/0117 ærø");
        removed.at = QStringLiteral("2026-12-02T10:00:00.000Z");
        page.items << removed;
        page.cursor = 4;
        auto c = decodeChangesResponse(encode(page));
        QVERIFY2(c.ok(), qPrintable(c.error().detail));
        QCOMPARE(c->items.size(), 1);
        QCOMPARE(c->items.at(0).kind, ChangeItem::Kind::NoteRemoved);
        QCOMPARE(c->items.at(0).noteId, removed.noteId);
        QCOMPARE(c->items.at(0).reference, removed.reference);
        QCOMPARE(c->items.at(0).at, removed.at);

        for (const QString& reference :
             {QString(), QStringLiteral("   "), QStringLiteral("010203-1234"),
              QStringLiteral("ref 0102031234"), QStringLiteral("a\nb"), QStringLiteral("<b>"),
              QString(65, QLatin1Char('x'))}) {
            QVERIFY2(fortrolig::checkInstructionReference(reference), qPrintable(reference));
            ChangesResponse bad = page;
            bad.items[0].reference = reference;
            auto d = decodeChangesResponse(encode(bad));
            QVERIFY2(!d.ok(), qPrintable(reference));
            QVERIFY2(d.error().detail.startsWith(QStringLiteral("items[].reference")),
                     qPrintable(d.error().detail));
        }
        QVERIFY(!fortrolig::checkInstructionReference(QStringLiteral("J.nr. 2026-117:a_b")));
        ChangesResponse late = page;
        late.items[0].at = QStringLiteral("yesterday");
        QVERIFY(!decodeChangesResponse(encode(late)).ok());
        late.items[0].at = removed.at;
        late.items[0].noteId = QStringLiteral("not-a-uuid");
        QVERIFY(!decodeChangesResponse(encode(late)).ok());
    }

    void aPageIsWrittenAsItsObjectsWouldBe()
    {
        // A page of the feed is written straight into bytes (JsonWriter): a reader must get
        // what a QJsonObject of the same fields gives, whatever the strings hold.
        QString awkward = QStringLiteral("\"quoted\" back\\slash / æøå Å \U0001F600 ");
        for (char16_t c = 0; c < 0x20; ++c)
            awkward += QChar(c);
        awkward += QChar(0x7f) + QStringLiteral("\u2028 end");
        ChangesResponse page;
        page.epoch = newId();
        page.cursor = (qint64(1) << 53) - 1;
        page.more = true;
        page.remaining = 123456;
        page.retention =
            fortrolig::PulledRetention{{}, {}, fortrolig::MunicipalityRegister{{nordby()}}};
        QJsonArray items;
        qint64 seq = 1;
        for (const bool storedBytes : {false, true}) {
            Event e = sampleEvent();
            e.author = awkward;
            e.payload.insert(QStringLiteral("text"), awkward);
            ChangeItem c{seq++, ChangeItem::Kind::Event, e.subject, e, awkward};
            if (storedBytes) { // as the server sends it: the bytes it stored, not the object
                c.payloadJson = e.payloadJson();
                c.event.payload = {};
            }
            page.items << c;
            items.append(QJsonObject{{QStringLiteral("seq"), c.seq},
                                     {QStringLiteral("kind"), QStringLiteral("event")},
                                     {QStringLiteral("citizen"), e.subject},
                                     {QStringLiteral("event"), encodeEvent(e)},
                                     {QStringLiteral("pushedBy"), awkward}});
        }
        for (const auto kind : {ChangeItem::Kind::Remove, ChangeItem::Kind::Purge}) {
            const QString citizen = newId();
            page.items << ChangeItem{seq, kind, citizen, {}, {}};
            items.append(QJsonObject{{QStringLiteral("seq"), seq++},
                                     {QStringLiteral("kind"), kindName(kind)},
                                     {QStringLiteral("citizen"), citizen}});
        }
        ChangeItem removed{seq,     ChangeItem::Kind::NoteRemoved,         newId(), {}, {}, newId(),
                           awkward, QStringLiteral("2026-11-02T09:00:00Z")};
        page.items << removed;
        items.append(QJsonObject{{QStringLiteral("seq"), seq++},
                                 {QStringLiteral("kind"), QStringLiteral("note-removed")},
                                 {QStringLiteral("citizen"), removed.citizen},
                                 {QStringLiteral("note"), removed.noteId},
                                 {QStringLiteral("reference"), awkward},
                                 {QStringLiteral("at"), removed.at}});
        ChangeItem part{seq,    ChangeItem::Kind::PartRemoved, newId(), {}, {}, {}, {}, removed.at,
                        awkward};
        page.items << part;
        items.append(QJsonObject{{QStringLiteral("seq"), seq++},
                                 {QStringLiteral("kind"), QStringLiteral("part-removed")},
                                 {QStringLiteral("citizen"), part.citizen},
                                 {QStringLiteral("part"), awkward},
                                 {QStringLiteral("at"), removed.at}});
        const QJsonObject expected{{QStringLiteral("epoch"), page.epoch},
                                   {QStringLiteral("items"), items},
                                   {QStringLiteral("cursor"), page.cursor},
                                   {QStringLiteral("more"), true},
                                   {QStringLiteral("remaining"), page.remaining},
                                   {QStringLiteral("retention"), page.retention->toJson()}};
        QJsonParseError error;
        const QJsonDocument written = QJsonDocument::fromJson(encode(page), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(written.object(), expected);
        // Without the optional members, and empty.
        page.items.clear();
        page.more = false;
        page.remaining = -1;
        page.retention.reset();
        QCOMPARE(QJsonDocument::fromJson(encode(page)).object(),
                 (QJsonObject{{QStringLiteral("epoch"), page.epoch},
                              {QStringLiteral("items"), QJsonArray()},
                              {QStringLiteral("cursor"), page.cursor},
                              {QStringLiteral("more"), false}}));
        // Decoding writes each event's payload bytes, as the journal stores them.
        page.items << ChangeItem{1, ChangeItem::Kind::Event, {}, sampleEvent(), {}};
        page.items[0].citizen = page.items[0].event.subject;
        auto decoded = decodeChangesResponse(encode(page));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->items.at(0).payloadJson, page.items.at(0).event.payloadJson());
    }

    void anEventIsWrittenAroundItsPayloadsBytes()
    {
        // The server hashes the event with the payload's bytes as they were measured: the
        // same bytes as the whole event written at once.
        Event e = sampleEvent();
        QCOMPARE(encodeEventJson(e, e.payloadJson()), json(encodeEvent(e)));
        e.author = QStringLiteral("Ånne \"payload\":{} \\ \u00e6\U0001F600");
        e.type = QStringLiteral("consent.given");
        e.schemaVersion = 7;
        e.payload.insert(QStringLiteral("zz"), QJsonArray{1, QStringLiteral("ø")});
        QCOMPARE(encodeEventJson(e, e.payloadJson()), json(encodeEvent(e)));
        e.payload = {};
        QCOMPARE(encodeEventJson(e, e.payloadJson()), json(encodeEvent(e)));

        // A decoded push keeps each payload's bytes, in step with its events.
        Event big = sampleEvent();
        big.payload.insert(QStringLiteral("text"), QString(kMaxEventBytes, QLatin1Char('x')));
        PushRequest push{newId(), newId(), 0, {}, {sampleEvent(), big, sampleEvent()}, {}};
        auto p = decodePushRequest(encode(push));
        QVERIFY(p.ok());
        QCOMPARE(p->malformed.size(), 1);
        QCOMPARE(p->request.events.size(), 2);
        QCOMPARE(p->request.payloadJson.size(), 2);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(p->request.payloadJson.at(i), p->request.events.at(i).payloadJson());
    }

    void badMessagesAreRefusedNamingTheFieldNotTheValue()
    {
        for (const QByteArray& body :
             {QByteArray(""), QByteArray("{"), QByteArray("[]"), QByteArray("null"),
              QByteArray("{\"epoch\":\"x\",\"items\":[],\"cursor\":0,\"more\":false}"),
              QByteArray("{\"epoch\":\"" + newId().toLatin1() +
                         "\",\"items\":[],\"cursor\":-1,\"more\":false}"),
              QByteArray("{\"epoch\":\"" + newId().toLatin1() +
                         "\",\"items\":[],\"cursor\":1.5,\"more\":false}"),
              QByteArray("{\"epoch\":\"" + newId().toLatin1() +
                         "\",\"items\":{},\"cursor\":1,\"more\":false}")}) {
            auto c = decodeChangesResponse(body);
            QVERIFY2(!c.ok(), body.constData());
            QCOMPARE(c.error().code, fortrolig::ErrorCode::InvalidInput);
        }
        // Out of order, or a cursor behind the items, or an event of another citizen.
        ChangesResponse page;
        page.epoch = newId();
        const Event e = sampleEvent();
        page.items << ChangeItem{5, ChangeItem::Kind::Event, e.subject, e, {}}
                   << ChangeItem{4, ChangeItem::Kind::Remove, newId(), {}, {}};
        page.cursor = 5;
        QVERIFY(!decodeChangesResponse(encode(page)).ok());
        page.items.removeLast();
        page.cursor = 4;
        QVERIFY(!decodeChangesResponse(encode(page)).ok());
        page.cursor = 5;
        page.items.first().citizen = newId();
        QVERIFY(!decodeChangesResponse(encode(page)).ok());

        // The detail names the field, never what was in it.
        QJsonObject bad = encodeEvent(sampleEvent());
        bad.insert(QStringLiteral("localTime"), QStringLiteral("hemmelig tekst"));
        auto ev = decodeEvent(bad);
        QVERIFY(!ev.ok());
        QVERIFY(ev.error().detail.contains(QStringLiteral("localTime")));
        QVERIFY(!ev.error().detail.contains(QStringLiteral("hemmelig")));
        bad = encodeEvent(sampleEvent());
        bad.insert(QStringLiteral("id"), QStringLiteral("01A2-NOT-A-UUID"));
        QVERIFY(!decodeEvent(bad).ok());
        bad = encodeEvent(sampleEvent());
        bad.insert(QStringLiteral("author"), QString(300, QLatin1Char('x')));
        QVERIFY(!decodeEvent(bad).ok());
        bad = encodeEvent(sampleEvent());
        bad.insert(QStringLiteral("payload"), QStringLiteral("not an object"));
        QVERIFY(!decodeEvent(bad).ok());
    }

    void aBadEventDoesNotSpoilTheBatch()
    {
        QJsonArray events{encodeEvent(sampleEvent()), QJsonObject{{QStringLiteral("id"), 5}},
                          encodeEvent(sampleEvent())};
        QJsonObject big = encodeEvent(sampleEvent());
        big.insert(
            QStringLiteral("payload"),
            QJsonObject{{QStringLiteral("text"), QString(kMaxEventBytes, QLatin1Char('a'))}});
        events.append(big);
        auto p = decodePushRequest(json({{QStringLiteral("batchId"), newId()},
                                         {QStringLiteral("epoch"), newId()},
                                         {QStringLiteral("events"), events}}));
        QVERIFY(p.ok());
        QCOMPARE(p->request.events.size(), 2);
        QCOMPARE(p->malformed.size(), 2);
        QCOMPARE(p->malformed.at(0).reason, RejectReason::Malformed);
        QCOMPARE(p->malformed.at(1).reason, RejectReason::TooLarge);
    }

    void enrollmentLinks()
    {
        const QString pin =
            QStringLiteral("sha256/") + QString::fromLatin1(QByteArray(32, 'k').toBase64());
        auto l = EnrollmentLink::from(QStringLiteral("server.example:8443"),
                                      QStringLiteral("ABCD-EFGH-IJKL-MNOP"), pin);
        QVERIFY(l.ok());
        QCOMPARE(l->server.toString(), QStringLiteral("https://server.example:8443"));
        auto parsed = EnrollmentLink::parse(l->toString());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->server, l->server);
        QCOMPARE(parsed->code, l->code);
        QCOMPARE(parsed->pin, pin);
        QVERIFY(!EnrollmentLink::from(QStringLiteral("http://server.example"), l->code, pin).ok());
        QVERIFY(
            !EnrollmentLink::from(QStringLiteral("https://u:p@server.example"), l->code, pin).ok());
        QVERIFY(!EnrollmentLink::from(l->server.toString(), l->code, QStringLiteral("sha256/abc"))
                     .ok());
        QVERIFY(!EnrollmentLink::from(l->server.toString(), QStringLiteral("x"), pin).ok());
        QVERIFY(!EnrollmentLink::parse(QStringLiteral("https://enroll?code=x")).ok());
        QVERIFY(!TrustPin::isWellFormed(QStringLiteral("md5/") + pin.mid(7)));
        QVERIFY(TrustPin::isWellFormed(pin));
    }

    void retriesBackOffWithinBounds()
    {
        RetryPolicy r(100, 1000);
        QList<int> ceilings;
        for (int i = 0; i < 8; ++i) {
            const int d = r.nextDelayMs();
            const int ceiling = r.ceilingMs();
            QVERIFY(d >= ceiling / 2 && d <= ceiling);
            ceilings << ceiling;
        }
        QCOMPARE(ceilings, QList<int>({100, 200, 400, 800, 1000, 1000, 1000, 1000}));
        r.reset();
        QCOMPARE(r.failures(), 0);
        QVERIFY(r.nextDelayMs() <= 100);
    }

    void theRequestParserTakesBytesAsTheyCome()
    {
        using server::HttpRequestParser;
        const QByteArray request = "POST /api/v1/push?x=1 HTTP/1.1\r\nHost: a\r\nContent-Type: "
                                   "application/json\r\nContent-Length: 7\r\n\r\n{\"a\":1}GET /";
        HttpRequestParser parser;
        QByteArray buffer;
        HttpRequestParser::State state = HttpRequestParser::State::NeedMore;
        int i = 0;
        for (; i < request.size() && state == HttpRequestParser::State::NeedMore; ++i) {
            buffer += request.at(i);
            state = parser.feed(buffer);
        }
        QCOMPARE(state, HttpRequestParser::State::Complete);
        const server::HttpRequest r = parser.take();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QByteArray("/api/v1/push"));
        QCOMPARE(r.queryValue(QStringLiteral("x")), QStringLiteral("1"));
        QCOMPARE(r.body, QByteArray("{\"a\":1}"));
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        QVERIFY(r.keepAlive);
        buffer += request.mid(i);
        QCOMPARE(parser.feed(buffer), HttpRequestParser::State::NeedMore); // "GET /" waits
    }

    void emptyLinesBeforeARequestAreDroppedAsTheyCome()
    {
        using server::HttpRequestParser;
        HttpRequestParser parser;
        QByteArray buffer;
        // Four MiB of empty lines in 64 KiB reads: each read is dropped whole, nothing grows.
        const QByteArray blank = QByteArray("\r\n").repeated(32 * 1024);
        for (int i = 0; i < 64; ++i) {
            buffer += blank;
            QCOMPARE(parser.feed(buffer), HttpRequestParser::State::NeedMore);
            QVERIFY(buffer.isEmpty());
            QVERIFY(!parser.started());
        }
        buffer += "GET /api/v1/status HTTP/1.1\r\n\r\n";
        QCOMPARE(parser.feed(buffer), HttpRequestParser::State::Complete);
        QCOMPARE(parser.take().path, QByteArray("/api/v1/status"));
        // An odd byte is not an empty line: from there on it is a request (and a bad one).
        HttpRequestParser other;
        QByteArray odd("\r\n\r\r\n");
        QCOMPARE(other.feed(odd), HttpRequestParser::State::NeedMore);
        QVERIFY(other.started());
    }

    void theRequestParserRefusesWhatBreaksTheRules_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::addRow("no version") << QByteArray("GET /\r\n\r\n") << 400;
        QTest::addRow("absolute form") << QByteArray("GET http://x/ HTTP/1.1\r\n\r\n") << 400;
        QTest::addRow("HTTP/2") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
        QTest::addRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: x\r\n\r\n") << 400;
        QTest::addRow("folding") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n") << 400;
        QTest::addRow("control in value")
            << QByteArray("GET / HTTP/1.1\r\nA: b\x01\r\n\r\n") << 400;
        QTest::addRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nA : b\r\n\r\n") << 400;
        QTest::addRow("negative length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::addRow("two lengths")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n")
            << 400;
        QTest::addRow("chunked") << QByteArray(
                                        "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << 501;
        QTest::addRow("too long a body")
            << QByteArray("POST /api/v1/push HTTP/1.1\r\nContent-Length: 17000000\r\n\r\n") << 413;
        QTest::addRow("a large body where only a small one belongs")
            << QByteArray("POST /api/v1/login HTTP/1.1\r\nContent-Length: 70000\r\n\r\n") << 413;
        QTest::addRow("too long a line") << QByteArray("GET /" + QByteArray(9000, 'a')) << 414;
        QTest::addRow("8-bit target") << QByteArray("GET /\xc3\xa6 HTTP/1.1\r\n\r\n") << 400;
    }
    void theRequestParserRefusesWhatBreaksTheRules()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        server::HttpRequestParser parser;
        QByteArray buffer = bytes;
        QCOMPARE(parser.feed(buffer), server::HttpRequestParser::State::Error);
        QCOMPARE(parser.errorStatus(), status);
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
