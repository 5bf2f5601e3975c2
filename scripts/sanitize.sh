#!/usr/bin/env bash
# The unit and engine tests built with AddressSanitizer and
# UndefinedBehaviorSanitizer (build-sanitize/): any memory error, leak or
# undefined behaviour fails them. Under ASan the engine runs SimGrid's
# actors on threads (contexts/factory:thread), whose stacks ASan follows;
# the plain build keeps its faster stack switching. The plan run's tests
# are left to the plain build: a plan run forks its paused engine, and a
# forked engine of threads has lost its actors' threads.
#   ./scripts/sanitize.sh            unit and sim tests (what the test suite runs)
#   ./scripts/sanitize.sh -L cli     any ctest selection instead
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh" --no-build
BUILD="$ROOT/build-sanitize"
cmake -S "$ROOT" -B "$BUILD" -DCCSIM_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
if [ $# -eq 0 ]; then
  cmake --build "$BUILD" -j "$(nproc)" --target unit_tests sim_tests >&2
  set -- -L "unit|sim" -E "plan run"
else
  cmake --build "$BUILD" -j "$(nproc)" >&2
fi
cd "$BUILD"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --output-on-failure --timeout 300 -j "$(nproc)" "$@"
