#include "app/terminal/Passphrase.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <termios.h>
#include <unistd.h>

namespace fortrolig {

SecureBytes readPassphrase(const char* environmentVariable, const QString& prompt)
{
    if (char* value = std::getenv(environmentVariable)) {
        const std::size_t n = std::strlen(value);
        SecureBytes out = SecureBytes::copyOf(value, n);
        sodium_memzero(value, n);
        unsetenv(environmentVariable);
        return out;
    }
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return {};
    const QByteArray promptBytes = prompt.toLocal8Bit();
    if (::write(fd, promptBytes.constData(), std::size_t(promptBytes.size())) < 0) {
        ::close(fd);
        return {};
    }
    termios old{};
    const bool isTerminal = tcgetattr(fd, &old) == 0;
    if (isTerminal) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    constexpr std::size_t kMax = 1024;
    SecureBytes buffer(kMax);
    std::size_t length = 0;
    char c = 0;
    while (length < kMax && ::read(fd, &c, 1) == 1 && c != '\n' && c != '\r')
        buffer.data()[length++] = static_cast<unsigned char>(c);
    c = 0;
    if (isTerminal)
        tcsetattr(fd, TCSAFLUSH, &old);
    ::close(fd);
    return SecureBytes::copyOf(buffer.data(), length);
}

} // namespace fortrolig
