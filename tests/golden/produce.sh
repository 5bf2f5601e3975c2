#!/usr/bin/env bash
# Writes the golden outputs of one scenario into a folder: a short
# fixed-seed `ccsim run` (console, summary.json, intervals.csv, classes.csv,
# a fingerprint of report.html); for the call centers listed in STAFFED
# below, a short `ccsim staff` (console, staffing.json, staffing.csv, a
# fingerprint of its report.html); for those in WHAT_IF, a sweep and a
# compare (console, CSVs, fingerprints of sweep.html and comparison.html).
# The scenario is a bundled one (scenarios/NAME.yaml) or a golden case of the paths the
# bundled days leave out (tests/golden/scenarios/NAME.yaml). The version is
# replaced by a placeholder, so the files depend only on the model (no
# output holds an elapsed time).
# Usage: produce.sh CCSIM_BINARY SOURCE_DIR SCENARIO_NAME OUT_DIR
# Shared by the golden test (tests/golden/check.sh) and scripts/golden.sh.
set -euo pipefail
CCSIM="$1"
SRC="$2"
NAME="$3"
OUT="$4"
# The staffing search is pinned on the call centers it staffs in about a second.
STAFFED=" overload_demo pager_hotline "
# The what-ifs pinned, per scenario: a sweep's --vary and a compare's --set.
declare -A SWEEP=([erlang_a_check]="staff.agents.count=37..39" [edge_call_center]="lines=20..30:5")
declare -A COMPARE=([erlang_a_check]="staff.agents.count=37" [edge_call_center]="queue_capacity=6")
REPLICATIONS=5
# The search with 5 replications asks more than the pager station's 38-agent cap
# (its confidence bounds are wide), so it gets 10.
STAFF_REPLICATIONS=10

version="$("$CCSIM" --version | awk '{print $2}')"
# A placeholder for what changes without the model changing.
normalise() {
  sed -E -e "s/ccsim ${version//./\\.}/ccsim VERSION/g" \
    -e "s/\"ccsim_version\": \"${version//./\\.}\"/\"ccsim_version\": \"VERSION\"/"
}
fingerprint() { normalise <"$1" | sha256sum | awk '{print $1}'; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$OUT"
# Relative paths, run from the source tree: the outputs name the scenario as a user would.
cd "$SRC"
scenario="scenarios/$NAME.yaml"
[ -f "$scenario" ] || scenario="tests/golden/scenarios/$NAME.yaml"

"$CCSIM" run "$scenario" --replications "$REPLICATIONS" --out "$work/run" | normalise >"$OUT/run.txt"
for f in summary.json intervals.csv classes.csv; do
  if [ -f "$work/run/$f" ]; then normalise <"$work/run/$f" >"$OUT/$f"; fi
done
fingerprint "$work/run/report.html" >"$OUT/report.html.sha256"

if [[ "$STAFFED" == *" $NAME "* ]]; then
  "$CCSIM" staff "$scenario" --replications "$STAFF_REPLICATIONS" --out "$work/staff" | normalise >"$OUT/staff.txt"
  for f in staffing.json staffing.csv; do normalise <"$work/staff/$f" >"$OUT/$f"; done
  fingerprint "$work/staff/report.html" >"$OUT/staff_report.html.sha256"
fi

if [ -n "${SWEEP[$NAME]:-}" ]; then
  "$CCSIM" sweep "$scenario" --vary "${SWEEP[$NAME]}" --replications "$REPLICATIONS" --out "$work/sweep" \
    | normalise >"$OUT/sweep.txt"
  for f in sweep.csv sweep_classes.csv; do
    if [ -f "$work/sweep/$f" ]; then normalise <"$work/sweep/$f" >"$OUT/$f"; fi
  done
  if [ -f "$work/sweep/sweep.html" ]; then fingerprint "$work/sweep/sweep.html" >"$OUT/sweep.html.sha256"; fi
  "$CCSIM" compare "$scenario" --set "${COMPARE[$NAME]}" --replications "$REPLICATIONS" --out "$work/compare" \
    | normalise >"$OUT/compare.txt"
  for f in comparison.csv comparison_classes.csv; do
    if [ -f "$work/compare/$f" ]; then normalise <"$work/compare/$f" >"$OUT/$f"; fi
  done
  if [ -f "$work/compare/comparison.html" ]; then
    fingerprint "$work/compare/comparison.html" >"$OUT/comparison.html.sha256"
  fi
fi
