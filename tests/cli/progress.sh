#!/usr/bin/env bash
# The progress bar: on a terminal for runs longer than a second, erased at the
# end; never in pipes or logs, never with --quiet.
# Usage: bash progress.sh CCSIM_BINARY SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh" "$@"
scenario="$SRC/scenarios/erlang_a_check.yaml"
long=(run "$scenario" --replications 60 --jobs 1 --intervals none)  # a few seconds on one core

# On a pseudo-terminal (script(1) from util-linux): the bar appears with replications done and an ETA.
script -qec "$(printf '%q ' "$CCSIM" "${long[@]}")" /dev/null >"$WORK/tty" </dev/null
grep -aq "/60 replications, ETA" "$WORK/tty" || fail "no progress bar on a terminal: $(head -c 400 "$WORK/tty")"
grep -aq "\[#" "$WORK/tty" || fail "no bar drawn"
grep -aq "service level" "$WORK/tty" || fail "no day summary after the bar"

# Not a terminal: nothing on stderr.
"$CCSIM" "${long[@]}" >"$WORK/out" 2>"$WORK/err"
[ ! -s "$WORK/err" ] || fail "stderr not empty without a terminal: $(head -c 200 "$WORK/err")"

# --quiet on a terminal: nothing at all.
script -qec "$(printf '%q ' "$CCSIM" "${long[@]}" --quiet)" /dev/null >"$WORK/quiet" </dev/null
[ ! -s "$WORK/quiet" ] || fail "--quiet printed on a terminal: $(head -c 200 "$WORK/quiet")"

# A short run on a terminal stays silent (under a second).
script -qec "$(printf '%q ' "$CCSIM" run "$scenario" --replications 2 --intervals none)" /dev/null >"$WORK/short" </dev/null
! grep -aq "ETA" "$WORK/short" || fail "progress shown for a short run"
echo "cli progress: ok"
