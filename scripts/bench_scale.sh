#!/usr/bin/env bash
# Scaling benchmark: how the cost of one run grows with the number of agents
# (nearly idle, so any per-agent cost shows) and with the number of reporting
# intervals. One core, one run per row, wall seconds and peak memory. Prints
# figures; asserts nothing.
#   ./scripts/bench_scale.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# measure LABEL SCENARIO: ccsim run on one core; wall seconds and peak RSS.
measure() {
  python3 - "$CCSIM_BUILD/ccsim" "$2" "$1" <<'PY'
import resource, subprocess, sys, time
ccsim, scenario, label = sys.argv[1:4]
start = time.perf_counter()
subprocess.run([ccsim, "run", scenario, "--jobs", "1", "--quiet"], check=True, stdout=subprocess.DEVNULL)
seconds = time.perf_counter() - start
rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"{label:<44} seconds={seconds:7.3f} peak_rss_mb={rss_mb:7.1f}")
PY
}

# agents_scenario FILE AGENTS STAFF_KIND: a day with 14 calls expected.
agents_scenario() {
  local staff
  if [ "$3" = count ]; then
    staff="    count: $2"
  else
    local q=$(( $2 / 4 ))
    staff="    shifts:
      - {start: \"00:00\", end: \"08:00\", count: $q, breaks: [{at: \"04:00\", length: 30min}]}
      - {start: \"06:00\", end: \"14:00\", count: $q, breaks: [{at: \"10:00\", length: 30min}]}
      - {start: \"12:00\", end: \"20:00\", count: $q, breaks: [{at: \"16:00\", length: 30min}]}
      - {start: \"16:00\", end: \"24:00\", count: $q, breaks: [{at: \"20:00\", length: 30min}]}"
  fi
  cat > "$1" <<YAML
name: scale agents
clock: {length: 24h, interval: 30min}
seed: 1
replications: 1
demand:
  - name: calls
    rate_per_hour: $(python3 -c "print(14 / 24)")
    service: {exponential: {mean: 180s}}
    patience: {exponential: {mean: 60s}}
staff:
  - name: agents
$staff
YAML
}

# intervals_scenario FILE INTERVAL REPLICATIONS: 24 h, 100 agents, 43,200 calls a replication.
intervals_scenario() {
  cat > "$1" <<YAML
name: scale intervals
clock: {length: 24h, interval: $2}
seed: 1
replications: $3
demand:
  - name: calls
    rate_per_hour: 1800
    service: {exponential: {mean: 180s}}
    patience: {exponential: {mean: 60s}}
staff:
  - name: agents
    count: 100
YAML
}

echo "ccsim $("$CCSIM_BUILD/ccsim" --version | cut -d' ' -f2), 1 core, $(date -u +%Y-%m-%d)"
echo "-- agents (24 h, 14 calls expected, one replication)"
for kind in count shifts; do
  for n in 1000 10000 20000 50000 100000; do
    agents_scenario "$WORK/a.yaml" "$n" "$kind"
    measure "$n agents ($kind)" "$WORK/a.yaml"
  done
done
echo "-- intervals (24 h, 100 agents, 43,200 calls a replication)"
for spec in "30min 48" "1min 1440" "10s 8640" "1s 86400"; do
  set -- $spec
  for reps in 1 20; do
    intervals_scenario "$WORK/i.yaml" "$1" "$reps"
    measure "$2 intervals, $reps replication(s)" "$WORK/i.yaml"
  done
done
