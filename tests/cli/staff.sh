#!/usr/bin/env bash
# End-to-end: ccsim staff on the Erlang A check (every method, the files,
# report.html parsed and rendered in headless Chromium, kept as
# staff_report_screenshot.png in the working directory, the scenario written
# back), shifts on the bank day, and the user errors.
# Usage: bash staff.sh CCSIM_BINARY SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh" "$@"
check="$SRC/scenarios/erlang_a_check.yaml"

# Every method, 5 replications: the table fits 80 columns, files and scenario written.
expect_exit 0 "$CCSIM" staff "$check" --replications 5 --jobs 2 --out "$WORK/o" --write-scenario "$WORK/plan.yaml"
[ ! -s "$WORK/err" ] || fail "staff wrote to stderr: $(head -3 "$WORK/err")"
for m in erlang-c erlang-a sipp-lag simulation; do grep -q "$m" "$WORK/out" || fail "no $m in the output"; done
grep -q "calls simulated (search and verification)" "$WORK/out" || fail "no call count"
! grep -Eq "(simulated|optimal|solved) in [0-9.]+ s" "$WORK/out" || fail "an elapsed time in the console: $(grep -E "in [0-9.]+ s" "$WORK/out")"
sed -n '/^time   calls/,/^(calls/p' "$WORK/out" | awk 'length($0) > 80 { exit 1 }' || fail "plan table wider than 80 columns"
[ -s "$WORK/o/staffing.csv" ] && [ -s "$WORK/o/staffing.json" ] || fail "staffing.csv / staffing.json missing"
head -1 "$WORK/o/staffing.csv" | grep -q "^interval,start,method,agents," || fail "csv header"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert [p['method'] for p in d['plans']]==['erlang-c','erlang-a','sipp-lag','simulation']; assert d['chosen']=='simulation'" "$WORK/o/staffing.json" || fail "staffing.json content"
expect_exit 0 "$CCSIM" check "$WORK/plan.yaml"

# report.html: well-formed, self-contained, each chart has one point per
# reported interval and method with the values of staffing.json, and the
# cells of intervals that miss are highlighted exactly where staffing.json says.
python3 - "$WORK/o/report.html" "$WORK/o/staffing.json" <<'PY' || fail "staff report.html"
import json, math, sys
from html_page import parse_page
p = parse_page(sys.argv[1])  # self-contained, well-formed
d = json.load(open(sys.argv[2]))
plans = d["plans"]
warm = 1  # the Erlang A check's warm-up hour is not reported
for chart in ("chart-plans", "chart-p-meet", "chart-plan-service-level"):
    assert chart in p.points, f"no {chart}"
for plan in plans:
    name = plan["method"]
    agents = [float(a["data-value"]) for a in p.points["chart-plans"] if a["data-series"] == name]
    assert agents == [i["agents"] for i in plan["intervals"][warm:]], f"chart-plans {name}"
    pm = [float(a["data-value"]) for a in p.points["chart-p-meet"] if a["data-series"] == name]
    assert all(math.isclose(x, 100 * i["p_meet"], abs_tol=1e-9) for x, i in zip(pm, plan["intervals"][warm:])), name
    assert len(pm) == len(plan["intervals"]) - warm
# A plan that misses marks its agents cell, and its SL or abandonment cell where that target is missed.
t = d["targets"]
for i in range(warm, len(plans[0]["intervals"])):
    want = 0
    for plan in plans:
        row = plan["intervals"][i]
        sl, ab = row["service_level"]["mean"], row["abandon_rate"]["mean"]
        sl_miss = "service_level" in t and sl is not None and sl < t["service_level"]["at_least"] - 1e-12
        ab_miss = "abandonment" in t and ab is not None and ab > t["abandonment"]["at_most"] + 1e-12
        assert row["meets"] == (not (sl_miss or ab_miss)), (i, plan["method"])  # these are its only targets
        want += (0 if row["meets"] else 1) + sl_miss + ab_miss
    assert p.miss_cells[i] == want, f"interval {i}: {p.miss_cells[i]} highlighted cells, expected {want}"
