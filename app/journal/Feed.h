#pragma once

#include "app/journal/Event.h"
#include "app/journal/Retention.h" // PulledRetention

#include <QList>
#include <QString>

namespace fortrolig {

// What the journal exchanges with a server, in the journal's own terms: the server's verdict
// on each event this device sent, and the entries of the server's feed it applies. The sync
// protocol (app/sync/Protocol.h) reads and writes these same structs on the wire, so the
// journal applies a pulled page without knowing the protocol.

struct PushOutcome
{
    enum class Status
    {
        Accepted,  // stored now
        Duplicate, // the server had it already (a retry): as good as accepted
        Rejected   // refused for `reason`; the rest of the batch is not affected
    };
    QString id;
    Status status = Status::Accepted;
    qint64 seq = 0;
    QString reason;
};

struct PulledChange
{
    enum class Kind
    {
        Event,  // an event of a case in this consultant's caseload
        Remove, // the case moved to another consultant: delete it from the device
        Purge,  // the case was deleted on the server (retention, erasure): delete it too
        // One note was removed on the controller's instruction (written in the wrong
        // citizen's case): every version of it goes, a stub with the reference stays.
        NoteRemoved,
        // A part of the case (its consents, or its disclosure records) reached the end of its
        // retention period before the rest: its events written up to `at` go.
        PartRemoved
    };
    qint64 seq = 0;
    Kind kind = Kind::Event;
    QString citizen;
    Event event;      // Kind::Event only
    QString pushedBy; // Kind::Event: the account the server received it from (verified)
    // Kind::NoteRemoved: the note, the controller's instruction (checkInstructionReference)
    // and when the server removed it (ISO 8601, UTC).
    QString noteId{};
    QString reference{};
    QString at{}; // Kind::PartRemoved too
    // Kind::PartRemoved: which part, by its retention kind's name ("consents", "disclosures").
    QString part{};
    // Kind::Event: the payload's JSON as stored: the server sends the bytes it stored, the
    // laptop keeps them as they came (checked as JSON as the page is read) and stores them.
    // Empty: written from `event.payload` where needed (Event::payloadJson).
    QByteArray payloadJson{};
};

// One page of the feed: its entries, and where the next page starts.
struct PulledPage
{
    QList<PulledChange> items;
    qint64 cursor = 0;                        // ask for changes after this next time
    bool more = false;                        // more pages follow in this round
    std::optional<PulledRetention> retention; // on the last page of a round
};

} // namespace fortrolig
