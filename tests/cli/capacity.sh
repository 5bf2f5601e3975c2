#!/usr/bin/env bash
# End-to-end: a scenario with skills, an overflow route, priorities, shifts
# with breaks, absenteeism and fatigue checks, runs, and gives the same
# summary for the same seed whatever the number of workers.
# Usage: bash capacity.sh CCSIM_BINARY SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh" "$@"
SCENARIO="$SRC/tests/data/capacity_day.yaml"

"$CCSIM" check "$SCENARIO" | grep -q ": ok" || fail "check"
"$CCSIM" run "$SCENARIO" --jobs 1 --quiet --out "$WORK/a" || fail "run with 1 worker"
"$CCSIM" run "$SCENARIO" --jobs 2 --quiet --out "$WORK/b" || fail "run with 2 workers"
cmp -s "$WORK/a/summary.json" "$WORK/b/summary.json" || fail "summary.json depends on the number of workers"
python3 - "$WORK/a/summary.json" "$WORK/a/intervals.csv" <<'PY' || fail "summary figures"
import csv, json, sys
summary = json.load(open(sys.argv[1]))
assert [d["name"] for d in summary["scenario"]["demand"]] == ["retail", "business"], "class names"
rows = list(csv.DictReader(open(sys.argv[2])))
agents = [float(r["agents_mean"]) for r in rows]
# Nominal agents per half hour: retail shifts (10 until 12:00, 12 from 10:00) + 6 business.
nominal = [16, 16, 16, 16, 28, 28, 28, 28, 18, 18, 18, 18]
assert all(a <= n + 1e-9 for a, n in zip(agents, nominal)), f"more agents than scheduled: {agents}"
# Agents on break are not staffed: 10 take 15 min from 10:00, 12 take 30 min from 12:00.
assert agents[4] <= 28 - 3, f"10:00-10:30 should show the breaks: {agents[4]}"
assert agents[8] <= 6 + 12 / 2, f"12:00-12:30 should show the lunch breaks: {agents[8]}"
# Each group's time is kept apart: the groups' agents present sum to the
# floor's, interval by interval; their answers to the calls answered; the
# business desk (6 agents, no shifts) is present
# all the time, and it takes overflow retail calls besides its own.
groups = summary["groups"]
assert [g["name"] for g in groups] == ["retail", "business"], groups
for i, row in enumerate(rows):
    present = sum(g["intervals"][i]["present"]["mean"] for g in groups)
    assert abs(present - float(row["agents_mean"])) < 1e-6, (i, present, row["agents_mean"])
answered = sum(g["overall"]["answered"]["mean"] for g in groups)
assert abs(answered - summary["overall"]["answered"]["mean"]) < 1e-6, answered
business = groups[1]["overall"]
assert abs(business["present"]["mean"] - 6) < 1e-9, business
business_calls = [d for d in summary["classes"] if d["name"] == "business"][0]["overall"]["answered"]["mean"]
assert business["answered"]["mean"] > business_calls, (business, business_calls)
assert all(0 < g["overall"]["occupancy"]["mean"] <= 1 for g in groups)
PY
grep -q "By agent group" <("$CCSIM" run "$SCENARIO" --replications 2) || fail "no per-group table on the console"
echo "capacity: ok"
