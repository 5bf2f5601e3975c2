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
refused "not valid YAML: lists and maps nest too deeply here" "$CCSIM" check deep.yaml

# One-second intervals over a day: 86400 reported rows, about 600 MB of outputs.
printf 'clock: {start: "00:00", end: "24:00", interval: 1s}\ndemand: [{name: calls, rate_per_hour: 60, service: {fixed: 1min}}]\nstaff: [{name: a, count: 2}]\n' >seconds.yaml
refused "seconds.yaml:2:9: 1 class over 86400 reported intervals make 86400 reported rows (one per interval); at most 50000 are allowed (the outputs would take about 605 MB)" \
  "$CCSIM" run seconds.yaml --out results
# Many classes: the rows per class count.
python3 -c "
print('clock: {start: \"08:00\", end: \"20:00\", interval: 15min}')
print('demand:')
for i in range(2000): print(f'  - {{name: c{i}, rate_per_hour: 1, service: {{fixed: 1min}}}}')
print('staff: [{name: a, count: 2}]')" >classes.yaml
refused "2000 classes over 48 reported intervals make 96048 reported rows (per interval, one for the totals and one per class)" \
  "$CCSIM" run classes.yaml --out results

# Replications whose tallies would not fit in half of the memory: the estimate and what fits.
printf 'clock: {length: 800h, interval: 1min}\ndemand: [{name: calls, rate_per_hour: 1, service: {fixed: 1min}}]\nstaff: [{name: a, count: 1}]\n' >long.yaml
for cmd in run sweep compare staff; do
  case $cmd in
    sweep) extra=(--vary staff.a.count=1..2) ;;
    compare) extra=(--set staff.a.count=2) ;;
    staff) extra=(--method erlang-c) ;;
    *) extra=() ;;
  esac
  refused "TB of tallies (100000 replications of" \
    "$CCSIM" "$cmd" long.yaml --replications 100000 "${extra[@]}" --out results
  grep -Eq "use at most [0-9]+ replications" "$WORK/err" || fail "$cmd: no fitting count: $(cat "$WORK/err")"
done

# A forecast over 64 MiB is not read.
printf 'clock: {start: "08:00", end: "10:00", interval: 30min}\ndemand: [{name: calls, forecast: f.csv, service: {fixed: 1min}}]\nstaff: [{name: a, count: 2}]\n' >forecast.yaml
truncate -s 65M f.csv
refused "is larger than 64 MiB, the limit (one row per interval of the clock)" "$CCSIM" check forecast.yaml
echo "cli limits: ok"
