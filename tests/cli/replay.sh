#!/usr/bin/env bash
# The replay in report.html (run --trace), in headless Chromium: opened at the
# end of the day its counters equal the trace's own counts, and opened at a
# moment of the day (a link "#replay=HH:MM") they equal the trace's counts up
# to that instant, waiting callers included, on a call center, checkout lanes
# and a restaurant; played from 19:55 it stops at the end with the day's. Without --trace the page has no script. The replay of the
# bank day's lunch is kept as replay_screenshot.png in the working directory.
# Usage: bash replay.sh CCSIM_BINARY SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh" "$@"
source "$(dirname "${BASH_SOURCE[0]}")/lib/screenshot.sh"

# dom PAGE HASH OUT: the page's DOM after its scripts ran, opened at #HASH.
dom() {
  timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$(mktemp -d -p "$WORK")" --virtual-time-budget=10000 \
    --dump-dom "file://$1#$2" >"$3" 2>"$WORK/chromium.log" || { tail -20 "$WORK/chromium.log" >&2; fail "chromium failed on $1"; }
}

# check_counters DOM TRACE MOMENT: the replay's counters against the trace's events up to MOMENT (HH:MM or end).
check_counters() {
  python3 - "$1" "$2" "$3" <<'PY'
import csv, re, sys
dom, trace, moment = sys.argv[1:4]
page = open(dom).read()
assert 'data-ready="1"' in page, "the replay did not start"
shown = {m.group(1): m.group(2) for m in re.finditer(r'id="replay-([a-z]+)">([^<]*)<', page)}
rows = list(csv.DictReader(open(trace)))
start = 0
m = re.match(r"(\d\d):(\d\d):(\d\d)", rows[0]["clock"])
start = int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3)) - round(float(rows[0]["time_s"]))
if moment == "end":
    until = float("inf")
else:
    h, mi = map(int, moment.split(":"))
    until = h * 3600 + mi * 60 - start
# The replay reads times to the centisecond.
upto = [r for r in rows if round(float(r["time_s"]) * 100) <= until * 100]
# (staff on duty: off the phone during a break too)
kinds = {"answered": "answered", "served": "answered", "seated": "answered", "abandoned": "abandoned",
         "walked_away": "abandoned", "blocked": "blocked", "turned_away": "blocked", "break_start": "off_duty",
         "break_end": "on_duty"}
want = {"arrived": 0, "answered": 0, "abandoned": 0, "blocked": 0, "staff": 0}
waiting = set()
for r in upto:
    kind = kinds.get(r["event"], r["event"])
    if kind in want:
        want[kind] += 1
    key = (r["class"], r[list(r.keys())[4]], r["attempt"])
    if kind == "queued":
        waiting.add(key)
    elif kind in ("answered", "abandoned"):
        waiting.discard(key)
    elif kind == "on_duty":
        want["staff"] += 1
    elif kind == "off_duty":
        want["staff"] -= 1
want["waiting"] = len(waiting)
# Agents on a break now (a call center's break_start without its break_end yet).
on_break = set()
for r in upto:
    if r["event"] == "break_start":
        on_break.add((r.get("group"), r["agent"]))
    elif r["event"] == "break_end":
        on_break.discard((r.get("group"), r["agent"]))
want["away"] = len(on_break)
# Where the floor keeps one queue, the trace says its length after each event: the same.
levels = [int(r["queue_after"]) for r in upto if r["queue_after"] != ""]
if levels:
    assert levels[-1] == len(waiting), f"queue_after {levels[-1]} but {len(waiting)} waiting"
bad = [f"{k}: replay shows {shown.get(k)!r}, trace has {v}" for k, v in want.items() if shown.get(k) != str(v)]
if bad:
    sys.exit("\n".join(bad))
print(f"{moment}: arrived {want['arrived']}, answered {want['answered']}, abandoned {want['abandoned']}, "
      f"waiting {want['waiting']}, staff {want['staff']}, on a break {want['away']}: as the trace")
PY
}

for case in "bank_hotline_day 12:45" "supermarket_evening 18:30" "restaurant_lunch 12:30"; do
  set -- $case
  "$CCSIM" run "$SRC/scenarios/$1.yaml" --replications 1 --quiet --out "$WORK/$1" --trace "$WORK/$1.csv"
  page="$WORK/$1/report.html"
  grep -q '<section id="replay">' "$page" || fail "$1: no replay section with --trace"
  for moment in end "$2"; do
    dom "$page" "replay=$moment" "$WORK/dom.html"
    check_counters "$WORK/dom.html" "$WORK/$1.csv" "$moment" || fail "$1 at $moment: the replay disagrees with the trace"
  done
done

# Played, not only opened: from 19:55 at 5 min/s the bank day's last 25 minutes
# take 5 s, and the replay stops at the end with the day's counts.
dom "$WORK/bank_hotline_day/report.html" "replay=19:55,play" "$WORK/dom.html"
grep -q 'id="replay-clock">20:2' "$WORK/dom.html" || fail "playing from 19:55 did not reach the end: $(grep -o 'id="replay-clock">[^<]*' "$WORK/dom.html")"
check_counters "$WORK/dom.html" "$WORK/bank_hotline_day.csv" end || fail "the replay played to the end disagrees with the trace"

# Without --trace: no replay, and the page stays script-free.
"$CCSIM" run "$SRC/scenarios/bank_hotline_day.yaml" --replications 1 --quiet --out "$WORK/plain"
! grep -q "<script" "$WORK/plain/report.html" || fail "report.html without --trace has a script"

# The bank day's lunch, rendered (the replay section alone, so that it fills the shot).
python3 - "$WORK/bank_hotline_day/report.html" "$WORK/replay.html" <<'PY'
import sys
page = open(sys.argv[1]).read()
section = page[page.index('<section id="replay">'):]
section = section[:section.index("</section>") + len("</section>")]
open(sys.argv[2], "w").write(page[:page.index("<body>") + len("<body>")] + section + "</body></html>")
PY
timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$(mktemp -d -p "$WORK")" --virtual-time-budget=10000 \
  --window-size=1280,1150 --screenshot="$WORK/replay.png" "file://$WORK/replay.html#replay=12:45" >"$WORK/chromium.log" 2>&1 \
  || { tail -20 "$WORK/chromium.log" >&2; fail "chromium could not render the replay"; }
python3 "$(dirname "${BASH_SOURCE[0]}")/lib/png_not_blank.py" "$WORK/replay.png" || fail "the replay renders blank"
cp "$WORK/replay.png" "$PWD/replay_screenshot.png"
echo "cli replay: ok (screenshot kept as $PWD/replay_screenshot.png)"
