#include "app/sync/ProtocolReader.h"

#include "app/journal/Event.h" // isUuid
#include "app/wire/WireNames.h"

#include <QJsonDocument>

namespace fortrolig::protocol::detail {

Error invalid(const QString& field, const QString& what)
{
    return Error(fortrolig::ErrorCode::InvalidInput, field + QStringLiteral(": ") + what);
}

Result<QJsonObject> parseObject(const QByteArray& body)
{
    if (body.size() > kMaxBodyBytes)
        return invalid(QStringLiteral("body"), QStringLiteral("too large"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(QStringLiteral("body"),
                       QStringLiteral("not JSON (at byte %1)").arg(parseError.offset));
    if (!doc.isObject())
        return invalid(QStringLiteral("body"), QStringLiteral("not a JSON object"));
    return doc.object();
}

Reader::Field Reader::field(const QString& key) const
{
    Field f;
    if (m_members) {
        f.span = m_members->value(key);
        f.type = f.span.type;
        f.inPlace = true;
        return f;
    }
    f.json = m_object->value(key);
    switch (f.json.type()) {
    case QJsonValue::Null:
        f.type = JsonSpan::Type::Null;
        break;
    case QJsonValue::Bool:
        f.type = JsonSpan::Type::Bool;
        break;
    case QJsonValue::Double:
        f.type = JsonSpan::Type::Number;
        break;
    case QJsonValue::String:
        f.type = JsonSpan::Type::String;
        break;
    case QJsonValue::Array:
        f.type = JsonSpan::Type::Array;
        break;
    case QJsonValue::Object:
        f.type = JsonSpan::Type::Object;
        break;
    case QJsonValue::Undefined:
        break;
    }
    return f;
}

QString Reader::string(const QString& key, int maxLength, bool required)
{
    const Field f = field(key);
    if (f.type == JsonSpan::Type::Missing || f.type == JsonSpan::Type::Null) {
        if (required)
            fail(key, QStringLiteral("missing"));
        return {};
    }
    if (f.type != JsonSpan::Type::String) {
        fail(key, QStringLiteral("not a string"));
        return {};
    }
    // Longer in UTF-8 than it may be in UTF-16 (or ASCII and too long): not converted at all.
    if (f.inPlace && f.span.bytes.size() > 6 * qsizetype(maxLength)) {
        fail(key, QStringLiteral("too long"));
        return {};
    }
    QString s = f.text();
    if (s.size() > maxLength)
        fail(key, QStringLiteral("too long"));
    if (required && s.isEmpty())
        fail(key, QStringLiteral("empty"));
    return s;
}

QString Reader::uuid(const QString& key, bool required)
{
    const QString s = string(key, 36, required);
    if (!m_error && !s.isEmpty() && !isUuid(s))
        fail(key, QStringLiteral("not a UUID"));
    return s;
}

qint64 Reader::integer(const QString& key, qint64 min, qint64 max, bool required)
{
    const Field f = field(key);
    if (f.type == JsonSpan::Type::Missing) {
        if (required)
            fail(key, QStringLiteral("missing"));
        return min;
    }
    const double d = f.type == JsonSpan::Type::Number ? f.number() : -1.0e300;
    // The range first: converting a double beyond qint64 is undefined behaviour.
    if (f.type != JsonSpan::Type::Number || !(d >= double(min) && d <= double(max)) ||
        d != double(qint64(d))) {
        fail(key, QStringLiteral("not an integer in range"));
        return min;
    }
    return qint64(d);
}

bool Reader::boolean(const QString& key)
{
    const Field f = field(key);
    if (f.type != JsonSpan::Type::Bool) {
        fail(key, QStringLiteral("not true or false"));
        return false;
    }
    return f.flag();
}

QJsonArray Reader::array(const QString& key, int maxSize)
{
    const Field f = field(key);
    if (f.type != JsonSpan::Type::Array) {
        fail(key, QStringLiteral("not an array"));
        return {};
    }
    QJsonArray a =
        f.inPlace ? QJsonDocument::fromJson(f.span.bytes.toByteArray()).array() : f.json.toArray();
    if (a.size() > maxSize)
        fail(key, QStringLiteral("too many elements"));
    return a;
}

QJsonObject Reader::object(const QString& key, QByteArray* bytes)
{
    const Field f = field(key);
    if (f.type != JsonSpan::Type::Object) {
        fail(key, QStringLiteral("not an object"));
        return {};
    }
    if (!f.inPlace)
        return f.json.toObject();
    QByteArray json = f.span.bytes.toByteArray();
    QJsonParseError error;
    QJsonObject o = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError) // checked already; Qt's parser may be stricter
        fail(key, QStringLiteral("not an object"));
    if (bytes)
        *bytes = std::move(json);
    return o;
}

QByteArrayView Reader::bytes(const QString& key, JsonSpan::Type type)
{
    const Field f = field(key);
    if (!f.inPlace || f.type != type) {
        fail(key, type == JsonSpan::Type::Array ? QStringLiteral("not an array")
                                                : QStringLiteral("not an object"));
        return {};
    }
    return f.span.bytes;
}

} // namespace fortrolig::protocol::detail
