#!/usr/bin/env bash
# The journal's tests against SQLCipher 4.6.1 (what Windows and macOS ship), beside the
# system's 3.4.1: builds SQLCipher 4.6.1 from Debian's source package into build-sqlcipher4/
# prefix (tools/sqlcipher4.sh), the core and its unit and integration tests against it, and
# runs them. About half an hour on two cores, so not part of tools/test.sh's every run
# (FORTROLIG_SQLCIPHER4=1 bash tools/test.sh runs it there too); docs/storage.md.
#   bash tools/sqlcipher4-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
build="$PWD/build-sqlcipher4"
prefix="$(bash tools/sqlcipher4.sh "$build/prefix" | tail -n1)"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DFORTROLIG_WERROR=ON \
  -DFORTROLIG_SQLCIPHER_PREFIX="$prefix" >/dev/null
tests=$(grep -h '^fortrolig_test(' tests/unit/CMakeLists.txt tests/integration/CMakeLists.txt |
        sed 's/^fortrolig_test(\([a-z_0-9]*\).*/\1/')
# shellcheck disable=SC2086
cmake --build "$build" --target $tests
regex="^($(echo $tests | tr ' ' '|'))\$"
(cd "$build" && ctest --output-on-failure --parallel 2 --timeout 900 -R "$regex")
