#include "app/sync/Protocol.h"
#include "app/sync/ProtocolReader.h"

// A page of the feed: the largest and most frequent message, read in place (JsonScanner).

namespace fortrolig::protocol {

namespace {

using detail::invalid;
using detail::JsonMembers;
using detail::JsonScanner;
using detail::JsonSpan;
using detail::kMaxNameLength;
using detail::kMaxSeq;
using detail::Reader;

Result<ChangeItem::Kind> kindFrom(const QString& name)
{
    if (name == QStringLiteral("event"))
        return ChangeItem::Kind::Event;
    if (name == QStringLiteral("remove"))
        return ChangeItem::Kind::Remove;
    if (name == QStringLiteral("purge"))
        return ChangeItem::Kind::Purge;
    if (name == QStringLiteral("note-removed"))
        return ChangeItem::Kind::NoteRemoved;
    if (name == QStringLiteral("part-removed"))
        return ChangeItem::Kind::PartRemoved;
    return invalid(QStringLiteral("kind"), QStringLiteral("unknown"));
}

// A note-removed item's fields: the note, the instruction's reference, when.
Error decodeNoteRemoved(Reader& r, ChangeItem& c)
{
    c.noteId = r.uuid(QStringLiteral("note"));
    c.reference = r.string(QStringLiteral("reference"), 64);
    c.at = r.string(QStringLiteral("at"), 40);
    if (!r.error() && checkInstructionReference(c.reference))
        r.fail(QStringLiteral("reference"), QStringLiteral("not an instruction's reference"));
    if (!r.error() && !isIsoTime(c.at))
        r.fail(QStringLiteral("at"), QStringLiteral("not an ISO 8601 time"));
    return r.error();
}

// A part-removed item's fields: which part of the case (a retention kind that is a part, or
// one municipality's course cut out of a shared case: "course:ID"), when.
Error decodePartRemoved(Reader& r, ChangeItem& c)
{
    c.part = r.string(QStringLiteral("part"), 48);
    c.at = r.string(QStringLiteral("at"), 40);
    const auto kind = retentionKindOf(c.part);
    if (!r.error() && (!kind || !caseParts().contains(*kind)) && courseOfPart(c.part).isEmpty())
        r.fail(QStringLiteral("part"), QStringLiteral("not a part of a case"));
    if (!r.error() && !isIsoTime(c.at))
        r.fail(QStringLiteral("at"), QStringLiteral("not an ISO 8601 time"));
    return r.error();
}

// One item of a page, its members found in place.
Result<ChangeItem> decodeItem(const JsonMembers& members)
{
    Reader ir(members, QStringLiteral("items[]."));
    ChangeItem c;
    c.seq = ir.integer(QStringLiteral("seq"), 1, kMaxSeq);
    auto kind = kindFrom(ir.string(QStringLiteral("kind"), 16));
    c.citizen = ir.uuid(QStringLiteral("citizen"));
    if (ir.error())
        return ir.error();
    if (!kind.ok())
        return kind.error();
    c.kind = kind.value();
    if (c.kind == ChangeItem::Kind::Event) {
        const QByteArrayView event = ir.bytes(QStringLiteral("event"), JsonSpan::Type::Object);
        if (ir.error())
            return ir.error();
        JsonScanner scanner(event);
        JsonMembers fields;
        scanner.object(fields); // checked as the page was
        Reader er(fields, QStringLiteral("event."));
        auto e = detail::decodeEvent(er, &c.payloadJson); // the payload stored as it came
        if (!e.ok())
            return e.error();
        if (e->subject != c.citizen)
            return invalid(QStringLiteral("items[].event.subject"),
                           QStringLiteral("not the item's citizen"));
        c.event = std::move(e.value());
        c.pushedBy = ir.string(QStringLiteral("pushedBy"), kMaxNameLength, false);
        if (ir.error())
            return ir.error();
    } else if (c.kind == ChangeItem::Kind::NoteRemoved) {
        if (Error e = decodeNoteRemoved(ir, c))
            return e;
    } else if (c.kind == ChangeItem::Kind::PartRemoved) {
        if (Error e = decodePartRemoved(ir, c))
            return e;
    }
    return c;
}

// As parseObject says it: where the JSON went wrong, or that it is some other value.
Error bodyError(const QByteArray& body, qsizetype at)
{
    qsizetype first = 0; // the first byte that is not JSON white space
    while (first < body.size() && QByteArrayView(" \t\r\n").contains(body.at(first)))
        ++first;
    if (first < body.size() && body.at(first) != '{' && at <= first)
        return invalid(QStringLiteral("body"), QStringLiteral("not a JSON object"));
    return invalid(QStringLiteral("body"), QStringLiteral("not JSON (at byte %1)").arg(at));
}

Error decodeItems(QByteArrayView items, ChangesResponse& m)
{
    JsonScanner scanner(items);
    scanner.beginArray();
    JsonMembers members;
    qint64 previous = 0;
    while (scanner.next()) {
        if (m.items.size() == kMaxPageSize)
            return invalid(QStringLiteral("items"), QStringLiteral("too many elements"));
        if (!scanner.object(members))
            return invalid(QStringLiteral("items[]"), QStringLiteral("not an object"));
        auto c = decodeItem(members);
        if (!c.ok())
            return c.error();
        if (c->seq <= previous)
            return invalid(QStringLiteral("items[].seq"), QStringLiteral("not increasing"));
        previous = c->seq;
        m.items.push_back(std::move(c.value()));
    }
    if (scanner.failed()) // checked as the page was: only an element that is not an object
        return invalid(QStringLiteral("items[]"), QStringLiteral("not an object"));
    if (previous > m.cursor)
        return invalid(QStringLiteral("cursor"), QStringLiteral("behind the items"));
    return {};
}

} // namespace

// A page of the feed: the largest and most frequent message, read in place (JsonScanner).
Result<ChangesResponse> decodeChangesResponse(const QByteArray& body)
{
    if (body.size() > kMaxBodyBytes)
        return invalid(QStringLiteral("body"), QStringLiteral("too large"));
    JsonScanner scanner(body);
    JsonMembers top;
    if (!scanner.object(top) || !scanner.atEnd())
        return bodyError(body, scanner.failedAt());
    Reader r(top);
    ChangesResponse m;
    m.epoch = r.uuid(QStringLiteral("epoch"));
    m.cursor = r.integer(QStringLiteral("cursor"), 0, kMaxSeq);
    m.more = r.boolean(QStringLiteral("more"));
    m.remaining = r.integer(QStringLiteral("remaining"), -1, kMaxSeq, false);
    const QByteArrayView items = r.bytes(QStringLiteral("items"), JsonSpan::Type::Array);
    if (r.error())
        return r.error();
    m.items.reserve(std::min<qsizetype>(kMaxPageSize, items.size() / 64 + 1));
    if (Error e = decodeItems(items, m))
        return e;
    if (top.value(u"retention").type != JsonSpan::Type::Missing) {
        auto retention = PulledRetention::fromJson(r.object(QStringLiteral("retention")));
        if (r.error())
            return r.error();
        if (!retention.ok())
            return invalid(QStringLiteral("retention.") + retention.error().detail,
                           QStringLiteral("missing or not valid"));
        m.retention = retention.value();
    }
    return m;
}

} // namespace fortrolig::protocol
