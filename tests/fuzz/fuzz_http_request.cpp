// The server's request parser on arbitrary bytes, fed in chunks whose sizes the input also
// chooses (a request may arrive a byte at a time): no crash, a request never larger than
// the limits, and each complete request is taken before the next is parsed.
#include "http/HttpRequestParser.h"

#include <cstdint>
#include <cstdlib>

using namespace fortrolig::server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    HttpRequestParser::Limits limits;
    limits.maxBody = 4096; // small, so that the fuzzer reaches it
    limits.maxHeaderBytes = 2048;
    limits.maxRequestLine = 1024;
    HttpRequestParser parser(limits);
    const size_t chunk = 1 + data[0] % 64;
    QByteArray buffer;
    for (size_t at = 1; at < size; at += chunk) {
        buffer += QByteArray(reinterpret_cast<const char*>(data + at),
                             qsizetype(std::min(chunk, size - at)));
        for (;;) {
            const HttpRequestParser::State s = parser.feed(buffer);
            if (s == HttpRequestParser::State::Error) {
                const int status = parser.errorStatus();
                if (status < 400 || status > 505)
                    std::abort();
                return 0;
            }
            if (s == HttpRequestParser::State::NeedMore)
                break;
            const HttpRequest r = parser.take();
            if (r.body.size() > limits.maxBody || r.headers.size() > 64 || r.method.isEmpty())
                std::abort();
            r.queryValue(QStringLiteral("after"));
        }
        if (buffer.size() > limits.maxHeaderBytes + limits.maxBody + 64)
            std::abort(); // the parser must not let unparsed input pile up
    }
    return 0;
}
