#!/usr/bin/env bash
# A day that does not settle says so: 1,500 calls an hour against 50 agents
# of 4-minute calls (capacity 750 an hour), nobody hanging up. The console,
# summary.json and report.html warn, naming the intervals over capacity and
# the queue left at the close; a stationary day and a busy close do not.
# Usage: bash unstable.sh CCSIM_BINARY SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh" "$@"
cat >"$WORK/unstable.yaml" <<'YAML'
name: Unstable
clock: {start: "08:00", end: "20:00", interval: 1h}
seed: 1
replications: 3
demand:
  - name: calls
    rate_per_hour: [1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500]
    service: {exponential: {mean: 4min}}
staff:
  - name: agents
    count: 50
YAML
expect_exit 0 "$CCSIM" run "$WORK/unstable.yaml" --intervals none --out "$WORK/u"
grep -q "^WARNING: the day does not settle: demand reached or passed capacity in" "$WORK/out" \
  || fail "no warning on the console: $(tail -8 "$WORK/out")"
tr '\n' ' ' <"$WORK/out" | grep -q "08:00–20:00 (forecast load up to 100.0 erlangs on 50.0 servers)" \
  || fail "the warning names no span: $(tail -8 "$WORK/out")"
python3 - "$WORK/u/summary.json" "$WORK/u/report.html" <<'PY' || fail "warning in summary.json / report.html"
import json, sys
s = json.load(open(sys.argv[1]))
w = s["warnings"][0]
assert w["kind"] == "unstable" and w["over_capacity"] == ["08:00–20:00"], w
assert w["queue_at_close"] > 8000 and w["drain_s"] > 10 * 3600, w
assert "overload-warning" in open(sys.argv[2], encoding="utf-8").read()
PY
# No warning on a stationary day (its queue at the close is a few callers) or a busy close.
for scenario in erlang_a_check bank_hotline_day; do
  expect_exit 0 "$CCSIM" run "$SRC/scenarios/$scenario.yaml" --replications 3 --intervals none --out "$WORK/$scenario"
  ! grep -q "WARNING" "$WORK/out" || fail "$scenario warned: $(grep -A3 WARNING "$WORK/out")"
  python3 -c "import json, sys; assert 'warnings' not in json.load(open(sys.argv[1]))" "$WORK/$scenario/summary.json" \
    || fail "$scenario: warnings in summary.json"
done
echo "cli unstable: ok"
