#pragma once

// The sync protocol's reader of JSON fields (Protocol.cpp): internal to app/sync.

#include "app/core/Error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace fortrolig::protocol::detail {

// An InvalidInput error naming the field: "items[].at: not an ISO 8601 time".
Error invalid(const QString& field, const QString& what);

// The body as one JSON object, or an InvalidInput error naming "body".
Result<QJsonObject> parseObject(const QByteArray& body);

// Reads fields of one JSON object; the first problem sticks and names the field.
class Reader
{
public:
    Reader(const QJsonObject& object, QString prefix = {})
        : m_object(object), m_prefix(std::move(prefix))
    {
    }

    QString string(const QString& key, int maxLength, bool required = true);
    QString uuid(const QString& key, bool required = true);
    qint64 integer(const QString& key, qint64 min, qint64 max, bool required = true);
    bool boolean(const QString& key);
    QJsonArray array(const QString& key, int maxSize);
    QJsonObject object(const QString& key);

    void fail(const QString& key, const QString& what)
    {
        if (!m_error)
            m_error = invalid(m_prefix + key, what);
    }
    const Error& error() const { return m_error; }

private:
    const QJsonObject& m_object;
    QString m_prefix;
    Error m_error;
};

} // namespace fortrolig::protocol::detail
