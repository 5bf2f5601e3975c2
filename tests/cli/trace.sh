#!/usr/bin/env bash
# ccsim run --trace: for every bundled scenario, the day's KPIs of replication 1
# in summary.json are recomputed from the trace file alone (counts, service
# level, waits, the longest single queue); the trace is the same bytes for any
# --jobs and with more replications; bad trace paths are refused before work.
# Usage: bash trace.sh CCSIM_BINARY SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh" "$@"
for scenario in "$SRC"/scenarios/*.yaml; do
  name="$(basename "$scenario" .yaml)"
  "$CCSIM" run "$scenario" --replications 1 --quiet --out "$WORK/$name" --trace "$WORK/$name.csv"
  python3 - "$scenario" "$WORK/$name/summary.json" "$WORK/$name.csv" <<'PY' || fail "$name: the trace disagrees with summary.json"
import csv, json, math, re, sys
scenario, summary, trace = sys.argv[1:4]
s = json.load(open(summary))
o = {k: v["mean"] for k, v in s["overall"].items() if isinstance(v, dict) and "mean" in v}
m = re.search(r"answered_within:\s*(\d+)\s*(s|min)\b", open(scenario).read())
T = int(m.group(1)) * (60 if m.group(2) == "min" else 1)
warmup_s, interval_s = s["scenario"]["warmup_s"], s["scenario"]["interval_s"]
first = round(warmup_s / interval_s)
rows = list(csv.DictReader(open(trace)))
assert rows, "empty trace"
times = [float(r["time_s"]) for r in rows]
assert times == sorted(times), "events out of time order"
words = {"answered": "answered", "served": "answered", "seated": "answered", "abandoned": "abandoned",
         "walked_away": "abandoned", "blocked": "blocked", "turned_away": "blocked", "arrived": "arrived",
         "queued": "queued"}
n = {"arrived": 0, "answered": 0, "abandoned": 0, "blocked": 0, "queued": 0}
within = redials = 0
wait_answered = wait_admitted = 0.0
for r in rows:
    kind = words.get(r["event"])
    if kind is None or int(r["interval"]) < first:
        continue
    n[kind] += 1
    if kind == "arrived" and int(r["attempt"]) > 0:
        redials += 1
    if kind in ("answered", "abandoned"):
        wait = float(r["wait_s"])
        assert abs(wait - (float(r["time_s"]) - float(r["arrival_s"]))) < 1e-9
        wait_admitted += wait
        if kind == "answered":
            wait_answered += wait
            within += wait <= T
level, longest = 0, 0
for r in rows:
    if r["queue_after"] == "":
        continue
    if float(r["time_s"]) < warmup_s:
        level = int(r["queue_after"])
        continue
    longest = max(longest, level, int(r["queue_after"]))
    level = int(r["queue_after"])
# Every break ends (a shift that ends during one shows the return, then off_duty).
away = {}
for r in rows:
    who = (r.get("group"), r["agent"])
    if r["event"] == "break_start":
        assert not away.get(who), f"{who} starts a break on a break at {r['time_s']}"
        away[who] = True
    elif r["event"] == "break_end":
        assert away.get(who), f"{who} ends a break it did not start at {r['time_s']}"
        away[who] = False
    elif r["event"] in ("on_duty", "off_duty"):
        assert not away.get(who), f"{who}: {r['event']} during a break at {r['time_s']}"
assert not any(away.values()), f"breaks never ended: {[k for k, v in away.items() if v]}"
admitted = n["answered"] + n["abandoned"]
got = {"offered": n["arrived"], "answered": n["answered"], "abandoned": n["abandoned"], "blocked": n["blocked"],
       "service_level": within / n["arrived"], "asa_s": wait_answered / n["answered"],
       "mean_wait_s": wait_admitted / admitted, "p_wait": n["queued"] / admitted, "redials": redials}
# One queue (call center, restaurant): its length after each event. Checkout
# lanes each keep their own (the lane column says which), so no one length.
if "lane" not in rows[0]:
    got["max_queue"] = longest
bad = [f"{k}: trace {v!r}, summary {o[k]!r}" for k, v in got.items() if not math.isclose(v, o[k], rel_tol=1e-9, abs_tol=1e-9)]
if bad:
    sys.exit("\n".join(bad))
print(f"{scenario.split('/')[-1]}: {len(rows)} events, offered {n['arrived']}, answered {n['answered']}, "
      f"abandoned {n['abandoned']}, blocked {n['blocked']}, SL {got['service_level']:.4f}: as summary.json")
PY
done

# The trace is replication 1 of the run, whatever the workers or replications.
bank="$SRC/scenarios/bank_hotline_day.yaml"
"$CCSIM" run "$bank" --replications 4 --jobs 3 --quiet --trace "$WORK/bank4.csv"
cmp -s "$WORK/bank4.csv" "$WORK/bank_hotline_day.csv" || fail "the trace of a 4-replication run differs from replication 1 alone"
head -1 "$WORK/bank4.csv" | grep -qx "time_s,clock,event,class,caller,attempt,interval,arrival_s,wait_s,group,agent,end_s,queue_after,servers" \
  || fail "the call center's trace header changed: $(head -1 "$WORK/bank4.csv")"

# Redirected, the console is the run's, once, and one line about the trace
# (a forked child once printed a copy of the buffered output).
"$CCSIM" run "$bank" --replications 2 --trace "$WORK/t2.csv" >"$WORK/with.txt"
"$CCSIM" run "$bank" --replications 2 >"$WORK/without.txt"
head -n -1 "$WORK/with.txt" | cmp -s - "$WORK/without.txt" || fail "--trace changes the console output: $(diff <(head -n -1 "$WORK/with.txt") "$WORK/without.txt" | head -5)"
grep -q "^trace of replication 1: [0-9]* events in" <(tail -1 "$WORK/with.txt") || fail "no line about the trace"

# Refused before any work, with the path and the reason.
expect_exit 2 "$CCSIM" run "$bank" --trace "$WORK"
grep -q "this is a folder" "$WORK/err" || fail "a folder as --trace: $(cat "$WORK/err")"
cp "$bank" "$WORK/input.yaml"
expect_exit 2 "$CCSIM" run "$WORK/input.yaml" --trace "$WORK/input.yaml"
grep -q "this is the input scenario; write the trace to another file" "$WORK/err" || fail "input as --trace: $(cat "$WORK/err")"
cmp -s "$bank" "$WORK/input.yaml" || fail "the input scenario was touched"
mkdir -p "$WORK/both"
expect_exit 2 "$CCSIM" run "$bank" --out "$WORK/both" --trace "$WORK/both/summary.json"
grep -q "summary.json: --out writes this file" "$WORK/err" || fail "--trace onto an --out file: $(cat "$WORK/err")"
expect_exit 2 "$CCSIM" run "$bank" --trace /proc/no/such/dir/t.csv
grep -q "t.csv: cannot" "$WORK/err" || fail "unwritable --trace: $(cat "$WORK/err")"
cat >"$WORK/big.yaml" <<YAML
name: a long busy day
clock: {length: 24h, interval: 1h}
demand:
  - {name: calls, rate_per_hour: 30000, service: {exponential: {mean: 60s}}}
staff:
  - {name: agents, count: 600}
YAML
expect_exit 2 "$CCSIM" run "$WORK/big.yaml" --trace "$WORK/big.csv"
grep -q "a trace holds at most 500000" "$WORK/err" || fail "an oversized trace: $(cat "$WORK/err")"
[ ! -e "$WORK/big.csv" ] || fail "a refused trace left a file"
echo "cli trace: ok"
