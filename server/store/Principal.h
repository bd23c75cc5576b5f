#pragma once

#include <QString>

namespace fortrolig::server {

// Who a request is from, once its access token has been checked (accounts/ checks it; the
// case store records it with what the device pushed).
struct Principal
{
    QString deviceId;
    QString username;
};

} // namespace fortrolig::server
