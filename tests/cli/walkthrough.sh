#!/usr/bin/env bash
# Runs every command of docs/overload.md (the trainer's walkthrough) as
# written, from a scratch folder that sees the repository's scenarios.
# Usage: bash walkthrough.sh CCSIM_BINARY SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh" "$@"
mkdir -p "$WORK/build"
ln -s "$SRC/scenarios" "$WORK/scenarios"
ln -s "$CCSIM" "$WORK/build/ccsim"
cd "$WORK"

# The commands: every line of every ```sh block.
python3 - "$SRC/docs/overload.md" > commands <<'PY'
import sys
inside = False
for line in open(sys.argv[1]):
    if line.startswith("```"):
        inside = line.strip() == "```sh" if not inside else False
        continue
    if inside and line.strip():
        print(line.rstrip())
PY
[ "$(wc -l < commands)" -ge 4 ] || fail "expected at least 4 commands in docs/overload.md, found $(wc -l < commands)"
while IFS= read -r command; do
  echo "+ $command"
  # (a command that never ends, such as a server, fails here instead of hanging the suite)
  timeout 300 bash -c "$command" > output 2>&1 < /dev/null || { cat output >&2; fail "'$command' failed"; }
done < commands

# What the text points at exists.
for f in out/overload/report.html out/sweep/sweep.html out/bank/report.html; do
  [ -s "$f" ] || fail "$f was not written"
done
grep -q "chart-queue" out/bank/report.html || fail "no queue chart in the bank report"
echo "cli walkthrough: ok"
