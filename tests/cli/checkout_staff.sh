#!/usr/bin/env bash
# End-to-end: `ccsim staff` on a checkout gives the cashiers (open lanes) per
# interval meeting the store's targets (lane queue, wait, walk-aways), next
# to the store's own rule, and says so in every output; lane targets are
# refused on a call center with what it has.
# Usage: bash checkout_staff.sh CCSIM_BINARY SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh" "$@"

scenario="$SRC/tests/data/checkout_targets.yaml"
"$CCSIM" run "$scenario" >"$WORK/run.txt" || fail "run"
grep -q "target: fewer than 6 MISSED" "$WORK/run.txt" || fail "no lane-queue verdict in: $(cat "$WORK/run.txt")"
grep -qE "^[0-9]{2}:[0-9]{2} .*< .*MAXQ" "$WORK/run.txt" || fail "no interval marked for the longest lane queue"

"$CCSIM" staff "$scenario" --method all --replications 10 --out "$WORK/o" \
  --write-scenario "$WORK/planned.yaml" >"$WORK/staff.txt" || fail "staff"
grep -q "^method      cashier-h" "$WORK/staff.txt" || fail "no cashier-hours in: $(cat "$WORK/staff.txt")"
grep -q "^store rule " "$WORK/staff.txt" || fail "no row for the store's rule"
grep -q "^time  custs/h" "$WORK/staff.txt" || fail "call-center words on a checkout: $(head -3 "$WORK/staff.txt")"
python3 - "$WORK/o/staffing.json" "$WORK/o/staffing.csv" <<'PY' || fail "staffing.json"
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[2])))
for key in ["mean_lane_queue_mean", "max_lane_queue_mean", "lanes_open_mean"]:
    assert key in rows[0], list(rows[0])
j = json.load(open(sys.argv[1]))
assert j["targets"]["lane_queue"] == {"mean_at_most": 1.5, "max_below": 6}, j["targets"]
plans = {p["method"]: p for p in j["plans"]}
rule, sim = plans["store rule"], plans["simulation"]
assert sim["intervals_missed"] == 0, sim["intervals_missed"]
assert rule["intervals_missed"] > 0, "the rule opens a lane at 6 waiting: it cannot keep every queue below 6"
for i in sim["intervals"]:
    assert i["max_lane_queue"]["mean"] is None or i["max_lane_queue"]["mean"] <= 5, i
    # The plan's cashiers are all at a till: lanes open >= cashiers.
    assert i["lanes_open"]["mean"] >= i["agents"] - 1e-9, i  # (closing lanes finish their queue)
print(f"store rule {rule['agent_hours']} h, {rule['intervals_missed']} intervals missed; "
      f"simulation plan {sim['agent_hours']} h, 0 missed")
PY
# The written plan runs as verified: lanes follow the plan, every cashier at a till.
grep -q "open_lanes: every_cashier" "$WORK/planned.yaml" || fail "the written scenario lost the plan's lanes"
"$CCSIM" run "$WORK/planned.yaml" --quiet || fail "run the written plan"

# Cashiers in shifts, as agents: the plan's lanes covered by the shift rules,
# the shifts verified on the lanes they open.
{ cat "$SRC/tests/data/checkout_targets.yaml"
  echo 'shift_rules: {lengths: [2h, 3h], start_every: 30min, earliest_start: "16:00", latest_end: "21:00"}'
} >"$WORK/cashier_shifts.yaml"
expect_exit 0 "$CCSIM" staff "$WORK/cashier_shifts.yaml" --method erlang-c --shifts --replications 4 \
  --out "$WORK/cs"
grep -qE "^shifts +[0-9.]+ +[0-9.]+ +[0-9]+/20" "$WORK/out" || fail "no verified shift plan for cashiers: $(cat "$WORK/out")"
tr '\n' ' ' < "$WORK/out" | tr -s ' ' | grep -q "shifts: the plan.s cashiers are those on duty" || fail "the shift note should speak of cashiers"
python3 - "$WORK/cs/staffing.json" <<'PY' || fail "cashier shifts in staffing.json"
import json, sys
d = json.load(open(sys.argv[1]))
s = d["shifts"]
assert all(o >= n for o, n in zip(s["on_duty"], s["requirement"])), s
assert d["chosen"] == "shifts" and sum(k["agents"] for k in s["shifts"]) > 0
PY

# A lane target on a call center is refused at its position with what the floor has.
sed 's/^  abandonment: {at_most: 5%}$/  abandonment: {at_most: 5%}\n  lane_queue: {max_below: 6}/' \
  "$SRC/scenarios/overload_demo.yaml" >"$WORK/lanes_on_calls.yaml"
expect_exit 2 "$CCSIM" run "$WORK/lanes_on_calls.yaml"
grep -q "lanes_on_calls.yaml:[0-9]*:[0-9]*: targets.lane_queue is a checkout's target .* a call_center floor has service_level, abandonment, asa and occupancy targets" "$WORK/err" \
  || fail "lane target on a call center: $(cat "$WORK/err")"
echo "checkout staffing: ok"
