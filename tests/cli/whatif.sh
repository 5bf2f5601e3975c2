#!/usr/bin/env bash
# End-to-end: ccsim sweep, ccsim compare and --set on the bundled scenarios.
# Usage: bash whatif.sh CCSIM_BINARY SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh" "$@"
source "$(dirname "${BASH_SOURCE[0]}")/lib/screenshot.sh"
check="$SRC/scenarios/erlang_a_check.yaml"
bank="$SRC/scenarios/bank_hotline_day.yaml"

# Sweep: one row per value, monotone service level, the files written.
{ cat "$check"; echo "cost: {per_agent_hour: 30}"; } > "$WORK/check_with_cost.yaml"
expect_exit 0 "$CCSIM" sweep "$WORK/check_with_cost.yaml" --vary staff.agents.count=35..39 --replications 4 \
  --out "$WORK/sweep"
grep -q "cost = scheduled agent-hours × 30" "$WORK/out" || fail "sweep table: no cost note"
grep -q "sweep of staff.agents.count" "$WORK/out" || fail "sweep table: $(head -3 "$WORK/out")"
python3 - "$WORK/sweep" <<'PY' || fail "sweep outputs"
import csv, sys
from html_page import parse_page
d = sys.argv[1]
rows = list(csv.DictReader(open(d + "/sweep.csv")))
assert [r["value"] for r in rows] == ["35", "36", "37", "38", "39"], [r["value"] for r in rows]
sl = [float(r["service_level_mean"]) for r in rows]
assert all(b > a for a, b in zip(sl, sl[1:])), sl  # more agents, better service (same callers)
# Cost = scheduled agent-hours x 30, over the whole clock as `ccsim staff` counts them: the Erlang A
# check's 25 one-hour intervals (its warm-up hour included), whoever is absent.
for r in rows:
    assert abs(float(r["agent_hours"]) - 25 * int(r["value"])) < 1e-6, r["agent_hours"]
    assert abs(float(r["cost"]) - 30 * float(r["agent_hours"])) < 1e-6, r["cost"]
p = parse_page(d + "/sweep.html")
sl_points = {a["data-x"]: float(a["data-value"]) for chart in p.points.values() for a in chart
             if a.get("data-series", "").startswith("Service level")}
assert {"sweep-service-level", "sweep-abandonment", "sweep-asa", "sweep-occupancy", "sweep-cost"} <= set(p.charts), p.charts
for r in rows:
    assert abs(sl_points[r["value"]] - 100 * float(r["service_level_mean"])) < 1e-9, (r["value"], sl_points)
PY

# Compare with --set: B - A with paired CIs; the same callers, so offered differs by exactly 0.
expect_exit 0 "$CCSIM" compare "$check" --set staff.agents.count=37 --replications 6 --out "$WORK/cmp"
grep -q "B: .*with --set staff.agents.count=37" "$WORK/out" || fail "compare header: $(head -3 "$WORK/out")"
grep -Eq "^  offered .* \+0\.0 \[\+0\.0, \+0\.0\]" "$WORK/out" || fail "offered should not differ: $(grep offered "$WORK/out")"
grep -Eq "^  service level .*-[0-9.]+ pp \[-[0-9.]+, -[0-9.]+\] \* +-[0-9]+% " "$WORK/out" \
  || fail "one agent fewer should lower SL significantly, in percentage points and relative: $(grep 'service level' "$WORK/out")"
[ "$(wc -l < "$WORK/cmp/comparison.csv")" -eq 26 ] || fail "comparison.csv: $(wc -l < "$WORK/cmp/comparison.csv") lines, expected 26"
# comparison.html: the day's figures as in comparison.csv, and per KPI both runs and the paired difference.
python3 - "$WORK/cmp" <<'PY' || fail "comparison.html"
import csv, sys
from html_page import parse_page
d = sys.argv[1]
rows = {r["interval"]: r for r in csv.DictReader(open(d + "/comparison.csv"))}
p = parse_page(d + "/comparison.html")
for kpi in ("service-level", "abandonment", "asa", "occupancy"):
    assert {"both-" + kpi, "diff-" + kpi} <= set(p.charts), p.charts
diff = [a for a in p.points["diff-service-level"]]
intervals = [k for k in rows if k != "day"]
assert len(diff) == len(intervals), (len(diff), len(intervals))
for a, k in zip(diff, intervals):
    r = rows[k]
    assert abs(float(a["data-value"]) - 100 * float(r["service_level_diff"])) < 1e-9, (k, a)
    ci = 100 * float(r["service_level_diff_ci95"])
    assert abs(float(a["data-hi"]) - float(a["data-lo"]) - 2 * ci) < 1e-9, (k, a)
