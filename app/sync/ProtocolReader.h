#pragma once

// The sync protocol's reader of JSON fields (Protocol.cpp): internal to app/sync.

#include "app/core/Error.h"
#include "app/journal/Event.h"
#include "app/sync/JsonScanner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace fortrolig::protocol::detail {

inline constexpr int kMaxNameLength = 256;
inline constexpr qint64 kMaxSeq = (qint64(1) << 53) - 1; // exact in a JSON number

// An InvalidInput error naming the field: "items[].at: not an ISO 8601 time".
Error invalid(const QString& field, const QString& what);

// The body as one JSON object, or an InvalidInput error naming "body".
Result<QJsonObject> parseObject(const QByteArray& body);

// Reads fields of one JSON object, a QJsonObject or one found in place (JsonScanner); the
// first problem sticks and names the field.
class Reader
{
public:
    Reader(const QJsonObject& object, QString prefix = {})
        : m_object(&object), m_prefix(std::move(prefix))
    {
    }
    Reader(const JsonMembers& members, QString prefix = {})
        : m_members(&members), m_prefix(std::move(prefix))
    {
    }

    QString string(const QString& key, int maxLength, bool required = true);
    QString uuid(const QString& key, bool required = true);
    qint64 integer(const QString& key, qint64 min, qint64 max, bool required = true);
    bool boolean(const QString& key);
    QJsonArray array(const QString& key, int maxSize);
    // `bytes`: the object's JSON as it came, when found in place (a payload, stored as sent).
    QJsonObject object(const QString& key, QByteArray* bytes = nullptr);
    // An object or array found in place (JsonMembers only): its bytes, checked already.
    QByteArrayView bytes(const QString& key, JsonSpan::Type type);

    void fail(const QString& key, const QString& what)
    {
        if (!m_error)
            m_error = invalid(m_prefix + key, what);
    }
    const Error& error() const { return m_error; }

private:
    // A member's value from either source: a QJsonObject's, or one found in place.
    struct Field
    {
        JsonSpan::Type type = JsonSpan::Type::Missing;
        QJsonValue json;
        JsonSpan span;
        bool inPlace = false;
        QString text() const { return inPlace ? span.text() : json.toString(); }
        double number() const { return inPlace ? span.number() : json.toDouble(); }
        bool flag() const { return inPlace ? span.flag : json.toBool(); }
    };
    Field field(const QString& key) const;

    const QJsonObject* m_object = nullptr;
    const JsonMembers* m_members = nullptr;
    QString m_prefix;
    Error m_error;
};

// An event's fields (Protocol.cpp), from a QJsonObject or found in place; `payloadBytes`: the
// payload's JSON as it came (in place only).
Result<Event> decodeEvent(Reader& r, QByteArray* payloadBytes);

} // namespace fortrolig::protocol::detail
