#!/usr/bin/env bash
# Interrupted runs leave nothing behind: ccsim run killed (SIGKILL, SIGTERM,
# SIGINT) at random instants, many times; its worker processes must die with
# it at once, and every output file present must be whole.
# Usage: bash signals.sh CCSIM_BINARY SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh" "$@"
signals=(KILL TERM INT)
# A background job of a script starts with SIGINT ignored: exec ccsim with
# the default disposition, as a command typed at a terminal has.
with_default_signals() {
  exec python3 -c 'import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])' "$@"
}
RANDOM=20261203  # the same instants every run
for i in $(seq 1 9); do
  dir="$WORK/interrupted-$i"
  mkdir -p "$dir"
  cp "$SRC/scenarios/erlang_a_check.yaml" "$dir/scenario.yaml"  # a path only this run's processes name
  # Several seconds on two workers: long enough to be interrupted mid-run.
  with_default_signals "$CCSIM" run "$dir/scenario.yaml" --replications 400 --jobs 2 --quiet --out "$dir/out" &
  pid=$!
  sleep "0.$((2 + RANDOM % 8))"
  signal="${signals[$((i % 3))]}"
  kill -s "$signal" "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  sleep 0.2
  left=$(pgrep -f "$dir/scenario.yaml" || true)
  if [ -n "$left" ]; then
    ps -o pid,ppid,etime,args -p $left >&2 || true
    kill -9 $left 2>/dev/null || true
    fail "SIG$signal to ccsim run left worker processes running: $left"
  fi
  # Whatever was written is whole: each output parses (temporary files aside).
  if [ -f "$dir/out/summary.json" ]; then
    python3 -c "import json, sys; json.load(open(sys.argv[1]))" "$dir/out/summary.json" || fail "summary.json half-written"
  fi
  if [ -f "$dir/out/report.html" ]; then
    tail -c 20 "$dir/out/report.html" | grep -q "</html>" || fail "report.html half-written"
  fi
done
echo "cli signals: ok"
