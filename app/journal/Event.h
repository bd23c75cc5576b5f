#pragma once

#include <QJsonObject>
#include <QString>

namespace fortrolig {

// An immutable fact in the journal. Projections are derived from events; sync sends them.
struct Event
{
    static constexpr int kSchemaVersion = 1;
    QString id;      // UUID made on this device
    QString type;    // EventType below
    QString subject; // the citizen's internal id
    QString author;
    QString device;
    QString localTime; // ISO 8601 with UTC offset
    int schemaVersion = kSchemaVersion;
    QJsonObject payload;

    QByteArray payloadJson() const;
    // The event as one JSON object: what the sync protocol sends, and what the journal keeps
    // of a pulled event it cannot apply yet. fromJson reads back only what toJson wrote (the
    // journal's own rows); what comes from outside is checked by protocol::decodeEvent.
    QJsonObject toJson() const;
    static Event fromJson(const QJsonObject& json);
};

namespace EventType {
inline const QString CitizenAdded = QStringLiteral("citizen.added");
inline const QString CitizenCorrected = QStringLiteral("citizen.corrected"); // one field
inline const QString CourseAdded = QStringLiteral("course.added");
inline const QString CourseEnded = QStringLiteral("course.ended");
inline const QString NoteAdded = QStringLiteral("note.added");
inline const QString NoteCorrected = QStringLiteral("note.corrected");
inline const QString ConsentGiven = QStringLiteral("consent.given");
inline const QString ConsentRefused = QStringLiteral("consent.refused");
inline const QString ConsentWithdrawn = QStringLiteral("consent.withdrawn");
inline const QString DisclosureRecorded = QStringLiteral("disclosure.recorded");
inline const QString CaseHeld = QStringLiteral("case.held"); // retention paused (legal hold)
inline const QString CaseReleased = QStringLiteral("case.released");
inline const QString RequestReceived = QStringLiteral("request.received"); // from the citizen
inline const QString RequestStep = QStringLiteral("request.step"); // forwarded, extended, answered
inline const QString CaseRestricted = QStringLiteral("case.restricted"); // art. 18
inline const QString RestrictionLifted = QStringLiteral("case.restriction-lifted");
inline const QString CourseHandedOver = QStringLiteral("course.handed-over"); // to the jobcentre
inline const QString CourseCorrected = QStringLiteral("course.corrected");    // one field
} // namespace EventType

QString newId();                  // a time-ordered random UUID (version 7), without braces
bool isUuid(const QString& text); // 36 characters, lower-case hex and dashes

} // namespace fortrolig
