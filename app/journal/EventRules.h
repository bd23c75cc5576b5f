#pragma once

#include "app/core/Error.h"
#include "app/journal/Event.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace fortrolig {

// What each kind of event makes and refers to, in one place: the server checks a pushed event
// against it (a correction of a note that does not exist, or of another citizen's note, is
// refused), and the journal reads the same fields when it projects.
namespace EventRules {

struct ObjectRef
{
    QString kind; // citizen, course, note, note-version, field-version, consent, disclosure,
                  // request, restriction
    QString id;
    QString parent; // note-version: the note; field-version: the object whose field it is
    bool operator==(const ObjectRef& o) const
    {
        return kind == o.kind && id == o.id && parent == o.parent;
    }
};

struct Shape
{
    bool createsCitizen = false; // citizen.added: the case begins with it
    QList<ObjectRef> creates;
    QList<ObjectRef> needs; // each must exist and belong to the event's citizen
};

// What derives from one object of a case: a course's corrections, end and hand-overs, its
// notes with their versions, its consents with their withdrawals and the disclosures made
// under them. Fed a case's events in the order they were written: an event belongs when it
// needs or makes an object that does, and then what it makes belongs too. Used to cut one
// municipality's course out of a case it shares with another (docs/offboarding.md), by the
// server and by each laptop, so both take the same events.
class Descendants
{
public:
    explicit Descendants(const ObjectRef& root);
    bool take(const Shape& shape);                         // true: the event belongs
    QList<ObjectRef> objects() const { return m_objects; } // the root and what derives from it

private:
    static QString key(const ObjectRef& r) { return r.kind + QLatin1Char('|') + r.id; }
    bool has(const ObjectRef& r) const { return m_keys.contains(key(r)); }
    QSet<QString> m_keys;
    QList<ObjectRef> m_objects;
};

QStringList knownTypes();
// InvalidInput (naming the field) when the payload lacks what its type needs; NotFound for
// a type this version does not know.
Result<Shape> shapeOf(const Event& event);

// The versions an event supersedes: "supersedes" as one id (older events) or a list.
QStringList supersedes(const QJsonObject& payload);
// A field version's object id: the event that set it and the field's name.
QString fieldVersionId(const QString& eventId, const QString& field);

// The citizen fields that can be corrected (rectification): the identity (name, cpr), which
// citizen.added sets, and the contact fields (address, phone, email), which the first
// citizen.corrected of each sets (naming no version) and a later one may clear.
QStringList correctableCitizenFields();
QStringList citizenContactFields(); // address, phone, email
// municipality, courseType, referralDate, startDate, plannedEnd (the courses table's columns:
// courseColumn)
QStringList correctableCourseFields();
QString courseColumn(const QString& field);
bool isCourseDateField(const QString& field);

} // namespace EventRules

} // namespace fortrolig
