// Linux and other systems without a window-level capture exclusion.
#include "app/platform/Platform.h"

namespace fortrolig::platform {

Capture excludeFromCapture(void*)
{
    return Capture::NotAvailable; // X11 and Wayland give a window no way to refuse capture
}

} // namespace fortrolig::platform
