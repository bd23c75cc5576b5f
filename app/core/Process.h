#pragma once

namespace fortrolig {

// At start, before any secret is in memory: no core dumps, and (Linux) not dumpable, so
// another process of the same user cannot ptrace or read /proc/PID/mem; files created
// from then on are private to the owner (umask 077).
void hardenProcess();

} // namespace fortrolig