PY
source "$(dirname "${BASH_SOURCE[0]}")/lib/screenshot.sh"
screenshot_not_blank "$WORK/o/report.html" "$WORK/staff.png" 2000 || fail "staff report.html does not render"
cp "$WORK/staff.png" "$PWD/staff_report_screenshot.png"

# The exact Erlang A answer: 38 agents for 85% in 20 s and 4.9% abandonment.
expect_exit 0 "$CCSIM" staff "$check" --method erlang-a --replications 3 --set targets.service_level.at_least=85% \
  --set targets.abandonment.at_most=4.9%
grep -qE "^[0-9:]+ +[0-9]+ +38 " "$WORK/out" || fail "erlang-a should staff 38: $(sed -n 4p "$WORK/out")"

# User errors: exit 2 with a clear message.
expect_exit 2 "$CCSIM" staff "$check" --set targets.service_level.at_least=100%
grep -q "cannot be met" "$WORK/err" || fail "100% SL message: $(cat "$WORK/err")"

# A floor split into skills (routes, fatigue, absenteeism): the plans keep the
# groups and split the agents among them; the written scenario keeps each
# group's keys.
cap="$SRC/tests/data/capacity_day.yaml"
expect_exit 0 "$CCSIM" staff "$cap" --replications 4 --jobs 2 --write-scenario "$WORK/cap_plan.yaml"
tr '\n' ' ' < "$WORK/out" | tr -s ' ' | grep -q "agents split among the groups by the work each takes first (retail [0-9]*%, business [0-9]*%" \
  || fail "no split note: $(grep -i split "$WORK/out")"
python3 - "$WORK/cap_plan.yaml" "$WORK/out" <<'PY' || fail "written plan of the skills floor"
import re, sys
text = open(sys.argv[1]).read()
groups = re.findall(r"- name: (\w+)\n((?:    .*\n)+)", text.split("staff:")[1])
assert [g for g, _ in groups] == ["retail", "business"], groups
body = dict(groups)
assert "skills: [retail]" in body["retail"] and "absenteeism" in body["retail"], body["retail"]
assert "fatigue" in body["business"] and "shifts" not in text.split("staff:")[1]
counts = [list(map(int, re.search(r"count: \[([^]]*)\]", body[g]).group(1).split(","))) for g in ("retail", "business")]
plan = [int(m.group(1)) for m in re.finditer(r"^\d\d:\d\d +\d+ +(?:\d+ +\d+%.? +){3}(\d+) ", open(sys.argv[2]).read(), re.M)]
assert len(plan) == 12 and [a + b for a, b in zip(*counts)] == plan, (counts, plan)
PY
expect_exit 0 "$CCSIM" check "$WORK/cap_plan.yaml"
# Shifts per group on that floor: each group's share of the requirement covered
# by its own program; the groups' agents on duty sum to the shift plan.
{ cat "$cap"; cat <<'EOF'
shift_rules: {lengths: [4h, 6h], start_every: 30min, earliest_start: "08:00", latest_end: "14:00",
              breaks: [{after_length: 6h, length: 30min, paid: false, window: [2h, 4h]}]}
EOF
} > "$WORK/cap_shifts.yaml"
expect_exit 0 "$CCSIM" staff "$WORK/cap_shifts.yaml" --method erlang-a --shifts --replications 4 --out "$WORK/cs"
grep -q "agents  (retail)" "$WORK/out" && grep -q "agents  (business)" "$WORK/out" || fail "no shift table per group"
python3 - "$WORK/cs/staffing.json" "$WORK/cs/report.html" <<'PY' || fail "shifts per group in staffing.json"
import json, sys
d = json.load(open(sys.argv[1]))
s = d["shifts"]
by = s["on_duty_by_group"]
assert sorted(by) == ["business", "retail"], by
assert [a + b for a, b in zip(by["retail"], by["business"])] == s["on_duty"]
assert all(o >= n for o, n in zip(s["on_duty"], s["requirement"]))
assert {k["group"] for k in s["shifts"]} == {"retail", "business"}
for g in by:
    assert sum(k["agents"] for k in s["shifts"] if k["group"] == g) > 0, g
