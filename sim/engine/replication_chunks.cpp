#include "ccsim/engine/replication_chunks.hpp"

#include <unistd.h>

#include <algorithm>
#include <cmath>

namespace ccsim {

int default_jobs() {
  const long cores = ::sysconf(_SC_NPROCESSORS_ONLN);
  return cores > 0 ? static_cast<int>(cores) : 1;
}

double arrivals_per_world(const Scenario& scenario) {
  double arrivals = 0;
  for (const Demand& demand : scenario.demand) {
    if (!demand.arrival_times_s.empty()) {
      arrivals += static_cast<double>(demand.arrival_times_s.size());
      continue;
    }
    for (double rate : demand.rate_per_s) arrivals += rate * scenario.clock.interval_s;
  }
  return arrivals;
}

std::vector<ReplicationChunk> plan_chunks(const Scenario& scenario, int total, int jobs, ChunkBudget budget) {
  const int actors = actors_per_world(scenario);
  const int by_cache = budget.cached_actors / actors;
  const double arrivals = std::max(arrivals_per_world(scenario), 1.0);
  const int by_work = static_cast<int>(std::ceil(budget.arrivals / arrivals));
  const int by_memory = budget.max_actors / actors;
  const double most = std::floor(budget.most_arrivals / arrivals);
  const int by_report = most < total ? static_cast<int>(most) : total;
  const int per_job = (total + std::max(jobs, 1) - 1) / std::max(jobs, 1);
  const int size = std::max(1, std::min({by_memory, std::max(by_cache, by_work), by_report, per_job}));
  std::vector<ReplicationChunk> chunks;
  for (int first = 0; first < total; first += size)
    chunks.push_back(
        ReplicationChunk{static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(std::min(size, total - first))});
  return chunks;
}

}  // namespace ccsim
