#pragma once
#include <cstdint>
#include <vector>

#include "ccsim/scenario/scenario.hpp"

namespace ccsim {

/// Replications first .. first + count - 1, run side by side in one engine.
struct ReplicationChunk {
  std::uint32_t first = 0;
  std::uint32_t count = 0;
};

/// Actors one world of the scenario needs at most (roughly: agents, lanes or
/// tables, plus the customer and staffing actors); sizes chunks by memory.
int actors_per_world(const Scenario& scenario);

/// Splits `total` replications into consecutive chunks: as many worlds per
/// engine as `actor_budget` actors allow (each actor reserves a 128 KiB stack),
/// but no more than it takes to give each of `jobs` workers one chunk.
/// Results do not depend on the split: each world is independent.
std::vector<ReplicationChunk> plan_chunks(const Scenario& scenario, int total, int jobs,
                                          int actor_budget = 2048);

} // namespace ccsim
