#pragma once
#include <cstdint>
#include <limits>
#include <vector>

#include "ccsim/scenario/scenario.hpp"

namespace ccsim {

/// Replications first .. first + count - 1, run side by side in one engine.
struct ReplicationChunk {
  std::uint32_t first = 0;
  std::uint32_t count = 0;
};

/// How big a chunk may grow. Each chunk costs a fork and a SimGrid start-up
/// (tens of ms), each world's actors a 128 KiB stack; and many busy worlds at
/// once slow every event (their stacks no longer fit in the CPU caches).
struct ChunkBudget {
  int max_actors = 2048;    ///< hard cap: 256 MiB of stacks per worker
  int cached_actors = 600;  ///< busy worlds together: as many actors as stay cache-friendly
  double arrivals = 20000;  ///< ... but small worlds are grouped up to this many expected arrivals
  /// No chunk holds more expected arrivals (unless one world does): none by default.
  double most_arrivals = std::numeric_limits<double>::infinity();
};

/// For runs that report as chunks end: progress and the balance between
/// workers want chunks of about a second of work at most.
inline ChunkBudget reporting_budget() {
  ChunkBudget budget;
  budget.most_arrivals = 200000;
  return budget;
}

/// Worker processes at once when none are asked for: one per core.
int default_jobs();

/// Actors one world of the scenario needs at most: the call center's floor,
/// or lanes or tables plus the customer and staffing actors (floor_worlds.cpp).
int actors_per_world(const Scenario& scenario);

/// Expected arrivals in one replication (all classes, the whole day).
double arrivals_per_world(const Scenario& scenario);

/// Splits `total` replications into consecutive chunks, sized by the budget
/// but no bigger than it takes to give each of `jobs` workers a chunk.
/// Results do not depend on the split: each world is independent.
std::vector<ReplicationChunk> plan_chunks(const Scenario& scenario, int total, int jobs, ChunkBudget budget = {});

}  // namespace ccsim
