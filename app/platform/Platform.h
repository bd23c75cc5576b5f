#pragma once

// What the window needs from the operating system that Qt does not offer: keeping the window
// out of screenshots and screen sharing, and hearing that the session locks or the machine
// sleeps. Plain C++ with no Qt, one implementation per system (PlatformWindows.cpp,
// PlatformMac.mm, PlatformOther.cpp; PlatformNoSessionHooks.cpp where the session says
// nothing to a window), so that the Windows one is compiled and tested on
// Linux with the mingw-w64 cross compiler under Wine (tests/platform, docs/platforms.md).

#include <cstdint>

namespace fortrolig::platform {

enum class Capture
{
    Excluded,     // the system confirms the window is left out of captures
    NotAvailable, // no such thing on this system, or the system refused it
};

// Asks the system to leave `window` (a native handle: HWND, NSView*) out of screenshots,
// screen sharing and recordings. Excluded only when the system confirms it afterwards: a
// refusal (Wine, an old Windows, a remote session) is never reported as protection.
Capture excludeFromCapture(void* window);

// Registers `window` for the system's notices of a session lock, a disconnect and sleep
// (Windows: WTSRegisterSessionNotification and the console display's power setting; sleep
// itself is told to every top-level window). False where there is no such registration here.
bool watchSession(void* window);
void stopWatchingSession(void* window);

// True when a window message (`message`, `wParam`, `lParam` as the window procedure got them)
// means the journal should lock now: the session locked, disconnected or logged off, the
// machine is about to sleep, or the display was turned off. Always false outside Windows.
bool isLockMessage(unsigned message, std::uintptr_t wParam, std::intptr_t lParam);

} // namespace fortrolig::platform
