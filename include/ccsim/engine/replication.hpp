#pragma once
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "ccsim/model/replication_result.hpp"
#include "ccsim/scenario/scenario.hpp"

namespace ccsim {

/// A replication failed inside the engine; says which one (0-based).
struct ReplicationFailure : std::runtime_error {
  ReplicationFailure(std::uint32_t replication_, const std::string& what)
      : std::runtime_error(what),
        replication(replication_) {}
  std::uint32_t replication;
};

/// Simulates replications first .. first + count - 1 of the scenario side by
/// side in one SimGrid engine, in this process: each is an independent world
/// (own actors, own host, own random streams), so each gives bit for bit what
/// it gives alone. SimGrid allows one engine per process, so call this at most
/// once per process (run_replications forks a process per chunk). Results come
/// in replication order; a failing world throws ReplicationFailure (the
/// lowest-numbered one), the other worlds are not disturbed by it.
std::vector<ReplicationResult> simulate_replications(const Scenario& scenario, std::uint32_t first,
                                                     std::uint32_t count);

}  // namespace ccsim
