#!/usr/bin/env bash
# The Windows implementation of app/platform, proven as far as this Linux machine can: compiled
# with Debian's mingw-w64 cross compiler (warnings as errors) and run under Wine on Xvfb
# (tests/platform/windows_platform_test.cpp). Real capture exclusion needs a Windows machine:
# Wine refuses it, and the test checks that a refusal is reported as "not available".
#   bash tools/windows-test.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-build}/windows-platform"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
# Debian's wine64 package puts its loader in /usr/lib/wine (the `wine` wrapper is another
# package).
export PATH="$PATH:/usr/lib/wine"
for tool in x86_64-w64-mingw32-g++-posix wine64 wineserver xvfb-run; do
  command -v "$tool" >/dev/null || { echo "windows-test: $tool is missing (tools/install-deps.sh installs it)"; exit 1; }
done

x86_64-w64-mingw32-g++-posix -std=c++17 -O2 -Wall -Wextra -Wpedantic -Werror -I. \
  -DUNICODE -D_UNICODE -D_WIN32_WINNT=0x0A00 -DWINVER=0x0A00 \
  app/platform/PlatformWindows.cpp app/core/Process.cpp app/terminal/HiddenLine.cpp \
  tests/platform/windows_platform_test.cpp \
  -static -static-libgcc -static-libstdc++ -lwtsapi32 -luser32 \
  -o "$out/windows_platform_test.exe"
echo "windows-test: built $out/windows_platform_test.exe"

# A Wine prefix of its own, made afresh: nothing from a desktop user's Wine is used.
export WINEPREFIX="$out/wineprefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
rm -rf "$WINEPREFIX"
xvfb-run -a bash -c 'wine64 wineboot --init >/dev/null 2>&1; wine64 "$0"; status=$?; wineserver -k 2>/dev/null || true; exit $status' \
  "$out/windows_platform_test.exe" </dev/null