html = open(sys.argv[2]).read()
assert "<th>group</th>" in html[html.index('<table id="roster">'):], "roster without a group column"
PY
# Two desks, one of which also takes the other's class: the simulation plan
# chooses the split (every agent at the flexible desk beats the rule's split
# by work here), and the written scenario keeps both desks with its counts.
desks="$SRC/tests/data/premium_desk.yaml"
expect_exit 0 "$CCSIM" staff "$desks" --method simulation --replications 4 --jobs 2 --out "$WORK/pd" \
  --write-scenario "$WORK/pd.yaml"
tr '\n' ' ' < "$WORK/out" | tr -s ' ' | grep -q "split among the groups chosen by simulation: the rule's and tilts of it" \
  || fail "no split choice note: $(grep -i split "$WORK/out")"
grep -q "by group (agents on duty, verified occupancy)" "$WORK/out" || fail "no per-group occupancy on the console"
python3 - "$WORK/pd/staffing.json" "$WORK/pd.yaml" <<'PY' || fail "the chosen split in staffing.json and the written plan"
import json, re, sys
plan = json.load(open(sys.argv[1]))["plans"][0]
assert plan["method"] == "simulation"
by = {g: [] for g in ("generalists", "premium_desk")}
for i in plan["intervals"]:
    assert sum(g["agents"] for g in i["groups"]) == i["agents"], i["groups"]
    for g in i["groups"]:
        by[g["group"]].append(g["agents"])
        occ = g["occupancy"]["mean"]  # null where nobody of the group was present
        assert (occ is not None or g["agents"] == 0) and (occ is None or 0.3 < occ <= 1), g
assert sum(by["premium_desk"]) > sum(by["generalists"]), by
text = open(sys.argv[2]).read().split("staff:")[1]
for g, counts in by.items():
    written = re.search(r"- name: " + g + r"\n(?:    .*\n)*?    count: \[([^]]*)\]", text).group(1)
    assert list(map(int, written.split(","))) == counts, (g, written, counts)
PY
expect_exit 0 "$CCSIM" check "$WORK/pd.yaml"
head -1 "$WORK/pd/staffing.csv" | grep -q ",agents:generalists,agents:premium_desk,occupancy:generalists,occupancy:premium_desk,offered:everyday,service_level:everyday,abandon_rate:everyday,asa_s:everyday,offered:premium,service_level:premium" \
  || fail "per-group columns in staffing.csv: $(head -1 "$WORK/pd/staffing.csv")"
# Thirty seats at the premium desk (its max_agents): no plan puts more there,
# the rest go to the generalists, and the written plan keeps the cap.
sed 's/^    count: 15$/    count: 15\n    max_agents: 30/' "$desks" >"$WORK/seats.yaml"
grep -q "max_agents: 30" "$WORK/seats.yaml" || fail "seats.yaml not made"
expect_exit 0 "$CCSIM" staff "$WORK/seats.yaml" --method simulation --replications 4 --jobs 2 --out "$WORK/seats" \
  --write-scenario "$WORK/seats_plan.yaml"
