#!/usr/bin/env bash
# The one command that sets up a fresh Debian 12 machine and starts Fortrolig:
# installs what is missing, builds, and opens the `fortrolig` window (a desktop session or
# an X display is needed; the journal is created at first start).
set -euo pipefail
cd "$(dirname "$0")/.."

bash tools/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default >/dev/null
exec ./build/ui/fortrolig "$@"
