#pragma once

#include "app/crypto/SecureBytes.h"

#include <QString>

namespace fortrolig {

// Reads a passphrase for the CLI and the server's admin commands: from an environment variable if
// set (the variable's value is wiped from the environment after reading), else from the terminal
// without echo. Returns empty when neither is possible.
SecureBytes readPassphrase(const char* environmentVariable, const QString& prompt);

} // namespace fortrolig
