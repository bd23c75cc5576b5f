#pragma once

#include "app/core/Error.h"
#include "app/journal/Event.h"
#include "app/journal/EventRules.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

// The journal's reading of event payloads, shared by the files that define the payloads
// (Events.cpp, EventsCase.cpp); not for use elsewhere. Each payload has a
// `readInto(PayloadReader&, P&)` in fortrolig::payloads, found by decodeAs/readAs.
namespace fortrolig::payloads {

// Reads the fields of one payload; the first problem sticks and names the field, like the
// protocol's Reader. Reading goes on after a problem, so a lenient reader gets all there is.
class PayloadReader
{
public:
    static constexpr int kMaxSupersedes = 16;

    explicit PayloadReader(const QJsonObject& p) : m_payload(p) {}

    QString text(const char* name, bool required = true)
    {
        const QString key = QString::fromLatin1(name);
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

    QString uuid(const char* name, bool required = true)
    {
        const QString s = text(name, required);
        if (!s.isEmpty() && !isUuid(s))
            fail(QString::fromLatin1(name));
        return s;
    }

    // A field the schema does not check: its text, or empty.
    QString plain(const char* name) const
    {
        return m_payload.value(QString::fromLatin1(name)).toString();
    }

    QJsonValue value(const char* name) const { return m_payload.value(QString::fromLatin1(name)); }
    bool has(const char* name) const { return !value(name).isUndefined(); }

    // The versions an event replaces ("supersedes"): one id or a list of them.
    QStringList versions(bool atLeastOne)
    {
        const QString key = QStringLiteral("supersedes");
        const QJsonValue raw = m_payload.value(key);
        const QStringList ids = EventRules::supersedes(m_payload);
        if (!raw.isUndefined() && !raw.isString() && !raw.isArray())
            fail(key);
        if ((atLeastOne && ids.isEmpty()) || ids.size() > kMaxSupersedes)
            fail(key);
        for (const QString& id : ids) {
            if (!isUuid(id))
                fail(key);
        }
        return ids;
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

// Versions replaced, as the payloads write them: one as a plain id, several as a list.
inline QJsonValue versionsJson(const QStringList& ids)
{
    return ids.size() == 1 ? QJsonValue(ids.first()) : QJsonValue(QJsonArray::fromStringList(ids));
}

inline bool isoMoment(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

inline bool isoDay(const QString& text)
{
    return text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
}

template <typename P> Result<P> decodeAs(const QJsonObject& payload)
{
    PayloadReader r(payload);
    P p;
    readInto(r, p);
    if (r.error())
        return r.error();
    return p;
}

template <typename P> P readAs(const QJsonObject& payload)
{
    PayloadReader r(payload);
    P p;
    readInto(r, p);
    return p;
}

} // namespace fortrolig::payloads
