#!/usr/bin/env bash
# End-to-end: a daily service-level target marks no interval in `run` and is
# judged on the day; `staff` meets it on the day's verified figure, with fewer
# agent-hours than the same target in every interval, and says so in every
# output.
# Usage: bash daily_targets.sh CCSIM_BINARY SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh" "$@"

scenario="$SRC/tests/data/daily_targets.yaml"
"$CCSIM" run "$scenario" >"$WORK/run.txt" || fail "run"
grep -q "daily target >= 80% MISSED for the day$" "$WORK/run.txt" || fail "no daily verdict in: $(cat "$WORK/run.txt")"
grep -q "target <= 15% .*missed in [0-9]* of 16 intervals" "$WORK/run.txt" || fail "the per-interval target lost its count"
# Interval rows mark the abandonment target alone: the daily SL is no interval's.
! grep -E "^[0-9]{2}:[0-9]{2} .*<.*SL" "$WORK/run.txt" || fail "an interval marked by the daily SL target"
grep -qE "^[0-9]{2}:[0-9]{2} .*< AB" "$WORK/run.txt" || fail "no interval marked for abandonment"

"$CCSIM" staff "$scenario" --method all --replications 10 --out "$WORK/daily" >"$WORK/staff.txt" || fail "staff"
grep -q "^day  " "$WORK/staff.txt" || fail "no day row in: $(cat "$WORK/staff.txt")"
grep -qE "^simulation .* met$" "$WORK/staff.txt" || fail "the simulation plan's day not met"
"$CCSIM" staff "$scenario" --method simulation --replications 10 --set targets.service_level.daily=false \
  --out "$WORK/each" >/dev/null || fail "staff per interval"

python3 - "$WORK" <<'PY' || fail "staffing outputs"
import json, sys
work = sys.argv[1]
daily = json.load(open(f"{work}/daily/staffing.json"))
each = json.load(open(f"{work}/each/staffing.json"))
assert daily["targets"]["service_level"]["daily"] is True, daily["targets"]
assert "daily" not in each["targets"]["service_level"], each["targets"]
assert "day" in daily["definitions"] and "day" not in each["definitions"]
plans = {p["method"]: p for p in daily["plans"]}
sim = plans["simulation"]
assert sim["day"]["daily_targets_missed"] == "", sim["day"]
assert sim["day"]["service_level"]["mean"] >= 0.8, sim["day"]
assert sim["intervals_missed"] == 0, sim["intervals_missed"]
# Some intervals run below 80%: the point of a daily target.
below = [i for i in sim["intervals"] if i["service_level"]["mean"] is not None and i["service_level"]["mean"] < 0.8]
assert below, "every interval at 80% or more: judged per interval?"
per_interval = each["plans"][0]
assert per_interval["method"] == "simulation" and "day" not in per_interval
assert sim["agent_hours"] < per_interval["agent_hours"], (sim["agent_hours"], per_interval["agent_hours"])
print(f"daily {sim['agent_hours']} h (day SL {sim['day']['service_level']['mean']:.3f}) vs per interval "
      f"{per_interval['agent_hours']} h")
html = open(f"{work}/daily/report.html").read()
assert "<th>the day (daily targets)</th>" in html
assert "SL &gt;= 80% within 20 s for the day" in html, "the targets line lacks 'for the day'"
PY
echo "daily targets: ok"
