#!/usr/bin/env bash
# End-to-end checks of `ccsim erlang`: figures against formulas recomputed here
# in Python, the JSON keys per model, and the user errors (exit 2 + message).
# Usage: bash tests/cli/erlang.sh PATH_TO_CCSIM SOURCE_DIR
set -euo pipefail

ccsim=$1
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# expect_json NAME PYTHON_CHECK ARGS...: runs ccsim erlang --json ARGS and
# evaluates PYTHON_CHECK with `j` the parsed output; it prints what is wrong.
expect_json() {
  local name=$1 check=$2
  shift 2
  local out
  if ! out=$("$ccsim" erlang --json "$@" 2>&1); then
    fail "$name: ccsim erlang $* exited non-zero: $out"
    return
  fi
  local problems
  problems=$(CHECK="$check" python3 -c '
import json, math, os, sys
j = json.loads(sys.stdin.read())
problems = []
def close(key, want, rel=1e-9, absolute=1e-12):
    if key not in j:
        problems.append(f"missing {key}")
    elif not abs(j[key] - want) <= absolute + rel * abs(want):
        problems.append(f"{key} = {j[key]!r}, expected {want!r}")
def keys(*want):
    if list(j) != list(want):
        problems.append(f"keys {list(j)}, expected {list(want)}")
exec(os.environ["CHECK"])
print("; ".join(problems))
' <<<"$out") || problems="the check itself failed on output: $out"
  [[ -z $problems ]] || fail "$name: $problems"
}

# expect_error NAME MESSAGE ARGS...: exit code 2 and MESSAGE on stderr.
expect_error() {
  local name=$1 message=$2
  shift 2
  local err rc=0
  err=$("$ccsim" erlang "$@" 2>&1 >/dev/null) || rc=$?
  [[ $rc -eq 2 ]] || fail "$name: exit code $rc, expected 2 (stderr: $err)"
  [[ $err == *"$message"* ]] || fail "$name: stderr '$err' lacks '$message'"
}

# Erlang B by its definition, Erlang C from it: shared by the checks below.
formulas='
def erlang_b(n, a):
    terms = [k * math.log(a) - math.lgamma(k + 1) for k in range(n + 1)]
    top = max(terms)
    return math.exp(terms[-1] - top) / sum(math.exp(t - top) for t in terms)
def erlang_c(n, a):
    b = erlang_b(n, a)
    return n * b / (n - a * (1 - b))
'

# Model b: 100 calls/h of 3 min = 5 erlangs on 10 lines blocks 1.838457 %.
expect_json "erlang b" "$formulas
keys('blocking', 'occupancy')
close('blocking', 0.01838457, absolute=5e-9)
close('blocking', erlang_b(10, 5))
close('occupancy', 5 * (1 - erlang_b(10, 5)) / 10)
" --model b --calls-per-hour 100 --aht 3min --agents 10

# Model c: 5 erlangs on 7 agents, T = 30 s; closed forms of M/M/n.
expect_json "erlang c" "$formulas
keys('p_wait', 'service_level', 'asa_s', 'mean_wait_s', 'occupancy', 'mean_queue')
c, n, a, aht = erlang_c(7, 5), 7, 5, 180
close('p_wait', c)
close('service_level', 1 - c * math.exp(-(n - a) * 30 / aht))
close('asa_s', c * aht / (n - a))
close('mean_wait_s', c * aht / (n - a))
close('occupancy', a / n)
close('mean_queue', c * a / (n - a))
" --model c --calls-per-hour 100 --aht 3min --agents 7 --within 30s

# Model a: 36 erlangs on 38 agents, patience 2 min. The stationary law of the
# birth-death chain (truncated far out) gives everything but SL and ASA.
expect_json "erlang a" "
keys('p_wait', 'service_level', 'asa_s', 'mean_wait_s', 'abandon_rate', 'occupancy', 'mean_queue')
lam, mu, theta, n = 720 / 3600, 1 / 180, 1 / 120, 38
w = [1.0]
for i in range(1, n + 400):
    w.append(w[-1] * lam / (min(i, n) * mu + max(i - n, 0) * theta))
pi = [x / sum(w) for x in w]
queue = sum(p * max(i - n, 0) for i, p in enumerate(pi))
close('p_wait', sum(pi[n:]))
close('mean_queue', queue)
close('abandon_rate', theta * queue / lam)
close('mean_wait_s', queue / lam)
close('occupancy', sum(p * min(i, n) for i, p in enumerate(pi)) / n)
if not (0 < j['service_level'] < 1 and 0 < j['asa_s'] < 60):
    problems.append('service level or ASA out of range')
" --model a --calls-per-hour 720 --aht 3min --agents 38 --patience 2min

# Model c with lines reports blocking too, and it matches M/M/n/K.
expect_json "erlang c with lines" "
keys('blocking', 'p_wait', 'service_level', 'asa_s', 'mean_wait_s', 'occupancy', 'mean_queue')
w = [1.0]
for i in range(1, 13):
    w.append(w[-1] * 10 / min(i, 10))
close('blocking', w[-1] / sum(w))
" --model c --calls-per-hour 200 --aht 3min --agents 10 --lines 12

# The text table names what it shows, with units.
if out=$("$ccsim" erlang --model c --calls-per-hour 100 --aht 3min --agents 7 2>&1); then
  [[ $out == *"Service level (answered within 20s)"*"%"* ]] || fail "text output lacks the service-level row: $out"
  [[ $out == *"Average speed of answer (ASA)"*" s"* ]] || fail "text output lacks the ASA row: $out"
  [[ $out != *"Abandoned"* && $out != *"Blocked"* ]] || fail "Erlang C text shows rows that do not apply: $out"
else
  fail "plain-text Erlang C exited non-zero: $out"
fi
"$ccsim" erlang --help | grep -q -- "--calls-per-hour" || fail "--help does not list --calls-per-hour"

expect_error "missing --agents" "ccsim erlang: missing --agents" --model c --calls-per-hour 100 --aht 3min
expect_error "unstable Erlang C" "ccsim erlang: the queue is unstable: with 10 erlangs offered to 10 agents" \
  --model c --calls-per-hour 200 --aht 3min --agents 10
expect_error "unstable Erlang C, the minimum" "Erlang C needs at least 13 agents" \
  --model c --calls-per-hour 250 --aht 3min --agents 10
expect_error "bad duration" "ccsim erlang: --aht: 'abc' is not a duration with a unit" \
  --model c --calls-per-hour 100 --aht abc --agents 10
expect_error "model a without patience" "ccsim erlang: --model a needs --patience" \
  --model a --calls-per-hour 100 --aht 3min --agents 10
expect_error "unknown model" "ccsim erlang: --model must be b, c or a, got 'x'" \
  --model x --calls-per-hour 100 --aht 3min --agents 10
expect_error "lines below agents" "ccsim erlang: --lines must be a whole number >= 10, got '8'" \
  --model c --calls-per-hour 100 --aht 3min --agents 10 --lines 8

if ((failures > 0)); then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "erlang CLI: all checks passed"
