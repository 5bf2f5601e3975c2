#!/usr/bin/env bash
# End-to-end: a two-class run (priority calls and everyday calls) writes
# classes.csv and per-class sections in the terminal, summary.json and
# report.html, consistent with the totals; a one-class run has none of them.
# Usage: bash classes.sh CCSIM_BINARY SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh" "$@"
source "$(dirname "${BASH_SOURCE[0]}")/lib/screenshot.sh"

scenario="$SRC/tests/data/two_classes.yaml"
"$CCSIM" run "$scenario" --out "$WORK/two" >"$WORK/out.txt" || fail "run two classes"
grep -q "^By customer class" "$WORK/out.txt" || fail "no per-class table in: $(cat "$WORK/out.txt")"
grep -q "^  cards & fraud " "$WORK/out.txt" || fail "no 'cards & fraud' row"
grep -q "^  everyday " "$WORK/out.txt" || fail "no 'everyday' row"
python3 -c 'import sys; section = open(sys.argv[1]).read().split("By customer class")[1]
assert all(len(l) <= 80 for l in section.splitlines()), section' "$WORK/out.txt" || fail "per-class table wider than 80 columns"
[ -s "$WORK/two/classes.csv" ] || fail "no classes.csv"

python3 - "$WORK/two" <<'PY' || fail "per-class outputs"
import csv, json, re, sys
out = sys.argv[1]
s = json.load(open(f"{out}/summary.json"))
totals = list(csv.DictReader(open(f"{out}/intervals.csv")))
rows = list(csv.DictReader(open(f"{out}/classes.csv")))
names = ["cards & fraud", "everyday"]
per_interval = [r for r in rows if r["interval"] != "day"]
day = [r for r in rows if r["interval"] == "day"]
assert [r["class"] for r in day] == names, day
assert len(per_interval) == 2 * len(totals), (len(per_interval), len(totals))
for key in ["offered_mean", "answered_mean", "abandoned_mean", "blocked_mean", "redials_mean",
            "service_level_mean", "service_level_ci95", "abandon_rate_mean", "asa_s_mean", "asa_s_ci95",
            "mean_wait_s_mean"]:
    assert key in rows[0], key
# Per interval, the classes' counts sum to the totals of intervals.csv.
for t in totals:
    mine = [r for r in per_interval if r["interval"] == t["interval"]]
    assert [r["class"] for r in mine] == names, mine
    assert all(r["start"] == t["start"] and r["end"] == t["end"] for r in mine)
    for k in ["offered", "answered", "abandoned", "blocked", "redials"]:
        got = sum(float(r[k + "_mean"]) for r in mine)
        want = float(t[k + "_mean"])
        assert abs(got - want) <= 1e-9 * max(1, want), (t["interval"], k, got, want)
# The day: summary.json's classes, the csv's day rows and the totals agree.
classes = s["classes"]
assert [c["name"] for c in classes] == names and [c["priority"] for c in classes] == [1, 2], classes
assert "classes" in s["definitions"]
for k in ["offered", "answered", "abandoned", "blocked"]:
    got = sum(c["overall"][k]["mean"] for c in classes)
    want = s["overall"][k]["mean"]
    assert abs(got - want) <= 1e-9 * max(1, want), (k, got, want)
    for c, r in zip(classes, day):
        assert abs(c["overall"][k]["mean"] - float(r[k + "_mean"])) <= 1e-9 * max(1, float(r[k + "_mean"]))
for c in classes:
    assert len(c["intervals"]) == len(s["intervals"])
    assert c["overall"]["service_level"]["ci95"] is not None
# Priority at work: fraud calls answered within seconds, everyday callers wait.
fraud, everyday = (c["overall"] for c in classes)
assert fraud["asa_s"]["mean"] < 10 < everyday["asa_s"]["mean"], (fraud["asa_s"], everyday["asa_s"])
assert fraud["service_level"]["mean"] > 0.8 > everyday["service_level"]["mean"], (fraud["service_level"], everyday["service_level"])
html = open(f"{out}/report.html").read()
assert '<section id="classes">' in html
for chart in ["chart-class-service-level", "chart-class-asa", "chart-class-abandonment"]:
    assert f'id="{chart}"' in html, chart
assert 'data-class="cards &amp; fraud"' in html
m = re.search(r'<tr data-class="everyday">.*?data-kpi="offered" data-mean="([^"]*)"', html)
assert m and abs(float(m.group(1)) - everyday["offered"]["mean"]) < 1e-9 * everyday["offered"]["mean"]
PY

# Same seed, same bytes, whatever the number of workers.
"$CCSIM" run "$scenario" --quiet --jobs 1 --out "$WORK/again" || fail "run again"
for f in classes.csv summary.json intervals.csv report.html; do
  cmp -s "$WORK/two/$f" "$WORK/again/$f" || fail "$f differs between runs"
done

