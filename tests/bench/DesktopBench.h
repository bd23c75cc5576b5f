#pragma once

namespace fortrolig {

// Desktop figures: cold start of `fortrolig` to its unlock screen, and unlock to the caseload
// visible with `citizens` citizens (the Argon2id part timed apart, in the same run). Needs a
// QApplication.
void runDesktopBench(int citizens, const char* fortroligBinary);

} // namespace fortrolig