both = p.points["both-abandonment"]
assert len(both) == 2 * len(intervals), len(both)
assert [l["data-value"] for l in p.levels["diff-asa"]] == ["0"], p.levels["diff-asa"]
assert "service_level" in p.kpi_rows and "differs" in p.text, p.kpi_rows
assert "-3." in p.text or "-4." in p.text  # one agent fewer: about -3.7 pp of service level
assert "Reproduce with <code>ccsim compare " in p.text and "--set staff.agents.count=37" in p.text
PY
screenshot_not_blank "$WORK/cmp/comparison.html" "$WORK/cmp.png" 2600 || fail "comparison.html does not render"

# Compare two files: the bank day against a copy in which three advisers of
# the first early shift call in sick.
sed 's/^name: .*/name: Bank hotline, three advisers off sick/' "$bank" | python3 -c '
import re, sys
text = sys.stdin.read()
early = re.search(r"start: \"08:00\", end: \"16:30\", count: (\d+)", text)
assert early, "no early shift in the bank day"
n = int(early.group(1))
print(text[:early.start(1)] + str(n - 3) + text[early.end(1):], end="")' > "$WORK/sick.yaml"
grep -q 'count: 21' "$WORK/sick.yaml" || fail "sick copy not made"
expect_exit 0 "$CCSIM" compare "$bank" "$WORK/sick.yaml" --replications 4 --intervals none
grep -q "B: Bank hotline, three advisers off sick" "$WORK/out" || fail "compare files: $(head -3 "$WORK/out")"

# --set on run.
expect_exit 0 "$CCSIM" run "$check" --set staff.agents.count=40 --set seed=3 --replications 2 --quiet --out "$WORK/set"
python3 -c "import json,sys; s=json.load(open('$WORK/set/summary.json')); assert s['scenario']['seed'] == 3, s['scenario']"

# User errors.
expect_exit 2 "$CCSIM" sweep "$check"
grep -q "missing --vary" "$WORK/err" || fail "$(cat "$WORK/err")"
expect_exit 2 "$CCSIM" sweep "$check" --vary staff.agents.count=9..3
grep -q "HI must not be below LO" "$WORK/err" || fail "$(cat "$WORK/err")"
expect_exit 2 "$CCSIM" sweep "$check" --vary staff.agents.count=1..1000
grep -q "1000 values; at most 200" "$WORK/err" || fail "$(cat "$WORK/err")"
expect_exit 2 "$CCSIM" sweep "$check" --vary staff.agents.count=3.5..4 --replications 2
grep -q 'got "3.5"' "$WORK/err" || fail "$(cat "$WORK/err")"
expect_exit 2 "$CCSIM" compare "$check"
grep -q "nothing to compare" "$WORK/err" || fail "$(cat "$WORK/err")"
expect_exit 2 "$CCSIM" compare "$check" "$bank"
grep -q "must cover the same day" "$WORK/err" || fail "$(cat "$WORK/err")"
expect_exit 2 "$CCSIM" run "$check" --set stafff.agents.count=3
grep -q 'did you mean "staff"' "$WORK/err" || fail "$(cat "$WORK/err")"
for cmd in sweep compare; do
  expect_exit 0 "$CCSIM" "$cmd" --help
  grep -q "ccsim $cmd" "$WORK/out" || fail "$cmd --help"
done
# Values keep the unit they were given in: "5%" is five percent, not 5 (500%).
expect_exit 0 "$CCSIM" sweep "$SRC/scenarios/bank_hotline_day.yaml" --vary staff.advisers.absenteeism=5%..10%:5% \
  --replications 2 --out "$WORK/absent"
grep -Eq "^ +5% " "$WORK/out" && grep -Eq "^ +10% " "$WORK/out" || fail "sweep values without their unit: $(sed -n 3,5p "$WORK/out")"
grep -q 'data-x="10%"' "$WORK/absent/sweep.html" || fail "sweep.html points without the unit"
# The cost is what is scheduled: absent agents are paid, so the agent-hours do not move with absenteeism.
python3 - "$WORK/absent/sweep.csv" <<'PY' || fail "sweep agent-hours move with absenteeism"
import csv, sys
hours = [r["agent_hours"] for r in csv.DictReader(open(sys.argv[1]))]
assert len(hours) == 2 and hours[0] == hours[1], hours
PY
# The seed and the replications are the sweep's own: varying them is refused.
expect_exit 2 "$CCSIM" sweep "$check" --vary seed=7..8
grep -q "a sweep runs every value with the same seed" "$WORK/err" || fail "--vary seed: $(cat "$WORK/err")"
echo "cli whatif: ok"
