#!/usr/bin/env bash
# The one command that sets up a fresh Debian 12 machine and runs every test:
# installs what is missing, checks formatting, builds with warnings as errors, runs ctest
# (PostgreSQL 15 is started by the tests themselves), then fuzzes briefly.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tools/install-deps.sh

echo "== clang-format check"
git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror

echo "== build"
cmake --preset ci >/dev/null
cmake --build --preset ci

echo "== tests"
(cd build && ctest --output-on-failure --parallel 2 --timeout 900)

echo "== fuzzing (a short run of each libFuzzer target from the seed corpus)"
bash tools/fuzz.sh 30

# The core's tests against SQLCipher 4.6.1 as well (Windows' and macOS' version) take about
# twenty minutes more on two cores: asked for, not on every run.
if [ "${FORTROLIG_SQLCIPHER4:-0}" = 1 ]; then
  echo "== the core's tests against SQLCipher 4.6.1"
  bash tools/sqlcipher4-test.sh
else
  echo "== not run: the core's tests against SQLCipher 4.6.1 (about 20 minutes more;" \
       "FORTROLIG_SQLCIPHER4=1 bash tools/test.sh, or bash tools/sqlcipher4-test.sh)"
fi