# compare: the per-class paired differences, in the terminal and comparison_classes.csv.
sed 's/count: \[15, 20, 24, 24, 20, 15\]/count: [13, 18, 22, 22, 18, 13]/' "$scenario" >"$WORK/fewer.yaml"
cmp -s "$scenario" "$WORK/fewer.yaml" && fail "the B scenario did not change"
"$CCSIM" compare "$scenario" "$WORK/fewer.yaml" --out "$WORK/cmp" >"$WORK/cmp.txt" || fail "compare"
grep -q "^By customer class (day)" "$WORK/cmp.txt" || fail "no per-class comparison in: $(cat "$WORK/cmp.txt")"
python3 - "$WORK/cmp" <<'PY' || fail "comparison_classes.csv"
import csv, sys
rows = list(csv.DictReader(open(f"{sys.argv[1]}/comparison_classes.csv")))
totals = list(csv.DictReader(open(f"{sys.argv[1]}/comparison.csv")))
assert len(rows) == 2 * len(totals), (len(rows), len(totals))
day = {r["class"]: r for r in rows if r["interval"] == "day"}
# The same callers in A and B: the priority class (no redials) offers the same calls.
assert float(day["cards & fraud"]["offered_diff"]) == 0, day["cards & fraud"]["offered_diff"]
assert float(day["everyday"]["asa_s_diff"]) > float(day["cards & fraud"]["asa_s_diff"])
PY

# sweep: per value and class, in the terminal and sweep_classes.csv.
sed 's/count: \[15, 20, 24, 24, 20, 15\]/count: 22/' "$scenario" >"$WORK/flat.yaml"
"$CCSIM" sweep "$WORK/flat.yaml" --vary staff.agents.count=20..24:2 --replications 4 --out "$WORK/sweep" \
  >"$WORK/sweep.txt" || fail "sweep"
grep -q "^By customer class" "$WORK/sweep.txt" || fail "no per-class sweep table in: $(cat "$WORK/sweep.txt")"
python3 - "$WORK/sweep" <<'PY' || fail "sweep_classes.csv"
import csv, sys
rows = list(csv.DictReader(open(f"{sys.argv[1]}/sweep_classes.csv")))
totals = list(csv.DictReader(open(f"{sys.argv[1]}/sweep.csv")))
assert [(r["value"], r["class"]) for r in rows] == [(v, c) for v in ["20", "22", "24"] for c in ["cards & fraud", "everyday"]]
for t in totals:
    got = sum(float(r["offered_mean"]) for r in rows if r["value"] == t["value"])
    assert abs(got - float(t["offered_mean"])) <= 1e-9 * float(t["offered_mean"]), (t["value"], got)
PY

# One class: no per-class file or section, and the totals are what they were.
one="$WORK/one.yaml"
python3 - "$scenario" "$one" <<'PY'
import sys
text = open(sys.argv[1]).read()
head, rest = text.split("  - name: everyday", 1)
staff = rest[rest.index("staff:"):]
open(sys.argv[2], "w").write(head.replace("    priority: 1\n", "") + staff)
PY
"$CCSIM" run "$one" --out "$WORK/one" >"$WORK/one.txt" || fail "run one class"
! grep -q "customer class" "$WORK/one.txt" || fail "one class printed a per-class table"
[ ! -e "$WORK/one/classes.csv" ] || fail "one class wrote classes.csv"
! grep -q '"classes"' "$WORK/one/summary.json" || fail "one class: summary.json has classes"
! grep -q 'id="classes"' "$WORK/one/report.html" || fail "one class: report.html has a class section"
# Into a folder holding a two-class run's outputs: its classes.csv does not outlive it.
cp -r "$WORK/two" "$WORK/stale"
"$CCSIM" run "$one" --quiet --out "$WORK/stale" || fail "run one class into the two-class folder"
[ ! -e "$WORK/stale/classes.csv" ] || fail "a stale classes.csv was left beside a one-class run's outputs"

# A class with targets of its own: judged on its own calls (its SL within its own T) in the
# terminal, summary.json and report.html, consistent with each other and with classes.csv.
python3 - "$scenario" >"$WORK/own.yaml" <<'PY'
import sys
text = open(sys.argv[1]).read()
text = text.replace("    priority: 1\n", "    priority: 1\n    targets:\n"
                    "      service_level: {answered_within: 10s, at_least: 95%}\n"
                    "      abandonment: {at_most: 1%}\n", 1)
