#include "app/terminal/Passphrase.h"

#include "app/terminal/HiddenLine.h"

#include <cstdlib>
#include <cstring>
#include <sodium.h>

namespace fortrolig {

SecureBytes readPassphrase(const char* environmentVariable, const QString& prompt)
{
    if (char* value = std::getenv(environmentVariable)) {
        const std::size_t n = std::strlen(value);
        SecureBytes out = SecureBytes::copyOf(value, n);
        sodium_memzero(value, n);
        removeEnvironmentVariable(environmentVariable);
        return out;
    }
    const QByteArray promptBytes = prompt.toUtf8();
    constexpr std::size_t kMax = 1024;
    SecureBytes buffer(kMax);
    const long length = readHiddenLine(promptBytes.constData(), std::size_t(promptBytes.size()),
                                       buffer.data(), kMax);
    if (length < 0)
        return {};
    return SecureBytes::copyOf(buffer.data(), std::size_t(length));
}

} // namespace fortrolig
