// The kinds of event and their names (Events.h), apart from the payloads' code.
#include "app/journal/Events.h"

namespace fortrolig {

QList<EventKind> allEventKinds()
{
    return {EventKind::CitizenAdded,       EventKind::CitizenCorrected, EventKind::CourseAdded,
            EventKind::CourseEnded,        EventKind::NoteAdded,        EventKind::NoteCorrected,
            EventKind::ConsentGiven,       EventKind::ConsentRefused,   EventKind::ConsentWithdrawn,
            EventKind::DisclosureRecorded, EventKind::CaseHeld,         EventKind::CaseReleased,
            EventKind::RequestReceived,    EventKind::RequestStep,      EventKind::CaseRestricted,
            EventKind::RestrictionLifted,  EventKind::CourseHandedOver, EventKind::CourseCorrected};
}

QString nameOf(EventKind kind)
{
    switch (kind) {
    case EventKind::CitizenAdded:
        return EventType::CitizenAdded;
    case EventKind::CitizenCorrected:
        return EventType::CitizenCorrected;
    case EventKind::CourseAdded:
        return EventType::CourseAdded;
    case EventKind::CourseEnded:
        return EventType::CourseEnded;
    case EventKind::NoteAdded:
        return EventType::NoteAdded;
    case EventKind::NoteCorrected:
        return EventType::NoteCorrected;
    case EventKind::ConsentGiven:
        return EventType::ConsentGiven;
    case EventKind::ConsentRefused:
        return EventType::ConsentRefused;
    case EventKind::ConsentWithdrawn:
        return EventType::ConsentWithdrawn;
    case EventKind::DisclosureRecorded:
        return EventType::DisclosureRecorded;
    case EventKind::CaseHeld:
        return EventType::CaseHeld;
    case EventKind::CaseReleased:
        return EventType::CaseReleased;
    case EventKind::RequestReceived:
        return EventType::RequestReceived;
    case EventKind::RequestStep:
        return EventType::RequestStep;
    case EventKind::CaseRestricted:
        return EventType::CaseRestricted;
    case EventKind::RestrictionLifted:
        return EventType::RestrictionLifted;
    case EventKind::CourseHandedOver:
        return EventType::CourseHandedOver;
    case EventKind::CourseCorrected:
        return EventType::CourseCorrected;
    }
    return {};
}

std::optional<EventKind> kindOf(const QString& type)
{
    for (EventKind kind : allEventKinds()) {
        if (nameOf(kind) == type)
            return kind;
    }
    return std::nullopt;
}

} // namespace fortrolig
