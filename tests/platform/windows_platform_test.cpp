// The Windows side of app/platform, compiled with the mingw-w64 cross compiler and run under
// Wine on Xvfb (tools/windows-test.sh): a real window, a real request to keep it out of
// captures, real registrations for the session's notices, and the session and power
// messages Windows sends, delivered to the window procedure. No Qt: Platform.h is plain C++.
#include "app/core/Process.h"
#include "app/platform/Platform.h"
#include "app/terminal/HiddenLine.h"

#include <windows.h>
#include <wtsapi32.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#ifndef WDA_EXCLUDEFROMCAPTURE
#define WDA_EXCLUDEFROMCAPTURE 0x00000011
#endif

using namespace fortrolig;

namespace {

int g_locks = 0;
int g_failures = 0;

void check(bool ok, const char* what)
{
    std::printf("%s: %s\n", ok ? "PASS" : "FAIL", what);
    if (!ok)
        ++g_failures;
}

LRESULT CALLBACK windowProc(HWND hwnd, UINT message, WPARAM wParam, LPARAM lParam)
{
    if (platform::isLockMessage(message, std::uintptr_t(wParam), std::intptr_t(lParam)))
        ++g_locks;
    return DefWindowProcW(hwnd, message, wParam, lParam);
}

// {6FE69556-704A-47A0-8F24-C28D936FDA47}: the console display's state (0 off, 1 on, 2 dim).
const GUID kConsoleDisplayState = {
    0x6fe69556, 0x704a, 0x47a0, {0x8f, 0x24, 0xc2, 0x8d, 0x93, 0x6f, 0xda, 0x47}};
// Another power setting (the power source, AC or battery), which must not lock.
const GUID kPowerSource = {
    0x5d3e9a59, 0xe9d5, 0x4b00, {0xa6, 0xbd, 0xff, 0x34, 0xff, 0x51, 0x65, 0x48}};

struct Setting
{
    POWERBROADCAST_SETTING head;
    BYTE rest[sizeof(DWORD)];
};

Setting powerSetting(const GUID& guid, DWORD value)
{
    Setting s{};
    s.head.PowerSetting = guid;
    s.head.DataLength = sizeof(DWORD);
    std::memcpy(s.head.Data, &value, sizeof(DWORD));
    return s;
}

void checkMessages(HWND hwnd)
{
    struct Case
    {
        UINT message;
        WPARAM wParam;
        bool locks;
        const char* what;
    };
    const Case cases[] = {
        {WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, true, "the session locks: lock"},
        {WM_WTSSESSION_CHANGE, WTS_SESSION_LOGOFF, true, "the session logs off: lock"},
        {WM_WTSSESSION_CHANGE, WTS_CONSOLE_DISCONNECT, true, "the console disconnects: lock"},
        {WM_WTSSESSION_CHANGE, WTS_REMOTE_DISCONNECT, true, "a remote session ends: lock"},
        {WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK, false, "the session unlocks: no lock"},
        {WM_WTSSESSION_CHANGE, WTS_SESSION_LOGON, false, "a logon: no lock"},
        {WM_WTSSESSION_CHANGE, WTS_CONSOLE_CONNECT, false, "the console connects: no lock"},
        {WM_POWERBROADCAST, PBT_APMSUSPEND, true, "the machine is about to sleep: lock"},
        {WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC, false, "it wakes: no lock"},
        {WM_POWERBROADCAST, PBT_APMRESUMESUSPEND, false, "it wakes for a person: no lock"},
        {WM_POWERBROADCAST, PBT_APMPOWERSTATUSCHANGE, false, "on battery: no lock"},
        {WM_USER + 1, WTS_SESSION_LOCK, false, "another message with the same value: no lock"},
    };
    for (const Case& c : cases) {
        const int before = g_locks;
        SendMessageW(hwnd, c.message, c.wParam, 0);
        check((g_locks - before == 1) == c.locks, c.what);
    }
    struct Power
    {
        GUID guid;
        DWORD value;
        bool locks;
        const char* what;
    };
    const Power settings[] = {
        {kConsoleDisplayState, 0, true, "the display goes off: lock"},
        {kConsoleDisplayState, 1, false, "the display comes on: no lock"},
        {kConsoleDisplayState, 2, false, "the display dims: no lock"},
        {kPowerSource, 0, false, "another power setting: no lock"},
    };
    for (const Power& p : settings) {
        Setting s = powerSetting(p.guid, p.value);
        const int before = g_locks;
        SendMessageW(hwnd, WM_POWERBROADCAST, PBT_POWERSETTINGCHANGE, LPARAM(&s));
        check((g_locks - before == 1) == p.locks, p.what);
    }
    const int before = g_locks;
    SendMessageW(hwnd, WM_POWERBROADCAST, PBT_POWERSETTINGCHANGE, 0);
    check(g_locks == before, "a power-setting message without its setting: no lock");
}

} // namespace

