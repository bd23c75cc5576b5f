#include "http/HttpRequestParser.h"

namespace fortrolig::server {

namespace {

bool isTokenChar(char c)
{
    // RFC 9110 tchar
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(const QByteArray& s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isTargetChar(char c)
{
    return c > 0x20 && c < 0x7f; // visible ASCII; no spaces, no controls, no 8-bit
}

bool isFieldValueChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u == '\t' || (u >= 0x20 && u != 0x7f);
}

} // namespace

HttpRequestParser::State HttpRequestParser::fail(int status, const QString& message)
{
    m_errorStatus = status;
    m_errorMessage = message;
    return State::Error;
}

HttpRequestParser::State HttpRequestParser::feed(QByteArray& buffer)
{
    if (m_errorStatus != 0)
        return State::Error;
    if (!m_inBody) {
        // Tolerate the empty lines some clients send between requests (RFC 9112 2.2).
        // Counted first and removed at once (one by one would be quadratic in the buffer).
        if (!m_startedHeaders) {
            qsizetype blank = 0;
            while (blank + 1 < buffer.size() && buffer.at(blank) == '\r' &&
                   buffer.at(blank + 1) == '\n')
                blank += 2;
            buffer.remove(0, blank);
        }
        if (!buffer.isEmpty())
            m_startedHeaders = true;
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            const qsizetype lineEnd = buffer.indexOf("\r\n");
            if (lineEnd < 0 && buffer.size() > m_limits.maxRequestLine)
                return fail(414, QStringLiteral("request line too long"));
            if (buffer.size() > m_limits.maxHeaderBytes)
                return fail(431, QStringLiteral("headers too large"));
            return State::NeedMore;
        }
        if (end + 4 > m_limits.maxHeaderBytes)
            return fail(431, QStringLiteral("headers too large"));
        const QByteArray head = buffer.left(end);
        buffer.remove(0, end + 4);
        if (parseHead(head) == State::Error)
            return State::Error;
        m_inBody = true;
    }
    if (buffer.size() < m_bodyLength) {
        m_request.body += buffer;
        m_bodyLength -= buffer.size();
        buffer.clear();
        return State::NeedMore;
    }
    m_request.body += buffer.left(m_bodyLength);
    buffer.remove(0, m_bodyLength);
    m_bodyLength = 0;
    return State::Complete;
}

namespace {
QByteArray stripped(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}
} // namespace

HttpRequestParser::State HttpRequestParser::parseHead(const QByteArray& head)
{
    const QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty())
        return fail(400, QStringLiteral("empty request"));
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (!lines.at(i).endsWith('\r'))
            return fail(400, QStringLiteral("bare line feed"));
    }
    if (parseRequestLine(stripped(lines.first())) == State::Error)
        return State::Error;
    qint64 length = -1; // none announced yet
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (parseHeaderLine(stripped(lines.at(i)), &length) == State::Error)
            return State::Error;
    }
    length = qMax<qint64>(0, length);
    // Only a push may be large; a login or an enrollment is a few hundred bytes, and nothing
    // unauthenticated may make the server hold megabytes.
    const qint64 allowed =
        m_limits.largeBodyPaths.contains(m_request.path) ? m_limits.maxBody : m_limits.maxSmallBody;
    if (length > allowed)
        return fail(413, QStringLiteral("body too large"));
    m_bodyLength = length;
    m_announced = length;
    // Grows as bytes arrive: a large Content-Length alone reserves nothing much.
    m_request.body.reserve(qMin<qint64>(length, 64 * 1024));
    return State::NeedMore;
}

HttpRequestParser::State HttpRequestParser::parseRequestLine(const QByteArray& requestLine)
{
    if (requestLine.size() > m_limits.maxRequestLine)
        return fail(414, QStringLiteral("request line too long"));
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3)
        return fail(400, QStringLiteral("malformed request line"));
    const QByteArray& method = parts.at(0);
    const QByteArray& target = parts.at(1);
    const QByteArray& version = parts.at(2);
    if (!isToken(method))
        return fail(400, QStringLiteral("malformed method"));
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        if (version.startsWith("HTTP/"))
            return fail(505, QStringLiteral("HTTP version not supported"));
        return fail(400, QStringLiteral("malformed request line"));
    }
    if (!target.startsWith('/'))
        return fail(400, QStringLiteral("the target must be an absolute path"));
    for (char c : target) {
        if (!isTargetChar(c))
            return fail(400, QStringLiteral("malformed target"));
    }
    m_request = HttpRequest();
    m_request.method = method;
    const qsizetype q = target.indexOf('?');
    m_request.path = q < 0 ? target : target.left(q);
    m_request.query = q < 0 ? QByteArray() : target.mid(q + 1);
    m_request.keepAlive = version == "HTTP/1.1";
    return State::NeedMore;
}

HttpRequestParser::State HttpRequestParser::parseHeaderLine(const QByteArray& line, qint64* length)
{
    if (line.isEmpty())
        return fail(400, QStringLiteral("empty header line"));
    if (line.startsWith(' ') || line.startsWith('\t'))
        return fail(400, QStringLiteral("obsolete line folding"));
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return fail(400, QStringLiteral("malformed header"));
    const QByteArray name = line.left(colon).toLower();
    if (!isToken(name))
        return fail(400, QStringLiteral("malformed header name"));
    const QByteArray value = line.mid(colon + 1).trimmed();
    for (char c : value) {
        if (!isFieldValueChar(c))
            return fail(400, QStringLiteral("malformed header value"));
    }
    if (m_request.headers.size() >= m_limits.maxHeaders)
        return fail(431, QStringLiteral("too many headers"));
    m_request.headers.append({name, value});

    if (name == "content-length") {
        bool ok = !value.isEmpty() && value.size() <= 18;
        for (char c : value)
            ok = ok && c >= '0' && c <= '9';
        const qint64 n = ok ? value.toLongLong(&ok) : -1;
        if (!ok)
            return fail(400, QStringLiteral("malformed Content-Length"));
        if (*length >= 0 && n != *length)
            return fail(400, QStringLiteral("conflicting Content-Length"));
        *length = n;
    } else if (name == "transfer-encoding") {
        return fail(501, QStringLiteral("Transfer-Encoding is not accepted; send Content-Length"));
    } else if (name == "connection") {
        const QByteArray v = value.toLower();
        if (v.contains("close"))
            m_request.keepAlive = false;
        else if (v.contains("keep-alive"))
            m_request.keepAlive = true;
    }
    return State::NeedMore;
}

HttpRequest HttpRequestParser::take()
{
    HttpRequest r = std::move(m_request);
    m_request = HttpRequest();
    m_inBody = false;
    m_startedHeaders = false;
    m_bodyLength = 0;
    m_announced = 0;
    return r;
}

} // namespace fortrolig::server
