#pragma once
// Every event of one replication of any floor, in the order it happened: the
// input of `ccsim run --trace` (a per-customer log) and of the replay.
#include <cstdint>
#include <vector>

#include "ccsim/model/floor_event.hpp"
#include "ccsim/scenario/scenario.hpp"

namespace ccsim {

/// Simulates replication `replication` (0-based) of the scenario, exactly as
/// run_replications does, in a forked child process (SimGrid allows one
/// engine per process), and returns its floor events. A failure in the
/// replication throws std::runtime_error naming it.
std::vector<FloorEvent> trace_replication(const Scenario& scenario, std::uint32_t replication);

}  // namespace ccsim
