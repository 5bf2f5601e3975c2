#pragma once
// Who sat where and when at a restaurant: the seating events of one
// replication, for tests and for explaining a run.
#include <cstdint>
#include <vector>

#include "ccsim/engine/replication.hpp"

namespace ccsim {

/// A party sat down at, or left, one table or a combination of joined tables.
struct SeatingEvent {
  double t_s = 0;
  std::uint64_t party = 0;  ///< parties numbered 0, 1, ... in order of arrival
  int size = 0;             ///< guests
  std::vector<int> tables;  ///< positions in RestaurantFloor::tables (ascending seats), the host table first
  bool seated = true;       ///< false: the party left the tables
};

/// Simulates replication `replication` of a restaurant scenario in this
/// process, like simulate_replications (once per process), and appends its
/// seating events to `trace` in the order they happened.
ReplicationTallies simulate_restaurant_traced(const Scenario& scenario, std::uint32_t replication,
                                              std::vector<SeatingEvent>& trace);

}  // namespace ccsim
