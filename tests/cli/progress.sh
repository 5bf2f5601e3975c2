#!/usr/bin/env bash
# Progress: on a terminal a bar for runs longer than a second, erased at the
# end; off a terminal (a log) a plain line every CCSIM_PROGRESS_SECONDS (10 by
# default) once the run has taken that long; never with --quiet, never on stdout.
# Usage: bash progress.sh CCSIM_BINARY SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh" "$@"
scenario="$SRC/scenarios/erlang_a_check.yaml"
long=(run "$scenario" --replications 60 --jobs 1 --intervals none)  # a few seconds on one core

# On a pseudo-terminal (script(1) from util-linux): the bar appears with replications done and an ETA.
script -qec "$(printf '%q ' "$CCSIM" "${long[@]}")" /dev/null >"$WORK/tty" </dev/null
grep -aq "/60 replications, ETA" "$WORK/tty" || fail "no progress bar on a terminal: $(head -c 400 "$WORK/tty")"
grep -aq "\[#" "$WORK/tty" || fail "no bar drawn"
grep -aq "service level" "$WORK/tty" || fail "no day summary after the bar"

# Not a terminal, shorter than the line interval: nothing on stderr.
CCSIM_PROGRESS_SECONDS=100000 "$CCSIM" "${long[@]}" >"$WORK/out" 2>"$WORK/err"  # (a loaded machine stays under it)
[ ! -s "$WORK/err" ] || fail "stderr not empty without a terminal: $(head -c 200 "$WORK/err")"
# Not a terminal, a line a second: plain lines (no bar, no terminal codes), stdout the same bytes.
CCSIM_PROGRESS_SECONDS=0.5 "$CCSIM" "${long[@]}" >"$WORK/out_lines" 2>"$WORK/lines"
grep -Eq "^ccsim run: [0-9]+/60 \([0-9]+%\) replications, ETA [0-9ms]+, [0-9ms]+ elapsed$" "$WORK/lines" \
  || fail "no progress lines off a terminal: $(head -c 400 "$WORK/lines")"
! grep -q $'\033\|\r\|#' "$WORK/lines" || fail "terminal codes in the progress lines: $(head -c 200 "$WORK/lines")"
cmp -s "$WORK/out" "$WORK/out_lines" || fail "progress changed the results on stdout"
# staff says which stage it is in.
CCSIM_PROGRESS_SECONDS=0.05 "$CCSIM" staff "$SRC/scenarios/pager_hotline.yaml" --method simulation \
  --replications 10 --jobs 1 >"$WORK/staff_out" 2>"$WORK/staff_lines"
grep -Eq "^ccsim staff: (verifying the simulation plan|simulation search: [0-9]+ evaluations?, [0-9.]+ M calls simulated), " \
  "$WORK/staff_lines" || fail "no staff progress: $(head -c 400 "$WORK/staff_lines")"
# A sweep counts over all its values, and names the one it is at.
CCSIM_PROGRESS_SECONDS=0.05 "$CCSIM" sweep "$scenario" --vary staff.agents.count=37..38 --replications 30 --jobs 1 \
  >/dev/null 2>"$WORK/sweep_lines"
grep -Eq "^ccsim sweep: [0-9]+/60 \([0-9]+%\) replications, now at 3[78] \(value [12] of 2\), ETA" "$WORK/sweep_lines" \
  || fail "sweep progress: $(head -c 400 "$WORK/sweep_lines")"
# A bad interval is refused, not ignored.
expect_exit 2 env CCSIM_PROGRESS_SECONDS=abc "$CCSIM" run "$scenario" --replications 1
grep -q 'CCSIM_PROGRESS_SECONDS must be a number of seconds > 0 between progress lines, got "abc"' "$WORK/err" \
  || fail "bad CCSIM_PROGRESS_SECONDS: $(cat "$WORK/err")"
# --quiet: not a line, however long.
CCSIM_PROGRESS_SECONDS=0.1 "$CCSIM" "${long[@]}" --quiet >"$WORK/q_out" 2>"$WORK/q_err"
[ ! -s "$WORK/q_err" ] && [ ! -s "$WORK/q_out" ] || fail "--quiet printed: $(head -c 200 "$WORK/q_err")"

# --quiet on a terminal: nothing at all.
script -qec "$(printf '%q ' "$CCSIM" "${long[@]}" --quiet)" /dev/null >"$WORK/quiet" </dev/null
[ ! -s "$WORK/quiet" ] || fail "--quiet printed on a terminal: $(head -c 200 "$WORK/quiet")"

# A short run on a terminal stays silent (under a second).
script -qec "$(printf '%q ' "$CCSIM" run "$scenario" --replications 2 --intervals none)" /dev/null >"$WORK/short" </dev/null
! grep -aq "ETA" "$WORK/short" || fail "progress shown for a short run"
echo "cli progress: ok"
