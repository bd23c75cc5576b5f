#include "app/sync/JsonWriter.h"

namespace fortrolig::protocol {

JsonWriter::JsonWriter(qsizetype reserve)
{
    m_out.reserve(reserve);
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_depth > 0) {
        if (!m_first[m_depth - 1])
            m_out.append(',');
        m_first[m_depth - 1] = false;
    }
}

void JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    Q_ASSERT(m_depth < kMaxDepth);
    m_first[m_depth++] = true;
}

void JsonWriter::endObject()
{
    m_out.append('}');
    --m_depth;
}

void JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    Q_ASSERT(m_depth < kMaxDepth);
    m_first[m_depth++] = true;
}

void JsonWriter::endArray()
{
    m_out.append(']');
    --m_depth;
}

void JsonWriter::key(QLatin1StringView name)
{
    separate();
    m_out.append('"').append(name.data(), name.size()).append("\":", 2);
    m_afterKey = true;
}

void JsonWriter::value(QStringView text)
{
    separate();
    string(text);
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_out.append(QByteArray::number(number));
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? QByteArrayView("true") : QByteArrayView("false"));
}

void JsonWriter::raw(const QByteArray& json)
{
    separate();
    m_out.append(json);
}

void JsonWriter::string(QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    m_out.append('"');
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80) { // a run of characters beyond ASCII, as UTF-8
            qsizetype end = i + 1;
            while (end < n && text[end].unicode() >= 0x80)
                ++end;
            m_out.append(text.sliced(i, end - i).toUtf8());
            i = end;
            continue;
        }
        switch (c) {
        case u'"':
            m_out.append("\\\"", 2);
            break;
        case u'\\':
            m_out.append("\\\\", 2);
            break;
        case u'\b':
            m_out.append("\\b", 2);
            break;
        case u'\f':
            m_out.append("\\f", 2);
            break;
        case u'\n':
            m_out.append("\\n", 2);
            break;
        case u'\r':
            m_out.append("\\r", 2);
            break;
        case u'\t':
            m_out.append("\\t", 2);
            break;
        default:
            if (c < 0x20) {
                const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
                m_out.append(escaped, 6);
            } else {
                m_out.append(char(c));
            }
        }
        ++i;
    }
    m_out.append('"');
}

} // namespace fortrolig::protocol
