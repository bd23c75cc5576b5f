// Windows (Windows 10 2004 and later for WDA_EXCLUDEFROMCAPTURE). Compiled here with the
// mingw-w64 cross compiler and run under Wine by tests/platform (docs/platforms.md).
#include "app/platform/Platform.h"

#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#include <wtsapi32.h>

#ifndef WDA_EXCLUDEFROMCAPTURE
#define WDA_EXCLUDEFROMCAPTURE 0x00000011
#endif

namespace fortrolig::platform {

namespace {

// GUID_CONSOLE_DISPLAY_STATE {6FE69556-704A-47A0-8F24-C28D936FDA47}: 0 off, 1 on, 2 dimmed.
const GUID kConsoleDisplayState = {
    0x6fe69556, 0x704a, 0x47a0, {0x8f, 0x24, 0xc2, 0x8d, 0x93, 0x6f, 0xda, 0x47}};

HPOWERNOTIFY g_display = nullptr; // one main window per process

} // namespace

Capture excludeFromCapture(void* window)
{
    const HWND hwnd = static_cast<HWND>(window);
    if (!hwnd || !SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE))
        return Capture::NotAvailable;
    // Believed only when the window says so afterwards.
    DWORD affinity = 0;
    if (!GetWindowDisplayAffinity(hwnd, &affinity) || affinity != WDA_EXCLUDEFROMCAPTURE)
        return Capture::NotAvailable;
    return Capture::Excluded;
}

bool watchSession(void* window)
{
    const HWND hwnd = static_cast<HWND>(window);
    if (!hwnd)
        return false;
    const bool session = WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION) != FALSE;
    if (!g_display)
        g_display = RegisterPowerSettingNotification(hwnd, &kConsoleDisplayState,
                                                     DEVICE_NOTIFY_WINDOW_HANDLE);
    return session;
}

void stopWatchingSession(void* window)
{
    const HWND hwnd = static_cast<HWND>(window);
    if (hwnd)
        WTSUnRegisterSessionNotification(hwnd);
    if (g_display) {
        UnregisterPowerSettingNotification(g_display);
        g_display = nullptr;
    }
}

bool isLockMessage(unsigned message, std::uintptr_t wParam, std::intptr_t lParam)
{
    if (message == WM_WTSSESSION_CHANGE) {
        switch (wParam) {
        case WTS_SESSION_LOCK:
        case WTS_SESSION_LOGOFF:
        case WTS_CONSOLE_DISCONNECT:
        case WTS_REMOTE_DISCONNECT:
            return true;
        default:
            return false;
        }
    }
    if (message != WM_POWERBROADCAST)
        return false;
    if (wParam == PBT_APMSUSPEND)
        return true;
    if (wParam == PBT_POWERSETTINGCHANGE && lParam != 0) {
        const auto* setting = reinterpret_cast<const POWERBROADCAST_SETTING*>(lParam);
        if (IsEqualGUID(setting->PowerSetting, kConsoleDisplayState) &&
            setting->DataLength >= sizeof(DWORD)) {
            DWORD state = 0;
            CopyMemory(&state, setting->Data, sizeof(DWORD));
            return state == 0; // the display went off
        }
    }
    return false;
}

} // namespace fortrolig::platform
