#include "ccsim/engine/replication_chunks.hpp"

#include <algorithm>

namespace ccsim {

int actors_per_world(const Scenario& scenario) {
  constexpr int customers_and_staffing = 2;
  switch (scenario.floor.kind) {
  case FloorKind::checkout: return customers_and_staffing + scenario.floor.checkout.lanes;
  case FloorKind::restaurant:
    return customers_and_staffing + static_cast<int>(scenario.floor.restaurant.tables.size());
  case FloorKind::call_center: break;
  }
  int most_agents = 0;
  for (int i = 0; i < scenario.clock.intervals(); ++i) {
    int agents = 0;
    for (const StaffGroup& group : scenario.staff) agents += group.count[static_cast<std::size_t>(i)];
    most_agents = std::max(most_agents, agents);
  }
  return customers_and_staffing + most_agents;
}

std::vector<ReplicationChunk> plan_chunks(const Scenario& scenario, int total, int jobs, int actor_budget) {
  const int by_memory = std::max(1, actor_budget / actors_per_world(scenario));
  const int per_job = (total + std::max(jobs, 1) - 1) / std::max(jobs, 1);
  const int size = std::max(1, std::min(by_memory, per_job));
  std::vector<ReplicationChunk> chunks;
  for (int first = 0; first < total; first += size)
    chunks.push_back(ReplicationChunk{static_cast<std::uint32_t>(first),
                                      static_cast<std::uint32_t>(std::min(size, total - first))});
  return chunks;
}

} // namespace ccsim
