#!/usr/bin/env bash
# End-to-end: `ccsim staff` on a restaurant gives waiters and cooks per
# interval (Erlang C for the kitchen, then the simulation search), says where
# the tables rather than the staff are the limit, and writes a plan that
# `ccsim run` reproduces figure for figure, covers both with shifts; what it
# cannot plan is refused.
# Usage: bash restaurant_staff.sh CCSIM_BINARY SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh" "$@"

scenario="$SRC/tests/data/restaurant_staff.yaml"
"$CCSIM" staff "$scenario" --out "$WORK/o" --write-scenario "$WORK/planned.yaml" >"$WORK/staff.txt" || fail "staff"
grep -q "^time  parties/h" "$WORK/staff.txt" || fail "call-center words on a restaurant: $(head -5 "$WORK/staff.txt")"
grep -q "^method       waiter-h   cook-h   paid-h" "$WORK/staff.txt" || fail "no waiter- and cook-hours"
grep -q "the tables are the limit at" "$WORK/staff.txt" || fail "no word on the tables being the limit"
grep -q "cooks searched against the food wait" "$WORK/staff.txt" || fail "no note on the search"
grep -q "^    cooks: \[" "$WORK/planned.yaml" || fail "the written scenario lost the plan's cooks"
# The written plan, run with the verification's seed and replications, gives the verified figures.
seed=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["verification_seed"])' "$WORK/o/staffing.json")
"$CCSIM" run "$WORK/planned.yaml" --seed "$seed" --out "$WORK/r" --quiet || fail "run the written plan"
python3 - "$WORK/o/staffing.json" "$WORK/o/staffing.csv" "$WORK/r/intervals.csv" "$WORK/o/report.html" <<'PY' \
  || fail "staffing outputs"
import csv, json, sys
j = json.load(open(sys.argv[1]))
assert j["targets"]["food_wait"] == {"at_most_s": 900}, j["targets"]
plans = {p["method"]: p for p in j["plans"]}
sim, formula = plans["simulation"], plans["erlang-c"]
assert sim["paid_hours"] == sim["agent_hours"] + sim["cook_hours"], sim
rows = list(csv.DictReader(open(sys.argv[2])))
for key in ["cooks", "food_wait_s_mean", "food_wait_s_ci95"]:
    assert key in rows[0], list(rows[0])
run = list(csv.DictReader(open(sys.argv[3])))
for planned, ran in zip(sim["intervals"], run):
    assert planned["agents"] == float(ran["waiters_mean"]), (planned, ran["waiters_mean"])
    assert planned["service_level"]["mean"] == float(ran["service_level_mean"]), (planned, ran)
    assert planned["food_wait_s"]["mean"] == float(ran["seated_to_food_s_mean"]), (planned, ran)
    # The food wait is the kitchen's to meet wherever the tables are the limit or not.
    assert planned["food_wait_s"]["mean"] <= 900, planned
    assert 1 <= planned["agents"] <= 4, planned  # a waiter serves 3 of the 10 tables: 4 serve them all
# report.html charts each method's cooks against the kitchen's load.
from html_page import parse_page
page = parse_page(sys.argv[4])
pts = page.points["chart-cooks"]
for method, plan in plans.items():
    charted = [float(p["data-value"]) for p in pts if p["data-series"] == method]
    assert charted == [float(i["cooks"]) for i in plan["intervals"]], (method, charted)
load = [float(p["data-value"]) for p in pts if p["data-series"] == "kitchen load (erlangs)"]
assert len(load) == len(sim["intervals"]) and max(load) > 0, load
print(f"erlang-c {formula['paid_hours']:.1f} h, simulation {sim['paid_hours']:.1f} h "
      f"({sim['agent_hours']:.1f} waiter-h + {sim['cook_hours']:.1f} cook-h)")
PY

# Shifts: one program covers the waiters, another the cooks; the written
# scenario carries what the shifts put on duty.
"$CCSIM" staff "$scenario" --shifts --out "$WORK/s" --write-scenario "$WORK/shifts.yaml" >"$WORK/shifts.txt" \
  || fail "staff --shifts"
grep -qE "^start +1h +1.5h +2h +staff  \(waiters\)$" "$WORK/shifts.txt" || fail "no waiters' shifts: $(cat "$WORK/shifts.txt")"
grep -qE "^start +1h +1.5h +2h +staff  \(cooks\)$" "$WORK/shifts.txt" || fail "no cooks' shifts"
python3 - "$WORK/s/staffing.json" "$WORK/shifts.yaml" <<'PY' || fail "shift outputs"
import json, re, sys
sh = json.load(open(sys.argv[1]))["shifts"]
for need, have in [("requirement", "on_duty"), ("requirement_cooks", "cooks_on_duty")]:
    assert len(sh[need]) == 8 and all(h >= n for n, h in zip(sh[need], sh[have])), (need, sh)
groups = {x["group"] for x in sh["shifts"]}
assert groups == {"waiters", "cooks"}, groups
paid = sum(x["agents"] * x["paid_hours_each"] for x in sh["shifts"])
assert abs(paid - sh["paid_hours"]) < 1e-9, (paid, sh["paid_hours"])
text = open(sys.argv[2]).read()
cooks = re.search(r"^    cooks: \[(.*)\]$", text, re.M).group(1)
assert [int(c) for c in cooks.split(",")] == sh["cooks_on_duty"], (cooks, sh["cooks_on_duty"])
print(f"shifts: {sh['paid_hours']:.1f} paid h, waiters {sh['on_duty']}, cooks {sh['cooks_on_duty']}")
PY

# The owner's dilemma: what another table wins back in walk-aways, value by value.
"$CCSIM" sweep "$scenario" --vary restaurant.tables.1.count=6..8 --replications 5 --out "$WORK/sweep" \
  >"$WORK/sweep.txt" || fail "sweep of the tables"
grep -qE "^ +value +walked away +guests lost +revenue lost +vs first +table occ +food s$" "$WORK/sweep.txt" \
  || fail "no restaurant table in the sweep: $(cat "$WORK/sweep.txt")"
grep -qE "^ +6 .* \+0 " "$WORK/sweep.txt" || fail "the first value is not the reference"
python3 - "$WORK/sweep/sweep.csv" <<'PY' || fail "sweep.csv"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
assert [r["value"] for r in rows] == ["6", "7", "8"], rows
for r in rows:  # 22 per guest
    assert abs(float(r["revenue_lost_mean"]) - 22 * float(r["guests_walked_away_mean"])) < 1e-6, r
print("revenue lost by four-tops:", [(r["value"], round(float(r["revenue_lost_mean"]))) for r in rows])
PY

# What staff cannot plan for a restaurant is refused, saying what it can.
"$CCSIM" staff "$scenario" --method erlang-a 2>"$WORK/err" && fail "erlang-a accepted on a restaurant"
grep -q "a restaurant is planned by erlang-c (cooks by Erlang C, waiters by Little's law) or simulation" "$WORK/err" \
  || fail "erlang-a: $(cat "$WORK/err")"
"$CCSIM" staff "$scenario" --set targets.food_wait.at_most=5min 2>"$WORK/err" && fail "an unreachable food wait accepted"
grep -q "food-wait target (at most 300 s from sitting down) cannot be met: preparing an order takes 360 s" \
  "$WORK/err" || fail "unreachable food wait: $(cat "$WORK/err")"
echo "restaurant staffing: ok"