print(text, end="")
PY
grep -q "answered_within: 10s" "$WORK/own.yaml" || fail "own.yaml not made"
"$CCSIM" run "$WORK/own.yaml" --out "$WORK/own" >"$WORK/own.txt" || fail "run with class targets"
grep -q "SL within 20 s / offered; cards & fraud within 10 s" "$WORK/own.txt" || fail "class T not said: $(cat "$WORK/own.txt")"
# The verdict the console prints follows the class's own figures in summary.json.
expected=$(python3 - "$WORK/own/summary.json" <<'PY'
import json, sys
cards = json.load(open(sys.argv[1]))["classes"][0]
day = cards["overall"]["service_level"]["mean"]
means = [r["service_level"]["mean"] for r in cards["intervals"] if r["service_level"]["mean"] is not None]
missed = sum(m < 0.95 - 1e-12 for m in means)
if day < 0.95 - 1e-12:
    verdict = f" MISSED in {missed} of {len(means)} intervals and by the day's figure" if missed \
        else " MISSED by the day's figure (no interval misses it)"
else:
    verdict = f" missed in {missed} of {len(means)} intervals (the day's figure meets it)" if missed \
        else " met in every interval"
print(f"day {100 * day:.1f}%{verdict}")
PY
)
grep -E "^  cards & fraud +SL >= 95% within 10 s " "$WORK/own.txt" | grep -qF -- "$expected" \
  || fail "class target line, expected '$expected': $(sed -n '/class targets/,$p' "$WORK/own.txt")"
python3 - "$WORK/own" "$WORK/two" <<'PY' || fail "class targets in the files"
import csv, json, re, sys
own, plain = sys.argv[1], sys.argv[2]
s = json.load(open(f"{own}/summary.json"))
cards, everyday = s["classes"]
assert cards["targets"] == {"service_level": {"answered_within_s": 10.0, "at_least": 0.95}, "abandonment_at_most": 0.01}, cards["targets"]
assert "targets" not in everyday and "missed" not in everyday["intervals"][0], everyday.keys()
# Each interval's labels follow its own means; the count of intervals missed agrees.
missed = 0
for row in cards["intervals"]:
    want = []
    if row["service_level"]["mean"] is not None and row["service_level"]["mean"] < 0.95 - 1e-12: want.append("SL")
    if row["abandon_rate"]["mean"] is not None and row["abandon_rate"]["mean"] > 0.01 + 1e-12: want.append("AB")
    assert row["missed"] == want, (row["start"], row["missed"], want)
    missed += bool(want)
assert cards["intervals_missed"] == missed, (cards["intervals_missed"], missed)
# Within 10 s is stricter than within 20 s: never a higher share, and lower somewhere; the totals are unchanged.
p = json.load(open(f"{plain}/summary.json"))
sl = [r["service_level"]["mean"] for r in cards["intervals"]]
sl20 = [r["service_level"]["mean"] for r in p["classes"][0]["intervals"]]
assert all(a <= b + 1e-12 for a, b in zip(sl, sl20)) and any(a < b for a, b in zip(sl, sl20)), (sl, sl20)
assert s["overall"] == p["overall"], "the totals moved"
page = open(f"{own}/report.html").read()
m = re.search(r'<td data-missed="(\d+)">SL &gt;= 95% within 10 s, abandonment &lt;= 1%: missed in (\d+) of', page)
assert m and int(m.group(1)) == missed == int(m.group(2)), m
assert "cards &amp; fraud: 95% within 10 s" in page  # the class's target line on its chart
PY
# compare names the classes whose service level counts within another T in A and B.
expect_exit 0 "$CCSIM" compare "$scenario" "$WORK/own.yaml" --replications 2 --intervals none
grep -q "Warning: A and B count these service levels within different times: cards & fraud (A: 20 s, B: 10 s)" \
  "$WORK/out" || fail "compare T warning: $(grep -i warning "$WORK/out")"

# A class target no plan within max_agents meets: refused naming the class and the interval.
cat >"$WORK/unservable.yaml" <<'YAML'
name: Premium beyond the cap
clock: {start: "08:00", end: "09:00", interval: 30min}
max_agents: 14
demand:
  - name: premium
    rate_per_hour: 60
    service: {exponential: {mean: 4min}}
    patience: {exponential: {mean: 3min}}
    priority: 1
    targets: {service_level: {answered_within: 5s, at_least: 99%}}
  - name: general
    rate_per_hour: 120
    service: {exponential: {mean: 4min}}
    patience: {exponential: {mean: 3min}}
staff: [{name: agents, count: 10}]
targets: {abandonment: {at_most: 30%}}
YAML
expect_exit 2 "$CCSIM" staff "$WORK/unservable.yaml" --method simulation --replications 5
grep -q "^ccsim staff: interval 08:00: the targets are not met with 14 agents .*missed: class premium: SL" "$WORK/err" \
  || fail "unservable class target: $(cat "$WORK/err")"
expect_exit 2 "$CCSIM" staff "$WORK/unservable.yaml" --replications 5
grep -q "interval 08:00 (erlang-c), class premium's targets: the targets are not met with 14 agents" "$WORK/err" \
  || fail "unservable class target, formula: $(cat "$WORK/err")"

# The page renders (kept as classes_screenshot.png in the working directory).
screenshot_not_blank "$WORK/two/report.html" "$WORK/two.png" 7000 || fail "screenshot"
cp "$WORK/two.png" "$PWD/classes_screenshot.png"
echo "ok: per-class outputs (screenshot kept as $PWD/classes_screenshot.png)"
