#include "app/terminal/HiddenLine.h"

#include <cstdlib>
#include <cstring>

#if defined(_WIN32)
#include <windows.h>
#else
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace fortrolig {

#if defined(_WIN32)

namespace {
// Each typed character as UTF-16, converted once at the end; every buffer is wiped.
long readConsole(HANDLE in, unsigned char* buffer, std::size_t capacity)
{
    constexpr int kMaxChars = 1024;
    wchar_t typed[kMaxChars];
    int count = 0;
    wchar_t c = 0;
    DWORD got = 0;
    while (count < kMaxChars && ReadConsoleW(in, &c, 1, &got, nullptr) && got == 1 && c != L'\n' &&
           c != L'\r')
        typed[count++] = c;
    c = 0;
    int length =
        count == 0 ? 0
                   : WideCharToMultiByte(CP_UTF8, 0, typed, count, reinterpret_cast<char*>(buffer),
                                         int(capacity), nullptr, nullptr);
    SecureZeroMemory(typed, sizeof typed);
    return length < 0 ? 0 : long(length);
}
} // namespace

long readHiddenLine(const char* prompt, std::size_t promptLength, unsigned char* buffer,
                    std::size_t capacity)
{
    HANDLE in = CreateFileW(L"CONIN$", GENERIC_READ | GENERIC_WRITE,
                            FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_EXISTING, 0, nullptr);
    if (in == INVALID_HANDLE_VALUE)
        return -1;
    HANDLE out =
        CreateFileW(L"CONOUT$", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                    nullptr, OPEN_EXISTING, 0, nullptr);
    DWORD mode = 0;
    if (!GetConsoleMode(in, &mode)) {
        CloseHandle(in);
        if (out != INVALID_HANDLE_VALUE)
            CloseHandle(out);
        return -1;
    }
    DWORD written = 0;
    if (out != INVALID_HANDLE_VALUE) {
        SetConsoleOutputCP(CP_UTF8);
        WriteFile(out, prompt, DWORD(promptLength), &written, nullptr);
    }
    SetConsoleMode(in,
                   (mode & ~DWORD(ENABLE_ECHO_INPUT)) | ENABLE_LINE_INPUT | ENABLE_PROCESSED_INPUT);
    const long length = readConsole(in, buffer, capacity);
    SetConsoleMode(in, mode);
    if (out != INVALID_HANDLE_VALUE) {
        WriteFile(out, "\r\n", 2, &written, nullptr); // the Enter that was not echoed
        CloseHandle(out);
    }
    CloseHandle(in);
    return length;
}

void removeEnvironmentVariable(const char* name)
{
    _putenv_s(name, "");
}

#else

long readHiddenLine(const char* prompt, std::size_t promptLength, unsigned char* buffer,
                    std::size_t capacity)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    if (::write(fd, prompt, promptLength) < 0) {
        ::close(fd);
        return -1;
    }
    termios old{};
    const bool isTerminal = tcgetattr(fd, &old) == 0;
    if (isTerminal) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    std::size_t length = 0;
    char c = 0;
    while (length < capacity && ::read(fd, &c, 1) == 1 && c != '\n' && c != '\r')
        buffer[length++] = static_cast<unsigned char>(c);
    c = 0;
    if (isTerminal)
        tcsetattr(fd, TCSAFLUSH, &old);
    ::close(fd);
    return long(length);
}

void removeEnvironmentVariable(const char* name)
{
    unsetenv(name);
}

#endif

} // namespace fortrolig
