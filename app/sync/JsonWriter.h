#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringView>

namespace fortrolig::protocol {

// Compact JSON written straight into bytes, for the one message that is large and frequent:
// a page of the feed (1,000 events). Building it as a QJsonObject and serializing that was
// half of the server's time for a pull; this writes the same JSON (a reader cannot tell the
// difference; tst_protocol compares the two) and splices each payload's stored bytes in
// without reading them again. Keys are written as given (they are the protocol's own names,
// never escaped); values are escaped as JSON requires.
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve = 0);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // The name of the next member of the object being written.
    void key(QLatin1StringView name);
    void value(QStringView text);
    void value(qint64 number); // within ±2^53: exact in a JSON number
    void value(bool flag);
    // JSON written elsewhere (a payload, compact and valid), as the next value.
    void raw(const QByteArray& json);
    // A member of the object being written: its name, then its value.
    template <typename Value> void member(QLatin1StringView name, const Value& v)
    {
        key(name);
        value(v);
    }

    QByteArray take() { return std::move(m_out); }

private:
    void separate(); // the comma before a value or member that is not the first
    void string(QStringView text);

    QByteArray m_out;
    static constexpr int kMaxDepth = 16;
    bool m_first[kMaxDepth] = {};
    int m_depth = 0;
    bool m_afterKey = false;
};

} // namespace fortrolig::protocol
