// A page of the feed is read in place (JsonScanner), not through QJsonDocument: the same
// fields for every kind of item, the payload kept as the bytes that came, and strict JSON:
// what is not JSON is refused as "body", whatever the place (QJsonDocument refuses most of it
// too, and lets a few things through that RFC 8259 does not allow).
#include "app/sync/JsonScanner.h"
#include "app/sync/Protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace fortrolig;
using namespace fortrolig::protocol;

namespace {

const QString kWords = QStringLiteral("Æblegrød på Ærø \"citat\" \\ / \n\t\u0001 😀 €");

Event noteEvent(const QString& subject, const QString& text)
{
    Event e;
    e.id = newId();
    e.type = EventType::NoteAdded;
    e.subject = subject;
    e.author = QStringLiteral("anne ø");
    e.device = newId();
    e.localTime = QStringLiteral("2026-03-02T10:00:00.000+01:00");
    e.payload = {{QStringLiteral("noteId"), newId()},
                 {QStringLiteral("text"), text},
                 {QStringLiteral("nested"), QJsonArray{1, 2.5, true, QJsonValue::Null,
                                                       QJsonObject{{QStringLiteral("k"), -3}}}}};
    return e;
}

// One item of every kind.
ChangesResponse everyKind()
{
    ChangesResponse page;
    page.epoch = newId();
    qint64 seq = 0;
    const QString citizen = newId();
    page.items << ChangeItem{++seq, ChangeItem::Kind::Event, citizen, noteEvent(citizen, kWords),
                             QStringLiteral("konsulent æ")};
    for (auto kind : {ChangeItem::Kind::Remove, ChangeItem::Kind::Purge})
        page.items << ChangeItem{++seq, kind, newId(), {}, {}};
    ChangeItem note{++seq, ChangeItem::Kind::NoteRemoved, citizen, {}, {}};
    note.noteId = newId();
    note.reference = QStringLiteral("KK-2026/0117 ærø");
    note.at = QStringLiteral("2026-12-02T10:00:00.000Z");
    page.items << note;
    ChangeItem part{++seq, ChangeItem::Kind::PartRemoved, citizen, {}, {}};
    part.part = QStringLiteral("consents");
    part.at = QStringLiteral("2027-06-02T03:00:00.000Z");
    page.items << part;
    page.cursor = seq + 10;
    page.more = true;
    page.remaining = 1234;
    return page;
}

void compareItems(const ChangesResponse& got, const ChangesResponse& sent)
{
    QCOMPARE(got.epoch, sent.epoch);
    QCOMPARE(got.cursor, sent.cursor);
    QCOMPARE(got.more, sent.more);
    QCOMPARE(got.remaining, sent.remaining);
    QCOMPARE(got.items.size(), sent.items.size());
    for (qsizetype i = 0; i < sent.items.size(); ++i) {
        const ChangeItem& a = got.items.at(i);
        const ChangeItem& b = sent.items.at(i);
        QCOMPARE(a.seq, b.seq);
        QCOMPARE(a.kind, b.kind);
        QCOMPARE(a.citizen, b.citizen);
        QCOMPARE(a.noteId, b.noteId);
        QCOMPARE(a.reference, b.reference);
        QCOMPARE(a.at, b.at);
        QCOMPARE(a.part, b.part);
        QCOMPARE(a.pushedBy, b.pushedBy);
        QCOMPARE(encodeEvent(a.event), encodeEvent(b.event));
        if (a.kind == ChangeItem::Kind::Event)
            QCOMPARE(QJsonDocument::fromJson(a.payloadJson).object(), b.event.payload);
    }
}

// A page's body with one string replaced by raw bytes.
QByteArray withText(const QByteArray& raw)
{
    ChangesResponse page = everyKind();
    page.items[0].event.payload.insert(QStringLiteral("text"), QStringLiteral("@@"));
    QByteArray body = encode(page);
    return body.replace("@@", raw);
}

} // namespace

class TestPageDecoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindOfItemIsReadAsWritten()
    {
        const ChangesResponse sent = everyKind();
        const QByteArray body = encode(sent);
        auto got = decodeChangesResponse(body);
        QVERIFY2(got.ok(), qPrintable(got.error().detail));
        compareItems(got.value(), sent);
        // The payload is stored as the bytes that came: the server's compact JSON.
        QCOMPARE(got->items.at(0).payloadJson, sent.items.at(0).event.payloadJson());
        QVERIFY(body.contains(got->items.at(0).payloadJson));
    }

    // The same page written by QJsonDocument, indented and with its members in another order,
    // and with escapes where the writer put characters: read the same.
    void anyValidSpellingOfThePageReadsTheSame()
    {
        const ChangesResponse sent = everyKind();
        const QJsonObject o = QJsonDocument::fromJson(encode(sent)).object();
        QVERIFY(!o.isEmpty());
        const QByteArray spaced = QByteArray(" \r\n\t") + encode(sent) + QByteArray(" \n");
        for (const QByteArray& body :
             QList<QByteArray>{QJsonDocument(o).toJson(QJsonDocument::Indented),
                               QJsonDocument(o).toJson(QJsonDocument::Compact), spaced}) {
            auto got = decodeChangesResponse(body);
            QVERIFY2(got.ok(), qPrintable(got.error().detail));
            compareItems(got.value(), sent);
        }
        QByteArray escaped = encode(sent);
        escaped.replace("\"epoch\"", "\"\\u0065poch\"")
            .replace("Ærø", "\\u00c6r\\u00f8")
            .replace("anne ø", "anne \\u00F8");
        auto got = decodeChangesResponse(escaped);
        QVERIFY2(got.ok(), qPrintable(got.error().detail));
        compareItems(got.value(), sent);
        // Numbers as JSON allows them: 1e1 is ten.
        QByteArray exponent = encode(sent);
        exponent.replace("\"seq\":1,", "\"seq\":1e0,");
        QVERIFY(decodeChangesResponse(exponent).ok());
    }

    void whatIsNotJsonIsRefusedWherever_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("qtRefusesToo");
        const QByteArray good = encode(everyKind());
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("open") << QByteArray("{") << true;
        QTest::newRow("cut") << good.left(good.size() / 2) << true;
        QTest::newRow("after") << good + "x" << true;
        QTest::newRow("two objects") << good + good << true;
        QTest::newRow("control character")
            << withText("a\x01z") << false; // Qt lets it through; RFC 8259 does not
        QTest::newRow("bad escape")
            << withText("a\\xz") << false; // Qt lets it through; RFC 8259 does not
        QTest::newRow("short \\u") << withText("a\\u12z") << true;
        QTest::newRow("overlong") << withText("\xC0\x80") << true;
        QTest::newRow("surrogate") << withText("\xED\xA0\x80") << true;
        QTest::newRow("beyond U+10FFFF") << withText("\xF4\x90\x80\x80") << true;
        QTest::newRow("lone continuation") << withText("\x80") << true;
        QTest::newRow("cut sequence") << withText("\xE2\x82") << true;
        QByteArray comma = good;
        QTest::newRow("trailing comma")
            << comma.replace("\"remaining\":1234}", "\"remaining\":1234,}") << true;
        comma = good;
        QTest::newRow("comma in array")
            << comma.replace("\"nested\":[1,", "\"nested\":[1,,") << true;
        QByteArray number = good;
        QTest::newRow("leading zero") << number.replace("\"seq\":1,", "\"seq\":01,") << true;
        number = good;
        QTest::newRow("bare point") << number.replace("\"seq\":1,", "\"seq\":1.,")
                                    << false; // Qt lets it through; RFC 8259 does not
        number = good;
        QTest::newRow("minus alone") << number.replace("\"seq\":1,", "\"seq\":-,") << true;
        QByteArray literal = good;
        QTest::newRow("True") << literal.replace("true", "True") << true;
        QByteArray deep = good;
        QTest::newRow("too deep") << deep.replace("\"k\":-3",
                                                  QByteArray("\"k\":" + QByteArray(200, '[') +
                                                             QByteArray(200, ']')))
                                  << false; // Qt allows deeper; a payload never is
        QByteArray key = good;
        QTest::newRow("key not a string") << key.replace("\"epoch\":", "epoch:") << true;
    }

    void whatIsNotJsonIsRefusedWherever()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, qtRefusesToo);
        auto got = decodeChangesResponse(body);
        QVERIFY(!got.ok());
        QCOMPARE(got.error().code, ErrorCode::InvalidInput);
        QVERIFY2(got.error().detail.startsWith(QStringLiteral("body: not JSON (at byte ")),
                 qPrintable(got.error().detail));
        if (qtRefusesToo) { // refused by QJsonDocument as well
            QJsonParseError error;
            QJsonDocument::fromJson(body, &error);
            QVERIFY(error.error != QJsonParseError::NoError);
        }
    }

    void aValueOfTheWrongKindIsRefusedByName()
    {
        const QByteArray good = encode(everyKind());
        const QList<QPair<QByteArray, QByteArray>> swaps{
            {"\"more\":true", "\"more\":\"true\""},       {"\"more\":true", "\"more\":null"},
            {"\"cursor\":15", "\"cursor\":15.5"},         {"\"cursor\":15", "\"cursor\":1e400"},
            {"\"cursor\":15", "\"cursor\":-1"},           {"\"seq\":1,", "\"seq\":\"1\","},
            {"\"kind\":\"event\"", "\"kind\":\"other\""}, {"\"items\":[", "\"items\":{\"a\":["},
        };
        for (const auto& [from, to] : swaps) {
            QByteArray body = good;
            QVERIFY2(body.contains(from), from.constData());
            body.replace(from, to);
            if (to.startsWith("\"items\":{"))
                body.replace("],\"cursor\"", "]},\"cursor\"");
            auto got = decodeChangesResponse(body);
            QVERIFY2(!got.ok(), to.constData());
            QCOMPARE(got.error().code, ErrorCode::InvalidInput);
            QVERIFY2(!got.error().detail.startsWith(QStringLiteral("body")),
                     qPrintable(got.error().detail));
        }
        // Not an object at all, and an element of the items that is not one.
        QCOMPARE(decodeChangesResponse("[]").error().detail,
                 QStringLiteral("body: not a JSON object"));
        QCOMPARE(decodeChangesResponse("  null").error().detail,
                 QStringLiteral("body: not a JSON object"));
        QByteArray element = good;
        element.replace("\"items\":[", "\"items\":[7,");
        QCOMPARE(decodeChangesResponse(element).error().detail,
                 QStringLiteral("items[]: not an object"));
    }

    // A string's length is counted as the text it is, in UTF-16 units like QString.
    void aLongStringIsMeasuredAsText()
    {
        ChangesResponse page = everyKind();
        page.items[0].pushedBy = QString(256, QChar(u'ø')); // 512 bytes of UTF-8
        QVERIFY(decodeChangesResponse(encode(page)).ok());
        page.items[0].pushedBy += QLatin1Char('x');
        auto got = decodeChangesResponse(encode(page));
        QVERIFY(!got.ok());
        QCOMPARE(got.error().detail, QStringLiteral("items[].pushedBy: too long"));
    }

    // The scanner on its own: members by name, the later of two with one name.
    void membersAreFoundByName()
    {
        using namespace fortrolig::protocol::detail;
        JsonScanner s(QByteArrayView("{\"a\":1,\"b\":[{}],\"a\":\"x\\u00e6\",\"c\":false}"));
        JsonMembers m;
        QVERIFY(s.object(m));
        QVERIFY(s.atEnd());
        QCOMPARE(m.value(u"a").type, JsonSpan::Type::String);
        QCOMPARE(m.value(u"a").text(), QStringLiteral("xæ"));
        QCOMPARE(m.value(u"b").type, JsonSpan::Type::Array);
        QCOMPARE(m.value(u"b").bytes, QByteArrayView("[{}]"));
        QCOMPARE(m.value(u"c").type, JsonSpan::Type::Bool);
        QVERIFY(!m.value(u"c").flag);
        QCOMPARE(m.value(u"d").type, JsonSpan::Type::Missing);
    }
};

QTEST_GUILESS_MAIN(TestPageDecoding)
#include "tst_pagedecoding.moc"
