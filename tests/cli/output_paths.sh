#!/usr/bin/env bash
# Output paths are checked before any simulation: an unwritable --out or
# --write-scenario is refused at once (exit 2, the path and the reason);
# --write-scenario never overwrites the input, creates its folder, and
# rewrites a relative forecast path (mapped or not) for the written file's folder.
# Usage: bash output_paths.sh CCSIM_BINARY SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh" "$@"
cd "$WORK"
cp "$SRC/tests/data/forecast/morning.csv" "$SRC/tests/data/forecast/morning.yaml" .
printf 'targets:\n  service_level: {answered_within: 20s, at_least: 80%%}\n' >>morning.yaml
touch not_a_folder

# Refused before the work: a folder that cannot be made or written, for every command that writes one
# (with 100,000 replications the work would take minutes: the refusal comes within the timeout).
for cmd in "run morning.yaml" "sweep morning.yaml --vary staff.0.count=5..6" \
  "compare morning.yaml --set demand.0.patience.exponential.mean=2min" "staff morning.yaml --method simulation"; do
  # shellcheck disable=SC2086
  expect_exit 2 timeout 10 "$CCSIM" $cmd --replications 100000 --quiet --out not_a_folder/out
  grep -q "not_a_folder/out: cannot create the output folder (Not a directory)" "$WORK/err" \
    || fail "$cmd --out not_a_folder/out: $(cat "$WORK/err")"
done
if [ "$(id -u)" -ne 0 ]; then  # root may write anywhere: a read-only folder refuses only others
  mkdir read_only && chmod 555 read_only
  expect_exit 2 "$CCSIM" run morning.yaml --quiet --out read_only
  grep -q "read_only: cannot write the output files into this folder" "$WORK/err" || fail "read-only --out: $(cat "$WORK/err")"
fi
expect_exit 2 timeout 10 "$CCSIM" staff morning.yaml --method simulation --replications 100000 --quiet \
  --write-scenario not_a_folder/plan.yaml
grep -q "not_a_folder/plan.yaml: cannot create its folder (Not a directory)" "$WORK/err" \
  || fail "--write-scenario into a file: $(cat "$WORK/err")"

# Never over the input, however it is named.
for same in morning.yaml ./morning.yaml "$WORK/morning.yaml" sub/../morning.yaml; do
  mkdir -p sub
  expect_exit 2 "$CCSIM" staff morning.yaml --method erlang-c --quiet --write-scenario "$same"
  grep -q "this is the input scenario; write the plan to another file" "$WORK/err" \
    || fail "--write-scenario $same: $(cat "$WORK/err")"
done
cmp -s morning.yaml "$SRC/tests/data/forecast/morning.yaml" && fail "the input was rewritten"

# Into another folder (created): the forecast path leads to the same CSV from there, and the plan checks.
expect_exit 0 "$CCSIM" staff morning.yaml --method erlang-c --quiet --write-scenario plans/monday/plan.yaml
grep -q "forecast: ../../morning.csv" plans/monday/plan.yaml || fail "forecast path: $(grep forecast plans/monday/plan.yaml)"
expect_exit 0 "$CCSIM" check plans/monday/plan.yaml
expect_exit 0 "$CCSIM" staff morning.yaml --method erlang-c --quiet --write-scenario plan.yaml
grep -q "forecast: morning.csv" plan.yaml || fail "forecast path beside the input: $(grep forecast plan.yaml)"
expect_exit 0 "$CCSIM" check plan.yaml
# A mapped forecast keeps its column map, and its file is named from the new folder.
cp "$SRC/tests/data/forecast/mapped.csv" "$SRC/tests/data/forecast/mapped.yaml" .
printf 'targets:\n  service_level: {answered_within: 20s, at_least: 80%%}\n' >>mapped.yaml
expect_exit 0 "$CCSIM" staff mapped.yaml --method erlang-c --quiet --write-scenario plans/mapped.yaml
grep -q "file: ../mapped.csv" plans/mapped.yaml || fail "mapped forecast path: $(grep -A3 forecast plans/mapped.yaml)"
grep -q "calls: Offered" plans/mapped.yaml || fail "column map lost: $(grep -A3 forecast plans/mapped.yaml)"
expect_exit 0 "$CCSIM" check plans/mapped.yaml
echo "cli output_paths: ok"
