#include "app/journal/EventRules.h"

#include "app/domain/Cpr.h"

#include <QJsonArray>

namespace fortrolig::EventRules {

namespace {

class PayloadReader
{
public:
    explicit PayloadReader(const QJsonObject& p) : m_payload(p) {}
    QString text(const QString& key, bool required = true)
    {
        const QJsonValue v = m_payload.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key);
            return {};
        }
        if (!v.isString() || (required && v.toString().isEmpty())) {
            fail(key);
            return {};
        }
        return v.toString();
    }
    QString uuid(const QString& key, bool required = true)
    {
        const QString s = text(key, required);
        if (!s.isEmpty() && !isUuid(s))
            fail(key);
        return s;
    }
    void fail(const QString& key)
    {
        if (!m_error)
            m_error = Error(ErrorCode::InvalidInput, QStringLiteral("payload.") + key);
    }
    const Error& error() const { return m_error; }

private:
    const QJsonObject& m_payload;
    Error m_error;
};

} // namespace

QStringList knownTypes()
{
    return {EventType::CitizenAdded,      EventType::CitizenCorrected, EventType::CourseAdded,
            EventType::CourseEnded,       EventType::NoteAdded,        EventType::NoteCorrected,
            EventType::ConsentGiven,      EventType::ConsentRefused,   EventType::ConsentWithdrawn,
            EventType::DisclosureRecorded};
}

QStringList correctableCitizenFields()
{
    return {QStringLiteral("name"), QStringLiteral("cpr")};
}

QString fieldVersionId(const QString& eventId, const QString& field)
{
    return eventId + QLatin1Char(':') + field;
}

QStringList supersedes(const QJsonObject& payload)
{
    const QJsonValue v = payload.value(QStringLiteral("supersedes"));
    if (v.isString())
        return v.toString().isEmpty() ? QStringList() : QStringList{v.toString()};
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out << x.toString();
    return out;
}

Result<Shape> shapeOf(const Event& e)
{
    const QJsonObject& p = e.payload;
    PayloadReader r(p);
    Shape s;
    const QString& citizen = e.subject;
    auto requireVersions = [&](const QString& kind, const QString& parent, const QString& field,
                               bool atLeastOne) {
        const QStringList ids = supersedes(p);
        const QJsonValue raw = p.value(QStringLiteral("supersedes"));
        if (!raw.isUndefined() && !raw.isString() && !raw.isArray())
            r.fail(QStringLiteral("supersedes"));
        if (atLeastOne && ids.isEmpty())
            r.fail(QStringLiteral("supersedes"));
        if (ids.size() > 16)
            r.fail(QStringLiteral("supersedes"));
        for (const QString& id : ids) {
            if (!isUuid(id))
                r.fail(QStringLiteral("supersedes"));
            s.needs << ObjectRef{kind, field.isEmpty() ? id : fieldVersionId(id, field), parent};
        }
    };

    if (e.type == EventType::CitizenAdded) {
        r.text(QStringLiteral("name"));
        if (!Cpr::parse(r.text(QStringLiteral("cpr"))))
            r.fail(QStringLiteral("cpr"));
        s.createsCitizen = true;
        s.creates << ObjectRef{QStringLiteral("citizen"), citizen, {}};
        for (const QString& f : correctableCitizenFields())
            s.creates << ObjectRef{QStringLiteral("field-version"), fieldVersionId(e.id, f),
                                   citizen};
    } else if (e.type == EventType::CitizenCorrected) {
        const QString field = r.text(QStringLiteral("field"));
        if (!field.isEmpty() && !correctableCitizenFields().contains(field))
            r.fail(QStringLiteral("field"));
        const QString value = r.text(QStringLiteral("value"));
        if (field == QStringLiteral("cpr") && !value.isEmpty() && !Cpr::parse(value))
            r.fail(QStringLiteral("value"));
        requireVersions(QStringLiteral("field-version"), citizen, field, true);
        s.creates << ObjectRef{QStringLiteral("field-version"), fieldVersionId(e.id, field),
                               citizen};
    } else if (e.type == EventType::CourseAdded) {
        s.creates << ObjectRef{QStringLiteral("course"), r.uuid(QStringLiteral("courseId")), {}};
        r.text(QStringLiteral("municipality"));
        r.text(QStringLiteral("courseType"));
        r.text(QStringLiteral("startDate"));
    } else if (e.type == EventType::CourseEnded) {
        const QString course = r.uuid(QStringLiteral("courseId"));
        r.text(QStringLiteral("endDate"));
        s.needs << ObjectRef{QStringLiteral("course"), course, {}};
        requireVersions(QStringLiteral("field-version"), course, QStringLiteral("end"), false);
        s.creates << ObjectRef{QStringLiteral("field-version"),
                               fieldVersionId(e.id, QStringLiteral("end")), course};
    } else if (e.type == EventType::NoteAdded) {
        const QString note = r.uuid(QStringLiteral("noteId"));
        r.text(QStringLiteral("text"));
        s.creates << ObjectRef{QStringLiteral("note"), note, {}}
                  << ObjectRef{QStringLiteral("note-version"), e.id, note};
    } else if (e.type == EventType::NoteCorrected) {
        const QString note = r.uuid(QStringLiteral("noteId"));
        r.text(QStringLiteral("text"));
        s.needs << ObjectRef{QStringLiteral("note"), note, {}};
        requireVersions(QStringLiteral("note-version"), note, {}, true);
        s.creates << ObjectRef{QStringLiteral("note-version"), e.id, note};
    } else if (e.type == EventType::ConsentGiven || e.type == EventType::ConsentRefused) {
        s.creates << ObjectRef{QStringLiteral("consent"), r.uuid(QStringLiteral("consentId")), {}};
        const QString course = r.uuid(QStringLiteral("courseId"), false);
        if (!course.isEmpty())
            s.needs << ObjectRef{QStringLiteral("course"), course, {}};
    } else if (e.type == EventType::ConsentWithdrawn) {
        s.needs << ObjectRef{QStringLiteral("consent"), r.uuid(QStringLiteral("consentId")), {}};
    } else if (e.type == EventType::DisclosureRecorded) {
        s.creates << ObjectRef{
            QStringLiteral("disclosure"), r.uuid(QStringLiteral("disclosureId")), {}};
        const QString consent = r.uuid(QStringLiteral("consentId"), false);
        if (!consent.isEmpty())
            s.needs << ObjectRef{QStringLiteral("consent"), consent, {}};
    } else {
        return Error(ErrorCode::NotFound, QStringLiteral("event type"));
    }
    if (r.error())
        return r.error();
    return s;
}

} // namespace fortrolig::EventRules