DWORD WINAPI readLine(void* result)
{
    unsigned char buffer[64];
    *static_cast<long*>(result) = readHiddenLine("> ", 2, buffer, sizeof buffer);
    return 0;
}

// The core's and the command line's Windows branches (app/core/Process.cpp,
// app/terminal/HiddenLine.cpp).
void checkProcess()
{
    SetErrorMode(0);
    hardenProcess();
    const UINT mode = GetErrorMode();
    check((mode & SEM_NOGPFAULTERRORBOX) && (mode & SEM_FAILCRITICALERRORS),
          "hardenProcess: no crash dialog or error report");
    _putenv_s("FORTROLIG_TEST_SECRET", "hemmelig");
    removeEnvironmentVariable("FORTROLIG_TEST_SECRET");
    const char* left = std::getenv("FORTROLIG_TEST_SECRET");
    check(left == nullptr || *left == '\0', "a passphrase variable is gone from the environment");
    // With no console (the test runs with its input from /dev/null), reading a passphrase
    // says so at once rather than waiting for a line that cannot come.
    long result = -2;
    HANDLE thread = CreateThread(nullptr, 0, readLine, &result, 0, nullptr);
    const bool returned = WaitForSingleObject(thread, 5000) == WAIT_OBJECT_0;
    std::printf("readHiddenLine without a console: %ld\n", result);
    check(returned && result == -1, "no console: no passphrase, and no wait");
    if (!returned)
        TerminateThread(thread, 0);
    CloseHandle(thread);
}

int main()
{
    HINSTANCE instance = GetModuleHandleW(nullptr);
    WNDCLASSW wc{};
    wc.lpfnWndProc = windowProc;
    wc.hInstance = instance;
    wc.lpszClassName = L"FortroligPlatformTest";
    check(RegisterClassW(&wc) != 0, "a window class is registered");
    HWND hwnd =
        CreateWindowExW(0, wc.lpszClassName, L"Fortrolig", WS_OVERLAPPEDWINDOW, CW_USEDEFAULT,
                        CW_USEDEFAULT, 640, 480, nullptr, nullptr, instance, nullptr);
    check(hwnd != nullptr, "a top-level window is created");
    if (!hwnd)
        return 1;
    ShowWindow(hwnd, SW_SHOW);
    UpdateWindow(hwnd);

    // Capture: reported as excluded exactly when the window says so afterwards (Wine, which
    // stubs SetWindowDisplayAffinity, and older Windows refuse: "not available").
    const platform::Capture capture = platform::excludeFromCapture(hwnd);
    DWORD affinity = 0;
    const bool confirmed =
        GetWindowDisplayAffinity(hwnd, &affinity) && affinity == WDA_EXCLUDEFROMCAPTURE;
    std::printf("capture exclusion: %s (the window's affinity confirms it: %s)\n",
                capture == platform::Capture::Excluded ? "excluded" : "not available",
                confirmed ? "yes" : "no");
    check((capture == platform::Capture::Excluded) == confirmed,
          "capture exclusion is reported as the system has it, never more");
    check(platform::excludeFromCapture(nullptr) == platform::Capture::NotAvailable,
          "no window: not available");

    check(platform::watchSession(hwnd), "the window is registered for the session's notices");
    check(!platform::watchSession(nullptr), "no window: nothing registered");
    checkMessages(hwnd);
    platform::stopWatchingSession(hwnd);

    DestroyWindow(hwnd);
    checkProcess();
    std::printf("%d failure(s)\n", g_failures);
    return g_failures == 0 ? 0 : 1;
}
