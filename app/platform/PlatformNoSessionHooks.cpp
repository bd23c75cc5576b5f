// Systems whose session lock and sleep do not come as messages to a window: Linux (D-Bus
// signals, heard by the window's SessionWatcher, which needs Qt) and, until it is written,
// macOS (NSWorkspace notices). Nothing to register, no message that locks.
#include "app/platform/Platform.h"

namespace fortrolig::platform {

bool watchSession(void*)
{
    return false;
}

void stopWatchingSession(void*) {}

bool isLockMessage(unsigned, std::uintptr_t, std::intptr_t)
{
    return false;
}

} // namespace fortrolig::platform
