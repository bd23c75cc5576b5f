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

QString Reader::string(const QString& key, int maxLength, bool required)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(key, QStringLiteral("missing"));
        return {};
    }
    if (!v.isString()) {
        fail(key, QStringLiteral("not a string"));
        return {};
    }
    QString s = v.toString();
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
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        if (required)
            fail(key, QStringLiteral("missing"));
        return min;
    }
    const double d = v.toDouble(-1.0e300);
    // The range first: converting a double beyond qint64 is undefined behaviour.
    if (!v.isDouble() || !(d >= double(min) && d <= double(max)) || d != double(qint64(d))) {
        fail(key, QStringLiteral("not an integer in range"));
        return min;
    }
    return qint64(d);
}

bool Reader::boolean(const QString& key)
{
    const QJsonValue v = m_object.value(key);
    if (!v.isBool()) {
        fail(key, QStringLiteral("not true or false"));
        return false;
    }
    return v.toBool();
}

QJsonArray Reader::array(const QString& key, int maxSize)
{
    const QJsonValue v = m_object.value(key);
    if (!v.isArray()) {
        fail(key, QStringLiteral("not an array"));
        return {};
    }
    QJsonArray a = v.toArray();
    if (a.size() > maxSize)
        fail(key, QStringLiteral("too many elements"));
    return a;
}

QJsonObject Reader::object(const QString& key)
{
    const QJsonValue v = m_object.value(key);
    if (!v.isObject()) {
        fail(key, QStringLiteral("not an object"));
        return {};
    }
    return v.toObject();
}

} // namespace fortrolig::protocol::detail
