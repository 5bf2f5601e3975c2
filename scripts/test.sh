#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite
# (unit, engine, statistical validation, bad input, end-to-end CLI).
# Extra arguments go to ctest, e.g. ./scripts/test.sh -L validation
set -euo pipefail
# chromium renders report.html headless in its end-to-end test (screenshot).
CCSIM_TEST_PACKAGES=(chromium)
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$CCSIM_BUILD"
exec ctest --output-on-failure -j "$(nproc)" "$@"
