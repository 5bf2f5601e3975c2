#!/usr/bin/env bash
# The architecture, checked: dependencies point down only (README,
# "Architecture"). SimGrid is seen by the engine alone and yaml-cpp by the
# scenario layer alone; the plain layers include no engine header; the unit
# tests do not link SimGrid; no source file grows past 400 lines.
# Usage: check.sh UNIT_TESTS_BINARY SOURCE_DIR
set -euo pipefail
UNIT_TESTS="$1"
cd "$2"
failed=0
fail() { echo "FAIL: $*" >&2; failed=1; }

libraries=$(ldd "$UNIT_TESTS") || fail "ldd cannot read $UNIT_TESTS"
case "$libraries" in *libstdc++*) ;; *) fail "ldd listed no C++ runtime for $UNIT_TESTS: $libraries" ;; esac
case "$libraries" in *simgrid*) fail "tests/unit links SimGrid: $(grep simgrid <<<"$libraries")" ;; esac

hits=$(grep -rlE '#include <(simgrid|xbt)/' sim include | grep -v '^sim/engine/' || true)
[ -z "$hits" ] || fail "SimGrid included outside sim/engine: $hits"
hits=$(grep -rl '#include <yaml-cpp/' sim include | grep -v '^sim/scenario/' || true)
[ -z "$hits" ] || fail "yaml-cpp included outside sim/scenario: $hits"

# The plain layers: model, analytic, scenario, floor, report and optimize
# (but its simulation evaluator, optimize's one door to the engine).
plain=(sim/model include/ccsim/model sim/analytic include/ccsim/analytic sim/scenario include/ccsim/scenario
  sim/floor include/ccsim/floor sim/report include/ccsim/report sim/optimize include/ccsim/optimize)
hits=$(grep -rl '#include "ccsim/engine/' "${plain[@]}" \
  | grep -vE '^(sim/optimize/simulation_evaluator\.cpp|include/ccsim/optimize/simulation_evaluator\.hpp)$' || true)
[ -z "$hits" ] || fail "a plain layer includes the engine: $hits"
# Lower layers never include higher ones.
lower_than() {  # lower_than LAYER HIGHER...: LAYER's files include none of the HIGHER layers
  local layer="$1"; shift
  for higher in "$@"; do
    local h
    h=$(grep -rl "#include \"ccsim/$higher/" "sim/$layer" "include/ccsim/$layer" || true)
    [ -z "$h" ] || fail "$layer includes $higher: $h"
  done
}
lower_than model analytic scenario floor engine report optimize cli
lower_than analytic scenario floor engine report optimize cli
lower_than scenario floor engine report optimize cli
lower_than floor engine report optimize cli
lower_than engine report optimize cli
lower_than optimize cli
# report holds every writer; the staffing report's (report/staffing/,
# staffing_report.hpp) print optimize's results and alone may include it.
hits=$(grep -rlE '#include "ccsim/(floor|engine|optimize|cli)/' sim/report include/ccsim/report \
  | grep -vE '^(sim/report/staffing/|include/ccsim/report/staffing_report\.hpp$)' || true)
[ -z "$hits" ] || fail "report includes a higher layer: $hits"
hits=$(grep -rlE '#include "ccsim/(engine|cli)/' sim/report/staffing include/ccsim/report/staffing_report.hpp || true)
[ -z "$hits" ] || fail "the staffing report includes the engine or the CLI: $hits"

files=$(git ls-files 'sim/*' 'include/*') || fail "git cannot list the sources"
[ -n "$files" ] || fail "no source files listed"
big=$(echo "$files" | while read -r f; do
  [ -f "$f" ] && n=$(wc -l <"$f") && [ "$n" -gt 400 ] && echo "$f ($n lines)"; done || true)
[ -z "$big" ] || fail "source files over 400 lines (split along a seam the domain has): $big"

[ "$failed" -eq 0 ] || exit 1
echo "layers: dependencies point down; tests/unit links no SimGrid; no source file over 400 lines"
