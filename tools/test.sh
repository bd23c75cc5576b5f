#!/usr/bin/env bash
# The one command that sets up a fresh Debian 12 machine and runs every test:
# installs what is missing, checks formatting, builds with warnings as errors, runs ctest.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tools/install-deps.sh

echo "== clang-format check"
git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror

echo "== build"
cmake --preset ci >/dev/null
cmake --build --preset ci

echo "== tests"
cd build
ctest --output-on-failure --parallel 2 --timeout 900
