#!/usr/bin/env bash
# The live room in a real browser (Debian's Chromium, driven by Playwright's
# playwright-core from npm): the bank day opens, the advisers slider is moved
# two steps down with the keyboard, the page redraws, and the service level
# it shows before and after equals `ccsim run`'s for the same settings, its
# paired change equals `ccsim compare`'s; so does a link that moves a lever
# (#scenario=overload_demo.yaml&group.agents=1). Prints the redraw time (measured,
# not asserted). Screenshots before and after are kept in the working
# directory as live_room_before.png and live_room_after.png.
# Usage: bash live_room_browser.sh CCSIM_BINARY SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh" "$@"
source "$(dirname "${BASH_SOURCE[0]}")/lib/screenshot.sh"
command -v npm >/dev/null || fail "npm is not installed (scripts/test.sh installs it; or: apt-get install nodejs npm)"
# The npm tooling lives next to the binary (the build tree), installed once per lock file.
tools="$(dirname "$CCSIM")/browser-tools"
if ! cmp -s "$SRC/tests/browser/package-lock.json" "$tools/package-lock.json" || [ ! -d "$tools/node_modules/playwright-core" ]; then
  rm -rf "$tools" && mkdir -p "$tools"
  cp "$SRC/tests/browser/package.json" "$SRC/tests/browser/package-lock.json" "$tools/"
  (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error >"$WORK/npm.log" 2>&1) || { cat "$WORK/npm.log" >&2; fail "npm ci failed"; }
fi
cp "$SRC/tests/browser/live_room.mjs" "$tools/"

"$CCSIM" serve "$SRC/scenarios" --port 0 >"$WORK/serve.log" 2>&1 &
server=$!
trap 'kill -9 $server 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 100); do grep -q "is at http" "$WORK/serve.log" && break; sleep 0.1; done
port="$(grep -o '127.0.0.1:[0-9]*' "$WORK/serve.log" | head -1 | cut -d: -f2)"
[ -n "$port" ] || { cat "$WORK/serve.log" >&2; fail "the server did not start"; }

CHROMIUM="$CHROMIUM" node "$tools/live_room.mjs" "http://127.0.0.1:$port" "$WORK" >"$WORK/result.json" 2>"$WORK/node.log" \
  || { cat "$WORK/node.log" >&2; fail "the browser run failed"; }
bank="$SRC/scenarios/bank_hotline_day.yaml"
"$CCSIM" run "$bank" --replications 20 --quiet --out "$WORK/before"
"$CCSIM" run "$bank" --replications 20 --set 'staff.advisers.shifts.*.count+=-2' --quiet --out "$WORK/after"
"$CCSIM" compare "$bank" --replications 20 --set 'staff.advisers.shifts.*.count+=-2' --quiet --out "$WORK/paired"
desk="$SRC/scenarios/overload_demo.yaml"
"$CCSIM" run "$desk" --replications 10 --quiet --out "$WORK/desk-before"
"$CCSIM" run "$desk" --replications 10 --set staff.agents.count+=1 --quiet --out "$WORK/desk-after"
"$CCSIM" compare "$desk" --replications 10 --set staff.agents.count+=1 --quiet --out "$WORK/desk-paired"
python3 - "$WORK" <<'PY' || fail "the page disagrees with the CLI"
import csv, json, sys
w = sys.argv[1]
r = json.loads(open(f"{w}/result.json").read())
sl = lambda d: f"{100 * json.load(open(f'{w}/{d}/summary.json'))['overall']['service_level']['mean']:.1f}%"
assert r["slider"] == "-2", f"the slider reads {r['slider']}"
assert "staff.advisers.shifts.*.count+=-2" in r["query"].replace("%2B", "+").replace("%3D", "=").replace("%2A", "*"), r["query"]
assert r["before"] == sl("before"), f"before: page {r['before']}, ccsim run {sl('before')}"
assert r["after"] == sl("after"), f"after: page {r['after']}, ccsim run {sl('after')}"
def change(folder):
    day = [x for x in csv.DictReader(open(f"{w}/{folder}/comparison.csv")) if x["interval"] == "day"][0]
    d, ci = 100 * float(day["service_level_diff"]), 100 * float(day["service_level_diff_ci95"])
    return f"{'+' if d >= 0 else ''}{d:.1f} ± {ci:.1f} pts"
assert r["change"] == change("paired"), f"change: page {r['change']!r}, ccsim compare {change('paired')!r}"
link = r["link"]
assert (link["before"], link["after"], link["change"]) == (sl("desk-before"), sl("desk-after"), change("desk-paired")), \
    f"the link #group.agents=1: page {link}, CLI {sl('desk-before')}, {sl('desk-after')}, {change('desk-paired')}"
print(f"ok a link moving the help desk's agents by one: {link['before']} -> {link['after']} ({link['change']})")
print(f"ok the bank day, advisers slider -2: service level {r['before']} -> {r['after']} ({r['change']}), as the CLI; "
      f"KPIs redrawn {r['redraw_ms']} ms after the change ({r['wall_ms']} ms from the key press), the report and "
      f"its replay {r['report_ms']} ms ({r['wall_with_report_ms']} ms)")
PY
for shot in before after; do
  python3 "$(dirname "${BASH_SOURCE[0]}")/lib/png_not_blank.py" "$WORK/live_room_$shot.png" || fail "the $shot screenshot is blank"
  cp "$WORK/live_room_$shot.png" "$PWD/live_room_$shot.png"
done
echo "cli live_room_browser: ok (screenshots kept as $PWD/live_room_before.png and live_room_after.png)"
