#!/usr/bin/env bash
# The golden test of one bundled scenario: its outputs now (produce.sh) must
# equal the pinned ones in tests/golden/SCENARIO/ byte for byte. A figure
# that moves on purpose is pinned again with scripts/golden.sh, in a commit
# of its own that says why.
# Usage: check.sh CCSIM_BINARY SOURCE_DIR SCENARIO_NAME
set -euo pipefail
CCSIM="$1"
SRC="$2"
NAME="$3"
pinned="$SRC/tests/golden/$NAME"
[ -d "$pinned" ] || { echo "FAIL: no golden outputs for $NAME (scripts/golden.sh writes them)" >&2; exit 1; }
now="$(mktemp -d)"
trap 'rm -rf "$now"' EXIT
bash "$SRC/tests/golden/produce.sh" "$CCSIM" "$SRC" "$NAME" "$now"
if ! diff -r "$pinned" "$now" >"$now.diff" 2>&1; then
  head -60 "$now.diff" >&2
  rm -f "$now.diff"
  echo "FAIL: $NAME no longer gives its golden outputs (above: pinned <, now >)." >&2
  echo "A deliberate model change pins them again with scripts/golden.sh, in its own commit." >&2
  exit 1
fi
rm -f "$now.diff"
echo "$NAME: every golden output unchanged"