python3 - "$WORK/seats/staffing.json" "$WORK/pd/staffing.json" <<'PY' || fail "the premium desk's seats in the plan"
import json, sys
capped, free = (json.load(open(f))["plans"][0] for f in sys.argv[1:])
desk = [{g["group"]: g["agents"] for g in i["groups"]} for i in capped["intervals"]]
assert all(d["premium_desk"] <= 30 for d in desk), desk
# the seats bind: the plan without them puts more there, and fewer agent-hours in all
assert max(g["agents"] for i in free["intervals"] for g in i["groups"] if g["group"] == "premium_desk") > 30
assert capped["agent_hours"] > free["agent_hours"], (capped["agent_hours"], free["agent_hours"])
PY
grep -q "^    max_agents: 30$" "$WORK/seats_plan.yaml" || fail "the written plan lost the desk's max_agents"
# The desks never helping each other: each is sized on its own by every
# method, the plans joined per group, the written plan keeps both desks.
sed 's/skills: \[premium, everyday\]/skills: [premium]/' "$desks" >"$WORK/apart.yaml"
expect_exit 0 "$CCSIM" staff "$WORK/apart.yaml" --method all --replications 4 --jobs 2 --out "$WORK/apart"
tr '\n' ' ' < "$WORK/out" | tr -s ' ' | grep -q "simulation: the floor's desks never help each other: each searched on its own" \
  || fail "no parts note for the simulation plan: $(grep -i desk "$WORK/out")"
tr '\n' ' ' < "$WORK/out" | tr -s ' ' | grep -q "erlang-a: the floor's desks never help each other: each sized on its own (generalists | premium_desk)" \
  || fail "no parts note for the formula plan"
python3 - "$WORK/apart/staffing.json" <<'PY' || fail "desks sized apart"
import json, sys
plans = {p["method"]: p for p in json.load(open(sys.argv[1]))["plans"]}
# Erlang A per desk: 42 everyday (600/h, 4 min, patience 3 min, 80/20) and
# 17 premium agents (120/h, 6 min, patience 4 min, 90/10, <= 2%) throughout.
for i in plans["erlang-a"]["intervals"]:
    assert [g["agents"] for g in i["groups"]] == [42, 17], i["groups"]
for i in plans["simulation"]["intervals"]:
    g = {x["group"]: x["agents"] for x in i["groups"]}
    assert sum(g.values()) == i["agents"] and g["premium_desk"] < 25 and g["generalists"] > 35, g
PY

expect_exit 2 "$CCSIM" staff "$check" --method simplex
grep -q "\-\-method must be" "$WORK/err" || fail "bad method message"
bank="$SRC/scenarios/bank_hotline_day.yaml"
# The simulation search on the bank day (redials: actors wait on a condition
# when a plan run's workers are closed) writes nothing to stderr.
expect_exit 0 "$CCSIM" staff "$bank" --method simulation --replications 4 --jobs 2
[ ! -s "$WORK/err" ] || fail "staff --method simulation wrote to stderr: $(head -3 "$WORK/err")"
tr '\n' ' ' < "$WORK/out" | tr -s ' ' | grep -q "[1-9][0-9]* branched off a run of the plan" || fail "no branched evaluations reported: $(tail -4 "$WORK/out")"
# Shifts on the bank day, under its own shift_rules (4h and 8.5h shifts on the
# half hour, an unpaid 30 min lunch 3-5h into the long ones).
expect_exit 0 "$CCSIM" staff "$bank" --method erlang-a --shifts --replications 4 --jobs 2 --out "$WORK/s" \
  --write-scenario "$WORK/shift_plan.yaml"
grep -q "^Shifts covering the erlang-a plan: [0-9]* agents" "$WORK/out" || fail "no shift summary"
grep -qE "^integer program: [0-9]+ shift patterns x 48 intervals, optimal$" "$WORK/out" \
  || fail "bank day shifts not solved to optimality: $(grep '^integer program' "$WORK/out")"
grep -q "^start  *4h  *8.5h  *agents" "$WORK/out" || fail "no shift table"
grep -q "covering is not meeting the targets" "$WORK/out" || fail "no covering-vs-targets line"
sed -n '/^time   calls/,/^(calls/p' "$WORK/out" | awk 'length($0) > 80 { exit 1 }' || fail "plan table wider than 80 columns"
python3 - "$WORK/s/staffing.json" "$WORK/s/staffing.csv" "$WORK/s/report.html" <<'PY' \
  || fail "shift plan in staffing.json / staffing.csv / report.html"
