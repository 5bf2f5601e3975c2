#!/usr/bin/env bash
# End-to-end: ccsim staff on the Erlang A check (every method, the files, the
# scenario written back) and its user errors.
# Usage: bash staff.sh CCSIM_BINARY SOURCE_DIR
set -euo pipefail
CCSIM="$1"
SRC="$2"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
expect_exit() {
  local want="$1"; shift
  set +e; "$@" >"$WORK/out" 2>"$WORK/err"; local got=$?; set -e
  [ "$got" -eq "$want" ] || { cat "$WORK/err" >&2; fail "'$*' exited $got, expected $want"; }
}
check="$SRC/scenarios/erlang_a_check.yaml"

# Every method, 5 replications: the table fits 80 columns, files and scenario written.
expect_exit 0 "$CCSIM" staff "$check" --replications 5 --jobs 2 --out "$WORK/o" --write-scenario "$WORK/plan.yaml"
for m in erlang-c erlang-a sipp-lag simulation; do grep -q "$m" "$WORK/out" || fail "no $m in the output"; done
grep -q "calls simulated in" "$WORK/out" || fail "no call count / time"
sed -n '/^time   calls/,/^(calls/p' "$WORK/out" | awk 'length($0) > 80 { exit 1 }' || fail "plan table wider than 80 columns"
[ -s "$WORK/o/staffing.csv" ] && [ -s "$WORK/o/staffing.json" ] || fail "staffing.csv / staffing.json missing"
head -1 "$WORK/o/staffing.csv" | grep -q "^interval,start,method,agents," || fail "csv header"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert [p['method'] for p in d['plans']]==['erlang-c','erlang-a','sipp-lag','simulation']; assert d['chosen']=='simulation'" "$WORK/o/staffing.json" || fail "staffing.json content"
expect_exit 0 "$CCSIM" check "$WORK/plan.yaml"

# The exact Erlang A answer: 38 agents for 85% in 20 s and 4.9% abandonment.
expect_exit 0 "$CCSIM" staff "$check" --method erlang-a --replications 3 --set targets.service_level.at_least=85% \
  --set targets.abandonment.at_most=4.9%
grep -qE "^[0-9:]+ +[0-9]+ +38 " "$WORK/out" || fail "erlang-a should staff 38: $(sed -n 4p "$WORK/out")"

# User errors: exit 2 with a clear message.
expect_exit 2 "$CCSIM" staff "$check" --set targets.service_level.at_least=100%
grep -q "cannot be met" "$WORK/err" || fail "100% SL message: $(cat "$WORK/err")"
expect_exit 2 "$CCSIM" staff "$check" --method simplex
grep -q "\-\-method must be" "$WORK/err" || fail "bad method message"
echo "ok"
