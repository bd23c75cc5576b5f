#include "app/core/Process.h"

#if defined(_WIN32)
#include <windows.h>
#else
#include <sys/resource.h>
#include <sys/stat.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif
#endif

// Plain C++ with no Qt: tools/windows-test.sh compiles and runs the Windows branch under Wine.

namespace fortrolig {

#if defined(_WIN32)

void hardenProcess()
{
    // No "program stopped working" dialog and no report to Windows Error Reporting with the
    // process's memory in it; no dialog on a missing drive. Files are private to the user
    // through the ACLs of the profile folder (AppData) they are made in: Windows has no umask.
    SetErrorMode(GetErrorMode() | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
}

#else

void hardenProcess()
{
    umask(077); // journal files, keys and exports: readable by the owner only
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
#if defined(__linux__)
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

#endif

} // namespace fortrolig
