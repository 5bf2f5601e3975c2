#!/usr/bin/env bash
# End-to-end: the paging-station story of scenarios/pager_hotline.yaml, as its
# header tells it. As bundled, the evening peak misses "answered within three
# rings" with busy signals and redials; more lines alone does not fix it; more
# lines and operators keep the promise at the peak and the redials shrink.
# Also checks the redial accounting in summary.json and intervals.csv.
# Usage: bash pager.sh CCSIM_BINARY SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh" "$@"
pager="$SRC/scenarios/pager_hotline.yaml"

run() {  # run NAME [--set ...]
  local name="$1"; shift
  "$CCSIM" run "$pager" --quiet --out "$WORK/$name" "$@" 2>"$WORK/err" || { cat "$WORK/err" >&2; fail "run $name"; }
}
run bundled
run lines --set lines=16
run fixed --set lines=16 --set staff.extra.count=3

python3 - "$WORK" <<'PY' || fail "pager story"
import csv, json, sys
work = sys.argv[1]
def load(name):
    return json.load(open(f"{work}/{name}/summary.json")), list(csv.DictReader(open(f"{work}/{name}/intervals.csv")))
def peak(s):  # 18:30-19:30, the top of the evening
    return [r for r in s["intervals"] if r["start"] in ("18:30", "18:45", "19:00", "19:15")]

bundled, rows = load("bundled")
lines, _ = load("lines")
fixed, _ = load("fixed")
target = 0.8
for name, s in (("bundled", bundled), ("lines", lines)):
    assert all(r["service_level"]["mean"] < target for r in peak(s)), f"{name}: the peak keeps the promise"
assert all(r["service_level"]["mean"] >= target for r in peak(fixed)), "fixed: the peak misses the promise"
o, f = bundled["overall"], fixed["overall"]
assert o["redials"]["mean"] > 3 * f["redials"]["mean"] > 0, (o["redials"], f["redials"])
assert o["blocked"]["mean"] > 10 * f["blocked"]["mean"], (o["blocked"], f["blocked"])
# The same fresh callers in every variant (common random numbers).
assert o["fresh"]["mean"] == f["fresh"]["mean"] == lines["overall"]["fresh"]["mean"]

# Accounting, per interval and for the day: offered = fresh + redials + repeats;
# every contact has one final outcome.
for s in (bundled, lines, fixed):
    for part in [s["overall"]] + s["intervals"]:
        m = {k: v["mean"] for k, v in part.items() if isinstance(v, dict) and "mean" in v}
        assert abs(m["offered"] - m["fresh"] - m["redials"] - m["repeats"]) < 1e-9, part
    m = {k: v["mean"] for k, v in s["overall"].items()}
    outcomes = m["callers_answered"] + m["callers_abandoned"] + m["callers_blocked"] + m["callers_unresolved"]
    assert abs(outcomes - m["fresh"] - m["repeats"]) < 1e-9, (outcomes, m["fresh"])
    for k in ("fresh", "redials", "repeats", "retrying_at_end", "callers_answered"):
        assert k in s["definitions"], k
assert "after-call work" in bundled["definitions"]["occupancy"]
assert {"redials_mean", "retrying_at_end_mean", "queue_at_end_mean"} <= set(rows[0]), list(rows[0])
assert any(float(r["retrying_at_end_mean"]) > 0 for r in rows), "no caller ever waits to redial"
PY

# The terminal summary tells the story in words.
"$CCSIM" run "$pager" --intervals none >"$WORK/out" 2>"$WORK/err" || fail "run: $(cat "$WORK/err")"
grep -q "^  redials " "$WORK/out" || fail "no redials line in: $(cat "$WORK/out")"
grep -q "^  busy for good " "$WORK/out" || fail "no outcome lines in: $(cat "$WORK/out")"
echo "pager story ok"
