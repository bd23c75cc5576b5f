// macOS: NOT compiled or tested here (no macOS machine or cross compiler); docs/platforms.md
// lists what a first macOS build must check. Screen lock and sleep come from NSWorkspace's
// and the distributed notification centre's notices, which the window's SessionWatcher would
// observe; this file only keeps the window out of captures (PlatformNoSessionHooks.cpp does
// the rest).
#include "app/platform/Platform.h"

#import <AppKit/AppKit.h>

namespace fortrolig::platform {

Capture excludeFromCapture(void* window)
{
    NSView* view = (__bridge NSView*)window;
    NSWindow* w = view ? view.window : nil;
    if (!w)
        return Capture::NotAvailable;
    w.sharingType = NSWindowSharingNone;
    return w.sharingType == NSWindowSharingNone ? Capture::Excluded : Capture::NotAvailable;
}

} // namespace fortrolig::platform
