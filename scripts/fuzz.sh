#!/usr/bin/env bash
# Fuzzes the readers of user input with libFuzzer (clang), under ASan and
# UBSan: the scenario loader, --set overrides and the forecast CSV reader.
#   ./scripts/fuzz.sh                 every target for 20 s (what the test suite runs)
#   ./scripts/fuzz.sh --seconds 600   longer, e.g. before a release
#   ./scripts/fuzz.sh --runs 1000000  a number of executions per target instead
# A finding (a crash, an uncaught exception, a leak, a hang over 1 s, more
# than 2 GB) fails the run; libFuzzer writes the input as crash-*/timeout-*
# in build-fuzz/findings/ (turn it into a regression test). Prints the
# executions per target.
set -euo pipefail
CCSIM_TEST_PACKAGES=(clang-14 libclang-rt-14-dev)
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh" --no-build
limit=(-max_total_time=20)
case "${1:-}" in
  --seconds) limit=(-max_total_time="$2") ;;
  --runs) limit=(-runs="$2") ;;
  "") ;;
  *) echo "usage: $0 [--seconds N | --runs N]" >&2; exit 2 ;;
esac
BUILD="$ROOT/build-fuzz"
cmake -S "$ROOT" -B "$BUILD" -DCCSIM_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD" -j "$(nproc)" >&2
mkdir -p "$BUILD/findings"
# Seeds: the corpus kept in tests/fuzz/corpus/, and the project's own inputs.
declare -A seeds=([scenario]="scenarios tests/data/bad tests/golden/scenarios" [override]="" [forecast]="tests/data/bad_forecast")
failed=0
cd "$ROOT"
for target in scenario override forecast; do
  work="$(mktemp -d)"
  # shellcheck disable=SC2086
  if "$BUILD/tests/fuzz/fuzz_$target" "$work" "tests/fuzz/corpus/$target" ${seeds[$target]} "${limit[@]}" \
    -timeout=1 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$BUILD/findings/$target-" \
    >"$work.log" 2>&1; then
    echo "fuzz $target: $(grep -o 'number_of_executed_units: [0-9]*' "$work.log" | awk '{print $2}') executions, no finding"
  else
    failed=1
    echo "fuzz $target: FINDING" >&2
    grep -E "ERROR|Timeout|SUMMARY|artifact" "$work.log" | head -10 >&2
  fi
  rm -rf "$work" "$work.log"
done
exit "$failed"
