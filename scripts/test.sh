#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite: unit,
# engine, statistical validation, golden outputs, layers, end-to-end CLI
# (ctest); then the unit and engine tests again under ASan and UBSan
# (scripts/sanitize.sh) and every fuzz target for 20 s (scripts/fuzz.sh).
# Extra arguments select a part and go to ctest alone, e.g.
#   ./scripts/test.sh -L validation
set -euo pipefail
# chromium renders report.html headless in its end-to-end test (screenshot);
# clang with its libFuzzer runtime builds the fuzz targets.
CCSIM_TEST_PACKAGES=(chromium clang-14 libclang-rt-14-dev)
# Node.js and npm fetch playwright-core (tests/browser) for the live room's
# browser test; a Node.js from elsewhere that brings its own npm is kept.
command -v npm >/dev/null || CCSIM_TEST_PACKAGES+=(nodejs npm)
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
if [ $# -gt 0 ]; then
  cd "$CCSIM_BUILD"
  exec ctest --output-on-failure -j "$(nproc)" "$@"
fi
failed=()
"$ROOT/scripts/sanitize.sh" || failed+=("sanitizers")
"$ROOT/scripts/fuzz.sh" || failed+=("fuzzing")
cd "$CCSIM_BUILD"
# The main suite last, so that its summary closes the output.
ctest --output-on-failure -j "$(nproc)" || failed+=("tests")
if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED: ${failed[*]}" >&2
  exit 1
fi
