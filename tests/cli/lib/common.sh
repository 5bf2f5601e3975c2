# The preamble of the end-to-end scripts. Source it with the script's
# arguments: `source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh" "$@"`.
# Sets CCSIM (the binary), SRC (the source tree) and WORK (a scratch folder
# removed on exit), and defines fail and expect_exit.
set -euo pipefail
# Absolute, so that a script may change folders.
CCSIM="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
SRC="$(cd "$2" && pwd)"
WORK="$(mktemp -d)"
# The Python checks import the shared page reader (lib/html_page.py).
export PYTHONPATH="$SRC/tests/cli/lib${PYTHONPATH:+:$PYTHONPATH}"
trap 'rm -rf "$WORK"' EXIT
# Off a terminal, long work prints a progress line every 10 s to stderr: on a
# slow or loaded machine that would reach the tests that want stderr empty.
# progress.sh sets its own interval where it tests the lines.
export CCSIM_PROGRESS_SECONDS=100000

fail() { echo "FAIL: $*" >&2; exit 1; }

# expect_exit CODE COMMAND...: runs the command, checks its exit code; its
# stdout is kept in $WORK/out, its stderr in $WORK/err.
expect_exit() {
  local want="$1"; shift
  set +e; "$@" >"$WORK/out" 2>"$WORK/err"; local got=$?; set -e
  [ "$got" -eq "$want" ] || { cat "$WORK/err" >&2; fail "'$*' exited $got, expected $want"; }
}
