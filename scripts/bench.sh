#!/usr/bin/env bash
# Benchmark: simulated calls per second, single core, on M/M/n+M, against an
# equivalent SimPy model in the same run. Prints figures; asserts nothing.
#   ./scripts/bench.sh [calls]      (default 2,000,000 calls per ccsim case)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
CALLS="${1:-2000000}"
SIMPY_CALLS=$(( CALLS / 10 ))
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

PY=""
for candidate in python3 /usr/bin/python3; do
  if command -v "$candidate" >/dev/null && "$candidate" -c "import simpy" 2>/dev/null; then PY="$candidate"; break; fi
done
[ -n "$PY" ] || { echo "bench: no python3 with simpy (Debian package python3-simpy3)" >&2; exit 1; }

# scenario FILE RATE_PER_S AHT_S PATIENCE_S AGENTS CALLS: one long interval, one replication.
scenario() {
  local hours
  hours=$("$PY" -c "import math; print(math.ceil($6 / $2 / 3600))")
  cat > "$1" <<YAML
name: bench
clock: {length: ${hours}h, interval: ${hours}h}
seed: 1
replications: 1
demand:
  - name: calls
    rate_per_hour: $("$PY" -c "print($2 * 3600)")
    service: {exponential: {mean: ${3}s}}
    patience: {exponential: {mean: ${4}s}}
staff:
  - name: agents
    count: $5
YAML
}

# measure LABEL SCENARIO: runs ccsim on one core; prints calls/s and peak memory.
measure() {
  "$PY" - "$CCSIM_BUILD/ccsim" "$2" "$1" "$WORK/out-$1" <<'PY'
import json, resource, subprocess, sys, time
ccsim, scenario, label, out = sys.argv[1:5]
start = time.perf_counter()
subprocess.run([ccsim, "run", scenario, "--jobs", "1", "--quiet", "--out", out], check=True)
seconds = time.perf_counter() - start
rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
o = json.load(open(out + "/summary.json"))["overall"]
calls = o["offered"]["mean"]
print(f"ccsim  {label:<28} calls={calls:>10.0f} seconds={seconds:7.3f} calls_per_s={calls / seconds:>9.0f} "
      f"peak_rss_mb={rss_mb:6.1f} abandon_rate={o['abandon_rate']['mean']:.4f} occupancy={o['occupancy']['mean']:.4f}")
print(f"RATE {label} {calls / seconds:.0f}", file=sys.stderr)
PY
}

echo "ccsim $("$CCSIM_BUILD/ccsim" --version | cut -d' ' -f2), $(nproc) cores, $(date -u +%Y-%m-%d)"
scenario "$WORK/n10.yaml" 0.5 18 60 10 "$CALLS"
scenario "$WORK/n10_half.yaml" 0.5 18 60 10 $(( CALLS / 4 ))
scenario "$WORK/n100.yaml" 5.277777777777778 18 60 100 "$CALLS"
measure "M/M/10+M (calls/4)" "$WORK/n10_half.yaml" 2>/dev/null
measure "M/M/10+M" "$WORK/n10.yaml" 2>"$WORK/rate10"
measure "M/M/100+M (95 erlangs)" "$WORK/n100.yaml" 2>"$WORK/rate100"
"$PY" "$CCSIM_ROOT/scripts/bench_simpy.py" --calls "$SIMPY_CALLS" --rate 0.5 --aht 18 --patience 60 --agents 10 | tee "$WORK/simpy"
"$PY" "$CCSIM_ROOT/scripts/bench_simpy.py" --calls "$SIMPY_CALLS" --rate 5.277777777777778 --aht 18 --patience 60 --agents 100 | tee "$WORK/simpy100"
"$PY" - "$WORK" <<'PY'
import re, sys
w = sys.argv[1]
rate = lambda f: float(re.search(r"(\d+)$", open(f"{w}/{f}").read().strip()).group(1))
simpy = lambda f: float(re.search(r"calls_per_s=(\d+)", open(f"{w}/{f}").read()).group(1))
print(f"speed-up over SimPy: M/M/10+M {rate('rate10') / simpy('simpy'):.1f}x, "
      f"M/M/100+M {rate('rate100') / simpy('simpy100'):.1f}x (target >= 8x; target >= 600k calls/s)")
PY
echo "memory: compare peak_rss_mb of 'M/M/10+M (calls/4)' and 'M/M/10+M' (it must not grow with the number of calls)"

# The bundled bank day as planners run it: 20 replications of 48 intervals, on
# one core and on every core; then the simulation-based staffing search on it.
# CPU seconds (user + sys, workers included) do not depend on the other load.
timed() {
  local label="$1"; shift
  "$PY" - "$label" "$@" <<'PY'
import resource, subprocess, sys, time
label, cmd = sys.argv[1], sys.argv[2:]
start = time.perf_counter()
out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
wall = time.perf_counter() - start
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
calls = [l for l in out.splitlines() if "calls simulated" in l]
print(f"ccsim  {label:<40} seconds={wall:7.2f} cpu_s={ru.ru_utime + ru.ru_stime:7.2f}"
      + (f"  ({calls[0].strip()})" if calls else ""))
PY
}
BANK="$CCSIM_ROOT/scenarios/bank_hotline_day.yaml"
timed "bank day, 20 replications, 1 core" "$CCSIM_BUILD/ccsim" run "$BANK" --replications 20 --jobs 1 --quiet
timed "bank day, 20 replications, $(nproc) cores" "$CCSIM_BUILD/ccsim" run "$BANK" --replications 20 --quiet
timed "staff bank day --method simulation, 1 core" "$CCSIM_BUILD/ccsim" staff "$BANK" --method simulation --jobs 1