import csv, json, sys
d = json.load(open(sys.argv[1]))
assert [p["method"] for p in d["plans"]] == ["erlang-a", "shifts"] and d["chosen"] == "shifts"
s = d["shifts"]
need, on = s["requirement"], s["on_duty"]
assert all(o >= n for o, n in zip(on, need)), "the shifts do not cover the requirement"
assert on == [i["agents"] for i in d["plans"][1]["intervals"]]
assert s["optimal"] and s["gap"] == 0 and "solve_seconds" not in s and "seconds" not in d
assert sum(k["agents"] for k in s["shifts"]) == s["agents"]
paid = sum(k["agents"] * k["paid_hours_each"] for k in s["shifts"])
assert abs(paid - s["paid_hours"]) < 1e-6 and abs(paid - d["plans"][1]["paid_hours"]) < 1e-6
assert paid >= d["plans"][0]["agent_hours"] - 1e-6  # covering costs at least the requirement
for k in s["shifts"]:  # long shifts carry their break
    assert len(k["breaks"]) == (1 if k["length_h"] >= 6 else 0)
rows = [r for r in csv.DictReader(open(sys.argv[2])) if r["method"] == "shifts"]
assert [int(r["agents"]) for r in rows] == on
# report.html publishes the roster: one row per shift, its breaks, the total.
html = open(sys.argv[3]).read()
roster = html[html.index('<table id="roster">'):]
roster = roster[:roster.index("</table>")]
body = roster[roster.index("<tbody>"):roster.index("</tbody>")]
assert body.count("<tr>") == len(s["shifts"]), "one roster row per shift"
assert body.count("(unpaid)") == sum(len(k["breaks"]) for k in s["shifts"])
assert f'<td class="num">{s["agents"]}</td>' in roster[roster.index("<tfoot>"):]
assert f'<td class="num">{s["paid_hours"]:.1f}</td></tr></tfoot>' in roster
PY
expect_exit 0 "$CCSIM" check "$WORK/shift_plan.yaml"
grep -q "^# .*ccsim staff --shifts" "$WORK/shift_plan.yaml" || fail "written scenario header"

# Shift errors: no rules, rules that cannot cover the day, a bad time limit.
expect_exit 2 "$CCSIM" staff "$check" --method erlang-c --shifts
grep -q "\-\-shifts needs shift_rules in the scenario" "$WORK/err" || fail "no-rules message: $(cat "$WORK/err")"
expect_exit 2 "$CCSIM" staff "$bank" --method erlang-c --shifts --set shift_rules.latest_end=19:00
grep -q "shift_rules cannot cover 19:00-19:15, where the erlang-c plan needs" "$WORK/err" \
  || fail "uncoverable message: $(cat "$WORK/err")"
expect_exit 2 "$CCSIM" staff "$bank" --method erlang-c --shifts --shift-time-limit 0
grep -q "\-\-shift-time-limit must be" "$WORK/err" || fail "time limit message"

# A floor whose groups differ: every output gives the plan per group, and the groups add up to the total.
"$CCSIM" staff "$SRC/tests/data/capacity_day.yaml" --method erlang-a --replications 5 --out "$WORK/groups" \
  >"$WORK/groups.txt" || fail "staff by group"
grep -q '^Plan "erlang-a" by group' "$WORK/groups.txt" || fail "no per-group table in: $(cat "$WORK/groups.txt")"
python3 - "$WORK/groups" <<'PY' || fail "per-group outputs"
import csv, json, sys
out = sys.argv[1]
rows = list(csv.DictReader(open(f"{out}/staffing.csv")))
assert "agents:retail" in rows[0] and "agents:business" in rows[0], list(rows[0])
for r in rows:
    assert int(r["agents:retail"]) + int(r["agents:business"]) == int(r["agents"]), r
j = json.load(open(f"{out}/staffing.json"))
for i in j["plans"][0]["intervals"]:
    assert sum(g["agents"] for g in i["groups"]) == i["agents"], i
assert 'id="by-group"' in open(f"{out}/report.html").read()
PY
echo "ok"
