#pragma once

// One line typed at the terminal without echo (a passphrase): plain C++ with no Qt, so that
// tools/windows-test.sh compiles the Windows branch with mingw-w64 (docs/platforms.md).

#include <cstddef>

namespace fortrolig {

// Writes `prompt` (`promptLength` bytes of UTF-8) to the terminal, then reads up to
// `capacity` bytes of the line typed there, with echo off, into `buffer`, as UTF-8. Returns
// the length read, or -1 when the process has no terminal (POSIX: /dev/tty; Windows: the
// console, CONIN$).
long readHiddenLine(const char* prompt, std::size_t promptLength, unsigned char* buffer,
                    std::size_t capacity);

// Removes a variable from the process's environment (unsetenv; _putenv_s on Windows).
void removeEnvironmentVariable(const char* name);

} // namespace fortrolig
