#!/usr/bin/env bash
# Pins the golden outputs of every bundled scenario and golden case again
# (tests/golden/*/).
# Legitimate only after a deliberate change of the model or of an output's
# format: commit the new files on their own, saying which change moved them
# and why. A figure that moves by accident is a bug, not a reason to run this.
#   ./scripts/golden.sh            every bundled scenario
#   ./scripts/golden.sh NAME...    only these (e.g. bank_hotline_day)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for s in "$CCSIM_ROOT"/scenarios/*.yaml "$CCSIM_ROOT"/tests/golden/scenarios/*.yaml; do
    names+=("$(basename "$s" .yaml)")
  done
fi
for name in "${names[@]}"; do
  rm -rf "$CCSIM_ROOT/tests/golden/$name"
  bash "$CCSIM_ROOT/tests/golden/produce.sh" "$CCSIM_BUILD/ccsim" "$CCSIM_ROOT" "$name" "$CCSIM_ROOT/tests/golden/$name"
  echo "pinned tests/golden/$name"
done
git -C "$CCSIM_ROOT" status --short -- tests/golden
