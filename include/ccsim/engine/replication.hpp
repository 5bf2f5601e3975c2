#pragma once
#include <cstdint>
#include <vector>

#include "ccsim/model/interval_tally.hpp"
#include "ccsim/scenario/scenario.hpp"

namespace ccsim {

/// One replication's measurements: one tally per reporting interval.
using ReplicationTallies = std::vector<IntervalTally>;

/// Simulates replication `replication` of the scenario on SimGrid, in this
/// process. SimGrid allows one engine per process, so call this at most once
/// per process (run_replications forks a process for each).
ReplicationTallies simulate_replication(const Scenario& scenario, std::uint32_t replication);

} // namespace ccsim
