#!/usr/bin/env bash
# The one command that sets up a fresh Debian 12 machine and starts Fortrolig:
# installs what is missing, builds, and runs `fortrolig` with the arguments given.
# Until the desktop window lands, `fortrolig` takes the same commands as fortrolig-cli;
# with no arguments it shows them.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tools/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default >/dev/null
exec ./build/ui/fortrolig "${@:---help}"
