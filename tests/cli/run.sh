#!/usr/bin/env bash
# End-to-end: `ccsim check` and `ccsim run` on every bundled scenario, the
# output files, determinism, and the CLI's error paths.
# Usage: bash run.sh CCSIM_BINARY SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh" "$@"

for scenario in "$SRC"/scenarios/*.yaml; do
  name="$(basename "$scenario" .yaml)"
  expect_exit 0 "$CCSIM" check "$scenario"
  grep -q ": ok" "$WORK/out" || fail "check $name printed: $(cat "$WORK/out")"

  # A short run (3 replications) prints the table and the day summary, and writes both files.
  expect_exit 0 "$CCSIM" run "$scenario" --replications 3 --out "$WORK/$name"
  grep -q "service level" "$WORK/out" || fail "run $name: no day summary in: $(head -5 "$WORK/out")"
  [ -s "$WORK/$name/summary.json" ] || fail "run $name: no summary.json"
  [ -s "$WORK/$name/intervals.csv" ] || fail "run $name: no intervals.csv"
  python3 - "$WORK/$name/summary.json" "$WORK/$name/intervals.csv" "$scenario" <<'PY' || fail "run $name: output files"
import csv, json, math, sys
summary, intervals, scenario = sys.argv[1:4]
s = json.load(open(summary))
keys = ["offered", "answered", "abandoned", "blocked", "p_wait", "service_level", "abandon_rate",
        "asa_s", "mean_wait_s", "mean_queue", "occupancy"]
assert s["replications"] == 3, s["replications"]
for k in keys:
    assert k in s["definitions"], f"no definition of {k}"
    v = s["overall"][k]
    assert set(v) >= {"mean", "ci95"}, (k, v)
for row in s["intervals"]:
    for k in keys:
        assert k in row, (k, row.keys())
o = s["overall"]
# Conservation: every offered call is answered, abandoned or blocked.
total = o["answered"]["mean"] + o["abandoned"]["mean"] + o["blocked"]["mean"]
assert abs(total - o["offered"]["mean"]) < 1e-6 * max(1, o["offered"]["mean"]), (total, o["offered"])
assert 0 <= o["service_level"]["mean"] <= 1 and 0 <= o["occupancy"]["mean"] <= 1
rows = list(csv.DictReader(open(intervals)))
assert len(rows) == len(s["intervals"]), (len(rows), len(s["intervals"]))
assert "service_level_mean" in rows[0] and "service_level_ci95" in rows[0], list(rows[0])
PY

  # Same seed, same bytes; the number of worker processes does not matter.
  expect_exit 0 "$CCSIM" run "$scenario" --replications 3 --jobs 1 --quiet --out "$WORK/$name-again"
  cmp -s "$WORK/$name/summary.json" "$WORK/$name-again/summary.json" || fail "run $name: summary.json differs between runs"
  cmp -s "$WORK/$name/intervals.csv" "$WORK/$name-again/intervals.csv" || fail "run $name: intervals.csv differs between runs"
  [ ! -s "$WORK/out" ] || fail "--quiet printed: $(head -3 "$WORK/out")"
  # Another seed, other results.
  expect_exit 0 "$CCSIM" run "$scenario" --replications 3 --seed 999 --quiet --out "$WORK/$name-seed"
  ! cmp -s "$WORK/$name/summary.json" "$WORK/$name-seed/summary.json" || fail "run $name: --seed changed nothing"
done

# Help everywhere, exit 0.
for cmd in run check erlang; do
  expect_exit 0 "$CCSIM" "$cmd" --help
  grep -q "ccsim $cmd" "$WORK/out" || fail "$cmd --help: $(head -2 "$WORK/out")"
done
expect_exit 0 "$CCSIM" --help
expect_exit 0 "$CCSIM" --version

# Targets hold per interval: a day that meets one says how many intervals miss it (the
# bank day's lunch rush), and the count matches the intervals marked "<" in the table.
default="$SRC/scenarios/bank_hotline_day.yaml"
expect_exit 0 "$CCSIM" run "$default" --replications 4 --intervals all
marked=$(grep -Ec "^[0-9]{2}:[0-9]{2} .* < .*SL" "$WORK/out")
[ "$marked" -gt 0 ] || fail "no interval of the bank day misses its SL target: $(head -20 "$WORK/out")"
grep -q "target >= 80% missed in $marked of 48 intervals (the day's figure meets it)" "$WORK/out" \
  || fail "day verdict without the intervals missed ($marked marked): $(grep 'service level' "$WORK/out")"

# User errors: exit 2 with a message; nothing written.
expect_exit 2 "$CCSIM"
expect_exit 2 "$CCSIM" frobnicate
grep -q "unknown command 'frobnicate'" "$WORK/err" || fail "unknown command: $(cat "$WORK/err")"
expect_exit 2 "$CCSIM" run
grep -q "missing the SCENARIO file" "$WORK/err" || fail "run without scenario: $(cat "$WORK/err")"
expect_exit 2 "$CCSIM" run "$default" --replications 0
grep -q -- "--replications must be between 1 and 100000, got 0" "$WORK/err" || fail "replications 0: $(cat "$WORK/err")"
expect_exit 2 "$CCSIM" run "$default" --replications many
expect_exit 2 "$CCSIM" run "$default" --frobnicate
expect_exit 2 "$CCSIM" run "$WORK/no-such-file.yaml"
grep -q "no-such-file.yaml: cannot read the scenario file" "$WORK/err" || fail "missing file: $(cat "$WORK/err")"
expect_exit 2 "$CCSIM" check "$WORK/no-such-file.yaml"

# An output folder that cannot be created: exit 2, no partial output.
touch "$WORK/a-file"
expect_exit 2 "$CCSIM" run "$default" --replications 2 --quiet --out "$WORK/a-file/out"
grep -q "cannot create the output folder" "$WORK/err" || fail "bad --out: $(cat "$WORK/err")"

# A rerun into an existing folder replaces the files whole, leaving no temporaries.
expect_exit 0 "$CCSIM" run "$SRC/scenarios/erlang_a_check.yaml" --replications 2 --quiet --out "$WORK/erlang_a_check"
[ "$(ls -A "$WORK/erlang_a_check" | sort | tr '\n' ' ')" = "intervals.csv report.html summary.json " ] \
  || fail "output folder holds: $(ls -A "$WORK/erlang_a_check")"
# --seed is a whole number 0 .. 2^64 - 1: a sign or an overflow is refused, not wrapped around.
for bad in -1 12x 18446744073709551616; do
  expect_exit 2 "$CCSIM" run "$SRC/scenarios/overload_demo.yaml" --seed "$bad" --replications 1
  grep -q -- "--seed takes a whole number from 0 to 18446744073709551615, got \"$bad\"" "$WORK/err" \
    || fail "--seed $bad: $(cat "$WORK/err")"
done
# One replication is one replication.
expect_exit 0 "$CCSIM" run "$SRC/scenarios/overload_demo.yaml" --replications 1 --intervals none
grep -q "— 1 replication, seed" "$WORK/out" || fail "header of a one-replication run: $(head -1 "$WORK/out")"
echo "cli run: ok"
