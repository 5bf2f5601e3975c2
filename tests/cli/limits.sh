#!/usr/bin/env bash
# Limits that protect the user: work that cannot fit is refused at once (exit
# 2, the limit and an estimate), before anything is simulated or written.
# Usage: bash limits.sh CCSIM_BINARY SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh" "$@"
cd "$WORK"
refused() {  # refused MESSAGE COMMAND...: exit 2 within 10 s, MESSAGE on stderr, nothing written
  local message="$1"
  shift
  expect_exit 2 timeout 10 "$@"
  grep -qF -- "$message" "$WORK/err" || fail "$*: $(cat "$WORK/err")"
  [ ! -e results ] || fail "$*: wrote outputs"
}

# A scenario file over 16 MiB (the parser needs ~30x its size) is not parsed.
truncate -s 17M big.yaml
refused "big.yaml: the scenario file is larger than 16 MiB, the limit" "$CCSIM" check big.yaml

# Nesting deeper than the parser goes is named as such, not "bad file".
python3 -c "print('a: ' + '[' * 3000 + ']' * 3000)" >deep.yaml
refused "not valid YAML: lists and maps nest too deeply (the reader gave up here" "$CCSIM" check deep.yaml

# One-second intervals over a day: --out would write 86400 reported rows, about 600 MB (a run
# without --out, and check, are fine).
printf 'clock: {start: "00:00", end: "24:00", interval: 1s}\ndemand: [{name: calls, rate_per_hour: 60, service: {fixed: 1min}}]\nstaff: [{name: a, count: 2}]\n' >seconds.yaml
refused "ccsim run: --out would write 86400 reported rows (86400 intervals after the warm-up); at most 50000 are written (the outputs would take about 605 MB)" \
  "$CCSIM" run seconds.yaml --out results
expect_exit 0 "$CCSIM" check seconds.yaml
# Many classes: the rows per class count on a call center ...
python3 -c "
print('clock: {start: \"08:00\", end: \"20:00\", interval: 15min}')
print('demand:')
for i in range(2000): print(f'  - {{name: c{i}, rate_per_hour: 1, service: {{fixed: 1min}}}}')
print('staff: [{name: a, count: 2}]')" >classes.yaml
refused "--out would write 96048 reported rows (48 intervals after the warm-up, each for the totals and 2000 classes)" \
  "$CCSIM" compare classes.yaml --set staff.a.count=3 --out results
# ... not at a checkout, whose customers are reported as one stream.
{ cat classes.yaml; printf 'floor: checkout\ncheckout: {lanes: 2, basket: {fixed: 5}, per_item: 3s}\n'; } >lanes.yaml
expect_exit 0 timeout 60 "$CCSIM" run lanes.yaml --replications 1 --quiet --out lanes_out
rm -rf lanes_out

# Replications whose tallies would not fit in half of the memory: the estimate and what fits.
printf 'clock: {length: 800h, interval: 1min}\ndemand: [{name: calls, rate_per_hour: 1, service: {fixed: 1min}}]\nstaff: [{name: a, count: 1}]\n' >long.yaml
for cmd in run sweep compare staff; do
  case $cmd in
    sweep) extra=(--vary staff.a.count=1..2) ;;
    compare) extra=(--set staff.a.count=2) ;;
    staff) extra=(--method erlang-c) ;;
    *) extra=() ;;
  esac
  refused "TB of tallies (100000 replications" \
    "$CCSIM" "$cmd" long.yaml --replications 100000 "${extra[@]}" --out results
  grep -Eq "use at most [0-9]+ replications" "$WORK/err" || fail "$cmd: no fitting count: $(cat "$WORK/err")"
done

# compare runs B with A's replications: B's own (100000, TBs of tallies) are no reason to refuse.
{ cat long.yaml; echo "replications: 1"; } >a.yaml
{ cat long.yaml; echo "replications: 100000"; } >b.yaml
expect_exit 0 timeout 60 "$CCSIM" compare a.yaml b.yaml --quiet

# A forecast over 64 MiB is not read.
printf 'clock: {start: "08:00", end: "10:00", interval: 30min}\ndemand: [{name: calls, forecast: f.csv, service: {fixed: 1min}}]\nstaff: [{name: a, count: 2}]\n' >forecast.yaml
truncate -s 65M f.csv
refused "is larger than 64 MiB, the limit (one row per interval of the clock)" "$CCSIM" check forecast.yaml
echo "cli limits: ok"
