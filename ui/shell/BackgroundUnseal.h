#pragma once

#include "app/core/Error.h"
#include "app/crypto/SecureBytes.h"
#include "app/crypto/WrappedKey.h"

#include <QByteArray>
#include <functional>

class QObject;

namespace fortrolig {

// Argon2id takes about half a second at the moderate profile: KeyVault::unseal runs on a
// worker thread so the window never freezes, and `done` gets the key (or the error) back on
// `context`'s thread. The passphrase goes into locked memory at once and `typed` is wiped.
void unsealInBackground(QObject* context, const WrappedKey& wrapped, QByteArray& typed,
                        std::function<void(Result<SecureBytes>)> done);

} // namespace fortrolig
