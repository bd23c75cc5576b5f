#pragma once

#include "http/HttpMessage.h"

namespace fortrolig::server {

// HTTP/1.1 requests from a byte stream, with hard limits checked before anything is
// buffered beyond them. Only what the sync protocol needs: a request line, headers and a
// body of known length (no chunked bodies, no obsolete line folding). Pure: no sockets, so
// the fuzzer and the tests drive it directly.
class HttpRequestParser
{
public:
    struct Limits
    {
        int maxRequestLine = 8 * 1024;
        int maxHeaderBytes = 16 * 1024; // the request line and all headers
        int maxHeaders = 64;
        qint64 maxBody = 16 * 1024 * 1024; // for the paths in largeBodyPaths
        qint64 maxSmallBody = 64 * 1024;   // for every other path (login, enroll, ...)
        QList<QByteArray> largeBodyPaths{"/api/v1/push"};
    };
    enum class State
    {
        NeedMore,
        Complete,
        Error
    };

    HttpRequestParser() = default;
    explicit HttpRequestParser(Limits limits) : m_limits(limits) {}

    // Consumes bytes from `buffer` (what belongs to the next request stays there).
    State feed(QByteArray& buffer);
    HttpRequest take(); // after Complete; the parser is ready for the next request
    bool started() const { return m_inBody || m_startedHeaders; }
    // Once the headers are read: the body's length as announced (0 before, and without one).
    qint64 announcedBody() const { return m_inBody ? m_announced : 0; }
    qint64 remainingBody() const { return m_inBody ? m_bodyLength : 0; } // not yet fed
    // Once the headers are read: the request without its body, to decide whether to read it.
    HttpRequest head() const
    {
        HttpRequest h = m_request;
        h.body.clear();
        return h;
    }

    // After Error: the status to answer with (400, 413, 414, 431, 501, 505) and why.
    int errorStatus() const { return m_errorStatus; }
    const QString& errorMessage() const { return m_errorMessage; }

private:
    State fail(int status, const QString& message);
    State parseHead(const QByteArray& head);
    State parseRequestLine(const QByteArray& line);
    State parseHeaderLine(const QByteArray& line, qint64* length); // -1: none announced yet

    Limits m_limits;
    HttpRequest m_request;
    bool m_inBody = false;
    bool m_startedHeaders = false;
    qint64 m_bodyLength = 0; // still to come
    qint64 m_announced = 0;
    int m_errorStatus = 0;
    QString m_errorMessage;
};

} // namespace fortrolig::server
