// Every message a peer can send, decoded from arbitrary bytes: no crash, no hang, no
// undefined behaviour; what decodes re-encodes to something that decodes the same; what a
// pushed event holds is checked by the server's rules without crashing either.
#include "app/journal/EventRules.h"
#include "app/sync/Protocol.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using namespace fortrolig;
using namespace fortrolig::protocol;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    decodeStatusResponse(bytes);
    decodeEnrollRequest(bytes);
    decodeEnrollResponse(bytes);
    decodeLoginRequest(bytes);
    decodeRefreshRequest(bytes);
    decodeTokenResponse(bytes);
    decodeErrorResponse(bytes);
    decodePushResponse(bytes);
    if (auto push = decodePushRequest(bytes); push.ok()) {
        for (const Event& e : push->request.events) {
            EventRules::shapeOf(e);
            EventRules::supersedes(e.payload);
        }
        auto again = decodePushRequest(encode(push->request));
        if (!again.ok() || again->request.events.size() != push->request.events.size())
            std::abort();
    }
    if (auto page = decodeChangesResponse(bytes); page.ok()) {
        // Read in place (JsonScanner): never more lenient than QJsonDocument.
        QJsonParseError error;
        QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError)
            std::abort();
        auto again = decodeChangesResponse(encode(page.value()));
        if (!again.ok() || again->items.size() != page->items.size() ||
            again->cursor != page->cursor)
            std::abort();
    }
    decodeLogPushResponse(bytes);
    if (auto log = decodeLogPushRequest(bytes); log.ok()) {
        auto again = decodeLogPushRequest(encode(log.value()));
        if (!again.ok() || again->entries.size() != log->entries.size())
            std::abort();
    }
    if (auto extract = decodeLogExtract(bytes); extract.ok()) {
        auto again = decodeLogExtract(encode(extract.value()));
        if (!again.ok() || again->uses.size() != extract->uses.size())
            std::abort();
    }
    return 0;
}
