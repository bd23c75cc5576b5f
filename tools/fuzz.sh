#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (tests/fuzz) and runs each for a while from the
# seed corpus in the repository. New inputs the fuzzer finds go to a temporary folder, not
# into the repository. A crash, a leak or undefined behaviour fails the run and leaves the
# input in build-fuzz/. Usage: bash tools/fuzz.sh [SECONDS per target, default 30]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
cmake -S tests/fuzz -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
cmake --build build-fuzz
for target in protocol http_request; do
  scratch=$(mktemp -d)
  echo "== fuzz_$target for ${seconds}s"
  (cd build-fuzz && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    ./fuzz_$target -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 \
      "$scratch" ../tests/fuzz/corpus/$target 2>&1 | tail -n 12)
  rm -rf "$scratch"
done
