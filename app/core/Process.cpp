#include "app/core/Process.h"

#include <sys/resource.h>
#include <sys/stat.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif

namespace fortrolig {

void hardenProcess()
{
    umask(077); // journal files, keys and exports: readable by the owner only
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
#if defined(__linux__)
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

} // namespace fortrolig
