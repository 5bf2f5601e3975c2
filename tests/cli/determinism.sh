#!/usr/bin/env bash
# Same seed, same bytes, for any number of workers: run, sweep, compare and
# staff give identical console output and files with --jobs 1, 2 and 7.
# Usage: bash determinism.sh CCSIM_BINARY SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh" "$@"
bank="$SRC/scenarios/bank_hotline_day.yaml"
check="$SRC/scenarios/erlang_a_check.yaml"
desk="$SRC/scenarios/overload_demo.yaml"
shop="$SRC/scenarios/supermarket_evening.yaml"
for jobs in 1 2 7; do
  d="$WORK/jobs-$jobs"
  mkdir -p "$d"
  "$CCSIM" run "$bank" --replications 6 --jobs "$jobs" --out "$d/run" >"$d/run.txt"
  "$CCSIM" run "$shop" --replications 6 --jobs "$jobs" --out "$d/shop" >"$d/shop.txt"
  "$CCSIM" sweep "$check" --vary staff.agents.count=37..38 --replications 4 --jobs "$jobs" --out "$d/sweep" >"$d/sweep.txt"
  "$CCSIM" compare "$bank" --set staff.advisers.absenteeism=5% --replications 4 --jobs "$jobs" --out "$d/compare" \
    >"$d/compare.txt"
  "$CCSIM" staff "$desk" --replications 10 --jobs "$jobs" --out "$d/staff" --write-scenario "$d/plan.yaml" \
    >"$d/staff.txt"
done
for jobs in 2 7; do
  diff -r "$WORK/jobs-1" "$WORK/jobs-$jobs" >"$WORK/diff" 2>&1 \
    || { head -20 "$WORK/diff" >&2; fail "--jobs $jobs gives other bytes than --jobs 1"; }
done
echo "cli determinism: ok (run, sweep, compare, staff: --jobs 1, 2, 7 identical)"
