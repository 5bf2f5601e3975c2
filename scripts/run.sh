#!/usr/bin/env bash
# Installs what is missing, builds, and simulates a scenario.
#   ./scripts/run.sh                                  the bundled bank hotline day
#   ./scripts/run.sh path/to/scenario.yaml [options]  another scenario (options: ccsim run --help)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
if [ $# -eq 0 ]; then
  set -- "$CCSIM_ROOT/scenarios/bank_hotline_day.yaml"
fi
exec "$CCSIM_BUILD/ccsim" run "$@"
