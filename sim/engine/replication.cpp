#include "ccsim/engine/replication.hpp"

#include <memory>

#include <simgrid/s4u.hpp>

#include "call_center.hpp"
#include "checkout_lanes.hpp"
#include "restaurant_tables.hpp"
#include "world_engine.hpp"

namespace ccsim {
namespace {

namespace s4u = simgrid::s4u;
using engine::WorldEnds;

// A call center's world returns its per-class tallies too; the floors' worlds their totals only.
ReplicationResult result_of(ReplicationResult r) { return r; }
ReplicationResult result_of(ReplicationTallies totals) { return ReplicationResult{std::move(totals), {}}; }

template <class World>
std::vector<ReplicationResult> run_worlds(const Scenario& scenario, std::uint32_t first,
                                           const std::vector<s4u::Host*>& hosts, s4u::Engine& engine) {
  std::vector<std::unique_ptr<World>> worlds;
  for (std::size_t i = 0; i < hosts.size(); ++i)
    worlds.push_back(std::make_unique<World>(scenario, first + static_cast<std::uint32_t>(i), hosts[i]));
  const WorldEnds ends;
  for (auto& world : worlds) world->start();
  engine.run();
  std::vector<ReplicationResult> results;
  for (std::size_t i = 0; i < worlds.size(); ++i) {
    try {
      results.push_back(result_of(worlds[i]->finish(ends.of(hosts[i]))));
    } catch (const std::exception& e) {
      throw ReplicationFailure(first + static_cast<std::uint32_t>(i), e.what());
    }
  }
  return results;
}

// The floor kind picks the world of actors; everything around it is shared.
std::vector<ReplicationResult> run_floor(const Scenario& scenario, std::uint32_t first,
                                          const std::vector<s4u::Host*>& hosts, s4u::Engine& engine) {
  switch (scenario.floor.kind) {
  case FloorKind::checkout: return run_worlds<engine::CheckoutLanes>(scenario, first, hosts, engine);
  case FloorKind::restaurant: return run_worlds<engine::RestaurantTables>(scenario, first, hosts, engine);
  case FloorKind::call_center: break;
  }
  return run_worlds<engine::CallCenter>(scenario, first, hosts, engine);
}

} // namespace

int recorded_classes(const Scenario& scenario) {
  return scenario.floor.kind == FloorKind::call_center ? static_cast<int>(scenario.demand.size()) : 0;
}

std::vector<ReplicationResult> simulate_replications(const Scenario& scenario, std::uint32_t first,
                                                      std::uint32_t count) {
  engine::WorldEngine w = engine::start_world_engine(count);
  return run_floor(scenario, first, w.hosts, *w.engine);
}

} // namespace ccsim
